using System;
using System.Collections.Generic;
using System.Text;
using NewsFacts.Emission;

namespace NewsFacts.Analyzers;

/// <summary>
/// Finds the name nearest to a misspelt one ("Kazakstan" → "Kazakhstan"): the restricted
/// Damerau–Levenshtein distance (insertions, deletions, substitutions and swaps of neighbours) between
/// the names folded to lower-case ASCII letters and digits.
/// </summary>
public static class NearestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="text"/>, or null when none is near enough: at most a
    /// third of the folded text's length away (at least 1), and the text at least three letters long.
    /// Ties go to the first candidate in ordinal order.
    /// </summary>
    public static string? Find(string text, IEnumerable<string> candidates)
    {
        var folded = Fold(text);
        if (folded.Length < 3)
        {
            return null;
        }

        var limit = Math.Max(1, folded.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate is null)
            {
                continue;
            }

            var distance = Distance(folded, Fold(candidate));
            if (distance > limit)
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Lower-case ASCII letters and digits of the text, diacritics folded ("Côte d'Ivoire" → "cotedivoire").</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var ascii = Identifiers.FoldDiacritics(text!);
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The optimal-string-alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
