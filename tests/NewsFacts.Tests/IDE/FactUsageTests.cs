using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.CodeFixes;
using NewsFacts.Diagnostics;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.IDE;

/// <summary>
/// NF0101/NF0102 on the strings given to <c>Countries.Get</c> and <c>Organizations.X.IsMember</c>, and
/// the code fix that puts the typed member in their place, in a workspace as the IDE has it. Expected
/// diagnostics are markup in the code: <c>{|NF0101:"Kazakstan"|}</c>.
/// </summary>
public sealed class FactUsageTests
{
    private static readonly Dictionary<string, string> Articles = new() { ["grain.txt"] = IntelliSenseTests.GrainArticle };

    private static string Program(string body, string usings = "using NewsFacts;\n") =>
        usings + "\nclass C\n{\n    object M(string name)\n    {\n        " + body + "\n    }\n}\n";

    private static WorkspaceHarness Open(string code, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        WorkspaceHarness.Create(new Dictionary<string, string> { ["Program.cs"] = code }, Articles, buildProperties);

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(WorkspaceHarness harness)
    {
        var analyzers = await harness.AnalyzersAsync();
        var all = await analyzers.GetAllDiagnosticsAsync();
        return all.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == WorkspaceHarness.Root + "Program.cs").ToImmutableArray();
    }

    /// <summary>Asserts the diagnostics of the marked code: exactly the NF0101/NF0102 marked, and no compiler error.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AssertMarkedAsync(string markedCode, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var markup = Markup.Parse(markedCode);
        using var harness = Open(markup.Text, buildProperties);
        var diagnostics = await DiagnosticsAsync(harness);
        markup.AssertDiagnostics(diagnostics, null, DiagnosticDescriptors.UnknownCountryId, DiagnosticDescriptors.UseTypedMemberId);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        return diagnostics;
    }

    /// <summary>Applies the code fix offered for the only NF0101/NF0102 of the code; returns the new code and the fix's title.</summary>
    private static async Task<(string Code, string Title)> FixAsync(string code, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        using var harness = Open(code, buildProperties);
        var diagnostic = Assert.Single(await DiagnosticsAsync(harness), d => d.Id.StartsWith("NF01", StringComparison.Ordinal));
        var document = harness.Document("Program.cs");
        var actions = new List<CodeAction>();
        var provider = new TypedMemberCodeFixProvider();
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        Assert.Equal(TypedMemberCodeFixProvider.EquivalenceKey, action.EquivalenceKey);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var fixedDocument = operation.ChangedSolution.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();

        // The fixed code compiles, with no NewsFacts diagnostic left.
        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var after = await compilation.WithAnalyzers(BuildHarness.Analyzers, fixedDocument.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(after, d => d.Id.StartsWith("NF01", StringComparison.Ordinal));
        return (text, action.Title);
    }

    private static async Task<int> CodeFixCountAsync(string code)
    {
        using var harness = Open(code);
        var diagnostic = Assert.Single(await DiagnosticsAsync(harness), d => d.Id.StartsWith("NF01", StringComparison.Ordinal));
        var actions = new List<CodeAction>();
        await new TypedMemberCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(harness.Document("Program.cs"), diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Count;
    }

    [Fact]
    public async Task MisspeltCountry_InGet_IsAnError_WithTheNearestName()
    {
        var diagnostics = await AssertMarkedAsync(Program("return Countries.Get({|NF0101:\"Kazakstan\"|});"));
        var diagnostic = diagnostics.Single(d => d.Id == "NF0101");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("'Kazakstan' is not a country in the articles; did you mean 'Kazakhstan'?", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/newsfacts/newsfacts/blob/main/docs/diagnostics.md#nf0101", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task MisspeltCountry_InIsMember_IsAnError_WithTheNearestName()
    {
        var diagnostics = await AssertMarkedAsync(Program("return Organizations.Cgc.IsMember({|NF0101:\"Gorgia\"|});"));
        Assert.Equal(
            "'Gorgia' is not a country in the articles; did you mean 'Georgia'?",
            diagnostics.Single(d => d.Id == "NF0101").GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CountryNoArticleNames_IsAnError_WithoutASuggestion_AndHasNoFix()
    {
        var code = Program("return Organizations.Cgc.IsMember({|NF0101:\"Uzbekistan\"|});");
        var diagnostics = await AssertMarkedAsync(code);
        Assert.Equal("'Uzbekistan' is not a country in the articles", diagnostics.Single(d => d.Id == "NF0101").GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(0, await CodeFixCountAsync(Markup.Parse(code).Text));
    }

    [Fact]
    public async Task KnownCountry_ByNameOrCode_AnyCase_IsASuggestionToUseTheTypedMember()
    {
        var diagnostics = await AssertMarkedAsync(Program("""
            var a = Countries.Get({|NF0102:"Kazakhstan"|});
                    var b = Countries.Get({|NF0102:"kz"|});
                    var c = Organizations.Cgc.IsMember({|NF0102:"GEORGIA"|});
                    return a;
            """));
        Assert.All(diagnostics.Where(d => d.Id == "NF0102"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(
            "'kz' names a country of the articles: use the typed member 'Countries.Kazakhstan'",
            diagnostics.Where(d => d.Id == "NF0102").OrderBy(d => d.Location.SourceSpan.Start).ElementAt(1).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task ConstantStrings_AreChecked_OtherStringsAndFind_AreNot() => AssertMarkedAsync("""
        using NewsFacts;

        class C
        {
            const string Misspelt = "Rusia";

            object M(string name)
            {
                var a = Countries.Get({|NF0101:Misspelt|});
                var b = Countries.Get(name);
                var c = Countries.Find("Atlantis");
                var d = Organizations.Cgc.IsMember(name);
                var e = Organizations.Cgc.IsMember(Countries.Iran);
                return Countries.Get({|NF0101:"Ira" + "k"|});
            }
        }
        """);

    [Fact]
    public Task LookalikeMethods_NotGeneratedByNewsFacts_AreNotChecked() => AssertMarkedAsync("""
        namespace Mine
        {
            static class Countries
            {
                public static object Get(string name) => name;
            }

            class C
            {
                object M() => Countries.Get("Kazakstan");
            }
        }
        """);

    [Fact]
    public Task ConfiguredNamespace_IsFollowed() => AssertMarkedAsync(
        Program("return Countries.Get({|NF0101:\"Turkmenistn\"|});", "using My.Facts;\n"),
        new Dictionary<string, string> { ["NewsFactsNamespace"] = "My.Facts" });

    [Fact]
    public async Task Fix_ReplacesGet_WithTheTypedMember()
    {
        var (code, title) = await FixAsync(Program("return Countries.Get(\"Kazakstan\");"));
        Assert.Equal(Program("return Countries.Kazakhstan;"), code);
        Assert.Equal("Use Countries.Kazakhstan", title);
    }

    [Fact]
    public async Task Fix_KeepsTheQualificationOfGet()
    {
        var (code, _) = await FixAsync(Program("return NewsFacts.Countries.Get(\"rusia\") /* kept */;", string.Empty));
        Assert.Equal(Program("return NewsFacts.Countries.Russia /* kept */;", string.Empty), code);
    }

    [Fact]
    public async Task Fix_ReplacesAKnownName_WithTheTypedMember()
    {
        var (code, _) = await FixAsync(Program("return Countries.Get(\"IR\");"));
        Assert.Equal(Program("return Countries.Iran;"), code);
    }

    [Fact]
    public async Task Fix_GivesIsMember_TheTypedCountry()
    {
        var (code, title) = await FixAsync(Program("return Organizations.Cgc.IsMember(\"Turkmenistn\");"));
        Assert.Equal(Program("return Organizations.Cgc.IsMember(Countries.Turkmenistan);"), code);
        Assert.Equal("Use IsMember(Countries.Turkmenistan)", title);
    }

    [Fact]
    public async Task FixAll_InTheDocument_ReplacesEveryStringWithASuggestion()
    {
        var code = Program("""
            var a = Countries.Get("Kazakstan");
                    var b = Countries.Get("IR");
                    var c = Organizations.Cgc.IsMember("russia");
                    var d = Organizations.Cgc.IsMember("Uzbekistan");
                    return a;
            """);
        using var harness = Open(code);
        var diagnostics = (await DiagnosticsAsync(harness)).Where(d => d.Id.StartsWith("NF01", StringComparison.Ordinal)).ToImmutableArray();
        Assert.Equal(4, diagnostics.Length);
        var document = harness.Document("Program.cs");
        var provider = new TypedMemberCodeFixProvider();
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            TypedMemberCodeFixProvider.EquivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operation = Assert.Single((await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var text = (await operation.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Equal(
            Program("""
                var a = Countries.Kazakhstan;
                        var b = Countries.Iran;
                        var c = Organizations.Cgc.IsMember(Countries.Russia);
                        var d = Organizations.Cgc.IsMember("Uzbekistan");
                        return a;
                """),
            text);
    }

    /// <summary>The diagnostics Fix All works on: those found by the test.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }

    [Fact]
    public async Task Fix_QualifiesCountries_WhenTheNamespaceIsNotImported()
    {
        var (code, _) = await FixAsync(Program("return NewsFacts.Organizations.Cgc.IsMember(\"Gorgia\");", string.Empty));
        Assert.Equal(Program("return NewsFacts.Organizations.Cgc.IsMember(NewsFacts.Countries.Georgia);", string.Empty), code);
    }
}
