using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The consumer's compile (parse, bind, emit to memory) of its own code alone, with the pass-through
/// generator's output for 1,000 articles, and with NewsFacts' output for the same articles. The
/// generated sources are made once beforehand: this is the cost they add to every compile after.
/// </summary>
[BenchmarkCategory(Categories.ConsumerCompile)]
public class ConsumerCompileBenchmarks
{
    private IReadOnlyList<(string HintName, string Text)> _passThrough = [];
    private IReadOnlyList<(string HintName, string Text)> _newsFacts = [];

    [GlobalSetup]
    public void Setup()
    {
        _passThrough = ConsumerOutputs.PassThrough;
        _newsFacts = ConsumerOutputs.NewsFacts;
    }

    [Benchmark(Baseline = true)]
    public long EmptyProject() => ConsumerOutputs.Compile([]);

    [Benchmark]
    public long PassThroughOutput() => ConsumerOutputs.Compile(_passThrough);

    [Benchmark]
    public long NewsFactsOutput() => ConsumerOutputs.Compile(_newsFacts);
}

/// <summary>The generated sources compiled by <see cref="ConsumerCompileBenchmarks"/>, made once per process.</summary>
public static class ConsumerOutputs
{
    private static readonly Lazy<IReadOnlyList<(string, string)>> LazyPassThrough = new(() => Generate(new PassThroughGenerator()));
    private static readonly Lazy<IReadOnlyList<(string, string)>> LazyNewsFacts = new(() => Generate(new NewsFactsGenerator()));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> AssemblySizes = new();

    public static IReadOnlyList<(string HintName, string Text)> PassThrough => LazyPassThrough.Value;

    public static IReadOnlyList<(string HintName, string Text)> NewsFacts => LazyNewsFacts.Value;

    /// <summary>The sources compiled by a benchmark method, by its name.</summary>
    public static IReadOnlyList<(string HintName, string Text)> For(string benchmark) => benchmark switch
    {
        nameof(ConsumerCompileBenchmarks.PassThroughOutput) => PassThrough,
        nameof(ConsumerCompileBenchmarks.NewsFactsOutput) => NewsFacts,
        _ => [],
    };

    /// <summary>The size of the consumer's assembly compiled by a benchmark method (compiled once).</summary>
    public static long AssemblyBytes(string benchmark) => AssemblySizes.GetOrAdd(benchmark, name => Compile(For(name)));

    /// <summary>The UTF-8 size of the generated sources.</summary>
    public static long SourceBytes(IReadOnlyList<(string HintName, string Text)> sources) =>
        sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text));

    /// <summary>Compiles the consumer's code with the sources and returns the size of the emitted assembly.</summary>
    public static long Compile(IReadOnlyList<(string HintName, string Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorSetup.ParseOptions, s.HintName, Encoding.UTF8));
        var compilation = GeneratorSetup.CreateCompilation(trees);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The consumer does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return stream.Length;
    }

    private static IReadOnlyList<(string, string)> Generate(Microsoft.CodeAnalysis.IIncrementalGenerator generator)
    {
        var texts = GeneratorSetup.Texts(BenchCorpus.Get(Categories.GeneratorArticles));
        var driver = GeneratorSetup.Run(GeneratorSetup.CreateDriver(generator, texts), GeneratorSetup.CreateCompilation(), out _);
        return GeneratorSetup.Sources(driver);
    }
}
