extern alias cli;

using cli::NewsFacts.Model;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// Builders for the CLI's copy of the model. The CLI compiles the generator's model source into its own
/// assembly, so the test project references it under the alias <c>cli</c> (see the csproj) to keep its
/// types apart from the generator assembly's identical ones.
/// </summary>
internal static class CliModels
{
    public static Evidence Ev(string file, int line, int column = 1, string? sentence = null)
        => new(file, line, column, sentence ?? $"Sentence at {file}:{line}.");

    public static EquatableArray<T> Arr<T>(params T[] items)
        where T : System.IEquatable<T>
        => new(items);

    public static FactsModel BuildModel(
        ArticleInfo[]? articles = null,
        MergedOrganization[]? organizations = null,
        MergedCountry[]? countries = null,
        MergedPerson[]? people = null,
        QuoteFacts[]? quotes = null,
        ArticleDiagnostic[]? diagnostics = null)
        => new(
            Arr(articles ?? System.Array.Empty<ArticleInfo>()),
            Arr(organizations ?? System.Array.Empty<MergedOrganization>()),
            Arr(countries ?? System.Array.Empty<MergedCountry>()),
            Arr(people ?? System.Array.Empty<MergedPerson>()),
            Arr(quotes ?? System.Array.Empty<QuoteFacts>()),
            Arr(diagnostics ?? System.Array.Empty<ArticleDiagnostic>()));

    public static ArticleDiagnostic Diagnostic(string id, string path, int line0, int column0, params string[] args)
        => new(id, Arr(args), path, 0, 0, line0, column0, line0, column0);
}
