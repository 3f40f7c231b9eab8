using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsFacts.Tests.Packaging;
using Xunit;

namespace NewsFacts.Tests.Analyzers;

/// <summary>
/// A consumer project built by the real compiler (<c>dotnet build</c>) with the NewsFacts analyzer
/// assembly of this build, <c>TreatWarningsAsErrors</c>, and articles raising a generator diagnostic
/// (NF0001) and an analyzer diagnostic (NF0004): each is reported once, a <c>.globalconfig</c> sets
/// the severity of both, and NF0101 fails the build at the code. About half a minute.
/// </summary>
[Trait("Category", "Build")]
public sealed class ConsumerBuildTests : IDisposable
{
    private const string Pact = "Alliance leaders meet in Minsk\n\nThe three-member Steppe Defence Pact (SDP) met in Minsk on Monday. Its members are Russia, Belarus, Kazakhstan and Armenia.\n";
    private const string Minsk = "Ministers meet in Minsk\n\nPresident Alexander Lukashenko said on Monday: \"we will never agree to this.\n\nTalks went on for hours.\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsfacts-build-" + Guid.NewGuid().ToString("N"));

    public ConsumerBuildTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "articles"));
        File.WriteAllText(Path.Combine(_directory, "articles", "pact.txt"), Pact);
        File.WriteAllText(Path.Combine(_directory, "articles", "minsk.txt"), Minsk);
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{RepositoryFile("src/NewsFacts.Generator/build/NewsFacts.Generator.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{typeof(NewsFactsGenerator).Assembly.Location}" />
                <NewsArticle Include="articles/*.txt" />
              </ItemGroup>
              <Import Project="{RepositoryFile("src/NewsFacts.Generator/build/NewsFacts.Generator.targets")}" />
            </Project>
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void RealBuild_ReportsEachDiagnosticOnce_FollowsTheGlobalConfig_AndFailsOnNF0101()
    {
        // 1. No configuration: both article warnings are errors (TreatWarningsAsErrors), once each.
        WriteCode("NewsFacts.Countries.Russia");
        var plain = Build();
        Assert.NotEqual(0, plain.ExitCode);
        Assert.True(
            new[] { "minsk.txt(3,48): error NF0004", "pact.txt(3,116): error NF0001" }.SequenceEqual(Reported(plain)),
            "Expected NF0001 at pact.txt(3,116) and NF0004 at minsk.txt(3,48), once each:\n" + plain);

        // 2. A global config: NF0001 (the generator's) off, NF0004 (the analyzer's) a suggestion; a
        //    misspelt country in the code is an error at the code.
        File.WriteAllText(Path.Combine(_directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.NF0001.severity = none\ndotnet_diagnostic.NF0004.severity = suggestion\n");
        WriteCode("NewsFacts.Countries.Get(\"Rusia\")");
        var configured = Build();
        Assert.NotEqual(0, configured.ExitCode);
        Assert.True(new[] { "P.cs(1,49): error NF0101" }.SequenceEqual(Reported(configured)), "Expected NF0101 at P.cs(1,49) only:\n" + configured);
        Assert.Contains("'Rusia' is not a country in the articles; did you mean 'Russia'?", configured.Output, StringComparison.Ordinal);

        // 3. The code fixed as the code fix would: the build is clean.
        WriteCode("NewsFacts.Countries.Russia");
        var clean = Build();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(Reported(clean));
    }

    private void WriteCode(string expression) =>
        File.WriteAllText(Path.Combine(_directory, "P.cs"), "class P { object M() => " + expression + "; }\n");

    /// <summary>
    /// Builds the consumer. A build that failed before the compiler ran (a restore or an MSBuild node that a
    /// machine under load let down: no "error CS"/"NF" line at all) is run once more, so that only the
    /// generator's behaviour can fail the test.
    /// </summary>
    private ProcessResult Build()
    {
        var result = BuildOnce();
        if (result.ExitCode != 0 && !Regex.IsMatch(result.Output, @": (warning|error) (NF|CS)\d{4}"))
        {
            result = BuildOnce();
        }

        return result;
    }

    private ProcessResult BuildOnce() => ProcessRunner.Dotnet(
        _directory,
        null,
        TimeSpan.FromMinutes(5),
        "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:m");

    /// <summary>
    /// "file(line,col): severity NFxxxx" of each NewsFacts warning or error the build reported: the lines
    /// before MSBuild's summary (which repeats them after "Build succeeded." or "Build FAILED.").
    /// </summary>
    private static string[] Reported(ProcessResult result) =>
        result.Output.Split('\n')
            .TakeWhile(line => !line.StartsWith("Build succeeded", StringComparison.Ordinal) && !line.StartsWith("Build FAILED", StringComparison.Ordinal))
            .Select(line => Regex.Match(line, @"([^/\\\s]+\(\d+,\d+\)): (warning|error) (NF\d{4})"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + ": " + m.Groups[2].Value + " " + m.Groups[3].Value)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    private static string RepositoryFile(string relative, [CallerFilePath] string here = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(here)!, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(relative);
    }
}
