using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Extraction;
using NewsFacts.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// Big and pathological articles: the generator still gives code that compiles (big cases made at
/// test time, not committed, with a hang guard only), a cancelled token stops extraction and the
/// generator with OperationCanceledException (never an internal error), and the product holds no
/// regular expression that could backtrack without limit. The cost ratios and the cancellation
/// from another thread are in <see cref="LinearTimeTests"/>.
/// </summary>
public sealed class LimitsTests
{
    /// <summary>A hang guard only: a big case taking longer is broken, whatever the machine.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private readonly ITestOutputHelper _output;

    public LimitsTests(ITestOutputHelper output) => _output = output;

    /// <summary>Capitalised pseudo-words, the same on every run.</summary>
    private static string Word(int i)
    {
        var random = new Random(i);
        var letters = new char[3 + random.Next(7)];
        letters[0] = (char)('A' + random.Next(26));
        for (var k = 1; k < letters.Length; k++)
        {
            letters[k] = (char)('a' + random.Next(26));
        }

        return new string(letters);
    }

    private static string Repeat(int count, Func<int, string> part)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(part(i));
        }

        return builder.ToString();
    }

    /// <summary>The big articles of the corpus, made at test time.</summary>
    public static string BigArticle(string name) => name switch
    {
        // 5 MB in one line: people, places and states, no line break at all.
        "single-line-5mb" => Shape("one-line-of-sentences", 100_000).Substring(0, 5 * 1024 * 1024),

        // 10,000 attributed quotations, each its own paragraph.
        "quotes-10000" => "Ten thousand quotations\n\n" + Repeat(10_000, i => "\u201CPoint " + i.ToString(CultureInfo.InvariantCulture) + " stands,\u201D said Foreign Minister Arvid Kellström.\n\n"),

        // 10,000 times the same scare-quoted term: 10,000 numbered names.
        "terms-10000" => "Ten thousand terms\n\n" + Repeat(10_000, _ => "Critics dismissed the so-called \u201Creset\u201D.\n\n"),

        // A paragraph of 100,000 capitalised words.
        "capitalised-words-100000" => "A paragraph of capitalised words\n\n" + string.Join(" ", Enumerable.Range(0, 100_000).Select(Word)) + ".\n",

        // Quotation marks nested 2,000 deep, alternating double and single, then closed.
        "nested-marks-2000" => "Deep\n\n" + Repeat(2_000, i => i % 2 == 0 ? "\u201Ca " : "\u2018b ") + "x" + Repeat(2_000, i => i % 2 == 0 ? "\u2019 c" : "\u201D d") + ".\n",

        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("single-line-5mb")]
    [InlineData("quotes-10000")]
    [InlineData("terms-10000")]
    [InlineData("capitalised-words-100000")]
    [InlineData("nested-marks-2000")]
    public void BigArticle_CompilesClean_AndRoundTrips(string name)
    {
        var text = BigArticle(name);
        var cost = Cost.Start();
        var watch = Stopwatch.StartNew();
        var outcome = CorpusRun.Run(new AdditionalText[] { new InMemoryAdditionalText("/articles/" + name + ".txt", text) });
        outcome.AssertAll(name);
        _output.WriteLine(name + ": " + text.Length + " chars, " + outcome.Api.Quotes.Count + " quotes, " + outcome.Api.People.Count + " people, in " + cost);
        Assert.True(watch.Elapsed < Guard, name + " took " + watch.Elapsed);
        if (name == "quotes-10000" || name == "terms-10000")
        {
            Assert.Equal(10_000, outcome.Api.Quotes.Count);
        }
    }

    /// <summary>A pathological shape of article at a size (n is the number of repeated parts).</summary>
    public static string Shape(string shape, int n) => shape switch
    {
        "capitalised-words" => "Title\n\n" + string.Join(" ", Enumerable.Range(0, n).Select(i => Word(i % 2_000))) + ".\n",
        "new-capitalised-words" => "Title\n\n" + string.Join(" ", Enumerable.Range(0, n).Select(i => Word(3_000_000 + i))) + ".\n",
        "lines" => Repeat(n, i => Word(i % 2_000) + "\n"),
        "one-line-of-sentences" => Repeat(n, _ => "Arvid Kellström met Mira Odenwald in Norway on Monday. "),
        "apostrophes" => "Title\n\n" + Repeat(n, _ => "'t 'n' rock'n'roll ") + "\n",
        "acronym-dots" => "Title\n\n" + Repeat(n, _ => "U.S.A. ") + "\n",
        "closing-marks" => "Title\n\n" + Repeat(n, _ => "a\u201D ") + "\n",
        "opening-marks" => "Title\n\n" + Repeat(n, _ => " \u201Ca") + "\n",
        "nested-marks" => "Title\n\n" + Repeat(n, i => i % 2 == 0 ? "\u201Ca " : "\u2018b ") + "x" + Repeat(n, i => i % 2 == 0 ? "\u2019 c" : "\u201D d") + ".\n",
        "quotes-in-one-sentence" => "Title\n\n" + Repeat(n, _ => "the \u201Cyes\u201D and ") + "done.\n",
        "quote-over-paragraphs" => "Title\n\n" + Repeat(n, _ => "\u201Ca b c\n\n") + "\n",
        "single-and-double-quotes" => "Title\n\n" + Repeat(n, _ => "'We agree,' said Jan Novak. \"Yes\" and 'no'.\n\n"),
        "membership-sentences" => "Title\n\n" + Repeat(n, _ => "The bloc includes Norway and Finland. ") + "\n",
        "people-sharing-a-surname" => Repeat(n, i => Word(i) + " Osei met. "),
        "titled-people" => Repeat(n, i => "President " + Word(i) + " " + Word(i + 1_000_000) + " met. "),
        "quotes-attributed-by-surname" => "Title\n\n" + Repeat(n, i => "\u201CPoint " + i.ToString(CultureInfo.InvariantCulture) + ",\u201D Kellström said.\n\n"),
        "chain-of-states" => "Title\n\n" + Repeat(n, _ => "Norway and ") + "Finland.\n",
        "distinct-organisations" => "Title\n\n" + Repeat(n, i => "The " + Word(i) + " " + Word(i + 700_000) + " Forum (ZF" + i.ToString(CultureInfo.InvariantCulture) + ") admitted Norway. "),
        "organisations-with-boxes" => "Title\n\n" + Repeat(n, i => "THE " + Word(i % 20).ToUpperInvariant() + " FORUM IN BRIEF\n\nMembers: Norway, Finland and Sweden\n\nLeft: Iceland (1999)\n\nThe "
            + Word(i % 20) + " Forum brings together the members of the " + Word(500_000 + i % 20) + " Union and two other states, including Norway. The forum is not the movement. "
            + "Niger, like Mali and Chad, remains suspended from the union. Denmark belongs to neither bloc.\n\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [Fact]
    public void Extraction_CancelledBeforeItStarts_StopsAtOnce()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var texts = AdversarialCases.All.Keys
            .Select(file => AdversarialCorpusTests.Open(file, "/articles/" + file).GetText()?.ToString())
            .Where(text => text is not null && ArticleExtractor.Extract("/a.txt", text).Diagnostics.All(d => d.Id != "NF0006" && d.Id != "NF0007"))
            .Append(BigArticle("quotes-10000"))
            .ToList();
        Assert.True(texts.Count > 30);

        // Every article with something to read: OperationCanceledException, from the extractor and
        // from the generator's step (never an internal error NF0099 instead).
        foreach (var text in texts)
        {
            Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("/a.txt", text!, cancelled.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => NewsFactsGenerator.Extract(new ArticleInput("/a.txt", null, text), cancelled.Token));
        }
    }

    [Fact]
    public void Generator_CancelledBuild_ThrowsOperationCanceled_NotAnError()
    {
        var articles = new[] { new TestArticle("/articles/big.txt", BigArticle("single-line-5mb")), new TestArticle("/articles/small.txt", GeneratorTestsArticle) };
        var driver = GeneratorHarness.CreateDriver(articles);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _, cancelled.Token));

        using var later = new CancellationTokenSource();
        ThreadCpu.CancelFromAnotherThread(later, 20);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _, later.Token));

        // The same driver, not cancelled, still runs clean afterwards.
        GeneratorChecks.AssertCleanRun(GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation()), "after cancellation");
    }

    private const string GeneratorTestsArticle = "Leaders meet\n\n\u201CWe agree,\u201D Foreign Minister Arvid Kellström said.\n";

    [Fact]
    public void Product_HasNoRegexThatCanBacktrackWithoutLimit()
    {
        var source = Path.Combine(RepositoryRoot(), "src");
        var offending = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Regex", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(l => !l.Text.Contains("RegexOptions.NonBacktracking", StringComparison.Ordinal)
                && !l.Text.Contains("TimeSpan", StringComparison.Ordinal)
                && !l.Text.Contains("matchTimeout", StringComparison.Ordinal)
                && !l.Text.Contains("using System.Text.RegularExpressions", StringComparison.Ordinal))
            .Select(l => Path.GetRelativePath(source, l.File) + "(" + l.Line + "): " + l.Text.Trim())
            .ToList();
        Assert.True(offending.Count == 0, "a Regex without a timeout or RegexOptions.NonBacktracking:\n" + string.Join("\n", offending));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(here)!); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root");
    }
}
