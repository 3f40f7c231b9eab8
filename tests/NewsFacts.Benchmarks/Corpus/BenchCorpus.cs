using System.Collections.Concurrent;
using System.Collections.Generic;

namespace NewsFacts.Benchmarks.Corpus;

/// <summary>The corpora of the benchmarks, built once per process and size.</summary>
public static class BenchCorpus
{
    private static readonly object Gate = new();
    private static readonly ConcurrentDictionary<int, IReadOnlyList<CorpusArticle>> Corpora = new();
    private static readonly ConcurrentDictionary<int, long> Sizes = new();
    private static IReadOnlyList<SeedArticle>? _seeds;

    public static IReadOnlyList<SeedArticle> Seeds
    {
        get
        {
            lock (Gate)
            {
                return _seeds ??= CorpusBuilder.LoadSeeds();
            }
        }
    }

    /// <summary>The first <paramref name="count"/> articles.</summary>
    public static IReadOnlyList<CorpusArticle> Get(int count) => Corpora.GetOrAdd(count, n => CorpusBuilder.Build(n, Seeds));

    /// <summary>The size of the first <paramref name="count"/> articles in UTF-8 bytes.</summary>
    public static long Bytes(int count) => Sizes.GetOrAdd(count, n => CorpusBuilder.Utf8Bytes(Get(n)));
}
