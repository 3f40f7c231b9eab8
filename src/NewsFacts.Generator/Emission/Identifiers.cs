using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsFacts.Emission;

/// <summary>
/// Turns any name ("Côte d'Ivoire", "Türkiye", "2024 summit", "CLF") into a valid C# identifier in
/// PascalCase, and resolves collisions deterministically with numbered suffixes.
/// </summary>
public static class Identifiers
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) folded to ASCII; "" drops the character.
    private static readonly string[] LatinFold =
        "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O||O|U|U|U|U|Y|Th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|n|N|n|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s".Split('|');

    /// <summary>The longest identifier made from a name: longer ones are cut (and numbered if two then collide).</summary>
    public const int MaxNameLength = 128;

    /// <summary>The longest identifier <see cref="MakeValid"/> gives: far below the metadata limit (1,023 UTF-8 bytes, CS7013).</summary>
    public const int MaxIdentifierLength = 256;

    /// <summary>Member names every generated class inherits from <see cref="object"/>: never used for facts.</summary>
    public static readonly IReadOnlyList<string> ObjectMemberNames = new[]
    {
        "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
    };

    /// <summary>Folds diacritics and a few special Latin letters to ASCII ("Türkiye" → "Turkiye", "ß" → "ss").</summary>
    public static string FoldDiacritics(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                builder.Append(c);
            }
            else if (c >= 0xC0 && c <= 0x17F)
            {
                builder.Append(LatinFold[c - 0xC0]);
            }
            else
            {
                builder.Append(FoldOther(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A PascalCase identifier for a name: diacritics folded, words joined with their first letter in
    /// upper case (all-capital words of three letters or more lowered after their first: "CLF" → "Clf",
    /// "EU" stays), every other character dropped ('_' kept between two numbers), '_' before a
    /// leading digit, '@' before a keyword, and "_" for a name with nothing left; at most
    /// <see cref="MaxNameLength"/> characters.
    /// </summary>
    public static string ToPascalCase(string? name)
    {
        var folded = FoldDiacritics(name ?? string.Empty);
        var builder = new StringBuilder(folded.Length);
        var word = new StringBuilder();
        var capitalizeNext = true;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (IsWordCharacter(c))
            {
                word.Append(c);
                continue;
            }

            // An apostrophe inside a word joins it ("China's" → "Chinas") unless it follows a single
            // letter ("d'Ivoire" → "DIvoire", "O'Brien" → "OBrien").
            var isApostrophe = c == '\'' || c == '\u2019';
            if (isApostrophe && word.Length > 1 && i + 1 < folded.Length && IsWordCharacter(folded[i + 1]))
            {
                AppendWord(builder, word, capitalizeNext);
                capitalizeNext = false;
                word.Clear();
                continue;
            }

            AppendWord(builder, word, capitalizeNext);
            capitalizeNext = true;
            word.Clear();
        }

        AppendWord(builder, word, capitalizeNext);
        if (builder.Length > MaxNameLength)
        {
            builder.Length = MaxNameLength;
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>Makes any string a valid identifier: invalid characters dropped, at most <see cref="MaxIdentifierLength"/>
    /// characters, '_' before a digit, '@' before a keyword.</summary>
    public static string MakeValid(string candidate)
    {
        // Most candidates are valid already (made by ToPascalCase): returned as they are, without a copy.
        if (candidate.Length > 0 && candidate.Length <= MaxIdentifierLength && SyntaxFacts.IsIdentifierStartCharacter(candidate[0]) && !IsKeyword(candidate))
        {
            var valid = true;
            foreach (var c in candidate)
            {
                if (!(c == '_' || (SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)))
                {
                    valid = false;
                    break;
                }
            }

            if (valid)
            {
                return candidate;
            }
        }

        var builder = new StringBuilder(candidate.Length + 1);
        foreach (var c in candidate)
        {
            if (c == '_' || (SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
            {
                builder.Append(c);
            }
        }

        if (builder.Length == 0)
        {
            return "_";
        }

        if (builder.Length > MaxIdentifierLength)
        {
            builder.Length = MaxIdentifierLength;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return IsKeyword(identifier) ? "@" + identifier : identifier;
    }

    /// <summary>True when the text is a reserved C# keyword (which needs '@' as an identifier).</summary>
    public static bool IsKeyword(string text) => SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None;

    /// <summary>True when the text is usable as is as an identifier (valid and no keyword).</summary>
    public static bool IsValidIdentifier(string text) => SyntaxFacts.IsValidIdentifier(text) && !IsKeyword(text);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static void AppendWord(StringBuilder builder, StringBuilder word, bool capitalize)
    {
        if (word.Length == 0)
        {
            return;
        }

        var upper = 0;
        var anyLower = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                upper++;
            }
            else if (char.IsLower(word[i]))
            {
                anyLower = true;
            }
        }

        var lowerRest = !anyLower && upper > 2;

        // Two numbers in a row stay apart ("000_99aa" → "_000_99aa", not "_00099aa").
        if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(word[0]))
        {
            builder.Append('_');
        }

        builder.Append(capitalize ? char.ToUpperInvariant(word[0]) : word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            builder.Append(lowerRest ? char.ToLowerInvariant(word[i]) : word[i]);
        }
    }

    private static string FoldOther(char c)
    {
        switch (c)
        {
            case '\u0218': return "S"; // Ș
            case '\u0219': return "s"; // ș
            case '\u021A': return "T"; // Ț
            case '\u021B': return "t"; // ț
            case '\u018F': return "E"; // Ə
            case '\u0259': return "e"; // ə
            case '\u2019': return "'"; // right single quotation mark, used as apostrophe
        }

        // A fixed table, not string.Normalize: that does nothing without ICU (invariant
        // globalization), and the generated names must not depend on the machine.
        return LetterFolds.Fold(c) ?? c.ToString();
    }
}
