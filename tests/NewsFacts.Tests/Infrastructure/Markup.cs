using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>A span expected by markup: the diagnostic id (null for <c>[|...|]</c>) and where it is.</summary>
public sealed record MarkedSpan(string? Id, TextSpan Span)
{
    public override string ToString() => (Id ?? "[| |]") + " " + Span;
}

/// <summary>
/// Text with expected spans marked in the style of Microsoft.CodeAnalysis.Testing:
/// <c>{|NF0004:“|}</c> marks a diagnostic of an id at the text between ':' and '|}',
/// <c>[|...|]</c> an unnamed span, and <c>$$</c> a position. Spans may be empty and may nest.
/// </summary>
public sealed class Markup
{
    private Markup(string text, IReadOnlyList<MarkedSpan> spans, int? position)
    {
        Text = text;
        Spans = spans;
        Position = position;
    }

    /// <summary>The text without the markup.</summary>
    public string Text { get; }

    /// <summary>The marked spans, in order.</summary>
    public IReadOnlyList<MarkedSpan> Spans { get; }

    /// <summary>The position of "$$", if any.</summary>
    public int? Position { get; }

    public static Markup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        int? position = null;
        var open = new Stack<(string? Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                Assert.True(colon > i + 2, "'{|' without 'ID:' at " + i);
                open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                i = colon;
            }
            else if (At(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (At(markup, i, "|}") || At(markup, i, "|]"))
            {
                Assert.True(open.Count > 0, "markup closed but not opened at " + i);
                var (id, start) = open.Pop();
                Assert.True(markup[i + 1] == (id is null ? ']' : '}'), "markup closed by the wrong bracket at " + i);
                spans.Add(new MarkedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else if (At(markup, i, "$$"))
            {
                position = text.Length;
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        Assert.True(open.Count == 0, "markup not closed");
        return new Markup(text.ToString(), spans, position);
    }

    /// <summary>
    /// Asserts that the diagnostics of the given ids are exactly the marked ones: the same ids at the same
    /// spans (and, for diagnostics in a file, the same path), nothing more and nothing less.
    /// </summary>
    public void AssertDiagnostics(IEnumerable<Diagnostic> diagnostics, string? path, params string[] ids)
    {
        var expected = Spans.Select(s => s.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = diagnostics
            .Where(d => ids.Length == 0 || ids.Contains(d.Id))
            .Where(d => path is null || d.Location.GetLineSpan().Path == path)
            .Select(d => new MarkedSpan(d.Id, d.Location.SourceSpan).ToString())
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }

    private static bool At(string text, int i, string token) => string.CompareOrdinal(text, i, token, 0, token.Length) == 0;
}
