using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CsCheck;
using NewsFacts.Extraction;
using NewsFacts.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// The whole generator over batches of generated articles, each article its own additional file:
/// no exception (CS8785) and no internal error (NF0099); the generated code compiles with no
/// diagnostic under warnings-as-errors and nullable; every value of the API, loaded from the emitted
/// assembly, is the extractor's (quotes exactly); the output is byte-identical whatever the order of
/// the files. 25 compilations of 20 articles in CI (500 articles).
/// </summary>
public sealed class GeneratorPropertyTests
{
    public const int Compilations = 25;

    public const int ArticlesPerCompilation = 20;

    private static readonly string[] OddFileNames =
    {
        "class", "All", "Articles", "2024 report", "Équipe", "a b", "a-b", "_", "null", "Quotes", "People", "Equals",
        "ToString", "\u202Eevil", "名前", "x\u0000y", "\"quoted\"", "a;b#c", "Ünïcödé", "CON", "a", "A",
    };

    /// <summary>A file name (without extension): plain, hostile, or random.</summary>
    private static readonly Gen<string> FileName = Gen.Frequency(
        (6, Gen.String[Gen.Char['a', 'z'], 1, 12]),
        (2, Gen.OneOf(OddFileNames)),
        (1, Gen.String[ArticleGenerators.AnyChar, 1, 8].Select(s => new string(s.Where(c => c != '/' && c != '\\').ToArray()))));

    /// <summary>20 articles; now and then one repeats another's text (NF0008) or its file name in another folder.</summary>
    private static readonly Gen<(string Path, string Text)[]> Batch = Gen.Select(
        Gen.Select(FileName, ArticleGenerators.SmallArticle).Array[ArticlesPerCompilation],
        Gen.Int[0, 3 * ArticlesPerCompilation],
        (articles, copy) =>
        {
            var result = articles.Select((a, i) => ("/articles/" + i.ToString("00", CultureInfo.InvariantCulture) + "/" + a.Item1 + ".txt", a.Item2)).ToArray();
            if (copy + 1 < result.Length)
            {
                result[copy + 1].Item2 = result[copy].Item2;
            }

            return result;
        });

    private readonly ITestOutputHelper _output;

    public GeneratorPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void GeneratedCode_CompilesClean_RoundTrips_AndIgnoresFileOrder()
    {
        var compilations = 0;
        var articles = 0;
        var quotes = 0;
        var cost = Cost.Start();
        PropertyRun.ForAll(
            Batch,
            ExtractorPropertyTests.Scaled(Compilations),
            batch =>
            {
                var test = batch.Select(a => new TestArticle(a.Path, a.Text)).ToArray();
                var run = GeneratorHarness.Run(test);
                GeneratorChecks.AssertCleanRun(run, "batch");

                // Another order of the additional files: the same bytes, the same diagnostics.
                var reordered = GeneratorHarness.Run(Enumerable.Reverse(test.Skip(7).Concat(test.Take(7))).ToArray());
                Assert.Equal(run.AllSources, reordered.AllSources);
                Assert.Equal(GeneratorChecks.DiagnosticLines(run), GeneratorChecks.DiagnosticLines(reordered));

                // The values of the loaded API are the extractor's.
                var api = CompiledApi.Load(run.OutputCompilation);
                var expectedTexts = GeneratorChecks.ExpectedQuoteTexts(batch);
                var actualTexts = api.Quotes.Select(q => q.Text).OrderBy(t => t, StringComparer.Ordinal).ToList();
                Assert.True(expectedTexts.SequenceEqual(actualTexts), "the quote texts of the loaded API are not the extractor's: " + Difference(expectedTexts, actualTexts));
                var facts = batch.Select(a => NewsFactsGenerator.Extract(new ArticleInput(a.Path, null, a.Text), CancellationToken.None)).ToImmutableArray();
                GeneratorChecks.AssertApiMatchesModel(api, NewsFactsGenerator.MergeAll(facts, CancellationToken.None), "batch");

                Interlocked.Increment(ref compilations);
                Interlocked.Add(ref articles, batch.Length);
                Interlocked.Add(ref quotes, api.Quotes.Count);
            },
            batch => string.Join("\n", batch.Select(a => a.Path + ": " + ArticleGenerators.Describe(a.Text))));

        _output.WriteLine(compilations + " compilations, " + articles + " articles, " + quotes + " quotes round-tripped in " + cost);
        Assert.True(articles >= ExtractorPropertyTests.Scaled(Compilations * ArticlesPerCompilation));
    }

    private static string Difference(System.Collections.Generic.List<string> expected, System.Collections.Generic.List<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(3).Select(ArticleGenerators.Describe);
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(3).Select(ArticleGenerators.Describe);
        return expected.Count + " expected, " + actual.Count + " loaded; missing " + string.Join(", ", missing) + "; extra " + string.Join(", ", extra);
    }
}
