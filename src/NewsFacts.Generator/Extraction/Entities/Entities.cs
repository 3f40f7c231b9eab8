using System.Collections.Generic;
using NewsFacts.Extraction.Lexicon;

namespace NewsFacts.Extraction.Entities;

internal enum MentionType : byte
{
    Country,
    Organization,
    Person,
    Body,
    Document,
    Pronoun,
    Nominal,
}

/// <summary>A span of tokens that refers to something: a country, an organisation, a person, a body...</summary>
internal sealed class Mention
{
    public Mention(MentionType type, int first, int last)
    {
        Type = type;
        First = first;
        Last = last;
    }

    public MentionType Type { get; }

    public int First { get; }

    public int Last { get; set; }

    /// <summary>Index in the entity table of its type (organisations, people, bodies), or -1.</summary>
    public int Entity { get; set; } = -1;

    public CountryEntry? Country { get; set; }

    public CountryFormKind FormKind { get; set; }

    /// <summary>Followed by the possessive 's: a modifier ("Russia's ally"), not a subject.</summary>
    public bool Possessive { get; set; }

    /// <summary>Part of a hyphenated word ("U.S.-led", "Russian-Chinese").</summary>
    public bool Compound { get; set; }

    /// <summary>An organisation named as a modifier ("the NATO member", "EU states").</summary>
    public bool Modifier { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>For pronouns: 'm', 'f' or '\0'.</summary>
    public char Gender { get; set; }

    public bool Plural { get; set; }

    /// <summary>For nominal mentions ("the Chinese president"): the role word(s).</summary>
    public string? Role { get; set; }

    /// <summary>For documents: the mention of the issuer, or null.</summary>
    public Mention? Issuer { get; set; }

    /// <summary>For people introduced with a title: the title and the country it came with.</summary>
    public string? Title { get; set; }

    public override string ToString() => Type + ":" + Text;
}

internal sealed class OrgEntity
{
    private string? _name;
    private bool _knownAsInstitution;
    private bool _hasMemberStates;
    private string? _folded;
    private string? _initials;
    private string? _wordInitials;
    private bool? _institution;

    /// <summary>The name as written. Setting it clears what is derived from it (folded form, initials, institution).</summary>
    public string? Name
    {
        get => _name;
        set { _name = value; _folded = null; _initials = null; _wordInitials = null; _institution = null; }
    }

    /// <summary>The name folded for comparison (<see cref="EntityRecognizer.FoldOrgName"/>), computed once per name.</summary>
    public string? FoldedName => _name is null ? null : _folded ??= EntityRecognizer.FoldOrgName(_name);

    /// <summary>The initials of the name's capitalised words ("ECOWAS" for "Economic Community of West African States"), once per name.</summary>
    public string? Initials => _name is null ? null : _initials ??= EntityRecognizer.CapitalInitials(_name);

    /// <summary>The upper-case initials of every word, connectors too ("ECOWAS" spelled with "of"), once per name.</summary>
    public string? WordInitials => _name is null ? null : _wordInitials ??= EntityRecognizer.AllWordInitials(_name);

    public string? Acronym { get; set; }

    /// <summary>Defined in the text: a full name, or a name with its acronym in parentheses.</summary>
    public bool Defined { get; set; }

    public int Mentions { get; set; }

    /// <summary>Named in the headline or the lead: likely what the article is about.</summary>
    public bool Early { get; set; }

    public int FirstToken { get; set; }

    /// <summary>
    /// Introduced as an institution's short name ("SADC's mission in eastern DR Congo, known as SAMIDRC").
    /// </summary>
    public bool KnownAsInstitution
    {
        get => _knownAsInstitution;
        set { _knownAsInstitution = value; _institution = null; }
    }

    /// <summary>The text speaks of its member states ("the five member states of the Indian Ocean Commission"): a bloc, whatever its name's head.</summary>
    public bool HasMemberStates
    {
        get => _hasMemberStates;
        set { _hasMemberStates = value; _institution = null; }
    }

    /// <summary>
    /// An institution rather than a bloc of states ("European Commission", "International Monetary Fund"):
    /// never the default topic of membership sentences. Computed once until its name or flags change (it is read in
    /// hot loops).
    /// </summary>
    public bool IsInstitution => _institution ??= ComputeIsInstitution();

    /// <summary>
    /// The head word of the name: the word before the first " of " or " for " ("Commission" in "Commission for the
    /// Conservation of Zentral Tuna"), else the last word ("Commission" in "Zentral Tuna Commission").
    /// </summary>
    public string? Head => Name is { Length: > 0 } name ? HeadWord(name, forToo: true) : Name;

    /// <summary>The word before the first " of " (and " for ", with <paramref name="forToo"/>) of a name, else its last word.</summary>
    private static string HeadWord(string name, bool forToo)
    {
        if (name.Length == 0) return name;
        var end = name.Length;
        var ofAt = name.IndexOf(" of ", System.StringComparison.Ordinal);
        if (ofAt > 0) end = ofAt;
        var forAt = forToo ? name.IndexOf(" for ", System.StringComparison.Ordinal) : -1;
        if (forAt > 0 && forAt < end) end = forAt;
        var cut = name.LastIndexOf(' ', end - 1);
        return name.Substring(cut + 1, end - cut - 1);
    }

    private bool ComputeIsInstitution()
    {
        if (KnownAsInstitution) return true;
        if (Name is null || HasMemberStates) return false;
        // (" of " only: "Commission for the Conservation of ..." has stayed a body of states here, its head read as "Conservation".)
        var head = HeadWord(Name, forToo: false);
        return head is "Commission" or "Bank" or "Fund" or "Agency" or "Court" or "Secretariat" or "Parliament" or "Committee"
            or "Assembly" or "Office" or "Institute" or "Corporation" or "Program" or "Programme" or "Ministry"
            or "Department" or "Authority" or "Board" or "Tribunal" or "Service" or "Mission" or "Force" or "Project"
            or "University" or "College" or "School";
    }

    /// <summary>Name as written, or the acronym.</summary>
    public string Display => Name ?? Acronym ?? string.Empty;

    public override string ToString() => Display + (Acronym is null ? "" : " (" + Acronym + ")");
}

internal sealed class PersonEntity
{
    public PersonEntity(string name, string[] parts) { Name = name; Parts = parts; }

    public string Name { get; set; }

    public string[] Parts { get; set; }

    public string? Title { get; set; }

    public string? Country { get; set; }

    public char Gender { get; set; }

    public int FirstToken { get; set; }

    public override string ToString() => Name;
}

internal sealed class BodyEntity
{
    public BodyEntity(string name, string head) { Name = name; Head = head; }

    /// <summary>As written, without a leading article: "China's foreign ministry", "Kremlin".</summary>
    public string Name { get; }

    /// <summary>The head noun, lower case ("ministry", "presidency", "kremlin").</summary>
    public string Head { get; }

    public string? Country { get; set; }

    public int FirstToken { get; set; }

    public override string ToString() => Name;
}
