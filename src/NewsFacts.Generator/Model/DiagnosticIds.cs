namespace NewsFacts.Model;

/// <summary>
/// The diagnostic catalogue's ids, shared by the extractor (which only produces data) and the
/// generator/analyzer (which turns the data into Roslyn diagnostics). Messages live in
/// <c>Diagnostics/DiagnosticDescriptors.cs</c> and in <c>docs/diagnostics.md</c>.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A stated count disagrees with the states named. Args: organisation, relation, stated, named count, names.</summary>
    public const string CountMismatch = "NF0001";

    /// <summary>A state is called a member and a non-member. Args: country, organisation.</summary>
    public const string MemberAndNonMember = "NF0002";

    /// <summary>Contradicting join dates. Args: country, organisation, when 1, when 2.</summary>
    public const string ContradictingJoinDates = "NF0003";

    /// <summary>An unbalanced or unclosed quotation mark. Args: the mark.</summary>
    public const string UnclosedQuote = "NF0004";

    /// <summary>A statement with no attributable speaker (information). Args: the quote text (shortened).</summary>
    public const string UnattributedQuote = "NF0005";

    /// <summary>The article is empty. Args: file.</summary>
    public const string EmptyArticle = "NF0006";

    /// <summary>The article is unreadable or not text. Args: file, reason.</summary>
    public const string NotText = "NF0007";

    /// <summary>Two articles have the same content. Args: file, other file.</summary>
    public const string DuplicateArticle = "NF0008";

    /// <summary>Two facts make the same generated name. Args: name, first, second, name used.</summary>
    public const string NameCollision = "NF0009";

    /// <summary>Counts stated by two articles disagree. Args: organisation, relation, value 1, value 2.</summary>
    public const string CountsDisagreeAcrossArticles = "NF0010";
}
