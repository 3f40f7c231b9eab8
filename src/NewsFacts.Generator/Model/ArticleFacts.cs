namespace NewsFacts.Model;

/// <summary>Where a fact was read: the article, the 1-based line and column, and the sentence.</summary>
/// <param name="File">The article's file name (no directory), as shown to users.</param>
/// <param name="Line">1-based line of the start of the fact in the article.</param>
/// <param name="Column">1-based column of the start of the fact in the article.</param>
/// <param name="Sentence">The sentence the fact was read from, whitespace collapsed.</param>
public sealed record Evidence(string File, int Line, int Column, string Sentence);

/// <summary>How a state relates to an organisation.</summary>
public enum RelationKind
{
    Member,
    DialoguePartner,
    Observer,
    NonMember,
    Joining,
}

/// <summary>A state in a relation with an organisation, as one sentence states it.</summary>
/// <param name="Country">Common English short name ("Turkey", "United States").</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="AsWritten">The words of the article that named the state ("Türkiye", "Kazakh").</param>
/// <param name="When">For joining: the time words as written ("on Thursday", "July 4"), else null.</param>
public sealed record StateRelation(RelationKind Kind, string Country, string Iso2, string AsWritten, string? When, Evidence Evidence);

/// <summary>A count the text states ("nine-member bloc", "14 dialogue partners").</summary>
public sealed record StatedCount(RelationKind Kind, int Value, string AsWritten, Evidence Evidence);

/// <summary>An organisation found in an article.</summary>
/// <param name="Key">Normalised identity used to merge across articles (acronym if any, else folded name).</param>
/// <param name="Name">Full name as the text writes it (or the acronym when only that is given).</param>
/// <param name="Acronym">Acronym defined or used in the text, or null.</param>
public sealed record OrganizationFacts(
    string Key,
    string Name,
    string? Acronym,
    EquatableArray<StateRelation> Relations,
    EquatableArray<StatedCount> Counts,
    Evidence Evidence);

/// <summary>A country mentioned in an article.</summary>
public sealed record CountryFacts(string Name, string Iso2, string AsWritten, Evidence Evidence);

/// <summary>A person named in an article, with the fullest name the article gives.</summary>
public sealed record PersonFacts(string Name, string? Title, string? Country, Evidence Evidence);

public enum QuoteKind
{
    /// <summary>Reported speech.</summary>
    Statement,

    /// <summary>A scare-quoted word or coined phrase.</summary>
    Term,
}

public enum SpeakerKind
{
    None,
    Person,
    Body,
}

/// <summary>A quotation: the exact words without the marks, where it opens, and who said it.</summary>
/// <param name="Text">The words inside the marks (pieces of a multi-paragraph quote joined by a space).</param>
/// <param name="Speaker">Full name of the person, or the body that speaks, or null.</param>
/// <param name="Addressee">Who was told ("told Velasco" gives the addressee), or null.</param>
/// <param name="Evidence">Line and column of the opening mark, and the sentence holding the quote.</param>
/// <param name="Sieve">The attribution rule that chose the speaker (for tracing), or null.</param>
/// <param name="Repaired">True when the quote was never closed and was closed at the paragraph end.</param>
public sealed record QuoteFacts(
    string Text,
    string? Speaker,
    SpeakerKind SpeakerKind,
    string? Addressee,
    QuoteKind Kind,
    Evidence Evidence,
    string? Sieve,
    bool Repaired);

/// <summary>A problem found in an article, as plain data (turned into a compiler diagnostic later).</summary>
/// <param name="Id">Diagnostic id, one of <see cref="DiagnosticIds"/>.</param>
/// <param name="Args">Message arguments (strings only).</param>
/// <param name="Path">The article's path as given to the extractor (used for the location).</param>
/// <param name="Start">0-based character offset in the article text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Line">0-based start line.</param>
/// <param name="Column">0-based start column.</param>
/// <param name="EndLine">0-based end line.</param>
/// <param name="EndColumn">0-based end column.</param>
public sealed record ArticleDiagnostic(
    string Id,
    EquatableArray<string> Args,
    string Path,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn);

/// <summary>Everything extracted from one article. Pure data, equatable by value.</summary>
/// <param name="Path">The path the article was read from.</param>
/// <param name="File">The file name shown to users.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="ContentHash">A hash of the normalised text (to find duplicate articles).</param>
public sealed record ArticleFacts(
    string Path,
    string File,
    string? Title,
    string ContentHash,
    EquatableArray<OrganizationFacts> Organizations,
    EquatableArray<CountryFacts> Countries,
    EquatableArray<PersonFacts> People,
    EquatableArray<QuoteFacts> Quotes,
    EquatableArray<ArticleDiagnostic> Diagnostics);
