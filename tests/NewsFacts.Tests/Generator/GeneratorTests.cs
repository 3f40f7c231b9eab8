using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Model;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Generator;

/// <summary>The generator run by a <see cref="CSharpGeneratorDriver"/>, as the compiler runs it.</summary>
public sealed class GeneratorTests
{
    /// <summary>A small hand-written article (not a seed).</summary>
    public const string SmallArticle = """
        Leaders gather in Astana for the SCO summit

        Kazakh President Kassym-Jomart Tokayev welcomed the leaders of the Shanghai Cooperation
        Organization (SCO) to Astana on Wednesday. The 10-member bloc includes China, Russia,
        India, Iran and Pakistan, and Belarus joins on Thursday.

        "Our organisation is stronger than ever," Tokayev told the delegates.
        """;

    public const string SecondArticle = """
        Turkey watches from the sidelines

        Turkey, a dialogue partner of the SCO, is not a member of the bloc.
        """;

    public const string ThirdArticle = """
        A quiet week in Brussels

        Nothing "much" happened.
        """;

    public static TestArticle[] ThreeArticles() => new[]
    {
        new TestArticle("/articles/astana.txt", SmallArticle),
        new TestArticle("/articles/turkey.txt", SecondArticle),
        new TestArticle("/articles/brussels.txt", ThirdArticle),
    };

    [Fact]
    public void SmallArticle_GeneratedCode_MatchesSnapshot()
    {
        var run = GeneratorHarness.Run(new[] { new TestArticle("/articles/astana.txt", SmallArticle) });
        Snapshot.Verify("SmallArticle", run.AllSources);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void GeneratedCode_Compiles_WithoutAnyDiagnostic(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(ThreeArticles(), languageVersion: version);
        Assert.Null(run.Result.Exception);
        Assert.Subset(
            run.Result.GeneratedSources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal),
            Reliability.GeneratorChecks.IndexFiles.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NF0099" || d.Id.StartsWith("CS", StringComparison.Ordinal));
        EmitterTests.AssertNoDiagnostics(run.CompilationDiagnostics, version.ToString());
    }

    [Fact]
    public void CSharp73_GetsNoNullableDirective_AndLatestDoes()
    {
        var old = GeneratorHarness.Run(ThreeArticles(), languageVersion: LanguageVersion.CSharp7_3);
        var latest = GeneratorHarness.Run(ThreeArticles(), languageVersion: LanguageVersion.Latest);
        Assert.All(old.Sources.Values, s => Assert.DoesNotContain("#nullable", s, StringComparison.Ordinal));
        Assert.All(latest.Sources.Values, s => Assert.Contains("#nullable enable", s, StringComparison.Ordinal));
    }

    [Fact]
    public void TextFiles_WithoutNewsArticleMetadata_AreIgnored()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new TestArticle("/articles/astana.txt", SmallArticle),
            new TestArticle("/other/readme.txt", SecondArticle, IsNewsArticle: false),
            new TestArticle("/other/licence.txt", ThirdArticle, IsNewsArticle: false),
        });

        var articles = run.Sources["NewsFacts.Articles.g.cs"];
        Assert.Contains("\"astana.txt\"", articles, StringComparison.Ordinal);
        Assert.DoesNotContain("readme", articles, StringComparison.Ordinal);
        Assert.DoesNotContain("licence", articles, StringComparison.Ordinal);

        var selected = run.Result.TrackedSteps[TrackingNames.Articles]
            .SelectMany(s => s.Outputs)
            .Select(o => ((ArticleInput)o.Value).Path)
            .ToList();
        Assert.Equal(new[] { "/articles/astana.txt" }, selected);
        Assert.Single(run.Result.TrackedSteps[TrackingNames.Extraction]);
    }

    [Fact]
    public void TitleMetadata_OverridesTheHeadline()
    {
        // The targets pass the title percent-encoded (the .editorconfig would cut it at ';' or '#').
        var encoded = Uri.EscapeDataString("A \"given\" title; # 100%");
        var run = GeneratorHarness.Run(new[] { new TestArticle("/articles/astana.txt", SmallArticle, Title: encoded) });
        Assert.Contains("\"A \\\"given\\\" title; # 100%\"", run.Sources["NewsFacts.Articles.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("Plain title", "Plain title")]
    [InlineData("A%3B%20given%20%23%20title", "A; given # title")]
    [InlineData("100%", "100%")]
    public void TitleMetadata_IsDecoded(string? value, string? expected)
    {
        Assert.Equal(expected, ArticleInput.DecodeTitle(value));
    }

    [Fact]
    public void Output_IsByteIdentical_WhateverTheOrderOfTheFiles()
    {
        var articles = ThreeArticles();
        var first = GeneratorHarness.Run(articles);
        var second = GeneratorHarness.Run(new[] { articles[2], articles[0], articles[1] });
        Assert.Equal(first.AllSources, second.AllSources);
        Assert.Equal(
            first.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal),
            second.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void NamespaceAndVisibility_AreConfigurable()
    {
        var run = GeneratorHarness.Run(ThreeArticles(), ns: "My.Company.Facts", visibility: "Public");
        var types = run.Sources["NewsFacts.Types.g.cs"];
        Assert.Contains("namespace My.Company.Facts\n", types, StringComparison.Ordinal);
        Assert.Contains("public sealed class Country", types, StringComparison.Ordinal);
        Assert.Contains("public static partial class Organizations", run.Sources["NewsFacts.Organizations.g.cs"], StringComparison.Ordinal);
        EmitterTests.AssertNoDiagnostics(run.CompilationDiagnostics, "public");
    }

    [Fact]
    public void Visibility_IsInternal_ByDefault_AndNamespaceIsNewsFacts()
    {
        var run = GeneratorHarness.Run(ThreeArticles());
        var types = run.Sources["NewsFacts.Types.g.cs"];
        Assert.Contains("namespace NewsFacts\n", types, StringComparison.Ordinal);
        Assert.Contains("internal sealed class Country", types, StringComparison.Ordinal);
        Assert.DoesNotContain("public sealed class", types, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task UnreadableArticle_IsReportedAsNF0007_AtTheFile()
    {
        var articles = new[]
        {
            new TestArticle("/articles/astana.txt", SmallArticle),
            new TestArticle("/articles/broken.txt", null),
        };
        var run = GeneratorHarness.Run(articles);

        // Reported once, by the analyzer (Analyzers/ArticleAnalyzer), not by the generator.
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NotText);
        var build = await BuildHarness.BuildAsync(articles);
        var diagnostic = Assert.Single(build.NewsFacts, d => d.Id == DiagnosticIds.NotText);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal("/articles/broken.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("broken.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Subset(run.Sources.Keys.ToHashSet(StringComparer.Ordinal), Reliability.GeneratorChecks.IndexFiles.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task UnclosedQuote_IsReportedAsNF0004_AtTheOpeningMark()
    {
        const string article = "Ministers meet in Minsk\n\nThe minister said on Monday: \"we will never agree to this.\n\nTalks went on for hours.\n";
        var build = await BuildHarness.BuildAsync(new[] { new TestArticle("/articles/minsk.txt", article) });

        var diagnostic = Assert.Single(build.NewsFacts, d => d.Id == DiagnosticIds.UnclosedQuote);
        var mark = article.IndexOf('"');
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/articles/minsk.txt", span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, mark - article.LastIndexOf('\n', mark) - 1), span.StartLinePosition);
        Assert.Equal(mark, diagnostic.Location.SourceSpan.Start);
        Assert.StartsWith("/articles/minsk.txt(3,30): warning NF0004: ", diagnostic.ToString().Replace(": error NF0004", ": warning NF0004"), StringComparison.Ordinal);
    }

    [Fact]
    public void NoArticles_StillGivesTheApi()
    {
        var run = GeneratorHarness.Run(Array.Empty<TestArticle>());
        Assert.Equal(Reliability.GeneratorChecks.IndexFiles.OrderBy(h => h, StringComparer.Ordinal), run.Sources.Keys.OrderBy(h => h, StringComparer.Ordinal));
        Assert.Empty(run.GeneratorDiagnostics);
        EmitterTests.AssertNoDiagnostics(run.CompilationDiagnostics, "no articles");
    }

    [Fact]
    public void EveryTrackingName_IsUsed()
    {
        var run = GeneratorHarness.Run(ThreeArticles());
        foreach (var name in TrackingNames.All)
        {
            Assert.True(run.Result.TrackedSteps.ContainsKey(name), "step " + name + " is not tracked");
        }
    }
}
