using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Analyzers;
using NewsFacts.Diagnostics;
using NewsFacts.Model;
using NewsFacts.Tests.IDE;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Analyzers;

/// <summary>
/// The article analyzer: live per-article diagnostics (the additional-file action), the split with the
/// generator so that a build reports each diagnostic once, and severities set in configuration.
/// </summary>
public sealed class ArticleAnalyzerTests
{
    private const string Unclosed = "Ministers meet in Minsk\n\nThe minister said on Monday: \"we will never agree to this.\n\nTalks went on for hours.\n";
    private const string Closed = "Ministers meet in Minsk\n\nThe minister said on Monday: \"we will never agree to this.\"\n\nTalks went on for hours.\n";
    private const string Unattributed = "Ministers meet in Minsk\n\n\"We will never agree to this,\" a voice shouted from the back of the hall.\n";

    /// <summary>Articles raising every id NF0001–NF0010 between them.</summary>
    private static TestArticle[] EveryProblem() => new[]
    {
        new TestArticle("/articles/pact.txt", "Alliance leaders meet in Minsk\n\nThe three-member Steppe Defence Pact (SDP) met in Minsk on Monday. Its members are Russia, Belarus, Kazakhstan and Armenia.\n"),
        new TestArticle("/articles/turkey.txt", "Turkey and the grain compact\n\nTurkey is a member of the Caspian Grain Compact (CGC), officials said on Monday.\nLater, Turkey, which is not a member of the CGC, sent an observer to the talks.\n"),
        new TestArticle("/articles/belarus.txt", "Belarus to join the pact\n\nBelarus joins the Caspian Grain Compact (CGC) on July 4, the ministry said.\nDiplomats said Belarus will join the CGC on September 1 instead.\n"),
        new TestArticle("/articles/minsk.txt", Unclosed),
        new TestArticle("/articles/hall.txt", Unattributed),
        new TestArticle("/articles/empty.txt", "  \n"),
        new TestArticle("/articles/binary.txt", "abc\0\0\0\0def\0\0"),
        new TestArticle("/articles/unreadable.txt", null),
        new TestArticle("/articles/hall-copy.txt", Unattributed),
        new TestArticle("/articles/grain report.txt", "Grain ministers meet in Baku\n\nThe five-member Caspian Grain Compact (CGC) met in Baku.\n"),
        new TestArticle("/articles/grain-report.txt", "Grain ministers meet again\n\nThe six-member Caspian Grain Compact (CGC) met in Aktau.\n"),
        new TestArticle("/other/readme.txt", Unclosed, IsNewsArticle: false),
    };

    [Fact]
    public void Analyzer_SupportsEveryArticleDiagnostic_AndRegistersAnAdditionalFileAction()
    {
        var analyzer = new ArticleAnalyzer();
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), analyzer.SupportedDiagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticDescriptors.Usage.Select(d => d.Id), new FactUsageAnalyzer().SupportedDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task GeneratorAndAnalyzer_Together_ReportEveryDiagnosticOnce()
    {
        var build = await BuildHarness.BuildAsync(EveryProblem());

        var ids = build.NewsFacts.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "NF0001", "NF0002", "NF0003", "NF0004", "NF0005", "NF0006", "NF0007", "NF0008", "NF0009", "NF0010" }, ids);

        var duplicates = build.NewsFacts
            .GroupBy(d => d.ToString())
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(duplicates.Count == 0, "reported twice:\n" + string.Join("\n", duplicates));

        // The split: the analyzer has the diagnostics of one article, the generator those of all of them.
        var perArticle = new[] { DiagnosticIds.UnclosedQuote, DiagnosticIds.UnattributedQuote, DiagnosticIds.EmptyArticle, DiagnosticIds.NotText };
        Assert.All(build.AnalyzerDiagnostics, d => Assert.Contains(d.Id, perArticle));
        Assert.All(build.GeneratorDiagnostics, d => Assert.DoesNotContain(d.Id, perArticle));

        // Both unreadable articles (NUL bytes, no text at all) are reported, each at its own file.
        Assert.Equal(
            new[] { "/articles/binary.txt", "/articles/unreadable.txt" },
            build.NewsFacts.Where(d => d.Id == DiagnosticIds.NotText).Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));

        // Text files that are no NewsArticle are never read.
        Assert.DoesNotContain(build.NewsFacts, d => d.Location.GetLineSpan().Path.StartsWith("/other/", StringComparison.Ordinal));
        Assert.DoesNotContain(build.NewsFacts, d => d.Id == DiagnosticDescriptors.InternalErrorId);
    }

    [Fact]
    public async Task Analyzer_RunsTheSameExtraction_AsTheGenerator()
    {
        foreach (var article in EveryProblem().Where(a => a.IsNewsArticle))
        {
            var build = await BuildHarness.BuildAsync(new[] { article });
            var expected = NewsFactsGenerator.Extract(new ArticleInput(article.Path, null, article.Text), System.Threading.CancellationToken.None)
                .Diagnostics
                .Select(d => Describe(DiagnosticFactory.Create(d)))
                .OrderBy(s => s, StringComparer.Ordinal);
            var actual = build.AnalyzerDiagnostics
                .Select(Describe)
                .OrderBy(s => s, StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    private static string Describe(Diagnostic d) =>
        d.Id + " " + d.Location.GetLineSpan() + " " + d.Location.SourceSpan + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task InTheIde_AnArticlesDiagnostics_FollowItsEdits_WithoutABuild()
    {
        using var harness = WorkspaceHarness.Create(new Dictionary<string, string> { ["Program.cs"] = "class C { }" }, new Dictionary<string, string> { ["minsk.txt"] = Unclosed });

        var before = await harness.LiveArticleDiagnosticsAsync("minsk.txt");
        var unclosed = Assert.Single(before, d => d.Id == DiagnosticIds.UnclosedQuote);
        Assert.Equal(WorkspaceHarness.ArticlePath("minsk.txt"), unclosed.Location.GetLineSpan().Path);
        Assert.Equal(Unclosed.IndexOf('"'), unclosed.Location.SourceSpan.Start);
        Assert.Equal(1, unclosed.Location.SourceSpan.Length);

        harness.EditArticle("minsk.txt", Closed);
        var after = await harness.LiveArticleDiagnosticsAsync("minsk.txt");
        Assert.DoesNotContain(after, d => d.Id == DiagnosticIds.UnclosedQuote);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("silent", null)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public async Task GlobalConfig_SetsTheSeverity_OfAnArticleDiagnostic(string severity, DiagnosticSeverity? expected)
    {
        var config = new Dictionary<string, string>
        {
            [".globalconfig"] = "is_global = true\ndotnet_diagnostic.NF0004.severity = " + severity + "\ndotnet_diagnostic.NF0005.severity = error\n",
        };
        using var harness = WorkspaceHarness.Create(
            new Dictionary<string, string> { ["Program.cs"] = "class C { }" },
            new Dictionary<string, string> { ["minsk.txt"] = Unclosed },
            configFiles: config);

        var diagnostics = await harness.LiveArticleDiagnosticsAsync("minsk.txt");
        var unclosed = diagnostics.Where(d => d.Id == DiagnosticIds.UnclosedQuote && d.Severity != DiagnosticSeverity.Hidden).ToList();
        if (expected is null)
        {
            Assert.Empty(unclosed);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(unclosed).Severity);
        }

        // The other id, set in the same file, is raised from info to error.
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnattributedQuote).Severity);
    }

    [Fact]
    public async Task EditorConfigSections_DoNotReachArticles_ButReachTheCode()
    {
        // An .editorconfig section applies to the files it matches that are source files; the .txt
        // articles are not, so only a global config (or NoWarn) changes their diagnostics. NF0101 in
        // a .cs file does follow the .editorconfig.
        var config = new Dictionary<string, string>
        {
            [".editorconfig"] = "root = true\n\n[*]\ndotnet_diagnostic.NF0004.severity = none\n\n[*.cs]\ndotnet_diagnostic.NF0101.severity = warning\n",
        };
        using var harness = WorkspaceHarness.Create(
            new Dictionary<string, string> { ["Program.cs"] = "class C { object M() => NewsFacts.Countries.Get(\"Atlantis\"); }" },
            new Dictionary<string, string> { ["minsk.txt"] = Unclosed },
            configFiles: config);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await harness.LiveArticleDiagnosticsAsync("minsk.txt"), d => d.Id == DiagnosticIds.UnclosedQuote).Severity);
        var code = await (await harness.AnalyzersAsync()).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(code, d => d.Id == DiagnosticDescriptors.UnknownCountryId).Severity);
    }

    [Fact]
    public async Task NoWarn_AndWarningsAsErrors_OfTheCompilationOptions_Apply()
    {
        var options = GeneratorHarness.CreateCompilation().Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["NF0004"] = ReportDiagnostic.Suppress,
                ["NF0005"] = ReportDiagnostic.Error,
            });
        var build = await BuildHarness.BuildAsync(new[] { new TestArticle("/articles/minsk.txt", Unclosed) }, options: options);
        Assert.DoesNotContain(build.AnalyzerDiagnostics, d => d.Id == DiagnosticIds.UnclosedQuote);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(build.AnalyzerDiagnostics, d => d.Id == DiagnosticIds.UnattributedQuote).Severity);
    }
}
