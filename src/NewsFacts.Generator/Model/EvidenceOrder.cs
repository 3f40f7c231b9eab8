using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Model;

/// <summary>
/// The one order of evidence (file, line, column, sentence) that the merge and the emission both use,
/// and its sorted, duplicate-free lists.
/// </summary>
public static class EvidenceOrder
{
    /// <summary>The order as a comparer.</summary>
    public static readonly IComparer<Evidence> Comparer = Comparer<Evidence>.Create(Compare);

    /// <summary>Compares by file, line, column and sentence (ordinal); null first. Zero only for equal evidence.</summary>
    public static int Compare(Evidence? x, Evidence? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.File, y.File);
        if (c != 0) return c;
        c = x.Line.CompareTo(y.Line);
        if (c != 0) return c;
        c = x.Column.CompareTo(y.Column);
        return c != 0 ? c : string.CompareOrdinal(x.Sentence, y.Sentence);
    }

    /// <summary>Whether the evidence is in order, without nulls and duplicates (as the merge gives it).</summary>
    public static bool IsSortedDistinct(IReadOnlyList<Evidence?> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null || (i > 0 && Compare(items[i - 1], items[i]) >= 0)) return false;
        }

        return true;
    }

    /// <summary>
    /// The evidence without nulls and duplicates, in order. It mostly comes sorted already (the merge
    /// sorts it): that is checked in one pass, comparing neighbours, before hashing every sentence.
    /// </summary>
    public static List<Evidence> SortedDistinct(IEnumerable<Evidence?> items)
    {
        var list = new List<Evidence>(items is IReadOnlyCollection<Evidence?> collection ? collection.Count : 4);
        var sorted = true;
        foreach (var item in items)
        {
            if (item is null) continue;
            if (list.Count > 0 && Compare(list[list.Count - 1], item) >= 0) sorted = false;
            list.Add(item);
        }

        if (!sorted)
        {
            list = list.Distinct().ToList();
            list.Sort(Compare);
        }

        return list;
    }
}
