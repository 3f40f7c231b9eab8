using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using NewsFacts.Benchmarks.Corpus;
using NewsFacts.Extraction;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Extraction alone, one article after another on one thread, over corpora of 10 to 10,000 articles:
/// MB/s (of UTF-8 text), time per article (flat when the cost is linear), allocations per MB.
/// </summary>
[BenchmarkCategory(Categories.Extraction)]
public class ExtractionBenchmarks
{
    private CorpusArticle[] _articles = [];

    [Params(10, 100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = BenchCorpus.Get(Articles).ToArray();

    [Benchmark]
    public int Extract()
    {
        var facts = 0;
        foreach (var article in _articles)
        {
            var result = ArticleExtractor.Extract(article.Path, article.Text, CancellationToken.None);
            facts += result.Quotes.Count + result.People.Count + result.Organizations.Count;
        }

        return facts;
    }
}
