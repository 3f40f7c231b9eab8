using System.Globalization;
using System.Text;

namespace NewsFacts.Emission;

/// <summary>C# literals for generated code. Every character that could change the code's structure or
/// its display (quotes, backslash, control characters, line separators, bidi controls, lone
/// surrogates) is written as an escape sequence.</summary>
public static class Literals
{
    /// <summary>A regular C# string literal ("..."), or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\0': builder.Append("\\0"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (NeedsEscape(c))
            {
                AppendUnicodeEscape(builder, c);
                continue;
            }

            builder.Append(c);
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>An int literal in the invariant culture.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An int? literal: the number, or <c>null</c>.</summary>
    public static string Int(int? value) => value.HasValue ? Int(value.Value) : "null";

    /// <summary>
    /// True for characters written as \uXXXX: controls (including U+0085), format characters (bidi
    /// controls U+202A–U+202E and U+2066–U+2069, zero-width characters, BOM), line and paragraph
    /// separators, lone surrogates, private-use and unassigned code points.
    /// </summary>
    public static bool NeedsEscape(char c)
    {
        if (c >= 0x20 && c < 0x7F)
        {
            return false;
        }

        if (c == '\uFFFE' || c == '\uFFFF')
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
