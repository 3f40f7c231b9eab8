using System;
using System.Text;

namespace NewsFacts.Cli;

/// <summary>The text of an article file, or why it is not text.</summary>
/// <param name="Text">The decoded text (empty when <paramref name="Problem"/> is set).</param>
/// <param name="EncodingName">The encoding used ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "latin-1").</param>
/// <param name="Problem">Why the bytes are not readable text, or null.</param>
public sealed record DecodedArticle(string Text, string EncodingName, string? Problem);

/// <summary>
/// Decodes article files: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; without one, strict UTF-8,
/// falling back to Latin-1 when the bytes are not valid UTF-8. Bytes with NUL characters are binary.
/// </summary>
public static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedArticle Decode(byte[] bytes)
    {
        if (bytes is null) return new DecodedArticle("", "utf-8", null);

        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return Checked(Decode(new UTF32Encoding(bigEndian: false, byteOrderMark: false), bytes, 4), "utf-32le");
        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return Checked(Decode(new UTF32Encoding(bigEndian: true, byteOrderMark: false), bytes, 4), "utf-32be");
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return Checked(Decode(new UTF8Encoding(false), bytes, 3), "utf-8-bom");
        if (StartsWith(bytes, 0xFF, 0xFE)) return Checked(Decode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), bytes, 2), "utf-16le");
        if (StartsWith(bytes, 0xFE, 0xFF)) return Checked(Decode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), bytes, 2), "utf-16be");

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return new DecodedArticle("", "binary", "the file holds NUL bytes (a binary file, or UTF-16 without a byte-order mark)");
        }

        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return Checked(Encoding.Latin1.GetString(bytes), "latin-1");
        }
    }

    private static string Decode(Encoding encoding, byte[] bytes, int skip) => encoding.GetString(bytes, skip, bytes.Length - skip);

    private static DecodedArticle Checked(string text, string encodingName)
    {
        if (text.IndexOf('\0') >= 0) return new DecodedArticle("", encodingName, "the text holds NUL characters (a binary file)");
        var control = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') control++;
        }
        if (control > 0 && control * 20 > text.Length)
        {
            return new DecodedArticle("", encodingName, "the text is mostly control characters (a binary file)");
        }
        return new DecodedArticle(text, encodingName, null);
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
