namespace NewsFacts.Model;

/// <summary>A state's relation with an organisation, merged across sentences and articles.</summary>
/// <param name="Whens">For joining: every distinct time expression as written (may be empty).</param>
/// <param name="Evidence">Every sentence that states the relation, ordered by file, line, column.</param>
public sealed record MergedRelation(
    RelationKind Kind,
    string Country,
    string Iso2,
    EquatableArray<string> Whens,
    EquatableArray<Evidence> Evidence);

/// <summary>One distinct stated count for a relation kind, with every sentence stating it.</summary>
public sealed record MergedCount(RelationKind Kind, int Value, EquatableArray<Evidence> Evidence);

/// <summary>An organisation merged across articles (by acronym, else by normalised name).</summary>
public sealed record MergedOrganization(
    string Key,
    string Name,
    string? Acronym,
    EquatableArray<MergedRelation> Relations,
    EquatableArray<MergedCount> Counts,
    EquatableArray<Evidence> Evidence);

/// <summary>A country mentioned in any article.</summary>
public sealed record MergedCountry(string Name, string Iso2, EquatableArray<string> AsWritten, EquatableArray<Evidence> Evidence);

/// <summary>A person merged across articles under the fullest name given.</summary>
public sealed record MergedPerson(string Name, string? Title, string? Country, EquatableArray<Evidence> Evidence);

/// <summary>An article: its file name and headline.</summary>
public sealed record ArticleInfo(string File, string? Title);

/// <summary>
/// The merged facts of all articles: the only input of the emitter. Holds no paths of the machine,
/// so that the generated source depends on the facts alone.
/// </summary>
/// <param name="Diagnostics">Cross-article problems (per-article ones travel with each article).</param>
public sealed record FactsModel(
    EquatableArray<ArticleInfo> Articles,
    EquatableArray<MergedOrganization> Organizations,
    EquatableArray<MergedCountry> Countries,
    EquatableArray<MergedPerson> People,
    EquatableArray<QuoteFacts> Quotes,
    EquatableArray<ArticleDiagnostic> Diagnostics)
{
    /// <summary>No article, no fact.</summary>
    public static FactsModel Empty { get; } = new(
        EquatableArray<ArticleInfo>.Empty,
        EquatableArray<MergedOrganization>.Empty,
        EquatableArray<MergedCountry>.Empty,
        EquatableArray<MergedPerson>.Empty,
        EquatableArray<QuoteFacts>.Empty,
        EquatableArray<ArticleDiagnostic>.Empty);
}
