using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NewsFacts.Extraction;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Extraction is honest about cancellation: the IDE cancels a generator run on every keystroke, and a
/// long article must not hold it up. A cancelled token makes <see cref="ArticleExtractor.Extract"/>
/// throw <see cref="OperationCanceledException"/> (never swallowed into an empty or partial result).
/// </summary>
public sealed class CancellationTests
{
    /// <summary>A long article: the development corpus one after another, about 1 MB per copy of the corpus.</summary>
    private static string LongText(int copies)
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < copies; i++)
        {
            foreach (var article in corpus)
            {
                builder.Append(article).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void CancelledToken_OnALongText_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var text = LongText(2);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("/articles/long.txt", text, source.Token));
    }

    [Fact]
    public void CancelledToken_OnAShortArticle_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var text = LongText(1).Substring(0, 2000);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("/articles/short.txt", text, source.Token));
    }

    [Fact]
    public async Task CancellingWhileExtracting_ALongText_StopsWithOperationCanceled()
    {
        // Some 25 MB of text: far longer to extract than the moment before the token is cancelled, so
        // the extraction can only end by noticing the token inside its loops (no timing is asserted).
        var text = LongText(250);
        using var source = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var extraction = Task.Run(() =>
        {
            started.Set();
            return ArticleExtractor.Extract("/articles/very-long.txt", text, source.Token);
        });
        started.Wait();
        await Task.Delay(50);
        source.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction);
    }

    [Fact]
    public void GeneratorExtract_LetsCancellationThrough()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var input = new ArticleInput("/articles/long.txt", null, LongText(1));
        Assert.ThrowsAny<OperationCanceledException>(() => NewsFactsGenerator.Extract(input, source.Token));
    }
}
