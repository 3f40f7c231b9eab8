using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// CsCheck generators of hostile and realistic articles: random Unicode, soups of quotation marks and
/// apostrophes, and mixes of realistic summit / bloc / quotation sentences (from a small bank of
/// invented organisations, people and places) with noise, line breaks of every kind, and sizes from
/// 0 bytes to 1 MB (large ones rare).
/// </summary>
public static class ArticleGenerators
{
    /// <summary>Invented organisations and their acronyms.</summary>
    public static readonly (string Name, string Acronym)[] Organizations =
    {
        ("Northern Lakes Council", "NLC"),
        ("Amber Coast Union", "ACU"),
        ("Pacific Reef Forum", "PRF"),
        ("Union of Steppe States", "USS"),
        ("Andean Water Compact", "AWC"),
        ("Saharan Solar Alliance", "SSA"),
        ("Organisation of Island Republics", "OIR"),
        ("Caspian Grain Bloc", "CGB"),
    };

    /// <summary>Invented people: diacritics, hyphens, apostrophes, particles, names near keywords.</summary>
    public static readonly string[] People =
    {
        "Arvid Kellström", "Mira Odenwald", "Tomasz Wierzbicki-Hale", "Aiyana Redcloud", "Ngozi Abara",
        "Seán Ó Briain", "Chloé Duval-Ferrand", "Kwame Osei", "Dang Thi Hoa", "Inês Carvalho", "Bo Lindqvist",
        "Liam O'Connell", "Zoë Brønlund", "Jürgen Maß", "Şule Yıldız", "Emeka d'Almeida", "Class Default",
        "Int Object", "Null Void", "Ana María de la Cruz", "Mehmet Öztürk", "José Marti", "Jose Martí",
    };

    /// <summary>Titles and offices.</summary>
    public static readonly string[] Titles =
    {
        "Prime Minister", "President", "Foreign Minister", "Secretary-General", "Chancellor", "Deputy Prime Minister",
        "Kazakh President", "Chilean Foreign Minister", "Minister",
    };

    /// <summary>Real states (the gazetteer's), written as articles write them.</summary>
    public static readonly string[] Countries =
    {
        "Norway", "Finland", "Estonia", "Chile", "Peru", "Kenya", "Ghana", "Türkiye", "Turkey", "Côte d'Ivoire",
        "Timor-Leste", "Mongolia", "Vietnam", "Uruguay", "Fiji", "Samoa", "Latvia", "Iceland", "Bolivia", "Tunisia",
        "Kazakhstan", "Uzbekistan", "the United States", "the U.S.", "South Africa", "Papua New Guinea",
    };

    /// <summary>Invented places.</summary>
    public static readonly string[] Places = { "Varnholm", "Port Ellery", "Qaratau", "San Lucío", "Moravka", "Île-aux-Pins", "Tiraspolé" };

    /// <summary>Time expressions.</summary>
    public static readonly string[] Times = { "on Monday", "on Thursday", "next year", "in January", "on July 4", "by 2027", "this week" };

    /// <summary>Ordinary words for quotations.</summary>
    public static readonly string[] Phrases =
    {
        "we will not be divided", "the door remains open", "this is a historic day for the region",
        "nobody here wants a new cold war", "our bloc is stronger than ever", "the talks were frank and useful",
        "we expect results, not promises", "security", "hegemony", "a new chapter", "strategic patience",
        "there is no alternative to dialogue", "it's the members' decision", "we won't accept 'business as usual'",
    };

    /// <summary>Fragments that break naive code generators: C# and XML syntax, escapes, controls, bidi, surrogates.</summary>
    public static readonly string[] Hostile =
    {
        "\"", "\"\"\"", "\\", "\\\"", "\\n", "\\u0022", "{", "}", "{0}", "{{x}}", "$\"{x}\"", "@\"", "*/", "/*", "//",
        "</summary>", "<summary>", "<para>", "]]>", "<![CDATA[", "&amp;", "&#x0;", "<!--", "#error boom", "#line 1 \"evil.cs\"",
        "#if false", "#pragma warning disable", "#nullable disable", "#region", "\u2028", "\u2029", "\0", "\u0085", "\u202E",
        "\u202D", "\u2066", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\U0001F600", "\uFFFE", "\uFFFF", "\u000B",
        "\u001B[31m", "\t", "\r", "'", "\u2019", "`", "global::System", "class", "null", "default!", "\");", "}}}}",
        "\u0301", "e\u0301", "\u00A0", "\u3000", "ﬁ", "İ", "ı",
    };

    /// <summary>Pairs of opening and closing marks, matched and mismatched.</summary>
    public static readonly (string Open, string Close)[] Marks =
    {
        ("\"", "\""), ("\"", "\""), ("\u201C", "\u201D"), ("\u201C", "\u201D"), ("\u201E", "\u201C"), ("\u00AB", "\u00BB"),
        ("\u00AB\u00A0", "\u00A0\u00BB"), ("\u2039", "\u203A"), ("'", "'"), ("\u2018", "\u2019"), ("\u201A", "\u2018"),
        ("\u201D", "\u201D"), ("\"", "\u201D"), ("\u201C", "\""), ("\u201F", "\u201D"), ("\"", ""), ("", "\""),
    };

    /// <summary>Every quotation mark and apostrophe glyph.</summary>
    public const string MarkGlyphs = "\"'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A`\u00B4";

    /// <summary>Line breaks of every kind.</summary>
    public static readonly string[] LineBreaks = { "\n", "\n", "\r\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085" };

    private static readonly Gen<string> Person = Gen.OneOf(People);

    private static readonly Gen<string> Country = Gen.OneOf(Countries);

    private static readonly Gen<(string Name, string Acronym)> Organization = Gen.OneOf(Organizations);

    private static readonly Gen<string> Break = Gen.OneOf(LineBreaks);

    /// <summary>Any UTF-16 code unit, lone surrogates and controls included (CsCheck's own char generator favours ASCII).</summary>
    public static readonly Gen<char> AnyChar = Gen.Frequency((3, Gen.Char['\u0000', '\uFFFF']), (1, Gen.Char));

    /// <summary>Characters that matter to the scanners: marks, spaces, breaks, punctuation, capitals.</summary>
    public static readonly Gen<char> SoupChar = Gen.Frequency(
        (6, Gen.Char[MarkGlyphs]),
        (6, Gen.Char[" \n\r\t\u00A0\u2028\u2029\u0085"]),
        (4, Gen.Char[".,;:!?()[]{}-\u2013\u2014/\\*#<>&$@"]),
        (8, Gen.Char['a', 'z']),
        (4, Gen.Char['A', 'Z']),
        (1, Gen.Char['0', '9']),
        (1, Gen.Char["\0\u001B\u202E\uFEFF\uD800\uDC00\u0301"]),
        (1, AnyChar));

    /// <summary>Random Unicode text, short.</summary>
    public static readonly Gen<string> RandomUnicode = Gen.String[AnyChar, 0, 300];

    /// <summary>Quotation marks, apostrophes, words and breaks in any order.</summary>
    public static readonly Gen<string> MarkSoup = Gen.String[SoupChar, 0, 600];

    /// <summary>The words of a quotation: ordinary phrases, sometimes with hostile fragments.</summary>
    public static readonly Gen<string> QuoteWords = Gen.Frequency(
            (6, Gen.OneOf(Phrases)),
            (2, Gen.OneOf(Hostile)),
            (1, Gen.String[SoupChar, 1, 20]))
        .Array[1, 4]
        .Select(parts => string.Join(" ", parts));

    /// <summary>A quotation with marks around it (sometimes mismatched or missing).</summary>
    public static readonly Gen<string> Quotation = Gen.Select(Gen.OneOf(Marks), QuoteWords, Gen.Int[0, 9], (marks, words, end) =>
        marks.Open + (end < 6 ? Capitalize(words) : words) + (end < 3 ? "," : end < 5 ? "." : string.Empty) + marks.Close);

    /// <summary>A realistic sentence about a summit, a bloc, its members or a quotation.</summary>
    public static readonly Gen<string> Sentence = Gen.Select(
        Gen.Int[0, 21],
        Person,
        Person,
        Organization,
        Country.Array[4],
        Gen.Select(Quotation, Gen.OneOf(Titles), Gen.OneOf(Places), Gen.OneOf(Times), Gen.Int[2, 30]),
        (template, person, other, org, c, rest) =>
        {
            var (quote, title, place, time, n) = rest;
            var last = person.Split(' ').Last();
            return template switch
            {
                0 => $"{title} {person} hosted leaders of the {org.Name} ({org.Acronym}) in {place} {time}.",
                1 => $"The {n}-member {org.Acronym} includes {c[0]}, {c[1]} and {c[2]}.",
                2 => $"The bloc's members are {c[0]}, {c[1]}, {c[2]} and {c[3]}.",
                3 => $"{c[0]} and {c[1]} are dialogue partners of the {org.Acronym}, while {c[2]} is an observer.",
                4 => $"{c[0]} will join the {org.Acronym} {time}.",
                5 => $"{c[0]} is not a member of the {org.Name}.",
                6 => $"The {org.Acronym} has {n} member states and {n / 2} observers.",
                7 => $"{quote} {person} said.",
                8 => $"{quote} said {title} {person}.",
                9 => $"{person} told {other}: {quote}",
                10 => $"{last} said the bloc would {quote}.",
                11 => $"In a statement, the foreign ministry of {c[0]} said {quote}",
                12 => $"Critics dismissed the so-called {quote} plan.",
                13 => quote,
                14 => $"{quote} \u2014 {person}",
                15 => $"He added: {quote}",
                16 => $"Asked about {c[0]}, {last} said: {quote}",
                17 => $"{person}, the {title} of {c[0]}, met {other} in {place}.",
                18 => $"The {org.Name}, founded in {1990 + n}, has {n} members, {c[0]} among them.",
                19 => $"According to {person}, {quote}",
                20 => $"{quote}, {last} told reporters, {quote}",
                _ => $"{c[0]}'s delegation left {place} {time}.",
            };
        });

    /// <summary>A paragraph: one to six sentences, sometimes with noise inside.</summary>
    public static readonly Gen<string> Paragraph = Gen.Frequency(
            (8, Sentence),
            (1, Gen.String[SoupChar, 0, 40]),
            (1, Gen.Select(Sentence, Gen.String[SoupChar, 1, 8], Gen.Int[0, 200], (s, noise, at) => s.Insert(Math.Min(at, s.Length), noise))))
        .Array[1, 6]
        .Select(sentences => string.Join(" ", sentences));

    /// <summary>A headline and paragraphs, with one kind of line break (or mixed ones).</summary>
    public static readonly Gen<string> Realistic = Gen.Select(
        Gen.Select(Organization, Gen.OneOf(Places), Person, (org, place, person) => $"{org.Acronym} leaders meet in {place} as {person} calls for unity"),
        Paragraph.Array[0, 10],
        Break,
        Gen.Int[0, 9],
        Gen.Int[0, 9],
        (headline, paragraphs, br, shape, bom) =>
        {
            var separator = shape < 6 ? br + br : shape < 8 ? br : br + " " + br + br;
            var text = (shape == 9 ? string.Empty : headline + separator) + string.Join(separator, paragraphs) + (shape % 2 == 0 ? br : string.Empty);
            return bom == 0 ? "\uFEFF" + text : text;
        });

    /// <summary>Articles up to a few kilobytes, of every kind, mostly realistic.</summary>
    public static readonly Gen<string> SmallArticle = Gen.Frequency(
        (12, Realistic),
        (3, MarkSoup),
        (2, RandomUnicode),
        (1, Gen.OneOf(string.Empty, " ", "\n\n", "\r\n", "\uFEFF", "\uFEFF\n", "\"", "'", "\u201C", "\t\u2028\u2029")),
        (1, Gen.Select(Realistic, RandomUnicode, Gen.Int[0, 4000], (text, noise, at) => text.Insert(Math.Min(at, text.Length), noise))));

    /// <summary>A large article, 64 KB to 1 MB: realistic paragraphs repeated (to 256 KB) or noise (to 1 MB).</summary>
    public static readonly Gen<string> LargeArticle = Gen.Select(Gen.Int[0, 3], Gen.Int[64 * 1024, 1024 * 1024], Realistic, MarkSoup, RandomUnicode, (kind, size, realistic, soup, noise) =>
        kind switch
        {
            0 => Repeat(realistic.Length > 0 ? realistic + "\n\n" : "Plain words.\n\n", Math.Min(size, 256 * 1024)),
            1 => Repeat(soup + " ", size),
            2 => Repeat(noise + "\"", size),
            _ => new string('a', size - 2) + "\"\"",
        });

    /// <summary>The articles of the extractor's properties: about one in a thousand is large.</summary>
    public static readonly Gen<string> Article = Gen.Frequency((999, SmallArticle), (1, LargeArticle));

    /// <summary>A short description of an article for failure messages.</summary>
    public static string Describe(string text)
    {
        var shown = text.Length <= 400 ? text : text.Substring(0, 400);
        var builder = new StringBuilder("(" + text.Length + " chars) \"");
        foreach (var c in shown)
        {
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append(text.Length > 400 ? "\"…" : "\"").ToString();
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;

    private static string Repeat(string unit, int size)
    {
        if (unit.Length == 0)
        {
            unit = " ";
        }

        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, size);
    }
}
