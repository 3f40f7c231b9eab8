using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>An additional file held in memory (a null text stands for an unreadable file).</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Analyzer config options as MSBuild gives them: global <c>build_property.*</c> values, and per
/// additional file <c>build_metadata.AdditionalFiles.*</c> values (by path).
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestAnalyzerConfigOptions _global;
    private readonly IReadOnlyDictionary<string, TestAnalyzerConfigOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string> globalOptions,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> fileOptions)
    {
        _global = new TestAnalyzerConfigOptions(globalOptions);
        _byPath = fileOptions.ToDictionary(p => p.Key, p => new TestAnalyzerConfigOptions(p.Value), StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
}

public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly TestAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _values;

    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }
}

/// <summary>One article given to the harness: a path, its text, and whether it is a NewsArticle.</summary>
public sealed record TestArticle(string Path, string? Text, bool IsNewsArticle = true, string? Title = null)
{
    public InMemoryAdditionalText ToAdditionalText() => new(Path, Text);
}

/// <summary>The result of one run of the generator.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>All the generated sources, in hint-name order, concatenated with a header per file.</summary>
    public string AllSources => string.Concat(Result.GeneratedSources
        .OrderBy(s => s.HintName, StringComparer.Ordinal)
        .Select(s => "//----- " + s.HintName + "\n" + s.SourceText));

    /// <summary>The diagnostics of the output compilation (the consumer's code plus the generated code).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => OutputCompilation.GetDiagnostics();
}

/// <summary>
/// Runs <see cref="NewsFactsGenerator"/> the way the compiler does: a <see cref="CSharpCompilation"/>
/// over reference assemblies, a <see cref="CSharpGeneratorDriver"/> with additional texts and MSBuild
/// options, step tracking on.
/// </summary>
public static partial class GeneratorHarness
{
    public const string ConsumerSource = """
        namespace Consumer
        {
            /// <summary>A type of the consuming project.</summary>
            public static class Existing
            {
                /// <summary>A value.</summary>
                public const int Value = 1;
            }
        }
        """;

    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion = LanguageVersion.Latest) =>
        new(languageVersion, DocumentationMode.Diagnose);

    /// <summary>A compilation over .NET 10's reference assemblies (<see cref="DefaultReferences"/>), with warnings as errors and nullable on.</summary>
    public static CSharpCompilation CreateCompilation(
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IEnumerable<string>? sources = null,
        IEnumerable<MetadataReference>? references = null)
    {
        var parseOptions = ParseOptions(languageVersion);
        var trees = (sources ?? new[] { ConsumerSource })
            .Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, "Consumer" + i + ".cs"))
            .ToList();
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references ?? DefaultReferences,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));
    }

    /// <summary>Options as the generator's build/ props make them visible.</summary>
    public static TestAnalyzerConfigOptionsProvider CreateOptionsProvider(
        IEnumerable<TestArticle> articles,
        string? ns = null,
        string? visibility = null)
    {
        var global = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.NewsFactsNamespace"] = ns ?? string.Empty,
            ["build_property.NewsFactsVisibility"] = visibility ?? string.Empty,
        };
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.NewsFactsTitle"] = article.Title ?? string.Empty,
            };
            if (article.IsNewsArticle)
            {
                metadata["build_metadata.AdditionalFiles.NewsFactsArticle"] = "true";
            }

            perFile[article.Path] = metadata;
        }

        return new TestAnalyzerConfigOptionsProvider(global, perFile);
    }

    /// <summary>A driver for the given articles and options, tracking its steps.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<TestArticle> articles,
        string? ns = null,
        string? visibility = null,
        LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CreateDriver(articles, null, ns, visibility, languageVersion);

    /// <summary>A driver for the given articles, with the given additional texts (to replace them later).</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<TestArticle> articles,
        IEnumerable<AdditionalText>? texts,
        string? ns = null,
        string? visibility = null,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var list = articles.ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new NewsFactsGenerator().AsSourceGenerator() },
            texts ?? list.Select(a => (AdditionalText)a.ToAdditionalText()),
            ParseOptions(languageVersion),
            CreateOptionsProvider(list, ns, visibility),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs a driver over a compilation.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorRun(driver, result, output, diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray());
    }

    /// <summary>Creates a driver and a compilation, and runs once.</summary>
    public static GeneratorRun Run(
        IEnumerable<TestArticle> articles,
        string? ns = null,
        string? visibility = null,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var driver = CreateDriver(articles, ns, visibility, languageVersion);
        return Run(driver, CreateCompilation(languageVersion));
    }

    /// <summary>Reference assemblies copied to the test output (refs/netstandard2.0, refs/net472).</summary>
    public static IReadOnlyList<MetadataReference> ReferencesFromOutput(string folder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "refs", folder);
        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }

    /// <summary>Compiles sources alone (no generator) and returns the diagnostics.</summary>
    public static ImmutableArray<Diagnostic> Compile(
        IEnumerable<string> sources,
        LanguageVersion languageVersion,
        IEnumerable<MetadataReference>? references = null)
    {
        var compilation = CreateCompilation(languageVersion, sources.Prepend(ConsumerSource), references);
        return compilation.GetDiagnostics();
    }
}
