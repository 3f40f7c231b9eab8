using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace NewsFacts.Extraction.Text;

internal sealed class Paragraph
{
    public Paragraph(int index, int start, int end, int firstToken, int lastToken, int lineCount)
    {
        Index = index;
        Start = start;
        End = end;
        FirstToken = firstToken;
        LastToken = lastToken;
        LineCount = lineCount;
    }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>First token index; LastToken &lt; FirstToken when the paragraph has no token.</summary>
    public int FirstToken { get; }

    public int LastToken { get; }

    public int LineCount { get; }

    /// <summary>A headline, subhead or trailer: one short line with no closing punctuation.</summary>
    public bool IsHeading { get; set; }

    public bool IsEmpty => LastToken < FirstToken;
}

internal sealed class Sentence
{
    public Sentence(int index, int paragraph, int firstToken, int lastToken)
    {
        Index = index;
        Paragraph = paragraph;
        FirstToken = firstToken;
        LastToken = lastToken;
    }

    public int Index { get; }

    public int Paragraph { get; }

    public int FirstToken { get; }

    public int LastToken { get; }
}

/// <summary>An article cut into tokens, paragraphs, quotations and sentences.</summary>
internal sealed class Document
{
    private static readonly HashSet<string> Abbreviations = new(System.StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Jr", "Sr",
        "Inc", "Ltd", "Co", "Corp", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Adm", "Maj",
        "Brig", "Cmdr", "Hon", "Rev", "Fr", "Messrs", "approx", "Mt", "Ft", "Av", "Ave",
    };

    public Document(string path, string text, CancellationToken cancellationToken)
    {
        Path = path;
        Text = text;
        Map = new SourceMap(text);
        // Words are classified as they are cut (once per distinct word per thread, see WordPool).
        Tokens = Tokenizer.Tokenize(text, cancellationToken);
        Paragraphs = BuildParagraphs();
        foreach (var p in Paragraphs)
        {
            for (var t = p.FirstToken; t <= p.LastToken; t++) Tokens[t].Paragraph = p.Index;
        }
        MarkHeadings();
        MarkProblems = new List<Quotes.MarkProblem>();
        Quotes = new Quotes.QuoteScanner(this).Scan(cancellationToken);
        Sentences = BuildSentences(cancellationToken);
    }

    public string Path { get; }

    public string Text { get; }

    public SourceMap Map { get; }

    public List<Token> Tokens { get; }

    public List<Paragraph> Paragraphs { get; }

    public List<Quotes.QuoteSpan> Quotes { get; }

    /// <summary>Unclosed or stray quotation marks found by the scanner.</summary>
    public List<Quotes.MarkProblem> MarkProblems { get; } = new();

    public List<Sentence> Sentences { get; }

    public string? Title { get; private set; }

    /// <summary>
    /// Where the headline ends when it is the first line of a paragraph of several (a byline or a date line under it, no
    /// blank line between); -1 when the headline is a paragraph of its own or there is none.
    /// </summary>
    public int TitleLineEnd { get; private set; } = -1;

    public Token? TokenAt(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The text between two tokens (inclusive) with whitespace runs collapsed to one space.</summary>
    public string Slice(int firstToken, int lastToken)
    {
        if (lastToken < firstToken) return string.Empty;
        // One token: its text is the text's own characters, with no white space (and shared by the pool).
        if (lastToken == firstToken) return Tokens[firstToken].Text;
        return Collapse(Text, Tokens[firstToken].Start, Tokens[lastToken].End);
    }

    private string?[]? _sentenceTexts;

    public string SentenceText(int sentence)
    {
        _sentenceTexts ??= new string?[Sentences.Count];
        if (_sentenceTexts[sentence] is { } cached) return cached;
        var s = Sentences[sentence];
        return _sentenceTexts[sentence] = Slice(s.FirstToken, s.LastToken);
    }

    public static string Collapse(string text, int start, int end)
    {
        // Most spans already have single spaces between words: one copy, no builder.
        var plain = true;
        for (var i = start; i < end && plain; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                plain = i > start && i < end - 1 && text[i - 1] != ' ';
            }
            else if (c < 0x80 ? c < 0x21 : char.IsWhiteSpace(c) || c == '\u2028' || c == '\u2029')
            {
                plain = false;
            }
        }

        if (plain)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        var sb = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u2028' || c == '\u2029')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private List<Paragraph> BuildParagraphs()
    {
        // Lines: (start, end) offsets without the line break.
        var lines = new List<(int Start, int End, bool Blank)>();
        var text = Text;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085')
            {
                var blank = true;
                for (var k = lineStart; k < i; k++)
                {
                    if (!char.IsWhiteSpace(text[k]) && text[k] != '\uFEFF') { blank = false; break; }
                }
                lines.Add((lineStart, i, blank));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lineStart = i + 1;
            }
        }

        var hasBlankSeparator = false;
        for (var i = 1; i < lines.Count - 1; i++)
        {
            if (lines[i].Blank && !lines[i - 1].Blank) { hasBlankSeparator = true; break; }
        }

        var ranges = new List<(int Start, int End, int Lines)>();
        var cur = -1;
        var curLines = 0;
        var curEnd = 0;
        foreach (var line in lines)
        {
            if (line.Blank)
            {
                if (cur >= 0) ranges.Add((cur, curEnd, curLines));
                cur = -1;
                continue;
            }
            if (!hasBlankSeparator && cur >= 0)
            {
                ranges.Add((cur, curEnd, curLines));
                cur = -1;
            }
            if (cur < 0) { cur = line.Start; curLines = 0; }
            curEnd = line.End;
            curLines++;
        }
        if (cur >= 0) ranges.Add((cur, curEnd, curLines));

        var result = new List<Paragraph>(ranges.Count);
        var t = 0;
        foreach (var (start, end, count) in ranges)
        {
            while (t < Tokens.Count && Tokens[t].Start < start) t++;
            var first = t;
            while (t < Tokens.Count && Tokens[t].Start < end) t++;
            result.Add(new Paragraph(result.Count, start, end, first, t - 1, count));
        }
        return result;
    }

    private void MarkHeadings()
    {
        foreach (var p in Paragraphs)
        {
            if (p.IsEmpty || p.LineCount > 1) continue;
            var words = 0;
            for (var t = p.FirstToken; t <= p.LastToken; t++) if (Tokens[t].IsWord) words++;
            if (words > 30) continue;
            // Last token that is not a closing quote mark.
            var last = p.LastToken;
            while (last > p.FirstToken && Tokens[last].Kind == TokenKind.QuoteMark) last--;
            var lt = Tokens[last];
            var terminal = lt.Kind == TokenKind.Punct && (lt.Text == "." || lt.Text == "!" || lt.Text == "?" || lt.Text == ":");
            // A paragraph that is a whole quotation is speech, not a heading.
            var wholeQuote = Tokens[p.FirstToken].Kind == TokenKind.QuoteMark && Tokens[p.LastToken].Kind == TokenKind.QuoteMark && words > 6;
            if (!terminal && !wholeQuote) p.IsHeading = true;
        }

        // The first paragraph, if a heading and not the only paragraph, is the title.
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            var p = Paragraphs[i];
            if (p.IsEmpty) continue;
            if (p.IsHeading && Paragraphs.Count > 1 && !Tokens[p.FirstToken].Is("By"))
            {
                Title = Collapse(Text, p.Start, p.End).Trim();
            }
            else if (!p.IsHeading && p.LineCount > 1 && Paragraphs.Count > 1 && FirstLineTitle(p) is { } title)
            {
                // A headline over a standfirst or a date with no blank line between: the first line, when it reads like one.
                Title = title;
                TitleLineEnd = Text.IndexOf('\n', p.Start);
            }
            break;
        }
    }

    /// <summary>
    /// The first line of a paragraph of several, as a headline: at most 20 words, no closing punctuation, no dateline
    /// ("SKOPJE, Oct 9 (Reuters) -", " - "), and a next line that starts a new unit (a capital or a digit), not a
    /// hard-wrapped sentence going on.
    /// </summary>
    private string? FirstLineTitle(Paragraph p)
    {
        var lineEnd = Text.IndexOf('\n', p.Start);
        if (lineEnd < 0 || lineEnd >= p.End) return null;
        var line = Text.Substring(p.Start, lineEnd - p.Start).Trim();
        if (line.Length == 0) return null;
        var last = line[line.Length - 1];
        if (last is '.' or '!' or '?' or ':' or ',' or ';' or '-') return null;
        if (line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length > 20) return null;
        if (line.IndexOf(" - ", StringComparison.Ordinal) >= 0 || line.IndexOf(" \u2014 ", StringComparison.Ordinal) >= 0 || line.IndexOf(" \u2013 ", StringComparison.Ordinal) >= 0
            || line.IndexOf(" (", StringComparison.Ordinal) >= 0 && line.IndexOf(") ", StringComparison.Ordinal) >= 0) return null;
        var first = line.Split(' ')[0].TrimEnd(',');
        if (first.Length > 1 && first.ToUpperInvariant() == first && line.IndexOf(',') > 0) return null; // "SKOPJE, Oct 9 ..."
        var next = lineEnd + 1;
        while (next < p.End && (Text[next] == ' ' || Text[next] == '\t' || Text[next] == '\r')) next++;
        if (next >= p.End || !(char.IsUpper(Text[next]) || char.IsDigit(Text[next]))) return null;
        return line;
    }

    private List<Sentence> BuildSentences(CancellationToken cancellationToken)
    {
        var sentences = new List<Sentence>();
        foreach (var p in Paragraphs)
        {
            if (p.IsEmpty) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var start = p.FirstToken;
            for (var t = p.FirstToken; t <= p.LastToken; t++)
            {
                if (t > start && Tokens[t].Is("|") && Tokens[t].IsNarrative)
                {
                    Add(sentences, p.Index, start, t - 1);
                    start = t;
                    continue;
                }
                if (t < p.LastToken && IsBoundaryAfter(t))
                {
                    Add(sentences, p.Index, start, t);
                    start = t + 1;
                }
            }
            Add(sentences, p.Index, start, p.LastToken);
        }
        return sentences;
    }

    private void Add(List<Sentence> sentences, int paragraph, int first, int last)
    {
        if (last < first) return;
        var s = new Sentence(sentences.Count, paragraph, first, last);
        for (var t = first; t <= last; t++) Tokens[t].Sentence = s.Index;
        sentences.Add(s);
    }

    private bool IsBoundaryAfter(int t)
    {
        var tok = Tokens[t];
        var next = Tokens[t + 1];
        // Never inside a quotation.
        if (tok.Quote >= 0 && next.Quote == tok.Quote && tok.Role != MarkRole.Close) return false;
        var nextStarts = next.IsCapitalized || next.Kind == TokenKind.Number
            || (next.Kind == TokenKind.QuoteMark && next.Role == MarkRole.Open);
        if (!nextStarts) return false;

        if (tok.Kind == TokenKind.QuoteMark && tok.Role == MarkRole.Close)
        {
            var before = TokenAt(t - 1);
            return before is not null && before.Kind == TokenKind.Punct && (before.Text == "." || before.Text == "!" || before.Text == "?");
        }

        if (tok.Quote >= 0) return false;
        if (tok.Kind != TokenKind.Punct) return false;
        if (tok.Text == "!" || tok.Text == "?") return true;
        if (tok.Text != ".") return false;
        var prev = TokenAt(t - 1);
        if (prev is null) return true;
        if (prev.IsWord && prev.End == tok.Start)
        {
            if (Abbreviations.Contains(prev.Text)) return false;
            if (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])) return false; // an initial: George W. Bush
            if (prev.Text == "No" && next.Kind == TokenKind.Number) return false;
        }
        return true;
    }
}
