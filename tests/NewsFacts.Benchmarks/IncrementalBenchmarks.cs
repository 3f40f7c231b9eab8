using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The runs after a first one over 1,000 articles, as the IDE and an incremental build make them:
/// each starts from the driver the first run returned (drivers are immutable, so every operation
/// measures the same step) and is compared with a full run.
/// </summary>
[BenchmarkCategory(Categories.Incremental)]
public class IncrementalBenchmarks
{
    /// <summary>The article edited (in the middle of the corpus).</summary>
    public const int EditedIndex = Categories.GeneratorArticles / 2;

    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchCorpus.Get(Categories.GeneratorArticles);
        _texts = GeneratorSetup.Texts(corpus);
        _compilation = GeneratorSetup.CreateCompilation();
        _warm = GeneratorSetup.Run(GeneratorSetup.CreateDriver(new NewsFactsGenerator(), _texts), _compilation, out _);
        var edited = CorpusBuilder.Edited(corpus[EditedIndex]);
        _edited = new MemoryAdditionalText(edited.Path, edited.Text);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() =>
        GeneratorSetup.Run(GeneratorSetup.CreateDriver(new NewsFactsGenerator(), _texts), _compilation, out _);

    [Benchmark]
    public GeneratorDriver OneArticleEdited() =>
        GeneratorSetup.Run(_warm.ReplaceAdditionalText(_texts[EditedIndex], _edited), _compilation, out _);

    [Benchmark]
    public GeneratorDriver UnrelatedCsEdited() =>
        GeneratorSetup.Run(_warm, GeneratorSetup.WithUnrelatedEdit(_compilation, 3 + (_edit++ % 1000)), out _);

    [Benchmark]
    public GeneratorDriver NothingChanged() =>
        GeneratorSetup.Run(_warm, _compilation, out _);
}
