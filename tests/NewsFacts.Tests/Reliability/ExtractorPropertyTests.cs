using System;
using System.Globalization;
using System.Threading;
using CsCheck;
using NewsFacts.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// The extractor's invariants over generated articles (see <see cref="ArticleGenerators"/>): it never
/// throws, it is deterministic, and every quote is the article's own text at its opening mark
/// (<see cref="FactsInvariants"/>). At least 10,000 cases in CI, the same on every run; see
/// <see cref="PropertyRun"/> for longer runs, random exploration and replaying a seed.
/// </summary>
public sealed class ExtractorPropertyTests
{
    /// <summary>The number of extractor cases in CI.</summary>
    public const int Cases = 10_000;

    private readonly ITestOutputHelper _output;

    public ExtractorPropertyTests(ITestOutputHelper output) => _output = output;

    /// <summary>The counts multiplied by NEWSFACTS_PROPERTY_SCALE (1 when unset).</summary>
    public static int Scaled(int count) => PropertyRun.Scaled(count);

    [Fact]
    public void Extractor_NeverThrows_IsDeterministic_AndQuotesAreTheArticlesWords()
    {
        var count = 0;
        var characters = 0L;
        var largest = 0;
        var cost = Cost.Start();
        PropertyRun.ForAll(
            ArticleGenerators.Article,
            Scaled(Cases),
            text =>
            {
                var first = ArticleExtractor.Extract("/articles/case.txt", text, CancellationToken.None);
                var second = ArticleExtractor.Extract("/articles/case.txt", text, CancellationToken.None);
                if (!first.Equals(second))
                {
                    throw new Exception("two extractions of the same text differ");
                }

                var problem = FactsInvariants.Check(text, first);
                if (problem is not null)
                {
                    throw new Exception(problem);
                }

                Interlocked.Increment(ref count);
                Interlocked.Add(ref characters, text.Length);
                InterlockedMax(ref largest, text.Length);
            },
            ArticleGenerators.Describe);

        _output.WriteLine(count + " articles (" + characters + " chars, largest " + largest + ") in " + cost);
        Assert.True(count >= Scaled(Cases), count + " cases ran");
    }

    [Fact]
    public void Extractor_OnlyStopsForCancellation()
    {
        // A cancelled token: either the facts (an empty or binary article needs no loop) or
        // OperationCanceledException, never another exception.
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var count = 0;
        PropertyRun.ForAll(
            ArticleGenerators.SmallArticle,
            Scaled(1_000),
            text =>
            {
                try
                {
                    ArticleExtractor.Extract("/articles/case.txt", text, cancelled.Token);
                }
                catch (OperationCanceledException)
                {
                }

                Interlocked.Increment(ref count);
            },
            ArticleGenerators.Describe);
        Assert.True(count >= Scaled(1_000));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
