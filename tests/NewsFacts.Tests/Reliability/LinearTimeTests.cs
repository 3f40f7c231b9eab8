using System;
using System.Globalization;
using System.Threading;
using NewsFacts.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// Tests that measure CPU time run alone (after the parallel ones): in the same process other tests
/// allocate, and the garbage collections they cause are paid by whichever thread triggers them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}

/// <summary>
/// The extractor's cost grows linearly with pathological input (a cost ratio in thread CPU time,
/// best of three, with a bound four times the linear one; no wall-clock limit), and a cancellation
/// from another thread stops it promptly (in CPU spent, relative to a full extraction).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LinearTimeTests
{
    private readonly ITestOutputHelper _output;

    public LinearTimeTests(ITestOutputHelper output) => _output = output;

    private static string Shape(string shape, int n) => LimitsTests.Shape(shape, n);

    /// <summary>
    /// Empties this thread's table of words and their classes (Text.WordPool), so that a cost does not
    /// depend on what other tests put in it (a full table must not make every new word cost more: see
    /// <see cref="Extraction_StaysFast_AfterTheSharedCacheIsFull"/>). Best effort: nothing happens if
    /// the table is renamed or gone.
    /// </summary>
    private static void ClearSharedCaches()
    {
        var pool = typeof(ArticleExtractor).Assembly.GetType("NewsFacts.Extraction.Text.WordPool");
        var field = pool?.GetField("_current", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
        field?.SetValue(null, null);
    }

    [Fact]
    public void Extraction_StaysFast_AfterTheSharedCacheIsFull()
    {
        ClearSharedCaches();
        var article = Shape("one-line-of-sentences", 4_000) + Shape("acronym-dots", 20_000);
        ArticleExtractor.Extract("/a.txt", article);
        var before = ThreadCpu.Best(3, () => ArticleExtractor.Extract("/a.txt", article));

        // 120,000 new words (as one hostile article could hold), then a fresh article again.
        ClearSharedCaches();
        ArticleExtractor.Extract("/hostile.txt", Shape("new-capitalised-words", 120_000));
        var after = ThreadCpu.Best(3, () => ArticleExtractor.Extract("/a.txt", article));
        ClearSharedCaches();
        _output.WriteLine("before: " + before.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms, after: " + after.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms");
        Assert.True(after < 3 * before + TimeSpan.FromMilliseconds(10), "after the cache filled, the same article costs " + (after / before).ToString("0.0", CultureInfo.InvariantCulture) + " times as much");
    }

    /// <summary>
    /// Ten times the input may cost at most forty times the CPU (a linear extractor costs about ten
    /// times; a quadratic one a hundred). The smaller size is chosen so that it costs at least ten
    /// milliseconds (the floor below which timer noise would dominate).
    /// </summary>
    [Theory]
    [InlineData("capitalised-words", 10_000)]
    [InlineData("lines", 10_000)]
    [InlineData("one-line-of-sentences", 4_000)]
    [InlineData("apostrophes", 5_000)]
    [InlineData("acronym-dots", 20_000)]
    [InlineData("closing-marks", 40_000)]
    [InlineData("opening-marks", 10_000)]
    [InlineData("nested-marks", 2_500)]
    [InlineData("quotes-in-one-sentence", 10_000)]
    [InlineData("quote-over-paragraphs", 15_000)]
    [InlineData("single-and-double-quotes", 2_500)]
    [InlineData("membership-sentences", 500)]
    [InlineData("people-sharing-a-surname", 2_000)]
    [InlineData("titled-people", 2_000)]
    [InlineData("quotes-attributed-by-surname", 5_000)]
    [InlineData("chain-of-states", 25_000)]
    [InlineData("organisations-with-boxes", 200)]
    [InlineData("distinct-organisations", 200)]
    [InlineData("new-capitalised-words", 10_000)]
    public void Extraction_CostGrowsLinearly(string shape, int n)
    {
        var small = Shape(shape, n);
        var large = Shape(shape, 10 * n);
        ClearSharedCaches();
        ArticleExtractor.Extract("/a.txt", small);
        var smallCost = ThreadCpu.Best(3, () => ArticleExtractor.Extract("/a.txt", small));
        var largeCost = ThreadCpu.Best(3, () => ArticleExtractor.Extract("/a.txt", large));

        // A floor for the small cost: below it, timer resolution and noise dominate.
        var floor = TimeSpan.FromMilliseconds(10);
        var baseline = smallCost > floor ? smallCost : floor;
        _output.WriteLine(shape + ": " + small.Length + " chars " + smallCost.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms, "
            + large.Length + " chars " + largeCost.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms");
        Assert.True(
            largeCost < 40 * baseline,
            shape + ": 10 times the input cost " + (largeCost / baseline).ToString("0.0", CultureInfo.InvariantCulture) + " times the CPU ("
            + smallCost.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms for " + small.Length + " chars, "
            + largeCost.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms for " + large.Length + ")");
    }

    [Fact]
    public void Extraction_CancelledFromAnotherThread_StopsPromptly()
    {
        // An article that costs a few hundred milliseconds at least (doubled until it does).
        ClearSharedCaches();
        var text = Shape("membership-sentences", 2_000) + Shape("single-and-double-quotes", 500);
        var full = ThreadCpu.Measure(() => ArticleExtractor.Extract("/a.txt", text));
        while (full < TimeSpan.FromMilliseconds(300) && text.Length < 16 * 1024 * 1024)
        {
            text += text;
            full = ThreadCpu.Measure(() => ArticleExtractor.Extract("/a.txt", text));
        }

        // Cancelled by another thread after 1, 10 and 50 ms: every run ends in
        // OperationCanceledException, having spent well under half of a full extraction.
        foreach (var delay in new[] { 1, 10, 50 })
        {
            using var source = new CancellationTokenSource();
            ThreadCpu.CancelFromAnotherThread(source, delay);
            var spent = ThreadCpu.Measure(() => Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("/a.txt", text, source.Token)));
            _output.WriteLine("cancelled after " + delay + " ms: " + spent.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms of CPU, of " + full.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms for a full extraction");
            Assert.True(spent < full / 2, "cancelled after " + delay + " ms, extraction still spent " + spent.TotalMilliseconds + " ms of " + full.TotalMilliseconds);
        }
    }

}
