using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Diagnostics;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Generator;

/// <summary>The diagnostic catalogue, its documentation and release tracking, and locations in articles.</summary>
public sealed class DiagnosticsTests
{
    private static string[] CatalogueIds() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetValue(null)!)
            .Append(DiagnosticDescriptors.InternalErrorId)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();

    private static string RepositoryFile(string relative, [CallerFilePath] string here = "")
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(here)!); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }

    [Fact]
    public void EveryId_HasOneDescriptor()
    {
        Assert.Equal(CatalogueIds(), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(11, DiagnosticDescriptors.All.Count);
    }

    [Theory]
    [InlineData("NF0001", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0002", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0003", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0004", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0005", DiagnosticSeverity.Info, "NewsFacts.Articles")]
    [InlineData("NF0006", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0007", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0008", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0009", DiagnosticSeverity.Info, "NewsFacts.Naming")]
    [InlineData("NF0010", DiagnosticSeverity.Warning, "NewsFacts.Articles")]
    [InlineData("NF0099", DiagnosticSeverity.Error, "NewsFacts.Articles")]
    public void Descriptor_HasItsSeverityCategoryAndHelpLink(string id, DiagnosticSeverity severity, string category)
    {
        var descriptor = DiagnosticDescriptors.Find(id);
        Assert.NotNull(descriptor);
        Assert.Equal(severity, descriptor!.DefaultSeverity);
        Assert.Equal(category, descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal("https://github.com/newsfacts/newsfacts/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Messages_FormatWithTheirArguments()
    {
        var diagnostic = DiagnosticFactory.Create(new ArticleDiagnostic(
            DiagnosticIds.CountMismatch,
            new[] { "SCO", "member states", "10", "9", "China, Russia" }.ToEquatableArray(),
            "/a.txt", 0, 0, 0, 0, 0, 0));
        Assert.Equal(
            "The article says SCO has 10 member states, but names 9: China, Russia",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));

        // Too few arguments never break the formatting.
        var few = DiagnosticFactory.Create(new ArticleDiagnostic(DiagnosticIds.ContradictingJoinDates, new[] { "Laos" }.ToEquatableArray(), "/a.txt", 0, 0, 0, 0, 0, 0));
        Assert.StartsWith("Laos joins", few.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownId_BecomesAnInternalError()
    {
        var diagnostic = DiagnosticFactory.Create(new ArticleDiagnostic("XX1234", EquatableArray<string>.Empty, "/a.txt", 0, 0, 0, 0, 0, 0));
        Assert.Equal(DiagnosticDescriptors.InternalErrorId, diagnostic.Id);
        Assert.Contains("XX1234", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void InternalError_CarriesTheStageAndTheException()
    {
        var data = DiagnosticFactory.InternalError("extracting the facts of a.txt", new InvalidOperationException("bad\nthing"), "/articles/a.txt");
        var diagnostic = DiagnosticFactory.Create(data);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/articles/a.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("extracting the facts of a.txt: InvalidOperationException: bad thing", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleDiagnostic_IsReportedAtItsFileLineAndColumn()
    {
        var data = new ArticleDiagnostic(
            DiagnosticIds.UnclosedQuote,
            new[] { "\u201C" }.ToEquatableArray(),
            "/articles/astana.txt",
            Start: 120,
            Length: 7,
            Line: 4,
            Column: 10,
            EndLine: 4,
            EndColumn: 17);
        var diagnostic = DiagnosticFactory.Create(data);
        var location = diagnostic.Location;

        Assert.Equal(LocationKind.ExternalFile, location.Kind);
        Assert.Equal(new TextSpan(120, 7), location.SourceSpan);
        var span = location.GetLineSpan();
        Assert.Equal("/articles/astana.txt", span.Path);
        Assert.Equal(new LinePosition(4, 10), span.StartLinePosition);
        Assert.Equal(new LinePosition(4, 17), span.EndLinePosition);

        // As the compiler prints it: file(line,col) with 1-based numbers.
        Assert.StartsWith("/articles/astana.txt(5,11): warning NF0004: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadSpans_AreClamped_AndNoPathMeansNoLocation()
    {
        var clamped = DiagnosticFactory.ToLocation(new ArticleDiagnostic(DiagnosticIds.EmptyArticle, EquatableArray<string>.Empty, "/a.txt", -5, -1, 3, 2, 1, 0));
        Assert.Equal(new TextSpan(0, 0), clamped.SourceSpan);
        Assert.Equal(clamped.GetLineSpan().StartLinePosition, clamped.GetLineSpan().EndLinePosition);

        Assert.Equal(Location.None, DiagnosticFactory.ToLocation(new ArticleDiagnostic(DiagnosticIds.EmptyArticle, EquatableArray<string>.Empty, string.Empty, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void NamingDiagnostics_ArePlacedInTheArticleByFileName()
    {
        var naming = new ArticleDiagnostic(DiagnosticIds.NameCollision, new[] { "A", "a", "á", "A2" }.ToEquatableArray(), "b.txt", 0, 0, 2, 0, 2, 0);
        var merge = new ArticleDiagnostic(DiagnosticIds.DuplicateArticle, new[] { "a.txt", "b.txt" }.ToEquatableArray(), "/x/a.txt", 0, 0, 0, 0, 0, 0);
        var placed = NewsFactsGenerator.PlaceDiagnostics(
            new[] { merge }.ToEquatableArray(),
            new[] { naming }.ToEquatableArray(),
            new[] { "/x/a.txt", "/y/b.txt" }.ToEquatableArray());
        Assert.Equal(new[] { "/x/a.txt", "/y/b.txt" }, placed.Select(d => d.Path));
    }

    [Fact]
    public void UnshippedReleases_ListEveryId()
    {
        var text = File.ReadAllText(RepositoryFile("src/NewsFacts.Generator/AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var line = text.Split('\n').SingleOrDefault(l => l.StartsWith(descriptor.Id + " ", StringComparison.Ordinal));
            Assert.True(line is not null, descriptor.Id + " is not in AnalyzerReleases.Unshipped.md");
            Assert.Contains("| " + descriptor.Category + " |", line!, StringComparison.Ordinal);
            Assert.Contains("| " + descriptor.DefaultSeverity + " |", line!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docs_HaveASectionPerId_WithABadAndAGoodExample()
    {
        var text = File.ReadAllText(RepositoryFile("docs/diagnostics.md")).Replace("\r\n", "\n");
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var heading = "## " + descriptor.Id;
            var start = text.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, descriptor.Id + " has no section in docs/diagnostics.md");
            var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            var section = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", section, StringComparison.Ordinal);
            if (descriptor.Id != DiagnosticDescriptors.InternalErrorId && descriptor.Id != DiagnosticIds.NotText)
            {
                Assert.Contains("Bad", section, StringComparison.Ordinal);
                Assert.Contains("Good", section, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>The generator never throws: a failing stage becomes NF0099.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void FailingEmission_BecomesNF0099_WithNoFiles()
    {
        var result = NewsFactsGenerator.EmitAll(null!, GeneratorOptions.Default, System.Threading.CancellationToken.None);
        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticDescriptors.InternalErrorId, diagnostic.Id);
        Assert.Equal("generating the source", diagnostic.Args[0]);
    }

    [Fact]
    public void FailingExtraction_BecomesNF0099()
    {
        var facts = NewsFactsGenerator.Extract(null!, System.Threading.CancellationToken.None);
        var diagnostic = Assert.Single(facts.Diagnostics);
        Assert.Equal(DiagnosticDescriptors.InternalErrorId, diagnostic.Id);
    }

    [Fact]
    public void Cancellation_IsNotSwallowed()
    {
        using var source = new System.Threading.CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NewsFactsGenerator.EmitAll(Infrastructure.TestModels.AllFeatures(), GeneratorOptions.Default, source.Token));
    }

    [Fact]
    public void DefaultArray_IsMergedToAnEmptyModel()
    {
        var model = NewsFactsGenerator.MergeAll(default, System.Threading.CancellationToken.None);
        Assert.Empty(model.Articles);
    }
}
