namespace NewsFacts.Extraction.Text;

internal enum TokenKind : byte
{
    /// <summary>Letters and digits, with inner hyphens, apostrophes (O'Neill) and acronym dots (U.S.).</summary>
    Word,

    /// <summary>Digits with inner separators ("1,000", "3.5").</summary>
    Number,

    /// <summary>The possessive "'s" (or "’s") split off a word.</summary>
    Possessive,

    /// <summary>A quotation mark or apostrophe glyph, decided by the quote scanner.</summary>
    QuoteMark,

    /// <summary>An en or em dash, or a hyphen standing alone.</summary>
    Dash,

    /// <summary>Any other single punctuation character.</summary>
    Punct,
}

/// <summary>What the quote scanner decided a quote-mark token is.</summary>
internal enum MarkRole : byte
{
    None,
    Open,
    Close,
    Apostrophe,
}

/// <summary>One token of an article: its place in the text and its role.</summary>
internal sealed class Token
{
    public Token(int index, int start, TokenKind kind, string text)
    {
        Index = index;
        Start = start;
        Kind = kind;
        Text = text;
    }

    /// <summary>
    /// Makes a recycled token a new one (see <see cref="Tokenizer"/>): a thread reads its articles one after
    /// another, and no token outlives the extraction of its article.
    /// </summary>
    internal void Reset(int index, int start, TokenKind kind, string text, Lexicon.WordClass wordClass)
    {
        Index = index;
        Start = start;
        Kind = kind;
        Text = text;
        Paragraph = 0;
        Sentence = 0;
        Quote = -1;
        Role = MarkRole.None;
        Class = wordClass;
    }

    public int Index { get; private set; }

    public int Start { get; private set; }

    /// <summary>The length in the text: the token's text is the text's own characters, so its length (one field less per token).</summary>
    public int Length => Text.Length;

    public int End => Start + Length;

    public TokenKind Kind { get; private set; }

    public string Text { get; private set; }

    public int Paragraph { get; set; }

    public int Sentence { get; set; }

    /// <summary>Index of the quotation this token lies in (marks included), or -1 in narrative.</summary>
    public int Quote { get; set; } = -1;

    public MarkRole Role { get; set; }

    // Held in 16 bits (the classes fit), so that a token takes 48 bytes, not 56.
    private ushort _class;

    /// <summary>What the word lists say about this word (set once per distinct word of the article).</summary>
    public Lexicon.WordClass Class
    {
        get => (Lexicon.WordClass)_class;
        set => _class = (ushort)value;
    }

    public bool Has(Lexicon.WordClass c) => (Class & c) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsNarrative => Quote < 0;

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
