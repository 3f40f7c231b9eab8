using NewsFacts.Model;

namespace NewsFacts.Emission;

// The emission is cut into units, one per generated file. Each unit is an equatable record holding all
// (and only) the data its file is written from, so that the pipeline compares units by value and writes
// again only the files whose data changed: an edited article re-writes its own quotations, the people
// and organisations it changed, and nothing else (see docs/performance.md).

/// <summary>
/// Which units a plan gives: the pipeline plans each part from its own inputs, so that an edit that
/// changes the people and quotations alone leaves the organisations' plan cached.
/// </summary>
[System.Flags]
public enum EmitParts
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The types of the facts (from the settings alone).</summary>
    Types = 1,

    /// <summary>The organisations and the countries.</summary>
    Organizations = 2,

    /// <summary>The people and the quotations (the quotations are grouped by article: the plan needs the article list).</summary>
    People = 4,

    /// <summary>The article list.</summary>
    Articles = 8,

    /// <summary>Everything.</summary>
    All = Types | Organizations | People | Articles,
}

/// <summary>The settings every generated file is written with (from <see cref="GeneratorOptions"/>).</summary>
/// <param name="Namespace">A valid namespace.</param>
/// <param name="Visibility">"public" or "internal".</param>
/// <param name="SupportsNullable">Whether to write <c>#nullable enable</c> and <c>string?</c>.</param>
public sealed record EmitSettings(string Namespace, string Visibility, bool SupportsNullable);

/// <summary>One generated file to write: its hint name, its settings and its data (in the derived record).</summary>
public abstract record EmitUnit(string HintName, EmitSettings Settings);

/// <summary>The evidence shown in a member's XML doc: the first sentences, and how many there are in all.</summary>
public sealed record EvidenceShown(EquatableArray<Evidence> Shown, int Total);

/// <summary>A country as referenced from another file: its name, ISO code and generated field name.</summary>
public sealed record CountryReference(string Name, string Iso2, string Identifier);

/// <summary>A state's relation with an organisation, as its generated member is written.</summary>
public sealed record RelationUnitData(CountryReference Country, EquatableArray<string> Whens, EvidenceShown Evidence);

/// <summary>A distinct stated count; the first is the one the constant holds.</summary>
public sealed record CountUnitData(int Value, EvidenceShown Evidence);

/// <summary>The relations and stated counts of one kind.</summary>
public sealed record RelationGroupData(RelationKind Kind, EquatableArray<RelationUnitData> Relations, EquatableArray<CountUnitData> Counts);

/// <summary>One organisation's generated class: <c>Organizations.Asean</c>.</summary>
public sealed record OrganizationUnitData(
    string Identifier,
    string Name,
    string? Acronym,
    EvidenceShown Evidence,
    EquatableArray<RelationGroupData> Groups)
{
    /// <summary>"Caspian Littoral Forum (CLF)", or the name alone.</summary>
    public string DisplayName => Acronym is null || Acronym == Name ? Name : Name + " (" + Acronym + ")";

    /// <summary>The acronym when there is one, else the name.</summary>
    public string ShortName => Acronym ?? Name;
}

/// <summary>One country's generated field.</summary>
/// <param name="Relations">What the articles say of it ("member state of the CLF"), in organisation order.</param>
public sealed record CountryUnitData(
    string Identifier,
    string Name,
    string Iso2,
    EquatableArray<string> AsWritten,
    EquatableArray<string> Relations,
    EvidenceShown Evidence);

/// <summary>One person's generated field.</summary>
public sealed record PersonUnitData(
    string Identifier,
    string Name,
    string? Title,
    string? Country,
    EquatableArray<string> QuoteIdentifiers,
    EvidenceShown Evidence);

/// <summary>One quotation's generated field.</summary>
public sealed record QuoteUnitData(string Identifier, QuoteFacts Facts);

/// <summary>One article's generated field.</summary>
public sealed record ArticleUnitData(string Identifier, string File, string? Title);

/// <summary>The types of the facts (Country, Organization, Person, Quote, ...): depends on the settings alone.</summary>
public sealed record TypesUnit(string HintName, EmitSettings Settings) : EmitUnit(HintName, Settings);

/// <summary>The <c>Organizations</c> class itself and its <c>All</c> list.</summary>
public sealed record OrganizationsIndexUnit(string HintName, EmitSettings Settings, EquatableArray<string> Identifiers)
    : EmitUnit(HintName, Settings);

/// <summary>The organisations whose class names start with one letter (a part of the partial <c>Organizations</c> class).</summary>
public sealed record OrganizationsPartUnit(string HintName, EmitSettings Settings, string Letter, EquatableArray<OrganizationUnitData> Organizations)
    : EmitUnit(HintName, Settings);

/// <summary>The <c>Countries</c> class: every country, <c>All</c>, <c>Get</c> and <c>Find</c>.</summary>
public sealed record CountriesUnit(string HintName, EmitSettings Settings, EquatableArray<CountryUnitData> Countries)
    : EmitUnit(HintName, Settings);

/// <summary>The <c>People</c> class itself and its <c>All</c> list, built from the parts.</summary>
/// <param name="Count">The number of people (in the class's doc).</param>
/// <param name="Parts">The names of the parts' private arrays.</param>
public sealed record PeopleIndexUnit(string HintName, EmitSettings Settings, int Count, EquatableArray<string> Parts)
    : EmitUnit(HintName, Settings);

/// <summary>The people whose field names start with one letter, with the part's private array.</summary>
public sealed record PeoplePartUnit(string HintName, EmitSettings Settings, string Part, EquatableArray<PersonUnitData> People)
    : EmitUnit(HintName, Settings);

/// <summary>The <c>Quotes</c> class itself and its <c>All</c> list, built from the parts.</summary>
/// <param name="Count">The number of quotations (in the class's doc).</param>
/// <param name="Parts">The names of the parts' private arrays, in article order.</param>
public sealed record QuotesIndexUnit(string HintName, EmitSettings Settings, int Count, EquatableArray<string> Parts)
    : EmitUnit(HintName, Settings);

/// <summary>The quotations of one article, with the name of its private array.</summary>
public sealed record ArticleQuotesData(string Part, string? File, EquatableArray<QuoteUnitData> Quotes);

/// <summary>
/// The quotations of the articles of one bucket (by a hash of the file name, so that the number of files
/// does not grow with the articles and an edit rewrites one bucket), each article with its private array.
/// </summary>
public sealed record QuotesPartUnit(string HintName, EmitSettings Settings, int Bucket, EquatableArray<ArticleQuotesData> Articles)
    : EmitUnit(HintName, Settings);

/// <summary>The <c>Articles</c> class.</summary>
public sealed record ArticlesUnit(string HintName, EmitSettings Settings, EquatableArray<ArticleUnitData> Articles)
    : EmitUnit(HintName, Settings);

/// <summary>The emission of a model cut into units, and the naming diagnostics (NF0009) as data.</summary>
public sealed record EmitPlanResult(EquatableArray<EmitUnit> Units, EquatableArray<ArticleDiagnostic> Diagnostics);
