using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Analyzers;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>What a command-line build reports: the generator's diagnostics, the analyzers' and the compiler's.</summary>
public sealed record BuildResult(
    Compilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<Diagnostic> CompilerDiagnostics)
{
    /// <summary>Everything reported, as the build output lists it.</summary>
    public ImmutableArray<Diagnostic> All => GeneratorDiagnostics.AddRange(AnalyzerDiagnostics).AddRange(CompilerDiagnostics);

    /// <summary>The NewsFacts diagnostics (NF....) of everything reported.</summary>
    public ImmutableArray<Diagnostic> NewsFacts => All.Where(d => d.Id.StartsWith("NF", System.StringComparison.Ordinal)).ToImmutableArray();
}

/// <summary>
/// Compiles a consumer as csc does with the NewsFacts analyzer assembly: the generator runs first,
/// then both analyzers over the compilation with the generated code, with the same additional files
/// and options (<see cref="GeneratorHarness"/>).
/// </summary>
public static class BuildHarness
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer(), new FactUsageAnalyzer());

    public static async Task<BuildResult> BuildAsync(
        IEnumerable<TestArticle> articles,
        IEnumerable<string>? sources = null,
        string? ns = null,
        CSharpCompilationOptions? options = null)
    {
        var list = articles.ToList();
        var texts = list.Select(a => (AdditionalText)a.ToAdditionalText()).ToImmutableArray();
        var optionsProvider = GeneratorHarness.CreateOptionsProvider(list, ns);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new NewsFactsGenerator().AsSourceGenerator() },
            texts,
            GeneratorHarness.ParseOptions(),
            optionsProvider);
        var compilation = GeneratorHarness.CreateCompilation(sources: sources);
        if (options is not null)
        {
            compilation = compilation.WithOptions(options);
        }

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var withAnalyzers = output.WithAnalyzers(Analyzers, new AnalyzerOptions(texts, optionsProvider));
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return new BuildResult(output, generatorDiagnostics, analyzerDiagnostics, output.GetDiagnostics());
    }
}
