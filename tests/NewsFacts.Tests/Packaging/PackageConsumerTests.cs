extern alias cli;

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Packaging;

/// <summary>
/// The packages as users get them: NewsFacts and NewsFacts.Cli packed to a local feed (<see cref="PackageFeed"/>),
/// a fresh consumer project outside the solution that references the generator by PackageReference alone and its
/// articles by NewsArticle items alone, built with TreatWarningsAsErrors and run; the tool installed from the same
/// feed into a tool path and run on the seeds. Slow (a minute or two): filter it out with
/// <c>dotnet test --filter Category!=Packaging</c>.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageConsumerTests : IClassFixture<PackageFeed>
{
    private const string OverriddenTitle = "Putin & Xi in Astana; the SCO #1";

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public PackageConsumerTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    private void AssertPacked()
    {
        Assert.True(_feed.GeneratorPack.ExitCode == 0 && _feed.GeneratorPackage is not null, "dotnet pack of the generator failed:\n" + _feed.GeneratorPack);
        Assert.True(_feed.ToolPack.ExitCode == 0 && _feed.ToolPackage is not null, "dotnet pack of the tool failed:\n" + _feed.ToolPack);
        Assert.DoesNotContain("warning", _feed.GeneratorPack.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", _feed.ToolPack.Output, StringComparison.OrdinalIgnoreCase);
        _output.WriteLine($"packed in {_feed.PackDuration.TotalSeconds:0.0}s to {_feed.FeedDirectory}");
    }

    private static XElement Metadata(ZipArchive package)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = nuspec.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    [Fact]
    public void The_generator_package_holds_the_analyzers_and_the_build_files_and_no_dependency()
    {
        AssertPacked();
        using var package = ZipFile.OpenRead(_feed.GeneratorPackage!);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/NewsFacts.Generator.dll", entries);
        if (Directory.Exists(Path.Combine(_feed.RepositoryRoot, "src", "NewsFacts.CodeFixes")))
        {
            Assert.Contains("analyzers/dotnet/cs/NewsFacts.CodeFixes.dll", entries);
        }
        Assert.Contains("buildTransitive/NewsFacts.props", entries);
        Assert.Contains("buildTransitive/NewsFacts.targets", entries);
        Assert.Contains("build/NewsFacts.props", entries);
        Assert.Contains("build/NewsFacts.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        // Nothing but our own assemblies beside the analyzer: Roslyn is the compiler's.
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/NewsFacts.", e));

        var metadata = Metadata(package);
        Assert.Equal("NewsFacts", Value(metadata, "id"));
        Assert.Equal(_feed.Version, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        // The props make the settings visible to the generator; the targets map NewsArticle to AdditionalFiles.
        using var props = new StreamReader(package.GetEntry("buildTransitive/NewsFacts.props")!.Open());
        var propsText = props.ReadToEnd();
        Assert.Contains("CompilerVisibleProperty Include=\"NewsFactsNamespace\"", propsText);
        Assert.Contains("CompilerVisibleProperty Include=\"NewsFactsVisibility\"", propsText);
        using var targets = new StreamReader(package.GetEntry("buildTransitive/NewsFacts.targets")!.Open());
        Assert.Contains("AdditionalFiles Include=\"@(NewsArticle)\"", targets.ReadToEnd());
        using var buildProps = new StreamReader(package.GetEntry("build/NewsFacts.props")!.Open());
        Assert.Contains("../buildTransitive/NewsFacts.props", buildProps.ReadToEnd());
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_newsfacts()
    {
        AssertPacked();
        using var package = ZipFile.OpenRead(_feed.ToolPackage!);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var settings = entries.Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.StartsWith("tools/", settings);
        using (var stream = package.GetEntry(settings)!.Open())
        {
            var command = XDocument.Load(stream).Descendants("Command").Single();
            Assert.Equal("newsfacts", command.Attribute("Name")?.Value);
        }

        var metadata = Metadata(package);
        Assert.Equal("NewsFacts.Cli", Value(metadata, "id"));
        Assert.Equal(_feed.Version, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
    }

    [Fact]
    public void A_fresh_consumer_builds_from_the_package_with_warnings_as_errors_and_prints_the_facts()
    {
        AssertPacked();
        var consumer = Path.Combine(_feed.WorkDirectory, "consumer");
        var articles = Path.Combine(consumer, "articles");
        Directory.CreateDirectory(articles);
        var seeds = Directory.GetFiles(_feed.SeedsDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(seeds);
        foreach (var seed in seeds) File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)));
        var titled = Path.GetFileName(seeds[0]);

        // Stops MSBuild's search for Directory.Build.* files above the temporary folder.
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.targets"), "<Project />\n");
        _feed.WriteNuGetConfig(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <!-- NuGet's warnings (audit, approximate versions) are about the package sources, not this code. -->
                <NuGetAudit>false</NuGetAudit>
                <WarningsNotAsErrors>$(WarningsNotAsErrors);NU1603;NU1608;NU1701;NU1900;NU1901;NU1902;NU1903;NU1904</WarningsNotAsErrors>
                <NewsFactsNamespace>Consumer.News</NewsFactsNamespace>
                <NewsFactsVisibility>public</NewsFactsVisibility>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsFacts" Version="{_feed.Version}" />
                <NewsArticle Include="articles/*.txt" />
                <NewsArticle Update="articles/{titled}" Title="{OverriddenTitle.Replace("&", "&amp;")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Consumer.News;

            /// <summary>Prints the facts through the generated API only.</summary>
            public static class Program
            {
                /// <summary>Entry point.</summary>
                public static void Main()
                {
                    Console.OutputEncoding = System.Text.Encoding.UTF8;
                    Console.WriteLine("articles=" + Articles.All.Count);
                    foreach (var article in Articles.All) Console.WriteLine("article|" + article.File + "|" + article.Title);
                    Console.WriteLine("organizations=" + Organizations.All.Count);
                    foreach (var organization in Organizations.All)
                    {
                        Console.WriteLine("organization|" + organization.Name + "|" + organization.Members.Count + "|" + (organization.MemberCount?.ToString() ?? "-"));
                    }
                    Console.WriteLine("people=" + People.All.Count);
                    Console.WriteLine("quotes=" + Quotes.All.Count);
                }
            }
            """);

        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_feed.WorkDirectory, "packages") };
        var build = ProcessRunner.Dotnet(consumer, environment, PackageFeed.CommandTimeout, "build", "-c", "Release", "-nodeReuse:false");
        _output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, "The consumer does not build:\n" + build);
        Assert.Contains(Path.Combine(_feed.WorkDirectory, "packages"), File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")).Replace("\\\\", "\\"));

        var run = ProcessRunner.Dotnet(consumer, environment, PackageFeed.CommandTimeout, Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"));
        _output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, "The consumer failed:\n" + run);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains($"articles={seeds.Length}", lines);
        Assert.Contains($"article|{titled}|{OverriddenTitle}", lines);

        // The same facts as the extractor finds in the seeds (here through the CLI's copy, in-process).
        var facts = Facts(seeds);
        var organizations = facts.GetProperty("organizations").EnumerateArray().ToList();
        Assert.NotEmpty(organizations);
        Assert.Contains($"organizations={organizations.Count}", lines);
        foreach (var organization in organizations)
        {
            var memberCount = organization.GetProperty("memberCount");
            var expected = "organization|" + organization.GetProperty("name").GetString() + "|"
                + organization.GetProperty("members").GetArrayLength() + "|"
                + (memberCount.ValueKind == JsonValueKind.Null ? "-" : memberCount.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(expected, lines);
        }
        Assert.Contains(organizations, o => o.GetProperty("members").GetArrayLength() > 0);
        Assert.Contains($"people={facts.GetProperty("people").GetArrayLength()}", lines);
        Assert.Contains($"quotes={facts.GetProperty("quotes").GetArrayLength()}", lines);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_into_a_tool_path_and_extracts_the_seeds()
    {
        AssertPacked();
        var work = Path.Combine(_feed.WorkDirectory, "tool");
        Directory.CreateDirectory(work);
        // No source but the feed given by --add-source (which cannot be mixed with source mapping): the tool
        // package holds everything the tool loads.
        File.WriteAllText(Path.Combine(work, "nuget.config"), "<configuration><packageSources><clear /></packageSources></configuration>\n");
        var toolPath = Path.Combine(work, "bin");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_feed.WorkDirectory, "tool-packages") };

        var install = ProcessRunner.Dotnet(work, environment, PackageFeed.CommandTimeout,
            "tool", "install", "NewsFacts.Cli", "--tool-path", toolPath, "--add-source", _feed.FeedDirectory, "--version", _feed.Version!);
        _output.WriteLine(install.ToString());
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install);

        var newsfacts = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "newsfacts.exe" : "newsfacts");
        Assert.True(File.Exists(newsfacts), "no newsfacts command in the tool path: " + string.Join(", ", Directory.GetFiles(toolPath)));

        var seeds = Directory.GetFiles(_feed.SeedsDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var extract = ProcessRunner.Run(newsfacts, _feed.SeedsDirectory, environment, PackageFeed.CommandTimeout,
            new[] { "extract" }.Concat(seeds.Select(Path.GetFileName)).ToArray()!);
        Assert.True(extract.ExitCode == 0, "newsfacts extract failed:\n" + extract);
        using var json = JsonDocument.Parse(extract.Output);
        var root = json.RootElement;

        // The fields ../shared/facts-schema.md requires.
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(seeds.Select(Path.GetFileName), articles.Select(a => a.GetProperty("file").GetString()).OrderBy(f => f, StringComparer.Ordinal));
        Assert.All(articles, a => AssertStringOrNull(a, "title"));
        var organizations = root.GetProperty("organizations").EnumerateArray().ToList();
        Assert.NotEmpty(organizations);
        foreach (var organization in organizations)
        {
            Assert.Equal(JsonValueKind.String, organization.GetProperty("name").ValueKind);
            AssertStringOrNull(organization, "acronym");
            foreach (var list in new[] { "members", "partners", "observers", "nonMembers" })
            {
                Assert.All(organization.GetProperty(list).EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.ValueKind));
            }
            foreach (var count in new[] { "memberCount", "partnerCount" })
            {
                Assert.Contains(organization.GetProperty(count).ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            }
            Assert.All(organization.GetProperty("joining").EnumerateArray(), j =>
            {
                Assert.Equal(JsonValueKind.String, j.GetProperty("country").ValueKind);
                AssertStringOrNull(j, "when");
            });
        }
        var people = root.GetProperty("people").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p =>
        {
            Assert.Equal(JsonValueKind.String, p.GetProperty("name").ValueKind);
            AssertStringOrNull(p, "title");
            AssertStringOrNull(p, "country");
        });
        var quotes = root.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            AssertStringOrNull(q, "speaker");
            Assert.Equal(JsonValueKind.String, q.GetProperty("text").ValueKind);
            Assert.Contains(q.GetProperty("file").GetString(), seeds.Select(Path.GetFileName));
            Assert.True(q.GetProperty("line").GetInt32() >= 1);
            Assert.Contains(q.GetProperty("kind").GetString(), new[] { "statement", "term" });
        });

        // The same facts as the in-process extraction.
        var expected = Facts(seeds);
        Assert.Equal(expected.GetProperty("organizations").GetArrayLength(), organizations.Count);
        Assert.Equal(expected.GetProperty("quotes").GetArrayLength(), quotes.Count);

        var help = ProcessRunner.Run(newsfacts, work, environment, PackageFeed.CommandTimeout, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("extract", help.Output);
        Assert.Contains("check", help.Output);
        Assert.Contains("report", help.Output);

        var report = ProcessRunner.Run(newsfacts, _feed.SeedsDirectory, environment, PackageFeed.CommandTimeout,
            new[] { "report", "--format", "html" }.Concat(seeds.Select(Path.GetFileName)).ToArray()!);
        Assert.True(report.ExitCode == 0, "newsfacts report failed:\n" + report);
        Assert.StartsWith("<!DOCTYPE html>", report.Output);
        Assert.Contains("<table>", report.Output);
    }

    private static void AssertStringOrNull(JsonElement element, string name)
        => Assert.Contains(element.GetProperty(name).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });

    /// <summary>The facts JSON of the seeds from the CLI's code, in this process.</summary>
    private static JsonElement Facts(string[] seeds)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = cli::NewsFacts.Cli.NewsFactsCommand.Run(new[] { "extract" }.Concat(seeds).ToArray(), stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        using var document = JsonDocument.Parse(stdout.ToString());
        return document.RootElement.Clone();
    }
}
