using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// An additional file given as bytes and decoded the way the command-line compiler decodes an
/// additional file (Roslyn's <c>EncodedStringText.Create</c> with no <c>/codepage</c>): a byte order
/// mark decides the encoding; otherwise strict UTF-8; when that fails, the fallback code page
/// (Windows-1252) with binary detection. A file the compiler cannot read (binary: two NULs in a row
/// after the fallback decoding) has no text: <see cref="GetText"/> returns null, as the compiler's
/// own AdditionalText does after reporting CS2015.
/// </summary>
public sealed class EncodedAdditionalText : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;

    public EncodedAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public override string Path { get; }

    /// <summary>The encoding the compiler falls back to for a file that is not UTF-8.</summary>
    public static Encoding FallbackEncoding { get; } = CreateFallbackEncoding();

    public override SourceText? GetText(CancellationToken cancellationToken = default) => Decode(_bytes);

    /// <summary>Decodes bytes as the compiler does; null when the compiler could not read them.</summary>
    public static SourceText? Decode(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return SourceText.From(stream, StrictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the compiler falls back to the default code page, detecting binary files.
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return SourceText.From(stream, FallbackEncoding, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: true);
        }
        catch (Exception e) when (e is InvalidDataException || e is DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding CreateFallbackEncoding()
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
        }
        catch (NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }
}
