using System.Threading;
using NewsFacts.Model;

namespace NewsFacts.Extraction;

/// <summary>
/// Per-article extraction: article text in, <see cref="ArticleFacts"/> out. Pure C#, no Roslyn types,
/// shared by the generator, the analyzer and the CLI. Never throws on any input.
/// </summary>
public static class ArticleExtractor
{
    /// <param name="path">The path of the article (kept for diagnostics' locations).</param>
    /// <param name="text">The whole text of the article.</param>
    public static ArticleFacts Extract(string path, string text, CancellationToken cancellationToken = default)
    {
        // Placeholder until the extractor lands (being written in parallel).
        var file = System.IO.Path.GetFileName(path);
        return new ArticleFacts(path, file, null, "", EquatableArray<OrganizationFacts>.Empty, EquatableArray<CountryFacts>.Empty,
            EquatableArray<PersonFacts>.Empty, EquatableArray<QuoteFacts>.Empty, EquatableArray<ArticleDiagnostic>.Empty);
    }
}
