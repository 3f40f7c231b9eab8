using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NewsFacts.Analyzers;
using NewsFacts.CodeFixes;
using NewsFacts.Diagnostics;
using Xunit;

namespace NewsFacts.Tests.Analyzers;

/// <summary>NF0101 and NF0102 in the catalogue: descriptors, release tracking, documentation; and the nearest-name rule.</summary>
public sealed class UsageCatalogueTests
{
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

    [Theory]
    [InlineData("NF0101", DiagnosticSeverity.Error)]
    [InlineData("NF0102", DiagnosticSeverity.Info)]
    public void Descriptor_HasItsSeverityCategoryHelpLink_AndIsTrackedAndDocumented(string id, DiagnosticSeverity severity)
    {
        var descriptor = Assert.Single(DiagnosticDescriptors.Usage, d => d.Id == id);
        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.Equal(DiagnosticDescriptors.UsageCategory, descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal("https://github.com/newsfacts/newsfacts/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);

        // Not in the articles' catalogue (the CLI's): they are about code.
        Assert.DoesNotContain(DiagnosticDescriptors.All, d => d.Id == id);

        var releases = File.ReadAllText(RepositoryFile("src/NewsFacts.Generator/AnalyzerReleases.Unshipped.md")).Replace("\r\n", "\n");
        var line = releases.Split('\n').SingleOrDefault(l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Equal(id + " | " + descriptor.Category + " | " + severity + " | " + descriptor.Title.ToString(CultureInfo.InvariantCulture), line);

        var docs = File.ReadAllText(RepositoryFile("docs/diagnostics.md")).Replace("\r\n", "\n");
        var start = docs.IndexOf("## " + id, StringComparison.Ordinal);
        Assert.True(start >= 0, id + " has no section in docs/diagnostics.md");
        var end = docs.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = end < 0 ? docs.Substring(start) : docs.Substring(start, end - start);
        Assert.Contains("Bad", section, StringComparison.Ordinal);
        Assert.Contains("Good", section, StringComparison.Ordinal);
        Assert.Contains("```csharp", section, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", section, StringComparison.Ordinal);
        Assert.Contains("| [" + id + "](#" + id.ToLowerInvariant() + ") | " + descriptor.Title.ToString(CultureInfo.InvariantCulture) + " | " + severity + " |", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeFix_FixesBothIds()
    {
        Assert.Equal(
            DiagnosticDescriptors.Usage.Select(d => d.Id),
            new TypedMemberCodeFixProvider().FixableDiagnosticIds);
    }

    [Theory]
    [InlineData("Kazakstan", "Kazakhstan")]
    [InlineData("kazakhstan", "Kazakhstan")]
    [InlineData("Kazahkstan", "Kazakhstan")]     // two letters swapped: one step
    [InlineData("Cote d'Ivoire", "Côte d'Ivoire")]
    [InlineData("Rusia", "Russia")]
    [InlineData("Uzbekistan", null)]
    [InlineData("Atlantis", null)]
    [InlineData("KX", null)]                      // too short to guess
    public void NearestName_IsWithinAThirdOfTheLength(string text, string? expected)
    {
        var names = new[] { "Côte d'Ivoire", "Kazakhstan", "Russia", "Turkmenistan", "Tajikistan" };
        Assert.Equal(expected, NearestName.Find(text, names));
    }

    [Fact]
    public void NearestName_TiesGoToTheFirstInOrdinalOrder()
    {
        Assert.Equal("Iran", NearestName.Find("Irap", new[] { "Iraq", "Iran" }));
        Assert.Equal(1, NearestName.Distance("ab", "ba"));
        Assert.Equal(3, NearestName.Distance("", "abc"));
    }
}
