using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsFacts.Model;

namespace NewsFacts.Diagnostics;

/// <summary>
/// The catalogue of NewsFacts diagnostics: one descriptor per id of <see cref="DiagnosticIds"/>, plus
/// <see cref="InternalErrorId"/>. Documented in docs/diagnostics.md; tracked in AnalyzerReleases.*.md.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The id of the internal-error diagnostic (the generator failed; never thrown).</summary>
    public const string InternalErrorId = "NF0099";

    /// <summary>Category of the problems found in articles.</summary>
    public const string ArticlesCategory = "NewsFacts.Articles";

    /// <summary>Category of the problems found while naming generated members.</summary>
    public const string NamingCategory = "NewsFacts.Naming";

    /// <summary>Category of the problems found in the consumer's code that uses the generated API.</summary>
    public const string UsageCategory = "NewsFacts.Usage";

    /// <summary>The id of <see cref="UnknownCountry"/>.</summary>
    public const string UnknownCountryId = "NF0101";

    /// <summary>The id of <see cref="UseTypedMember"/>.</summary>
    public const string UseTypedMemberId = "NF0102";

    /// <summary>The diagnostic property naming the suggested field of <c>Countries</c> (NF0101, NF0102).</summary>
    public const string MemberProperty = "Member";

    /// <summary>The diagnostic property with the suggested country's name (NF0101, NF0102).</summary>
    public const string CountryNameProperty = "CountryName";

    /// <summary>The diagnostic property with the fully qualified <c>Countries</c> type (NF0101, NF0102).</summary>
    public const string CountriesTypeProperty = "CountriesType";

    /// <summary>The diagnostic property naming the lookup that takes the string ("Get" or "IsMember").</summary>
    public const string LookupProperty = "Lookup";

    private const string HelpLinkBase = "https://github.com/newsfacts/newsfacts/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor CountMismatch = Create(
        DiagnosticIds.CountMismatch,
        "A stated count disagrees with the states named",
        "The article says {0} has {2} {1}, but names {3}: {4}",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MemberAndNonMember = Create(
        DiagnosticIds.MemberAndNonMember,
        "A state is called a member and a non-member",
        "{0} is called both a member and a non-member of {1}",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ContradictingJoinDates = Create(
        DiagnosticIds.ContradictingJoinDates,
        "Contradicting join dates",
        "{0} joins {1} at contradicting times: '{2}' and '{3}'",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnclosedQuote = Create(
        DiagnosticIds.UnclosedQuote,
        "Unclosed quotation mark",
        "The quotation mark {0} is never closed; the quote is taken to end with its paragraph",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnattributedQuote = Create(
        DiagnosticIds.UnattributedQuote,
        "Quote without an attributable speaker",
        "No speaker could be attributed to the quote \"{0}\"",
        ArticlesCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        DiagnosticIds.EmptyArticle,
        "Empty article",
        "The article '{0}' is empty; it yields no facts",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotText = Create(
        DiagnosticIds.NotText,
        "Article is not readable text",
        "The article '{0}' is not readable text: {1}",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateArticle = Create(
        DiagnosticIds.DuplicateArticle,
        "Duplicate article",
        "The article '{0}' has the same content as '{1}'; its facts are counted once",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        DiagnosticIds.NameCollision,
        "Two facts make the same generated name",
        "'{1}' and '{2}' both make the name '{0}'; '{2}' is generated as '{3}'",
        NamingCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor CountsDisagreeAcrossArticles = Create(
        DiagnosticIds.CountsDisagreeAcrossArticles,
        "Counts stated by two articles disagree",
        "The articles disagree on the number of {1} of {0}: {2} and {3}",
        ArticlesCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        InternalErrorId,
        "NewsFacts internal error",
        "NewsFacts failed while {0}: {1}. No facts were generated from this input; please report the issue.",
        ArticlesCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownCountry = Create(
        UnknownCountryId,
        "A string names no country of the articles",
        "'{0}' is not a country in the articles{1}",
        UsageCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UseTypedMember = Create(
        UseTypedMemberId,
        "A country named by a string has a typed member",
        "'{0}' names a country of the articles: use the typed member '{1}'",
        UsageCategory,
        DiagnosticSeverity.Info);

    /// <summary>
    /// Every descriptor of the problems found in articles, in id order (the CLI's catalogue,
    /// <c>Merge/DiagnosticCatalog</c>, has the same); the consumer-code ones are in <see cref="Usage"/>.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        CountMismatch,
        MemberAndNonMember,
        ContradictingJoinDates,
        UnclosedQuote,
        UnattributedQuote,
        EmptyArticle,
        NotText,
        DuplicateArticle,
        NameCollision,
        CountsDisagreeAcrossArticles,
        InternalError,
    };

    /// <summary>The descriptors of the problems found in the consumer's code (NF0101, NF0102).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Usage { get; } = new[]
    {
        UnknownCountry,
        UseTypedMember,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    /// <summary>The descriptor for an id, or null for an id outside the catalogue.</summary>
    public static DiagnosticDescriptor? Find(string id) =>
        id is not null && ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            index[descriptor.Id] = descriptor;
        }

        return index;
    }

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant(),
            customTags: System.Array.Empty<string>());
}
