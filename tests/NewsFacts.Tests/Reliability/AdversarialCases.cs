using System;
using System.Collections.Generic;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// What each file of <c>Reliability/Adversarial/</c> must give beyond the checks every case gets
/// (see <see cref="AdversarialCorpusTests"/>): the diagnostics a reader needs, and the facts that
/// must still come out. Files are given to the generator as bytes decoded the way the compiler
/// decodes them; a <c>*.u.txt</c> file is text with <c>\uXXXX</c> escapes, given as a string (as an
/// editor buffer is), for what no encoded file can hold (lone surrogates).
/// </summary>
public static class AdversarialCases
{
    /// <summary>The facts of the standard body most cases share ("base" below).</summary>
    private static readonly string[] BasePeople = { "Arvid Kellström" };

    private static readonly string[] BaseCountries = { "Estonia", "Finland", "Iceland", "Latvia", "Norway" };

    private static readonly string[] BaseOrganizations = { "ACU" };

    /// <summary>The expectations of one file.</summary>
    /// <param name="Diagnostics">Ids that must be reported (per article or by the generator).</param>
    /// <param name="Quotes">Texts that some quote must contain.</param>
    /// <param name="People">Names that must be among the people.</param>
    /// <param name="Countries">Names that must be among the countries.</param>
    /// <param name="Organizations">Acronyms (or names) that must be among the organisations.</param>
    /// <param name="Title">The article's title, when it must be exactly that.</param>
    /// <param name="Copies">How many times the file is given (under different paths).</param>
    public sealed record Expectation(
        string[] Diagnostics,
        string[] Quotes,
        string[] People,
        string[] Countries,
        string[] Organizations,
        string? Title = null,
        int Copies = 1);

    private static Expectation Base(params string[] quotes) => new(Array.Empty<string>(), quotes, BasePeople, BaseCountries, BaseOrganizations);

    private static Expectation Nothing(string diagnostic) => new(new[] { diagnostic }, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

    private static Expectation People(params string[] people) => new(Array.Empty<string>(), Array.Empty<string>(), people, Array.Empty<string>(), Array.Empty<string>());

    /// <summary>Every file of the corpus and its expectations.</summary>
    public static readonly IReadOnlyDictionary<string, Expectation> All = new Dictionary<string, Expectation>(StringComparer.Ordinal)
    {
        // Quotes holding what would break a string literal, a comment, XML docs or the preprocessor.
        ["quote-straight-double-quotes.txt"] = Base("We said \"no\" and we meant \"no\","),
        ["quote-triple-quotes.txt"] = Base("Write \"\"\" and then \"\"\"\" in the minutes,") with { Diagnostics = new[] { "NF0004" } },
        // The straight quote inside the curly quotation is nested: one quotation, nothing unbalanced.
        ["quote-backslashes.txt"] = Base(@"Save it to C:\new\table\x41 and \\server\share, not \"" or \u0022 or \\,"),
        ["quote-braces.txt"] = Base("Our {0} plan is {{done}}, ${not} } a { template,"),
        ["quote-comment-close.txt"] = Base("End of story */ and /* start of another // not a comment,"),
        ["quote-summary-close.txt"] = Base("</summary><para>Injected</para><summary> & <b>bold</b> &amp; &lt; <!-- x -->,"),
        ["quote-cdata-close.txt"] = Base("]]> and <![CDATA[ raw ]]> and ]]>,"),
        ["quote-preprocessor.txt"] = Base("#error injected #line 1 \"evil.cs\" #if false"),
        ["quote-line-separators.txt"] = Base("One line two lines three four five six,"),
        ["quote-nul.txt"] = Base("Before the NUL \0 after the NUL,"),
        ["quote-bidi-override.txt"] = Base("Trust \u202Eno one\u202C and \u2066isolate\u2069 \u200Bzero\u200Dwidth,"),
        ["quote-noncharacters.txt"] = Base("Keys \uFFFE and \uFFFF and \uFDD0 and private \uE000,"),
        ["quote-emoji-and-combining.txt"] = Base("Deal \U0001F91D done, cafe\u0301 cre\u0300me, \U0001D54F math,"),
        ["quote-marks-mixed.txt"] = Base("Gut", "Oui", "Yes", "single", "straight"),
        ["lone-surrogates.u.txt"] = Base("High \uD800 alone, low \uDC00 alone, reversed \uDC00\uD800 pair,"),
        ["control-characters.txt"] = People("Arvid Kellström") with { Quotes = new[] { "Bell \u0007 escape \u001B delete \u007F and C1 \u0080\u009F." } },
        ["nested-quotes-deep.txt"] = Base("enough") with { Diagnostics = new[] { "NF0004" } },
        ["title-hostile.txt"] = Base("Fine,") with { Title = "*/ </summary> \"#error\" \u202E{0}\\ ]]>" },

        // Names: keywords and API member names, diacritics, digits, collisions, invisible characters.
        ["names-keywords.txt"] = People("Null Void", "Class Default", "Int Object") with { Quotes = new[] { "We agree on everything,", "So do we," } },
        ["names-api-members.txt"] = People("Get Type", "Reference Equals") with { Diagnostics = new[] { "NF0009" }, Organizations = new[] { "ALL", "INFO" } },
        ["names-diacritics.txt"] = People("Zoë Brønlund", "Şule Yıldız", "Nguyễn Thị Lan", "Jürgen Maß"),
        ["names-same-identifier.txt"] = People("Jean-Luc Martin", "Jean Luc Martin") with { Diagnostics = new[] { "NF0009" } },
        ["names-digit-start.txt"] = People() with { Quotes = new[] { "Numbers first," } },
        ["name-very-long.txt"] = People() with { Quotes = new[] { "My name is long." } },
        ["name-2000-chars.txt"] = People("A" + new string('b', 1999) + " Kellstrom") with { Quotes = new[] { "We agree,", "E" + new string('f', 1999) } },
        ["zero-width-and-soft-hyphen.txt"] = People() with { Quotes = new[] { "We agree," } },

        // Line endings, encodings and byte order marks: the same facts.
        ["line-endings-lf.txt"] = Base("We will not be divided,"),
        ["line-endings-crlf.txt"] = Base("We will not be divided,"),
        ["line-endings-cr.txt"] = Base("We will not be divided,"),
        ["line-endings-mixed.txt"] = Base("We will not be divided,"),
        ["encoding-utf8-bom.txt"] = Base("Ça va, Kellström,"),
        ["encoding-utf8-no-bom.txt"] = Base("Ça va, Kellström,"),
        ["encoding-utf16le-bom.txt"] = Base("Ça va, Kellström,"),
        ["encoding-utf16be-bom.txt"] = Base("Ça va, Kellström,"),
        ["encoding-latin1.txt"] = Base("Ça va, Kellström,"),
        ["encoding-utf16le-no-bom.txt"] = Nothing("NF0007"),

        // Nothing to read.
        ["empty.txt"] = Nothing("NF0006"),
        ["whitespace-only.txt"] = Nothing("NF0006"),
        ["bom-only.txt"] = Nothing("NF0006"),
        ["binary.txt"] = Nothing("NF0007"),
        ["binary-valid-utf8.txt"] = Nothing("NF0007"),

        // Problems the reader is told about, with the rest of the facts.
        ["unclosed-quote.txt"] = Base("We will never agree to this, Kellström said.") with { Diagnostics = new[] { "NF0004" } },
        ["stray-closing-quote.txt"] = Base() with { Diagnostics = new[] { "NF0004" } },
        ["same-article-twice.txt"] = Base("Twice is once too many,") with { Diagnostics = new[] { "NF0008" }, Copies = 2 },
    };
}
