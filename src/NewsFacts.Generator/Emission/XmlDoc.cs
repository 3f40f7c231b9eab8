using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsFacts.Emission;

/// <summary>Text for /// documentation comments: XML-escaped, one comment line per text line, control
/// characters removed, bidi and other invisible format characters shown as character references.</summary>
public static class XmlDoc
{
    /// <summary>Longest shown sentence of evidence, in characters, before an ellipsis.</summary>
    public const int MaxSentenceLength = 200;

    /// <summary>
    /// Escapes text for an XML doc comment. Line breaks of any kind (CR, LF, U+0085, U+2028, U+2029)
    /// become '\n' (the writer starts a new /// line there); other control characters are removed;
    /// format characters become &amp;#xXXXX; references; lone surrogates, U+FFFE and U+FFFF are removed.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlain(text!))
        {
            return text!;
        }

        var builder = new StringBuilder(text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); continue;
                case '<': builder.Append("&lt;"); continue;
                case '>': builder.Append("&gt;"); continue;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    continue;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    builder.Append('\n');
                    continue;
                case '\t':
                    builder.Append(' ');
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            // U+FFFE and U+FFFF are not XML characters, not even as references (CS1570): removed.
            if (c == '\uFFFE' || c == '\uFFFF')
            {
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Surrogate:
                    continue;
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes text and collapses its line breaks and runs of white space into single spaces.</summary>
    public static string EscapeInline(string? text)
    {
        var escaped = Escape(text);
        if (IsCollapsed(escaped))
        {
            return escaped;
        }

        var builder = new StringBuilder(escaped.Length);
        var space = false;
        foreach (var c in escaped)
        {
            if (c == '\n' || c == ' ' || char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <see cref="Escape"/> would give the text back unchanged: no markup character, line break,
    /// tab, control, format, private-use, unassigned or surrogate character, U+FFFE or U+FFFF. Most text
    /// is plain: it is then returned as it is, without a copy.
    /// </summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (c < 0x20 || c == 0x7F || c == '&' || c == '<' || c == '>')
                {
                    return false;
                }

                continue;
            }

            if (c == '\uFFFE' || c == '\uFFFF')
            {
                return false;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="EscapeInline"/>'s collapsing would leave the text as it is: single spaces between words only.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ')
                {
                    return false;
                }
            }
            else if (c == '\n' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Shortens a sentence to about <see cref="MaxSentenceLength"/> characters, at a word
    /// boundary, with an ellipsis; line breaks and runs of white space collapsed. Not escaped.</summary>
    public static string Shorten(string? sentence, int maxLength = MaxSentenceLength)
    {
        var text = CollapseWhiteSpace(sentence ?? string.Empty);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2)
        {
            cut = maxLength;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut).TrimEnd() + "\u2026";
    }

    /// <summary>Splits escaped doc text into its lines (see <see cref="Escape"/>).</summary>
    public static IEnumerable<string> Lines(string escaped)
    {
        foreach (var line in escaped.Split('\n'))
        {
            yield return line.TrimEnd();
        }
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u2028' || c == '\u2029')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
