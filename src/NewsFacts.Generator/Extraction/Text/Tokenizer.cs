using System.Collections.Generic;
using System.Threading;

namespace NewsFacts.Extraction.Text;

/// <summary>
/// One left-to-right pass that cuts an article into tokens. Linear in the text, no regular expressions.
/// </summary>
internal static class Tokenizer
{
    public static bool IsQuoteGlyph(char c) =>
        c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
            or '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    public static bool IsDoubleGlyph(char c) =>
        c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';

    public static bool IsApostropheGlyph(char c) => c is '\'' or '\u2019';

    public static bool IsDashGlyph(char c) => c is '\u2013' or '\u2014' or '\u2015' or '\u2012';

    public static bool IsWordChar(char c) =>
        c < 0x80
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
            : char.IsLetterOrDigit(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // The token objects of the last article this thread read, given again to the next one: an article is read
    // start to end on one thread, and nothing keeps its tokens after its extraction (the facts hold strings and
    // positions), so the objects are reused and an article's tokens cost no allocation once the thread has
    // read one that long. An article longer than the limit gets tokens of its own beyond it.
    [System.ThreadStatic]
    private static List<Token>? t_recycled;

    private const int MaxRecycled = 1 << 16;

    public static List<Token> Tokenize(string text, CancellationToken cancellationToken)
    {
        t_recycled ??= new List<Token>();
        var tokens = new List<Token>(text.Length / 5 + 4);
        var pool = WordPool.Current;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var c = text[i];
            if (c == ' ' || (c < 0x80 ? c < 0x21 || c == 0x7F : char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || char.IsSurrogate(c) && !IsValidPair(text, i)))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < n)
                {
                    if (char.IsDigit(text[i])) i++;
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < n && char.IsDigit(text[i + 1]) && i > start) i++;
                    else break;
                }
                // "10-member", "2024's", "5G": continue as a word when letters or hyphen-words follow.
                if (i < n && (char.IsLetter(text[i]) || IsInnerHyphen(text, i)))
                {
                    i = ScanWord(text, i, start);
                    Add(tokens, pool, text, start, i, TokenKind.Word);
                }
                else
                {
                    Add(tokens, pool, text, start, i, TokenKind.Number);
                }
                continue;
            }

            if (IsWordChar(c) || char.IsHighSurrogate(c))
            {
                i = ScanWord(text, i, start);
                Add(tokens, pool, text, start, i, TokenKind.Word);
                // A possessive 's after the word.
                if (i + 1 < n && IsApostropheGlyph(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S')
                    && (i + 2 >= n || !IsWordChar(text[i + 2])))
                {
                    Add(tokens, pool, text, i, i + 2, TokenKind.Possessive);
                    i += 2;
                }
                continue;
            }

            if (IsQuoteGlyph(c))
            {
                Add(tokens, pool, text, i, i + 1, TokenKind.QuoteMark);
                i++;
                continue;
            }

            if (IsDashGlyph(c) || c == '-' || c == '\u2010' || c == '\u2011')
            {
                // "--" counts as one dash.
                var j = i + 1;
                while (j < n && (text[j] == '-' || IsDashGlyph(text[j]))) j++;
                Add(tokens, pool, text, i, j, TokenKind.Dash);
                i = j;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < n)
            {
                Add(tokens, pool, text, i, i + 2, TokenKind.Punct);
                i += 2;
                continue;
            }

            Add(tokens, pool, text, i, i + 1, TokenKind.Punct);
            i++;
        }
        return tokens;
    }

    private static bool IsValidPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsInnerHyphen(string text, int i) =>
        (text[i] == '-' || text[i] == '\u2010' || text[i] == '\u2011') && i + 1 < text.Length && IsWordChar(text[i + 1]);

    private static int ScanWord(string text, int i, int start)
    {
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else if (IsInnerHyphen(text, i) && i > start)
            {
                i++;
            }
            else if (IsApostropheGlyph(c) && i > start && i + 1 < n && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1])
                     && !((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !IsWordChar(text[i + 2]))))
            {
                // "isn't", "aren't", "doesn't": the negation is a token of its own ("is" + "n't"), as readers of "not" expect.
                if (IsNegatedContraction(text, start, i)) return i - 1;
                // O'Neill, don't — but not the possessive 's, which is its own token.
                i++;
            }
            else if (c == '.' && IsAcronymDot(text, start, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// Whether the apostrophe at <paramref name="apostrophe"/> closes "n't" after at least one more letter of the word that
    /// starts at <paramref name="start"/> ("isn't", "wasn't"; not "n't" itself).
    /// </summary>
    private static bool IsNegatedContraction(string text, int start, int apostrophe) =>
        apostrophe - 1 > start && (text[apostrophe - 1] == 'n' || text[apostrophe - 1] == 'N')
        && apostrophe + 1 < text.Length && (text[apostrophe + 1] == 't' || text[apostrophe + 1] == 'T')
        && (apostrophe + 2 >= text.Length || !IsWordChar(text[apostrophe + 2]));

    /// <summary>The negation token, one string whatever the apostrophe ("n't", "n’t").</summary>
    private const string NegationToken = "n't";

    /// <summary>A dot inside or closing an acronym written with dots: U.S., U.K., U.A.E.</summary>
    private static bool IsAcronymDot(string text, int start, int dot)
    {
        // The part before the dot must be one letter right after start or after a previous dot (or a hyphen: "Mekong-U.S.").
        if (dot - 1 < start || !char.IsLetter(text[dot - 1])) return false;
        if (dot - 2 >= start && text[dot - 2] != '.' && text[dot - 2] != '-') return false;
        var n = text.Length;
        // Followed by a single letter and another dot: an inner dot.
        if (dot + 2 < n && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.') return true;
        // The closing dot of an acronym that already has a dot (U.S.).
        return dot - 2 > start && text[dot - 2] == '.' && char.IsUpper(text[dot - 1]);
    }

    private static void Add(List<Token> tokens, WordPool pool, string text, int start, int end, TokenKind kind)
    {
        var classify = kind is TokenKind.Word or TokenKind.Number;
        string value;
        Lexicon.WordClass wordClass;
        if (end - start == 3 && kind == TokenKind.Word && (text[start] == 'n' || text[start] == 'N') && IsApostropheGlyph(text[start + 1]) && (text[start + 2] == 't' || text[start + 2] == 'T'))
        {
            value = pool.Get(NegationToken, 0, 3, classify, out wordClass);
        }
        else
        {
            value = pool.Get(text, start, end - start, classify, out wordClass);
        }
        var recycled = t_recycled!;
        var index = tokens.Count;
        if (index < recycled.Count)
        {
            var token = recycled[index];
            token.Reset(index, start, kind, value, wordClass);
            tokens.Add(token);
            return;
        }

        var created = new Token(index, start, kind, value) { Class = wordClass };
        if (recycled.Count < MaxRecycled) recycled.Add(created);
        tokens.Add(created);
    }
}
