using System;
using System.Collections.Generic;
using System.Threading;
using NewsFacts.Extraction.Entities;
using NewsFacts.Extraction.Lexicon;
using NewsFacts.Extraction.Quotes;
using NewsFacts.Extraction.Relations;
using NewsFacts.Extraction.Text;
using NewsFacts.Model;

namespace NewsFacts.Extraction;

/// <summary>
/// Per-article extraction: article text in, <see cref="ArticleFacts"/> out. Pure C#, no Roslyn types,
/// shared by the generator, the analyzer and the CLI. Never throws on any input except on cancellation.
/// </summary>
/// <remarks>
/// The stages: <see cref="Document"/> (tokens, paragraphs, quotations, sentences) →
/// <see cref="EntityRecognizer"/> (countries, organisations, bodies, people, pronouns) →
/// <see cref="MembershipReader"/> (membership relations and counts) → <see cref="QuoteAttributor"/>
/// (quote kinds and speakers) → the model.
/// </remarks>
public static class ArticleExtractor
{
    /// <summary>Extracts the facts of one article.</summary>
    /// <param name="path">The path of the article (kept for diagnostics' locations).</param>
    /// <param name="text">The whole text of the article.</param>
    /// <param name="cancellationToken">Checked in every loop over the text.</param>
    public static ArticleFacts Extract(string path, string text, CancellationToken cancellationToken = default)
    {
        path ??= string.Empty;
        text ??= string.Empty;
        var file = FileName(path);
        var hash = ContentHash(text);
        var diagnostics = new List<ArticleDiagnostic>();
        if (text.Trim().Length == 0 || IsOnlyBom(text))
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.EmptyArticle, path, null, 0, 0, file));
            return Empty(path, file, hash, diagnostics);
        }
        if (LooksBinary(text, out var reason))
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.NotText, path, null, 0, 0, file, reason));
            return Empty(path, file, hash, diagnostics);
        }

        try
        {
            return ExtractCore(path, file, hash, text, diagnostics, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug must not break the consumer's build: report it on the article and keep going.
            diagnostics.Add(Diagnostic(DiagnosticIds.NotText, path, null, 0, 0, file, "the extractor failed: " + ex.GetType().Name + ": " + ex.Message));
            return Empty(path, file, hash, diagnostics);
        }
    }

    private static ArticleFacts ExtractCore(string path, string file, string hash, string text, List<ArticleDiagnostic> diagnostics, CancellationToken ct)
    {
        var doc = new Document(path, text, ct);
        var er = new EntityRecognizer(doc, ct);
        er.Run();
        var reader = new MembershipReader(doc, er, ct);
        reader.Run();
        var attributor = new QuoteAttributor(doc, er, ct);
        attributor.Run();

        foreach (var problem in doc.MarkProblems)
        {
            var tok = doc.Tokens[problem.Token];
            diagnostics.Add(Diagnostic(DiagnosticIds.UnclosedQuote, path, doc.Map, tok.Start, tok.Length, problem.Mark,
                problem.Unclosed ? "opening" : "closing", problem.Unclosed ? "is never closed" : "has no opening mark"));
        }

        // Organisations: those with a relation, a count, or a name defined with its acronym.
        var orgs = new List<OrganizationFacts>();
        for (var k = 0; k < er.Orgs.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var o = er.Orgs[k];
            var relations = new List<StateRelation>();
            foreach (var r in reader.Relations)
            {
                if (r.Org != k || r.Country.Country is null) continue;
                // Within one article, a state it calls a member is not also "joining" (it applied, then joined).
                if (r.Kind == RelationKind.Joining && reader.Relations.Exists(m => m.Org == k && m.Kind == RelationKind.Member && m.Country.Country == r.Country.Country)) continue;
                var tok = doc.Tokens[r.Country.First];
                relations.Add(new StateRelation(r.Kind, r.Country.Country.Name, r.Country.Country.Iso2, r.Country.Text, r.When,
                    Evidence(doc, file, tok.Start, r.Sentence)));
            }
            var counts = new List<StatedCount>();
            foreach (var c in reader.Counts)
            {
                if (c.Org != k) continue;
                counts.Add(new StatedCount(c.Kind, c.Value, c.AsWritten, Evidence(doc, file, doc.Tokens[c.Token].Start, c.Sentence)));
            }
            if (relations.Count == 0 && counts.Count == 0 && !(o.Defined && o.Acronym is not null)) continue;
            var first = doc.Tokens[Math.Min(o.FirstToken, doc.Tokens.Count - 1)];
            var key = o.Acronym is not null ? o.Acronym.ToUpperInvariant() : EntityRecognizer.FoldOrgName(o.Name ?? string.Empty);
            orgs.Add(new OrganizationFacts(key, o.Name ?? o.Acronym ?? key, o.Acronym, relations.ToEquatableArray(), counts.ToEquatableArray(),
                Evidence(doc, file, first.Start, first.Sentence)));
        }

        // Countries: every state mentioned, once, at its first mention.
        var countries = new List<CountryFacts>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in er.Mentions)
        {
            if (m.Type != MentionType.Country || m.Country is null || !seen.Add(m.Country.Iso2)) continue;
            var tok = doc.Tokens[m.First];
            countries.Add(new CountryFacts(m.Country.Name, m.Country.Iso2, m.Text, Evidence(doc, file, tok.Start, tok.Sentence)));
        }

        var people = new List<PersonFacts>();
        foreach (var p in er.People)
        {
            var tok = doc.Tokens[p.FirstToken];
            people.Add(new PersonFacts(p.Name, TitleForms.Full(p.Title), p.Country, Evidence(doc, file, tok.Start, tok.Sentence)));
        }

        var quotes = new List<QuoteFacts>();
        foreach (var q in attributor.Quotes)
        {
            var open = doc.Tokens[q.Span.First.OpenToken];
            quotes.Add(new QuoteFacts(q.Span.Text, q.Speaker, q.SpeakerKind, q.Addressee, q.Kind,
                Evidence(doc, file, open.Start, open.Sentence), q.Sieve, q.Span.Repaired));
            if (q.Kind == QuoteKind.Statement && q.Speaker is null)
            {
                var close = doc.Tokens[q.Span.First.LastToken];
                diagnostics.Add(Diagnostic(DiagnosticIds.UnattributedQuote, path, doc.Map, open.Start, close.End - open.Start, Shorten(q.Span.Text, 60)));
            }
        }

        diagnostics.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new ArticleFacts(path, file, doc.Title, hash, orgs.ToEquatableArray(), countries.ToEquatableArray(), people.ToEquatableArray(),
            quotes.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static Evidence Evidence(Document doc, string file, int offset, int sentence)
    {
        var (line, column) = doc.Map.Position(offset);
        var text = sentence >= 0 && sentence < doc.Sentences.Count ? doc.SentenceText(sentence) : string.Empty;
        return new Evidence(file, line + 1, column + 1, text);
    }

    private static ArticleDiagnostic Diagnostic(string id, string path, SourceMap? map, int start, int length, params string[] args)
    {
        var (line, col) = map?.Position(start) ?? (0, 0);
        var (endLine, endCol) = map?.Position(start + length) ?? (0, 0);
        return new ArticleDiagnostic(id, args.ToEquatableArray(), path, start, length, line, col, endLine, endCol);
    }

    private static ArticleFacts Empty(string path, string file, string hash, List<ArticleDiagnostic> diagnostics) =>
        new(path, file, null, hash, EquatableArray<OrganizationFacts>.Empty, EquatableArray<CountryFacts>.Empty,
            EquatableArray<PersonFacts>.Empty, EquatableArray<QuoteFacts>.Empty, diagnostics.ToEquatableArray());

    private static string Shorten(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "\u2026";

    private static string FileName(string path)
    {
        var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return cut >= 0 ? path.Substring(cut + 1) : path;
    }

    private static bool IsOnlyBom(string text)
    {
        foreach (var c in text) if (c != '\uFEFF' && !char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Binary or undecodable content: NULs and control characters, or replacement characters, in bulk.</summary>
    private static bool LooksBinary(string text, out string reason)
    {
        var bad = 0;
        var replacement = 0;
        var sample = Math.Min(text.Length, 1 << 16);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\uFFFD') replacement++;
            else if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u0085') bad++;
        }
        if (bad * 20 > sample)
        {
            reason = "it holds control characters (a binary file?)";
            return true;
        }
        if (replacement * 20 > sample)
        {
            reason = "it is not valid text in its encoding";
            return true;
        }
        reason = string.Empty;
        return false;
    }

    /// <summary>A stable 64-bit FNV-1a hash of the text with line endings normalised and the ends trimmed.</summary>
    public static string ContentHash(string text)
    {
        unchecked
        {
            var hash = 14695981039346656037UL;
            var t = text.Trim();
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                if (c == '\r') { if (i + 1 < t.Length && t[i + 1] == '\n') continue; c = '\n'; }
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
