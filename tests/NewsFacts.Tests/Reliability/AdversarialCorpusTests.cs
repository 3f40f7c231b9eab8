using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Diagnostics;
using NewsFacts.Extraction;
using NewsFacts.Model;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// The checked-in adversarial corpus (<c>Reliability/Adversarial/</c>), one test per file. Every
/// case: the generator runs without an exception or internal error, the generated code compiles
/// with no diagnostic, the extractor's invariants hold on the decoded text, every value of the
/// loaded API is the merged model's, and the per-article diagnostics can be reported at their
/// place. Then the case's own expectations (<see cref="AdversarialCases"/>): the diagnostics a
/// reader needs and the facts that must still come out.
/// </summary>
public sealed class AdversarialCorpusTests
{
    public static string CorpusDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Adversarial");

    public static IEnumerable<object[]> Files() =>
        AdversarialCases.All.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => new object[] { k });

    /// <summary>The additional file of a corpus file, as the compiler (or, for *.u.txt, an editor) gives it.</summary>
    public static AdditionalText Open(string file, string path)
    {
        var full = Path.Combine(CorpusDirectory(), file);
        return file.EndsWith(".u.txt", StringComparison.Ordinal)
            ? new InMemoryAdditionalText(path, UnescapeUtf16(File.ReadAllText(full, Encoding.UTF8)))
            : new EncodedAdditionalText(path, File.ReadAllBytes(full));
    }

    /// <summary>Replaces each \uXXXX by its UTF-16 code unit (lone surrogates included), nothing else.</summary>
    public static string UnescapeUtf16(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 5;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    [Fact]
    public void EveryFile_HasItsExpectations_AndEveryExpectation_ItsFile()
    {
        var files = Directory.GetFiles(CorpusDirectory(), "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(AdversarialCases.All.Keys.OrderBy(k => k, StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Case_CompilesClean_ReportsItsProblems_AndKeepsTheOtherFacts(string file)
    {
        var expectation = AdversarialCases.All[file];
        var paths = Enumerable.Range(0, expectation.Copies)
            .Select(i => i == 0 ? "/articles/" + file : "/articles/copy" + i.ToString(CultureInfo.InvariantCulture) + "/" + file.Replace(".txt", "-copy.txt", StringComparison.Ordinal))
            .ToList();
        var outcome = CorpusRun.Run(paths.Select(p => Open(file, p)).ToList());
        outcome.AssertAll(file);

        // The case's own diagnostics and facts.
        var ids = outcome.AllDiagnosticIds();
        foreach (var id in expectation.Diagnostics)
        {
            Assert.True(ids.Contains(id), file + ": " + id + " is not reported; reported: " + string.Join(", ", ids));
        }

        var api = outcome.Api;
        foreach (var quote in expectation.Quotes)
        {
            Assert.True(api.Quotes.Any(q => q.Text.Contains(quote, StringComparison.Ordinal)), file + ": no quote holds " + ArticleGenerators.Describe(quote) + "; quotes: " + string.Join(" | ", api.Quotes.Select(q => ArticleGenerators.Describe(q.Text))));
        }

        foreach (var person in expectation.People)
        {
            Assert.True(api.People.Any(p => p.Name == person), file + ": " + person + " is not among the people: " + string.Join(", ", api.People.Select(p => p.Name)));
        }

        foreach (var country in expectation.Countries)
        {
            Assert.True(api.Countries.Any(c => c.Name == country), file + ": " + country + " is not among the countries");
        }

        foreach (var organization in expectation.Organizations)
        {
            Assert.True(api.Organizations.Any(o => o.Acronym == organization || o.Name == organization), file + ": " + organization + " is not among the organisations");
        }

        if (expectation.Title is not null)
        {
            Assert.Equal(expectation.Title, api.Articles.Single().Title);
        }
    }

    [Fact]
    public void LineEndings_Encodings_AndByteOrderMarks_GiveTheSameFacts()
    {
        var reference = Facts("line-endings-lf.txt");
        foreach (var file in new[] { "line-endings-crlf.txt", "line-endings-cr.txt", "line-endings-mixed.txt" })
        {
            Assert.Equal(Normalize(reference), Normalize(Facts(file)));
        }

        var utf8 = Facts("encoding-utf8-no-bom.txt");
        foreach (var file in new[] { "encoding-utf8-bom.txt", "encoding-utf16le-bom.txt", "encoding-utf16be-bom.txt" })
        {
            Assert.Equal(Normalize(utf8), Normalize(Facts(file)));
        }

        // Latin-1 bytes decode through the compiler's fallback code page: the same words, straight marks.
        Assert.Equal(utf8.People, Facts("encoding-latin1.txt").People);
    }

    private static ArticleFacts Facts(string file)
    {
        var text = Open(file, "/articles/same.txt").GetText()!.ToString();
        return ArticleExtractor.Extract("/articles/same.txt", text);
    }

    /// <summary>Facts without what depends on the bytes (the content hash).</summary>
    private static ArticleFacts Normalize(ArticleFacts facts) => facts with { ContentHash = string.Empty };
}

/// <summary>
/// One run of the generator over additional files, with everything every case is checked for:
/// <see cref="AssertAll"/>.
/// </summary>
public sealed class CorpusRun
{
    private CorpusRun(GeneratorRun run, IReadOnlyList<(string Path, string? Text, ArticleFacts Facts)> articles, ApiValues api)
    {
        Generator = run;
        Articles = articles;
        Api = api;
    }

    public GeneratorRun Generator { get; }

    /// <summary>Each article's decoded text and the facts the pipeline extracts from it (with its per-article diagnostics).</summary>
    public IReadOnlyList<(string Path, string? Text, ArticleFacts Facts)> Articles { get; }

    public ApiValues Api { get; }

    public static CorpusRun Run(IReadOnlyList<AdditionalText> texts)
    {
        var articles = texts.Select(t => new TestArticle(t.Path, null)).ToList();
        var options = GeneratorHarness.CreateOptionsProvider(articles);
        var driver = GeneratorHarness.CreateDriver(articles, texts);
        var run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());
        GeneratorChecks.AssertCleanRun(run, string.Join(", ", texts.Select(t => t.Path)));

        // The per-article step as the pipeline (and the IDE analyzer) runs it.
        var extracted = texts
            .Select(t => ArticleInput.TryCreate(t, options, CancellationToken.None)!)
            .Select(input => (input.Path, input.Text, NewsFactsGenerator.Extract(input, CancellationToken.None)))
            .ToList();
        return new CorpusRun(run, extracted, CompiledApi.Load(run.OutputCompilation));
    }

    /// <summary>The ids of the generator's diagnostics and of the articles' own.</summary>
    public HashSet<string> AllDiagnosticIds()
    {
        var ids = new HashSet<string>(Generator.GeneratorDiagnostics.Select(d => d.Id), StringComparer.Ordinal);
        ids.UnionWith(Articles.SelectMany(a => a.Facts.Diagnostics).Select(d => d.Id));
        return ids;
    }

    /// <summary>The checks of every case.</summary>
    public void AssertAll(string context)
    {
        foreach (var (path, text, facts) in Articles)
        {
            // No failure hidden in the article's diagnostics, positions inside the text, quotes its words.
            Assert.True(facts.Diagnostics.All(d => d.Id != DiagnosticDescriptors.InternalErrorId), context + ": " + path + " reports an internal error");
            if (text is not null)
            {
                var problem = FactsInvariants.Check(text, facts);
                Assert.True(problem is null, context + ": " + path + ": " + problem);
            }

            // Each per-article diagnostic becomes a compiler diagnostic in the article.
            foreach (var data in facts.Diagnostics)
            {
                var diagnostic = DiagnosticFactory.Create(data);
                Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
            }
        }

        // The loaded API holds the merged model's values, and the quotes are the extractor's, exactly.
        var model = NewsFactsGenerator.MergeAll(Articles.Select(a => a.Facts).ToImmutableArray(), CancellationToken.None);
        GeneratorChecks.AssertApiMatchesModel(Api, model, context);
        var expected = GeneratorChecks.ExpectedQuoteTexts(Articles.Where(a => a.Text is not null).Select(a => (a.Path, a.Text!)));
        Assert.Equal(expected, Api.Quotes.Select(q => q.Text).OrderBy(t => t, StringComparer.Ordinal).ToList());
    }
}
