using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Model;

namespace NewsFacts.Emission;

/// <summary>
/// The facts of a <see cref="FactsModel"/> put in a fixed order (ordinal sorts, whatever the order of
/// the input) with their generated names. Everything the emitter writes comes from here.
/// </summary>
internal sealed class EmissionPlan
{
    /// <summary>The relation kinds in the order their classes are generated.</summary>
    public static readonly RelationKind[] RelationKinds =
    {
        RelationKind.Member,
        RelationKind.DialoguePartner,
        RelationKind.Observer,
        RelationKind.NonMember,
        RelationKind.Joining,
    };

    private EmissionPlan()
    {
    }

    public List<CountryEntry> Countries { get; } = new();

    public List<OrganizationEntry> Organizations { get; } = new();

    public List<PersonEntry> People { get; } = new();

    public List<QuoteEntry> Quotes { get; } = new();

    public List<ArticleEntry> Articles { get; } = new();

    public List<(NameCollision Collision, Evidence? Evidence, EmitParts Part)> Collisions { get; } = new();

    public Dictionary<string, CountryEntry> CountriesByName { get; } = new(StringComparer.Ordinal);

    /// <summary>The class name, count constant and wording of each relation kind.</summary>
    /// <remarks>Heading: "The member states of" (followed by "the X"); Noun: "member states".</remarks>
    public static (string ClassName, string CountName, string Phrase, string Noun, string Heading) Describe(RelationKind kind) => kind switch
    {
        RelationKind.Member => ("Members", "MemberCount", "member state of", "member states", "The member states of"),
        RelationKind.DialoguePartner => ("DialoguePartners", "DialoguePartnerCount", "dialogue partner of", "dialogue partners", "The dialogue partners of"),
        RelationKind.Observer => ("Observers", "ObserverCount", "observer state of", "observer states", "The observer states of"),
        RelationKind.NonMember => ("NonMembers", "NonMemberCount", "not a member of", "non-member states", "The states said not to be members of"),
        RelationKind.Joining => ("Joining", "JoiningCount", "joining", "joining states", "The states joining"),
        _ => (kind.ToString(), kind + "Count", "in relation with", "states", "The states in relation with"),
    };

    public static EmissionPlan Create(FactsModel model)
    {
        var plan = new EmissionPlan();
        plan.AddCountries(model);
        plan.AddOrganizations(model);
        plan.AddQuotes(model);
        plan.AddPeople(model);
        plan.AddArticles(model);
        return plan;
    }

    private static List<Evidence> SortEvidence(IEnumerable<Evidence> evidence) => EvidenceOrder.SortedDistinct(evidence);

    // Identifiers by name, shared by every plan of the process: an edit plans all the facts again, and
    // the names of the articles it did not change are the same string instances. Weak: an entry lives
    // as long as its name. (Identifiers.ToPascalCase is a pure function of the text.)
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> PascalNames = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> TermBases = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> FileNames = new();

    // "DaraVelasco1", "DaraVelasco2"...: a statement's base name, made once per speaker and number in the process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<string>> NumberedNames = new();

    private static string Numbered(string speaker, int n)
    {
        var names = NumberedNames.GetValue(speaker, static _ => new List<string>());
        lock (names)
        {
            while (names.Count < n)
            {
                names.Add(speaker + (char.IsDigit(speaker[speaker.Length - 1]) ? "_" : string.Empty) + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return names[n - 1];
        }
    }

    private static string Pascal(string name) => PascalNames.GetValue(name, static n => Identifiers.ToPascalCase(n));

    private static IEnumerable<string> Reserved(params string[] names) => names.Concat(Identifiers.ObjectMemberNames);

    private void AddCollisions(List<NameCollision> collisions, EmitParts part, Func<string, Evidence?> evidenceOf)
    {
        foreach (var collision in collisions)
        {
            Collisions.Add((collision, evidenceOf(collision.Second), part));
        }
    }

    private CountryEntry GetOrAddCountry(string name, string iso2)
    {
        if (!CountriesByName.TryGetValue(name, out var entry))
        {
            entry = new CountryEntry(name, iso2);
            CountriesByName.Add(name, entry);
        }
        else if (string.IsNullOrEmpty(entry.Iso2) && !string.IsNullOrEmpty(iso2))
        {
            entry.Iso2 = iso2;
        }

        return entry;
    }

    private void AddCountries(FactsModel model)
    {
        // Each country's evidence lists (the merge gives one country per name, its evidence sorted):
        // joined only when a name has several.
        var sources = new Dictionary<CountryEntry, List<IEnumerable<Evidence>>>();
        void AddSource(CountryEntry entry, IEnumerable<Evidence> evidence)
        {
            if (!sources.TryGetValue(entry, out var list))
            {
                sources.Add(entry, list = new List<IEnumerable<Evidence>>());
            }

            list.Add(evidence);
        }

        foreach (var country in model.Countries)
        {
            var entry = GetOrAddCountry(country.Name ?? string.Empty, country.Iso2 ?? string.Empty);
            entry.AsWritten.UnionWith(country.AsWritten.Where(a => a is not null));
            if (country.Evidence.Count > 0)
            {
                AddSource(entry, country.Evidence);
            }
        }

        foreach (var organization in model.Organizations)
        {
            foreach (var relation in organization.Relations)
            {
                var entry = GetOrAddCountry(relation.Country ?? string.Empty, relation.Iso2 ?? string.Empty);
                if (!sources.ContainsKey(entry) && relation.Evidence.Count > 0)
                {
                    AddSource(entry, relation.Evidence);
                }
            }
        }

        Countries.AddRange(CountriesByName.Values.OrderBy(c => c.Name, StringComparer.Ordinal));
        foreach (var entry in Countries)
        {
            entry.Evidence = !sources.TryGetValue(entry, out var list)
                ? new List<Evidence>()
                : SortEvidence(list.Count == 1 ? list[0] : list.SelectMany(e => e));
        }

        var allocator = new NameAllocator(Reserved("All", "Countries", "Get", "Find", "Members", "DialoguePartners", "Observers", "NonMembers", "Joining"));
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(Countries.Select(c => c.Name).ToList(), Pascal, collisions);
        for (var i = 0; i < Countries.Count; i++)
        {
            Countries[i].Identifier = names[i];
        }

        AddCollisions(collisions, EmitParts.Organizations, source => CountriesByName.TryGetValue(source, out var c) ? c.Evidence.FirstOrDefault() : null);
    }

    private void AddOrganizations(FactsModel model)
    {
        var organizations = model.Organizations
            .Where(o => o is not null)
            .OrderBy(o => o.Acronym ?? o.Name ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Name ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Key ?? string.Empty, StringComparer.Ordinal)
            .ToList();

        foreach (var organization in organizations)
        {
            var entry = new OrganizationEntry(organization.Name ?? string.Empty, organization.Acronym)
            {
                Evidence = SortEvidence(organization.Evidence),
            };

            foreach (var kind in RelationKinds)
            {
                var relations = new Dictionary<string, RelationEntry>(StringComparer.Ordinal);
                foreach (var relation in organization.Relations.Where(r => r is not null && r.Kind == kind))
                {
                    var name = relation.Country ?? string.Empty;
                    if (!relations.TryGetValue(name, out var relationEntry))
                    {
                        relationEntry = new RelationEntry(CountriesByName[name]);
                        relations.Add(name, relationEntry);
                    }

                    foreach (var when in relation.Whens)
                    {
                        if (when is not null && !relationEntry.Whens.Contains(when))
                        {
                            relationEntry.Whens.Add(when);
                        }
                    }

                    relationEntry.Evidence.AddRange(relation.Evidence);
                }

                var sorted = relations.Values.OrderBy(r => r.Country.Name, StringComparer.Ordinal).ToList();
                foreach (var relationEntry in sorted)
                {
                    var evidence = SortEvidence(relationEntry.Evidence);
                    relationEntry.Evidence.Clear();
                    relationEntry.Evidence.AddRange(evidence);
                }

                entry.Relations[kind] = sorted;

                var counts = organization.Counts
                    .Where(c => c is not null && c.Kind == kind)
                    .GroupBy(c => c.Value)
                    .Select(g => new CountEntry(g.Key, SortEvidence(g.SelectMany(c => c.Evidence))))
                    .OrderByDescending(c => c.Evidence.Count)
                    .ThenBy(c => c.Value)
                    .ToList();
                entry.Counts[kind] = counts;
            }

            Organizations.Add(entry);
        }

        var allocator = new NameAllocator(Reserved(
            "All", "Organizations", "Name", "Acronym", "Info", "IsMember",
            "Members", "DialoguePartners", "Observers", "NonMembers", "Joining",
            "MemberCount", "DialoguePartnerCount", "ObserverCount", "NonMemberCount", "JoiningCount"));
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(Organizations.Select(o => o.Acronym ?? o.Name).ToList(), Pascal, collisions);
        for (var i = 0; i < Organizations.Count; i++)
        {
            Organizations[i].Identifier = names[i];
        }

        AddCollisions(collisions, EmitParts.Organizations, source => Organizations.FirstOrDefault(o => (o.Acronym ?? o.Name) == source)?.Evidence.FirstOrDefault());
    }

    private void AddQuotes(FactsModel model)
    {
        var quotes = model.Quotes
            .Where(q => q is not null)
            .Select(q => new QuoteEntry(q))
            .ToList();
        static int Compare(QuoteEntry a, QuoteEntry b)
        {
            var c = EvidenceOrder.Compare(a.Facts.Evidence, b.Facts.Evidence);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(a.Facts.Text, b.Facts.Text);
            return c != 0 ? c : string.CompareOrdinal(a.Facts.Speaker, b.Facts.Speaker);
        }

        // The merge gives them in this order already: checked in one pass before sorting.
        var sorted = true;
        for (var i = 1; i < quotes.Count && sorted; i++)
        {
            sorted = Compare(quotes[i - 1], quotes[i]) < 0;
        }

        if (!sorted)
        {
            quotes.Sort(Compare);
        }

        Quotes.AddRange(quotes);

        // Statements are named after their speaker and numbered in order ("DaraVelasco1"); terms
        // after their words ("TermEncirclement").
        var perSpeaker = new Dictionary<string, int>(StringComparer.Ordinal);
        var bases = new List<string>(Quotes.Count);
        foreach (var quote in Quotes)
        {
            if (quote.Facts.Kind == QuoteKind.Term)
            {
                bases.Add(TermBases.GetValue(quote.Facts.Text ?? string.Empty, static text =>
                {
                    var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Take(6);
                    var name = "Term" + Identifiers.ToPascalCase(string.Join(" ", words)).TrimStart('_', '@');
                    return name.Length > 48 ? name.Substring(0, 48) : name;
                }));
            }
            else
            {
                var speaker = Pascal(quote.Facts.Speaker ?? "Unattributed").TrimStart('@');
                perSpeaker.TryGetValue(speaker, out var n);
                n++;
                perSpeaker[speaker] = n;
                bases.Add(Numbered(speaker, n));
            }
        }

        var allocator = new NameAllocator(Reserved("All", "Quotes", "BuildAll"));
        var names = allocator.Allocate(bases, Identifiers.MakeValid, collisions: null);
        for (var i = 0; i < Quotes.Count; i++)
        {
            Quotes[i].Identifier = names[i];
        }
    }

    private void AddPeople(FactsModel model)
    {
        static int ComparePeople(MergedPerson a, MergedPerson b)
        {
            var c = string.CompareOrdinal(a.Name ?? string.Empty, b.Name ?? string.Empty);
            if (c == 0) c = string.CompareOrdinal(a.Title ?? string.Empty, b.Title ?? string.Empty);
            return c != 0 ? c : string.CompareOrdinal(a.Country ?? string.Empty, b.Country ?? string.Empty);
        }

        // The merge gives them in this order already: checked in one pass before sorting (stably, like OrderBy).
        var people = new List<MergedPerson>(model.People.Count);
        var sorted = true;
        foreach (var p in model.People)
        {
            if (p is null) continue;
            if (people.Count > 0 && ComparePeople(people[people.Count - 1], p) > 0) sorted = false;
            people.Add(p);
        }

        if (!sorted)
        {
            people = people.OrderBy(p => p, Comparer<MergedPerson>.Create(ComparePeople)).ToList();
        }

        // Each speaker's quotes in quote order, found once (not by scanning every quote per person).
        var quotesBySpeaker = new Dictionary<string, List<QuoteEntry>>(StringComparer.Ordinal);
        foreach (var quote in Quotes)
        {
            if (quote.Facts.Speaker is { } speaker)
            {
                if (!quotesBySpeaker.TryGetValue(speaker, out var spoken))
                {
                    quotesBySpeaker.Add(speaker, spoken = new List<QuoteEntry>());
                }

                spoken.Add(quote);
            }
        }

        foreach (var person in people)
        {
            var entry = new PersonEntry(person.Name ?? string.Empty, person.Title, person.Country)
            {
                // The merge gives evidence sorted and distinct: kept as it is (no copy) when it is.
                Evidence = EvidenceOrder.IsSortedDistinct(person.Evidence) ? person.Evidence : SortEvidence(person.Evidence),
            };
            if (quotesBySpeaker.TryGetValue(entry.Name, out var quotes))
            {
                entry.Quotes = quotes;
            }

            People.Add(entry);
        }

        var allocator = new NameAllocator(Reserved("All", "People", "BuildAll", "Sort"));
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(People.Select(p => p.Name).ToList(), Pascal, collisions);
        for (var i = 0; i < People.Count; i++)
        {
            People[i].Identifier = names[i];
        }

        AddCollisions(collisions, EmitParts.People, source => People.FirstOrDefault(p => p.Name == source)?.Evidence.FirstOrDefault());
    }

    private void AddArticles(FactsModel model)
    {
        Articles.AddRange(model.Articles
            .Where(a => a is not null)
            .OrderBy(a => a.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(a => a.Title ?? string.Empty, StringComparer.Ordinal)
            .Select(a => new ArticleEntry(a.File ?? string.Empty, a.Title)));

        var allocator = new NameAllocator(Reserved("All", "Articles"));
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(Articles.Select(a => a.File).ToList(), file => FileNames.GetValue(file, static f => Identifiers.ToPascalCase(WithoutExtension(f))), collisions);
        for (var i = 0; i < Articles.Count; i++)
        {
            Articles[i].Identifier = names[i];
        }

        AddCollisions(collisions, EmitParts.Articles, source => new Evidence(source, 1, 1, string.Empty));
    }

    /// <summary>The number of files the quotations are spread over (by a hash of their article's file name).</summary>
    public const int QuoteBuckets = 64;

    /// <summary>The prefix of a part's private array (no generated fact name starts with two underscores).</summary>
    public const string PartPrefix = "__Part_";

    /// <summary>Cuts the output into units, one per file, each with the data of its file alone.</summary>
    public List<EmitUnit> ToUnits(EmitSettings settings, EmitParts parts, System.Threading.CancellationToken cancellationToken)
    {
        var units = new List<EmitUnit>();
        var hints = new HintNames(Emitter.TypesHintName, Emitter.OrganizationsHintName, Emitter.CountriesHintName, Emitter.PeopleHintName, Emitter.QuotesHintName, Emitter.ArticlesHintName);

        if ((parts & EmitParts.Types) != 0)
        {
            units.Add(new TypesUnit(Emitter.TypesHintName, settings));
        }

        if ((parts & EmitParts.Organizations) != 0)
        {
            AddOrganizationUnits(units, hints, settings, cancellationToken);
        }

        if ((parts & EmitParts.People) != 0)
        {
            AddPeopleUnits(units, hints, settings, cancellationToken);
        }

        if ((parts & EmitParts.Articles) != 0)
        {
            units.Add(new ArticlesUnit(
                Emitter.ArticlesHintName,
                settings,
                Articles.Select(a => new ArticleUnitData(a.Identifier, a.File, a.Title)).ToEquatableArray()));
        }

        return units;
    }

    private void AddOrganizationUnits(List<EmitUnit> units, HintNames hints, EmitSettings settings, System.Threading.CancellationToken cancellationToken)
    {

        // Organisations: the index (the class and All), then one file each.
        units.Add(new OrganizationsIndexUnit(Emitter.OrganizationsHintName, settings, Organizations.Select(o => o.Identifier).ToEquatableArray()));
        var relationsOfCountry = new Dictionary<CountryEntry, List<string>>();
        var organizationParts = new SortedDictionary<string, List<OrganizationUnitData>>(StringComparer.Ordinal);
        foreach (var organization in Organizations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var groups = new List<RelationGroupData>(RelationKinds.Length);
            foreach (var kind in RelationKinds)
            {
                var relations = new List<RelationUnitData>(organization.Relations[kind].Count);
                foreach (var relation in organization.Relations[kind])
                {
                    relations.Add(new RelationUnitData(Reference(relation.Country), relation.Whens.ToEquatableArray(), Shown(relation.Evidence)));
                    if (!relationsOfCountry.TryGetValue(relation.Country, out var phrases))
                    {
                        relationsOfCountry.Add(relation.Country, phrases = new List<string>());
                    }

                    phrases.Add(Describe(kind).Phrase + " the " + organization.ShortName);
                }

                var counts = organization.Counts[kind].Select(c => new CountUnitData(c.Value, Shown(c.Evidence))).ToEquatableArray();
                groups.Add(new RelationGroupData(kind, relations.ToEquatableArray(), counts));
            }

            var data = new OrganizationUnitData(organization.Identifier, organization.Name, organization.Acronym, Shown(organization.Evidence), groups.ToEquatableArray());
            var letter = PartLetter(organization.Identifier);
            if (!organizationParts.TryGetValue(letter, out var part))
            {
                organizationParts.Add(letter, part = new List<OrganizationUnitData>());
            }

            part.Add(data);
        }

        foreach (var part in organizationParts)
        {
            units.Add(new OrganizationsPartUnit(hints.Make("NewsFacts.Organizations.", part.Key), settings, part.Key, part.Value.ToEquatableArray()));
        }

        // Countries: one file (with All, Get and Find).
        units.Add(new CountriesUnit(
            Emitter.CountriesHintName,
            settings,
            Countries.Select(c => new CountryUnitData(
                c.Identifier,
                c.Name,
                c.Iso2,
                c.AsWritten.ToEquatableArray(),
                relationsOfCountry.TryGetValue(c, out var phrases) ? phrases.ToEquatableArray() : EquatableArray<string>.Empty,
                Shown(c.Evidence))).ToEquatableArray()));
    }

    private void AddPeopleUnits(List<EmitUnit> units, HintNames hints, EmitSettings settings, System.Threading.CancellationToken cancellationToken)
    {
        // People: the index, then one part per initial of their field names.
        var peopleParts = new SortedDictionary<string, List<PersonUnitData>>(StringComparer.Ordinal);
        foreach (var person in People)
        {
            var part = PartPrefix + PartLetters(person.Identifier);
            if (!peopleParts.TryGetValue(part, out var list))
            {
                peopleParts.Add(part, list = new List<PersonUnitData>());
            }

            var quoteIdentifiers = person.Quotes.Count == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(person.Quotes.ConvertAll(q => q.Identifier).ToArray());
            list.Add(new PersonUnitData(person.Identifier, person.Name, person.Title, person.Country, quoteIdentifiers, Shown(person.Evidence)));
        }

        units.Add(new PeopleIndexUnit(Emitter.PeopleHintName, settings, People.Count, peopleParts.Keys.ToEquatableArray()));
        foreach (var part in peopleParts)
        {
            units.Add(new PeoplePartUnit(hints.Make("NewsFacts.People.", part.Key.Substring(PartPrefix.Length)), settings, part.Key, part.Value.ToEquatableArray()));
        }

        // Quotations: the index, then one part per article (quotes are in article order already).
        var articleIdentifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            if (!articleIdentifiers.ContainsKey(article.File))
            {
                articleIdentifiers.Add(article.File, article.Identifier);
            }
        }

        var quoteParts = new List<(string Part, string? File, List<QuoteUnitData> Quotes)>();
        var partNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in Quotes)
        {
            var file = quote.Facts.Evidence?.File;
            if (quoteParts.Count == 0 || !string.Equals(quoteParts[quoteParts.Count - 1].File, file, StringComparison.Ordinal))
            {
                var key = file is null
                    ? "_"
                    : articleIdentifiers.TryGetValue(file, out var identifier) ? identifier.TrimStart('@') : Identifiers.ToPascalCase(file).TrimStart('@');
                var part = PartPrefix + key;
                for (var n = 2; !partNames.Add(part); n++)
                {
                    part = PartPrefix + key + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                quoteParts.Add((part, file, new List<QuoteUnitData>()));
            }

            quoteParts[quoteParts.Count - 1].Quotes.Add(new QuoteUnitData(quote.Identifier, quote.Facts));
        }

        units.Add(new QuotesIndexUnit(Emitter.QuotesHintName, settings, Quotes.Count, quoteParts.Select(p => p.Part).ToEquatableArray()));
        var buckets = new SortedDictionary<int, List<ArticleQuotesData>>();
        foreach (var (part, file, quotes) in quoteParts)
        {
            var bucket = (int)(HintNames.Fnv(file ?? string.Empty) % QuoteBuckets);
            if (!buckets.TryGetValue(bucket, out var list))
            {
                buckets.Add(bucket, list = new List<ArticleQuotesData>());
            }

            list.Add(new ArticleQuotesData(part, file, quotes.ToEquatableArray()));
        }

        foreach (var bucket in buckets)
        {
            units.Add(new QuotesPartUnit(
                hints.Make("NewsFacts.Quotes.", bucket.Key.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)),
                settings,
                bucket.Key,
                bucket.Value.ToEquatableArray()));
        }
    }

    private static CountryReference Reference(CountryEntry country) => new(country.Name, country.Iso2, country.Identifier);

    /// <summary>The evidence a member's doc shows (the first few) and how much there is; an equatable array short enough is kept as it is.</summary>
    private static EvidenceShown Shown(IReadOnlyList<Evidence> evidence)
    {
        if (evidence is EquatableArray<Evidence> array && array.Count <= Emitter.MaxEvidenceShown)
        {
            return new(array, array.Count);
        }

        var shown = new Evidence[Math.Min(evidence.Count, Emitter.MaxEvidenceShown)];
        for (var i = 0; i < shown.Length; i++)
        {
            shown[i] = evidence[i];
        }

        return new(new EquatableArray<Evidence>(shown), evidence.Count);
    }

    /// <summary>
    /// The part of a person's field: its first two letters ("Ka" for KassymJomartTokayev), '_' for a
    /// character that is no ASCII letter. People are many: parts of two letters keep the part an edit
    /// rewrites small.
    /// </summary>
    private static string PartLetters(string identifier)
    {
        var c = identifier.TrimStart('@', '_');
        var first = PartLetter(c);
        if (first == "_")
        {
            return "_";
        }

        var second = c.Length > 1 && c[1] < 0x80 && char.IsLetter(c[1]) ? char.ToLowerInvariant(c[1]) : '_';
        return first + second;
    }

    /// <summary>The part of an organisation's class: its first letter in upper case when ASCII, else "_".</summary>
    private static string PartLetter(string identifier)
    {
        var c = identifier.TrimStart('@', '_');
        if (c.Length > 0 && c[0] < 0x80 && char.IsLetter(c[0]))
        {
            return char.ToUpperInvariant(c[0]).ToString();
        }

        return "_";
    }

    /// <summary>
    /// Hint names from identifiers: ASCII letters, digits and '_' only, unique ignoring case (as the
    /// driver compares them); a name changed or taken gets a hash of the identifier, the same on every machine.
    /// </summary>
    private sealed class HintNames
    {
        private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

        public HintNames(params string[] reserved)
        {
            foreach (var name in reserved)
            {
                _taken.Add(name);
            }
        }

        public string Make(string prefix, string identifier)
        {
            var builder = new System.Text.StringBuilder(identifier.Length);
            var changed = false;
            foreach (var c in identifier)
            {
                if (c < 0x80 && (char.IsLetterOrDigit(c) || c == '_'))
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('_');
                    changed = true;
                }
            }

            var name = prefix + builder + ".g.cs";
            if (changed || _taken.Contains(name))
            {
                name = prefix + builder + "_" + Hash(identifier) + ".g.cs";
            }

            for (var n = 2; !_taken.Add(name); n++)
            {
                name = prefix + builder + "_" + Hash(identifier) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }

            return name;
        }

        /// <summary>FNV-1a over the UTF-16 code units, as 8 hex digits.</summary>
        private static string Hash(string text) => Fnv(text).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and run (unlike string.GetHashCode).</summary>
        public static uint Fnv(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash;
        }
    }

    private static string WithoutExtension(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot > 0 ? file.Substring(0, dot) : file;
    }
}

internal sealed class CountryEntry
{
    public CountryEntry(string name, string iso2)
    {
        Name = name;
        Iso2 = iso2;
    }

    public string Name { get; }

    public string Iso2 { get; set; }

    public SortedSet<string> AsWritten { get; } = new(StringComparer.Ordinal);

    public List<Evidence> Evidence { get; set; } = new();

    public string Identifier { get; set; } = "_";
}

internal sealed class RelationEntry
{
    public RelationEntry(CountryEntry country) => Country = country;

    public CountryEntry Country { get; }

    public List<string> Whens { get; } = new();

    public List<Evidence> Evidence { get; } = new();
}

internal sealed class CountEntry
{
    public CountEntry(int value, List<Evidence> evidence)
    {
        Value = value;
        Evidence = evidence;
    }

    public int Value { get; }

    public List<Evidence> Evidence { get; }
}

internal sealed class OrganizationEntry
{
    public OrganizationEntry(string name, string? acronym)
    {
        Name = name;
        Acronym = string.IsNullOrEmpty(acronym) ? null : acronym;
    }

    public string Name { get; }

    public string? Acronym { get; }

    /// <summary>"Caspian Littoral Forum (CLF)", or the name alone.</summary>
    public string DisplayName => Acronym is null || string.Equals(Acronym, Name, StringComparison.Ordinal) ? Name : Name + " (" + Acronym + ")";

    /// <summary>The acronym when there is one, else the name.</summary>
    public string ShortName => Acronym ?? Name;

    public List<Evidence> Evidence { get; set; } = new();

    public Dictionary<RelationKind, List<RelationEntry>> Relations { get; } = new();

    /// <summary>Distinct stated counts per kind, the most cited first.</summary>
    public Dictionary<RelationKind, List<CountEntry>> Counts { get; } = new();

    public string Identifier { get; set; } = "_";
}

internal sealed class PersonEntry
{
    public PersonEntry(string name, string? title, string? country)
    {
        Name = name;
        Title = title;
        Country = country;
    }

    public string Name { get; }

    public string? Title { get; }

    public string? Country { get; }

    public IReadOnlyList<Evidence> Evidence { get; set; } = Array.Empty<Evidence>();

    /// <summary>The person's quotations in quote order (a list the plan may share between entries of one name: never changed).</summary>
    public List<QuoteEntry> Quotes { get; set; } = NoQuotes;

    private static readonly List<QuoteEntry> NoQuotes = new();

    public string Identifier { get; set; } = "_";
}

internal sealed class QuoteEntry
{
    public QuoteEntry(QuoteFacts facts) => Facts = facts;

    public QuoteFacts Facts { get; }

    public string Identifier { get; set; } = "_";
}

internal sealed class ArticleEntry
{
    public ArticleEntry(string file, string? title)
    {
        File = file;
        Title = title;
    }

    public string File { get; }

    public string? Title { get; }

    public string Identifier { get; set; } = "_";
}
