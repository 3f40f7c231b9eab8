using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Extraction;
using NewsFacts.Model;
using NewsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsFacts.Tests.Reliability;

/// <summary>What every run of the generator must give, whatever the articles.</summary>
public static class GeneratorChecks
{
    /// <summary>The six files every run generates (the others: one per organisation, article with quotations, initial of people).</summary>
    public static readonly string[] IndexFiles =
    {
        "NewsFacts.Types.g.cs", "NewsFacts.Organizations.g.cs", "NewsFacts.Countries.g.cs",
        "NewsFacts.People.g.cs", "NewsFacts.Quotes.g.cs", "NewsFacts.Articles.g.cs",
    };

    /// <summary>
    /// The generator ran without an exception (no CS8785), reported no internal error (NF0099), gave
    /// its six index files (and hint names unique ignoring case), and the consumer's compilation with them has no diagnostic at all (warnings are
    /// errors, nullable is on, documentation comments are checked).
    /// </summary>
    public static void AssertCleanRun(GeneratorRun run, string context)
    {
        Assert.True(run.Result.Exception is null, context + ": the generator threw " + run.Result.Exception);
        var internalErrors = run.GeneratorDiagnostics.Where(d => d.Id == "NF0099" || d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
        Assert.True(internalErrors.Count == 0, context + ":\n" + string.Join("\n", internalErrors));
        var hintNames = run.Result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Subset(new HashSet<string>(hintNames, StringComparer.Ordinal), new HashSet<string>(IndexFiles, StringComparer.Ordinal));
        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var shown = run.CompilationDiagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(shown.Count == 0, context + ": the generated code does not compile clean:\n" + string.Join("\n", shown.Take(20)));
    }

    /// <summary>The diagnostics of a run as text, in a fixed order (to compare two runs).</summary>
    public static string[] DiagnosticLines(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The quote texts the extractor gives for the articles, as the merge keeps them: articles in path
    /// order, an article with the same content as an earlier one counted once.
    /// </summary>
    public static List<string> ExpectedQuoteTexts(IEnumerable<(string Path, string Text)> articles)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var (path, text) in articles.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            var facts = ArticleExtractor.Extract(path, text);
            if (!string.IsNullOrEmpty(facts.ContentHash) && !hashes.Add(facts.ContentHash))
            {
                continue;
            }

            texts.AddRange(facts.Quotes.Select(q => q.Text));
        }

        texts.Sort(StringComparer.Ordinal);
        return texts;
    }

    /// <summary>The values the generated API must hold for a merged model.</summary>
    public static void AssertApiMatchesModel(ApiValues api, FactsModel model, string context)
    {
        // Quotes.All is in file, line and column order; ties (two articles of the same file name) in any order.
        var expectedQuotes = model.Quotes
            .Select(q => new ApiQuote(q.Text, q.Speaker, q.Addressee, q.Kind.ToString(), q.Evidence.File, q.Evidence.Line, q.Evidence.Column))
            .OrderBy(q => q.File, StringComparer.Ordinal).ThenBy(q => q.Line).ThenBy(q => q.Column).ThenBy(q => q.ToString(), StringComparer.Ordinal)
            .ToList();
        var actualQuotes = api.Quotes
            .OrderBy(q => q.File, StringComparer.Ordinal).ThenBy(q => q.Line).ThenBy(q => q.Column).ThenBy(q => q.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.True(expectedQuotes.SequenceEqual(actualQuotes), context + ": Quotes.All differs from the merged quotes");
        Assert.True(
            api.Quotes.Select(q => (q.File, q.Line, q.Column)).SequenceEqual(actualQuotes.Select(q => (q.File, q.Line, q.Column))),
            context + ": Quotes.All is not in file, line and column order");
        Assert.Equal(
            model.People.Select(p => (p.Name, p.Title, p.Country)).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Country, StringComparer.Ordinal),
            api.People);
        Assert.Equal(
            model.Articles.Select(a => (a.File, a.Title)).OrderBy(a => a.File, StringComparer.Ordinal).ThenBy(a => a.Title ?? string.Empty, StringComparer.Ordinal),
            api.Articles);
        Assert.Equal(model.Countries.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), api.Countries.Select(c => c.Name));
        Assert.Equal(
            model.Organizations.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal),
            api.Organizations.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal));
    }
}
