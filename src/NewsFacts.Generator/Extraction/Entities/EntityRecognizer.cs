using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using NewsFacts.Extraction.Lexicon;
using NewsFacts.Extraction.Text;

namespace NewsFacts.Extraction.Entities;

/// <summary>
/// Finds the mentions of an article in one ordered series of passes over its tokens: organisations
/// (names with their acronyms, acronyms, names ending in an organisation word), countries (gazetteer,
/// longest match), speaking bodies, people (capitalised names with a title, a speech verb or a later
/// short mention as evidence), pronouns and descriptions ("the Chinese president"). No parser, no model:
/// capitalisation, word lists and positions.
/// </summary>
internal sealed class EntityRecognizer
{
    private static readonly HashSet<string> NonOrgAcronyms = new(StringComparer.Ordinal)
    {
        "AFP", "AP", "UPI", "BBC", "CNN", "CGTN", "RT", "DPA", "GDP", "GNP", "CEO", "CFO", "TV", "AI", "IT", "LNG", "OK",
        "PM", "MP", "MPs", "UTC", "GMT", "COVID", "HIV", "AIDS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
        "NGO", "NGOs", "ID", "PR", "USD", "EUR", "AM", "PM", "BC", "AD", "CO2", "SUV", "VIP", "DNA", "FM", "RFE", "RL", "VOA",
        "NBC", "CBS", "ABC", "NPR", "WSJ", "FT", "NYT", "BGNES", "ANI", "IANS", "KBS", "NHK", "ET", "EST", "CET",
        "US", "UK", "HE", "HRH", "HM", "HH", "CFA", "COVID-19", "SARS", "MERS", "H1N1", "H5N1",
    };

    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "Asia", "Europe", "Africa", "America", "Americas", "Oceania", "Antarctica", "Arctic", "Atlantic", "Pacific", "Caucasus",
        "Balkans", "Balkan", "Baltic", "Baltics", "Sahel", "Maghreb", "Levant", "Gulf", "Mediterranean", "Caribbean", "Scandinavia",
        "Eurasia", "Indo-Pacific", "Asia-Pacific", "Middle", "East", "West", "North", "South", "Central", "Western", "Eastern",
        "Northern", "Southern", "Sea", "Ocean", "River", "Strait", "Straits", "Peninsula", "Island", "Islands", "Mountains",
        "Valley", "Basin", "Road", "Belt", "Street", "Square", "Palace", "House", "Hall", "Hotel", "Centre", "Center",
        "University", "Airport", "Stadium", "Cup", "Games", "Olympics", "Day", "Week", "Year", "War", "Cold", "World",
        "Asian", "European", "African", "American", "Arab", "Latin", "Nordic", "Soviet", "Communist", "Islamic", "Muslim",
        "Christian", "Orthodox", "Catholic", "Kurdish", "Persian", "Slavic", "Turkic", "Anglo", "Sino", "Euro", "Union",
        "Summit", "Forum", "Conference", "Declaration", "Treaty", "Agreement", "Accord", "Initiative", "Project", "Plan",
        "Bank", "Fund", "Council", "Committee", "Commission", "Parliament", "Assembly", "Congress", "Senate", "Court",
        "Ministry", "Department", "Office", "Agency", "Party", "Army", "Navy", "Force", "Forces", "Guard", "Police",
        "Republic", "Kingdom", "Federation", "State", "States", "Nations", "Organization", "Organisation", "Group",
        "Internet", "Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "WhatsApp", "Google", "Russia-Ukraine",
        "Reuters", "Bloomberg", "Xinhua", "Interfax", "Tass", "TASS", "Kyodo", "Yonhap", "Anadolu", "Kazinform", "Pravda",
        "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "News", "Press", "Media", "Television", "Radio",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Ramadan",
        "God", "Allah", "Lord", "Holy", "Saint", "St", "Mount", "Lake", "Bay", "Cape", "Port", "Fort", "City", "Province",
        "Region", "District", "Territory", "Oblast", "Krai", "Prefecture", "County", "Municipality", "Strip", "Bank", "Four",
        "Corridor", "Canal", "Desert", "Plateau", "Highlands", "Coast", "Delta", "Caribbean", "Andean", "Amazon", "Amazonian",
        "Sahelian", "Pacific", "Atlantic", "Black", "Red", "Caspian", "Mekong", "Danube", "Himalayan", "Alpine", "Scandinavian",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "al", "el", "de", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "den", "le", "la", "ibn", "y", "ter", "zu",
    };

    /// <summary>The portfolio of a ministry after "Minister of": "Foreign Affairs", "Trade Relations", "Economic Revitalisation".</summary>
    private static readonly HashSet<string> Portfolios = new(StringComparer.Ordinal)
    {
        "Foreign", "Affairs", "External", "International", "Trade", "Relations", "Industry", "Industries", "Commerce", "Energy",
        "Water", "Waters", "Irrigation", "Resources", "Natural", "Mineral", "Minerals", "Mines", "Mining", "Petroleum", "Oil", "Gas",
        "Defence", "Defense", "Finance", "Economy", "Economic", "Economics", "Growth", "Revitalisation", "Revitalization",
        "Development", "Investment", "Investments", "Cooperation", "Co-operation", "Integration", "Regional", "Expatriates",
        "Export", "Exports", "Tourism", "Agriculture", "Fisheries", "Livestock", "Food", "Health", "Education", "Justice",
        "Interior", "Home", "Security", "Policy", "Planning", "Transport", "Infrastructure", "Environment", "Climate", "Change", "Labour",
        "Labor", "Employment", "Culture", "Sport", "Sports", "Youth", "Women", "Family", "Welfare", "Social", "Communications",
        "Information", "Technology", "Science", "Innovation", "Digital", "Power", "Works", "Public", "Housing", "Lands", "Treasury",
        "Budget", "Home", "Overseas", "Diaspora", "Emergency", "Emergencies", "Heritage", "Maritime", "Ocean", "Oceans",
        "Urban", "Rural", "Local", "Government", "Enterprise", "Enterprises", "Small", "Medium", "Sustainable", "Strategic",
        "African", "European", "Asian", "Arab", "Gulf", "Pacific", "Caribbean", "Latin", "American", "Commonwealth",
        "Electricity", "Fuel", "Telecommunications", "Posts", "Aviation", "Shipping", "Ports", "Roads", "Railways", "Arts",
        "Religious", "Endowments", "Islamic", "Parliamentary", "Legal", "Constitutional", "Cabinet", "Presidency", "Solidarity",
        "Reform", "Reforms", "Administrative", "Civil", "Service", "Services", "Statistics", "National", "Veterans", "Forestry",
        "Forests", "Wildlife", "Commodities", "Consumer", "Protection", "Competition", "Customs", "Revenue", "Taxation",
        "Gender", "Equality", "Children", "Refugees", "Migration", "Immigration", "Citizenship", "Border", "Borders",
        "Unification", "Reconciliation", "Reconstruction", "Relief", "Disaster", "Humanitarian", "Sanitation", "Hydraulic",
        "Higher", "Vocational", "Training", "Skills", "Research", "Space", "Atomic", "Nuclear", "Renewable", "Hydrocarbons",
        "Manufacturing", "Production", "Supply", "Logistics", "Communication", "Media", "Broadcasting", "Nationals", "Abroad",
        "Emigrants", "Expatriate", "Multilateral", "Bilateral", "Affair", "Industrial", "Commercial", "Financial", "Fiscal",
    };

    /// <summary>Words of a company's name: "Cenovus Energy Inc", "Calder Point Securities".</summary>
    /// <summary>Territories and regions that are no state of the gazetteer (world data, like it).</summary>
    private static readonly HashSet<string> Territories = new(StringComparer.Ordinal)
    {
        "Hong Kong", "Macau", "Macao", "Puerto Rico", "Greenland", "Faroe Islands", "New Caledonia", "French Polynesia", "Guam",
        "Gibraltar", "Bermuda", "Montserrat", "Anguilla", "Aruba", "Curacao", "Reunion", "Mayotte", "Martinique", "Guadeloupe",
        "French Guiana", "Western Sahara", "Northern Cyprus", "Somaliland", "Transnistria", "Abkhazia", "South Ossetia", "Kaliningrad",
        "Crimea", "Donbas", "Tokelau", "American Samoa", "Wallis and Futuna", "Cayman Islands", "British Virgin Islands",
    };

    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Plc", "PLC", "LLC", "LLP", "Holdings", "Securities", "Management",
        "Investments", "Associates", "Advisors", "Advisers", "Consultancy", "Consulting", "Partners", "GmbH", "AG", "SA",
        "Chamber", "Chambers", "Federation", "Confederation",
    };

    /// <summary>The desk before a byline's role: "Political Editor", "Diplomatic Correspondent".</summary>
    private static readonly HashSet<string> DeskWords = new(StringComparer.Ordinal)
    {
        "Political", "Diplomatic", "Regional", "Foreign", "Senior", "Chief", "Economics", "Economic", "Business", "Security",
        "Defence", "Defense", "Europe", "Asia", "Africa", "Trade", "Energy", "Deputy", "Contributing", "Special", "Associate",
        "Managing", "Executive", "International", "Science", "Health", "Environment", "Climate", "Investigations", "World",
    };

    /// <summary>Capitalised words of an office before its title word: "Deputy Minister", "Foreign Minister".</summary>
    private static readonly HashSet<string> TitleModifierWords = new(StringComparer.Ordinal)
    {
        "Deputy", "Vice", "State", "Senior", "Acting", "Interim", "Cabinet", "Foreign", "Prime", "Junior", "Assistant", "Permanent",
    };

    /// <summary>Role nouns that open a sentence before a name: "Historian Dr X said", "Analyst X".</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "Historian", "Analyst", "Economist", "Lawyer", "Activist", "Researcher", "Scholar", "Journalist", "Commentator",
        "Diplomat", "Negotiator", "Strategist", "Academic", "Expert", "Observer", "Author", "Campaigner", "Veteran",
    };

    private static readonly HashSet<string> BodyModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "defence", "defense", "interior", "finance", "economy", "economic", "trade", "state", "presidential",
        "press", "official", "federal", "national", "central", "information", "news", "security", "military", "justice",
        "health", "energy", "culture", "education", "emergency", "emergencies", "affairs", "external", "home", "investment",
        "agriculture", "transport", "communications", "digital", "environment", "labour", "labor", "industry", "commerce",
        "treasury", "public", "prime", "minister's", "ministers", "cabinet", "government", "executive", "royal",
    };

    private static readonly (string[] Words, string Text)[] TitleTable;
    private static readonly (string[] Words, string Text)[] BodyHeadTable;

    // Indexes so that each token costs a hash lookup, not a scan of a word list.
    private static readonly Dictionary<string, (string[] Words, string Text)[]> TitlesByFirst;
    private static readonly Dictionary<string, (string[] Words, string Text)[]> TitlesByLast;
    private static readonly Dictionary<string, (string[] Words, string Text)[]> BodyHeadsByFirst;
    private static readonly Dictionary<string, int> CountryFirstWords;
    private static readonly Dictionary<string, int> NamedBodyFirstWords;
    private static readonly HashSet<string> DocumentSet;
    private static readonly HashSet<string> DocumentFirstWords;
    private static readonly HashSet<string> TitleWords;

    static EntityRecognizer()
    {
        var titles = new List<(string[], string)>();
        TitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in Titles.All)
        {
            var words = t.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            titles.Add((words, t));
            if (words.Length == 1) TitleWords.Add(t.TrimEnd('.'));
        }
        foreach (var t in WordClasses.RoleWords)
        {
            titles.Add((new[] { t }, t));
            TitleWords.Add(t);
        }
        titles.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        TitleTable = titles.ToArray();

        var heads = new List<(string[], string)>();
        foreach (var h in BodyNouns.Heads) heads.Add((h.Split(' '), h));
        heads.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        BodyHeadTable = heads.ToArray();
        DocumentSet = new HashSet<string>(BodyNouns.DocumentNouns, StringComparer.OrdinalIgnoreCase);
        DocumentFirstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in BodyNouns.DocumentNouns) if (d.IndexOf(' ') > 0) DocumentFirstWords.Add(d.Substring(0, d.IndexOf(' ')));

        TitlesByFirst = Index(TitleTable, first: true);
        TitlesByLast = Index(TitleTable, first: false);
        BodyHeadsByFirst = Index(BodyHeadTable, first: true);

        CountryFirstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in CountryGazetteer.Forms) AddFirstWord(CountryFirstWords, form.Key);
        NamedBodyFirstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in BodyNouns.NamedBodies) AddFirstWord(NamedBodyFirstWords, name);
    }

    private static Dictionary<string, (string[] Words, string Text)[]> Index((string[] Words, string Text)[] table, bool first)
    {
        var lists = new Dictionary<string, List<(string[] Words, string Text)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in table)
        {
            var key = (first ? entry.Words[0] : entry.Words[entry.Words.Length - 1]).TrimEnd('.');
            if (!lists.TryGetValue(key, out var list)) lists[key] = list = new List<(string[] Words, string Text)>();
            list.Add(entry); // the table is sorted longest first, and so is each list
        }
        var index = new Dictionary<string, (string[] Words, string Text)[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in lists) index[kv.Key] = kv.Value.ToArray();
        return index;
    }

    private static void AddFirstWord(Dictionary<string, int> index, string surface)
    {
        // The first token as the tokenizer cuts it ("People's" -> "People"), and the number of tokens.
        var words = surface.Replace("'s ", " 's ").Replace("\u2019s ", " 's ").Split(' ');
        var key = words[0].Replace('\u2019', '\'');
        var apostrophe = key.IndexOf("'s", StringComparison.Ordinal);
        if (apostrophe > 0 && apostrophe == key.Length - 2) key = key.Substring(0, apostrophe);
        index.TryGetValue(key, out var max);
        index[key] = Math.Max(max, words.Length + 1);
    }

    private static string Key(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text.TrimEnd('.') : text;

    private readonly Document _doc;
    private readonly List<Token> _t;
    private readonly Mention?[] _at;

    // The number of tokens: _at may be longer (a reused array).
    private readonly int _count;

    [ThreadStatic]
    private static Mention?[]? t_mentionAt;
    private readonly CancellationToken _ct;

    public EntityRecognizer(Document doc, CancellationToken cancellationToken)
    {
        _doc = doc;
        _t = doc.Tokens;
        // The mention at each token, in an array the thread reuses (cleared over this article's length).
        var at = t_mentionAt;
        if (at is null || at.Length < _t.Count || at.Length > 4 * _t.Count + 4096)
        {
            t_mentionAt = at = new Mention?[Math.Max(_t.Count, 1024)];
        }
        else
        {
            Array.Clear(at, 0, _t.Count);
        }

        _at = at;
        _count = _t.Count;
        _ct = cancellationToken;
    }

    public List<Mention> Mentions { get; } = new();

    public List<OrgEntity> Orgs { get; } = new();

    public List<PersonEntity> People { get; } = new();

    public List<BodyEntity> Bodies { get; } = new();

    /// <summary>The mention covering a token, or null.</summary>
    public Mention? At(int token) => token >= 0 && token < _count ? _at[token] : null;

    /// <summary>The first paragraph after the headline (the lead).</summary>
    private int FirstBodyParagraph
    {
        get
        {
            foreach (var p in _doc.Paragraphs) if (!p.IsHeading && !p.IsEmpty) return p.Index;
            return 0;
        }
    }

    private HashSet<string>? _lower;

    // One set per thread, cleared for each article: it keeps its capacity, so an article's lower-case vocabulary
    // costs no allocation once the thread has read one article of that size.
    [ThreadStatic]
    private static HashSet<string>? t_lowerSet;

    /// <summary>
    /// Whether the word is written starting in lower case somewhere in the article, ignoring case
    /// ("Leaders" at a sentence start, "leaders" elsewhere). The set holds the words written in lower case and
    /// compares ignoring case, so no word is copied.
    /// </summary>
    private bool InLowerVocabulary(string word)
    {
        if (_lower is null)
        {
            // A set grown by a very long article is not kept.
            if (t_lowerSet is null || t_lowerSet.Count > 20000) t_lowerSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _lower = t_lowerSet;
            _lower.Clear();
            foreach (var t in _t) if (t.IsWord && char.IsLower(t.Text[0])) _lower.Add(t.Text);
        }

        // Compared ignoring case: no lower-case copy of the word is made.
        return _lower.Contains(word);
    }

    public void Run()
    {
        FindOrganizationNames();
        FindCountries();
        FindAcronyms();
        FindNumberedFormats();
        FindBodies();
        FindPeople();
        FindTwoWordBlocs();
        FindOfBlocs();
        FindNamedBlocs();
        FindPronounsAndNominals();
        MarkMemberStates();
        FindGenericOrganizations();
        MarkStateCompanies();
        LinkDocuments();
        NameLongTitlesKnownAs();
        MergeShortNames();
        MergeFullNames();
        MergeKnownAsAfter();
        MergeShortenedNames();
        MergeBareHeads();
        Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// "The Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin
    /// America and the Caribbean, known as the Escazú Agreement, ...": a long title with commas, which the name finder does
    /// not take whole, is the full name of the body it is known as.
    /// </summary>
    private void NameLongTitlesKnownAs()
    {
        for (var c = 6; c + 4 < _t.Count; c++)
        {
            if (!_t[c].Is(",") || !_t[c + 1].Is("known") || !_t[c + 2].Is("as") || !_t[c + 3].IsIgnoreCase("the")) continue;
            if (At(c + 4) is not { Type: MentionType.Organization } known || known.Entity < 0 || Orgs[known.Entity].Acronym is not null) continue;
            var first = -1;
            var capitals = 0;
            var commas = 0;
            for (var k = c - 1; k >= 0 && k >= c - 40 && _t[k].Paragraph == _t[c].Paragraph; k--)
            {
                var w = _t[k];
                if (w.IsIgnoreCase("the") && Tok(k + 1) is { IsWord: true, IsCapitalized: true } && (k == 0 || !_t[k - 1].IsWord || _t[k - 1].Paragraph != w.Paragraph || IsSentenceInitial(k)
                    // ("withdraw from the Inter-American Treaty ...", "grew out of the ... Forum for Regional Cooperation": after a
                    // lower-case word that is no connector inside a name, "Latin America and the Caribbean".)
                    || commas == 0 && !_t[k - 1].IsCapitalized && !(k >= 2 && _t[k - 2].IsWord && _t[k - 2].IsCapitalized))) { first = k + 1; break; }
                if (w.IsWord && w.IsCapitalized) { capitals++; continue; }
                if (w.Is(",")) { commas++; continue; }
                if (w.IsWord && OrganizationWords.IsConnector(w.Text) || w.Is("to") || w.Is("in") || w.Is("and")) continue;
                break;
            }
            // ("the Inter-American Treaty of Reciprocal Assistance, known as the Rio Treaty or TIAR,": a shorter title without
            // commas too.)
            if (first < 0 || capitals < (commas == 0 ? 4 : 6) || !OrganizationWords.IsNameHead(_t[first].Text) && !(Tok(first + 1) is { IsWord: true } head2 && (OrganizationWords.IsNameHead(head2.Text) || head2.Is("Agreement") || head2.Is("Convention") || head2.Is("Treaty")))) continue;
            Orgs[known.Entity].Name = _doc.Slice(first, c - 1);
            Orgs[known.Entity].Defined = true;
            // "... or TIAR": the acronym the body is known by too.
            if (Tok(known.Last + 1) is { } orTok && orTok.Is("or") && Tok(known.Last + 2) is { IsWord: true } acronym && IsAcronymText(acronym.Text)
                && Tok(known.Last + 3) is { } afterAcronym && (afterAcronym.Is(",") || afterAcronym.Is(".") || afterAcronym.Is(";")) && Orgs[known.Entity].Acronym is null)
            {
                Orgs[known.Entity].Acronym = acronym.Text;
            }
        }
    }

    /// <summary>
    /// "the Cooperation Council of Turkic Speaking States (Turkic Council)": a short name of words in parentheses after a
    /// full name, all of them words of it, is the same organisation, named by its full name.
    /// </summary>
    private void MergeShortNames()
    {
        NameShortWordsByTheirFullNames();
        NameAcronymsByTheirAppositions();
        MergeOtherNamesOfTheNoun();
        for (var k = 0; k + 1 < Mentions.Count; k++)
        {
            var full = Mentions[k];
            if (full.Type != MentionType.Organization || full.Entity < 0 || Orgs[full.Entity].Name is not { } fullName || fullName.IndexOf(' ') < 0) continue;
            // Also "the Cooperation Council of Turkic Speaking States, better known as the Turkic Council,".
            var shortAt = -1;
            if (Tok(full.Last + 1) is { } open && open.Is("(")) shortAt = full.Last + 2;
            else if (Tok(full.Last + 1) is { } comma && comma.Is(","))
            {
                var a = full.Last + 2;
                if (Tok(a) is { } adv && (adv.Is("better") || adv.Is("also") || adv.Is("commonly"))) a++;
                // "a permanent Asian and Pacific Council, to be known as ASPAC,": the acronym a new body is to be known by.
                var toBe = Tok(a) is { } to && to.Is("to") && Tok(a + 1) is { } be && be.Is("be");
                if (toBe) a += 2;
                if (Tok(a) is { } known && known.Is("known") && Tok(a + 1) is { } asTok && asTok.Is("as") && Tok(a + 2) is { } the && the.IsIgnoreCase("the")) shortAt = a + 3;
                else if (Tok(a) is { } known2 && known2.Is("known") && Tok(a + 1) is { } as2 && as2.Is("as") && At(a + 2) is { Type: MentionType.Organization } acronymOnly && acronymOnly.Entity >= 0
                    && Orgs[acronymOnly.Entity] is { Name: null, Acronym: { } knownAcronym } && Orgs[full.Entity].Acronym is null
                    // (Letters of the name in order, syllables too: "OKACOM" for the "Okavango ... Commission", "ASPAC".)
                    && LettersInOrder(knownAcronym.TrimEnd('+'), fullName))
                {
                    // The acronym-only body is the named one.
                    var acronymEntity = acronymOnly.Entity;
                    Orgs[full.Entity].Acronym = knownAcronym;
                    foreach (var m in Mentions) if (m.Type == MentionType.Organization && m.Entity == acronymEntity) m.Entity = full.Entity;
                    Orgs[full.Entity].Mentions += Orgs[acronymEntity].Mentions;
                    Orgs[acronymEntity].Mentions = 0;
                    continue;
                }
            }
            if (shortAt < 0) continue;
            var shortMention = At(shortAt);
            if (shortMention is not { Type: MentionType.Organization } || shortMention.Entity < 0 || shortMention.Entity == full.Entity) continue;
            if (Tok(shortMention.Last + 1) is not { } close || !(shortAt == full.Last + 2 ? close.Is(")") : close.Is(",") || close.Is("."))) continue;
            var shortOrg = Orgs[shortMention.Entity];
            if (shortOrg.Acronym is not null || shortOrg.Name is not { } shortName || shortName.IndexOf(' ') < 0) continue;
            var words = fullName.Split(' ');
            var all = true;
            foreach (var w in shortName.Split(' ')) if (Array.IndexOf(words, w) < 0) { all = false; break; }
            if (!all) continue;
            MergeEntityInto(shortMention.Entity, full.Entity);
        }
    }

    /// <summary>
    /// Organisation <paramref name="from"/> is <paramref name="into"/> named another way: its mentions, count, first place,
    /// acronym and early naming go to <paramref name="into"/>, and it is left with no mention.
    /// </summary>
    private void MergeEntityInto(int from, int into)
    {
        foreach (var m in Mentions) if (m.Type == MentionType.Organization && m.Entity == from) m.Entity = into;
        var source = Orgs[from];
        var target = Orgs[into];
        target.Mentions += source.Mentions;
        target.FirstToken = Math.Min(target.FirstToken, source.FirstToken);
        target.Acronym ??= source.Acronym;
        if (source.Early) target.Early = true;
        source.Mentions = 0;
    }

    /// <summary>
    /// "... of the Zentral Marine Protection Commission in Kiel. The commission, better known as the Kiel Commission or ZMPC,
    /// is ...": the names a body's noun is better known by are that body's, the one named before whose head is the noun.
    /// </summary>
    private void MergeOtherNamesOfTheNoun()
    {
        for (var i = 1; i + 5 < _t.Count; i++)
        {
            var noun = _t[i];
            // ("The agency, known as CARPHA," after "the Caribbean Public Health Agency": a noun that heads a name, too.)
            if (!noun.IsWord || noun.IsCapitalized || !_t[i - 1].IsIgnoreCase("the") || !_t[i + 1].Is(",") || !(OrganizationWords.IsGenericNoun(noun.Text) || HeadsANameBefore(noun.Text, i))) continue;
            var a = i + 2;
            if (_t[a].Is("better") || _t[a].Is("also") || _t[a].Is("commonly")) a++;
            if (Tok(a) is not { } known || !known.Is("known") || Tok(a + 1) is not { } asTok || !asTok.Is("as")) continue;
            a += 2;
            if (Tok(a) is { } the && the.IsIgnoreCase("the")) a++;
            if (At(a) is not { Type: MentionType.Organization } other || other.Entity < 0 || other.First != a) continue;
            var target = -1;
            for (var o = 0; o < Orgs.Count; o++)
            {
                if (Orgs[o].Mentions == 0 || Orgs[o].FirstToken >= i || !string.Equals(Orgs[o].Head, noun.Text, StringComparison.OrdinalIgnoreCase)) continue;
                target = target == -1 ? o : -2;
            }
            if (target < 0 || target == other.Entity) continue;
            var acronymEntity = Tok(other.Last + 1) is { } or && or.Is("or") && At(other.Last + 2) is { Type: MentionType.Organization } acronymOnly && acronymOnly.Entity >= 0
                && Orgs[acronymOnly.Entity] is { Name: null, Acronym: not null } ? acronymOnly.Entity : -1;
            // ("the Kiel Commission" may be the acronym's body already: "ZMPC" read with it.)
            if (Orgs[other.Entity].Acronym is not null && Orgs[target].Acronym is not null) continue;
            MergeEntityInto(other.Entity, target);
            if (acronymEntity >= 0 && acronymEntity != target) MergeEntityInto(acronymEntity, target);
        }
    }

    /// <summary>Whether some body named before token <paramref name="before"/> has a name headed by <paramref name="noun"/> ("agency").</summary>
    private bool HeadsANameBefore(string noun, int before)
    {
        for (var o = 0; o < Orgs.Count; o++) if (Orgs[o].Mentions > 0 && Orgs[o].FirstToken < before && string.Equals(Orgs[o].Head, noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "Leaders of ZALBA, the Zentral Alternative for the Americas, had met": an acronym with no name, then its name in
    /// apposition (with no acronym of its own, whatever its letters: an acronym of another language), is that name's body.
    /// Not a list ("the ZTO, the Zentral Union and the ...": the apposition is closed by a comma and a lower-case word
    /// other than "and" or "or").
    /// </summary>
    private void NameAcronymsByTheirAppositions()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Organization || m.Entity < 0 || m.First != m.Last || Orgs[m.Entity] is not { Name: null, Acronym: not null }) continue;
            if (Tok(m.Last + 1) is not { } comma || !comma.Is(",") || Tok(m.Last + 2) is not { } the || !the.Is("the")) continue;
            if (At(m.Last + 3) is not { Type: MentionType.Organization } full || full.Entity < 0 || full.Entity == m.Entity || full.First != m.Last + 3) continue;
            if (Orgs[full.Entity] is not { Acronym: null, Name: { } fullName } || fullName.IndexOf(' ') < 0 || Orgs[full.Entity].IsInstitution) continue;
            if (Tok(full.Last + 1) is not { } close || !close.Is(",") || Tok(full.Last + 2) is not { IsWord: true, IsCapitalized: false } next || next.Is("and") || next.Is("or") || next.Is("nor")) continue;
            MergeEntityInto(m.Entity, full.Entity);
        }
    }

    /// <summary>
    /// "the Quadrilateral Security Dialogue, or Quad, which brings together ...": a one-word body after ", or" that opens the
    /// first word of the capitalised name before it is that name's body, named by the name.
    /// </summary>
    private void NameShortWordsByTheirFullNames()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Organization || m.Entity < 0 || m.First != m.Last || m.First < 4) continue;
            if (Orgs[m.Entity] is not { Acronym: null, Name: { } shortName } || shortName.IndexOf(' ') >= 0 || shortName.Length < 3) continue;
            if (!_t[m.First - 1].Is("or") || !_t[m.First - 2].Is(",") || Tok(m.Last + 1) is not { } after || !(after.Is(",") || after.Is("."))) continue;
            var last = m.First - 3;
            if (!_t[last].IsWord || !_t[last].IsCapitalized || !OrganizationWords.IsNameHead(_t[last].Text)) continue;
            var first = last;
            while (first - 1 >= 0 && _t[first - 1].IsWord && (_t[first - 1].IsCapitalized || _t[first - 1].Is("of") || _t[first - 1].Is("for")) && _t[first - 1].Paragraph == _t[last].Paragraph && last - first < 6) first--;
            while (first < last && !_t[first].IsCapitalized) first++;
            var firstWord = _t[first].Text;
            if (last == first || firstWord.Length <= shortName.Length || !firstWord.StartsWith(shortName, StringComparison.Ordinal)) continue;
            if (At(first) is { Type: MentionType.Organization }) continue;
            var full = OrgIndex(_doc.Slice(first, last), null, first);
            if (full == m.Entity) continue;
            MergeEntityInto(m.Entity, full);
            // (The full name before ", or" is a mention of it too.)
            Orgs[full].Mentions++;
            Orgs[full].FirstToken = Math.Min(Orgs[full].FirstToken, first);
        }
    }

    /// <summary>
    /// "What is the Red Sea Council? ... Its full name is the Council of Arab and African States Bordering the Red Sea and
    /// Gulf of Aden": the full name the text gives an organisation it named shorter (every word of the short name in it)
    /// is the same organisation, named by its full name.
    /// </summary>
    private void MergeFullNames()
    {
        foreach (var full in Mentions)
        {
            if (full.Type != MentionType.Organization || full.Entity < 0 || Orgs[full.Entity].Name is not { } fullName || fullName.IndexOf(' ') < 0) continue;
            var k = full.First - 1;
            if (Tok(k) is { } the && the.Is("the")) k--;
            var given = Tok(k) is { } is_ && is_.Is("is") && Tok(k - 1) is { } name && name.Is("name") && Tok(k - 2) is { } fullTok && (fullTok.Is("full") || fullTok.Is("official") || fullTok.Is("formal"))
                || Tok(k) is { } officially && (officially.Is("officially") || officially.Is("formally"))
                || Tok(k) is { } asTok && asTok.Is("as") && Tok(k - 1) is { } knownTok && knownTok.Is("known") && Tok(k - 2) is { } offTok && (offTok.Is("officially") || offTok.Is("formally"));
            if (!given) continue;
            var words = fullName.Split(' ');
            for (var e = 0; e < Orgs.Count; e++)
            {
                var shortOrg = Orgs[e];
                if (e == full.Entity || shortOrg.Mentions == 0 || shortOrg.Name is not { } shortName || shortOrg.FirstToken > full.First) continue;
                if (shortOrg.Acronym is not null && Orgs[full.Entity].Acronym is not null && shortOrg.Acronym != Orgs[full.Entity].Acronym) continue;
                // "the Quad ... The group, formally known as the Quadrilateral Security Dialogue": a one-word name that
                // clips the full name's first word is its short form.
                var clipped = shortName.IndexOf(' ') < 0 && shortOrg.Acronym is null && shortName.Length >= 4 && words[0].Length > shortName.Length
                    && words[0].StartsWith(shortName, StringComparison.Ordinal);
                if (shortName.IndexOf(' ') < 0 && !clipped) continue;
                var all = true;
                if (!clipped) foreach (var w in shortName.Split(' ')) if (Array.IndexOf(words, w) < 0) { all = false; break; }
                if (!all) continue;
                if (clipped) Orgs[full.Entity].Acronym ??= shortName;
                MergeEntityInto(e, full.Entity);
                break;
            }
        }
    }

    /// <summary>
    /// "The four nations founded the Common Market of the South, as Mercosur is formally known, ...": a name and the
    /// short name the text says it is known by are one organisation.
    /// </summary>
    private void MergeKnownAsAfter()
    {
        foreach (var full in Mentions)
        {
            if (full.Type != MentionType.Organization || full.Entity < 0 || Orgs[full.Entity].Name is not { } fullName || fullName.IndexOf(' ') < 0) continue;
            var k = full.Last + 1;
            if (!(Tok(k) is { } comma && comma.Is(",") && Tok(k + 1) is { } asTok && asTok.Is("as") && At(k + 2) is { Type: MentionType.Organization } shortMention
                  && shortMention.Entity >= 0 && shortMention.Entity != full.Entity)) continue;
            var v = shortMention.Last + 1;
            if (!(Tok(v) is { } isTok && (isTok.Is("is") || isTok.Is("was")))) continue;
            if (Tok(v + 1) is { } adverb && (adverb.Is("formally") || adverb.Is("officially") || adverb.Is("also") || adverb.Is("better") || adverb.Is("commonly"))) v++;
            if (!(Tok(v + 1) is { } known && known.Is("known"))) continue;
            var shortOrg = Orgs[shortMention.Entity];
            // (A short name of one word, "Mercosur", is the name's short form, as an acronym is.)
            if (shortOrg.Name is { } shortName && (shortName.IndexOf(' ') >= 0 || shortOrg.Acronym is not null)) continue;
            if (shortOrg.Acronym is not null && Orgs[full.Entity].Acronym is not null && shortOrg.Acronym != Orgs[full.Entity].Acronym) continue;
            MergeEntityInto(shortMention.Entity, full.Entity);
            Orgs[full.Entity].Acronym ??= shortOrg.Name;
        }
    }

    /// <summary>
    /// "the Pacific Forum" and "the Pacific Islands Forum", "the Gulf Council" and "the Gulf Cooperation Council": a name of
    /// two words that opens and closes as a longer one does, one word shorter, every word of it in the longer name, is
    /// the longer one shortened.
    /// </summary>
    private void MergeShortenedNames()
    {
        for (var e = 0; e < Orgs.Count; e++)
        {
            var shortOrg = Orgs[e];
            if (shortOrg.Mentions == 0 || shortOrg.IsInstitution || shortOrg.Name is not { } shortName) continue;
            var shortWords = shortName.Split(' ');
            if (shortWords.Length != 2 || !OrganizationWords.IsNameHead(shortWords[1])) continue;
            var into = -1;
            for (var k = 0; k < Orgs.Count; k++)
            {
                if (k == e || Orgs[k].Mentions == 0 || Orgs[k].IsInstitution || Orgs[k].Name is not { } longName) continue;
                var longWords = longName.Split(' ');
                if (longWords.Length != 3 || longWords[0] != shortWords[0] || longWords[2] != shortWords[1]) continue;
                if (shortOrg.Acronym is not null && Orgs[k].Acronym is not null && shortOrg.Acronym != Orgs[k].Acronym) continue;
                into = into == -1 ? k : -2;
            }
            if (into < 0) continue;
            // "... the Benelux Economic Union, and in 2008 they renamed their partnership the Benelux Union": two names one
            // sentence sets apart are two.
            var shortSentences = new HashSet<int>();
            foreach (var a in Mentions) if (a.Type == MentionType.Organization && a.Entity == e) shortSentences.Add(_t[a.First].Sentence);
            var apart = false;
            foreach (var b in Mentions) if (b.Type == MentionType.Organization && b.Entity == into && shortSentences.Contains(_t[b.First].Sentence)) { apart = true; break; }
            if (apart) continue;
            MergeEntityInto(e, into);
        }
    }

    /// <summary>Whether a bloc's head word stands before "for the" or "of the" inside a run ("Alliance for the Peoples of ...").</summary>
    private bool BlocHeadBeforeOfThe(int first, int last)
    {
        for (var k = first + 1; k + 2 <= last; k++)
        {
            if (!(_t[k + 1].Is("for") || _t[k + 1].Is("of")) || !_t[k + 2].Is("the")) continue;
            if (_t[k].Text is "Alliance" or "Union" or "Community" or "Organisation" or "Organization" or "Association" or "Forum") return true;
        }
        return false;
    }

    /// <summary>
    /// The bloc noun a name is built on when words follow it ("Bolivarian Alliance for the Peoples of Our America",
    /// "League of Arab States"), else null.
    /// </summary>
    private static string? HeadNoun(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i + 1 < words.Length && i <= 2; i++)
        {
            if (!OrganizationWords.IsGenericNoun(words[i].ToLowerInvariant())) continue;
            return words[i + 1] is "of" or "for" or "on" ? words[i] : null;
        }
        return null;
    }

    /// <summary>
    /// "one of the seven states that founded the League in 1945" before "Arab League" is named: a capitalised one-word
    /// name that is the last word of exactly one other organisation's name is that organisation.
    /// </summary>
    private void MergeBareHeads()
    {
        for (var k = 0; k < Orgs.Count; k++)
        {
            var bare = Orgs[k];
            if (bare.Acronym is not null || bare.Name is not { Length: >= 4 } head || head.IndexOf(' ') >= 0 || !char.IsUpper(head[0]) || !HasLower(head)
                || !OrganizationWords.IsGenericNoun(head.ToLowerInvariant())) continue;
            var into = -1;
            for (var o = 0; o < Orgs.Count; o++)
            {
                if (o == k || Orgs[o].Name is not { } full || !(full.EndsWith(" " + head, StringComparison.Ordinal) || HeadNoun(full) == head)) continue;
                // "the League of Nations Assembly" and "the League of Nations": an organ named after its body is that body.
                if (into >= 0 && Orgs[into].Name is { } earlier)
                {
                    if (full.StartsWith(earlier + " ", StringComparison.Ordinal)) continue;
                    if (earlier.StartsWith(full + " ", StringComparison.Ordinal)) { into = o; continue; }
                }
                into = into == -1 ? o : -2;
            }
            if (into < 0) continue;
            MergeEntityInto(k, into);
        }
    }

    /// <summary>
    /// "France's Naval Group", "India's Adani Group": a group or company a state's possessive introduces is a firm, not a
    /// bloc of states, and never the organisation an article is about.
    /// </summary>
    private void MarkStateCompanies()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Organization || m.Entity < 0 || Orgs[m.Entity].Name is not { } name) continue;
            if (!(name.EndsWith(" Group", StringComparison.Ordinal) || name.EndsWith(" Company", StringComparison.Ordinal) || name.EndsWith(" Corporation", StringComparison.Ordinal)
                  || name.EndsWith(" Holdings", StringComparison.Ordinal))) continue;
            if (Tok(m.First - 1) is { Kind: TokenKind.Possessive } && At(m.First - 2) is { Type: MentionType.Country }) Orgs[m.Entity].KnownAsInstitution = true;
        }
    }

    // ---------------------------------------------------------------- helpers

    private Token? Tok(int i) => i >= 0 && i < _t.Count ? _t[i] : null;

    private bool Claimed(int i) => _at[i] is not null;

    private bool SameSentence(int a, int b) => Tok(a) is { } x && Tok(b) is { } y && x.Sentence == y.Sentence;

    /// <summary>
    /// A sentence's first word that could be an acronym written as a word ("Opec", "Asean"), not an adjective of the
    /// members after it ("Founding members", "Core members", "Richer members").
    /// </summary>
    private static bool LooksLikeAcronymWord(string word) =>
        word.Length <= 8 && !CommonWords.IsSentenceStartFunctionWord(word) && !AdjectiveBeforeMembers.Contains(word)
        && !(word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)
             || word.EndsWith("ent", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("al", StringComparison.Ordinal)
             || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal)
             || word.EndsWith("ate", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ern", StringComparison.Ordinal)
             || word.EndsWith("ly", StringComparison.Ordinal));

    private static readonly HashSet<string> AdjectiveBeforeMembers = new(StringComparer.Ordinal)
    {
        "Core", "Key", "Full", "New", "Old", "Big", "Small", "Rich", "Poor", "Top", "Main", "Fellow", "Major", "Junior", "Senior", "Remaining",
        "Former", "Current", "Existing", "Permanent", "Founding", "Associate", "Elected", "Voting", "Active", "Leading", "Smaller", "Larger",
    };

    /// <summary>A state's name starts at token <paramref name="i"/> (after "the").</summary>
    private bool StateAt(int i) => Tok(i) is { } t && (t.Has(WordClass.CountryStart) || t.Is("the") && Tok(i + 1) is { } afterThe && afterThe.Has(WordClass.CountryStart));

    /// <summary>A building named as such: "... Convention Center", "... Conference Centre", "... Hotel", "... Stadium".</summary>
    private bool IsVenueName(int first, int last) =>
        _t[last].Text is "Hotel" or "Stadium" or "Arena"
        || _t[last].Text is "Centre" or "Center" && last > first && _t[last - 1].Text is "Convention" or "Conference" or "Exhibition" or "Congress" or "Expo" or "Press";

    private bool IsSentenceInitial(int i)
    {
        var tok = _t[i];
        var s = _doc.Sentences[tok.Sentence];
        if (i == s.FirstToken) return true;
        var prev = _t[i - 1];
        // After an opening mark, a dash or a colon, or the dateline's "-".
        // (Not a name quoted after its article or a naming verb: 'forming a "Group of Four"', 'the so-called "Coffee Club"'.)
        return prev.Kind == TokenKind.QuoteMark && prev.Role == MarkRole.Open
                && !(i >= 2 && _t[i - 2].Text is "a" or "an" or "the" or "its" or "their" or "called" or "dubbed" or "named" or "nicknamed" or "so-called")
            || prev.Kind == TokenKind.Dash && i - 1 == s.FirstToken
            || prev.Is(":") || prev.Is("(")
            // A sentence that ends inside a quotation ("... anywhere else. If Brics makes ..."): a lower-case word before the stop.
            || (prev.Is(".") || prev.Is("?") || prev.Is("!")) && i >= 2 && _t[i - 2].IsWord && !_t[i - 2].IsCapitalized;
    }

    private Mention Add(MentionType type, int first, int last, string? text = null)
    {
        var m = new Mention(type, first, last) { Text = text ?? _doc.Slice(first, last) };
        Mentions.Add(m);
        for (var i = first; i <= last; i++) _at[i] = m;
        return m;
    }

    private static bool HasLower(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static int UpperCount(string s)
    {
        var n = 0;
        foreach (var c in s) if (char.IsUpper(c)) n++;
        return n;
    }

    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        string decomposed;
        try
        {
            decomposed = s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = s; // lone surrogates: fold what can be folded
        }
        foreach (var c in decomposed)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Folds an organisation's name for identity: spelling variants, case and a leading "the".</summary>
    public static string FoldOrgName(string name)
    {
        var s = " " + name.ToLowerInvariant() + " ";
        s = s.Replace(" the ", " ").Replace("organisation", "organization").Replace("co-operation", "cooperation")
            .Replace("centre", "center").Replace("defence", "defense").Replace("programme", "program");
        return Fold(s);
    }

    private bool IsConnectorToken(Token t) => t.IsWord && !t.IsCapitalized && OrganizationWords.IsConnector(t.Text);

    /// <summary>
    /// The number of words (2 or 3) of a known city or capital starting at <paramref name="i"/> that no capitalised word
    /// (nor a connector and one) follows ("Addis Ababa", "Port Moresby"); else 0.
    /// </summary>
    private int CityOfWordsAt(int i)
    {
        for (var n = 2; n <= 3; n++)
        {
            var last = i + n - 1;
            if (Tok(last) is not { IsWord: true, IsCapitalized: true }) return 0;
            for (var k = i; k < last; k++) if (!_t[k].IsWord || !_t[k].IsCapitalized) return 0;
            if (Tok(last + 1) is { IsWord: true } next && (next.IsCapitalized || IsConnectorToken(next) && Tok(last + 2) is { IsWord: true, IsCapitalized: true })) continue;
            var place = _doc.Slice(i, last);
            if (Cities.Contains(place) || CountryGazetteer.TryLookup(place, out var form) && form.Kind == CountryFormKind.Capital) return n;
        }
        return 0;
    }

    /// <summary>A capitalised run: capitalised words with connectors ("of", "the", "and") between them.</summary>
    private int RunEnd(int i, bool allowConnectors)
    {
        var last = i;
        var j = i + 1;
        while (j < _t.Count && _t[j].Paragraph == _t[i].Paragraph)
        {
            var tok = _t[j];
            // "Observers: Afghanistan, Mongolia\nDialogue partners: Turkey": a fact-box label on the next line starts anew.
            if (NewLineBefore(j) && Tok(j + 1) is { } lbl && (lbl.Is(":") || Tok(j + 2) is { } lbl2 && lbl2.Is(":") && Tok(j + 1)!.IsWord)) break;
            // "... form Alliance of Sahel States\nBy Sunday Okafor": a byline or a date line under the headline starts anew.
            if (NewLineBefore(j) && tok.Text is "By" or "Published" or "Updated" or "Posted" or "Written") break;
            // "St. Clair Avenue toasts NATO's welcome for Slovenia\nAlliance invites seven ...": a headline's line ends a name.
            if (NewLineBefore(j) && (_doc.Paragraphs[_t[j].Paragraph].IsHeading || _t[j].Paragraph == 0 && !IsConnectorToken(_t[j - 1]) || HeaderLineBreak(j))) break;
            if (tok.IsWord && tok.IsCapitalized || tok.Kind == TokenKind.Number && last >= i && _t[j - 1].Is("of"))
            {
                last = j;
                j++;
            }
            else if (allowConnectors && (IsConnectorToken(tok) || tok.Is("&")))
            {
                // "the Group of Friends of the Zentral People in Zentrograd", "... Resources in Zentrograd yesterday": "in" and one
                // capitalised word that ends the run tell where, not a part of the name; a region's is ("Co-operation in Europe").
                if (tok.Is("in") && Tok(j + 1) is { IsWord: true, IsCapitalized: true } place && !(Tok(j + 2) is { IsWord: true } afterPlace && (afterPlace.IsCapitalized || IsConnectorToken(afterPlace)))
                    && !RegionWords.Contains(place.Text) && _t[j - 1].IsWord && _t[j - 1].IsCapitalized) break;
                // ("the Organization of African Unity in Addis Ababa in 1963": a city of two or three words.)
                if (tok.Is("in") && _t[j - 1].IsWord && _t[j - 1].IsCapitalized && CityOfWordsAt(j + 1) > 0) break;
                // "the Group of States against Corruption", "the European Commission for Democracy through Law": "against" and
                // "through" join a name's words only before a capitalised word, after no state ("tied to Canada through the
                // North American Free Trade Agreement").
                if ((tok.Is("against") || tok.Is("through")) && (Tok(j + 1) is not { IsWord: true, IsCapitalized: true } || CountryGazetteer.TryLookup(_t[j - 1].Text, out _))) break;
                j++;
            }
            // "the Islamic Military Alliance to Fight Terrorism", "the Coalition to Stop the Use of Child Soldiers": a body
            // named for its purpose, in running text (a title-case headline capitalises every verb after "to").
            else if (allowConnectors && tok.Is("to") && last == j - 1 && _t[j - 1].Text is "Alliance" or "Coalition" or "Campaign" or "Initiative" or "Partnership" or "Movement" or "Fund"
                     && Tok(j + 1) is { IsWord: true, IsCapitalized: true } purpose && !CountryGazetteer.TryLookup(purpose.Text, out _)
                     && Tok(j + 2) is { IsWord: true, IsCapitalized: true } && !_doc.Paragraphs[tok.Paragraph].IsHeading)
            {
                j++;
            }
            // "the Parties to the Nauru Agreement (PNA)": the parties to a named agreement are a body.
            else if (allowConnectors && tok.Is("to") && last == j - 1 && (_t[j - 1].Is("Parties") || _t[j - 1].Is("Party")) && Tok(j + 1) is { } toThe && toThe.Is("the")
                     && Tok(j + 2) is { IsWord: true, IsCapitalized: true })
            {
                j += 2;
            }

            // "the United Nations Educational, Scientific and Cultural Organization": a comma in a series of a name's
            // words, closed by "and" and the name's head.
            else if (allowConnectors && tok.Is(",") && last == j - 1 && Tok(j + 1) is { IsWord: true, IsCapitalized: true } && Tok(j + 2) is { } andTok && andTok.Is("and")
                     && Tok(j + 3) is { IsWord: true, IsCapitalized: true } && Tok(j + 4) is { IsWord: true } head && OrganizationWords.IsNameHead(head.Text) && head.IsCapitalized)
            {
                j++;
            }
            else
            {
                break;
            }
        }
        return last;
    }

    private bool NewLineBefore(int j)
    {
        if (j <= 0 || j >= _t.Count) return false;
        for (var c = _t[j].Start - 1; c >= _t[j - 1].End && c >= 0; c--)
        {
            if (_doc.Text[c] == '\n') return true;
        }
        return false;
    }

    private string Initials(int first, int last)
    {
        var sb = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || !tok.IsCapitalized) continue;
            foreach (var part in tok.Text.Split('-'))
            {
                if (part.Length > 0 && char.IsUpper(part[0])) sb.Append(part[0]);
            }
        }
        return sb.ToString();
    }

    /// <summary>Words in capitals that are no acronym: a lead's first word ("THE"), a section label ("ANALYSIS").</summary>
    private static readonly HashSet<string> CapitalsNoAcronym = new(StringComparer.Ordinal)
    {
        "THE", "AN", "AND", "FOR", "WITH", "FROM", "THIS", "THAT", "IN", "ON", "AT", "BY", "AS", "IT", "ITS",
        "ANALYSIS", "UPDATE", "OPINION", "COMMENT", "FEATURE", "BRIEFING", "REPORT", "FOCUS", "WORLD", "NEWS",
    };

    /// <summary>
    /// Initials before a surname ("J.R. Jayewardene"): capitalised words follow and none is an organisation's head, as
    /// "Council" in "U.N. Security Council" is.
    /// </summary>
    private bool InitialsOfAName(int i)
    {
        var k = i + 1;
        while (Tok(k) is { IsWord: true, IsCapitalized: true } w)
        {
            if (OrganizationWords.IsNameHead(w.Text) || OrganizationWords.IsEventWord(w.Text)) return false;
            k++;
        }
        return k > i + 1;
    }

    /// <summary>"UN" for "U.N.", "UDEAC" for "U.D.E.A.C.": two to six capitals, each with its point; else null.</summary>
    private static string? DottedAcronym(string s)
    {
        if (s.Length < 4 || s.Length > 12 || s.Length % 2 != 0) return null;
        var letters = new char[s.Length / 2];
        for (var k = 0; k < s.Length; k += 2)
        {
            if (!char.IsUpper(s[k]) || s[k + 1] != '.') return null;
            letters[k / 2] = s[k];
        }
        return new string(letters);
    }

    public static bool IsAcronymText(string s)
    {
        if (s.Length < 2 || s.Length > 8) return false;
        // "3SI" (Three Seas Initiative): a digit, then capitals only.
        if (char.IsDigit(s[0]) && s.Length >= 3)
        {
            for (var k = 1; k < s.Length; k++) if (!char.IsUpper(s[k])) return false;
            return true;
        }
        if (!char.IsUpper(s[0])) return false;
        // "SEVEN of the eight countries ...", "THE British-Irish Council, ...": a house style's capitals on a number word or
        // on the first word of a lead.
        if (s.Length >= 3 && NumberWords.TryParse(s, out _) || CapitalsNoAcronym.Contains(s)) return false;
        // G7, G20, G-20, G77, P5, E3: capitals then digits.
        var letters = 0;
        while (letters < s.Length && char.IsUpper(s[letters])) letters++;
        if (letters is >= 1 and <= 3)
        {
            var d = letters < s.Length && s[letters] == '-' ? letters + 1 : letters;
            if (d < s.Length && d + 3 >= s.Length)
            {
                var digits = true;
                for (var k = d; k < s.Length; k++) digits &= char.IsDigit(s[k]);
                if (digits) return true;
            }
        }
        var upper = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsDigit(c) && c != '-') return false;
        }
        return upper >= 2;
    }

    private int OrgIndex(string? name, string? acronym, int token)
    {
        var foldedName = name is null ? null : FoldOrgName(name);
        // What the loop compares against every organisation, computed once: the loop runs once per new name, over all
        // the names before it.
        var shortForm = name is not null && name.IndexOf(' ') > 0 ? name + " of " : null;
        var acronymUpper = acronym?.ToUpperInvariant();
        var nameUpper = name?.ToUpperInvariant();
        var nameInitials = name is not null && name.IndexOf(' ') > 0 ? InitialsOf(name) : null;
        // "G-20" and "the Group of 20": the number a group is named by, once for the new name.
        var groupByAcronym = acronym is not null ? GroupNumber(acronym, isName: false) : 0;
        var groupByName = name is not null ? GroupNumber(name, isName: true) : 0;
        for (var k = 0; k < Orgs.Count; k++)
        {
            var o = Orgs[k];
            if (acronym is not null && o.Acronym is not null && string.Equals(o.Acronym, acronym, StringComparison.Ordinal)) return Merge(k, name, acronym);
            if (foldedName is not null && o.Name is not null && o.FoldedName == foldedName) return Merge(k, name, acronym);
            // (Not when the acronym comes with a name of its own: "the Mekong River Commission (MRC)" after "the Mekong-RoK
            // Cooperation", whose initials it also spells.)
            if (acronym is not null && o.Name is not null && o.Acronym is null && Spells(acronym, acronymUpper!, o) && name is null) return Merge(k, name, acronym);
            if (name is not null && acronym is null && o.Acronym is not null && o.Name is null && Spells(o.Acronym, name)) return Merge(k, name, acronym);
            // "G-20" and "the Group of 20", "G-8" and "the Group of Eight": a group named by its number.
            if (groupByAcronym > 0 && o.Name is not null && o.Acronym is null && GroupNumber(o.Name, isName: true) == groupByAcronym) return Merge(k, name, acronym);
            if (groupByName > 0 && acronym is null && o.Acronym is not null && o.Name is null && GroupNumber(o.Acronym, isName: false) == groupByName) return Merge(k, name, acronym);
            // "the Arab League" and "the League of Arab States": the same words, the full form adding only "States" or
            // "Nations" after "of"; the full form names it.
            if (name is not null && acronym is null && o.Name is not null && SameWordsReordered(name, o.Name))
            {
                if (name.Length > o.Name.Length) o.Name = name;
                return k;
            }
            // "Opec" as a word and "the Organization of the Petroleum Exporting Countries" with no acronym in parentheses:
            // the word spells the name, so it is its acronym.
            if (name is not null && acronym is null && o.Name is not null && o.Acronym is null && nameInitials is not null && o.Name.Length >= 3 && o.Name.IndexOf(' ') < 0
                && WordSpellsInitials(o.Name.ToUpperInvariant(), nameInitials))
            {
                o.Acronym = o.Name;
                o.Name = name;
                return k;
            }
            if (name is not null && acronym is null && o.Acronym is not null && name.IndexOf(' ') < 0 && string.Equals(o.Acronym, name, StringComparison.OrdinalIgnoreCase)) return k;
            if (name is not null && acronym is null && o.Name is not null && o.Acronym is null && nameUpper is not null && WordSpells(name, nameUpper, o))
            {
                o.Acronym = name;
                return k;
            }
            // "the Economic Community" after "the Economic Community of West African States": the name's head, shortened.
            if (shortForm is not null && acronym is null && o.Name is not null && o.Name.StartsWith(shortForm, StringComparison.OrdinalIgnoreCase)) return k;
            // "La Francophonie" after "the International Organisation of La Francophonie": the part after "of".
            if (name is not null && name.Length >= 6 && acronym is null && o.Name is not null && EndsWithTail(o.Name, name)) return k;
        }
        Orgs.Add(new OrgEntity { Name = name, Acronym = acronym, FirstToken = token });
        return Orgs.Count - 1;
    }

    /// <summary>20 for "G20", "G-20" (an acronym) or "Group of 20", "Group of Twenty" (a name); else 0.</summary>
    private static int GroupNumber(string text, bool isName)
    {
        string digits;
        if (isName)
        {
            if (!text.StartsWith("Group of ", StringComparison.Ordinal)) return 0;
            digits = text.Substring("Group of ".Length);
            if (digits.IndexOf(' ') >= 0) return 0;
        }
        else
        {
            if (text.Length < 2 || text[0] != 'G') return 0;
            digits = text[1] == '-' ? text.Substring(2) : text.Substring(1);
            foreach (var c in digits) if (!char.IsDigit(c)) return 0;
        }
        return NumberWords.TryParse(digits, out var n) && n >= 2 ? n : 0;
    }

    private int Merge(int k, string? name, string? acronym)
    {
        var o = Orgs[k];
        if (o.Name is null && name is not null) o.Name = name;
        if (o.Acronym is null && acronym is not null) o.Acronym = acronym;
        return k;
    }

    /// <summary>Whether <paramref name="name"/> ends with " of X", " of La X" or " of the X" for X = <paramref name="tail"/> (no allocation).</summary>
    private static bool EndsWithTail(string name, string tail)
    {
        // "La Francophonie" for the "Organisation internationale de la Francophonie": the article capitalised.
        if (tail.StartsWith("La ", StringComparison.Ordinal) && name.EndsWith(" de la " + tail.Substring(3), StringComparison.Ordinal)) return true;
        if (name.Length <= tail.Length + 4 || !name.EndsWith(tail, StringComparison.Ordinal)) return false;
        var before = name.Length - tail.Length;
        return EndsAt(name, before, " of ") || EndsAt(name, before, " of La ") || EndsAt(name, before, " of the ");
    }

    private static bool EndsAt(string name, int end, string part) =>
        end >= part.Length && string.CompareOrdinal(name, end - part.Length, part, 0, part.Length) == 0;

    /// <summary>"ECOWAS" spells "Economic Community of West African States" (connectors' letters may count).</summary>
    private static bool Spells(string acronym, string name)
    {
        if (acronym.IndexOf('+') >= 0) return false; // OPEC+ is not OPEC
        if (string.Equals(InitialsOf(name), acronym, StringComparison.Ordinal) || acronym.IndexOf('-') > 0 && EqualsWithoutHyphens(acronym, InitialsOf(name))) return true;
        return acronym.Length >= 3 && string.Equals(AllWordInitials(name), acronym.ToUpperInvariant(), StringComparison.Ordinal);
    }

    /// <summary>"IOR-ARC" spells "IORARC": an acronym's hyphens are not letters of the name.</summary>
    private static bool EqualsWithoutHyphens(string hyphenated, string letters)
    {
        var j = 0;
        foreach (var c in hyphenated)
        {
            if (c == '-') continue;
            if (j >= letters.Length || letters[j] != c) return false;
            j++;
        }
        return j == letters.Length;
    }

    /// <summary><see cref="Spells"/> against an organisation's cached initials (no allocation per comparison).</summary>
    private static bool Spells(string acronym, string acronymUpper, OrgEntity o) =>
        acronym.IndexOf('+') < 0
        && (string.Equals(o.Initials, acronym, StringComparison.Ordinal) || acronym.IndexOf('-') > 0 && o.Initials is { } initials && EqualsWithoutHyphens(acronym, initials)
            || acronym.Length >= 3 && string.Equals(o.WordInitials, acronymUpper, StringComparison.Ordinal));

    /// <summary>The upper-case initial of every word of a name, connectors too.</summary>
    internal static string AllWordInitials(string name)
    {
        var sb = new StringBuilder();
        foreach (var w in name.Split(' ', '-'))
        {
            if (w.Length > 0 && char.IsLetter(w[0])) sb.Append(char.ToUpperInvariant(w[0]));
            if (IsCompassCompound(w)) sb.Append(char.ToUpperInvariant(w[5]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// "UfM" for "Union for the Mediterranean": its capitals are the name's capital initials and its small letters the
    /// initials of its connectors, in order.
    /// </summary>
    private static bool MixedCaseSpells(string word, string name)
    {
        if (word.Length < 3 || word.Length > 6) return false;
        var capitals = new StringBuilder();
        foreach (var c in word) if (char.IsUpper(c)) capitals.Append(c);
        if (capitals.Length < 2 || capitals.Length == word.Length || !string.Equals(capitals.ToString(), InitialsOf(name), StringComparison.Ordinal)) return false;
        var all = new StringBuilder();
        foreach (var w in name.Split(' ', '-')) if (w.Length > 0 && char.IsLetter(w[0])) all.Append(char.ToUpperInvariant(w[0]));
        return IsSubsequence(word.ToUpperInvariant(), all.ToString());
    }

    /// <summary>
    /// "(Caricom)" after "Caribbean Community", "(Benelux)" after "Belgium, Netherlands, Luxembourg": a word made of the
    /// openings of two or more of the name's words, in order, each of two letters or more.
    /// </summary>
    private static bool SyllablesSpell(string word, string name)
    {
        if (word.Length < 4 || word.Length > 12) return false;
        var words = name.Split(' ');
        return Spell(word.ToLowerInvariant(), 0, words, 0, 0);

        static bool Spell(string w, int at, string[] words, int from, int used)
        {
            if (at == w.Length) return used >= 2;
            for (var k = from; k < words.Length; k++)
            {
                var part = words[k];
                if (part.Length == 0 || !char.IsUpper(part[0])) continue;
                for (var len = Math.Min(part.Length, w.Length - at); len >= 2; len--)
                {
                    if (string.Compare(w, at, part, 0, len, StringComparison.OrdinalIgnoreCase) == 0 && Spell(w, at + len, words, k + 1, used + 1)) return true;
                }
            }
            return false;
        }
    }

    /// <summary>"Arab League" and "League of Arab States": one name is the other's words reordered around "of", plus at most "States", "Nations", "Countries" or "Peoples".</summary>
    private static bool SameWordsReordered(string a, string b)
    {
        if (a.IndexOf(" of ", StringComparison.Ordinal) < 0 == b.IndexOf(" of ", StringComparison.Ordinal) < 0) return false;
        var shortName = a.IndexOf(" of ", StringComparison.Ordinal) < 0 ? a : b;
        var longName = ReferenceEquals(shortName, a) ? b : a;
        var shortWords = shortName.Split(' ');
        var longWords = new List<string>(longName.Split(' '));
        longWords.RemoveAll(w => w is "of" or "the" or "States" or "Nations" or "Countries" or "Peoples");
        if (shortWords.Length < 2 || shortWords.Length != longWords.Count) return false;
        foreach (var w in shortWords) if (!longWords.Contains(w)) return false;
        return true;
    }

    /// <summary>A one-word name ("Opec", "Nato") that spells a name of three or more capitalised words.</summary>
    private static bool WordSpells(string word, string name) =>
        word.Length >= 3 && word.IndexOf(' ') < 0 && name.IndexOf(' ') > 0 && WordSpellsInitials(word.ToUpperInvariant(), InitialsOf(name));

    /// <summary><see cref="WordSpells(string, string)"/> against an organisation's cached initials.</summary>
    private static bool WordSpells(string word, string wordUpper, OrgEntity o) =>
        word.Length >= 3 && word.IndexOf(' ') < 0 && o.Name is { } name && name.IndexOf(' ') > 0 && WordSpellsInitials(wordUpper, o.Initials!);

    // "Bimstec" for "Bay of Bengal Initiative for Multi-Sectoral ...": one initial may be left out.
    private static bool WordSpellsInitials(string wordUpper, string initials) =>
        initials.Length == wordUpper.Length && string.Equals(initials, wordUpper, StringComparison.Ordinal)
        || initials.Length == wordUpper.Length + 1 && IsSubsequence(wordUpper, initials);

    /// <summary>
    /// "(Asean)" after "Association of Southeast Asian Nations": a word in parentheses right after a name, that starts
    /// with the name's initial and holds all its capital initials in order, with at most two letters more ("Southeast"
    /// gives two).
    /// </summary>
    private static bool InitialsWithin(string word, string name)
    {
        var initials = InitialsOf(name);
        return initials.Length >= 3 && word.Length <= initials.Length + 2 && word.Length > initials.Length && char.ToUpperInvariant(word[0]) == initials[0]
            && IsSubsequence(initials, word.ToUpperInvariant());
    }

    /// <summary>The initials of a name's capitalised words (see <see cref="OrgEntity.Initials"/>).</summary>
    internal static string CapitalInitials(string name) => InitialsOf(name);

    private static string InitialsOf(string name)
    {
        var sb = new StringBuilder();
        foreach (var w in name.Split(' ', '-'))
        {
            if (w.Length > 0 && char.IsUpper(w[0])) sb.Append(w[0]);
            // "Southeast" is "South-East": ASEAN spells the Association of Southeast Asian Nations.
            if (IsCompassCompound(w)) sb.Append(char.ToUpperInvariant(w[5]));
        }
        return sb.ToString();
    }

    /// <summary>"Southeast", "Northwest": two compass points written as one word.</summary>
    private static bool IsCompassCompound(string w) =>
        w.Length == 9 && (w.StartsWith("South", StringComparison.Ordinal) || w.StartsWith("North", StringComparison.Ordinal))
        && (w.EndsWith("east", StringComparison.Ordinal) || w.EndsWith("west", StringComparison.Ordinal));

    // ---------------------------------------------------------------- organisations

    private void FindOrganizationNames()
    {
        // A run split at "and" is re-entered after the split: reuse its end so long chains stay linear.
        var knownRunEnd = -1;
        for (var i = 0; i < _t.Count; i++)
        {
            if ((i & 0x3FF) == 0) _ct.ThrowIfCancellationRequested();
            var tok = _t[i];
            if (!tok.IsWord || !tok.IsCapitalized || Claimed(i)) continue;
            if (i > 0 && _t[i - 1].IsWord && _t[i - 1].IsCapitalized && !Claimed(i - 1) && _t[i - 1].Paragraph == tok.Paragraph) continue;
            var last = i <= knownRunEnd ? knownRunEnd : RunEnd(i, allowConnectors: true);
            knownRunEnd = last;
            var first = i;
            // Drop leading function words ("The", "In") and trailing connectors.
            // "the Three Seas Initiative": a number word inside a sentence starts the name.
            while (first <= last && (CommonWords.IsSentenceStartFunctionWord(_t[first].Text) && !(first < last && NumberWords.TryParse(_t[first].Text, out _) && !IsSentenceInitial(first))
                                     || IsConnectorToken(_t[first]))) first++;
            // "the Beyond Oil & Gas Alliance (Boga)": a capitalised preposition inside a sentence is the name's first word when
            // the acronym after the name spells it too.
            if (first == i + 1 && first <= last && !IsSentenceInitial(i) && !_t[i].Is("The") && _t[i].Text.Length > 2
                && AcronymInParentheses(last + 1, i, last) is { } spelledFromBefore && string.Equals(spelledFromBefore, Initials(i, last), StringComparison.OrdinalIgnoreCase)) first = i;
            // "The China-led Mekong-Lancang Cooperation", "the Saudi-backed ...": who leads it is no part of its name.
            while (first < last && IsLedBy(_t[first].Text)) first++;
            if (first > last) { i = last; continue; }
            // "Thailand, Malaya, Philippines Launch New Regional Association", "Nine Asian and Pacific Nations Form New
            // Council": a headline's capitals with its verb are no name.
            if ((_t[first].Paragraph == 0 || _doc.Paragraphs[_t[first].Paragraph].IsHeading) && HeadlineVerbIn(first, last)) { i = last; continue; }
            // "Powers Unable to Check League": a headline's verb after "to" opens no name.
            if ((_t[first].Paragraph == 0 || _doc.Paragraphs[_t[first].Paragraph].IsHeading) && first > 0 && _t[first - 1].Is("to") && first < last
                && (HeadlineVerbs.Contains(_t[first].Text) || HeadlineInfinitives.Contains(_t[first].Text))) first++;
            // "Today the East African Community", "Uganda in the Community": "the" inside a name follows a connector
            // ("of the"), and a name does not start with a state placed "in" something.
            for (var k = first + 1; k <= last && k <= first + 3; k++)
            {
                // ("Botswana on the Zentral Water Commission": "on" too.)
                // ("the EU and the European Free Trade Association (EFTA)": an acronym and "and the" open no name.)
                if (!_t[k].Is("the") || (IsConnectorToken(_t[k - 1]) || _t[k - 1].Is("to") && _t[k - 2].Text is "Parties" or "Party") && !(k - 1 > first && (_t[k - 1].Is("in") || _t[k - 1].Is("on")) && CountryGazetteer.TryLookup(_t[k - 2].Text, out _) && k - 2 == first)
                    && !(k - 2 == first && _t[k - 1].Is("and") && IsAcronymText(_t[first].Text))) continue;
                first = k + 1;
                break;
            }
            // "Papua New Guinea in the Melanesian Spearhead Group": a state of several words placed "in" something.
            for (var k = first + 3; k <= last && k <= first + 5; k++)
            {
                if (!(_t[k].Is("the") && _t[k - 1].Is("in"))) continue;
                if (CountryGazetteer.TryLookup(_doc.Slice(first, k - 2), out var placed) && placed.Kind != CountryFormKind.Capital) first = k + 1;
                break;
            }
            if (first > last) { i = last; continue; }
            // 'held under the theme "Turning Vision into Reality for a Dynamic ASEAN Community"': capitals of a quoted
            // title-case slogan are no name (the body it names is found outside it).
            if (tok.Quote >= 0 && IsTitleCaseQuote(tok.Quote)) { i = last; continue; }

            // "Leaders of the Organization of Turkic States": a common word and "of the" before the name.
            if (first < last && (IsSentenceInitial(first) && InLowerVocabulary(_t[first].Text)
                                 // "Mexico Becomes 30th Member of International Energy Agency": a headline's capitals.
                                 || _t[first].Text is "Member" or "Observer" or "Partner" or "Candidate" or "Founder" && !IsSentenceInitial(first)
                                 || _t[first].Text is "Leaders" or "Members" or "Ministers" or "Heads" or "Officials" or "Delegates" or "Envoys" or "Summit" or "Representatives" or "Delegations" or "Diplomats"
                                    // "(Ecofin Agency) - Shareholders of the African Export-Import Bank (Afreximbank) have elected"
                                    or "Shareholders" or "Governors" or "Negotiators" or "Lawmakers" or "Parliamentarians" or "Scientists" or "Experts" or "Economists" or "Analysts" or "Staff" or "Researchers"
                                 // "Twenty-one of the Arab League's 22 members were represented": a number opening the sentence.
                                 || IsSentenceInitial(first) && NumberWords.TryParse(_t[first].Text, out _)
                                 // "the four poorest member States of the Community": an official text's capital on the noun.
                                 || _t[first].Text is "States" or "Countries" or "State" or "Country" && first > 0 && _t[first - 1].Text is "member" or "participating"
                                 // "the President of the ECOWAS Commission, Mr Kadré Désiré Ouédraogo": a title before the body.
                                 || _t[first].Text is "President" or "Chairman" or "Chairperson" or "Secretary-General" or "Director-General" or "Commissioner" && first + 3 <= last && Tok(first + 2) is { } theAfter && theAfter.Is("the")
                                 // "LEADERS of the Melanesian Spearhead Group": a house style's capitals.
                                 || _t[first].Text is "LEADERS" or "MEMBERS" or "MINISTERS" or "HEADS" or "OFFICIALS" or "DELEGATES" or "ENVOYS")
                && Tok(first + 1) is { } ofTok && ofTok.Is("of"))
            {
                first += 2;
                if (first <= last && _t[first].Is("the")) first++;
                if (first > last) { i = last; continue; }
            }
            // "The Prime Minister of the Federation, Sir Grantley Adams,", "the Secretary General of the League": a two-word
            // title before the body.
            if (first + 4 <= last && (_t[first + 1].Text is "Minister" && _t[first].Text is "Prime" or "Foreign" or "Deputy" or "Finance" or "Defence" or "Defense" or "Trade"
                    || _t[first].Text is "Secretary" && _t[first + 1].Text is "General")
                && _t[first + 2].Is("of") && _t[first + 3].Is("the"))
            {
                first += 4;
                if (first > last) { i = last; continue; }
            }
            // "Handshakes at Rio Group summit in Santo Domingo end Andean crisis": a headline's first word and "at" before
            // the name.
            if (first < last && IsSentenceInitial(first) && Tok(first + 1) is { } atTok && atTok.Is("at") && !OrganizationWords.IsNameHead(_t[first].Text))
            {
                first += 2;
                if (first <= last && _t[first].Is("the")) first++;
                if (first > last) { i = last; continue; }
            }
            // "Armenia, Azerbaijan Become Full Members of Council of Europe": a headline's capitals; the name starts after
            // "Members of".
            // (Only a run's first words: a run that spans a long chain of names is scanned once per start, so a scan to its end
            // would be quadratic.)
            for (var k = first + 1; k + 2 <= last && k <= first + 6; k++)
            {
                if (!(_t[k].Text is "Member" or "Members" or "Observer" or "Observers" or "Partner" or "Partners") || !_t[k + 1].Is("of")) continue;
                first = k + 2;
                if (first <= last && _t[first].Is("the")) first++;
                break;
            }
            if (first > last) { i = last; continue; }
            // "Ministers of ASEAN and the Asian Development Bank (ADB)": after the participants, an acronym and "and the"
            // open no name either.
            if (first + 3 <= last && IsAcronymText(_t[first].Text) && _t[first + 1].Is("and") && _t[first + 2].Is("the")) first += 3;
            // "the Summit of Heads of State and Government of the Group of 77": the name after the meeting's participants.
            for (var k = first; k + 3 <= last && k <= first + 4; k++)
            {
                if (!(_t[k].Is("Heads") && _t[k + 1].Is("of") && (_t[k + 2].Is("State") || _t[k + 2].Is("Government")))) continue;
                var of = k + 3;
                while (of <= last && !_t[of].Is("of")) of++;
                if (of >= last) break;
                first = of + 1;
                if (first <= last && _t[first].Is("the")) first++;
                break;
            }
            if (first > last) { i = last; continue; }
            // "met on Tuesday at the Gulf Cooperation Council summit", "in Lima on Thursday at the Pacific Alliance": a
            // weekday is no part of a name; the name starts after it.
            for (var k = Math.Min(last - 1, first + 6); k >= first; k--)
            {
                // Only near the run's start: a long chain re-entered at every "and" must stay linear.
                if (!TimeWords.IsWeekday(_t[k].Text) || !(IsConnectorToken(_t[k + 1]) || _t[k + 1].Is("at"))) continue;
                first = k + 1;
                while (first <= last && (IsConnectorToken(_t[first]) || _t[first].Is("at"))) first++;
                break;
            }
            if (first > last) { i = last; continue; }
            // "Non-members the United States and Canada": a sentence-initial label before a name with its article.
            if (first < last && IsSentenceInitial(first) && Tok(first + 1) is { } art && art.Is("the")
                && (_t[first].Text.StartsWith("Non-", StringComparison.Ordinal) || _t[first].Text is "Members" or "Observers" or "Partners"))
            {
                i = first + 1;
                knownRunEnd = -1;
                continue;
            }
            // "11 Partners for Co-operation", "Partners for Peace": a category of an organisation's states, no organisation.
            if (_t[first].Text is "Partners" or "Partner" && Tok(first + 1) is { } forTok && forTok.Is("for"))
            {
                i = last;
                continue;
            }
            // "... Nations on Sunday": a time after the name.
            while (last > first && (TimeWords.IsWeekday(_t[last].Text) || TimeWords.IsMonth(_t[last].Text) || _t[last].Kind == TokenKind.Number)
                   // "the Group of 20 (G20)", "the Group of 77": a number that names the group stays.
                   && !(_t[last].Kind == TokenKind.Number && _t[last].Text.Length < 4 && last - 2 >= first && _t[last - 1].Is("of") && _t[last - 2].Is("Group")))
            {
                last--;
                while (last > first && IsConnectorToken(_t[last])) last--;
            }
            var runEnd0 = -1;
            // "the 34th summit of the Arab League in Baghdad": a place after the name's head is no part of it (unless an
            // acronym after the whole run spells it: "... Building Measures in Asia (CICA)").
            for (var k = first + 2; k < last && k <= first + 12; k++)
            {
                // ("the Group of 77 at the United Nations": a number ends a name "... of 77".)
                var numberedHead = _t[k - 1].Kind == TokenKind.Number && _t[k - 2].Is("of");
                // "Nine countries found Community of Democratic Choice in Kyiv": a capital after a headline's name is where it
                // was founded, whatever word the name ends with.
                var cityAfter = _t[k].Is("in") && k + 1 == last && CountryGazetteer.TryLookup(_t[k + 1].Text, out var cityForm) && cityForm.Kind == CountryFormKind.Capital;
                if (!(_t[k].Is("in") || _t[k].Is("at")) || !(OrganizationWords.IsNameHead(_t[k - 1].Text) || numberedHead || cityAfter) || OrganizationWords.IsEventWord(_t[k - 1].Text) && !_t[k - 1].Is("Forum")) continue;
                // "... Cooperation in Europe", "... in the Americas": a region names the organisation's scope, part of its name.
                var scope = _t[k + 1].Is("the") && k + 2 <= last ? k + 2 : k + 1;
                // Not "the Pacific Alliance at the European Southern Observatory": a scope is "in" a region that ends the run.
                if (_t[k].Is("in") && RegionWords.Contains(_t[scope].Text) && (scope == last || scope + 1 <= last && !(_t[scope + 1].IsWord && _t[scope + 1].IsCapitalized))) continue;
                if (AcronymInParentheses(last + 1, first, last) is not null) break;
                last = k - 1;
                runEnd0 = last;
                break;
            }
            // "the 50th Pacific Islands Forum Leaders Meeting", "the African Union Summit": the organisation before the
            // meeting it holds.
            var meetingAt = -1;
            for (var k = first + 2; k <= last && k <= first + 10; k++)
            {
                if (_t[k].Text is "Meeting" or "Meetings" or "Summit" or "Summits" or "Retreat" or "Ministerial" && (k == last || _t[k + 1].Is("in") || _t[k + 1].Is("at"))) { meetingAt = k; break; }
            }
            if (meetingAt > 0)
            {
                var m0 = meetingAt - 1;
                while (m0 > first && _t[m0].Text is "Leaders" or "Leaders'" or "Ministers" or "Ministerial" or "Heads" or "Annual" or "Special" or "Extraordinary") m0--;
                if (m0 > first && m0 < last && OrganizationWords.IsNameHead(_t[m0].Text) && (!OrganizationWords.IsEventWord(_t[m0].Text) || _t[m0].Is("Forum"))
                    && AcronymInParentheses(last + 1, first, last) is null) { last = m0; runEnd0 = m0; }
            }
            // "the General Agreement on Cooperation", "the Treaty of Asuncion": a text, not an organisation of states,
            // unless an organisation's head word closes the name ("North Atlantic Treaty Organization", "Comprehensive and
            // Progressive Agreement for Trans-Pacific Partnership").
            var text = false;
            // Only near the run's start: a long chain re-entered at every "and" must stay linear.
            for (var k = first; k < last && k <= first + 12 && !text; k++) text = IsTextNoun(_t[k].Text);
            // "the Framework Agreement on the South Asian Free Trade Area (SAFTA)", "a Pact on Security, Stability and
            // Development": a name that opens with the kind of text and what it is on is a text, whatever its acronym.
            var textFirst = _t[first].Text == "Framework" && first < last && _t[first + 1].Text == "Agreement" ? first + 1 : first;
            if (IsTextNoun(_t[textFirst].Text) && Tok(textFirst + 1) is { } textOn && (textOn.Is("on") || textOn.Is("of") || textOn.Is("for") || textOn.Is("between") || textOn.Is("to")) && textFirst < last)
            {
                i = last;
                continue;
            }
            // A pact known by an acronym ("the Pacific Agreement on Closer Economic Relations Plus (PACER Plus)") is one of
            // the genre's organisations: its parties are its members.
            // A convention is a text whatever its acronym ("the European Convention on Human Rights (ECHR)").
            var convention = false;
            for (var k = first; k < last && k <= first + 3 && !convention; k++) convention = _t[k].Text is "Convention" && Tok(k + 1) is { } on && (on.Is("on") || on.Is("for") || on.Is("of"));
            // "the Warsaw Treaty Organisation and of the Council for Mutual Economic Assistance": a name that ends with a head
            // before "and of" is the first of two, whatever the second ends with.
            var textLast = last;
            for (var k = first + 1; k + 1 < last && k <= first + 12; k++)
            {
                if (_t[k].Is("and") && _t[k + 1].Is("of") && OrganizationWords.IsNameHead(_t[k - 1].Text)) { textLast = k - 1; break; }
            }
            if (text && (!OrganizationWords.IsNameHead(_t[textLast].Text) || _t[textLast].Text is "Cooperation" or "Co-operation")
                && !(!convention && TextWithParties(first, last))
                && (convention || !(AcronymInParentheses(last + 1, first, last) is { } pactAcronym
                    && (char.ToUpperInvariant(pactAcronym[0]) == char.ToUpperInvariant(_t[first].Text[0])
                        // "the Inter-American Treaty of Reciprocal Assistance (TIAR)": the acronym of the name in another
                        // language, its letters the initials of the words in another order.
                        || pactAcronym.Length >= 3 && LettersAreInitials(pactAcronym, first, last)))))
            {
                // The convention's words name no person either ("... on Human Rights").
                if (convention)
                {
                    var dm = Add(MentionType.Document, first, last);
                    dm.Role = _doc.Slice(first, last).ToLowerInvariant();
                }
                i = last;
                continue;
            }
            // Two names joined by "and": "Japan and the United States", "BRICS and the Caspian Littoral Forum".
            // Not when an acronym after the run spells the whole of it ("... Co-operation and Development (OECD)").
            var runEnd = runEnd0 >= 0 ? runEnd0 : last;
            var wholeAcronym = AcronymInParentheses(last + 1, first, last);
            // (From the run's first word: "the Warsaw Treaty Organisation and of the Council for Mutual Economic Assistance
            // (CMEA)" is two names, the acronym the second's.)
            var runInitials = wholeAcronym is not null ? Initials(first, last) : null;
            var spelled = wholeAcronym is not null && runInitials!.Length > 0 && char.ToUpperInvariant(wholeAcronym[0]) == char.ToUpperInvariant(runInitials[0])
                && IsSubsequence(wholeAcronym.TrimEnd('+'), runInitials);
            for (var k = first + 1; k < last && !spelled; k++)
            {
                // ("the Caribbean Community & Common Market (CARICOM)": an ampersand joins the words of one name.)
                if (!_t[k].Is("and")) continue;
                var left = _t[k - 1];
                var right = _t[k + 1];
                var leftComplete = OrganizationWords.IsNameHead(left.Text) || IsAcronymText(left.Text) || IsCountryName(left.Text);
                // "the Organization for Economic Cooperation and Development": a name's last word after "and" is its purpose,
                // not a second name.
                // ("... Co-operation and Development and of the Organization of American States": the purpose ends the first of
                // two names joined by "and of".)
                var purposeEnds = k + 1 == last || k + 3 <= last && _t[k + 2].Is("and") && _t[k + 3].Is("of");
                if (leftComplete && purposeEnds && right.Text is "Development" or "Security" or "Trade" or "Integration" or "Reconstruction" or "Investment"
                    or "Prosperity" or "Peace" or "Stability" or "Friendship" or "Growth" or "Progress" or "Environment" or "Culture" or "Solidarity" or "Dialogue")
                {
                    if (k + 1 < last) { last = k + 1; break; }
                    continue;
                }
                if (right.Is("the") || leftComplete || IsAcronymText(right.Text) || IsCountryName(right.Text))
                {
                    last = k - 1;
                    break;
                }
            }
            // "General Assembly of the Organization of American States": the organisation is the part after "of".
            for (var k = first + 1; k < last; k++)
            {
                if (!_t[k].Is("of")) continue;
                var left = _t[k - 1].Text;
                // "Secretary General of the International Organisation of La Francophonie": an office before it too.
                if (OrganizationWords.IsEventWord(left) || left is "Assembly" or "Secretariat" or "Session" or "Chair" or "Presidency" or "Meeting" or "Summit" or "Conference" or "Headquarters"
                    || left is "General" && k - 2 >= first && _t[k - 2].Text is "Secretary" or "Director" || left is "Secretary-General" or "Director-General"
                    // "The Council of the Baghdad Pact", "the Council of the European Union": the council of a pact or union is
                    // its organ (not "the Council of the Baltic Sea States", a body of its own).
                    || left is "Council" && k == first + 1 && k + 2 <= last && _t[k + 1].Is("the") && _t[last].Text is "Pact" or "Union" or "Community" or "Alliance"
                    // "the 27th Congress of the Universal Postal Union": a body's congress (not "the Congress of South African
                    // Trade Unions", a body of its own).
                    || left is "Congress" && k == first + 1 && k + 2 <= last && _t[k + 1].Is("the")
                    // "the Supreme Council of the Gulf Cooperation Council", "the Permanent Council of the Organization of
                    // American States": an organ of the body after "of the", which ends with a head of its own.
                    || left is "Council" or "Committee" or "Commission" && k == first + 2 && _t[first].Text is "Supreme" or "Permanent" or "Executive" or "Ministerial" or "Higher" or "Joint"
                       && k + 2 <= last && _t[k + 1].Is("the") && OrganizationWords.IsNameHead(_t[last].Text)
                    // "the Committee of Ministers of the Council of Europe", "the Assembly of Heads of State and Government of the
                    // African Union": an organ of its members' envoys, of the body after "of the".
                    || left is "Ministers" or "Government" or "State" or "Governors" && _t[first].Text is "Committee" or "Council" or "Assembly" or "Conference" or "Board"
                       && k > first + 2 && _t[first + 1].Is("of") && k + 2 <= last && _t[k + 1].Is("the") && (OrganizationWords.IsNameHead(_t[last].Text) || OrganizationWords.IsNameHead(_t[k + 2].Text))
                    // "Deputy Chairperson of the Zentral Union Commission", "the 192nd Member State of the Zentral Nations": an office
                    // or a seat of the body.
                    || TitleStartingAt(first, k - 1, out _) == k - 1 || k - 2 >= first && _t[first].Text is "Deputy" or "Vice" or "Acting" && TitleStartingAt(first + 1, k - 1, out _) == k - 1
                    || left is "State" or "States" && k - 2 >= first && _t[k - 2].Text == "Member")
                {
                    first = k + 1;
                    // "Minister of Defence of the Federation": the portfolio after the office.
                    if (left is "Minister" or "Ministry" or "Secretary" or "Department" && first + 1 < last && _t[first].IsCapitalized && _t[first + 1].Is("of")) first += 2;
                    if (first <= last && _t[first].Is("the")) first++;
                    break;
                }
            }
            // "Oman's Deputy Prime Minister for the Council of Ministers' Affairs": an office "for" its brief is no organisation;
            // "in Riyadh for the Cooperation Council for the Arab States of the Gulf": a place before "for the" is no part of
            // the name.
            var office = false;
            for (var k = first + 1; k < last; k++)
            {
                if (!_t[k].Is("for")) continue;
                if (_t[k - 1].Text is "Minister" or "Secretary" or "Commissioner" or "Envoy" or "Representative" or "Adviser" or "Advisor" or "Coordinator" or "Ambassador" or "Rapporteur") { office = true; break; }
                if (k == first + 1 && _t[k + 1].Is("the") && CountryGazetteer.TryLookup(_t[first].Text, out var placeForm) && placeForm.Kind is CountryFormKind.Capital)
                {
                    first = k + 2;
                    break;
                }
            }
            if (office)
            {
                i = last;
                continue;
            }
            // A run ending with a country is not an organisation ("the United States").
            var endsWithCountry = false;
            for (var n = 1; n <= 4 && last - n + 1 >= first; n++)
            {
                if (!_t[last - n + 1].Has(WordClass.CountryStart)) continue;
                // (Not "... of South America", "... of Our America": a region, not the United States.)
                // (A dash after it goes on with the name: "... of Our America – Peoples' Trade Treaty (ALBA-TCP)".)
                if (_t[last - n + 1].Text == "America" && last - n >= first && _t[last - n].Text is "Our" or "South" or "North" or "Latin" or "Central"
                    && !(Tok(last + 1) is { Kind: TokenKind.Dash })) continue;
                if (CountryGazetteer.TryLookup(_doc.Slice(last - n + 1, last), out var cf) && cf.Kind is CountryFormKind.Name or CountryFormKind.Alias) { endsWithCountry = true; break; }
            }
            // Not "the Bolivarian Alliance for the Peoples of Our America (ALBA)": a bloc's head and an acronym after it.
            // Nor "the International Contact Group on Venezuela (ICG)": a head, "on" or "for" and the state it deals with, and an
            // acronym after it.
            if (endsWithCountry && last == runEnd && !(last - first >= 4 && BlocHeadBeforeOfThe(first, last) && AcronymInParentheses(last + 1, first, last) is not null)
                && !(HeadOnState(first, last) && AcronymInParentheses(last + 1, first, last) is not null))
            {
                i = last;
                continue;
            }

            var acronym = AcronymInParentheses(last + 1, first, last);
            // "president of CAF, the Development Bank of Latin America, after ...": an acronym the name is in apposition to.
            var apposedAcronym = acronym is null ? AcronymApposedBefore(first, last) : -1;
            if (apposedAcronym >= 0) acronym = _t[apposedAcronym].Text;
            var words = 0;
            var headAt = -1;
            for (var k = first; k <= last; k++)
            {
                // "Group of 20": the number counts as a word of the name.
                if (_t[k].Kind == TokenKind.Number && k > first && _t[k - 1].Is("of")) words++;
                if (_t[k].IsWord && _t[k].IsCapitalized)
                {
                    words++;
                    if (OrganizationWords.IsNameHead(_t[k].Text) && (!OrganizationWords.IsEventWord(_t[k].Text) || _t[k].Is("Forum") || _t[k].Is("Dialogue"))
                        && (k == last || Tok(k + 1) is { } nx && (nx.Is("of") || (nx.Is("for") || nx.Is("on") || nx.Is("to") && !nx.IsCapitalized) && k + 2 <= last && (_t[k + 2].IsCapitalized
                                // "the Bolivarian Alliance for the Peoples of Our America (ALBA)"
                                || _t[k + 2].Is("the") && k + 3 <= last && _t[k + 3].IsCapitalized)
                                // "Organisation internationale de la Francophonie": a French name's connectors.
                                || nx.Text is "internationale" or "de" or "des" or "du" && k + 2 <= last)
                            || OrganizationWords.IsNameHead(_t[k].Text) && k == last - 0))
                    {
                        headAt = k;
                    }
                }
            }

            // "the Colombo Plan": a plan named for the capital where it was made is a body (not "the Membership Action Plan").
            if (headAt < 0 && last == first + 1 && _t[last].Text == "Plan" && CountryGazetteer.TryLookup(_t[first].Text, out var planPlace) && planPlace.Kind == CountryFormKind.Capital) headAt = last;
            // "the North American Free Trade Agreement", "the Central European Free Trade Agreement": a free trade area named
            // by its agreement is one of the genre's bodies, its parties its members (not "a Free Trade Agreement").
            if (headAt < 0 && last >= first + 3 && _t[last].Text == "Agreement" && _t[last - 1].Text == "Trade" && _t[last - 2].Text == "Free") headAt = last;
            // "The Alpine Convention was signed ... by Austria, Germany, ...": a text whose signatories or parties are named.
            if (headAt < 0 && acronym is null && TextWithParties(first, last)) headAt = last;
            // "the East Asia Summit", "the Ibero-American Conference": a body named after its meetings is one when the text
            // speaks of its members.
            if (headAt < 0 && acronym is null && words >= 2 && OrganizationWords.IsEventWord(_t[last].Text) && (_t[last].Is("Summit") || _t[last].Is("Conference") || _t[last].Is("Meeting"))
                && NameHasMembers(first, last)) headAt = last;
            // A head word may sit inside the run if the run then continues with a title or name
            // ("European Commission President ..."): only a head at the end or before "of" counts.
            var isOrg = false;
            if (acronym is not null && words >= 2 && OrganizationWords.IsEventWord(_t[last].Text) && !_t[last].Is("Forum") && !AcronymHasMembers(acronym) && !NameHasMembers(first, last))
            {
                // "Commonwealth Heads of Government Meeting (CHOGM)": an event, not an organisation.
                isOrg = false;
                _eventAcronyms.Add(acronym.TrimEnd('+'));
                acronym = null;
            }
            else if (acronym is not null && words >= 2 && IsVenueName(first, last) && !AcronymHasMembers(acronym))
            {
                // "the Philippine International Convention Center (PICC)": a venue's acronym, no organisation
                // that "the bloc" could later stand for.
                isOrg = false;
                _eventAcronyms.Add(acronym.TrimEnd('+'));
                acronym = null;
            }
            else if (acronym is not null && words >= 2 && TitleStartingAt(first, last, out _) == last)
            {
                // "Prime Minister (PM) Ishmael Kalsakau": a title's abbreviation, no organisation.
                isOrg = false;
                _eventAcronyms.Add(acronym.TrimEnd('+'));
                acronym = null;
            }
            else if (acronym is not null && words >= 2)
            {
                var initials = Initials(first, last);
                isOrg = headAt >= 0 || initials.Length > 0 && initials[0] == acronym[0] || acronym.Length >= 3 && text && LettersAreInitials(acronym, first, last);
            }
            else if (headAt >= 0 && words >= 2 && (_t[last].Text is "Centre" or "Center" or "Hall" or "Hotel" or "Palace" or "Stadium" or "House"
                || _t[first].Text is "Palace" or "Hall" or "Hotel" or "Castle" or "Stadium" && Tok(first + 1) is { } venueOf && venueOf.Is("of")))
            {
                // "Sandton Convention Centre", "the Palace of the Parliament": a venue.
                isOrg = false;
            }
            else if (headAt >= 0 && words == 2 && _t[first].Text is "Partner" or "Member" or "Participating" or "Observer" or "Founding" or "Associated" or "Associate")
            {
                // "the Community now has five Partner States": a bloc's word for its members, no name.
                isOrg = false;
            }
            else if (headAt >= 0 && words >= 2)
            {
                // Trim the run to end at the head's phrase ("Group of Seven" keeps "of Seven").
                isOrg = true;
            }
            // "members of the Colombo Powers", "make up the Zentral Group", "known as the Coffee Club": a name of capitalised words
            // that the words before make an organisation's, whatever word it ends with.
            // (Not an organ of a body named by its acronym, "the COMESA Bureau", nor a party or a cabinet.)
            if (!isOrg && acronym is null && words >= 2 && last - first + 1 == words && last - first <= 3 && !IsSentenceInitial(first) && !IsAcronymText(_t[first].Text)
                && !(_t[last].Text is "Bureau" or "Board" or "Cabinet" or "Party" or "Government" or "Secretariat" or "Committee" or "Politburo" or "Presidium")
                && (NamedAsAnOrganization(first) || CalledSoAfter(last) || DescribedAsABodyAfter(last)))
            {
                var regionsOnly = true;
                for (var k = first; k <= last && regionsOnly; k++) regionsOnly = RegionWords.Contains(_t[k].Text);
                isOrg = !regionsOnly;
            }
            // "La Francophonie", "Francophonie" after "the International Organisation of La Francophonie": the part after
            // "of" of a name already found.
            if (!isOrg && Orgs.Count > 0)
            {
                // The run is cut only when an organisation's name ends with its last word (most runs are people and places).
                string? tail = null;
                foreach (var o in Orgs)
                {
                    if (o.Name is not { } known || !known.EndsWith(_t[last].Text, StringComparison.Ordinal)) continue;
                    tail ??= _doc.Slice(first, last);
                    if (tail.Length < 6 || !EndsWithTail(known, tail) || CountryGazetteer.TryLookup(tail, out _)) continue;
                    isOrg = true;
                    break;
                }
            }
            // "the Brazil-Chile-Peru (BCP) grouping": one hyphenated word whose parts' initials spell the acronym after it.
            if (!isOrg && words == 1 && first == last && acronym is { Length: >= 3 } && HyphenPartsSpell(_t[first].Text, acronym)) isOrg = true;
            // "the Commission", "the Union": a defined organisation named by its head word.
            // "the Community", "the 120-member Movement": a name's head word alone.
            if (!isOrg && words == 1 && first == last && OrganizationWords.IsNameHead(_t[first].Text)
                && (Tok(first - 1) is { } det && det.IsIgnoreCase("the")
                    // "China is a Forum dialogue partner": a head word before a noun, after "a".
                    || Tok(first - 1) is { } indefinite && (indefinite.IsIgnoreCase("a") || indefinite.IsIgnoreCase("an")) && Tok(first + 1) is { IsWord: true } modified && !modified.IsCapitalized
                    || Tok(first - 1) is { IsWord: true } size && IsMemberCount(size) && Tok(first - 2) is { } det2 && det2.IsIgnoreCase("the")))
            {
                var linked = false;
                // "the Community" in an article about the East African Community that also names the Southern African
                // Development Community: the one named more often so far, the first named of equals.
                var best = -1;
                for (var k = 0; k < Orgs.Count; k++)
                {
                    var n = Orgs[k].Name;
                    if (n is null || !n.EndsWith(" " + _t[first].Text, StringComparison.Ordinal)) continue;
                    if (best < 0 || Orgs[k].Mentions > Orgs[best].Mentions) best = k;
                }
                if (best >= 0)
                {
                    Orgs[best].Mentions++;
                    Add(MentionType.Organization, first, first).Entity = best;
                    linked = true;
                }
                // "the Alliance": the alliance the article has named ("the Alliance of Sahel States", "the NATO alliance", a
                // "... Treaty Organization"), else no organisation of its own.
                if (!linked && _t[first].Text is "Alliance")
                {
                    var ally = AllianceFor(first);
                    if (ally >= 0)
                    {
                        Orgs[ally].Mentions++;
                        Add(MentionType.Organization, first, first).Entity = ally;
                    }
                    i = last;
                    continue;
                }
                // "the Commonwealth" in an article about the Commonwealth of Independent States, "the League" for the League of
                // Arab States: the one organisation whose name opens with the word.
                if (!linked)
                {
                    var opens = -1;
                    for (var k = 0; k < Orgs.Count; k++)
                    {
                        if (Orgs[k].Name is not { } n || !n.StartsWith(_t[first].Text + " of ", StringComparison.Ordinal)) continue;
                        opens = opens == -1 ? k : -2;
                    }
                    if (opens >= 0)
                    {
                        Orgs[opens].Mentions++;
                        Add(MentionType.Organization, first, first).Entity = opens;
                        i = last;
                        continue;
                    }
                }
                // "The ten-member Community, which stretches from Chad to Angola": an organisation whose name has the word as its
                // head before "of" (the Economic Community of Central African States); of several, the one named more often
                // so far, as for a name that ends with the word.
                if (!linked)
                {
                    var headed = -1;
                    var headOf = " " + _t[first].Text + " of ";
                    for (var k = 0; k < Orgs.Count; k++)
                    {
                        if (Orgs[k].Name is not { } n || n.IndexOf(headOf, StringComparison.Ordinal) < 0) continue;
                        if (headed < 0 || Orgs[k].Mentions > Orgs[headed].Mentions) headed = k;
                    }
                    if (headed >= 0)
                    {
                        Orgs[headed].Mentions++;
                        Add(MentionType.Organization, first, first).Entity = headed;
                        i = last;
                        continue;
                    }
                }
                if (!linked && _t[first].Text is "Commonwealth" or "Quad" or "League")
                {
                    var own = OrgIndex(_t[first].Text, null, first);
                    Orgs[own].Mentions++;
                    MarkEarly(own, _t[first].Paragraph);
                    Add(MentionType.Organization, first, first).Entity = own;
                }
                i = last;
                continue;
            }
            // "five EU Member States", "the Union's newest Member State": the members of an organisation, not one.
            if (isOrg && last > first && _t[last].Text is "States" or "State" or "Countries" && _t[last - 1].Text is "Member") { i = last; continue; }
            // "an emergency meeting of the Arab League Council": an organ named by its organisation's name; the organisation
            // is the name before it (not the "Gulf Cooperation Council", whose head is its last word).
            if (isOrg && acronym is null && last >= first + 2 && _t[last].Text is "Council" or "Commission" or "Secretariat" or "Summit"
                && _t[last - 1].Text is "League" or "Union" or "Community" or "Alliance" or "Association" or "Organization" or "Organisation" or "Movement")
            {
                last--;
            }
            if (isOrg)
            {
                var surface = _doc.Slice(first, last);
                if (CountryGazetteer.TryLookup(surface, out _) || CountryGazetteer.IsFormerState(surface)) { i = last; continue; }
                // "Charter Signed at San Salvador Revives Old Dream of Union": a headline in title case under the headline
                // capitalises every word; a name there is one only if the text says it again.
                if (InTitleCaseHeaderLine(first) && _doc.Text.IndexOf(surface, _t[last].End, StringComparison.Ordinal) < 0) { i = last; continue; }
                // "Radio Free Asia (RFA)", "Xinhua News Agency": a broadcaster or an agency is no organisation of states.
                if (NamesMediaBefore(last + 1)) { i = last + (acronym is null ? 0 : 3); continue; }
                var idx = OrgIndex(surface, acronym, first);
                Orgs[idx].Defined = true;
                Orgs[idx].Mentions++;
                MarkEarly(idx, _t[first].Paragraph);
                var m = Add(MentionType.Organization, first, last, surface);
                m.Entity = idx;
                if (apposedAcronym >= 0)
                {
                    Add(MentionType.Organization, apposedAcronym, apposedAcronym, acronym).Entity = idx;
                    Orgs[idx].Mentions++;
                }
                else if (acronym is not null)
                {
                    // Claim "( ACR )", ", or ACR", ", better known as ACR".
                    var at = last + 2;
                    for (var k = last + 1; k <= last + 6 && k < _t.Count; k++) if (_t[k].Text == acronym || acronym.StartsWith(_t[k].Text, StringComparison.Ordinal) && _t[k].IsWord && _t[k].Text.Length >= 2) { at = k; break; }
                    // "better known as the Turkic Council": every word of a short name.
                    var atEnd = at;
                    while (atEnd + 1 < _t.Count && atEnd < at + 3 && acronym.Length > _t[at].Text.Length && _doc.Slice(at, atEnd + 1).Length <= acronym.Length && acronym.StartsWith(_doc.Slice(at, atEnd + 1), StringComparison.Ordinal)) atEnd++;
                    var am = Add(MentionType.Organization, at, atEnd, acronym);
                    // ", or USMCA": the short form written out as a word of its own, a mention of its own.
                    if (_t[last + 1].Is(",")) Orgs[idx].Mentions++;
                    am.Entity = idx;
                    if (Tok(last + 3) is { } plus && plus.Is("+") && plus.Start == _t[last + 2].End)
                    {
                        am.Last = last + 3;
                        _at[last + 3] = am;
                    }
                }
            }
            i = Math.Max(last, i);
        }
    }

    /// <summary>"SADC's mission in eastern DR Congo, known as SAMIDRC": a name given to a mission, force or fund.</summary>
    private bool KnownAsInstitution(int i)
    {
        if (Tok(i - 1) is not { } asTok || !asTok.Is("as") || Tok(i - 2) is not { } known || !(known.Is("known") || known.Is("dubbed") || known.Is("called"))) return false;
        for (var k = i - 3; k >= 0 && k >= i - 10 && _t[k].Sentence == _t[i].Sentence; k--)
        {
            var w = _t[k];
            if (w.IsWord && (w.Is("mission") || w.Is("force") || w.Is("operation") || w.Is("programme") || w.Is("program") || w.Is("fund") || w.Is("facility")
                || w.Is("initiative") || w.Is("agency") || w.Is("tribunal") || w.Is("court") || w.Is("deployment") || w.Is("brigade") || w.Is("corridor") || w.Is("scheme"))) return true;
        }

        return false;
    }

    /// <summary>An acronym defined for a broadcaster or a news agency ("Radio Free Asia (RFA)") in this article.</summary>
    private bool IsMediaAcronym(string acronym)
    {
        foreach (var o in Orgs)
        {
            if (o.Acronym != acronym || o.Name is not { } name) continue;
            return name.StartsWith("Radio ", StringComparison.Ordinal) || name.StartsWith("Voice of ", StringComparison.Ordinal)
                || name.IndexOf(" News", StringComparison.Ordinal) >= 0 || name.EndsWith(" Agency", StringComparison.Ordinal) && name.IndexOf("News", StringComparison.Ordinal) >= 0
                || name.IndexOf("Television", StringComparison.Ordinal) >= 0 || name.IndexOf("Broadcasting", StringComparison.Ordinal) >= 0;
        }

        return false;
    }

    private HashSet<string>? _outletAcronyms;

    /// <summary>
    /// An acronym that some sentence of the article names as a news outlet: the one a speaker told something at a clause's end
    /// ("Jeremić told B92."), the outlet of a correspondent or a newsroom ("AZERTAC correspondent reports", "DT News Network"),
    /// the one that interviewed someone, or a source line's ("Source: B92, Tanjug"). One pass over the article finds them all.
    /// </summary>
    private bool IsOutletAcronym(string acronym)
    {
        if (_outletAcronyms is null)
        {
            _outletAcronyms = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < _t.Count; i++)
            {
                if (!_t[i].IsWord || !IsAcronymText(_t[i].Text)) continue;
                var next = Tok(i + 1);
                var outlet = next is not null && next.IsWord && (next.Is("correspondent") || next.Is("correspondents") || next.Is("reporter") || next.Is("reporters")
                        || next.Text is "News" or "Radio" or "TV" || next.Is("journalist"))
                    || Tok(i - 1) is { } before && (before.Is("told") || before.Is("to") && Tok(i - 2) is { } speaking && (speaking.Is("speaking") || speaking.Is("spoke") || speaking.Is("said")))
                        && (next is null || !next.IsWord || next.Is("in") && Tok(i + 2) is { } an && (an.Is("an") || an.Is("a")) && Tok(i + 3) is { } interviewWord && interviewWord.Is("interview"))
                    || Tok(i - 1) is { } by && by.Is("by") && Tok(i - 2) is { } interviewed && (interviewed.Is("interviewed") || interviewed.Is("quoted") || interviewed.Is("reported"))
                    || Tok(i - 1) is { } with && with.Is("with") && Tok(i - 2) is { } interview && (interview.Is("interview") || interview.Is("interviews"))
                    || Tok(i - 1) is { } colon && colon.Is(":") && Tok(i - 2) is { } source && (source.Is("Source") || source.Is("Sources"));
                if (outlet) _outletAcronyms.Add(_t[i].Text);
            }
        }
        return _outletAcronyms.Contains(acronym);
    }

    /// <summary>The capitalised run just before <paramref name="paren"/> names a broadcaster or an agency ("Radio Free Asia").</summary>
    private bool NamesMediaBefore(int paren)
    {
        var k = paren - 1;
        var words = 0;
        while (k >= 0 && words < 6 && _t[k].IsWord && (_t[k].IsCapitalized || IsConnectorToken(_t[k])))
        {
            var w = _t[k].Text;
            if (w is "Radio" or "Television" or "TV" or "Broadcasting" or "Broadcaster" or "News" or "Press") return true;
            k--;
            words++;
        }

        return false;
    }

    private static bool IsLedBy(string word) =>
        word.IndexOf('-') > 0 && (word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-backed", StringComparison.Ordinal)
            || word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-sponsored", StringComparison.Ordinal)
            || word.EndsWith("-dominated", StringComparison.Ordinal) || word.EndsWith("-funded", StringComparison.Ordinal)
            || word.EndsWith("-founded", StringComparison.Ordinal) || word.EndsWith("-created", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal)
            // "a regional FATF-style body": a body modelled on another, not the other.
            || word.EndsWith("-style", StringComparison.Ordinal) || word.EndsWith("-type", StringComparison.Ordinal)
            // "the other English-speaking members of ECOWAS": a language, not a bloc.
            || word.EndsWith("-speaking", StringComparison.Ordinal));

    /// <summary>
    /// Whether the words before a name at <paramref name="first"/> make it an organisation's: "members of the", "make up
    /// the", "formed the", "known as the", "called the" (over a size: "the five Colombo Powers").
    /// </summary>
    private bool NamedAsAnOrganization(int first)
    {
        var k = first - 1;
        // 'call the five countries the "Zentral Five"': over the opening mark of a quoted name.
        if (Tok(k) is { Kind: TokenKind.QuoteMark }) k--;
        if (Tok(k) is { } the0 && the0.IsIgnoreCase("the") && Tok(k - 1) is { } nations && (nations.Is("countries") || nations.Is("states") || nations.Is("nations"))
            && Tok(k - 2) is { IsWord: true } n && NumberWords.TryParse(n.Text, out _) && Tok(k - 3) is { } the1 && the1.Is("the")
            && Tok(k - 4) is { } call && call.Text is "call" or "calls" or "called" or "calling" or "dub" or "dubbed" or "dubbing") return true;
        if (Tok(k) is { IsWord: true } size && (NumberWords.TryParse(size.Text, out _) || IsMemberCount(size))) k--;
        if (!(Tok(k) is { } the && the.IsIgnoreCase("the")) || Tok(k - 1) is not { IsWord: true } a) return false;
        var b = Tok(k - 2);
        if (a.Is("of")) return b is { } members && (members.Is("members") || members.Is("member") || members.Is("founders") || members.Is("member-states"));
        if (a.Is("up")) return b is { } make && (make.Is("make") || make.Is("makes") || make.Is("made") || make.Is("making"));
        // "welcoming South Sudan into the Northern Corridor Integration Projects": a state welcomed or admitted into it.
        // (Countries are found after names: the state is looked up here.)
        if (a.Is("into"))
        {
            for (var w = k - 2; w >= 0 && w >= k - 5; w--)
            {
                if (_t[w].Text is not ("welcoming" or "welcomed" or "welcomes" or "admitted" or "admitting" or "accepted" or "brought")) continue;
                return w + 1 <= k - 2 && CountryGazetteer.TryLookup(_doc.Slice(_t[w + 1].Is("the") ? w + 2 : w + 1, k - 2), out var welcomed) && welcomed.Kind is CountryFormKind.Name or CountryFormKind.Alias;
            }
            return false;
        }
        // (Not "better known as the Rio Treaty", "also known as": another name of a body named before.)
        if (a.Is("as")) return b is { } known && known.Is("known") && !(Tok(k - 3) is { } better && (better.Is("better") || better.Is("also") || better.Is("commonly")));
        return a.Text is "form" or "forms" or "formed" or "forming" or "founded" or "co-founded" or "called" or "dubbed" or "nicknamed";
    }

    private static readonly HashSet<string> HeadlineVerbs = new(StringComparer.Ordinal)
    {
        "Launch", "Launches", "Form", "Forms", "Sign", "Signs", "Set", "Sets", "Create", "Creates", "Found", "Agree", "Agrees", "Join", "Joins",
        "Meet", "Meets", "Open", "Opens", "Back", "Backs", "Hail", "Hails", "Seal", "Seals", "Unveil", "Unveils", "Approve", "Approves",
        "Admit", "Admits", "Quit", "Quits", "Leave", "Leaves", "Host", "Hosts",
    };

    /// <summary>Verbs a headline puts after "to" ("Unable to Check League", "Move to Revive Union").</summary>
    private static readonly HashSet<string> HeadlineInfinitives = new(StringComparer.Ordinal)
    {
        "Check", "Curb", "Stop", "Halt", "Block", "Boost", "Expand", "Revive", "Reform", "Save", "End", "Rebuild", "Strengthen", "Enlarge", "Bolster",
    };

    /// <summary>Whether a headline's run holds one of the verbs headlines use ("Launch", "Form", "Sign", ...), past its first word.</summary>
    private bool HeadlineVerbIn(int first, int last)
    {
        for (var k = first + 1; k <= last && k <= first + 12; k++)
        {
            if (HeadlineVerbs.Contains(_t[k].Text)) return true;
        }
        return false;
    }

    /// <summary>Whether every letter of <paramref name="acronym"/> is the initial of a distinct capitalised word of the run.</summary>
    private bool LettersAreInitials(string acronym, int first, int last)
    {
        var initials = Initials(first, last).ToCharArray();
        if (initials.Length < acronym.Length || initials.Length > acronym.Length + 1) return false;
        foreach (var c in acronym)
        {
            var at = Array.IndexOf(initials, char.ToUpperInvariant(c));
            if (at < 0) return false;
            initials[at] = '\0';
        }
        return true;
    }

    /// <summary>
    /// "the Five Eyes, the intelligence alliance that links ...": a name described right after it, in apposition, by a
    /// bloc's noun ("alliance", "bloc", "grouping", ...) after a few lower-case words.
    /// </summary>
    private bool DescribedAsABodyAfter(int last)
    {
        if (!(Tok(last + 1) is { } comma && comma.Is(",") && Tok(last + 2) is { } det && (det.Is("the") || det.Is("an") || det.Is("a")))) return false;
        for (var k = last + 3; k < _t.Count && k <= last + 6; k++)
        {
            var t = _t[k];
            if (!t.IsWord || t.IsCapitalized) return false;
            if (t.Text is "bloc" or "group" or "grouping" or "alliance" or "union" or "club" or "forum" or "coalition" or "cartel" or "league" or "pact" or "partnership"
                or "organisation" or "organization")
            {
                return !(Tok(k + 1) is { } after && (after.Kind == TokenKind.Possessive || after.IsWord && !after.IsCapitalized && OrganizationWords.IsGenericNoun(after.Text)));
            }
        }
        return false;
    }

    /// <summary>"The five Colombo Powers, as the newspapers of London and New Delhi have begun to call them, ...": a name the text says others call the states.</summary>
    private bool CalledSoAfter(int last)
    {
        if (!(Tok(last + 1) is { } comma && comma.Is(",") && Tok(last + 2) is { } asTok && asTok.Is("as"))) return false;
        for (var k = last + 3; k < _t.Count && k <= last + 14; k++)
        {
            if (_t[k].Is(",") || _t[k].Is(".") || _t[k].Is(";")) return false;
            if (_t[k].Text is "call" or "called" or "dubbed" or "dub" or "nicknamed" && Tok(k + 1) is { } them && (them.Is("them") || them.Is("it"))) return true;
        }
        return false;
    }

    /// <summary>The last words of a document's or a plan's name ("the Zentral Action Plan", "the Lima Declaration"), which names nobody.</summary>
    private static bool IsNamedDocumentNoun(string word) =>
        IsTextNoun(word) || word is "Plan" or "Programme" or "Program" or "Strategy" or "Framework" or "Agenda" or "Roadmap" or "Statement" or "Communique" or "Communiqué";

    /// <summary>The kinds of text a name may be of ("Agreement", "Treaty", "Pact", ...).</summary>
    private static bool IsTextNoun(string word) =>
        word is "Agreement" or "Treaty" or "Convention" or "Accord" or "Charter" or "Protocol" or "Declaration" or "Memorandum" or "Pact";

    /// <summary>Whether the letters of <paramref name="acronym"/> appear in order in <paramref name="name"/>, the first one opening a word of it.</summary>
    private static bool LettersInOrder(string acronym, string name)
    {
        if (acronym.Length < 2) return false;
        var start = -1;
        for (var i = 0; i < name.Length && start < 0; i++)
        {
            if ((i == 0 || name[i - 1] == ' ') && char.ToUpperInvariant(name[i]) == char.ToUpperInvariant(acronym[0])) start = i;
        }
        if (start < 0) return false;
        var j = 1;
        for (var i = start + 1; i < name.Length && j < acronym.Length; i++)
        {
            if (char.ToUpperInvariant(name[i]) == char.ToUpperInvariant(acronym[j])) j++;
        }
        return j == acronym.Length;
    }

    private static bool IsSubsequence(string acronym, string initials)
    {
        if (acronym.Length < 2 || initials.Length < acronym.Length) return false;
        var j = 0;
        foreach (var c in initials)
        {
            if (j < acronym.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(acronym[j])) j++;
        }
        return j == acronym.Length && char.ToUpperInvariant(initials[0]) == char.ToUpperInvariant(acronym[0]);
    }

    private static bool IsCountryName(string text) =>
        CountryGazetteer.TryLookup(text, out var f) && f.Kind is CountryFormKind.Name or CountryFormKind.Alias;

    /// <summary>
    /// "members of the East Asia Summit", "Russia joined the East Asia Summit", "the East Asia Summit's 18 members": the
    /// name written from <paramref name="first"/> to <paramref name="last"/> is in a member's slot somewhere in the text.
    /// </summary>
    private bool NameHasMembers(int first, int last)
    {
        var length = last - first + 1;
        // A body's name is a few words; a longer run (a chain of names) is scanned no further, so the scan of the text stays
        // once per name, not once per word of a long run.
        if (length > 8) return false;
        for (var i = 1; i + length <= _t.Count; i++)
        {
            if (!string.Equals(_t[i].Text, _t[first].Text, StringComparison.Ordinal)) continue;
            var same = true;
            for (var k = 1; k < length && same; k++) same = string.Equals(_t[i + k].Text, _t[first + k].Text, StringComparison.Ordinal);
            if (same && InMemberSlot(i, i + length - 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// "the Asia-Europe Meeting (ASEM)" with "ASEM's 53 members" or "the founding members of ASEM" later: a body named after
    /// its meetings, whose members the text speaks of, is an organisation.
    /// </summary>
    private bool AcronymHasMembers(string acronym)
    {
        if (_acronymHasMembers.TryGetValue(acronym, out var known)) return known;
        var found = false;
        for (var i = 1; i < _t.Count && !found; i++)
        {
            if (string.Equals(_t[i].Text, acronym, StringComparison.Ordinal) && InMemberSlot(i, i)) found = true;
        }
        _acronymHasMembers[acronym] = found;
        return found;
    }

    private readonly Dictionary<string, bool> _acronymHasMembers = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the name at <paramref name="first"/>..<paramref name="last"/> stands where a bloc's name does: after "members
    /// of (the)", "joined (the)", "belong(s) to (the)", "not to (the)"; before "'s 18 members", "member states", "includes",
    /// "does not include".
    /// </summary>
    private bool InMemberSlot(int first, int last)
    {
        var before = first - 1;
        if (Tok(before) is { } the && the.Is("the")) before--;
        if (Tok(before) is { } of && of.Is("of") && Tok(before - 1) is { } noun && (noun.Is("members") || noun.Is("member") || noun.Is("membership"))) return true;
        // "have been members since 1986 of the Pacific Economic Co-operation Conference (PECC)": over the time.
        if (Tok(before) is { } ofAfterTime && ofAfterTime.Is("of") && Tok(before - 1) is { Kind: TokenKind.Number } && Tok(before - 2) is { } since && (since.Is("since") || since.Is("in"))
            && Tok(before - 3) is { } timedNoun && (timedNoun.Is("members") || timedNoun.Is("member"))) return true;
        // "members, with the United States, of the Zentral Security Dialogue": over the states named between commas.
        if (Tok(before) is { } of2 && of2.Is("of") && Tok(before - 1) is { } close && close.Is(","))
        {
            for (var k = before - 2; k >= 0 && k >= before - 12; k--)
            {
                if (_t[k].Is(".") || _t[k].Is(";")) break;
                if ((_t[k].Is("members") || _t[k].Is("member")) && Tok(k + 1) is { } open && open.Is(",") && Tok(k + 2) is { } with && (with.Is("with") || with.Is("alongside"))) return true;
            }
        }
        if (Tok(before) is { } joined && (joined.Is("joined") || joined.Is("join") || joined.Is("joins"))) return true;
        if (Tok(before) is { } to && to.Is("to") && Tok(before - 1) is { } belong && (belong.Is("belong") || belong.Is("belongs") || belong.Is("admitted") || belong.Is("not"))) return true;
        var after = last + 1;
        if (Tok(after) is { Kind: TokenKind.Possessive }) after++;
        if (Tok(after) is { Kind: TokenKind.Number } || Tok(after) is { } nw && NumberWords.TryParse(nw.Text, out _)) after++;
        if (Tok(after) is { } m && (m.Is("members") || m.Is("member") && Tok(after + 1) is { } st && (st.Is("states") || st.Is("countries")))) return true;
        return Tok(last + 1) is { } inc && (inc.Is("includes") || inc.Is("comprises")) || Tok(last + 1) is { } does && does.Is("does") && Tok(last + 3) is { } include && include.Is("include")
            || FoundedByStates(last + 1);
    }

    /// <summary>
    /// "The Southern Zentral Coordination Conference (SZCC), which was set up in 1980 by A, B and C", "... was founded in
    /// Lusaka by nine countries": a name whose founding states follow is a body, whatever its last word.
    /// </summary>
    private bool FoundedByStates(int after)
    {
        if (Tok(after) is { } open && open.Is("(") && Tok(after + 2) is { } close && close.Is(")")) after += 3;
        if (Tok(after) is { } comma && comma.Is(",") && Tok(after + 1) is { } which && which.Is("which")) after += 2;
        // "The new body, the Southern Zentral Coordination Conference, was set up by ...": the apposition's closing comma.
        else if (Tok(after) is { } closing && closing.Is(",") && Tok(after + 1) is { } wasAfter && (wasAfter.Is("was") || wasAfter.Is("were"))) after++;
        if (Tok(after) is not { } was || !(was.Is("was") || was.Is("were"))) return false;
        after++;
        if (Tok(after) is not { } verb) return false;
        if (verb.Is("set") && Tok(after + 1) is { } up && up.Is("up")) after++;
        else if (!(verb.Is("founded") || verb.Is("created") || verb.Is("established") || verb.Is("formed") || verb.Is("launched"))) return false;
        for (var k = after + 1; k < _t.Count && k <= after + 10; k++)
        {
            if (_t[k].Is(".") || _t[k].Is(";") || _t[k].Is("under") || _t[k].Is("after")) return false;
            if (!_t[k].Is("by")) continue;
            if (StateAt(k + 1)) return true;
            // "by nine countries: A, B, ..."
            var n = k + 1;
            if (Tok(n) is { } num && (num.Kind == TokenKind.Number || NumberWords.TryParse(num.Text, out _))) n++;
            return n > k + 1 && Tok(n) is { } noun && (noun.Is("countries") || noun.Is("states") || noun.Is("nations") || noun.Is("governments"));
        }
        return false;
    }

    /// <summary>
    /// "The Alpine Convention was signed in Salzburg by Austria, Germany, ...": a text of two or three capitalised words,
    /// named by its place or its purpose, whose signatories the text names, is one of the genre's bodies, its parties its
    /// members. (Not "the parties to the Nauru Agreement": often the name of a body of another name.)
    /// </summary>
    private bool TextWithParties(int first, int last)
    {
        if (last - first < 1 || last - first > 2 || !IsTextNoun(_t[last].Text) || _t[last].Text is "Declaration" or "Memorandum" or "Protocol") return false;
        for (var k = first; k < last; k++) if (!_t[k].IsWord || !_t[k].IsCapitalized || _t[k].Has(WordClass.FunctionWord) || IsTextNoun(_t[k].Text)) return false;
        // ("the Parties to the Nauru Agreement (PNA)" before: the text of a body named by it.)
        var textName = _doc.Slice(first, last);
        foreach (var o in Orgs) if (o.Name is { } named && named.Length > textName.Length && named.Contains(textName)) return false;
        var length = last - first + 1;
        for (var i = 1; i + length <= _t.Count; i++)
        {
            var same = true;
            for (var k = 0; k < length && same; k++) same = string.Equals(_t[i + k].Text, _t[first + k].Text, StringComparison.Ordinal);
            if (!same) continue;
            var after = i + length;
            if (Tok(after) is { } was && (was.Is("was") || was.Is("were")) && Tok(after + 1) is { } signed && signed.Is("signed"))
            {
                for (var k = after + 2; k < _t.Count && k <= after + 10; k++)
                {
                    if (_t[k].Is(".") || _t[k].Is(";")) break;
                    if (_t[k].Is("by") && Tok(k + 1) is { } state && (StateAt(k + 1) || state.Is("the") && StateAt(k + 2))) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The token of an acronym a name stands in apposition to ("of CAF, the Development Bank of Latin America, after"), or
    /// -1: an acronym never defined, no state, right before ", the" and the name, the name closing the apposition (not
    /// "NATO, the European Union and the G7", a list).
    /// </summary>
    private int AcronymApposedBefore(int first, int last)
    {
        var acr = first - 3;
        if (acr < 1 || !_t[first - 1].Is("the") || !_t[first - 2].Is(",") || Claimed(acr) || _t[acr].Paragraph != _t[first].Paragraph) return -1;
        var a = _t[acr];
        if (!a.IsWord || !IsAcronymText(a.Text) || a.Text.Length < 2 || CountryGazetteer.TryLookup(a.Text, out _) || NonOrgAcronyms.Contains(a.Text) || IsDefinedAcronym(a.Text)) return -1;
        // ("..., CAF, the ...": not an item of a list.)
        if (_t[acr - 1].Is(",") || _t[acr - 1].Is("and") || _t[acr - 1].Is("(")) return -1;
        if (Tok(last + 1) is not { } close || !(close.Is(",") || close.Is(".") || close.Is(";"))) return -1;
        if (close.Is(",") && Tok(last + 2) is { } next && (next.Is("and") || next.Is("the") || next.IsCapitalized && !next.Has(WordClass.FunctionWord))) return -1;
        return acr;
    }

    /// <summary>Acronyms defined for events ("CHOGM"): never organisations.</summary>
    private readonly HashSet<string> _eventAcronyms = new(StringComparer.Ordinal);

    /// <summary>
    /// A word that may be the name's acronym in another language ("Unasur" for the Union of South American Nations): a
    /// capitalised word of four to ten letters that starts as the name does, after a name of three words or more, and is no
    /// country or month.
    /// </summary>
    private bool ForeignAcronym(Token word, int nameFirst, int nameLast)
        => nameFirst >= 0 && nameLast >= nameFirst + 2 && word.IsCapitalized && word.Text.Length is >= 4 and <= 10
           // ("the Arab Investment and Export Credit Guarantee Corporation (Dhaman) ... Dhaman, founded in 1974, ...": a short
           // name of another letter, when the text goes on to call the body by it.)
           && (char.ToUpperInvariant(word.Text[0]) == char.ToUpperInvariant(_t[nameFirst].Text[0]) || nameLast >= nameFirst + 3 && CalledAgain(word, nameLast + 4))
           && !CountryGazetteer.TryLookup(word.Text, out _) && !TimeWords.IsMonth(word.Text);

    /// <summary>Whether a capitalised word is written again, at or after token <paramref name="from"/>, as a sentence's subject before a comma or a verb.</summary>
    private bool CalledAgain(Token word, int from)
    {
        if (_lastSubjectAt is null)
        {
            // One pass: the last place each capitalised word opens a sentence before a comma, a verb or a possessive.
            _lastSubjectAt = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k + 1 < _t.Count; k++)
            {
                if (!_t[k].IsWord || !_t[k].IsCapitalized || !IsSentenceInitial(k)) continue;
                var next = _t[k + 1];
                if (next.Is(",") || next.IsWord && !next.IsCapitalized || next.Kind == TokenKind.Possessive) _lastSubjectAt[_t[k].Text] = k;
            }
        }
        return _lastSubjectAt.TryGetValue(word.Text, out var at) && at >= from;
    }

    private Dictionary<string, int>? _lastSubjectAt;

    /// <summary>"(CLF)" right after a name: the acronym, else null.</summary>
    /// <param name="nameFirst">The name the parentheses follow, when known: "(Saarc)", "(Asean)" written as words count when
    /// they spell it.</param>
    private string? AcronymInParentheses(int i, int nameFirst = -1, int nameLast = -1)
    {
        // "the United States-Mexico-Canada Agreement, or USMCA,": the acronym after ", or" that spells the name.
        if (nameFirst >= 0 && Tok(i) is { } comma && comma.Is(",") && Tok(i + 1) is { } or && or.Is("or") && Tok(i + 2) is { IsWord: true } orAcr && IsAcronymText(orAcr.Text)
            && (Tok(i + 3) is not { } afterOr || !afterOr.IsWord || !afterOr.IsCapitalized)
            && (InitialsWithin(orAcr.Text, _doc.Slice(nameFirst, nameLast)) || WordSpells(orAcr.Text, _doc.Slice(nameFirst, nameLast)))) return orAcr.Text;
        // "the Community of Latin American and Caribbean States, or CELAC,", "the Union of South American Nations, or Unasur,":
        // an acronym of the name in another language, which starts as the name does and is no country.
        if (nameFirst >= 0 && nameLast >= nameFirst + 2 && Tok(i) is { } comma2 && comma2.Is(",") && Tok(i + 1) is { } or2 && or2.Is("or") && Tok(i + 2) is { IsWord: true, IsCapitalized: true } foreign
            && (IsAcronymText(foreign.Text) || foreign.Text.Length is >= 4 and <= 10)
            && Tok(i + 3) is { } afterForeign && (afterForeign.Is(",") || afterForeign.Is(".") || afterForeign.Is(";") || afterForeign.Is(")"))
            && char.ToUpperInvariant(foreign.Text[0]) == char.ToUpperInvariant(_t[nameFirst].Text[0]) && !CountryGazetteer.TryLookup(foreign.Text, out _)) return foreign.Text;
        // "The Brunei Darussalam-Indonesia-Malaysia-Philippines East Asean Growth Area, better known as BIMP-EAGA,": the
        // short form the name is known by.
        if (nameFirst >= 0 && nameLast >= nameFirst + 2 && Tok(i) is { } comma3 && comma3.Is(","))
        {
            var k = i + 1;
            if (Tok(k) is { } adv && (adv.Is("better") || adv.Is("also") || adv.Is("commonly") || adv.Is("widely"))) k++;
            // "the Central African Forests Commission, known by its French acronym COMIFAC,": over "by its ... acronym".
            var by = Tok(k + 1) is { } byTok && byTok.Is("by") && Tok(k + 2) is { } itsTok && itsTok.Is("its") ? k + 3 : -1;
            if (by > 0 && Tok(by) is { IsWord: true, IsCapitalized: true }) by++;
            var afterAs = by > 0 && Tok(by) is { } acronymWord && (acronymWord.Is("acronym") || acronymWord.Is("initials")) ? by + 1 : k + 2;
            // ("known by its Spanish initials as SICA")
            if (afterAs > k + 2 && Tok(afterAs) is { } asAfter && asAfter.Is("as")) afterAs++;
            if (Tok(k) is { } known && known.Is("known") && Tok(k + 1) is { } asTok && (asTok.Is("as") || afterAs > k + 2) && Tok(afterAs) is { IsWord: true } shortForm
                && shortForm.Text.Length is >= 2 and <= 12 && !HasLower(shortForm.Text) && char.IsLetter(shortForm.Text[0])
                // (An acronym "known by its Spanish initials" may start otherwise: "SICA" for the Central American Integration System.)
                && (char.ToUpperInvariant(shortForm.Text[0]) == char.ToUpperInvariant(_t[nameFirst].Text[0]) || by > 0 && IsAcronymText(shortForm.Text))) return shortForm.Text;
        }
        if (Tok(i) is not { } open || !open.Is("(")) return null;
        if (Tok(i + 1) is not { } acr || !acr.IsWord) return null;
        var text = acr.Text;
        var close = i + 2;
        if (Tok(close) is { } plus && plus.Is("+") && plus.Start == acr.End)
        {
            text += "+";
            close++;
            // "(ASEAN+3)": the number after the plus is part of it.
            if (Tok(close) is { Kind: TokenKind.Number } plusNumber && plusNumber.Start == plus.End && plusNumber.Text.Length <= 2) { text += plusNumber.Text; close++; }
        }
        // "(PACER Plus)": the word "Plus" after the acronym is part of it.
        else if (Tok(close) is { } plusWord && plusWord.Is("Plus") && IsAcronymText(acr.Text) && Tok(close + 1) is { } afterPlus && afterPlus.Is(")")) { text += " Plus"; close++; }
        // "the Caribbean Catastrophe Risk Insurance Facility (CCRIF SPC)": the acronym that spells the name, then the initials
        // of its legal form, which the text leaves out after.
        else if (nameFirst >= 0 && Tok(close) is { IsWord: true } form && form.Text.Length is >= 2 and <= 4 && !HasLower(form.Text) && IsAcronymText(acr.Text)
            && Tok(close + 1) is { } afterForm && afterForm.Is(")") && InitialsWithin(acr.Text, _doc.Slice(nameFirst, nameLast))) close++;
        if (Tok(close) is not { } c || !c.Is(")")) return null;
        if (!IsAcronymText(acr.Text) && !(acr.IsCapitalized && acr.Text.Length <= 10 && !HasLower(acr.Text.Substring(1)))
            && !(nameFirst >= 0 && acr.IsCapitalized && (WordSpells(acr.Text, _doc.Slice(nameFirst, nameLast)) || MixedCaseSpells(acr.Text, _doc.Slice(nameFirst, nameLast))
                 || InitialsWithin(acr.Text, _doc.Slice(nameFirst, nameLast)) || SyllablesSpell(acr.Text, _doc.Slice(nameFirst, nameLast))
                 // "the Union of South American Nations (Unasur)": the name's acronym in another language, as after ", or".
                 || ForeignAcronym(acr, nameFirst, nameLast)))) return null;
        return text;
    }

    private void FindAcronyms()
    {
        for (var i = 0; i < _t.Count; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i)) continue;
            string? acronym = null;
            // "Opec-plus", "OPEC-Plus": the wider alliance written out, the same name as "OPEC+".
            if (PlusWritten(tok.Text) is { } plusOf)
            {
                acronym = plusOf + "+";
                var plusIdx = OrgIndex(null, acronym, i);
                Orgs[plusIdx].Mentions++;
                MarkEarly(plusIdx, tok.Paragraph);
                Add(MentionType.Organization, i, i, acronym).Entity = plusIdx;
                continue;
            }
            if (IsAcronymText(tok.Text) && !NonOrgAcronyms.Contains(tok.Text) && !_eventAcronyms.Contains(tok.Text) && !CountryGazetteer.TryLookup(tok.Text, out _) && !TimeWords.IsMonth(tok.Text)
                && !BodyNouns.TryGetNamedBody(tok.Text, out _) && !IsShouted(i))
            {
                acronym = tok.Text;
                if (Tok(i + 1) is { } plus && plus.Is("+") && plus.Start == tok.End) acronym += PlusSuffix(i + 1);
            }
            else if (DottedAcronym(tok.Text) is { } undotted && !CountryGazetteer.TryLookup(tok.Text, out _) && !CountryGazetteer.TryLookup(undotted, out _) && !NonOrgAcronyms.Contains(undotted)
                && !InitialsOfAName(i))
            {
                // "the U.N.'s 193 member states", "E.U. leaders": an acronym written with points (not "J.R. Jayewardene"), as
                // the text defined it if it did ("the Customs Union (U.D.E.A.C.)").
                acronym = undotted;
                foreach (var o in Orgs) if (o.Acronym == tok.Text) { acronym = tok.Text; break; }
            }
            else if (tok.IsCapitalized && tok.Text.Length >= 3 && tok.Text.Length <= 12)
            {
                // "Nato", "Asean": a known acronym written as a word.
                foreach (var o in Orgs)
                {
                    if (o.Acronym is not null && string.Equals(o.Acronym, tok.Text, StringComparison.OrdinalIgnoreCase)) { acronym = o.Acronym; break; }
                }
                // "Opec members such as Saudi Arabia": a house style's acronym written as a word, never defined, before the
                // members it names (a word the text never writes in lower case, and no state or region).
                if (acronym is null && Tok(i + 1) is { } membersWord && (membersWord.Is("members") || membersWord.Is("member"))
                    && Tok(i + 2) is { } such && StateAt(such.Is("such") && Tok(i + 3) is { } asTok && asTok.Is("as") ? i + 4 : such.Is("including") || such.Is("like") ? i + 3 : i + 2)
                    && HasLower(tok.Text.Substring(1)) && !InLowerVocabulary(tok.Text) && !CountryGazetteer.TryLookup(tok.Text, out _) && !RegionWords.Contains(tok.Text)
                    && !tok.Has(WordClass.CountryStart) && !OrganizationWords.IsNameHead(tok.Text) && (!IsSentenceInitial(i) || LooksLikeAcronymWord(tok.Text)))
                {
                    acronym = tok.Text;
                }
                // "Opec+": the wider alliance, not the organisation.
                if (acronym is not null && Tok(i + 1) is { } wordPlus && wordPlus.Is("+") && wordPlus.Start == tok.End) acronym += PlusSuffix(i + 1);
            }
            if (acronym is null) continue;
            // "the pulp mill of the Finnish company UPM": an acronym a company's noun introduces names a firm, not a body of
            // states (unless the text defined it as one).
            if (Tok(i - 1) is { IsWord: true, IsCapitalized: false } firmNoun && firmNoun.Text is "company" or "firm" or "conglomerate" or "carmaker" or "manufacturer" or "airline" or "subsidiary" or "shipbuilder"
                && !IsDefinedAcronym(acronym)) continue;
            // "NEWSROOM", "WORLD": a word in capitals alone on its line is a label or a byline, unless a name defined it.
            var paragraph = _doc.Paragraphs[tok.Paragraph];
            var lineAlone = (paragraph.FirstToken == i || NewLineBefore(i)) && (paragraph.LastToken == i || i + 1 < _t.Count && NewLineBefore(i + 1));
            if (lineAlone && !IsDefinedAcronym(acronym)) continue;
            // "APIA, 26 October (PA) -": a news agency's credit in the dateline; also "Paris (ANTARA) -", "TALLINN (ERR) -":
            // an agency in parentheses after the dateline's place and before its dash.
            if (Tok(i - 1) is { } open && open.Is("(") && Tok(i + 1) is { } close && close.Is(")")
                && Tok(i - 2) is { } before && (before.Kind == TokenKind.Number || before.Has(WordClass.MonthOrWeekday) || !HasLower(before.Text)
                    || before.IsCapitalized && Tok(i + 2) is { Kind: TokenKind.Dash } && i - 2 <= _doc.Paragraphs[tok.Paragraph].FirstToken + 2))
            {
                continue;
            }
            // "the FIL exhibition centre": an acronym the text never defines that names a venue.
            if (Tok(i + 1) is { IsWord: true, IsCapitalized: false } venueKind && (venueKind.Is("exhibition") || venueKind.Is("convention") || venueKind.Is("conference") && Tok(i + 2) is { } centre && (centre.Is("centre") || centre.Is("center") || centre.Is("hall"))
                    || venueKind.Is("centre") || venueKind.Is("center") || venueKind.Is("stadium") || venueKind.Is("arena") || venueKind.Is("hotel") || venueKind.Is("building") || venueKind.Is("auditorium"))
                && !IsDefinedAcronym(acronym)) continue;
            // "Radio Free Asia (RFA)", "Xinhua News Agency": a broadcaster or an agency is no organisation of states; nor an
            // acronym the text never defines that it names as an outlet ("Michel told DW.", "AZERTAC correspondent reports").
            if (IsMediaAcronym(acronym) || IsOutletAcronym(tok.Text) && !IsDefinedAcronym(acronym) || Tok(i - 1) is { } paren && paren.Is("(") && NamesMediaBefore(i - 1)) continue;
            // "PACER Plus" after "(PACER Plus)" defined it.
            if (Tok(i + 1) is { } plusNext && plusNext.Is("Plus") && IsDefinedAcronym(acronym + " Plus"))
            {
                var plusIdx = OrgIndex(null, acronym + " Plus", i);
                Orgs[plusIdx].Mentions++;
                Add(MentionType.Organization, i, i + 1, acronym + " Plus").Entity = plusIdx;
                i++;
                continue;
            }
            // "the G5 Sahel": a numbered acronym and the region it is of make one name.
            if (RegionAfterNumberedAcronym(i, acronym) is { } region)
            {
                var named = OrgIndex(acronym + " " + region.Text, null, i);
                Orgs[named].Mentions++;
                MarkEarly(named, tok.Paragraph);
                Add(MentionType.Organization, i, i + 1, acronym + " " + region.Text).Entity = named;
                i++;
                continue;
            }
            // "the European XFEL": a regional word the text always writes before the acronym is part of the name.
            if (acronym.IndexOf('+') < 0 && RegionWordAlwaysBefore(i) is { } regionWord)
            {
                var regional = OrgIndex(regionWord + " " + acronym, acronym, i - 1);
                Orgs[regional].Mentions++;
                MarkEarly(regional, tok.Paragraph);
                Add(MentionType.Organization, i - 1, i, regionWord + " " + acronym).Entity = regional;
                continue;
            }
            var idx = OrgIndex(null, acronym, i);
            Orgs[idx].Mentions++;
            MarkEarly(idx, tok.Paragraph);
            // "G20", "G-7": a group named by its number has no other name to define it by; its number is its name.
            if (GroupNumber(acronym, isName: false) > 0) Orgs[idx].Defined = true;
            if (KnownAsInstitution(i)) Orgs[idx].KnownAsInstitution = true;
            var last = acronym.EndsWith("+", StringComparison.Ordinal) && !tok.Text.EndsWith("+", StringComparison.Ordinal) ? i + 1
                : acronym.Length > tok.Text.Length && acronym[tok.Text.Length] == '+' ? i + 2 : i;
            var m = Add(MentionType.Organization, i, last, acronym);
            m.Entity = idx;
            m.Modifier = Tok(last + 1) is { } next && next.IsWord && !next.IsCapitalized && IsModifiedNoun(next.Text);
        }

        // Mentions of a defined organisation by its full name again are already claimed; count them.
    }

    /// <summary>
    /// "China's 17+1 cooperation format", "the 16+1 grouping": a format named by two numbers joined by a plus, before a
    /// bloc noun; its other mentions by the same numbers too.
    /// </summary>
    private void FindNumberedFormats()
    {
        HashSet<string>? names = null;
        for (var i = 0; i + 3 < _t.Count; i++)
        {
            if (!IsNumberPlusNumber(i)) continue;
            var noun = i + 3;
            if (Tok(noun) is { IsWord: true, IsCapitalized: false } modifier && !BlocNamesAfter.Contains(modifier.Text)) noun++;
            if (Tok(noun) is not { IsWord: true, IsCapitalized: false } n || !BlocNamesAfter.Contains(n.Text)) continue;
            names ??= new HashSet<string>(StringComparer.Ordinal);
            names.Add(_t[i].Text + "+" + _t[i + 2].Text);
        }
        if (names is null) return;
        for (var i = 0; i + 2 < _t.Count; i++)
        {
            if (!IsNumberPlusNumber(i) || Claimed(i)) continue;
            var name = _t[i].Text + "+" + _t[i + 2].Text;
            if (!names.Contains(name)) continue;
            var idx = OrgIndex(name, null, i);
            Orgs[idx].Mentions++;
            MarkEarly(idx, _t[i].Paragraph);
            Add(MentionType.Organization, i, i + 2, name).Entity = idx;
            i += 2;
        }
    }

    /// <summary>
    /// "European" before "XFEL" at every one of the acronym's mentions, never the acronym alone: the regional word that is the
    /// first word of the name, or null.
    /// </summary>
    private string? RegionWordAlwaysBefore(int i)
    {
        if (Tok(i - 1) is not { IsWord: true, IsCapitalized: true } before || Claimed(i - 1) || before.Paragraph != _t[i].Paragraph) return null;
        if (before.Text is not ("European" or "African" or "Asian" or "Arab" or "Nordic" or "Baltic" or "Caribbean" or "Pacific")) return null;
        var text = _t[i].Text;
        var seen = 0;
        for (var j = 0; j < _t.Count; j++)
        {
            if (!string.Equals(_t[j].Text, text, StringComparison.Ordinal)) continue;
            if (j == 0 || !string.Equals(_t[j - 1].Text, before.Text, StringComparison.Ordinal)) return null;
            seen++;
        }
        return seen >= 2 ? before.Text : null;
    }

    /// <summary>
    /// The acronym of "Opec-plus" or "OPEC-Plus" (as the text defines it when it does), or null: a word of an acronym and
    /// "-plus" after it.
    /// </summary>
    private string? PlusWritten(string word)
    {
        if (word.Length < 7 || !word.EndsWith("-plus", StringComparison.OrdinalIgnoreCase)) return null;
        var stem = word.Substring(0, word.Length - 5);
        if (stem.Length > 8 || stem.IndexOf('-') >= 0 || !char.IsUpper(stem[0])) return null;
        foreach (var o in Orgs) if (o.Acronym is not null && string.Equals(o.Acronym, stem, StringComparison.OrdinalIgnoreCase)) return o.Acronym;
        return IsAcronymText(stem) && !CountryGazetteer.TryLookup(stem, out _) ? stem : null;
    }

    private bool IsNumberPlusNumber(int i) =>
        _t[i].Kind == TokenKind.Number && _t[i].Text.Length <= 2 && Tok(i + 1) is { } plus && plus.Is("+") && plus.Start == _t[i].End
        && Tok(i + 2) is { Kind: TokenKind.Number } second && second.Start == plus.End && second.Text.Length <= 2;

    /// <summary>"+" after an acronym, with the number written against it ("ASEAN+3"), or "+" alone ("OPEC+").</summary>
    private string PlusSuffix(int plus) =>
        Tok(plus + 1) is { Kind: TokenKind.Number } n && n.Start == _t[plus].End && n.Text.Length <= 2 ? "+" + n.Text : "+";

    private static readonly HashSet<string> AfterNumberedAcronym = new(StringComparer.Ordinal)
    {
        "Summit", "Summits", "Leaders", "Leader", "Foreign", "Finance", "Trade", "Energy", "Health", "Defence", "Defense", "Ministers",
        "Minister", "Ministerial", "Meeting", "Meetings", "Chair", "Presidency", "President", "Secretariat", "Declaration", "Communique",
        "Communiqué", "Plus", "Countries", "States", "Nations", "Members", "Member", "Group", "Troika", "Sherpa", "Sherpas", "Agenda",
        "Statement", "Working", "Task", "Host", "Hosts", "Nations'", "Economies", "Partners", "Partner", "Format", "Talks", "Forum",
    };

    /// <summary>
    /// "G5 Sahel": after an acronym with a digit, one capitalised word that is no common word of summit copy, no state and no
    /// time, and that no other capitalised word follows; else null.
    /// </summary>
    private Token? RegionAfterNumberedAcronym(int i, string acronym)
    {
        var hasDigit = false;
        foreach (var c in acronym) if (char.IsDigit(c)) hasDigit = true;
        if (!hasDigit || acronym.EndsWith("+", StringComparison.Ordinal)) return null;
        if (Tok(i + 1) is not { IsWord: true, IsCapitalized: true } next || next.Start != _t[i].End + 1 || next.Text.Length < 3 || !HasLower(next.Text) || Claimed(i + 1)) return null;
        if (AfterNumberedAcronym.Contains(next.Text) || TimeWords.IsWeekday(next.Text) || TimeWords.IsMonth(next.Text) || CountryGazetteer.TryLookup(next.Text, out _)) return null;
        if (Tok(i + 2) is { IsWord: true, IsCapitalized: true } || Tok(i + 2) is { Kind: TokenKind.Possessive }) return null;
        return next;
    }

    /// <summary>Whether a name defined this acronym in parentheses (no closure: this runs for every token).</summary>
    private bool IsDefinedAcronym(string acronym)
    {
        foreach (var o in Orgs) if (o.Defined && o.Acronym == acronym) return true;
        return false;
    }

    /// <summary>
    /// An all-capitals word that is not an acronym: part of a run of capitals ("RIO DE JANEIRO, July 6 (AFP)"),
    /// a dateline, or a headline in capitals.
    /// </summary>
    private bool IsShouted(int i)
    {
        // "BRICS AT A GLANCE": a one-letter word in capitals belongs to the run too.
        static bool Caps(Token? t) => t is not null && t.IsWord && (t.Text.Length > 1 || t.Text is "A" or "I") && !HasLower(t.Text);
        if (Caps(Tok(i - 1)) && Tok(i - 1)!.Paragraph == _t[i].Paragraph || Caps(Tok(i + 1)) && Tok(i + 1)!.Paragraph == _t[i].Paragraph)
        {
            // Unless the neighbour is itself a defined acronym ("CLF NATO") — rare; treat runs as shouting.
            return true;
        }
        // A dateline: "JAKARTA, Sept 5 (Reuters) -" at a paragraph's start.
        var p = _doc.Paragraphs[_t[i].Paragraph];
        // Not "CLMV, an informal grouping of ...": a dateline's comma is followed by a date or a place.
        if (i == p.FirstToken && Tok(i + 1) is { } comma && comma.Is(",") && Tok(i + 2) is { } after && (after.IsCapitalized || after.Kind == TokenKind.Number)) return true;
        // "IDEAL, Saturday, 7 October 2023" on the line after the headline: an outlet's name in capitals before the date.
        if (StartsLine(i) && Tok(i + 1) is { } dateComma && dateComma.Is(",") && Tok(i + 2) is { IsWord: true } day && (TimeWords.IsWeekday(day.Text) || TimeWords.IsMonth(day.Text))) return true;
        // "BAKU — Agriculture ministers ...": a dateline with a dash and no agency; also at the start of a line of the
        // paragraph that holds the byline ("By Serkan Aydemir\nANTALYA - The leaders ...").
        if (i == p.FirstToken && Tok(i + 1) is { Kind: TokenKind.Dash }) return true;
        if (StartsLine(i) && Tok(i + 1) is { Kind: TokenKind.Dash } && Tok(i + 2) is { IsCapitalized: true } && !StartsLine(i + 1)) return true;
        // "GRANADA. The heads of state ...": a dateline closed by a full stop, the lead on the same line.
        if ((i == p.FirstToken || StartsLine(i)) && Tok(i + 1) is { } stop && stop.Is(".") && Tok(i + 2) is { IsCapitalized: true } && !StartsLine(i + 2) && _t[i].Text.Length >= 4) return true;
        // "BRUSSELS (Reuters) -", "NAIROBI (AP) —": a dateline without a date.
        if (i == p.FirstToken && Tok(i + 1) is { } open && open.Is("(") && Tok(i + 3) is { } close && close.Is(")")) return true;
        return false;
    }

    private static bool IsModifiedNoun(string word) => word is "member" or "members" or "state" or "states" or "countries" or "country"
        or "nation" or "nations" or "leaders" or "leader" or "summit" or "summits" or "allies" or "ally" or "partner" or "partners"
        or "membership" or "chair" or "presidency" or "meeting" or "foreign" or "defence" or "defense" or "official" or "officials"
        or "bloc" or "group" or "grouping" or "alliance" or "forum";

    /// <summary>Lower-case nouns that, after a capitalised name, make it a bloc's ("the Open Balkan initiative").</summary>
    private static readonly HashSet<string> BlocNamesAfter = new(StringComparer.Ordinal)
    {
        "initiative", "grouping", "bloc", "alliance", "format", "forum", "pact", "group", "network",
    };

    private static readonly HashSet<string> BlocNouns = new(StringComparer.Ordinal)
    {
        "bloc", "group", "grouping", "alliance", "union", "forum", "club", "partnership", "pact", "organisation", "organization",
        "coalition", "cartel", "format", "community", "trade", "customs", "security", "regional", "economic", "military",
    };

    /// <summary>Offices and meetings of a bloc: "the rotating presidency of X", "X's secretariat".</summary>
    private static readonly HashSet<string> BlocOffices = new(StringComparer.Ordinal)
    {
        "presidency", "chairmanship", "chairship", "chair", "secretariat", "secretary-general", "summit", "summits", "charter", "founders",
        "headquarters", "treaty",
    };

    /// <summary>What only a bloc has: "X's common tariff", "X's associated states", "X's full members".</summary>
    private static readonly HashSet<string> BlocPossessions = new(StringComparer.Ordinal)
    {
        "common", "rotating", "founding", "associated", "associate", "full", "observer", "observers", "dialogue", "partners", "member", "members",
        "membership", "enlargement", "expansion",
    };

    /// <summary>"a seven-member grouping", "the regional bloc", "an eight-nation trade group": an article, up to four modifiers, a bloc noun.</summary>
    private bool IsBlocApposition(int at)
    {
        if (Tok(at) is not { } det || !(det.Is("a") || det.Is("an") || det.Is("the"))) return false;
        for (var k = at + 1; k <= at + 5 && Tok(k) is { } w; k++)
        {
            if (w.IsWord && !w.IsCapitalized && OrganizationWords.IsGenericNoun(w.Text)) return true;
            // "PetroCaribe, the new oil agreement under which ...": a pact named by one word.
            if (w.IsWord && (w.Is("agreement") || w.Is("accord")) && Tok(k + 1) is { } rel && (rel.Is("under") || rel.Is("that") || rel.Is("which") || rel.Is(","))) return true;
            // "Unasur, the South American union created ...": a region's words may qualify the noun.
            if (w.IsWord && w.IsCapitalized && k > at && (w.Is("South") || w.Is("North") || w.Is("East") || w.Is("West") || w.Is("Central") || w.Is("American") || w.Is("African")
                || w.Is("European") || w.Is("Asian") || w.Is("Arab") || w.Is("Latin") || w.Is("Caribbean") || w.Is("Pacific") || w.Is("Eurasian") || w.Is("Nordic") || w.Is("Baltic"))) continue;
            if (!(w.IsWord && !w.IsCapitalized || w.Kind == TokenKind.Number)) return false;
        }

        return false;
    }

    /// <summary>Whether the initials of the parts of a hyphenated word spell <paramref name="acronym"/> ("Brazil-Chile-Peru", "BCP").</summary>
    private static bool HyphenPartsSpell(string word, string acronym)
    {
        var parts = word.Split('-');
        if (parts.Length < 2 || parts.Length != acronym.Length) return false;
        for (var k = 0; k < parts.Length; k++)
        {
            if (parts[k].Length == 0 || char.ToUpperInvariant(parts[k][0]) != char.ToUpperInvariant(acronym[k])) return false;
        }
        return true;
    }

    /// <summary>"nine-member", "27-nation": a word that counts a body's members.</summary>
    private static bool IsMemberCount(Token t) => t.Text.EndsWith("-member", StringComparison.Ordinal) || t.Text.EndsWith("-nation", StringComparison.Ordinal);

    /// <summary>"format", "group", "club", "process": a noun after a place that names a group of states ("the Minsk format").</summary>
    private static bool IsPlaceGroupNoun(Token noun) => noun.Is("format") || noun.Is("group") || noun.Is("club") || noun.Is("process");

    /// <summary>
    /// Organisations named by one capitalised word ("Mercosur", "the Quad", "Nato"): the word next to a bloc noun
    /// ("the Mercosur trade bloc", "the grouping Quad"), or in an organisation's slot ("members of X", "join X",
    /// "X was founded by", "The X consists of").
    /// </summary>
    private void FindNamedBlocs()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _t.Count; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || !tok.IsCapitalized || Claimed(i) || tok.Text.Length < 3 || !HasLower(tok.Text)) continue;
            if (tok.Has(WordClass.MonthOrWeekday | WordClass.FunctionWord) || IsTitleToken(i) || RegionWords.Contains(tok.Text)) continue;
            if (InLowerVocabulary(tok.Text) || IsLedBy(tok.Text)) continue; // "the Arusha-based bloc"
            // "Six forum members - Kiribati, ... -": a number word opening a sentence names no bloc.
            if (NumberWords.TryParse(tok.Text, out _)) continue;
            if (Tok(i + 1) is { } nx && nx.IsWord && nx.IsCapitalized && !Claimed(i + 1)) continue;
            if (Tok(i - 1) is { } pv && pv.IsWord && pv.IsCapitalized && !Claimed(i - 1) && !IsSentenceInitial(i - 1)) continue;
            // "IDB Invest, the group's private sector arm": a word after an organisation's name is part of an arm's name.
            if (Tok(i - 1) is { IsWord: true } owner && At(i - 1) is { Type: MentionType.Organization } && owner.Paragraph == tok.Paragraph) continue;
            // "the Bay of Bengal grouping": the last word of a place's name.
            if (Tok(i - 1) is { } ofTok && ofTok.Is("of") && Tok(i - 2) is { } placeHead && placeHead.IsWord && placeHead.IsCapitalized) continue;
            // "New members from January 1: ...", "Full members: ...": a fact-box label, not a bloc's name; nor
            // "Founding members Ghana and Kenya signed ..." at a sentence's start.
            if ((NewLineBefore(i) || IsSentenceInitial(i)) && Tok(i + 1) is { } labelNoun && (labelNoun.Is("members") || labelNoun.Is("member"))) continue;
            if (tok.Text is "Founding" or "Fellow" or "Full" or "Other" or "New" or "Current" or "Former" or "Permanent" or "Associate" or "Remaining" or "Original" or "Core") continue;
            // "joined the Alliance in 2023" in copy that capitalises the noun for NATO: a bloc's noun after "the" refers back
            // (FindGenericOrganizations resolves it).
            if (Tok(i - 1) is { } theBefore && theBefore.IsIgnoreCase("the") && OrganizationWords.IsGenericNoun(tok.Text.ToLowerInvariant())) continue;
            // "has not joined the Pacific forum" after "the Pacific Islands Forum": the first word of a name already
            // found, a shortening of it, not a bloc named after the place.
            var opensName = false;
            if (Tok(i + 1) is { IsWord: true, IsCapitalized: false } shortNoun && OrganizationWords.IsGenericNoun(shortNoun.Text))
            {
                foreach (var o in Orgs)
                {
                    if (o.Name is { } oName && oName.Length > tok.Text.Length + 1 && oName.StartsWith(tok.Text, StringComparison.Ordinal) && oName[tok.Text.Length] == ' '
                        && oName.EndsWith(" " + shortNoun.Text, StringComparison.OrdinalIgnoreCase) && o.Acronym != tok.Text) { opensName = true; break; }
                }
            }
            if (opensName) continue;
            var isBloc = false;
            // "the Mercosur (trade) bloc", "the Quad grouping" (not "the Nile framework", a text)
            for (var k = i + 1; k <= i + 3 && Tok(k) is { } w && w.IsWord && !w.IsCapitalized; k++)
            {
                if (w.Text is "framework" or "agreement" or "deal" or "accord" or "pact" or "treaty" or "plan" or "initiative" && !(Tok(k + 1) is { } textOf && textOf.Is("of"))) break;
                // ("the Normandy format", "the Weimar format": a format is named by its place.)
                if (OrganizationWords.IsGenericNoun(w.Text) || k == i + 1 && w.Is("format")) { isBloc = true; break; }
                if (!BlocNouns.Contains(w.Text)) break;
            }
            // "the trade bloc Mercosur"
            if (Tok(i - 1) is { } g && g.IsWord && OrganizationWords.IsGenericNoun(g.Text) && !(Tok(i + 1)?.IsCapitalized ?? false)) isBloc = true;
            // "members of X", "join X", "X's members", "X was founded", "The X consists of"
            var prev = Tok(i - 1);
            var prev2 = Tok(i - 2);
            var next = Tok(i + 1);
            var next2 = Tok(i + 2);
            if (prev is not null && (prev.Is("join") || prev.Is("joined") || prev.Is("joins") || prev.Is("joining"))) isBloc = true;
            // "Jamaica and Haiti belong to Caricom", "quit Opec", "left Caricom": belonging and leaving name a bloc too.
            if (prev is not null && prev.Is("to") && prev2 is not null && (prev2.Is("belong") || prev2.Is("belongs") || prev2.Is("belonged") || prev2.Is("admitted") || prev2.Is("readmitted"))
                && !(next is { IsWord: true } && next.IsCapitalized)) isBloc = true;
            if (prev is not null && (prev.Is("quit") || prev.Is("quits") || prev.Is("rejoined") || prev.Is("rejoin")) && !(next is { IsWord: true } && next.IsCapitalized)) isBloc = true;
            // "launched Prosur in Santiago, a forum meant to replace Unasur": founded, and described by a bloc noun.
            if (prev is not null && (prev.Is("launched") || prev.Is("founded") || prev.Is("created") || prev.Is("formed")))
            {
                for (var k = i + 1; k <= i + 6 && Tok(k) is { } c && c.Paragraph == tok.Paragraph; k++)
                {
                    if (c.Is(",") && IsBlocApposition(k + 1)) { isBloc = true; break; }
                    if (c.Is(".") || c.Is(";")) break;
                }
            }
            // "Argentina, Brazil, Paraguay and Uruguay founded Mercosur in 1991": founded by states.
            if (prev is not null && (prev.Is("founded") || prev.Is("created") || prev.Is("formed") || prev.Is("co-founded")) && prev2 is { IsWord: true, IsCapitalized: true }
                && CountryGazetteer.TryLookup(prev2.Text, out _) && !(next is { IsWord: true } && next.IsCapitalized)) isBloc = true;
            // "... and India makes up the Quad", "the Quad, which groups the US, Japan, India and Australia"
            if (prev is not null && prev.Is("the") && prev2 is not null && prev2.Is("up") && Tok(i - 3) is { } make && (make.Is("make") || make.Is("makes") || make.Is("made"))) isBloc = true;
            if (next is not null && next.Is(",") && next2 is not null && next2.Is("which") && Tok(i + 3) is { } verb && (verb.Is("groups") || verb.Is("brings") || verb.Is("comprises") || verb.Is("unites"))) isBloc = true;
            // "the Quad, its grouping with the United States, Japan and Australia"
            if (next is not null && next.Is(",") && next2 is not null && (next2.Is("its") || next2.Is("their")) && Tok(i + 3) is { } ownNoun && (ownNoun.Is("grouping") || ownNoun.Is("alliance") || ownNoun.Is("partnership") || ownNoun.Is("bloc")) && Tok(i + 4) is { } withTok && withTok.Is("with")) isBloc = true;
            // "India also sits in the Quad with the US, Japan and Australia": the body states sit in, with other states.
            if (prev is not null && prev.Is("the") && prev2 is not null && prev2.Is("in") && Tok(i - 3) is { } sitVerb && (sitVerb.Is("sits") || sitVerb.Is("sit") || sitVerb.Is("sat"))
                && next is not null && next.Is("with") && Tok(i + 2) is { } withWho && (withWho.Is("the") || withWho.IsCapitalized)) isBloc = true;
            // "Mercosur, whose members are Argentina, Brazil, ..."
            // ("Within Mercosur, whose founding members are Argentina, Brazil, ...": over the kind of member.)
            if (next is not null && next.Is(",") && next2 is not null && next2.Is("whose") && Tok(i + 3) is { } whoseNoun
                && (whoseNoun.Is("members") || whoseNoun.Is("member") || (whoseNoun.Is("founding") || whoseNoun.Is("full") || whoseNoun.Is("original") || whoseNoun.Is("current")) && Tok(i + 4) is { } kindNoun && (kindNoun.Is("members") || kindNoun.Is("member")))) isBloc = true;
            if (prev is not null && prev.Is("of") && prev2 is not null && (prev2.Is("members") || prev2.Is("member") || prev2.Is("membership"))) isBloc = true;
            // "members of both Nato and the European Union"
            if (prev is not null && (prev.Is("both") || prev.Is("either")) && prev2 is not null && prev2.Is("of") && Tok(i - 3) is { } bothOf && (bothOf.Is("members") || bothOf.Is("member"))) isBloc = true;
            // "an associate state of Mercosur"
            if (prev is not null && prev.Is("of") && prev2 is not null && (prev2.Is("state") || prev2.Is("states") || prev2.Is("country") || prev2.Is("countries"))
                && Tok(i - 3) is { } associate && (associate.Is("associate") || associate.Is("associated"))) isBloc = true;
            // "one of six EU members that are not in Nato": the bloc other members are, or are not, in.
            if (prev is not null && prev.Is("in") && prev2 is not null && (prev2.Is("not") || prev2.Is("are") || prev2.Is("also")))
            {
                for (var k = i - 3; k >= 0 && k >= i - 6; k--)
                {
                    if (_t[k].Is("members") && Tok(k + 1) is { } rel && (rel.Is("that") || rel.Is("who") || rel.Is("which"))) { isBloc = true; break; }
                }
            }
            // "the four members of the Quad", "membership of the Quad"
            if (prev is not null && prev.Is("the") && prev2 is not null && prev2.Is("of") && Tok(i - 3) is { } ofWhat && (ofWhat.Is("members") || ofWhat.Is("member") || ofWhat.Is("membership") || ofWhat.Is("part"))
                && !(next is { IsWord: true } nx2 && nx2.IsCapitalized) && !OrganizationWords.IsNameHead(tok.Text)) isBloc = true;
            if (next is not null && (next.Is("member") || next.Is("members") || next.Is("consists") || next.Is("comprises"))) isBloc = true;
            // "the four Mercosur countries": a counted group of states named by the bloc.
            if (next is not null && (next.Is("countries") || next.Is("states") || next.Is("nations") || next.Is("economies")) && prev is not null
                && (prev.Kind == TokenKind.Number || NumberWords.TryParse(prev.Text, out _)) && prev2 is not null && (prev2.Is("the") || prev2.Is("all") || prev2.Is("other"))) isBloc = true;
            if (next is { Kind: TokenKind.Possessive } && next2 is not null && (next2.Is("members") || next2.Is("member"))) isBloc = true;
            if (next is not null && (next.Is("was") || next.Is("is")) && next2 is not null && (next2.Is("founded") || next2.Is("made") || next2.Is("formed") || next2.Is("established") || next2.Is("created") || next2.Is("launched") || next2.Is("set"))) isBloc = true;
            if (next is not null && next.IsWord && (next.Is("leaders") || next.Is("summit") || next.Is("summits") || next.Is("chair") || next.Is("secretariat") || next.Is("jargon")) && !IsSentenceInitialFunction(i)) isBloc = true;
            // "the rotating presidency of Mercosur", "the secretariat of X": an office of the bloc
            if (prev is not null && prev.Is("of") && prev2 is not null && prev2.IsWord && BlocOffices.Contains(prev2.Text)) isBloc = true;
            // "Mercosur's common tariff", "X's rotating presidency", "X's associated states"
            if (next is { Kind: TokenKind.Possessive } && next2 is not null && next2.IsWord && (BlocOffices.Contains(next2.Text) || BlocPossessions.Contains(next2.Text))) isBloc = true;
            // "Bimstec, a seven-member grouping around the Bay of Bengal": an apposition whose head is a bloc noun
            if (next is not null && next.Is(",") && IsBlocApposition(i + 2)) isBloc = true;
            // "The four-nation Quad, made up of the United States, Japan, ...": a name counted by its states.
            if (prev is { IsWord: true } && (prev.Text.EndsWith("-nation", StringComparison.Ordinal) || prev.Text.EndsWith("-member", StringComparison.Ordinal) || prev.Text.EndsWith("-country", StringComparison.Ordinal))
                && prev2 is not null && prev2.IsIgnoreCase("the") && !(next is { IsWord: true } && (next.IsCapitalized || next.Is("to") || next.Is("of") || next.Is("for") || next.Is("on") || next.Is("and")))) isBloc = true;
            // "Opec" in an article that names "the Organization of the Petroleum Exporting Countries": the name spelled.
            if (!isBloc)
            {
                var upper = tok.Text.ToUpperInvariant();
                foreach (var o in Orgs)
                {
                    if (o.Name is not null && o.Acronym is null && WordSpells(tok.Text, upper, o)) { isBloc = true; break; }
                }
            }
            if (!isBloc) continue;
            found.Add(tok.Text);
        }
        if (found.Count == 0) return;
        // "the Strasbourg organisation", "at the Zentrograd summit": a city is a place, not a bloc, unless a body named in the
        // article opens with it ("the Zentrograd bloc" after "the Zentrograd Cooperation Council"), or the article calls it a
        // group of states named after the city ("the Zentrograd group", "the Zentrograd club").
        Dictionary<string, string>? placeGroups = null;
        for (var i = 0; i + 1 < _t.Count; i++)
        {
            if (_t[i].IsWord && found.Contains(_t[i].Text) && _t[i + 1] is { IsWord: true, IsCapitalized: false } groupNoun && groupNoun.Text is "group" or "club"
                && (Cities.Contains(_t[i].Text) || CountryGazetteer.TryLookup(_t[i].Text, out var capital) && capital.Kind == CountryFormKind.Capital))
            {
                placeGroups ??= new Dictionary<string, string>(StringComparer.Ordinal);
                placeGroups[_t[i].Text] = _t[i].Text + " " + groupNoun.Text;
            }
        }
        foreach (var word in new List<string>(found))
        {
            if (!Cities.Contains(word) || placeGroups is not null && placeGroups.ContainsKey(word)) continue;
            var opensBody = false;
            foreach (var o in Orgs) if (o.Name is { } oName && oName.StartsWith(word + " ", StringComparison.Ordinal)) { opensBody = true; break; }
            if (!opensBody) found.Remove(word);
        }
        if (found.Count == 0) return;
        // "the Samarkand summit" in an article that also writes "in Samarkand, Uzbekistan": a place, not a bloc.
        for (var i = 0; i + 2 < _t.Count; i++)
        {
            if (!_t[i].IsWord || !found.Contains(_t[i].Text) || !_t[i + 1].Is(",") || !_t[i + 2].IsWord || placeGroups is not null && placeGroups.ContainsKey(_t[i].Text)) continue;
            // (Not "the members of Mercosur, Brazil, Argentina, ...": the states in apposition to a body's members.)
            if (Tok(i - 1) is { } ofBefore && ofBefore.Is("of") && Tok(i - 2) is { } membersBefore && (membersBefore.Is("members") || membersBefore.Is("member"))) continue;
            if (CountryGazetteer.TryLookup(_t[i + 2].Text, out var placeCountry) && placeCountry.Kind is CountryFormKind.Name or CountryFormKind.Alias) found.Remove(_t[i].Text);
        }
        // "the Spanish city of Granada": a place, whatever summit it gives its name to.
        for (var i = 2; i < _t.Count && found.Count > 0; i++)
        {
            if (_t[i].IsWord && found.Contains(_t[i].Text) && !(placeGroups is not null && placeGroups.ContainsKey(_t[i].Text)) && _t[i - 1].Is("of") && _t[i - 2].IsWord && (_t[i - 2].Is("city") || _t[i - 2].Is("town") || _t[i - 2].Is("port") || _t[i - 2].Is("resort"))) found.Remove(_t[i].Text);
        }
        if (found.Count == 0) return;
        // "the Schengen area", "the Schengen zone": a bloc named by a word and the area it makes is named with both; "the
        // Normandy format" too, a format being known by its place and its noun.
        var area = placeGroups;
        for (var i = 0; i + 1 < _t.Count; i++)
        {
            if (_t[i].IsWord && found.Contains(_t[i].Text) && _t[i + 1] is { IsWord: true, IsCapitalized: false } areaNoun && (areaNoun.Is("area") || areaNoun.Is("zone") || areaNoun.Is("format")))
            {
                area ??= new Dictionary<string, string>(StringComparer.Ordinal);
                area[_t[i].Text] = _t[i].Text + " " + areaNoun.Text;
            }
        }
        for (var i = 0; i < _t.Count; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i) || !found.Contains(tok.Text)) continue;
            if (area is not null && area.TryGetValue(tok.Text, out var areaName))
            {
                var withNoun = Tok(i + 1) is { IsWord: true } an && areaName.EndsWith(" " + an.Text, StringComparison.Ordinal);
                var ai = OrgIndex(areaName, null, i);
                Orgs[ai].Mentions++;
                MarkEarly(ai, tok.Paragraph);
                var am = Add(MentionType.Organization, i, withNoun ? i + 1 : i, withNoun ? areaName : tok.Text);
                am.Entity = ai;
                am.Modifier = !withNoun && Tok(i + 1) is { } anx && anx.IsWord && !anx.IsCapitalized && IsModifiedNoun(anx.Text);
                if (withNoun) i++;
                continue;
            }
            // "Opec+": the wider alliance is an organisation of its own.
            var plus = Tok(i + 1) is { } plusTok && plusTok.Is("+") && plusTok.Start == tok.End;
            // "the Andean bloc" in an article that names the Andean Community: the one organisation whose name opens with
            // the word.
            var opens = -1;
            if (!plus && Tok(i + 1) is { IsWord: true } bloc && OrganizationWords.IsGenericNoun(bloc.Text))
            {
                for (var k = 0; k < Orgs.Count; k++)
                {
                    if (Orgs[k].Name is not { } full || !full.StartsWith(tok.Text + " ", StringComparison.Ordinal)) continue;
                    opens = opens < 0 ? k : -2;
                }
            }
            var idx = opens >= 0 ? opens : plus ? OrgIndex(null, tok.Text + "+", i) : OrgIndex(tok.Text, null, i);
            Orgs[idx].Mentions++;
            MarkEarly(idx, tok.Paragraph);
            var m = Add(MentionType.Organization, i, plus ? i + 1 : i, plus ? tok.Text + "+" : tok.Text);
            m.Entity = idx;
            m.Modifier = Tok(i + 1) is { } nx && nx.IsWord && !nx.IsCapitalized && IsModifiedNoun(nx.Text);
        }
    }

    /// <summary>", a US-backed group", ", the initiative": an apposition after <paramref name="last"/> whose head is a bloc noun.</summary>
    private bool BlocAppositionAfter(int last)
    {
        if (Tok(last + 1) is not { } comma || !comma.Is(",") || Tok(last + 2) is not { } det || !(det.IsIgnoreCase("a") || det.IsIgnoreCase("an") || det.IsIgnoreCase("the"))) return false;
        var h = last + 3;
        while (h <= last + 5 && Tok(h) is { IsWord: true } mod && !BlocNamesAfter.Contains(mod.Text) && (!mod.IsCapitalized || mod.Text.IndexOf('-') > 0)) h++;
        return Tok(h) is { IsWord: true, IsCapitalized: false } head && BlocNamesAfter.Contains(head.Text);
    }

    /// <summary>
    /// "the Open Balkan initiative", "the Lublin Triangle format": two capitalised words, no country, person or
    /// organisation among them, between "the" and a bloc noun name a bloc; its other mentions by those two words too.
    /// </summary>
    private void FindTwoWordBlocs()
    {
        List<(string First, string Second)>? names = null;
        for (var i = 1; i + 2 < _t.Count; i++)
        {
            if (Claimed(i) || Claimed(i + 1)) continue;
            var a = _t[i];
            var b = _t[i + 1];
            if (!a.IsWord || !a.IsCapitalized || !b.IsWord || !b.IsCapitalized || !HasLower(a.Text) || !HasLower(b.Text) || a.Paragraph != b.Paragraph) continue;
            // 'the group that has come to be known as the "Arctic Five"': two quoted words a group is known by.
            if (_t[i - 1].Kind == TokenKind.QuoteMark && Tok(i + 2) is { Kind: TokenKind.QuoteMark } && i >= 4 && _t[i - 2].IsIgnoreCase("the") && _t[i - 3].Is("as") && _t[i - 4].Is("known")
                && !a.Has(WordClass.FunctionWord) && !IsTitleToken(i) && !CountryGazetteer.TryLookup(a.Text + " " + b.Text, out _))
            {
                names ??= new List<(string, string)>();
                names.Add((a.Text, b.Text));
                continue;
            }
            // "the Adriatic Charter, a US-backed group set up by Albania, ...": an indefinite apposition whose head is a bloc noun.
            if (_t[i - 1].IsIgnoreCase("the") && Tok(i + 2) is { } c2 && c2.Is(",") && Tok(i + 3) is { } indefinite && (indefinite.IsIgnoreCase("a") || indefinite.IsIgnoreCase("an"))
                )
            {
                var h = i + 4;
                while (h <= i + 6 && Tok(h) is { IsWord: true } mod && !BlocNamesAfter.Contains(mod.Text) && (!mod.IsCapitalized || mod.Text.IndexOf('-') > 0)) h++;
                if (Tok(h) is { IsWord: true, IsCapitalized: false } appositionHead && BlocNamesAfter.Contains(appositionHead.Text)
                    && !a.Has(WordClass.MonthOrWeekday) && !a.Has(WordClass.FunctionWord) && !IsTitleToken(i) && !IsTitleToken(i + 1)
                    && !CountryGazetteer.TryLookup(a.Text + " " + b.Text, out _))
                {
                    names ??= new List<(string, string)>();
                    names.Add((a.Text, b.Text));
                    continue;
                }
            }
            // "Open Balkan, the initiative launched by Serbia, ...": the name before an apposition whose head is a bloc noun.
            if (!_t[i - 1].IsIgnoreCase("the"))
            {
                if (!(Tok(i + 2) is { } comma && comma.Is(",") && Tok(i + 3) is { } det && det.IsIgnoreCase("the") && Tok(i + 4) is { IsWord: true, IsCapitalized: false } head
                      && BlocNamesAfter.Contains(head.Text) && !(Tok(i - 1) is { IsWord: true, IsCapitalized: true } && !IsSentenceInitial(i - 1)) && !IsSentenceInitial(i))) continue;
                if (a.Has(WordClass.MonthOrWeekday) || a.Has(WordClass.FunctionWord) || IsTitleToken(i) || IsTitleToken(i + 1)) continue;
                names ??= new List<(string, string)>();
                names.Add((a.Text, b.Text));
                continue;
            }
            // "the Five Eyes": a number word may open the name.
            if (a.Has(WordClass.MonthOrWeekday) || a.Has(WordClass.FunctionWord) && !NumberWords.TryParse(a.Text, out _) || IsTitleToken(i) || IsTitleToken(i + 1)) continue;
            // Not "the West African bloc", "the Southeast Asian grouping": a region's adjective.
            if (a.Text is "West" or "East" or "North" or "South" or "Central" or "Southeast" or "Northeast" or "Southern" or "Northern" or "Eastern" or "Western" && (b.Text.EndsWith("an", StringComparison.Ordinal) || b.Text.EndsWith("ic", StringComparison.Ordinal))) continue;
            // "the Five Eyes intelligence network": one modifier may stand before the noun.
            var nounAt = i + 2;
            if (_t[nounAt] is { IsWord: true, IsCapitalized: false } modifier && !BlocNamesAfter.Contains(modifier.Text) && Tok(nounAt + 1) is { IsWord: true, IsCapitalized: false } n2 && BlocNamesAfter.Contains(n2.Text)) nounAt++;
            if (_t[nounAt] is not { IsWord: true, IsCapitalized: false } noun || !BlocNamesAfter.Contains(noun.Text)) continue;
            if (Tok(nounAt + 1) is { } after && after.IsWord && after.IsCapitalized) continue;
            names ??= new List<(string, string)>();
            names.Add((a.Text, b.Text));
        }
        if (names is null) return;
        for (var i = 0; i + 1 < _t.Count; i++)
        {
            if (Claimed(i) || Claimed(i + 1) || !_t[i].IsWord || !_t[i + 1].IsWord) continue;
            if (!names.Exists(n => n.First == _t[i].Text && n.Second == _t[i + 1].Text)) continue;
            if (Tok(i + 2) is { } next && next.IsWord && next.IsCapitalized) continue;
            // "the Partners in the Zentral Pacific, an informal group": a capitalised word and "in the", "of the" or "for the"
            // before the two words open the name.
            var first = i;
            if (i >= 4 && _t[i - 1].Is("the") && (_t[i - 2].Is("in") || _t[i - 2].Is("of") || _t[i - 2].Is("for")) && _t[i - 3] is { IsWord: true, IsCapitalized: true } opener
                && !Claimed(i - 3) && HasLower(opener.Text) && !opener.Has(WordClass.FunctionWord) && !IsSentenceInitial(i - 3) && _t[i - 4].IsIgnoreCase("the") && opener.Paragraph == _t[i].Paragraph) first = i - 3;
            var name = first < i ? _doc.Slice(first, i + 1) : _t[i].Text + " " + _t[i + 1].Text;
            var idx = OrgIndex(name, null, first);
            Orgs[idx].Mentions++;
            MarkEarly(idx, _t[i].Paragraph);
            var m = Add(MentionType.Organization, first, i + 1, name);
            m.Entity = idx;
            m.Modifier = Tok(i + 2) is { } nx && nx.IsWord && !nx.IsCapitalized && IsModifiedNoun(nx.Text);
            i++;
        }
    }

    /// <summary>
    /// "the Friends of Cohesion group", "the Friends of the Lower Mekong grouping": a capitalised name with "of" inside,
    /// between "the" and a bloc noun, names a bloc; its other mentions by the same words too.
    /// </summary>
    private void FindOfBlocs()
    {
        List<string>? names = null;
        for (var i = 1; i + 3 < _t.Count; i++)
        {
            if (!_t[i].Is("of") || !_t[i - 1].IsWord || !_t[i - 1].IsCapitalized || i < 2 || !_t[i - 2].IsIgnoreCase("the")) continue;
            var first = i - 1;
            var a = _t[first];
            // (A plural opens it, "Friends", "Partners": not "the Bay of Bengal grouping", a place.)
            if (Claimed(first) || !HasLower(a.Text) || !a.Text.EndsWith("s", StringComparison.Ordinal) || a.Text.EndsWith("ss", StringComparison.Ordinal) || a.Has(WordClass.MonthOrWeekday) || a.Has(WordClass.FunctionWord) || IsTitleToken(first)
                || OrganizationWords.IsNameHead(a.Text) || OrganizationWords.IsEventWord(a.Text)) continue;
            var k = i + 1;
            if (Tok(k) is { } det && det.Is("the")) k++;
            var last = k;
            while (Tok(last) is { IsWord: true, IsCapitalized: true } w && HasLower(w.Text) && !Claimed(last) && w.Paragraph == a.Paragraph && last < k + 3) last++;
            last--;
            if (last < k || Tok(last + 1) is not { IsWord: true, IsCapitalized: false } noun || !BlocNamesAfter.Contains(noun.Text)) continue;
            names ??= new List<string>();
            names.Add(_doc.Slice(first, last));
            i = last;
        }
        if (names is null) return;
        foreach (var name in names)
        {
            var parts = name.Split(' ');
            for (var i = 0; i + parts.Length <= _t.Count; i++)
            {
                var all = true;
                for (var j = 0; j < parts.Length && all; j++) all = !Claimed(i + j) && _t[i + j].IsWord && _t[i + j].Text == parts[j];
                if (!all || Tok(i + parts.Length) is { IsWord: true, IsCapitalized: true }) continue;
                var idx = OrgIndex(name, null, i);
                Orgs[idx].Mentions++;
                MarkEarly(idx, _t[i].Paragraph);
                var m = Add(MentionType.Organization, i, i + parts.Length - 1, name);
                m.Entity = idx;
                i += parts.Length - 1;
            }
        }
    }

    /// <summary>"has 81 members", "had nine member states" at token <paramref name="has"/>.</summary>
    /// <summary>Whether "groups/covers/comprises/unites (the) five (maritime) countries" opens at token <paramref name="verb"/>.</summary>
    private bool GroupsCountedStates(int verb)
    {
        if (Tok(verb) is not { } v || !(v.Is("groups") || v.Is("covers") || v.Is("comprises") || v.Is("unites") || v.Is("links"))) return false;
        var k = verb + 1;
        if (Tok(k) is { } the && the.Is("the")) k++;
        if (Tok(k) is not { } count || !(count.Kind == TokenKind.Number || NumberWords.TryParse(count.Text, out _))) return false;
        for (var n = k + 1; n <= k + 3; n++)
        {
            if (Tok(n) is not { IsWord: true } w) return false;
            if (w.Is("countries") || w.Is("states") || w.Is("nations")) return true;
            if (w.IsCapitalized && !(Tok(n + 1) is { IsWord: true })) return false;
        }
        return false;
    }

    private bool HasCountedMembers(int has) => Tok(has) is { } hasTok && (hasTok.Is("has") || hasTok.Is("had"))
        && Tok(has + 1) is { } count && (count.Kind == TokenKind.Number || NumberWords.TryParse(count.Text, out _))
        && Tok(has + 2) is { } noun && (noun.Is("members") || noun.Is("member") && Tok(has + 3) is { } kind && (kind.Is("states") || kind.Is("countries")));

    /// <summary>
    /// "the five member states of the Indian Ocean Commission (IOC)", "IOC members", "the Commission's member states": an
    /// organisation whose member states the text speaks of is a bloc, even with an institution's head word.
    /// </summary>
    private void MarkMemberStates()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Organization || m.Entity < 0 || Orgs[m.Entity].HasMemberStates) continue;
            var before = m.First - 1;
            if (Tok(before) is { } the && the.Is("the")) before--;
            // "Australia signed on as a founding member of the Asian Infrastructure Investment Bank": a founding member is a
            // state, not a person on a board.
            var ofMembers = Tok(before) is { } of && of.Is("of") && Tok(before - 1) is { } noun
                && (noun.Is("members") || (noun.Is("states") || noun.Is("countries") || noun.Is("nations")) && Tok(before - 2) is { } member && member.Is("member")
                    || noun.Is("member") && Tok(before - 2) is { } founding && founding.Is("founding")
                    // "Ruritania, a member of the Zentral Task Force,", "Ruritania is not a member of the ...": a state is a member.
                    || noun.Is("member") && Tok(before - 2) is { } a && a.Is("a") && StateBefore(before - 3))
                // "the Comoros' partners in the Indian Ocean Commission": a body states are partners in.
                || Tok(before) is { } inTok && inTok.Is("in") && Tok(before - 1) is { } partners && partners.Is("partners")
                // "Hungary is still a contracting party to the Zentral Fisheries Commission": a body states are parties to.
                || Tok(before) is { } toTok && toTok.Is("to") && Tok(before - 1) is { } party && (party.Is("party") || party.Is("parties"))
                   && Tok(before - 2) is { } partyKind && (partyKind.Is("contracting") || partyKind.Is("a") || party.Is("parties") && StateBefore(before - 3))
                // "Cambodia, Laos, Thailand and Viet Nam make up the Mekong River Commission": states make it up.
                || m.First >= 1 && _t[m.First - 1].Is("the") && Tok(before) is { } up && up.Is("up") && Tok(before - 1) is { } make && (make.Is("make") || make.Is("makes") || make.Is("made"));
            var after = m.Last + 1;
            if (Tok(after) is { Kind: TokenKind.Possessive }) after++;
            var membersAfter = Tok(after) is { } next && (next.Is("members") || next.Is("member") && Tok(after + 1) is { } st && st.Is("states"))
                // "The AfDB has 81 members: 54 African countries ...": a body that counts its members.
                || HasCountedMembers(Tok(m.Last + 1) is { } open && open.Is("(") && Tok(m.Last + 3) is { } close && close.Is(")") ? m.Last + 4 : m.Last + 1);
            // "SPREP is an intergovernmental organisation with 26 members": a body of states, whatever its head word.
            var isCopula = Tok(m.Last + 1) is { } copula && (copula.Is("is") || copula.Is("was")) && Tok(m.Last + 2) is { } an && (an.Is("an") || an.Is("a"))
                && Tok(m.Last + 3) is { } kind && (kind.Is("intergovernmental") || kind.Is("inter-governmental") || kind.Is("regional"))
                && Tok(m.Last + 4) is { } bodyNoun && (bodyNoun.Is("organisation") || bodyNoun.Is("organization") || bodyNoun.Is("body") || bodyNoun.Is("bloc"));
            // "the nine-member Zentral Basin Authority": a body counted by its members (not "the 58-member Executive Board", an
            // organ of another).
            var counted = Tok(m.First - 1) is { IsWord: true } size && IsMemberCount(size)
                && Orgs[m.Entity].Head is not ("Board" or "Council" or "Committee" or "Court" or "Tribunal" or "Secretariat" or "Parliament");
            // "... establishes the Central African Forests Commission, with a secretariat in Yaounde. Its member governments
            // undertake ...": the last body of a sentence whose members the next sentence opens with.
            var itsMembers = false;
            if (!(ofMembers || membersAfter || isCopula || counted))
            {
                var stop = m.Last + 1;
                // ("Dhaman, founded in 1974, is owned by ... among them the Zentral Fund, which ... Its member states include ...":
                // the subject the sentence opens with, over the other bodies it names.)
                var opensSentence = _t[m.First].Sentence is var sentence && (m.First == _doc.Sentences[sentence].FirstToken || m.First == _doc.Sentences[sentence].FirstToken + 1 && _t[m.First - 1].Is("The"));
                while (stop < _t.Count && stop <= m.Last + (opensSentence ? 80 : 40) && !_t[stop].Is(".") && (opensSentence || _at[stop] is not { Type: MentionType.Organization })) stop++;
                // ("Among its members are ...": the same.)
                var its = stop + 1;
                if (Tok(its) is { } among && among.Is("Among") && Tok(its + 1) is { } amongIts && amongIts.Is("its")) its++;
                itsMembers = stop < _t.Count && _t[stop].Is(".") && Tok(its) is { } itsTok && itsTok.IsIgnoreCase("its") && Tok(its + 1) is { } members
                    && (members.Is("members") || members.Is("member") && Tok(its + 2) is { } memberKind && (memberKind.Is("states") || memberKind.Is("governments") || memberKind.Is("countries"))
                        // ("Its contracting parties are Denmark, ...": a commission's parties are states.)
                        || members.Is("contracting") && Tok(its + 2) is { } parties && parties.Is("parties"));
            }
            // "the Zentral Seas Programme, which covers the five maritime countries of the region, ...": a body of the states it
            // is said to group, whatever its head word.
            if (!(ofMembers || membersAfter || isCopula || counted || itsMembers))
            {
                var verb = Tok(m.Last + 1) is { } open2 && open2.Is("(") && Tok(m.Last + 3) is { } close2 && close2.Is(")") ? m.Last + 4 : m.Last + 1;
                if (Tok(verb) is { } comma && comma.Is(",") && Tok(verb + 1) is { } which && which.Is("which")) verb += 2;
                itsMembers = GroupsCountedStates(verb);
            }
            if (ofMembers || membersAfter || isCopula || counted || itsMembers) Orgs[m.Entity].HasMemberStates = true;
        }

        // "The six-member commission was set up in 1994" after "the Zentral Tuna Commission (ZTC)": the one body whose name's
        // head is the noun a count of members describes.
        // ("The regional members of the bank will be Jamaica, ...": the members of the noun, too.)
        for (var i = 0; i + 1 < _t.Count; i++)
        {
            var size = _t[i];
            var membersOf = size.Is("the") && i >= 2 && _t[i - 1].Is("of") && _t[i - 2].Is("members");
            if (!size.IsWord || !membersOf && !IsMemberCount(size)) continue;
            var noun = _t[i + 1];
            if (!noun.IsWord || noun.IsCapitalized || !OrganizationWords.IsGenericNoun(noun.Text)) continue;
            var named = -1;
            for (var o = 0; o < Orgs.Count; o++)
            {
                if (!string.Equals(Orgs[o].Head, noun.Text, StringComparison.OrdinalIgnoreCase)) continue;
                named = named == -1 ? o : -2;
            }
            if (named >= 0) Orgs[named].HasMemberStates = true;
        }

        // "The agency's three member states are ...": the body whose name the noun heads has member states, whatever its
        // head word (of two such bodies, the one named most).
        for (var i = 1; i + 3 < _t.Count; i++)
        {
            var noun = _t[i];
            if (!noun.IsWord || noun.IsCapitalized || !_t[i - 1].IsIgnoreCase("the") || _t[i + 1].Kind != TokenKind.Possessive || OrganizationWords.IsGenericNoun(noun.Text)) continue;
            var k = i + 2;
            if (_t[k].Kind == TokenKind.Number || NumberWords.TryParse(_t[k].Text, out _)) k++;
            if (!(_t[k].Is("members") || _t[k].Is("member") && Tok(k + 1) is { } kind && (kind.Is("states") || kind.Is("countries")))) continue;
            var most = -1;
            var tied = false;
            for (var o = 0; o < Orgs.Count; o++)
            {
                if (Orgs[o].Mentions == 0 || !string.Equals(Orgs[o].Head, noun.Text, StringComparison.OrdinalIgnoreCase)) continue;
                if (most < 0 || Orgs[o].Mentions > Orgs[most].Mentions) { most = o; tied = false; }
                else if (Orgs[o].Mentions == Orgs[most].Mentions) tied = true;
            }
            if (most >= 0 && !tied) Orgs[most].HasMemberStates = true;
        }

        // A state's name ends at token k, or before a comma or "is (not)" at k.
        bool StateBefore(int k)
        {
            if (Tok(k) is { } not && not.Is("not")) k--;
            if (Tok(k) is { } verb && (verb.Is(",") || verb.Is("is") || verb.Is("was"))) k--;
            return At(k) is { Type: MentionType.Country };
        }
    }

    // ---------------------------------------------------------------- countries

    private void FindCountries()
    {
        var max = Math.Max(1, CountryGazetteer.MaxWords);
        var sb = new StringBuilder();
        for (var i = 0; i < _t.Count; i++)
        {
            if ((i & 0x3FF) == 0) _ct.ThrowIfCancellationRequested();
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i)) continue;
            if (!char.IsUpper(tok.Text[0])) continue;
            // "ZIMBABWE has formally applied to rejoin ...": a house style's upper-case first word of a story.
            // ("TANZANIA, Rwanda and Burundi on Wednesday signed ...": a list after it.)
            if (tok.Text.Length >= 4 && !HasLower(tok.Text) && (Tok(i + 1) is { IsWord: true } running && HasLower(running.Text)
                    || Tok(i + 1) is { } listComma && listComma.Is(",") && _doc.Paragraphs[tok.Paragraph].FirstToken == i && Tok(i + 2) is { IsWord: true } listed && HasLower(listed.Text))
                && CountryGazetteer.TryLookup(char.ToUpperInvariant(tok.Text[0]) + tok.Text.Substring(1).ToLowerInvariant(), out var shouted)
                && shouted.Kind is CountryFormKind.Name or CountryFormKind.Alias && !shouted.Ambiguous)
            {
                var sm = Add(MentionType.Country, i, i);
                sm.Country = shouted.Country;
                sm.FormKind = shouted.Kind;
                continue;
            }
            if (!tok.Has(WordClass.CountryStart) && tok.Text.IndexOf('-') < 0) continue;
            // "East Germany", "South Vietnam": states of the past, not the state of the same name today (West Germany goes
            // on as Germany).
            if (i > 0 && _t[i - 1].IsWord && _t[i - 1].Text is "East" or "West" or "North" or "South" && CountryGazetteer.IsFormerState(_t[i - 1].Text + " " + tok.Text)) continue;
            var matched = false;
            if (!CountryFirstWords.TryGetValue(tok.Text.Replace('\u2019', '\''), out var maxHere)) maxHere = 0;
            // "St. Lucia": an abbreviation's point is its own token; the forms write it with the word.
            var pointAfter = Tok(i + 1) is { } point && point.Text == "." && point.Paragraph == tok.Paragraph;
            if (pointAfter && CountryFirstWords.TryGetValue(tok.Text + ".", out var maxDotted)) maxHere = Math.Max(maxHere, maxDotted + 1);
            for (var n = Math.Min(Math.Min(max, maxHere), _t.Count - i); n >= 1 && !matched; n--)
            {
                sb.Clear();
                var ok = true;
                for (var k = i; k < i + n; k++)
                {
                    var w = _t[k];
                    if (Claimed(k) || w.Paragraph != tok.Paragraph) { ok = false; break; }
                    if (w.Kind == TokenKind.Possessive) { sb.Append(w.Text.Replace('\u2019', '\'')); continue; }
                    if (k == i + 1 && pointAfter) { sb.Append('.'); continue; }
                    if (!w.IsWord) { ok = false; break; }
                    if (k > i) sb.Append(' ');
                    sb.Append(w.Text);
                }
                if (!ok) continue;
                if (_t[i + n - 1].Kind == TokenKind.Possessive) continue;
                // One word: the token's own text, no new string.
                if (!CountryGazetteer.TryLookup(n == 1 ? tok.Text : sb.ToString(), out var form)) continue;
                if (form.Ambiguous && !AcceptAmbiguous(i, i + n - 1)) continue;
                // "the two Latin American members", "South American leaders": a region's adjective, not the United States'.
                if (n == 1 && form.Kind == CountryFormKind.Adjective && tok.Text == "American" && Tok(i - 1) is { Text: "Latin" or "South" or "North" or "Central" } region
                    && region.Paragraph == tok.Paragraph) continue;
                // "the Minsk format", "the Zentralgrad format", "the Zentralgrad group": a capital that names a format or a group
                // of states is no government.
                if (form.Kind == CountryFormKind.Capital && Tok(i + n) is { IsWord: true, IsCapitalized: false } formatNoun && IsPlaceGroupNoun(formatNoun)) continue;
                // "the Ashgabat Agreement", "the Zentralgrad Process": a capital that opens a name is part of it.
                if (form.Kind == CountryFormKind.Capital && Tok(i + n) is { IsWord: true, IsCapitalized: true } nameHead && nameHead.Paragraph == tok.Paragraph
                    && (OrganizationWords.IsNameHead(nameHead.Text) || nameHead.Is("Agreement") || nameHead.Is("Treaty"))) continue;
                var m = Add(MentionType.Country, i, i + n - 1);
                m.Country = form.Country;
                m.FormKind = form.Kind;
                m.Possessive = IsPossessiveAfter(i + n - 1);
                matched = true;
                i += n - 1;
            }
            if (matched) continue;

            // "North and South Korea": the first point of the compass stands for its state, the rest of the name said once.
            if (tok.Text is "North" or "South" or "East" or "West" && Tok(i + 1) is { } andTok && andTok.Is("and")
                && Tok(i + 2) is { IsWord: true } second && second.Text is "North" or "South" or "East" or "West" && second.Text != tok.Text)
            {
                for (var n = 1; n <= 2 && !matched; n++)
                {
                    if (Tok(i + 2 + n) is not { IsWord: true, IsCapitalized: true }) break;
                    var rest = _doc.Slice(i + 3, i + 2 + n);
                    if (!CountryGazetteer.TryLookup(second.Text + " " + rest, out var secondForm) || secondForm.Kind is not (CountryFormKind.Name or CountryFormKind.Alias)) continue;
                    if (!CountryGazetteer.TryLookup(tok.Text + " " + rest, out var firstForm) || firstForm.Kind is not (CountryFormKind.Name or CountryFormKind.Alias) || firstForm.Ambiguous) continue;
                    var elided = Add(MentionType.Country, i, i);
                    elided.Country = firstForm.Country;
                    elided.FormKind = firstForm.Kind;
                    matched = true;
                }
                if (matched) continue;
            }

            // Hyphenated words: "U.S.-led", "Russian-Chinese", "Moscow-backed".
            if (tok.Text.IndexOf('-') > 0)
            {
                // ("Pan-American": of the Americas, not of the United States.)
                foreach (var part in tok.Text.Split('-'))
                {
                    if (part == "American" && tok.Text.StartsWith("Pan-", StringComparison.Ordinal)) continue;
                    if (part.Length < 2 || !char.IsUpper(part[0])) continue;
                    if (!CountryGazetteer.TryLookup(part, out var form) || form.Ambiguous) continue;
                    var m = new Mention(MentionType.Country, i, i) { Text = part, Country = form.Country, FormKind = form.Kind, Compound = true };
                    Mentions.Add(m);
                    _at[i] ??= m;
                }
            }
        }
        ResolveBareCongo();
        ResolveBareRepublic();
    }

    /// <summary>
    /// "the Irish Republic ... the UK and the Republic joined together in 1973": "the Republic", capitalised on its own, is
    /// the one state the article has named by a form with "Republic" in it.
    /// </summary>
    private void ResolveBareRepublic()
    {
        CountryEntry? named = null;
        var firstNamed = -1;
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Country || m.Compound || m.Country is null || m.First == m.Last || m.Text is not { } written || written.IndexOf("Republic", StringComparison.Ordinal) < 0) continue;
            if (named is not null && named != m.Country) return;
            named = m.Country;
            if (firstNamed < 0) firstNamed = m.First;
        }
        if (named is null) return;
        for (var i = firstNamed + 1; i < _t.Count; i++)
        {
            if (!_t[i].Is("Republic") || Claimed(i) || !(Tok(i - 1) is { } the && the.Is("the")) || Tok(i + 1) is { } next && (next.Is("of") || next.IsWord && next.IsCapitalized)) continue;
            var m = Add(MentionType.Country, i, i);
            m.Country = named;
            m.FormKind = CountryFormKind.Alias;
            m.Possessive = IsPossessiveAfter(i);
        }
    }

    /// <summary>
    /// "Congo" alone is either state. A text names a state in full before it shortens it, so a bare "Congo" told before
    /// the text first names the Democratic Republic in a form of its own ("the Democratic Republic of Congo", "DRC")
    /// is the other one, the Republic of the Congo ("... CEMAC, whose other members are Chad, Congo, ... The other members
    /// of ECCAS are ..., the Democratic Republic of Congo"). "Eastern Congo" and a headline stay the DRC's.
    /// </summary>
    private void ResolveBareCongo()
    {
        CountryEntry? drc = null;
        var firstDistinct = -1;
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Country || m.Compound || m.Country is null || m.Country.Iso2 != "CD") continue;
            drc = m.Country;
            if (!(m.First == m.Last && _t[m.First].Text == "Congo") && (firstDistinct < 0 || m.First < firstDistinct)) firstDistinct = m.First;
        }
        if (!CountryGazetteer.TryLookup("Republic of Congo", out var other) || other.Country is null) return;
        if (firstDistinct < 0)
        {
            // "OPEC admitted the Republic of Congo ... Congo, which pumps about 350,000 barrels per day,": a text that names
            // the Republic of the Congo in full, and the Democratic Republic in no form of its own, shortens the first.
            var republicNamed = false;
            foreach (var m in Mentions) if (m.Type == MentionType.Country && !m.Compound && m.Country == other.Country && !(m.First == m.Last && _t[m.First].Text == "Congo")) republicNamed = true;
            // "The agency's members are Benin, Burkina Faso, Cameroon, the Central African Republic, Congo, Côte d'Ivoire, ...":
            // a bare "Congo" in a list beside the Republic's neighbours of the former French Equatorial Africa, in a text
            // with no word of the Democratic Republic (Kinshasa, Goma, Kivu, its presidents), is the Republic.
            if (!republicNamed && drc is not null && !NamesTheDemocraticRepublic())
            {
                foreach (var m in Mentions)
                {
                    if (m.Type != MentionType.Country || m.Compound || m.Country != drc || m.First != m.Last || _t[m.First].Text != "Congo") continue;
                    if (EquatorialNeighbourInList(m.First)) m.Country = other.Country;
                }
                return;
            }
            if (!republicNamed || drc is null) return;
            foreach (var m in Mentions)
            {
                if (m.Type == MentionType.Country && !m.Compound && m.Country == drc && m.First == m.Last && _t[m.First].Text == "Congo") m.Country = other.Country;
            }
            return;
        }
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Country || m.Compound || m.Country != drc || m.First != m.Last || m.First > firstDistinct || _t[m.First].Text != "Congo") continue;
            if (_doc.Paragraphs[_t[m.First].Paragraph].IsHeading) continue;
            var before = Tok(m.First - 1) is { } the && the.Is("the") ? m.First - 2 : m.First - 1;
            if (Tok(before) is { } side && (side.IsIgnoreCase("eastern") || side.IsIgnoreCase("east") || side.Is("of") && Tok(before - 1) is { } east && east.Is("east"))) continue;
            m.Country = other.Country;
        }
    }

    /// <summary>Whether the text has a word only the Democratic Republic of the Congo gives: its capital, its east, its presidents.</summary>
    private bool NamesTheDemocraticRepublic()
    {
        foreach (var t in _t)
        {
            if (!t.IsWord || !t.IsCapitalized) continue;
            if (t.Text is "Kinshasa" or "Goma" or "Kivu" or "Lubumbashi" or "Katanga" or "Kisangani" or "Bukavu" or "Ituri" or "Tshisekedi" or "Kabila" or "Mobutu" or "Lumumba" or "Zaire" or "Congolese"
                or "M23" or "Kasai" or "Kinshasa's") return true;
        }
        return false;
    }

    /// <summary>Whether the "Congo" at <paramref name="i"/> is an item of a list that names Gabon, Cameroon, Chad, the Central African Republic or Equatorial Guinea.</summary>
    private bool EquatorialNeighbourInList(int i)
    {
        var sentence = _t[i].Sentence;
        for (var k = Math.Max(0, i - 30); k < _t.Count && k <= i + 30; k++)
        {
            if (_t[k].Sentence != sentence || At(k) is not { Type: MentionType.Country, Country: { } c }) continue;
            if (c.Iso2 is "GA" or "CM" or "TD" or "CF" or "GQ") return true;
        }
        return false;
    }

    public bool IsPossessiveAfter(int last)
    {
        var next = Tok(last + 1);
        if (next is null) return false;
        if (next.Kind == TokenKind.Possessive) return true;
        // "Cyprus' president": an apostrophe right after a word ending in s.
        return next.Kind == TokenKind.QuoteMark && next.Role == MarkRole.Apostrophe && next.Start == _t[last].End
               && _t[last].Text.EndsWith("s", StringComparison.Ordinal);
    }

    private bool AcceptAmbiguous(int first, int last)
    {
        // Part of a longer capitalised name ("Michael Jordan", "Georgia Meloni") is not the country.
        var prev = Tok(first - 1);
        if (prev is not null && prev.IsWord && prev.IsCapitalized && !IsSentenceInitial(first - 1) && prev.Paragraph == _t[first].Paragraph
            && !CountryGazetteer.TryLookup(prev.Text, out _) && !TitleWords.Contains(prev.Text)) return false;
        var next = Tok(last + 1);
        if (next is not null && next.IsWord && next.IsCapitalized && next.Paragraph == _t[first].Paragraph && TitleStartingAt(last + 1, Math.Min(_t.Count - 1, last + 5), out _) < 0) return false;
        return true;
    }

    // ---------------------------------------------------------------- bodies

    private void FindBodies()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _t.Count; i++)
        {
            if ((i & 0x3FF) == 0) _ct.ThrowIfCancellationRequested();
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i)) continue;

            // Named institutions: "Kremlin", "White House", "Xinhua".
            if (!tok.Has(WordClass.NamedBodyStart | WordClass.BodyHeadStart | WordClass.Document)) continue;
            var named = false;
            NamedBodyFirstWords.TryGetValue(tok.Text, out var namedMax);
            for (var n = Math.Min(4, namedMax); n >= 1 && !named; n--)
            {
                if (i + n > _t.Count) continue;
                sb.Clear();
                var ok = true;
                for (var k = i; k < i + n; k++)
                {
                    if (!_t[k].IsWord || Claimed(k)) { ok = false; break; }
                    if (k > i) sb.Append(' ');
                    sb.Append(_t[k].Text);
                }
                if (!ok || !BodyNouns.TryGetNamedBody(sb.ToString(), out var iso)) continue;
                var surface = sb.ToString();
                var body = BodyIndex(surface, surface.ToLowerInvariant(), i);
                var m = Add(MentionType.Body, i, i + n - 1, surface);
                m.Entity = body;
                Bodies[body].Country ??= CountryName(iso);
                named = true;
                i += n - 1;
            }
            if (named) continue;

            // Head nouns: "foreign ministry", "presidency", "news agency".
            var headLen = MatchBodyHead(i);
            // "Chief Executive Officer Somsack Inthavong": a longer title that starts with the head is a person's title.
            if (headLen > 0 && _t[i].IsCapitalized)
            {
                for (var ts = Math.Max(0, i - 2); ts <= i; ts++)
                {
                    if (TitleStartingAt(ts, Math.Min(_t.Count - 1, ts + 5), out _) is var titleLast && titleLast > i + headLen - 1
                        && Tok(titleLast + 1) is { } afterTitle && afterTitle.IsWord && afterTitle.IsCapitalized)
                    {
                        headLen = 0;
                        break;
                    }
                }
            }
            if (headLen > 0)
            {
                var headLast = i + headLen - 1;
                // "Ministry of Foreign Affairs"
                if (_t[i].IsCapitalized && Tok(headLast + 1) is { } of && of.Is("of") && Tok(headLast + 2) is { } cap && cap.IsCapitalized)
                {
                    headLast = RunEnd(headLast + 2, allowConnectors: true);
                }
                var first = i;
                Mention? country = null;
                // Extend left over modifiers, capitalised names and one country mention.
                var j = i - 1;
                var modifiers = 0;
                while (j >= 0 && _t[j].Paragraph == tok.Paragraph && modifiers < 3)
                {
                    var w = _t[j];
                    if (w.Kind == TokenKind.Possessive && At(j - 1) is { Type: MentionType.Country } pc)
                    {
                        country = pc;
                        first = pc.First;
                        break;
                    }
                    if (w.Kind == TokenKind.Possessive && Tok(j - 1) is { } owner && owner.IsWord && owner.IsCapitalized && !Claimed(j - 1) && !IsSentenceInitialFunction(j - 1))
                    {
                        // "Meloni's office": a person's office speaks for them. "President Gitanas Nausėda's office": the
                        // owner's full name is left to the people's pass.
                        if (Tok(j - 2) is { IsWord: true, IsCapitalized: true } given && !Claimed(j - 2) && given.Paragraph == w.Paragraph && !IsSentenceInitialFunction(j - 2)) break;
                        first = j - 1;
                        break;
                    }
                    if (At(j) is { Type: MentionType.Country } c && !c.Compound)
                    {
                        country = c;
                        first = c.First;
                        break;
                    }
                    if (Claimed(j)) break;
                    if (w.IsWord && (BodyModifiers.Contains(w.Text) || w.IsCapitalized && !CommonWords.IsSentenceStartFunctionWord(w.Text) && !IsSentenceInitialFunction(j)))
                    {
                        first = j;
                        modifiers++;
                        j--;
                        continue;
                    }
                    break;
                }
                var headText = _doc.Slice(i, i + headLen - 1).ToLowerInvariant();
                var capitalised = false;
                for (var k = first; k <= headLast; k++) if (_t[k].IsCapitalized && At(k) is null) capitalised = true;
                var name = _doc.Slice(first, headLast);
                if (country is null && !capitalised)
                {
                    // "the ministry": a reference to a body named before.
                    var generic = Add(MentionType.Body, first, headLast, name);
                    generic.Role = headText;
                    i = headLast;
                    continue;
                }
                var idx = BodyIndex(name, headText, first);
                if (country?.Country is not null) Bodies[idx].Country ??= country.Country.Name;
                // The country mention stays a country mention; the body covers the rest.
                var start = country is not null ? country.Last + 1 : first;
                if (Tok(start) is { Kind: TokenKind.Possessive }) start++;
                if (Tok(start) is { } ap && ap.Kind == TokenKind.QuoteMark && ap.Role == MarkRole.Apostrophe) start++;
                var bm = new Mention(MentionType.Body, country?.First ?? first, headLast) { Text = name, Entity = idx };
                Mentions.Add(bm);
                for (var k = start; k <= headLast; k++) _at[k] = bm;
                i = headLast;
                continue;
            }

            var twoWordDocument = DocumentFirstWords.Contains(tok.Text) && Tok(i + 1) is { } n2 && DocumentSet.Contains(tok.Text + " " + n2.Text);
            if (twoWordDocument || DocumentSet.Contains(tok.Text))
            {
                var len = twoWordDocument ? 2 : 1;
                if (tok.IsIgnoreCase("post") || tok.IsIgnoreCase("report") || tok.IsIgnoreCase("release") || tok.IsIgnoreCase("letter")
                    || tok.IsIgnoreCase("resolution") || tok.IsIgnoreCase("declaration"))
                {
                    // Ambiguous nouns are documents only right after an article or possessive.
                    var prev = Tok(i - 1);
                    if (prev is null || !(prev.IsIgnoreCase("a") || prev.IsIgnoreCase("the") || prev.Kind == TokenKind.Possessive || prev.IsIgnoreCase("its") || prev.IsIgnoreCase("joint")))
                    {
                        continue;
                    }
                }
                var dm = Add(MentionType.Document, i, i + len - 1);
                dm.Role = _doc.Slice(i, i + len - 1).ToLowerInvariant();
                i += len - 1;
            }
        }
    }

    private bool IsSentenceInitialFunction(int j) => IsSentenceInitial(j) && CommonWords.IsSentenceStartFunctionWord(_t[j].Text);

    private int MatchBodyHead(int i)
    {
        if (!_t[i].Has(WordClass.BodyHeadStart) || !BodyHeadsByFirst.TryGetValue(_t[i].Text, out var candidates)) return 0;
        foreach (var (words, _) in candidates)
        {
            if (i + words.Length > _t.Count) continue;
            var ok = true;
            for (var k = 0; k < words.Length; k++)
            {
                var w = _t[i + k];
                if (!w.IsWord || Claimed(i + k) || !string.Equals(w.Text, words[k], StringComparison.OrdinalIgnoreCase)) { ok = false; break; }
            }
            if (!ok) continue;
            // A plural or a compound noun ("government forces") is not the body.
            if (Tok(i + words.Length) is { } after && after.IsWord && !after.IsCapitalized && (after.Text is "forces" or "officials" or "troops" or "building" or "buildings" or "sources" or "spokesman" or "spokeswoman" or "spokesperson" or "official"))
            {
                return 0;
            }
            return words.Length;
        }
        return 0;
    }

    private int BodyIndex(string name, string head, int token)
    {
        var clean = StripArticle(name);
        for (var k = 0; k < Bodies.Count; k++)
        {
            if (string.Equals(Bodies[k].Name, clean.Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase)) return k;
        }
        Bodies.Add(new BodyEntity(clean.Replace('\u2019', '\''), head) { FirstToken = token });
        return Bodies.Count - 1;
    }

    public static string StripArticle(string s)
    {
        foreach (var a in new[] { "the ", "The ", "a ", "A ", "an ", "An " })
        {
            if (s.StartsWith(a, StringComparison.Ordinal)) return s.Substring(a.Length);
        }
        return s;
    }

    private static string? CountryName(string iso)
    {
        foreach (var c in CountryGazetteer.All)
        {
            if (c.Iso2 == iso) return c.Name;
        }
        return null;
    }

    /// <summary>
    /// The mention that starts at a token, preferring a body or person that a country word begins
    /// ("Turkish presidency", "China's foreign ministry", "Kazakh President Tokayev").
    /// </summary>
    public Mention? SpeakerAt(int j)
    {
        var m = At(j);
        if (m is { Type: MentionType.Country })
        {
            var k = m.Last + 1;
            if (Tok(k) is { Kind: TokenKind.Possessive }) k++;
            if (At(k) is { Type: MentionType.Body or MentionType.Person } owner && (owner.First <= j || owner.First == k)) return owner;
        }
        return m;
    }

    private void LinkDocuments()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Document) continue;
            // "a readout from the Turkish presidency", "a statement by the ministry", "issued by".
            var j = m.Last + 1;
            if (Tok(j) is { } v && (v.Is("issued") || v.Is("released") || v.Is("published") || v.Is("posted"))) j++;
            if (Tok(j) is { } p && (p.Is("from") || p.Is("by") || p.Is("of")))
            {
                j++;
                while (Tok(j) is { } d && (d.Is("the") || d.Is("a") || d.Is("state") || d.Is("media") || d.Is("its"))) j++;
                if (SpeakerAt(j) is { } issuer && issuer.Type is MentionType.Body or MentionType.Person or MentionType.Organization or MentionType.Country)
                {
                    m.Issuer = issuer;
                    continue;
                }
            }
            // "the ministry's statement", "Velasco's letter"
            var k = m.First - 1;
            while (Tok(k) is { } w && w.IsWord && (w.Is("joint") || w.Is("written") || w.Is("official") || w.Is("brief"))) k--;
            if (Tok(k) is { Kind: TokenKind.Possessive } && At(k - 1) is { } owner && owner.Type is MentionType.Body or MentionType.Person or MentionType.Organization or MentionType.Country)
            {
                m.Issuer = owner;
            }
        }
    }

    // ---------------------------------------------------------------- people

    private bool IsNameToken(int i)
    {
        var tok = _t[i];
        if (!tok.IsWord || Claimed(i)) return false;
        var text = tok.Text;
        if (!tok.IsCapitalized && !IsArabicParticleName(text)) return false;
        if (!HasLower(text) && text.Length > 1) return false; // acronyms
        if (text.Length == 1 && !(Tok(i + 1) is { } initialDot && initialDot.Is(".") && initialDot.Start == tok.End)) return false; // "I", "X"
        if (text is "Additional" or "Reporting" or "Editing" or "Writing" or "Update" or "Updated" or "Photo" or "Video" or "Sherpa") return false;
        // Bylines and page furniture: "By X", "X Published Fri", "X Political Editor", "Opinion X", "Source".
        if (text is "By" or "Published" or "Posted" or "Copyright" or "Source" or "Staff" or "Opinion" or "Author" or "Correspondent"
            or "Reporter" or "Editor" or "Columnist" or "Read" or "Contributor") return false;
        // Number words are nobody's name ("Eight Opec+ producers today ...").
        if (tok.Has(WordClass.Number)) return false;
        // Pronouns and determiners are nobody's name ("It tells everybody", "That is why").
        if (tok.Has(WordClass.Pronoun) || text is "That" or "This" or "These" or "Those" or "We" or "Our" or "Nobody" or "Everyone"
            or "Everybody" or "Somebody" or "Someone" or "Last" or "Having") return false;
        // "Historian Dr X said", "Analyst X": a role noun that opens a sentence.
        if (IsSentenceInitial(i) && RoleNouns.Contains(text)) return false;
        // Months, weekdays, name heads ("Union"), function words and speech verbs: the word's classes,
        // computed once per distinct word (WordClasses.Classify, from the same lists).
        if (tok.Has(WordClass.OrganizationHead)) return false;
        // "Tran Thi Minh Thu said", "Theresa May said": a month or a weekday's short form that ends a name ("Thursday"
        // itself never does; a number after it makes it a date).
        if (tok.Has(WordClass.MonthOrWeekday)
            && !(i > 0 && _t[i - 1].IsWord && _t[i - 1].IsCapitalized && !_t[i - 1].Has(WordClass.MonthOrWeekday | WordClass.FunctionWord) && _t[i - 1].Paragraph == tok.Paragraph
                 && !text.EndsWith("day", StringComparison.Ordinal) && !(Tok(i + 1) is { Kind: TokenKind.Number }) && !(Tok(i + 1) is { } dot && dot.Is(".")))) return false;
        if (RegionWords.Contains(text)) return false;
        if (text is "Host" or "Former" or "Veteran" or "Opposition" or "Incumbent" or "Outgoing" or "Incoming" or "Acting" or "Interim" or "Then" or "Late" or "Deputy" or "Senior" or "Top") return false;
        var functionWord = tok.Has(WordClass.FunctionWord);
        if (IsSentenceInitial(i) && (functionWord || tok.Has(WordClass.SpeechVerb) || InLowerVocabulary(text))) return false;
        if (functionWord && text is "The" or "A" or "An" or "In" or "On" or "At" or "But" or "And" or "Of" or "For" or "To") return false;
        foreach (var c in text) if (char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// A line break before token <paramref name="k"/> that ends a header line: the line before it is short (a byline, a
    /// dateline, "Megan Toh" above "Published Fri, Dec 8") or a title-case headline. Wrapped prose has long lines, so a
    /// name broken over two lines of a wrapped paragraph stays whole.
    /// </summary>
    private bool HeaderLineBreak(int k)
    {
        var text = _doc.Text;
        var prevEnd = _t[k - 1].End;
        var nl = text.IndexOf('\n', prevEnd, _t[k].Start - prevEnd);
        if (nl < 0) return false;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, prevEnd - 1));
        lineStart = lineStart < 0 ? 0 : lineStart + 1;
        if (prevEnd - lineStart < 50) return true;
        // A title-case headline, the article's first line: every word of four letters or more capitalised.
        if (lineStart > _t[0].Start) return false;
        int words = 0, caps = 0;
        for (var b = k - 1; b >= 0 && _t[b].Start >= lineStart; b--)
        {
            if (!_t[b].IsWord || _t[b].Text.Length < 4) continue;
            words++;
            if (_t[b].IsCapitalized) caps++;
        }
        return words >= 3 && caps == words;
    }

    /// <summary>
    /// The organisation "the Alliance" at <paramref name="at"/> stands for: one whose name opens with the word, one the text
    /// called an alliance before ("the NATO alliance", "the 23-country OPEC+ alliance"), else one named a treaty organisation.
    /// </summary>
    private int AllianceFor(int at)
    {
        for (var k = 0; k < Orgs.Count; k++)
        {
            if (Orgs[k].Name is { } n && n.StartsWith("Alliance ", StringComparison.Ordinal)) return k;
        }
        for (var k = at - 1; k > 0; k--)
        {
            if (!_t[k].Is("alliance")) continue;
            if (At(k - 1) is { Type: MentionType.Organization } called && called.Entity >= 0) return called.Entity;
            // Acronyms are linked after names: "the ZTO alliance" by the acronym's text.
            for (var o = 0; o < Orgs.Count; o++) if (Orgs[o].Acronym is { } acronym && _t[k - 1].Is(acronym)) return o;
        }
        var treaty = -1;
        for (var k = 0; k < Orgs.Count; k++)
        {
            if (Orgs[k].Name is not { } n || n.IndexOf("Treaty Organi", StringComparison.Ordinal) < 0) continue;
            if (treaty >= 0) return -1;
            treaty = k;
        }
        if (treaty >= 0) return treaty;
        // "Croatia and Montenegro are NATO members, while Serbia ... stays outside the Alliance": the one organisation the
        // sentence names before it.
        var same = -1;
        for (var k = at - 1; k >= 0 && _t[k].Sentence == _t[at].Sentence; k--)
        {
            var named = At(k) is { Type: MentionType.Organization } m && m.Entity >= 0 ? m.Entity : -1;
            if (named < 0 && _t[k].IsWord && _t[k].Text.Length > 1 && !HasLower(_t[k].Text))
            {
                for (var o = 0; o < Orgs.Count && named < 0; o++) if (Orgs[o].Acronym is { } acronym && _t[k].Is(acronym)) named = o;
            }
            if (named < 0) continue;
            if (same >= 0 && same != named) return -1;
            same = named;
        }
        return same;
    }

    /// <summary>Token <paramref name="k"/> is the first of its line.</summary>
    private bool StartsLine(int k)
    {
        if (k == 0) return true;
        var prevEnd = _t[k - 1].End;
        return _doc.Text.IndexOf('\n', prevEnd, _t[k].Start - prevEnd) >= 0;
    }

    /// <summary>"II", "III", "VI", "XVI": a regnal number after a monarch's name.</summary>
    private bool IsRegnalNumber(int k)
    {
        var t = _t[k];
        if (!t.IsWord || t.Text.Length > 5 || Claimed(k)) return false;
        foreach (var c in t.Text) if (c is not ('I' or 'V' or 'X')) return false;
        return t.Text.Length > 1 || t.Text is "V" or "X";
    }

    /// <summary>
    /// The office a portfolio before token <paramref name="k"/> + 1 belongs to: "Minister of", "Minister for Trade and",
    /// "Minister of Foreign Affairs, African Cooperation and", "Minister of State for". Returns the office's last token, or -1.
    /// </summary>
    private int PortfolioOfficeBefore(int k)
    {
        var b = k;
        for (var steps = 0; steps < 16 && Tok(b) is { } t; steps++, b--)
        {
            if (t.Is("of") || t.Is("for"))
            {
                if (OfficeBefore(b - 1)) return b - 1;
                // "Minister of State for Energy Affairs"
                if (Tok(b - 1) is { } st && st.Is("State") && Tok(b - 2) is { } of2 && of2.Is("of") && OfficeBefore(b - 3)) return b - 3;
                return -1;
            }
            if (t.Is("and") || t.Is(",") || t.Is("&") || t.IsWord && IsPortfolioWord(t.Text)) continue;
            return -1;
        }
        return -1;
    }

    /// <summary>A word of a ministry's portfolio: "Affairs", "Electricity", or a state's adjective ("Moroccan Expatriates").</summary>
    private static bool IsPortfolioWord(string text)
        => Portfolios.Contains(text) || CountryGazetteer.TryLookup(text, out var form) && form.Kind == CountryFormKind.Adjective;

    /// <summary>An office right before "of"/"for" at <paramref name="k"/>: "Minister", "Minister-in-charge", "Secretary", "Commissioner".</summary>
    private bool OfficeBefore(int k)
    {
        if (Tok(k) is not { IsWord: true } t) return false;
        if (t.Text is "Minister" or "Secretary" or "Commissioner" or "Minister-in-charge" or "Ministers" or "Secretary-General" or "Director"
            or "Envoy" or "Representative" or "Coordinator" or "Adviser" or "Advisor" or "Ambassador") return true;
        return t.Text is "charge" && Tok(k - 1) is { } dash && dash.Is("-") && Tok(k - 2) is { } inWord && inWord.Is("in");
    }

    /// <summary>Where the office ending at <paramref name="k"/> starts ("Deputy Minister", "Minister-in-charge").</summary>
    private int TitleStartBefore(int k)
    {
        var b = k;
        while (b - 1 >= 0 && _t[b - 1].Paragraph == _t[k].Paragraph && (_t[b - 1].Is("-") || _t[b - 1].IsWord && (_t[b - 1].Is("in") && Tok(b - 2) is { } dash && dash.Is("-") || _t[b - 1].IsCapitalized && (IsTitleToken(b - 1) || TitleModifierWords.Contains(_t[b - 1].Text))))) b--;
        return b;
    }

    private bool IsCompanyRun(int first, int last)
    {
        for (var k = first; k <= last + 1 && k < _t.Count; k++)
        {
            if (_t[k].IsWord && CompanyWords.Contains(_t[k].Text) && (k > first)) return true;
        }
        return false;
    }

    /// <summary>"al-Harbi", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.</summary>
    private static bool IsArabicParticleName(string text)
    {
        var dash = text.IndexOf('-');
        if (dash < 1 || dash > 3 || dash + 1 >= text.Length || !char.IsUpper(text[dash + 1])) return false;
        return dash switch
        {
            2 => Prefix(text, "al") || Prefix(text, "el") || Prefix(text, "ad") || Prefix(text, "as") || Prefix(text, "an")
                || Prefix(text, "ar") || Prefix(text, "at") || Prefix(text, "az") || Prefix(text, "bu"),
            3 => Prefix(text, "ash") || Prefix(text, "bin") || Prefix(text, "ibn") || Prefix(text, "abu"),
            _ => false,
        };

        static bool Prefix(string text, string particle) => string.CompareOrdinal(text, 0, particle, 0, particle.Length) == 0;
    }

    /// <summary>A one-word title or role (the word's class, computed once per distinct word from the same lists as <see cref="TitleWords"/>).</summary>
    // "10:48 PM IST": a time, not a prime minister.
    private bool IsTitleToken(int i) => _t[i].IsWord && _t[i].Has(WordClass.TitleWord) && !(_t[i].Text == "PM" && Tok(i - 1) is { Kind: TokenKind.Number });

    /// <summary>The longest title whose words end at token <paramref name="end"/> (case-insensitive); returns its first token or -1.</summary>
    private int TitleEndingAt(int end, out string title)
    {
        title = string.Empty;
        if (end < 0 || end >= _t.Count || !_t[end].Has(WordClass.TitleEnd) || !TitlesByLast.TryGetValue(Key(_t[end].Text), out var candidates)) return -1;
        foreach (var (words, _) in candidates)
        {
            var first = end - words.Length + 1;
            if (first < 0 || !WordsAt(first, words)) continue;
            title = _doc.Slice(first, end);
            return first;
        }
        return -1;
    }

    /// <summary>The longest title whose words start at token <paramref name="start"/>; returns its last token or -1.</summary>
    private int TitleStartingAt(int start, int limit, out string title)
    {
        title = string.Empty;
        if (start < 0 || start >= _t.Count || !_t[start].Has(WordClass.TitleStart) || !TitlesByFirst.TryGetValue(Key(_t[start].Text), out var candidates)) return -1;
        foreach (var (words, _) in candidates)
        {
            var last = start + words.Length - 1;
            if (last > limit || last >= _t.Count || !WordsAt(start, words)) continue;
            title = _doc.Slice(start, last);
            return last;
        }
        return -1;
    }

    /// <summary>The tokens from <paramref name="first"/> on are these words (case-insensitive, abbreviation points ignored).</summary>
    private bool WordsAt(int first, string[] words)
    {
        if (first + words.Length > _t.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var w = _t[first + k];
            if (!w.IsWord || !string.Equals(w.Text.TrimEnd('.'), words[k].TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private sealed class NameRun
    {
        public int First;
        public int Last;
        public int MentionFirst;
        public string? Title;
        public string? Country;
        public char Gender;
        public bool Evidence;
        public string[] Parts = Array.Empty<string>();
    }

    private void FindPeople()
    {
        var runs = new List<NameRun>();
        for (var i = 0; i < _t.Count; i++)
        {
            if ((i & 0x3FF) == 0) _ct.ThrowIfCancellationRequested();
            var tok = _t[i];
            // Particles ("bin", "van") are lower-case words: no lookup for other tokens.
            var particleStart = tok.IsWord && !tok.IsCapitalized && NameParticles.Contains(tok.Text) && i + 1 < _t.Count && (IsNameToken(i + 1) || NameParticles.Contains(_t[i + 1].Text) && i + 2 < _t.Count && IsNameToken(i + 2));
            if (!tok.IsWord || !(tok.IsCapitalized || IsArabicParticleName(tok.Text) || particleStart) || Claimed(i)) continue;

            // A run of capitalised words, possibly starting with titles.
            var j = i;
            var last = i - 1;
            var participants = false;
            while (j < _t.Count && _t[j].Paragraph == tok.Paragraph)
            {
                // A header line ends a name: "Megan Toh\nPublished Fri", a headline and the byline under it.
                if (j > i && HeaderLineBreak(j)) break;
                // "the Caricom Heads of Government meeting": a run that names a meeting's participants names nobody.
                if (j > i && _t[j].Text is "Heads" or "Leaders" or "Ministers" && Tok(j + 1) is { } ofParticipants && ofParticipants.Is("of")) { participants = true; break; }
                // "Mercosur Leaders Pledge Closer Ties": a headline's plural noun of office is no part of anybody's name.
                if (_t[j].Text is "Leaders" or "Ministers" or "Officials" or "Delegates" or "Envoys" or "Members" or "Diplomats" or "Lawmakers") { participants = j > i; break; }
                // "Mohammed VI", "Elizabeth II": a regnal number ends the name.
                if (j > i && last == j - 1 && IsRegnalNumber(j) && IsNameToken(j - 1)) { last = j; j++; break; }
                if (_t[j].IsWord && !Claimed(j) && (_t[j].IsCapitalized && (IsNameToken(j) || IsTitleToken(j) || TitleStartingAt(j, _t.Count - 1, out _) >= 0) || IsArabicParticleName(_t[j].Text))) { last = j; j++; continue; }
                if (_t[j].IsWord && !Claimed(j) && NameParticles.Contains(_t[j].Text) && (j > i || particleStart) && j + 1 < _t.Count && (IsNameToken(j + 1) || NameParticles.Contains(_t[j + 1].Text))) { j++; continue; }
                if (_t[j].Is(".") && j > i && (_t[j - 1].Text.Length == 1 || _t[j - 1].Text is "Ma" or "Md" or "Mohd" or "Muhd") && j + 1 < _t.Count && IsNameToken(j + 1)) { j++; continue; } // George W. Bush, Ma. Cristina Roque
                // "Commerce and Industry Minister Piyush Goyal": "and" inside a title.
                if (_t[j].Is("and") && j > i && TitleStartingAt(i, Math.Min(_t.Count - 1, j + 4), out _) > j) { j++; continue; }
                break;
            }
            if (last < i) continue;
            if (participants && !HeaderLineBreak(j)) { i = last; continue; }
            // "the Adriatic Charter, a US-backed group set up by ...": a name a bloc noun describes is no person's.
            if (BlocAppositionAfter(last) && Tok(i - 1) is { } theBefore && theBefore.IsIgnoreCase("the")) { i = last; continue; }

            var run = new NameRun { MentionFirst = i };
            // Strip leading titles and honorifics ("Prime Minister", "President", "Mr").
            var s = i;
            while (s <= last)
            {
                var tl = TitleStartingAt(s, last, out var title);
                if (tl < 0 || tl == last && s == i && !HasTitleBefore(i)) break;
                if (tl == last) break; // a title alone: nobody named
                if (Titles.IsHonorific(title.TrimEnd('.')))
                {
                    if (Titles.TryGetGender(title.TrimEnd('.'), out var g)) run.Gender = g;
                }
                else
                {
                    run.Title = title;
                    if (Titles.TryGetGender(title, out var g)) run.Gender = g;
                }
                run.Evidence = true;
                s = tl + 1;
                if (Tok(s) is { } dot && dot.Is(".")) s++;
            }
            // "Minister of Foreign Affairs Nasser Bourita", "Minister-in-charge of Trade Relations Grace Fu": the portfolio
            // the run opens with belongs to the office before it.
            if (s == i && PortfolioOfficeBefore(i - 1) is var officeEnd && officeEnd >= 0)
            {
                var p0 = s;
                while (p0 <= last && _t[p0].IsWord && IsPortfolioWord(_t[p0].Text)) p0++;
                if (p0 > s)
                {
                    if (p0 > last) { i = last; continue; }
                    s = p0;
                    run.Evidence = true;
                    run.Title ??= _doc.Slice(TitleStartBefore(officeEnd), p0 - 1);
                }
            }
            // A title inside the run: "Mining Minister Aurora Villanueva-Soto" → title "Mining Minister".
            for (var k = last - 1; k >= s; k--)
            {
                if (!IsTitleToken(k) || Titles.IsHonorific(_t[k].Text.TrimEnd('.'))) continue;
                if (Tok(k - 1) is { } particle && NameParticles.Contains(particle.Text)) continue; // bin Sultan
                var tf = TitleEndingAt(k, out var inner);
                if (tf < 0) break;
                var qualifier = tf > s ? _doc.Slice(s, tf - 1) + " " : string.Empty;
                run.Title = (qualifier.Length > 0 && qualifier.Split(' ').Length <= 2 ? qualifier : string.Empty) + inner;
                if (Titles.TryGetGender(inner, out var g3)) run.Gender = g3;
                run.Evidence = true;
                s = k + 1;
                break;
            }
            // "the Zentral Counter-Terrorism Action Plan", "the Zentral Vision Statement": a run that ends in a text's or a plan's
            // noun names a document, nobody.
            if (run.Title is null && last > i && (IsNamedDocumentNoun(_t[last].Text) || Tok(last + 1) is { IsWord: true } docNoun && IsNamedDocumentNoun(docNoun.Text))) { i = last; continue; }
            // Trailing titles are not part of a name ("Velasco Tuesday").
            var e = last;
            var regnal = e > s && IsRegnalNumber(e) && !HeaderLineBreak(e);
            if (regnal) e--;
            while (e >= s && (IsTitleToken(e) || !IsNameToken(e) && !NameParticles.Contains(_t[e].Text))) e--;
            if (regnal && e == last - 1) e = last;
            if (e < s) { i = last; continue; }
            // "Harriet Calloway Political Editor", "Tham Wei Ling Regional Correspondent": the desk before a byline's role.
            if (e == last && e - s >= 2 && Tok(e + 1) is { IsWord: true } role && role.Text is "Editor" or "Correspondent" or "Reporter" or "Writer" or "Columnist"
                && DeskWords.Contains(_t[e].Text)) e--;
            // "Cenovus Energy Inc", "Kestrel Ridge Asset Management": a company, not a person.
            if (IsCompanyRun(i, last)) { i = last; continue; }
            // Skip runs that start with a non-name (a title word we did not strip).
            while (s <= e && !IsNameToken(s) && !(NameParticles.Contains(_t[s].Text) && particleStart && s == i)) s++;
            if (s > e) { i = last; continue; }

            // "Surangel Whipps Jr.": the suffix keeps its point.
            if (Tok(e + 1) is { } jr && jr.Is(".") && jr.Start == _t[e].End && _t[e].Text is "Jr" or "Sr") e++;
            run.First = s;
            run.Last = e;
            var parts = new List<string>();
            for (var k = s; k <= e; k++)
            {
                if (_t[k].IsWord) parts.Add(Tok(k + 1) is { } pt && pt.Is(".") && pt.Start == _t[k].End && k + 1 <= e ? _t[k].Text + "." : _t[k].Text);
            }
            if (parts.Count > 6) { i = last; continue; }
            // "Hong Kong", "New Caledonia": a territory is a place, nobody's name.
            if (parts.Count <= 3 && Territories.Contains(string.Join(" ", parts))) { i = last; continue; }
            // "The Open Balkan initiative", "the Lublin Triangle format": a name before a bloc noun is no person's.
            if (run.Title is null && Tok(e + 1) is { IsWord: true, IsCapitalized: false } blocNoun && BlocNamesAfter.Contains(blocNoun.Text)) { i = last; continue; }
            run.Parts = parts.ToArray();

            // A title and country before the run: "Kazakh President", "Turkey's President", "Turkish leader".
            if (run.Title is null)
            {
                var tf = TitleEndingAt(i - 1, out var title);
                if (tf >= 0)
                {
                    if (Titles.TryGetGender(title, out var g)) run.Gender = g;
                    // "foreign policy aide", "security analyst", "Senior General": modifiers before the role word.
                    var m0 = tf;
                    while (m0 - 1 >= 0 && tf - m0 < 3 && TitleModifier(m0 - 1)) m0--;
                    if (m0 < tf)
                    {
                        title = _doc.Slice(m0, i - 1);
                        tf = m0;
                    }
                    run.Title = title;
                    run.Evidence = true;
                    run.MentionFirst = tf;
                    run.Country = CountryBefore(tf);
                }
                else if (Tok(i - 1) is { } h && Titles.IsHonorific(h.Text.TrimEnd('.')) || Tok(i - 1) is { } dot && dot.Is(".") && Tok(i - 2) is { } h2 && Titles.IsHonorific(h2.Text))
                {
                    run.Evidence = true;
                    // "Tanzania's Dr Stergomena Lawrence Tax": the state's possessive before the honorific.
                    run.Country ??= CountryBefore(Tok(i - 1)!.Is(".") ? i - 2 : i - 1);
                }
                else if (e > i && CountryBefore(i) is { } ownState && (Tok(i - 1) is { Kind: TokenKind.Possessive } || Tok(i - 1) is { Kind: TokenKind.QuoteMark, Role: MarkRole.Apostrophe }))
                {
                    // "Estonia's Indrek Saar, a former culture minister": the state's possessive right before a full name
                    // (not before a surname alone, "China's Xi said", which refers back to a person introduced earlier).
                    run.Country ??= ownState;
                }
                else if (Tok(i - 1) is { } comma0 && comma0.Is(",") && TitleBeforeComma(i - 1, out var t2, out var tf2, out var ofCountry))
                {
                    // "Germany's chancellor, Friedrich Adler," / "the French president, Antoine Mercier," /
                    // "the president of the ECOWAS Commission, Omar Alieu Touray," / "The European Commission president, Ursula von der Leyen,"
                    var bi = tf2 - 1;
                    while (Tok(bi) is { } adj && adj.IsWord && !adj.IsCapitalized && adj.Text is "outgoing" or "incoming" or "former" or "new" or "current" or "acting" or "interim" or "then" or "newly" or "elected" or "powerful" or "veteran") bi--;
                    var before = Tok(bi);
                    var country = CountryBefore(bi + 1) ?? ofCountry;
                    var owner = before is { Kind: TokenKind.Possessive } || At(bi) is { Type: MentionType.Organization or MentionType.Body };
                    if (country is not null || owner || before is not null && (before.IsIgnoreCase("the") || before.IsIgnoreCase("its") || before.IsIgnoreCase("a")))
                    {
                        run.Title = CleanTitle(t2);
                        run.Country = country;
                        run.Evidence = true;
                    }
                }
            }
            else
            {
                run.Country = CountryBefore(i);
            }

            // Apposition after: ", Turkey's president," ", the Brazilian leader,".
            if (Tok(e + 1) is { } comma && comma.Is(","))
            {
                var k = e + 2;
                string? country = null;
                while (Tok(k) is { } d && (d.Is("the") || d.Is("a") || d.Is("an") || d.Is("its") || d.Is("then"))) k++;
                // "Henry Puna, a former prime minister of the Cook Islands,": the state of a former office.
                var former = Tok(k) is { } fm && (fm.Is("former") || fm.Is("outgoing"));
                if (former) k++;
                if (At(k) is { Type: MentionType.Country } cm)
                {
                    country = cm.Country!.Name;
                    k = cm.Last + 1;
                    if (Tok(k) is { Kind: TokenKind.Possessive }) k++;
                }
                else if (At(k) is { Type: MentionType.Organization } om)
                {
                    k = om.Last + 1;
                    if (Tok(k) is { Kind: TokenKind.Possessive }) k++;
                }
                var tl = TitleStartingAt(k, Math.Min(_t.Count - 1, k + 4), out var title);
                if (tl >= 0 && !Titles.IsHonorific(title))
                {
                    run.Evidence = true;
                    // A former office describes the person without being their title now; its state is theirs.
                    if (!former) run.Title ??= CleanTitle(title);
                    var ofAt = tl + 1;
                    if (Tok(ofAt) is { } of && of.Is("of") && Tok(ofAt + 1) is { } det && det.Is("the")) ofAt++;
                    if (country is null && Tok(tl + 1) is { } of2 && of2.Is("of") && At(ofAt + 1) is { Type: MentionType.Country } oc
                        && (ofAt == tl + 1 || oc.FormKind is CountryFormKind.Name or CountryFormKind.Alias)) country = oc.Country!.Name;
                    run.Country ??= country;
                }
            }
            // "Zaw Min Htet, 34, a Myanmar national": the state of the nationality in apposition (after an age).
            if (Tok(e + 1) is { } natComma && natComma.Is(","))
            {
                var n0 = e + 2;
                if (Tok(n0) is { Kind: TokenKind.Number } && Tok(n0 + 1) is { } ageComma && ageComma.Is(",")) n0 += 2;
                if (Tok(n0) is { } art && (art.Is("a") || art.Is("an")) && At(n0 + 1) is { Type: MentionType.Country, Compound: false } nat && nat.Country is not null
                    && Tok(nat.Last + 1) is { } natNoun && (natNoun.Is("national") || natNoun.Is("citizen") || natNoun.Is("native")))
                {
                    run.Country ??= nat.Country.Name;
                }
            }
            // "Secretary General Khusrav Noziri of Tajikistan", "Dame Meg Taylor of Papua New Guinea": the state after "of".
            if (Tok(e + 1) is { } ofState && ofState.Is("of") && At(e + 2) is { Type: MentionType.Country, Compound: false } stateAfter && stateAfter.Country is not null
                && (Tok(stateAfter.Last + 1) is null || Tok(stateAfter.Last + 1) is { } afterState && !afterState.IsCapitalized))
            {
                run.Country ??= stateAfter.Country.Name;
            }

            // ", a political scientist at ...", ", who ...", ", 71,", " of Chad": what follows a name.
            if (parts.Count >= 2 && Tok(e + 1) is { } c1 && c1.Is(",") && Tok(e + 2) is { } c2
                && (c2.Is("a") || c2.Is("an") || c2.Is("who") || c2.Is("whose") || c2.Kind == TokenKind.Number && Tok(e + 3) is { } c3 && c3.Is(",")))
            {
                run.Evidence = true;
            }
            if (parts.Count >= 2 && Tok(e + 1) is { } of1 && of1.Is("of") && At(e + 2) is { Type: MentionType.Country, Compound: false }) run.Evidence = true;
            // Three or more name words with no particle or place word: a person's name ("Moussa Faki Mahamat").
            if (parts.Count >= 3 && !HasParticle(s, e) && !(Tok(run.MentionFirst - 1) is { } det3 && (det3.IsIgnoreCase("the") || det3.IsIgnoreCase("a")))) run.Evidence = true;
            // Bylines and credits: "By Julian Hartley and Nadia Rahal", "Reporting by X; Editing by Y".
            if (IsCreditLead(run.MentionFirst - 1)) run.Evidence = true;
            if (parts.Count >= 2 && Tok(e + 1) is { } contributed && (contributed.Is("contributed") || contributed.Is("reported"))) run.Evidence = true;
            if (parts.Count >= 2 && IsStandaloneName(s, e)) run.Evidence = true;

            // A speech verb right after ("Velasco said") or before ("said Velasco").
            if (Tok(e + 1) is { } v && v.IsWord && SpeechVerbs.TryGetLemma(v.Text, out _, out _) && !v.IsCapitalized) run.Evidence = true;
            if (Tok(run.MentionFirst - 1) is { } v2 && v2.IsWord && SpeechVerbs.TryGetLemma(v2.Text, out _, out _) && !v2.IsCapitalized) run.Evidence |= parts.Count > 1;
            // "Velasco's": a possessive name with two parts is a person if its parts recur.
            runs.Add(run);
            i = last;
        }

        // Evidence from recurrence: a two-or-more-part name whose first or last part recurs alone.
        var singles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            if (r.Parts.Length == 1) singles[r.Parts[0]] = singles.TryGetValue(r.Parts[0], out var c) ? c + 1 : 1;
        }
        var fulls = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            if (r.Parts.Length > 1) { var key = string.Join(" ", r.Parts); fulls[key] = fulls.TryGetValue(key, out var c) ? c + 1 : 1; }
        }

        // Pass 1: multi-part names.
        foreach (var r in runs)
        {
            if (r.Parts.Length < 2) continue;
            var key = string.Join(" ", r.Parts);
            var recurs = singles.ContainsKey(r.Parts[r.Parts.Length - 1]) || singles.ContainsKey(r.Parts[0]) || fulls[key] > 1;
            var locative = Tok(r.MentionFirst - 1) is { } prep && prep.IsWord && prep.Text is "in" or "at" or "from" or "to" or "near" or "across" or "outside" or "inside" or "around" or "towards" or "toward" or "into" or "via";
            if (IsTitleCaseHeading(r.First) && r.Title is null && !PersonExists(r.Parts)) continue;
            if (!r.Evidence && (!recurs || locative) && !PersonExists(r.Parts)) continue;
            var idx = PersonIndex(r.Parts, r.First);
            ApplyRun(idx, r);
        }

        // Pass 2: single names — a known person's part, else a new person if a title or a verb says so.
        foreach (var r in runs)
        {
            if (r.Parts.Length != 1)
            {
                continue;
            }
            var idx = FindByPart(r.Parts[0], r.First);
            if (idx < 0)
            {
                if (!r.Evidence) continue;
                if (IsSentenceInitial(r.First) && r.Title is null) continue;
                if (IsTitleCaseHeading(r.First) && r.Title is null) continue;
                // "In Bento Gonçalves, Mercosur says goodbye to Macri": a word the article uses as a bloc's name elsewhere
                // ("Mercosur was founded in 1991 by ...") is no person, whatever verb follows it.
                if (r.Title is null && UsedAsBlocName(r.Parts[0])) continue;
                idx = PersonIndex(r.Parts, r.First);
            }
            ApplyRun(idx, r);
        }
    }

    /// <summary>
    /// Whether the article writes the word in a bloc's place: "X was founded", "X's members", "X members", "X summit",
    /// "members of X", "the presidents of X", "join X".
    /// </summary>
    private bool UsedAsBlocName(string word)
    {
        if (_blocSlotWords is null)
        {
            // One pass over the article: every capitalised word written in a bloc's place.
            _blocSlotWords = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < _t.Count; k++)
            {
                if (!_t[k].IsWord || !_t[k].IsCapitalized) continue;
                var next = Tok(k + 1);
                var next2 = Tok(k + 2);
                var slot = next is not null && (next.Is("was") || next.Is("is")) && next2 is not null && (next2.Is("founded") || next2.Is("created") || next2.Is("established") || next2.Is("formed") || next2.Is("launched"))
                    || next is { Kind: TokenKind.Possessive } && next2 is not null && (next2.Is("members") || next2.Is("member") || next2.Is("summit") || next2.Is("secretariat"))
                    || next is not null && (next.Is("members") || next.Is("summit") || next.Is("countries") && Tok(k - 1) is { } n && (n.Kind == TokenKind.Number || NumberWords.TryParse(n.Text, out _)))
                    || Tok(k - 1) is { } of && of.Is("of") && Tok(k - 2) is { } whose && (whose.Is("members") || whose.Is("presidents") || whose.Is("leaders") || whose.Is("membership"))
                    || Tok(k - 1) is { } join && (join.Is("join") || join.Is("joined") || join.Is("joins"));
                if (slot) _blocSlotWords.Add(_t[k].Text);
            }
        }
        return _blocSlotWords.Contains(word);
    }

    private HashSet<string>? _blocSlotWords;

    /// <summary>Where each of the article's first three lines starts, and where the third ends (computed once).</summary>
    private int[]? _headerLines;

    /// <summary>Whether token <paramref name="token"/> is on one of the article's first three lines, written in title case.</summary>
    private bool InTitleCaseHeaderLine(int token)
    {
        var text = _doc.Text;
        if (_headerLines is null)
        {
            // Starts of lines 1 to 3 and the end of line 3 (or of the text): one bounded scan.
            _headerLines = new int[4];
            var at = 0;
            for (var line = 0; line < 4; line++)
            {
                _headerLines[line] = at;
                if (at >= text.Length) continue;
                var newline = text.IndexOf('\n', at);
                at = newline < 0 ? text.Length : newline + 1;
            }
        }
        var start = _t[token].Start;
        if (start >= _headerLines[3]) return false;
        var lineNumber = start >= _headerLines[2] ? 2 : start >= _headerLines[1] ? 1 : 0;
        var lineStart = _headerLines[lineNumber];
        var next = _headerLines[lineNumber + 1];
        var lineEnd = next > lineStart && next <= text.Length && text[next - 1] == '\n' ? next - 1 : text.Length;
        // (A headline: short, with no full stop at its end.)
        if (lineEnd - lineStart > 140) return false;
        var lastChar = lineEnd - 1;
        while (lastChar > lineStart && char.IsWhiteSpace(text[lastChar])) lastChar--;
        if (lastChar < lineStart || text[lastChar] is '.' or ')') return false;
        // (Not a hard-wrapped lead: "ST PETERSBURG, Dec 26 (Reuters) - Leaders of the Russian-led Eurasian Economic Union" goes
        // on on the next line; a headline's line is followed by a line of its own or a blank one.)
        if (_doc.Paragraphs[_t[token].Paragraph].LastToken is var paragraphEnd && paragraphEnd > token && _t[paragraphEnd].End > lineEnd && HasLeadAfter(lineEnd)) return false;
        int words = 0, caps = 0;
        // (Not a byline, "By Hanna Kessler, Circle of Blue", whose capitals are a name.)
        var first = token;
        while (first > 0 && _t[first - 1].Start >= lineStart) first--;
        if (_t[first].Is("By") || _t[first].Is("by")) return false;
        // (Nor a byline without "By": "Harriet Calloway Political Editor".)
        var lastToken = token;
        while (lastToken + 1 < _t.Count && _t[lastToken + 1].Start < lineEnd) lastToken++;
        if (_t[lastToken].Text is "Editor" or "Correspondent" or "Reporter" or "Writer" or "Staff" or "Bureau") return false;
        for (var k = first; k <= lastToken; k++) { if (_t[k].IsWord && _t[k].Text.Length >= 4) { words++; if (_t[k].IsCapitalized) caps++; } }
        return words >= 5 && caps * 10 >= words * 8;
    }

    /// <summary>Whether the line after position <paramref name="lineEnd"/> goes on with lower-case running text (a wrapped sentence).</summary>
    private bool HasLeadAfter(int lineEnd)
    {
        var text = _doc.Text;
        var k = lineEnd + 1;
        if (k >= text.Length || text[k] == '\n' || text[k] == '\r') return false;
        // The next line's first word: lower-case, or "(" of an acronym, continues the sentence.
        return char.IsLower(text[k]) || text[k] == '(';
    }

    private bool HasTitleBefore(int i) => TitleEndingAt(i - 1, out _) >= 0;

    /// <summary>A headline written in title case ("Finance Chiefs Split Over Tariffs"): capitals say nothing there.</summary>
    private bool IsTitleCaseHeading(int token)
    {
        var p = _doc.Paragraphs[_t[token].Paragraph];
        // ("Mercosur Hands Venezuela Its Presidency" over "By Diego Alarcón" and a date line: the headline is the first line.)
        var titleLine = !p.IsHeading && _doc.TitleLineEnd > p.Start && _t[token].Start < _doc.TitleLineEnd;
        // ("Charter Signed at San Salvador Revives Old Dream of Union" under the headline: a subheadline in title case.)
        if (!p.IsHeading && !titleLine) return InTitleCaseHeaderLine(token);
        int words = 0, caps = 0;
        for (var k = p.FirstToken; k <= p.LastToken && !(titleLine && _t[k].Start >= _doc.TitleLineEnd); k++)
        {
            // "By Karolina Nowak and Diego Ferraro", "(Reporting by X and Y; Editing by Z)": a byline or credit line,
            // whose capitals are names.
            if (_t[k].Is("By") && k == p.FirstToken || _t[k].Is("by") && Tok(k - 1) is { } credit && (credit.IsIgnoreCase("reporting") || credit.IsIgnoreCase("editing") || credit.IsIgnoreCase("writing"))) return false;
            if (!_t[k].IsWord || _t[k].Text.Length < 4) continue;
            words++;
            if (_t[k].IsCapitalized) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private bool HasParticle(int s, int e)
    {
        for (var k = s; k <= e; k++) if (NameParticles.Contains(_t[k].Text)) return true;
        return false;
    }

    /// <summary>"By X", "reporting by X", "Editing by X", "writers X", "and X" after a credit.</summary>
    private bool IsCreditLead(int k)
    {
        var t = Tok(k);
        if (t is null) return false;
        if (t.Is("By") && (k == _doc.Paragraphs[t.Paragraph].FirstToken || StartsLine(k))) return true;
        if (t.Is("by") && Tok(k - 1) is { } r && (r.IsIgnoreCase("reporting") || r.IsIgnoreCase("editing") || r.IsIgnoreCase("writing") || r.IsIgnoreCase("compiled") || r.IsIgnoreCase("additional"))) return true;
        if (t.Is("writers") || t.Is("writer") || t.Is("correspondent") || t.Is("correspondents")) return true;
        if (t.Is("from") && Tok(k - 1) is { } a && (a.IsIgnoreCase("assistance") || a.IsIgnoreCase("reporting"))) return true;
        if (t.Is("and") || t.Is(","))
        {
            // "By X and Y", "Reporting by X in City and Y in City": a credit earlier in the same short paragraph.
            var p = _doc.Paragraphs[t.Paragraph];
            if (p.LastToken - p.FirstToken > 40) return false;
            for (var b = k - 1; b >= p.FirstToken && b >= k - 12; b--)
            {
                if (_t[b].Is("By") && b == p.FirstToken || _t[b].Is("by") && Tok(b - 1) is { } rb && (rb.IsIgnoreCase("reporting") || rb.IsIgnoreCase("editing") || rb.IsIgnoreCase("writing"))
                    || _t[b].Is("writers") || _t[b].Is("from") && Tok(b - 1) is { } w && w.IsIgnoreCase("assistance")) return true;
            }
        }
        return false;
    }

    /// <summary>A name alone on its line, or before "|" or ", Outlet" — a byline.</summary>
    private bool IsStandaloneName(int s, int e)
    {
        var p = _doc.Paragraphs[_t[s].Paragraph];
        if (p.LineCount != 1 || s != p.FirstToken && !(Tok(s - 1) is { } by && by.Is("By") && s - 1 == p.FirstToken))
        {
            // A line of the article's header block: "Megan Toh" above "Published Fri, Dec 8", "By X" under the headline.
            if (p.LineCount == 1 || p.Index > 3 || !(StartsLine(s) || Tok(s - 1) is { } by2 && by2.Is("By") && StartsLine(s - 1))) return false;
            if (e == p.LastToken || StartsLine(e + 1)) return true;
            return IsBylineFurniture(e + 1);
        }
        if (e == p.LastToken) return true;
        var next = _t[e + 1];
        return next.Is("|") || next.Is(",") && e + 4 >= p.LastToken || IsBylineFurniture(e + 1);
    }

    /// <summary>What follows a byline's name on its line: "Published Fri", "Political Editor", a date ("2024.02.26.").</summary>
    private bool IsBylineFurniture(int k)
    {
        var t = _t[k];
        if (t.Kind == TokenKind.Number) return true;
        if (!t.IsWord) return false;
        if (t.Text is "Published" or "Updated" or "Posted" or "Editor" or "Correspondent" or "Reporter" or "Writer" or "Columnist") return true;
        return DeskWords.Contains(t.Text) && Tok(k + 1) is { IsWord: true } role && role.Text is "Editor" or "Correspondent" or "Reporter" or "Writer" or "Columnist";
    }

    private static string Capitalise(string title)
    {
        var words = title.Split(' ');
        for (var k = 0; k < words.Length; k++)
        {
            if (words[k].Length > 0 && words[k] != "of" && words[k] != "for" && words[k] != "the" && words[k] != "and")
            {
                words[k] = char.ToUpperInvariant(words[k][0]) + words[k].Substring(1);
            }
        }
        return string.Join(" ", words);
    }

    private string? CountryBefore(int titleFirst)
    {
        var k = titleFirst - 1;
        if (Tok(k) is { Kind: TokenKind.Possessive }) k--;
        else if (Tok(k) is { } ap && ap.Kind == TokenKind.QuoteMark && ap.Role == MarkRole.Apostrophe) k--;
        if (At(k) is { Type: MentionType.Country } c && c.FormKind != CountryFormKind.Capital) return c.Country!.Name;
        // "Russian Foreign Ministry spokeswoman", "Kremlin aide": the country of the body named before the title.
        if (At(k) is { Type: MentionType.Body } b && b.Entity >= 0) return Bodies[b.Entity].Country;
        return null;
    }

    /// <summary>
    /// A title ending before the comma at <paramref name="comma"/>, possibly followed by "of the ORG", "of COUNTRY" or
    /// "to the Pacific" ("the president of the ECOWAS Commission, NAME").
    /// </summary>
    private bool TitleBeforeComma(int comma, out string title, out int titleFirst, out string? ofCountry)
    {
        ofCountry = null;
        titleFirst = TitleEndingAt(comma - 1, out title);
        if (titleFirst >= 0) return !Titles.IsHonorific(title);
        // Skip back over a short "of/to/for (the) X" phrase.
        for (var k = comma - 2; k >= 0 && k >= comma - 6; k--)
        {
            if (!(_t[k].Is("of") || _t[k].Is("to") || _t[k].Is("for") || _t[k].Is("at"))) continue;
            titleFirst = TitleEndingAt(k - 1, out title);
            if (titleFirst < 0 || Titles.IsHonorific(title)) return false;
            if (_t[k].Is("of") && At(k + 1) is { Type: MentionType.Country } oc) ofCountry = oc.Country!.Name;
            return true;
        }
        return false;
    }

    /// <summary>A word that may qualify a role before a name: "foreign policy" aide, "security" analyst, "Senior" General.</summary>
    private bool TitleModifier(int k)
    {
        var t = _t[k];
        if (!t.IsWord || Claimed(k)) return false;
        if (t.Has(WordClass.FunctionWord | WordClass.SpeechVerb | WordClass.Number | WordClass.MonthOrWeekday | WordClass.Pronoun)) return false;
        if (t.Text is "the" or "a" or "an" or "of" or "and" or "or" or "to" or "for" or "with" or "by" or "from" or "in" or "on" or "at" or "as" or "its" or "his" or "her" or "their") return false;
        if (t.IsCapitalized) return t.Text is "Senior" or "Interim" or "Deputy" or "Acting" or "Chief" or "Foreign" or "Defence" or "Defense" or "Security" or "Trade" or "Finance";
        // Lower-case nouns and adjectives; verbs in -ed are not ("visiting" is fine, "said" is a speech verb).
        return !t.Text.EndsWith("ed", StringComparison.Ordinal) && !t.Text.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsInitial(string part) => part.Length == 2 && part[1] == '.' && char.IsUpper(part[0]) || part.Length == 1 && char.IsUpper(part[0]);

    private static bool ContainsRun(string[] whole, string[] part)
    {
        for (var start = 0; start + part.Length <= whole.Length; start++)
        {
            var ok = true;
            for (var x = 0; x < part.Length && ok; x++) ok = string.Equals(whole[start + x].TrimEnd('.'), part[x].TrimEnd('.'), StringComparison.Ordinal);
            if (ok) return true;
        }
        return false;
    }

    private bool PersonExists(string[] parts)
    {
        foreach (var k in Candidates(parts)) if (SameName(People[k].Parts, parts)) return true;
        return false;
    }

    private readonly Dictionary<string, List<int>> _peopleByPart = new(StringComparer.Ordinal);

    private void IndexPerson(int k)
    {
        foreach (var part in People[k].Parts)
        {
            var key = part.TrimEnd('.');
            if (!_peopleByPart.TryGetValue(key, out var list)) _peopleByPart[key] = list = new List<int>();
            if (list.Count == 0 || list[list.Count - 1] != k) list.Add(k);
        }
    }

    /// <summary>People sharing a name part with <paramref name="parts"/>, oldest first (at most the latest 64 per part).</summary>
    private List<int> Candidates(string[] parts)
    {
        var found = new List<int>();
        foreach (var part in parts)
        {
            if (!_peopleByPart.TryGetValue(part.TrimEnd('.'), out var list)) continue;
            for (var i = Math.Max(0, list.Count - 64); i < list.Count; i++) if (!found.Contains(list[i])) found.Add(list[i]);
        }
        found.Sort();
        return found;
    }

    private static bool SameName(string[] a, string[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++) if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private int PersonIndex(string[] parts, int token)
    {
        // Only people who share a name part can be the same person: an index keeps this linear.
        var candidates = Candidates(parts);
        foreach (var k in candidates)
        {
            if (SameName(People[k].Parts, parts)) return k;
        }
        // "S. Jaishankar" and "Subrahmanyam Jaishankar": an initial for a given name; keep the fuller form.
        foreach (var k in candidates)
        {
            var p = People[k];
            if (p.Parts.Length != parts.Length || parts.Length < 2) continue;
            var same = true;
            var fuller = false;
            for (var x = 0; x < parts.Length && same; x++)
            {
                var a = p.Parts[x];
                var b = parts[x];
                if (string.Equals(a, b, StringComparison.Ordinal)) continue;
                if (IsInitial(a) && b.Length > 1 && b[0] == a[0]) { fuller = true; continue; }
                if (IsInitial(b) && a.Length > 1 && a[0] == b[0]) continue;
                same = false;
            }
            if (!same) continue;
            if (fuller)
            {
                p.Parts = parts;
                p.Name = string.Join(" ", parts);
                IndexPerson(k);
            }
            return k;
        }
        // A shorter form of someone already named ("Santos Ferreira" for "Miguel Santos Ferreira").
        if (parts.Length > 1)
        {
            foreach (var k in candidates)
            {
                var p = People[k];
                if (p.Parts.Length <= parts.Length) continue;
                if (ContainsRun(p.Parts, parts)) return k;
                var suffix = true;
                for (var x = 0; x < parts.Length && suffix; x++) suffix = p.Parts[p.Parts.Length - parts.Length + x] == parts[x];
                var prefix = true;
                for (var x = 0; x < parts.Length && prefix; x++) prefix = p.Parts[x] == parts[x];
                if (suffix || prefix) return k;
            }
        }
        // A fuller name for someone first met by a shorter one ("von der Leyen", then "Ursula von der Leyen").
        if (parts.Length > 1)
        {
            foreach (var k in candidates)
            {
                var p = People[k];
                if (p.Parts.Length > 1 && p.Parts.Length < parts.Length && ContainsRun(parts, p.Parts) && string.Equals(p.Parts[p.Parts.Length - 1], parts[parts.Length - 1], StringComparison.Ordinal))
                {
                    p.Parts = parts;
                    p.Name = string.Join(" ", parts);
                    IndexPerson(k);
                    return k;
                }
            }
        }
        // A fuller name for someone first met by one name ("President Ruiz" then "Ana Ruiz").
        if (parts.Length > 1)
        {
            foreach (var k in candidates)
            {
                var p = People[k];
                if (p.Parts.Length == 1 && (p.Parts[0] == parts[parts.Length - 1]))
                {
                    p.Parts = parts;
                    p.Name = string.Join(" ", parts);
                    IndexPerson(k);
                    return k;
                }
            }
        }
        People.Add(new PersonEntity(string.Join(" ", parts), parts) { FirstToken = token });
        IndexPerson(People.Count - 1);
        return People.Count - 1;
    }

    private int FindByPart(string part, int token)
    {
        // The most recently introduced person whose last (or first) name this is.
        var best = -1;
        var bestLast = false;
        foreach (var k in Candidates(new[] { part }))
        {
            var p = People[k];
            if (p.Parts.Length < 1) continue;
            var isLast = p.Parts[p.Parts.Length - 1] == part;
            var isFirst = p.Parts.Length > 1 && p.Parts[0] == part;
            if (p.Parts.Length == 1 && p.Parts[0] == part) return k;
            // "Lula" for "Luiz Inacio Lula da Silva": a middle part (not a particle).
            if (!isLast && !isFirst && p.Parts.Length >= 3 && !NameParticles.Contains(part) && Array.IndexOf(p.Parts, part) > 0) isFirst = true;
            if (!isLast && !isFirst) continue;
            if (best < 0 || isLast && !bestLast) { best = k; bestLast = isLast; }
        }
        return best;
    }

    private void ApplyRun(int idx, NameRun r)
    {
        var p = People[idx];
        p.Title ??= r.Title is null ? null : CleanTitle(r.Title);
        p.Country ??= r.Country;
        if (p.Gender == '\0') p.Gender = r.Gender;
        var first = r.MentionFirst;
        for (var k = first; k < r.First; k++)
        {
            if (Claimed(k)) first = k + 1;
        }
        var m = Add(MentionType.Person, first, r.Last, _doc.Slice(r.First, r.Last));
        m.Entity = idx;
        m.Title = r.Title;
        m.Possessive = IsPossessiveAfter(r.Last);
    }

    private static string CleanTitle(string title)
    {
        var t = title.TrimEnd('.');
        var of = t.IndexOf(" of the ", StringComparison.OrdinalIgnoreCase);
        if (of > 0) t = t.Substring(0, of);
        return Capitalise(t);
    }

    /// <summary>Notes an organisation named in the headline or the lead.</summary>
    private void MarkEarly(int org, int paragraph)
    {
        if (paragraph <= FirstBodyParagraph + 1) Orgs[org].Early = true;
    }

    private static readonly HashSet<string> HeadlineMembershipVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "join", "joins", "joining", "rejoin", "rejoins", "leave", "leaves", "quit", "quits", "exit", "exits",
    };

    /// <summary>The one organisation (no institution) named before token <paramref name="before"/> whose name has the two words
    /// in a row ("Contact Group"), or -1.</summary>
    private int OrganizationNamedByPair(string word, string noun, int before)
    {
        var pair = " " + word + " " + noun;
        var found = -1;
        for (var k = 0; k < Orgs.Count; k++)
        {
            if (Orgs[k].IsInstitution || Orgs[k].Name is not { } name || Orgs[k].FirstToken >= before) continue;
            var at = (" " + name).IndexOf(pair, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at + pair.Length < name.Length + 1 && name[at + pair.Length - 1] != ' ') continue;
            if (found >= 0) return -1;
            found = k;
        }
        return found;
    }

    /// <summary>Whether the run from <paramref name="first"/> to <paramref name="last"/> has a name head followed by "on" or
    /// "for" ("Contact Group on Venezuela").</summary>
    private bool HeadOnState(int first, int last)
    {
        for (var k = first + 1; k + 2 <= last; k++)
        {
            if (_t[k].IsWord && _t[k].IsCapitalized && OrganizationWords.IsNameHead(_t[k].Text) && (_t[k + 1].Is("on") || _t[k + 1].Is("for"))) return true;
        }
        return false;
    }

    /// <summary>The organisation the article is about: most mentions, defined names, the lead and a headline's joining count most.</summary>
    public int MainOrganization()
    {
        var best = -1;
        var bestScore = -1;
        // "Georgia signs protocol to join EU-backed Energy Community": the body a headline has a state join (or leave) is
        // what the article is about.
        var headline = 0L;
        var titleEnd = -1;
        if (_doc.Title is not null && _doc.Paragraphs.Find(p => !p.IsEmpty) is { } top)
        {
            titleEnd = top.IsHeading ? top.End : _doc.Text.IndexOf('\n', top.Start);
            if (titleEnd < 0) titleEnd = top.End;
        }
        if (titleEnd > 0)
        {
            foreach (var m in Mentions)
            {
                if (m.Type != MentionType.Organization || m.Entity < 0 || m.Entity >= 64 || _t[m.First].Start >= titleEnd) continue;
                if (Tok(m.Last + 1) is { Kind: TokenKind.Dash } || m.Last == m.First && _t[m.First].IsWord && !_t[m.First].IsCapitalized) continue;
                var verb = m.First - 1;
                if (Tok(verb) is { Kind: TokenKind.Word } the && the.IsIgnoreCase("the")) verb--;
                if (Tok(verb) is { Kind: TokenKind.Word } modified && modified.Text.IndexOf('-') > 0) verb--; // "EU-backed"
                if (Tok(verb) is not { } v || !HeadlineMembershipVerbs.Contains(v.Text)) continue;
                headline |= 1L << m.Entity;
            }
        }
        for (var k = 0; k < Orgs.Count; k++)
        {
            var o = Orgs[k];
            if (o.IsInstitution) continue;
            var score = o.Mentions + (o.Defined ? 3 : 0) + (o.Early ? 3 : 0) + (k < 64 && (headline & (1L << k)) != 0 ? 3 : 0);
            if (score > bestScore) { best = k; bestScore = score; }
        }
        return best;
    }

    /// <summary>"The group said", "the bloc added": a generic noun that stands for an organisation, as a speaker.</summary>
    private void FindGenericOrganizations()
    {
        var main = -1;
        var computed = false;
        for (var i = 1; i < _t.Count; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i)) continue;
            if (tok.IsCapitalized)
            {
                if (tok.Text.Length < 4 || !OrganizationWords.IsGenericNoun(tok.Text.ToLowerInvariant())) continue;
                // "the three Forum members", "the Forum's leaders" after "the Pacific Islands Forum": a name's capitalised last
                // word alone, when one organisation's name ends with it, inside a sentence and not opening another name.
                if (IsSentenceInitial(i) || Tok(i + 1) is { IsWord: true, IsCapitalized: true } || Tok(i + 1) is { } ofNext && ofNext.Is("of") || !HasLower(tok.Text)) continue;
                var headOf = OnlyNameEndingWith(tok.Text, i, StringComparison.Ordinal);
                // ("the Alliance's headquarters" for NATO known by its acronym: the one treaty organisation of the article.)
                if (headOf < 0 && tok.Text == "Alliance" && Tok(i - 1) is { } theAlliance && theAlliance.IsIgnoreCase("the"))
                {
                    for (var k = 0; k < Orgs.Count; k++)
                    {
                        if (Orgs[k].Acronym is not { Length: >= 4 } acr || !acr.EndsWith("ATO", StringComparison.OrdinalIgnoreCase)) continue;
                        headOf = headOf == -1 ? k : -2;
                    }
                }
                if (headOf >= 0) AddWordMention(i, headOf);
                continue;
            }
            if (!tok.Has(WordClass.GenericOrganization))
            {
                // "The symposium, set up in 1988, brings together ..." after "the Western Zentral Naval Symposium (WZNS)": a
                // lower-case noun after "the" that ends the name of one body named before, and of no other, is that body (not
                // a plural, "the states" for a name that ends with "States"; not an event's word, "the summit"; not a text's,
                // "the agreement", which the readers take as the pact or the body it set up).
                if (tok.Text.Length >= 5 && _t[i - 1].IsIgnoreCase("the") && NameLastWords().Contains(tok.Text) && !(tok.Text.EndsWith("s", StringComparison.Ordinal) && !tok.Text.EndsWith("ss", StringComparison.Ordinal))
                    && !OrganizationWords.IsEventWord(tok.Text) && !IsDocumentNoun(tok.Text) && !(Tok(i + 1) is { } after && (after.Is("of") || after.IsCapitalized))
                    && OnlyNameEndingWith(tok.Text, i, StringComparison.OrdinalIgnoreCase) is var ended && ended >= 0 && Orgs[ended].Name!.IndexOf(' ') > 0)
                {
                    AddWordMention(i, ended);
                }
                // "the agreement establishing the centre" after "the Centre on Integrated Rural Development for Asia and the
                // Pacific (CIRDAP)": a noun the one name before opens with, before "on", "of" or "for".
                else if (tok.Text.Length >= 5 && _t[i - 1].IsIgnoreCase("the") && !(tok.Text.EndsWith("s", StringComparison.Ordinal) && !tok.Text.EndsWith("ss", StringComparison.Ordinal))
                    && !OrganizationWords.IsEventWord(tok.Text) && !IsDocumentNoun(tok.Text) && !(Tok(i + 1) is { } after2 && (after2.Is("of") || after2.IsCapitalized))
                    && NameFirstWords().Contains(tok.Text) && OnlyNameOpeningWith(tok.Text, i) is var opened && opened >= 0)
                {
                    AddWordMention(i, opened);
                }
                continue;
            }
            var det = _t[i - 1];
            // "not part of the contact group" in an article about the International Contact Group on Venezuela: a lower-case
            // word and the noun, both words of one organisation's name.
            if (i >= 2 && det.IsWord && !det.IsCapitalized && _t[i - 2].IsIgnoreCase("the") && !det.IsIgnoreCase("the") && det.Text.Length > 3
                && OrganizationNamedByPair(det.Text, tok.Text, i) is var pairOrg && pairOrg >= 0)
            {
                var pm = Add(MentionType.Organization, i - 1, i, det.Text + " " + tok.Text);
                pm.Entity = pairOrg;
                continue;
            }
            if (!(det.IsIgnoreCase("the") || det.IsIgnoreCase("this"))) continue;
            // Only as a subject: followed by a verb-like word, not by "of" or a capitalised name.
            if (Tok(i + 1) is { } next && (next.Is("of") || next.IsCapitalized || next.Kind == TokenKind.Possessive && false)) continue;
            // "the fund", "the bank": the body an apposition introduced as one ("the European Stability Mechanism, the euro
            // zone's bailout fund"), else the one body named so far whose name ends with the noun, else none (not the main
            // organisation: "aren't part of the fund" in an article on the ESM and the EU).
            if (tok.Is("fund") || tok.Is("bank"))
            {
                var lender = IntroducedAs(tok.Text, i);
                if (lender < 0) lender = OnlyNameEndingWith(tok.Text, i, StringComparison.OrdinalIgnoreCase);
                if (lender >= 0) AddWordMention(i, lender);
                continue;
            }
            if (!computed) { main = MainOrganization(); computed = true; }
            var org = -1;
            if (main >= 0 && Orgs[main].Name is { } mainName && mainName.EndsWith(" " + tok.Text, StringComparison.OrdinalIgnoreCase)) org = main;
            for (var k = Orgs.Count - 1; k >= 0 && org < 0; k--)
            {
                // "a full member of the organization" before the World Trade Organization is named: a noun refers
                // back, to an organisation named before it.
                if (Orgs[k].Name is { } n && n.EndsWith(" " + tok.Text, StringComparison.OrdinalIgnoreCase) && (Orgs[k].FirstToken < i || !(tok.Is("organisation") || tok.Is("organization")))) { org = k; break; }
            }
            // "China's 16+1 format ... the format": the organisation written with that noun.
            if (org < 0 && (tok.Is("format") || tok.Is("initiative") || tok.Is("platform") || tok.Is("mechanism") || tok.Is("triangle")))
            {
                foreach (var named in Mentions)
                {
                    if (named.Type != MentionType.Organization || named.Entity < 0 || named.First == named.Last && _t[named.First].IsWord && !_t[named.First].IsCapitalized) continue;
                    if (Tok(named.Last + 1) is { } after && after.Text == tok.Text) { org = named.Entity; break; }
                }
            }
            if (org < 0) org = main;
            if (org >= 0) AddWordMention(i, org);
        }
    }

    /// <summary>The one organisation named before token <paramref name="before"/> whose name ends with the word; -1 when none, -2 when several.</summary>
    private int OnlyNameEndingWith(string word, int before, StringComparison comparison)
    {
        var found = -1;
        for (var k = 0; k < Orgs.Count; k++)
        {
            if (Orgs[k].Name is not { } n || !n.EndsWith(" " + word, comparison) || Orgs[k].FirstToken >= before) continue;
            found = found == -1 ? k : -2;
        }
        return found;
    }

    /// <summary>The one organisation named before token <paramref name="before"/> whose name opens with the word and " on ", " of " or " for "; else -1.</summary>
    private int OnlyNameOpeningWith(string word, int before)
    {
        var found = -1;
        for (var k = 0; k < Orgs.Count; k++)
        {
            if (Orgs[k].Name is not { } n || Orgs[k].FirstToken >= before || n.Length <= word.Length + 4 || !n.StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = n.Substring(word.Length);
            if (!(rest.StartsWith(" on ", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" for ", StringComparison.Ordinal))) continue;
            if (found >= 0) return -1;
            found = k;
        }
        return found;
    }

    private HashSet<string>? _nameFirstWords;

    /// <summary>The first words of the organisation names found so far, any case (a cheap test before the scan of the names).</summary>
    private HashSet<string> NameFirstWords()
    {
        if (_nameFirstWords is not null) return _nameFirstWords;
        _nameFirstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in Orgs) if (o.Name is { } n && n.IndexOf(' ') is var space && space > 0) _nameFirstWords.Add(n.Substring(0, space));
        return _nameFirstWords;
    }

    private HashSet<string>? _nameLastWords;

    /// <summary>The last words of the organisation names found so far, any case (a cheap test before the scan of the names).</summary>
    private HashSet<string> NameLastWords()
    {
        if (_nameLastWords is not null) return _nameLastWords;
        _nameLastWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in Orgs) if (o.Name is { } n && n.LastIndexOf(' ') is var space && space > 0) _nameLastWords.Add(n.Substring(space + 1));
        return _nameLastWords;
    }

    private static bool IsDocumentNoun(string word) => word is "agreement" or "treaty" or "accord" or "declaration" or "convention" or "charter" or "protocol" or "code" or "statute" or "compact";

    /// <summary>A one-word mention of organisation <paramref name="entity"/> at token <paramref name="i"/>, a modifier when a modified noun follows.</summary>
    private void AddWordMention(int i, int entity)
    {
        var m = Add(MentionType.Organization, i, i, _t[i].Text);
        m.Entity = entity;
        m.Modifier = Tok(i + 1) is { } next && next.IsWord && !next.IsCapitalized && IsModifiedNoun(next.Text);
    }

    private Dictionary<int, bool>? _titleCaseQuotes;

    /// <summary>
    /// Whether quotation <paramref name="quote"/> is a slogan or title in title case: five words or more, nearly all
    /// capitalised but for short function words ("Turning Vision into Reality for a Dynamic ASEAN Community").
    /// </summary>
    private bool IsTitleCaseQuote(int quote)
    {
        _titleCaseQuotes ??= new Dictionary<int, bool>();
        if (_titleCaseQuotes.TryGetValue(quote, out var known)) return known;
        var span = _doc.Quotes[quote];
        var words = 0;
        var lower = 0;
        if (span.WordCount >= 5)
        {
            for (var k = span.First.OpenToken; k <= span.EndToken && k < _t.Count; k++)
            {
                if (_t[k].Quote != quote || !_t[k].IsWord) continue;
                words++;
                if (!_t[k].IsCapitalized && _t[k].Text.Length > 3 && !(_t[k].Text is "into" or "with" or "from" or "onto" or "upon" or "over" or "through" or "towards" or "toward" or "across" or "beyond" or "within" or "without" or "amid")) lower++;
            }
        }
        var titled = words >= 5 && lower == 0;
        _titleCaseQuotes[quote] = titled;
        return titled;
    }

    /// <summary>
    /// The organisation an apposition before token <paramref name="before"/> introduced with <paramref name="noun"/> ("the
    /// European Stability Mechanism, the euro zone's bailout fund"): a name, a comma, and the noun before the next comma.
    /// -1 when none, -2 when two bodies were.
    /// </summary>
    private int IntroducedAs(string noun, int before)
    {
        var found = -1;
        foreach (var m in Mentions)
        {
            if (m.Type != MentionType.Organization || m.Entity < 0 || m.Last + 2 >= before || !_t[m.First].IsCapitalized || Tok(m.Last + 1) is not { } comma || comma.Text != ",") continue;
            for (var k = m.Last + 2; k < before && k <= m.Last + 8; k++)
            {
                if (_t[k].Text is "," or "." or ";" or ":") break;
                if (!_t[k].IsIgnoreCase(noun) || Tok(k + 1) is { } nx && nx.IsWord && !nx.IsCapitalized && !nx.Is("that") && !nx.Is("which")) continue;
                if (found >= 0 && found != m.Entity) return -2;
                found = m.Entity;
                break;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- pronouns and descriptions

    private void FindPronounsAndNominals()
    {
        for (var i = 0; i < _t.Count; i++)
        {
            var tok = _t[i];
            if (!tok.IsWord || Claimed(i) || tok.Text.Length > 4) continue;
            if (!tok.Has(WordClass.Pronoun) && !(tok.Text is "the" or "The" or "a" or "A")) continue;
            var lower = tok.Text.Length <= 4 && char.IsLetter(tok.Text[0]) ? tok.Text.ToLowerInvariant() : tok.Text;
            if (lower is "he" or "she" or "it" or "they")
            {
                var m = Add(MentionType.Pronoun, i, i);
                m.Gender = lower == "he" ? 'm' : lower == "she" ? 'f' : '\0';
                m.Plural = lower == "they";
                m.Role = lower;
                continue;
            }

            // "the Chinese president", "the Russian leader", "the prime minister", "the 71-year-old".
            if (lower == "the" || lower == "a")
            {
                var k = i + 1;
                Mention? country = null;
                if (At(k) is { Type: MentionType.Country } c && !c.Compound && c.FormKind is CountryFormKind.Adjective or CountryFormKind.Name or CountryFormKind.Alias)
                {
                    country = c;
                    k = c.Last + 1;
                }
                if (Tok(k) is { } age && age.IsWord && age.Text.EndsWith("-year-old", StringComparison.Ordinal) && !Claimed(k))
                {
                    var nm = Add(MentionType.Nominal, i, k);
                    nm.Role = "year-old";
                    continue;
                }
                // Up to one modifier: "the veteran leader", "the visiting president".
                var tl = TitleStartingAt(k, Math.Min(_t.Count - 1, k + 4), out var title);
                if (tl < 0 && Tok(k) is { } mod && mod.IsWord && !mod.IsCapitalized && !Claimed(k))
                {
                    tl = TitleStartingAt(k + 1, Math.Min(_t.Count - 1, k + 5), out title);
                }
                if (tl < 0 || Titles.IsHonorific(title)) continue;
                var ok = true;
                for (var q = k; q <= tl; q++) if (Claimed(q)) ok = false;
                if (!ok) continue;
                // Followed by a name: a title, not a description ("the Chinese President Lin Mei").
                if (At(tl + 1) is { Type: MentionType.Person }) continue;
                if (Tok(tl + 1) is { } of && of.Is("of") && At(tl + 2) is { Type: MentionType.Country } oc) { country ??= oc; }
                var n = Add(MentionType.Nominal, i, tl);
                n.Role = title.ToLowerInvariant();
                n.Country = country?.Country;
                i = tl;
            }
        }
    }
}
