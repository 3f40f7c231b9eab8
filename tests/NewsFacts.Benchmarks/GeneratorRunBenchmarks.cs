using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>
/// A full run (a new driver, as in a clean build) over 1,000 articles through
/// <see cref="CSharpGeneratorDriver"/>: NewsFacts against the pass-through baseline on the same inputs.
/// </summary>
[BenchmarkCategory(Categories.FullRun)]
public class GeneratorRunBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = GeneratorSetup.Texts(BenchCorpus.Get(Categories.GeneratorArticles));
        _compilation = GeneratorSetup.CreateCompilation();
    }

    [Benchmark(Baseline = true)]
    public Compilation PassThrough()
    {
        GeneratorSetup.Run(GeneratorSetup.CreateDriver(new PassThroughGenerator(), _texts), _compilation, out var output);
        return output;
    }

    [Benchmark]
    public Compilation NewsFacts()
    {
        GeneratorSetup.Run(GeneratorSetup.CreateDriver(new NewsFactsGenerator(), _texts), _compilation, out var output);
        return output;
    }
}
