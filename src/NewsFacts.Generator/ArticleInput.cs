using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsFacts;

/// <summary>
/// One NewsArticle additional file as plain, equatable data: its path, the title given in MSBuild
/// metadata, and its text (or why it has none). Holds no <see cref="AdditionalText"/>, so the
/// pipeline caches by value: an unchanged file gives an equal input and is not extracted again.
/// </summary>
/// <param name="Path">The path of the file, as the compiler has it.</param>
/// <param name="Title">The <c>Title</c> metadata of the NewsArticle item, or null.</param>
/// <param name="Text">The whole text, or null when the file could not be read.</param>
public sealed record ArticleInput(string Path, string? Title, string? Text)
{
    /// <summary>The global option naming the metadata that marks an article.</summary>
    public const string ArticleMetadataKey = "build_metadata.AdditionalFiles.NewsFactsArticle";

    /// <summary>The global option of the title metadata.</summary>
    public const string TitleMetadataKey = "build_metadata.AdditionalFiles.NewsFactsTitle";

    /// <summary>True when the additional file is marked NewsFactsArticle="true" (a NewsArticle item).</summary>
    public static bool IsArticle(AnalyzerConfigOptions options) =>
        options.TryGetValue(ArticleMetadataKey, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The input for an additional file, or null when it is not a NewsArticle.</summary>
    public static ArticleInput? TryCreate(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (!IsArticle(options))
        {
            return null;
        }

        var title = DecodeTitle(options.TryGetValue(TitleMetadataKey, out var titleValue) ? titleValue : null);
        try
        {
            var text = file.GetText(cancellationToken);
            return new ArticleInput(file.Path, title, text?.ToString());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // Unreadable: reported as NF0007 by the extraction step.
            return new ArticleInput(file.Path, title, null);
        }
    }

    /// <summary>The title metadata, percent-decoded (the targets encode it), or null when empty.</summary>
    public static string? DecodeTitle(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(value!.Trim());
        }
        catch (Exception)
        {
            decoded = value!.Trim();
        }

        decoded = decoded.Trim();
        return decoded.Length == 0 ? null : decoded;
    }
}
