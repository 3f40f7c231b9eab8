using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using NewsFacts.Extraction;
using NewsFacts.Extraction.Lexicon;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// The tokenizer's per-thread word pool (Text/WordPool.cs) shares token texts and word classes between
/// articles. It is a cache: what it holds must never change what is extracted.
/// </summary>
public sealed class WordPoolTests
{
    private static string CorpusArticle(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), prefix + "*.txt").Single());

    [Fact]
    public void Extraction_IsTheSame_WithAFreshPool_AWarmPool_AndAPoolThatStartedAgain()
    {
        var article = CorpusArticle("001_");
        var onFreshThread = OnNewThread(() => ArticleExtractor.Extract("/a/001.txt", article));

        // Warm: the same thread has read other articles first.
        var warm = OnNewThread(() =>
        {
            foreach (var other in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Take(10))
            {
                ArticleExtractor.Extract(other, File.ReadAllText(other));
            }

            return ArticleExtractor.Extract("/a/001.txt", article);
        });

        // Nearly full: the pool starts again in the middle of the article.
        var maxCount = (int)typeof(ArticleExtractor).Assembly.GetType("NewsFacts.Extraction.Text.WordPool", throwOnError: true)!
            .GetField("MaxCount", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var filler = string.Join(" ", Enumerable.Range(0, maxCount - 60).Select(i => "zq" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        var afterReset = OnNewThread(() =>
        {
            ArticleExtractor.Extract("/a/filler.txt", filler);
            return ArticleExtractor.Extract("/a/001.txt", article);
        });

        Assert.Equal(onFreshThread, warm);
        Assert.Equal(onFreshThread, afterReset);
    }

    [Fact]
    public void WordClasses_FitInTheSixteenBitsATokenKeeps()
    {
        var all = Enum.GetValues(typeof(WordClass)).Cast<WordClass>().Aggregate(WordClass.None, (a, b) => a | b);
        Assert.True((long)all < 1 << 16, "WordClass has a flag above bit 15: Token.Class keeps 16 bits");
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }, 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw new InvalidOperationException("extraction failed on its thread", error);
        }

        return result;
    }
}
