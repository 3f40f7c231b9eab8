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
/// (<see cref="FactsInvariants"/>). At least 10,000 cases in CI; <c>NEWSFACTS_PROPERTY_SCALE</c>
/// multiplies the counts for a longer run, <c>CsCheck_Seed</c> replays a failing seed.
/// </summary>
public sealed class ExtractorPropertyTests
{
    /// <summary>The number of extractor cases in CI.</summary>
    public const int Cases = 10_000;

    private readonly ITestOutputHelper _output;

    public ExtractorPropertyTests(ITestOutputHelper output) => _output = output;

    /// <summary>The counts multiplied by NEWSFACTS_PROPERTY_SCALE (1 when unset).</summary>
    public static int Scaled(int count)
    {
        var value = Environment.GetEnvironmentVariable("NEWSFACTS_PROPERTY_SCALE");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale) && scale > 1 ? checked(count * scale) : count;
    }

    [Fact]
    public void Extractor_NeverThrows_IsDeterministic_AndQuotesAreTheArticlesWords()
    {
        var count = 0;
        var characters = 0L;
        var largest = 0;
        var cost = Cost.Start();
        ArticleGenerators.Article.Sample(
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
            iter: Scaled(Cases),
            print: ArticleGenerators.Describe);

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
        ArticleGenerators.SmallArticle.Sample(
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
            iter: Scaled(1_000),
            print: ArticleGenerators.Describe);
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
