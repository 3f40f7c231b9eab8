using System.Collections.Generic;
using System.Threading;
using NewsFacts.Extraction.Text;

namespace NewsFacts.Extraction.Quotes;

/// <summary>One paragraph's part of a quotation: the marks and the words between them.</summary>
internal sealed class QuotePiece
{
    public QuotePiece(int openToken, int closeToken, int lastToken, int contentStart, int contentEnd)
    {
        OpenToken = openToken;
        CloseToken = closeToken;
        LastToken = lastToken;
        ContentStart = contentStart;
        ContentEnd = contentEnd;
    }

    public int OpenToken { get; }

    /// <summary>The closing mark, or -1 when the piece runs to the paragraph's end.</summary>
    public int CloseToken { get; }

    /// <summary>The last token of the piece (the closing mark when there is one).</summary>
    public int LastToken { get; }

    public int ContentStart { get; }

    public int ContentEnd { get; }
}

/// <summary>A quotation: one or more pieces (a quote running over paragraphs) with one speaker.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int id, bool isDouble) { Id = id; IsDouble = isDouble; }

    public int Id { get; set; }

    public bool IsDouble { get; }

    public List<QuotePiece> Pieces { get; } = new();

    /// <summary>Never closed: closed at the paragraph's end.</summary>
    public bool Repaired { get; set; }

    public string Text { get; set; } = string.Empty;

    public int WordCount { get; set; }

    public QuotePiece First => Pieces[0];

    public QuotePiece Last => Pieces[Pieces.Count - 1];

    /// <summary>The token that ends the quotation (its closing mark, or the last token of the quote).</summary>
    public int EndToken { get; set; }
}

/// <summary>A problem with quotation marks, found while scanning.</summary>
internal readonly struct MarkProblem
{
    public MarkProblem(int token, string mark, bool unclosed) { Token = token; Mark = mark; Unclosed = unclosed; }

    public int Token { get; }

    public string Mark { get; }

    /// <summary>True for an opening mark never closed; false for a closing mark with no opening.</summary>
    public bool Unclosed { get; }
}

/// <summary>
/// Finds quotations one paragraph at a time. The direction of a mark comes from its context, not its glyph
/// (an opener follows a space, bracket or dash and precedes a non-space; a closer the reverse), so straight
/// quotes, typos and single quotes told apart from apostrophes are handled alike. A quotation left open at a
/// paragraph's end continues in the next paragraph if that one starts with an opening mark, else it is
/// closed there and reported.
/// </summary>
internal sealed class QuoteScanner
{
    private static readonly HashSet<string> Elisions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "em", "til", "tis", "twas", "cause", "bout", "round", "n", "nuff", "ello",
    };

    private readonly Document _doc;
    private readonly List<Token> _tokens;
    private readonly string _text;

    public QuoteScanner(Document doc)
    {
        _doc = doc;
        _tokens = doc.Tokens;
        _text = doc.Text;
    }

    public List<MarkProblem> Problems { get; } = new();

    public List<QuoteSpan> Scan(CancellationToken cancellationToken)
    {
        var spans = new List<QuoteSpan>();
        QuoteSpan? pending = null;
        var paragraphs = _doc.Paragraphs;
        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = paragraphs[pi];
            if (p.IsEmpty) continue;
            pending = ScanDoubles(p, pi, spans, pending);
        }

        var doubles = spans.Count;
        // Mark the tokens inside double quotations once, so that singles nested in them are skipped.
        foreach (var span in spans)
        {
            foreach (var piece in span.Pieces)
            {
                for (var t = piece.OpenToken; t <= piece.LastToken; t++) _tokens[t].Quote = span.Id;
            }
        }
        foreach (var p in paragraphs)
        {
            if (p.IsEmpty) continue;
            ScanSingles(p, spans);
        }
        for (var t = 0; t < _tokens.Count; t++) _tokens[t].Quote = -1;

        // Doubles nested inside single-quoted quotations belong to the outer quotation (both lists are in text order).
        if (spans.Count > doubles)
        {
            var singles = spans.GetRange(doubles, spans.Count - doubles);
            var nested = new HashSet<QuoteSpan>();
            var j = 0;
            for (var d = 0; d < doubles; d++)
            {
                var inner = spans[d];
                var start = inner.First.ContentStart;
                while (j < singles.Count && singles[j].Last.ContentEnd < start) j++;
                for (var k = j; k < singles.Count && singles[k].First.ContentStart <= start; k++)
                {
                    if (Contains(singles[k], inner)) { nested.Add(inner); break; }
                }
            }
            if (nested.Count > 0) spans.RemoveAll(nested.Contains);
        }

        spans.Sort((a, b) => _tokens[a.First.OpenToken].Start.CompareTo(_tokens[b.First.OpenToken].Start));
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            span.Id = i;
            Finish(span);
        }
        _doc.MarkProblems.AddRange(Problems);
        return spans;
    }

    private static bool Contains(QuoteSpan outer, QuoteSpan inner)
    {
        foreach (var o in outer.Pieces)
        {
            foreach (var i in inner.Pieces)
            {
                if (i.ContentStart >= o.ContentStart && i.ContentEnd <= o.ContentEnd) return true;
            }
        }
        return false;
    }

    private void Finish(QuoteSpan span)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var piece in span.Pieces)
        {
            var part = Document.Collapse(_text, piece.ContentStart, piece.ContentEnd).Trim();
            if (part.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(part);
        }
        span.Text = sb.ToString();

        var words = 0;
        foreach (var piece in span.Pieces)
        {
            var end = piece.LastToken;
            for (var t = piece.OpenToken; t <= end; t++)
            {
                var tok = _tokens[t];
                tok.Quote = span.Id;
                if (tok.IsWord || tok.Kind == TokenKind.Number) words++;
            }
            span.EndToken = end;
        }
        span.WordCount = words;
        _tokens[span.First.OpenToken].Role = MarkRole.Open;
        foreach (var piece in span.Pieces)
        {
            _tokens[piece.OpenToken].Role = MarkRole.Open;
            if (piece.CloseToken >= 0) _tokens[piece.CloseToken].Role = MarkRole.Close;
        }
    }

    private char Before(Token t, Paragraph p) => t.Start <= p.Start ? ' ' : _text[t.Start - 1];

    private char After(Token t, Paragraph p) => t.End >= p.End ? ' ' : _text[t.End];

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u2028' || c == '\u2029';

    private bool CanOpen(Token t, Paragraph p)
    {
        var before = Before(t, p);
        var after = After(t, p);
        // French style: "« Il a dit non »" — the opening guillemet may be followed by a (no-break) space.
        if (t.Text[0] is '\u00AB' or '\u2039' && IsSpace(after) && t.End + 1 < p.End && !IsSpace(_text[t.End + 1])) after = _text[t.End + 1];
        var beforeOk = IsSpace(before) || before is '(' or '[' or '{' or '/' or '-' || Tokenizer.IsDashGlyph(before)
            || Tokenizer.IsQuoteGlyph(before) || before == ':' && false;
        return beforeOk && !IsSpace(after) && t.End < p.End;
    }

    private bool CanClose(Token t, Paragraph p)
    {
        var before = Before(t, p);
        var after = After(t, p);
        if (t.Text[0] is '\u00BB' or '\u203A' && t.Start > p.Start && IsSpace(before) && t.Start >= 2 && !IsSpace(_text[t.Start - 2])) before = _text[t.Start - 2];
        if (IsSpace(before) || t.Start <= p.Start) return false;
        return IsSpace(after) || t.End >= p.End || char.IsPunctuation(after) || char.IsSymbol(after) || Tokenizer.IsDashGlyph(after);
    }

    private static bool IsOpeningGlyph(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u201A' or '\u2039' or '\u201F' or '\u201B';

    private QuoteSpan? ScanDoubles(Paragraph p, int pi, List<QuoteSpan> spans, QuoteSpan? pending)
    {
        QuoteSpan? current = null;
        var openToken = -1;
        for (var ti = p.FirstToken; ti <= p.LastToken; ti++)
        {
            var t = _tokens[ti];
            if (t.Kind != TokenKind.QuoteMark || !Tokenizer.IsDoubleGlyph(t.Text[0])) continue;
            var canOpen = CanOpen(t, p);
            var canClose = CanClose(t, p);
            var glyph = t.Text[0];
            // Straight quotes inside a curly or guillemet quotation are nested: part of its words.
            if (openToken >= 0 && glyph == '"' && _tokens[openToken].Text[0] != '"' && HasCurlyCloser(ti, p, _tokens[openToken].Text[0])) continue;
            if (openToken < 0)
            {
                if (canOpen && (!canClose || IsOpeningGlyph(glyph) || glyph == '"'))
                {
                    openToken = ti;
                    if (pending is not null && ti == p.FirstToken)
                    {
                        current = pending;
                    }
                    else
                    {
                        current = new QuoteSpan(spans.Count, true);
                        spans.Add(current);
                    }
                    pending = null;
                }
                else if (canClose)
                {
                    Problems.Add(new MarkProblem(ti, t.Text, unclosed: false));
                    t.Role = MarkRole.Apostrophe;
                }
            }
            else
            {
                if (canClose && (!canOpen || !IsOpeningGlyph(glyph)))
                {
                    current!.Pieces.Add(new QuotePiece(openToken, ti, ti, _tokens[openToken].End, t.Start));
                    openToken = -1;
                    current = null;
                }
                else if (canOpen)
                {
                    // A second opening mark while one is open: the first was never closed.
                    Problems.Add(new MarkProblem(openToken, _tokens[openToken].Text, unclosed: true));
                    current!.Pieces.Add(new QuotePiece(openToken, -1, ti - 1, _tokens[openToken].End, LastEnd(ti - 1)));
                    current.Repaired = true;
                    current = new QuoteSpan(spans.Count, true);
                    spans.Add(current);
                    openToken = ti;
                }
            }
        }

        // A closing mark with nothing open cannot continue a pending quotation: drop it.
        if (pending is not null) pending = null;

        if (openToken >= 0)
        {
            current!.Pieces.Add(new QuotePiece(openToken, -1, p.LastToken, _tokens[openToken].End, p.End));
            // The multi-paragraph convention: the next paragraph starts with an opening mark.
            var next = NextNonEmpty(pi);
            if (next is not null)
            {
                var first = _tokens[next.FirstToken];
                if (first.Kind == TokenKind.QuoteMark && Tokenizer.IsDoubleGlyph(first.Text[0]) && CanOpen(first, next))
                {
                    return current;
                }
            }
            Problems.Add(new MarkProblem(openToken, _tokens[openToken].Text, unclosed: true));
            current.Repaired = true;
        }
        return null;
    }

    /// <summary>A closing mark of the opener's own family comes later in the paragraph.</summary>
    private bool HasCurlyCloser(int ti, Paragraph p, char opener)
    {
        var closer = opener switch { '\u201C' => '\u201D', '\u201E' => '\u201C', '\u00AB' => '\u00BB', '\u00BB' => '\u00AB', _ => '\u201D' };
        for (var k = ti + 1; k <= p.LastToken; k++)
        {
            var t = _tokens[k];
            if (t.Kind == TokenKind.QuoteMark && (t.Text[0] == closer || opener == '\u201E' && t.Text[0] == '\u201D')) return true;
        }
        return false;
    }

    private int LastEnd(int token) => token >= 0 ? _tokens[token].End : 0;

    private Paragraph? NextNonEmpty(int pi)
    {
        for (var i = pi + 1; i < _doc.Paragraphs.Count; i++)
        {
            if (!_doc.Paragraphs[i].IsEmpty) return _doc.Paragraphs[i];
        }
        return null;
    }

    private bool InsideDouble(Token t) => t.Quote >= 0;

    private void ScanSingles(Paragraph p, List<QuoteSpan> spans)
    {
        var openToken = -1;
        for (var ti = p.FirstToken; ti <= p.LastToken; ti++)
        {
            var t = _tokens[ti];
            if (t.Kind != TokenKind.QuoteMark || Tokenizer.IsDoubleGlyph(t.Text[0])) continue;
            if (InsideDouble(t)) continue;
            var canOpen = CanOpen(t, p);
            var canClose = CanClose(t, p);
            if (openToken < 0)
            {
                if (canOpen && !canClose && !IsElision(ti, p))
                {
                    openToken = ti;
                    if (_pendingSingle is not null && ti == p.FirstToken)
                    {
                        _continuing = _pendingSingle;
                    }
                    _pendingSingle = null;
                }
                else
                {
                    t.Role = MarkRole.Apostrophe;
                }
            }
            else if (canClose && IsPluralPossessive(ti, p) && HasLaterSingleCloser(ti, p))
            {
                // "our members' children": an apostrophe, since a real closer follows.
                t.Role = MarkRole.Apostrophe;
            }
            else if (canClose)
            {
                // A closer must not cross a double quotation.
                if (_continuing is not null)
                {
                    _continuing.Pieces.Add(new QuotePiece(openToken, ti, ti, _tokens[openToken].End, t.Start));
                    _continuing = null;
                }
                else
                {
                    var span = new QuoteSpan(spans.Count, false);
                    span.Pieces.Add(new QuotePiece(openToken, ti, ti, _tokens[openToken].End, t.Start));
                    spans.Add(span);
                }
                openToken = -1;
            }
            else
            {
                t.Role = MarkRole.Apostrophe;
            }
        }
        if (openToken >= 0 && _continuing is not null)
        {
            // The continuation runs on again.
            _continuing.Pieces.Add(new QuotePiece(openToken, -1, p.LastToken, _tokens[openToken].End, p.End));
            var next2 = NextNonEmpty(p.Index);
            if (next2 is not null && _tokens[next2.FirstToken] is { Kind: TokenKind.QuoteMark } f2 && !Tokenizer.IsDoubleGlyph(f2.Text[0]) && CanOpen(f2, next2))
            {
                _pendingSingle = _continuing;
            }
            else
            {
                _continuing.Repaired = true;
                Problems.Add(new MarkProblem(openToken, _tokens[openToken].Text, unclosed: true));
            }
            _continuing = null;
            openToken = -1;
        }
        if (openToken >= 0)
        {
            // A single-quoted quotation that opens its paragraph and runs on: it continues in the next paragraph
            // (which opens with a mark) or is closed at the paragraph's end; elsewhere an unmatched mark is an apostrophe.
            if ((openToken == p.FirstToken || StartsSentence(openToken)) && CountWords(openToken, p.LastToken) >= 4)
            {
                var span = new QuoteSpan(spans.Count, false);
                span.Pieces.Add(new QuotePiece(openToken, -1, p.LastToken, _tokens[openToken].End, p.End));
                spans.Add(span);
                var next = NextNonEmpty(p.Index);
                var continues = next is not null && _tokens[next.FirstToken] is { Kind: TokenKind.QuoteMark } f && !Tokenizer.IsDoubleGlyph(f.Text[0]) && CanOpen(f, next);
                if (continues) _pendingSingle = span;
                else
                {
                    span.Repaired = true;
                    Problems.Add(new MarkProblem(openToken, _tokens[openToken].Text, unclosed: true));
                }
            }
            else
            {
                _tokens[openToken].Role = MarkRole.Apostrophe;
            }
        }

    }

    private QuoteSpan? _pendingSingle;

    private QuoteSpan? _continuing;

    /// <summary>The mark follows the end of a sentence (". 'For a small country ...").</summary>
    private bool StartsSentence(int ti)
    {
        var k = _tokens[ti].Start - 1;
        while (k >= 0 && char.IsWhiteSpace(_text[k])) k--;
        return k >= 0 && (_text[k] is '.' or '!' or '?' or ':' || Tokenizer.IsQuoteGlyph(_text[k]) && k > 0 && _text[k - 1] is '.' or '!' or '?' or ',');
    }

    private int CountWords(int from, int to)
    {
        var n = 0;
        for (var i = from; i <= to; i++) if (_tokens[i].IsWord) n++;
        return n;
    }

    /// <summary>"members' ", "allies' ": a mark after a plural s, followed by a lower-case word.</summary>
    private bool IsPluralPossessive(int ti, Paragraph p)
    {
        var t = _tokens[ti];
        if (t.Start == 0 || _text[t.Start - 1] != 's') return false;
        var next = ti + 1 <= p.LastToken ? _tokens[ti + 1] : null;
        return next is not null && next.IsWord && char.IsLower(next.Text[0]);
    }

    private bool HasLaterSingleCloser(int ti, Paragraph p)
    {
        for (var k = ti + 1; k <= p.LastToken; k++)
        {
            var t = _tokens[k];
            if (t.Kind != TokenKind.QuoteMark || Tokenizer.IsDoubleGlyph(t.Text[0])) continue;
            var close = CanClose(t, p);
            // A later opener takes the later closer for itself.
            if (CanOpen(t, p) && !close) return false;
            if (close && !IsPluralPossessive(k, p)) return true;
        }
        return false;
    }

    private bool IsElision(int ti, Paragraph p)
    {
        var next = ti + 1 <= p.LastToken ? _tokens[ti + 1] : null;
        if (next is null || next.Start != _tokens[ti].End) return false;
        if (next.Kind == TokenKind.Number || next.Text.Length > 0 && char.IsDigit(next.Text[0])) return true;
        return Elisions.Contains(next.Text);
    }
}
