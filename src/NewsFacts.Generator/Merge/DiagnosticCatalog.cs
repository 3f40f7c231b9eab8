using System;
using System.Collections.Generic;
using System.Globalization;
using NewsFacts.Model;

namespace NewsFacts.Merge;

/// <summary>The default severity of a NewsFacts diagnostic, as plain data (no Roslyn types).</summary>
public enum FactsDiagnosticSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>One entry of the diagnostic catalogue: the wording shared by the generator, the analyzer and the CLI.</summary>
/// <param name="Id">The id, one of <see cref="DiagnosticIds"/>.</param>
/// <param name="Title">A short title (the descriptor's title).</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>... for the diagnostic's string arguments.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Category">The category ("NewsFacts.Articles" or "NewsFacts.Naming").</param>
public sealed record DiagnosticEntry(
    string Id,
    string Title,
    string MessageFormat,
    FactsDiagnosticSeverity Severity,
    string Category)
{
    /// <summary>The help page of the id (docs/diagnostics.md, anchored at the lower-case id).</summary>
    public string HelpLinkUri => DiagnosticCatalog.HelpLinkBase + Id.ToLowerInvariant();
}

/// <summary>
/// The catalogue of NewsFacts diagnostics. Pure C#: the generator builds its
/// <c>DiagnosticDescriptor</c>s from these entries, and the CLI formats its messages with
/// <see cref="FormatMessage"/>, so both say the same words. The wording, severities and categories
/// are those of <c>Diagnostics/DiagnosticDescriptors.cs</c>; a test keeps the two equal.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>Category of the problems found in articles.</summary>
    public const string ArticlesCategory = "NewsFacts.Articles";

    /// <summary>Category of the problems found while naming generated members.</summary>
    public const string NamingCategory = "NewsFacts.Naming";

    /// <summary>The id of the internal-error diagnostic (the generator failed; never thrown).</summary>
    public const string InternalErrorId = "NF0099";

    /// <summary>Where the help pages are; an entry's link is this plus its lower-case id.</summary>
    public const string HelpLinkBase = "https://github.com/newsfacts/newsfacts/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticEntry CountMismatch = new(
        DiagnosticIds.CountMismatch,
        "A stated count disagrees with the states named",
        "The article says {0} has {2} {1}, but names {3}: {4}",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry MemberAndNonMember = new(
        DiagnosticIds.MemberAndNonMember,
        "A state is called a member and a non-member",
        "{0} is called both a member and a non-member of {1}",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry ContradictingJoinDates = new(
        DiagnosticIds.ContradictingJoinDates,
        "Contradicting join dates",
        "{0} joins {1} at contradicting times: '{2}' and '{3}'",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry UnclosedQuote = new(
        DiagnosticIds.UnclosedQuote,
        "Unclosed quotation mark",
        "The quotation mark {0} is never closed; the quote is taken to end with its paragraph",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry UnattributedQuote = new(
        DiagnosticIds.UnattributedQuote,
        "Quote without an attributable speaker",
        "No speaker could be attributed to the quote \"{0}\"",
        FactsDiagnosticSeverity.Info,
        ArticlesCategory);

    public static readonly DiagnosticEntry EmptyArticle = new(
        DiagnosticIds.EmptyArticle,
        "Empty article",
        "The article '{0}' is empty; it yields no facts",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry NotText = new(
        DiagnosticIds.NotText,
        "Article is not readable text",
        "The article '{0}' is not readable text: {1}",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry DuplicateArticle = new(
        DiagnosticIds.DuplicateArticle,
        "Duplicate article",
        "The article '{0}' has the same content as '{1}'; its facts are counted once",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry NameCollision = new(
        DiagnosticIds.NameCollision,
        "Two facts make the same generated name",
        "'{1}' and '{2}' both make the name '{0}'; '{2}' is generated as '{3}'",
        FactsDiagnosticSeverity.Info,
        NamingCategory);

    public static readonly DiagnosticEntry CountsDisagreeAcrossArticles = new(
        DiagnosticIds.CountsDisagreeAcrossArticles,
        "Counts stated by two articles disagree",
        "The articles disagree on the number of {1} of {0}: {2} and {3}",
        FactsDiagnosticSeverity.Warning,
        ArticlesCategory);

    public static readonly DiagnosticEntry InternalError = new(
        InternalErrorId,
        "NewsFacts internal error",
        "NewsFacts failed while {0}: {1}. No facts were generated from this input; please report the issue.",
        FactsDiagnosticSeverity.Error,
        ArticlesCategory);

    /// <summary>Every entry, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticEntry> All { get; } = new[]
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

    /// <summary>The entry for an id, or null when the id is unknown.</summary>
    public static DiagnosticEntry? Find(string? id)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal)) return entry;
        }
        return null;
    }

    /// <summary>The default severity of an id (Warning when unknown).</summary>
    public static FactsDiagnosticSeverity SeverityOf(string? id) => Find(id)?.Severity ?? FactsDiagnosticSeverity.Warning;

    /// <summary>
    /// The message for an id and its arguments, formatted under the invariant culture. Never throws:
    /// missing arguments are left empty, and an unknown id gives the id and its arguments.
    /// </summary>
    public static string FormatMessage(string? id, IReadOnlyList<string>? args)
    {
        var entry = Find(id);
        args ??= Array.Empty<string>();
        if (entry is null)
        {
            return (id ?? "") + (args.Count == 0 ? "" : ": " + string.Join(", ", args));
        }

        // Pad to the largest placeholder the catalogue uses, so a short argument list never throws.
        var values = new object[Math.Max(args.Count, 10)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < args.Count ? args[i] ?? "" : "";
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, entry.MessageFormat, values);
        }
        catch (FormatException)
        {
            return entry.Title;
        }
    }

    /// <summary>The word used in messages for a relation ("members", "dialogue partners"...).</summary>
    public static string RelationWord(RelationKind kind) => kind switch
    {
        RelationKind.Member => "members",
        RelationKind.DialoguePartner => "dialogue partners",
        RelationKind.Observer => "observers",
        RelationKind.NonMember => "non-members",
        RelationKind.Joining => "joining states",
        _ => kind.ToString(),
    };
}
