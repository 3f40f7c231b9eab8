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
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>An additional file in memory, as the compiler gives one (its text read once).</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The options MSBuild gives: NewsFactsArticle="true" on every article, no global properties.</summary>
public sealed class ArticleOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Article = new(new Dictionary<string, string>
    {
        [ArticleInput.ArticleMetadataKey] = "true",
        [ArticleInput.TitleMetadataKey] = string.Empty,
    });

    private static readonly Options None = new(new Dictionary<string, string>());

    private static readonly Options Global = new(new Dictionary<string, string>
    {
        ["build_property.NewsFactsNamespace"] = string.Empty,
        ["build_property.NewsFactsVisibility"] = string.Empty,
    });

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".txt", StringComparison.Ordinal) ? Article : None;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Drivers and compilations as the compiler makes them for a consumer of the generator.</summary>
public static class GeneratorSetup
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>The consumer's own code: a few files, one of which the "unrelated edit" changes.</summary>
    public static readonly string[] ConsumerSources =
    {
        "namespace Consumer\n{\n    /// <summary>A type of the consumer.</summary>\n    public static class Existing\n    {\n        /// <summary>A value.</summary>\n        public const int Value = 1;\n    }\n}\n",
        "namespace Consumer\n{\n    internal static class Program\n    {\n        private static int Main() => Existing.Value + Unrelated.Value;\n    }\n}\n",
        UnrelatedSource(2),
    };

    /// <summary>The consumer's file that the "unrelated .cs edit" changes.</summary>
    public static string UnrelatedSource(int value) =>
        "namespace Consumer\n{\n    internal static class Unrelated\n    {\n        internal const int Value = " + value + ";\n    }\n}\n";

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree>? extra = null, bool withConsumerSources = true)
    {
        var trees = withConsumerSources
            ? ConsumerSources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, "Consumer" + i + ".cs")).ToList()
            : new List<SyntaxTree>();
        if (extra is not null)
        {
            trees.AddRange(extra);
        }

        return CSharpCompilation.Create(
            "Consumer",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true));
    }

    /// <summary>The compilation with the consumer's unrelated file edited (a new syntax tree, same path).</summary>
    public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation, int value)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == "Consumer2.cs");
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(UnrelatedSource(value), ParseOptions, "Consumer2.cs"));
    }

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<CorpusArticle> articles) =>
        articles.Select(a => (AdditionalText)new MemoryAdditionalText(a.Path, a.Text)).ToImmutableArray();

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            texts,
            ParseOptions,
            new ArticleOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the driver as the compiler does (the generated trees added to the compilation).</summary>
    public static GeneratorDriver Run(GeneratorDriver driver, Compilation compilation, out Compilation output)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                throw new InvalidOperationException("The generator failed: " + diagnostic);
            }
        }

        return driver;
    }

    /// <summary>The generated sources of a run, by hint name.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The repository root (the folder of Generators.sln) above the program, or the current folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
