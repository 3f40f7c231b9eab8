using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Model;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// Invariants every extraction must keep, whatever the article: quotes are the article's own words
/// at their opening mark, positions are inside the text, and no failure is hidden in a diagnostic.
/// Each check returns null when it holds, else what is wrong.
/// </summary>
public static class FactsInvariants
{
    /// <summary>The marker the extractor puts in an NF0007 message when it caught its own exception.</summary>
    public const string SwallowedFailure = "the extractor failed";

    /// <summary>All the invariants of one extraction; null when they hold.</summary>
    public static string? Check(string text, ArticleFacts facts)
    {
        if (facts is null)
        {
            return "no facts";
        }

        foreach (var diagnostic in facts.Diagnostics)
        {
            if (diagnostic.Id == "NF0099" || diagnostic.Args.Any(a => a is not null && a.Contains(SwallowedFailure, StringComparison.Ordinal)))
            {
                return "a swallowed exception: " + diagnostic.Id + " " + string.Join(" | ", diagnostic.Args);
            }

            if (diagnostic.Start < 0 || diagnostic.Length < 0 || diagnostic.Start + diagnostic.Length > text.Length)
            {
                return diagnostic.Id + " span " + diagnostic.Start + "+" + diagnostic.Length + " is outside the text of " + text.Length + " chars";
            }
        }

        var lines = new LineMap(text);
        foreach (var diagnostic in facts.Diagnostics)
        {
            if (lines.Offset(diagnostic.Line, diagnostic.Column) != diagnostic.Start
                || lines.Offset(diagnostic.EndLine, diagnostic.EndColumn) != diagnostic.Start + diagnostic.Length)
            {
                return diagnostic.Id + " at " + diagnostic.Line + ":" + diagnostic.Column + "-" + diagnostic.EndLine + ":" + diagnostic.EndColumn
                    + " does not match its span " + diagnostic.Start + "+" + diagnostic.Length;
            }
        }

        foreach (var quote in facts.Quotes)
        {
            var problem = CheckQuote(text, lines, quote);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>
    /// The quote's text is the article's text right after its opening mark, modulo white space: every
    /// character matches in order, and a space in the quote stands for a run of white space, line
    /// breaks, format or control characters and quotation marks in the article (a line break, or the
    /// opening mark of a continued paragraph).
    /// </summary>
    public static string? CheckQuote(string text, LineMap lines, QuoteFacts quote)
    {
        var q = quote.Text ?? string.Empty;
        if (quote.Evidence is null)
        {
            return "quote \"" + Short(q) + "\" has no evidence";
        }

        var mark = lines.Offset(quote.Evidence.Line - 1, quote.Evidence.Column - 1);
        if (mark < 0 || mark >= text.Length)
        {
            return "quote \"" + Short(q) + "\" opens at " + quote.Evidence.Line + ":" + quote.Evidence.Column + ", outside the text";
        }

        if (!IsMark(text[mark]))
        {
            return "quote \"" + Short(q) + "\" opens at " + quote.Evidence.Line + ":" + quote.Evidence.Column + " on U+" + ((int)text[mark]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ", not a quotation mark";
        }

        if (q.Length > 0 && (IsSpace(q[0]) || IsSpace(q[q.Length - 1])))
        {
            return "quote \"" + Short(q) + "\" is not trimmed";
        }

        // Positions in the article where the rest of the quote may start (a set: gaps are ambiguous).
        var positions = new HashSet<int>();
        AddGap(text, mark + 1, positions, allowEmpty: true);
        for (var j = 0; j < q.Length && positions.Count > 0; j++)
        {
            var next = new HashSet<int>();
            if (q[j] == ' ')
            {
                foreach (var p in positions)
                {
                    if (p < text.Length && IsGap(text[p]))
                    {
                        AddGap(text, p, next, allowEmpty: false);
                    }

                    // A plain space may also be the article's own space.
                    if (p < text.Length && text[p] == ' ')
                    {
                        next.Add(p + 1);
                    }
                }
            }
            else
            {
                foreach (var p in positions)
                {
                    if (p < text.Length && text[p] == q[j])
                    {
                        next.Add(p + 1);
                    }
                }
            }

            positions = next;
        }

        return positions.Count > 0
            ? null
            : "quote \"" + Short(q) + "\" at " + quote.Evidence.Line + ":" + quote.Evidence.Column + " is not the article's text after its mark";
    }

    /// <summary>Adds every position reachable from <paramref name="start"/> over gap characters.</summary>
    private static void AddGap(string text, int start, HashSet<int> positions, bool allowEmpty)
    {
        if (allowEmpty)
        {
            positions.Add(start);
        }

        for (var i = start; i < text.Length && IsGap(text[i]); i++)
        {
            positions.Add(i + 1);
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u2028' || c == '\u2029';

    private static bool IsGap(char c) =>
        IsSpace(c) || char.IsControl(c) || c == '\uFEFF' || char.IsSurrogate(c) || IsMark(c);

    private static bool IsMark(char c) => "\"'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A".IndexOf(c) >= 0;

    private static string Short(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";

    /// <summary>Lines as the extractor counts them: CRLF, CR, LF, NEL, LS and PS end a line.</summary>
    public sealed class LineMap
    {
        private readonly List<int> _starts = new() { 0 };

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    _starts.Add(i + 1);
                }
                else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>The offset of a 0-based line and column, or -1.</summary>
        public int Offset(int line, int column) =>
            line < 0 || line >= _starts.Count || column < 0 ? -1 : _starts[line] + column;
    }
}
