using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsFacts.Model;

namespace NewsFacts.Cli.Report;

/// <summary>One sentence a fact was read from, with its anchor in the report (<c>ev-1</c>, <c>ev-2</c>...).</summary>
/// <param name="Anchor">The anchor's id, unique in the report.</param>
/// <param name="File">The article's file name.</param>
/// <param name="Line">The 1-based line of the first fact read from the sentence.</param>
/// <param name="Sentence">The sentence.</param>
public sealed record EvidenceEntry(string Anchor, string File, int Line, string Sentence)
{
    /// <summary>How a link to the entry reads: <c>file(line)</c>.</summary>
    public string Label => File + "(" + Line.ToString(CultureInfo.InvariantCulture) + ")";
}

/// <summary>
/// Numbers every evidence sentence the report links to, ordered by file (ordinal), line and sentence: facts read
/// from the same sentence of the same line share one entry. The numbering depends on the facts alone.
/// </summary>
public sealed class EvidenceIndex
{
    private readonly Dictionary<(string File, int Line, string Sentence), EvidenceEntry> _byKey = new();

    public EvidenceIndex(IEnumerable<Evidence?> evidence)
    {
        var keys = evidence
            .Where(e => e is not null)
            .Select(e => Key(e!))
            .Distinct()
            .OrderBy(k => k.File, StringComparer.Ordinal)
            .ThenBy(k => k.Line)
            .ThenBy(k => k.Sentence, StringComparer.Ordinal)
            .ToList();
        var entries = new List<EvidenceEntry>(keys.Count);
        foreach (var key in keys)
        {
            var entry = new EvidenceEntry("ev-" + (entries.Count + 1).ToString(CultureInfo.InvariantCulture), key.File, key.Line, key.Sentence);
            entries.Add(entry);
            _byKey[key] = entry;
        }
        Entries = entries;
    }

    /// <summary>Every entry, in the order of their numbers.</summary>
    public IReadOnlyList<EvidenceEntry> Entries { get; }

    /// <summary>The entries of some evidence, without repeats, in the index's order.</summary>
    public IReadOnlyList<EvidenceEntry> For(IEnumerable<Evidence?> evidence)
        => evidence
            .Where(e => e is not null)
            .Select(e => _byKey.TryGetValue(Key(e!), out var entry) ? entry : null)
            .Where(e => e is not null)
            .Select(e => e!)
            .Distinct()
            .OrderBy(e => int.Parse(e.Anchor.Substring(3), CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>Every piece of evidence of a model that the report shows.</summary>
    public static IEnumerable<Evidence?> All(FactsModel model)
    {
        foreach (var org in model.Organizations)
        {
            foreach (var e in org.Evidence) yield return e;
            foreach (var count in org.Counts)
            {
                foreach (var e in count.Evidence) yield return e;
            }
            foreach (var relation in org.Relations)
            {
                foreach (var e in relation.Evidence) yield return e;
            }
        }
        foreach (var person in model.People)
        {
            foreach (var e in person.Evidence) yield return e;
        }
        foreach (var quote in model.Quotes) yield return quote.Evidence;
    }

    private static (string File, int Line, string Sentence) Key(Evidence e) => (e.File ?? "", e.Line, e.Sentence ?? "");
}
