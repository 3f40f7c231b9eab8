using System;
using System.Collections.Generic;
using System.Text;

namespace NewsFacts.Extraction.Lexicon;

/// <summary>What a speech verb says about how something was said.</summary>
public enum SpeechVerbClass
{
    /// <summary>Neutral reporting: say, tell, add, note, write, ask, reply, explain, announce...</summary>
    Core,
    /// <summary>Reporting with a stance on the content: insist, argue, claim, stress, deny, admit, vow, predict...</summary>
    Stance,
    /// <summary>Judging something or someone: praise, hail, welcome, condemn, criticise, warn, urge, accuse, describe...</summary>
    Evaluative,
    /// <summary>Naming or labelling: call, dub, label, brand, term.</summary>
    Naming,
}

/// <summary>Verbs that introduce reported speech, with all their inflections in US and UK spelling.</summary>
public static class SpeechVerbs
{
    private static readonly Dictionary<string, KeyValuePair<string, SpeechVerbClass>> s_forms =
        new Dictionary<string, KeyValuePair<string, SpeechVerbClass>>(StringComparer.OrdinalIgnoreCase);
    private static readonly List<string> s_conflicts = new List<string>();

    private static readonly string[] s_multiWordCues =
    {
        "according to",
        "pointed out", "point out", "points out", "pointing out",
        "went on", "goes on", "go on", "going on to say", "went on to say",
        "called for", "calls for", "call for", "calling for",
        "called on", "calls on", "call on", "calling on",
        "quoted as saying", "was quoted as saying", "were quoted as saying", "is quoted as saying",
        "in a statement", "in a joint statement", "said in a statement", "in a written statement",
        "in a post on", "in an interview", "in a speech", "in remarks",
        "told reporters", "told journalists", "told a news conference", "told a press conference",
        "told a news briefing", "told a press briefing", "told a briefing", "told the media", "told the press",
        "told lawmakers", "told parliament", "told the audience", "told delegates",
        "said in an interview", "wrote on", "posted on",
        "made clear", "making clear", "makes clear",
    };

    /// <summary>Multi-word reporting cues ("according to", "told reporters", "was quoted as saying"), lower case.</summary>
    public static IReadOnlyList<string> MultiWordCues => s_multiWordCues;

    /// <summary>Data errors found while building the table (one form claimed by two lemmas). Always empty for correct data.</summary>
    public static IReadOnlyList<string> Conflicts => s_conflicts;

    /// <summary>Every lemma, once each.</summary>
    public static IReadOnlyList<string> Lemmas { get; }

    /// <summary>
    /// Finds the lemma and class of an inflected speech verb ("said" → "say", "criticized" → "criticise"). Case-insensitive.
    /// UK/US spelling pairs share the UK lemma ("emphasise", "criticise").
    /// </summary>
    public static bool TryGetLemma(string word, out string lemma, out SpeechVerbClass cls)
    {
        if (!string.IsNullOrEmpty(word) && s_forms.TryGetValue(word, out var hit))
        {
            lemma = hit.Key;
            cls = hit.Value;
            return true;
        }
        lemma = "";
        cls = default;
        return false;
    }

    static SpeechVerbs()
    {
        const SpeechVerbClass C = SpeechVerbClass.Core, S = SpeechVerbClass.Stance, E = SpeechVerbClass.Evaluative, N = SpeechVerbClass.Naming;
        var lemmas = new List<string>();
        void V(SpeechVerbClass cls, string forms)
        {
            var parts = forms.Split(' ');
            var lemma = parts[0];
            lemmas.Add(lemma);
            foreach (var f in parts)
            {
                if (f.Length == 0)
                    continue;
                if (s_forms.TryGetValue(f, out var existing))
                {
                    if (!string.Equals(existing.Key, lemma, StringComparison.Ordinal))
                        s_conflicts.Add("'" + f + "' claimed by " + existing.Key + " and " + lemma);
                    continue;
                }
                s_forms.Add(f, new KeyValuePair<string, SpeechVerbClass>(lemma, cls));
            }
        }

        // Core: neutral reporting.
        V(C, "say says said saying");
        V(C, "tell tells told telling");
        V(C, "add adds added adding");
        V(C, "state states stated stating");
        V(C, "note notes noted noting");
        V(C, "write writes wrote written writing");
        V(C, "ask asks asked asking");
        V(C, "reply replies replied replying");
        V(C, "respond responds responded responding");
        V(C, "answer answers answered answering");
        V(C, "explain explains explained explaining");
        V(C, "declare declares declared declaring");
        V(C, "announce announces announced announcing");
        V(C, "comment comments commented commenting");
        V(C, "remark remarks remarked remarking");
        V(C, "tweet tweets tweeted tweeting");
        V(C, "post posts posted posting");
        V(C, "recall recalls recalled recalling");
        V(C, "observe observes observed observing");
        V(C, "conclude concludes concluded concluding");
        V(C, "testify testifies testified testifying");
        V(C, "quip quips quipped quipping");
        V(C, "muse muses mused musing");
        V(C, "recount recounts recounted recounting");
        V(C, "continue continues continued continuing");
        V(C, "mention mentions mentioned mentioning");
        V(C, "wonder wonders wondered wondering");
        V(C, "shout shouts shouted shouting");
        V(C, "joke jokes joked joking");
        V(C, "exclaim exclaims exclaimed exclaiming");
        V(C, "retort retorts retorted retorting");
        V(C, "inform informs informed informing");
        V(C, "report reports reported reporting");

        // Stance: a position on what is said.
        V(S, "insist insists insisted insisting");
        V(S, "argue argues argued arguing");
        V(S, "assert asserts asserted asserting");
        V(S, "claim claims claimed claiming");
        V(S, "stress stresses stressed stressing");
        V(S, "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing");
        V(S, "underline underlines underlined underlining");
        V(S, "underscore underscores underscored underscoring");
        V(S, "reiterate reiterates reiterated reiterating");
        V(S, "maintain maintains maintained maintaining");
        V(S, "contend contends contended contending");
        V(S, "counter counters countered countering");
        V(S, "acknowledge acknowledges acknowledged acknowledging");
        V(S, "admit admits admitted admitting");
        V(S, "concede concedes conceded conceding");
        V(S, "confirm confirms confirmed confirming");
        V(S, "deny denies denied denying");
        V(S, "reject rejects rejected rejecting");
        V(S, "dismiss dismisses dismissed dismissing");
        V(S, "predict predicts predicted predicting");
        V(S, "suggest suggests suggested suggesting");
        V(S, "assure assures assured assuring");
        V(S, "caution cautions cautioned cautioning");
        V(S, "complain complains complained complaining");
        V(S, "lament laments lamented lamenting");
        V(S, "vow vows vowed vowing");
        V(S, "pledge pledges pledged pledging");
        V(S, "promise promises promised promising");
        V(S, "boast boasts boasted boasting");
        V(S, "agree agrees agreed agreeing");
        V(S, "proclaim proclaims proclaimed proclaiming");
        V(S, "affirm affirms affirmed affirming");
        V(S, "allege alleges alleged alleging");
        V(S, "question questions questioned questioning");

        // Evaluative: judging something or someone.
        V(E, "warn warns warned warning");
        V(E, "urge urges urged urging");
        V(E, "appeal appeals appealed appealing");
        V(E, "demand demands demanded demanding");
        V(E, "praise praises praised praising");
        V(E, "hail hails hailed hailing");
        V(E, "welcome welcomes welcomed welcoming");
        V(E, "applaud applauds applauded applauding");
        V(E, "condemn condemns condemned condemning");
        V(E, "criticise criticises criticised criticising criticize criticizes criticized criticizing");
        V(E, "denounce denounces denounced denouncing");
        V(E, "accuse accuses accused accusing");
        V(E, "blame blames blamed blaming");
        V(E, "describe describes described describing");
        V(E, "tout touts touted touting");
        V(E, "thank thanks thanked thanking");

        // Naming.
        V(N, "call calls called calling");
        V(N, "dub dubs dubbed dubbing");
        V(N, "label labels labelled labeled labelling labeling");
        V(N, "brand brands branded branding");
        V(N, "term terms termed terming");

        Lemmas = lemmas;
    }
}

/// <summary>Person titles and honorifics as they appear before a name.</summary>
public static class Titles
{
    private static readonly string[] s_all;
    private static readonly string[] s_honorifics =
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Madam", "Madame", "Mme", "Mme.", "Miss",
        // Malaysian, Bhutanese, West African, Gulf and engineering honorifics.
        "Datuk Seri", "Dato' Sri", "Dato Sri", "Datuk", "Dato'", "Dato", "Datin", "Tan Sri", "Puan Sri", "Tun", "Dasho",
        "Alhaji", "Alhaja", "Hajiya", "Sayyid", "Sayyida", "Eng", "Eng.",
    };
    private static readonly HashSet<string> s_set;
    private static readonly Dictionary<string, char> s_gender = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Person titles and roles, capitalised as before a name, longest first (match case-insensitively, longest match).
    /// Includes the honorifics and common abbreviations ("Gen.", "Sen.").
    /// </summary>
    public static IReadOnlyList<string> All => s_all;

    /// <summary>Honorifics, with and without the abbreviation point: Mr, Mr., Mrs, Ms, Dr, Sir, Dame, Lady, Lord, Madam...</summary>
    public static IReadOnlyList<string> Honorifics => s_honorifics;

    /// <summary>The longest title in words.</summary>
    public static int MaxWords { get; }

    /// <summary>True when <paramref name="title"/> is one of <see cref="All"/> (case-insensitive).</summary>
    public static bool IsTitle(string title) => !string.IsNullOrEmpty(title) && s_set.Contains(title);

    /// <summary>True when <paramref name="word"/> is an honorific (case-insensitive).</summary>
    public static bool IsHonorific(string word)
    {
        if (string.IsNullOrEmpty(word))
            return false;
        foreach (var h in s_honorifics)
            if (string.Equals(h, word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>
    /// The gender an honorific or title implies: 'm' (Mr, Sir, Lord, King, Prince, Sultan, Emir, Chairman, Spokesman...)
    /// or 'f' (Mrs, Ms, Dame, Lady, Queen, Chairwoman, Spokeswoman, Madam...). Case-insensitive; false for neutral titles.
    /// </summary>
    public static bool TryGetGender(string honorificOrTitle, out char gender)
    {
        if (!string.IsNullOrEmpty(honorificOrTitle) && s_gender.TryGetValue(honorificOrTitle, out gender))
            return true;
        gender = '\0';
        return false;
    }

    static Titles()
    {
        var titles = new[]
        {
            // Heads of state and government.
            "President", "Vice President", "Vice-President", "President-elect", "Acting President", "Interim President",
            "Prime Minister", "Prime Minister-elect", "Deputy Prime Minister", "First Deputy Prime Minister", "Vice Prime Minister",
            "Acting Prime Minister", "Chancellor", "Vice Chancellor", "Vice-Chancellor", "Premier", "Vice Premier", "Vice-Premier",
            "State Councillor", "State Councilor", "Head of State", "Head of Government", "Supreme Leader", "First Minister",
            // Monarchs and nobility.
            "King", "Queen", "Emperor", "Empress", "Emir", "Amir", "Crown Prince", "Crown Princess", "Prince", "Princess", "Sultan",
            "Sheikh", "Sheikha", "Grand Duke", "Grand Duchess", "Duke", "Duchess", "Pope",
            // Ministers.
            "Minister", "Deputy Minister", "Vice Minister", "Vice-Minister", "State Minister", "Minister of State",
            "Foreign Minister", "Deputy Foreign Minister", "Vice Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs",
            "Foreign Affairs Minister", "Finance Minister", "Defence Minister", "Defense Minister", "Trade Minister", "Economy Minister",
            "Economic Affairs Minister", "Energy Minister", "Interior Minister", "Home Minister", "Justice Minister", "Health Minister",
            "Agriculture Minister", "Industry Minister", "Transport Minister", "Education Minister", "Culture Minister",
            "Environment Minister", "Labour Minister", "Labor Minister", "Digital Minister", "Investment Minister", "Development Minister",
            "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary", "Treasury Secretary", "Commerce Secretary",
            "Secretary of State", "Secretary", "Under Secretary", "Under-Secretary", "Undersecretary", "State Secretary", "Press Secretary",
            "Attorney General", "Attorney-General", "National Security Adviser", "National Security Advisor", "Chief of Staff",
            // International organisations.
            "Secretary-General", "Secretary General", "Deputy Secretary-General", "Deputy Secretary General", "Under-Secretary-General",
            "Assistant Secretary-General", "Executive Secretary", "Director-General", "Director General", "Deputy Director-General",
            "Managing Director", "Director", "Executive Director", "High Representative", "High Commissioner", "Commissioner",
            "Commission President", "President of the European Commission", "Permanent Representative",
            // Chairs and officials.
            "Chairman", "Chairwoman", "Chair", "Chairperson", "Vice Chairman", "Vice-Chairman", "Vice Chair", "Deputy Chairman",
            "Governor", "Central Bank Governor", "Lieutenant Governor", "Governor-General", "Governor General", "Mayor", "Speaker",
            "Senator", "Sen.", "Congressman", "Congresswoman", "Representative", "Rep.", "Gov.", "Leader", "Opposition Leader",
            "Ambassador", "Envoy", "Special Envoy", "Special Representative", "Special Rapporteur", "Consul", "Consul General",
            "Spokesman", "Spokeswoman", "Spokesperson", "Deputy Spokesman", "Deputy Spokesperson",
            "Chief Executive", "Chief Executive Officer", "CEO", "Chief Economist", "Chief Negotiator",
            // Military.
            "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Major General", "Maj. Gen.", "Brigadier General", "Brig. Gen.",
            "Field Marshal", "Marshal", "Admiral", "Adm.", "Vice Admiral", "Rear Admiral", "Colonel", "Col.", "Lieutenant Colonel",
            "Lt. Col.", "Captain", "Capt.", "Commander",
            // Religion, law, academia.
            "Ayatollah", "Grand Ayatollah", "Imam", "Patriarch", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Reverend", "Rev.",
            "Chief Justice", "Judge", "Professor", "Prof.", "Prof",
            // Abbreviations of heads of government, and more ministers.
            "PM", "Commerce Minister", "Commerce and Industry Minister", "Trade and Industry Minister", "Foreign Affairs Secretary",
            "Caretaker Prime Minister", "Taoiseach", "Tánaiste", "Federal Councillor", "Federal Councilor", "State Counsellor",
        };
        var all = new List<string>(titles.Length + s_honorifics.Length);
        s_set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in titles)
            if (s_set.Add(t))
                all.Add(t);
        foreach (var h in s_honorifics)
            if (s_set.Add(h))
                all.Add(h);
        // Longest first (by characters, then by words); ties keep a stable ordinal order.
        all.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        s_all = all.ToArray();
        var maxWords = 0;
        foreach (var t in s_all)
        {
            var words = 1;
            foreach (var c in t)
                if (c == ' ')
                    words++;
            if (words > maxWords)
                maxWords = words;
        }
        MaxWords = maxWords;

        foreach (var m in new[]
        {
            "Mr", "Mr.", "Sir", "Lord", "Alhaji", "Sayyid", "King", "Prince", "Crown Prince", "Sultan", "Emir", "Amir", "Sheikh", "Emperor", "Duke", "Grand Duke",
            "Chairman", "Vice Chairman", "Vice-Chairman", "Deputy Chairman", "Spokesman", "Deputy Spokesman", "Congressman", "Pope",
        })
            s_gender[m] = 'm';
        foreach (var f in new[]
        {
            "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Alhaja", "Hajiya", "Sayyida", "Datin", "Puan Sri", "Dame", "Lady", "Madam", "Madame", "Mme", "Mme.", "Queen", "Princess", "Crown Princess",
            "Sheikha", "Empress", "Duchess", "Grand Duchess", "Chairwoman", "Spokeswoman", "Congresswoman",
        })
            s_gender[f] = 'f';
    }
}

/// <summary>Titles written in full: "PM" → "Prime Minister", "Prof" → "Professor"; others as given.</summary>
public static class TitleForms
{
    public static string? Full(string? title) => title switch
    {
        null => null,
        "PM" => "Prime Minister",
        "Prof" or "Prof." => "Professor",
        _ => title,
    };
}

/// <summary>Which role nouns a more general role noun can refer back to ("the leader" → the president).</summary>
public static class RoleHypernyms
{
    private static readonly Dictionary<string, HashSet<string>> s_covers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> s_synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["minister of foreign affairs"] = "foreign minister",
        ["minister for foreign affairs"] = "foreign minister",
        ["foreign affairs minister"] = "foreign minister",
        ["defense minister"] = "defence minister",
        ["defense secretary"] = "defence secretary",
        ["labor minister"] = "labour minister",
        ["ceo"] = "chief executive",
        ["chief executive officer"] = "chief executive",
        ["pm"] = "prime minister",
        ["state councilor"] = "state councillor",
        ["amir"] = "emir",
        ["undersecretary"] = "under secretary",
        ["national security advisor"] = "national security adviser",
        ["advisor"] = "adviser",
        ["chairperson"] = "chair",
        ["president elect"] = "president elect",
    };

    // Titles whose last word is not the head ("secretary general" is not a general) or must not be reduced ("prime minister").
    private static readonly HashSet<string> s_fixed = new HashSet<string>(StringComparer.Ordinal)
    {
        "prime minister", "first minister", "head of state", "head of government", "supreme leader", "crown prince", "crown princess",
        "secretary general", "director general", "attorney general", "governor general", "consul general", "surgeon general",
        "inspector general", "solicitor general", "auditor general", "chief of staff", "chief executive", "chief justice",
        "commander in chief", "state councillor", "high representative", "high commissioner", "field marshal", "grand duke",
        "grand duchess", "secretary of state", "minister of state", "member of parliament",
    };

    // Modifiers that make a lower rank: a vice president is not a president, only an official.
    private static readonly HashSet<string> s_subordinate = new HashSet<string>(StringComparer.Ordinal)
    {
        "deputy", "vice", "assistant", "under", "junior", "elect", "former", "ex", "associate", "lieutenant",
    };

    /// <summary>
    /// True when the general role noun can refer to a holder of the specific role: "leader" covers "president",
    /// "official" covers "foreign minister", "premier" covers "prime minister", "president" covers "commission president";
    /// every role covers itself. Case-insensitive; hyphens count as spaces ("Secretary-General" = "secretary general").
    /// </summary>
    public static bool Covers(string general, string specific)
    {
        if (string.IsNullOrEmpty(general) || string.IsNullOrEmpty(specific))
            return false;
        var g = Normalize(general);
        var s = Normalize(specific);
        if (g.Length == 0 || s.Length == 0)
            return false;
        if (string.Equals(g, s, StringComparison.Ordinal))
            return true;
        s_covers.TryGetValue(g, out var set);
        if (set != null && set.Contains(s))
            return true;
        if (s_fixed.Contains(s))
            return false;

        // Reduce the specific role to its head word: "foreign minister" → minister, "minister of finance" → minister.
        var words = s.Split(' ');
        if (words.Length < 2)
            return false;
        var subordinate = false;
        foreach (var w in words)
            if (s_subordinate.Contains(w))
                subordinate = true;
        var head = Head(words);
        if (head.Length == 0)
            return false;
        if (subordinate)
        {
            // A vice president is not a president nor a leader, but any deputy is an official,
            // and a deputy foreign minister is still a diplomat.
            if (string.Equals(g, "official", StringComparison.Ordinal))
                return true;
            if (!string.Equals(g, "diplomat", StringComparison.Ordinal))
                return false;
            var rest = new List<string>(words.Length);
            foreach (var w in words)
                if (!s_subordinate.Contains(w))
                    rest.Add(w);
            return rest.Count > 0 && rest.Count < words.Length && Covers(g, string.Join(" ", rest));
        }
        if (string.Equals(g, head, StringComparison.Ordinal))
            return true;
        return set != null && set.Contains(head);
    }

    private static string Head(string[] words)
    {
        // "minister of finance", "secretary for health": the head precedes the preposition.
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w == "of" || w == "for" || w == "to" || w == "at" || w == "in")
                return words[i - 1];
        }
        var last = words[words.Length - 1];
        if ((last == "elect" || last == "designate") && words.Length >= 2)
            return words[words.Length - 2];
        return last;
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var ch in text)
        {
            var c = ch == '-' || ch == '\u2010' || ch == '\u2011' || ch == '_' ? ' ' : char.ToLowerInvariant(ch);
            if (c == '.')
                continue;
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                    sb.Append(' ');
                space = true;
                continue;
            }
            sb.Append(c);
            space = false;
        }
        if (sb.Length > 0 && sb[sb.Length - 1] == ' ')
            sb.Length--;
        var s = sb.ToString();
        if (s.StartsWith("the ", StringComparison.Ordinal))
            s = s.Substring(4);
        if (s_synonyms.TryGetValue(s, out var syn))
            return syn;
        // "minister of finance" → "finance minister"; "minister for trade" → "trade minister".
        if (s.StartsWith("minister of ", StringComparison.Ordinal) && !s_fixed.Contains(s))
            s = s.Substring(12) + " minister";
        else if (s.StartsWith("minister for ", StringComparison.Ordinal))
            s = s.Substring(13) + " minister";
        return s_synonyms.TryGetValue(s, out syn) ? syn : s;
    }

    private static void Cover(string general, string specifics)
    {
        if (!s_covers.TryGetValue(general, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            s_covers.Add(general, set);
        }
        foreach (var s in specifics.Split('|'))
            set.Add(s);
    }

    static RoleHypernyms()
    {
        const string Rulers = "president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|head of state|head of government|monarch|emperor|empress|crown prince|grand duke|first minister|pope";
        const string Diplomats = "foreign minister|foreign secretary|secretary of state|ambassador|envoy|special envoy|special representative|high representative|permanent representative|consul|consul general|high commissioner|chargé d'affaires|charge d'affaires";
        const string Spokes = "spokesperson|spokesman|spokeswoman|press secretary|press officer";
        Cover("leader", Rulers + "|chairman|chairwoman|chair|party leader|opposition leader");
        Cover("ruler", "king|queen|emir|sultan|monarch|emperor|empress|supreme leader|president|grand duke|crown prince");
        Cover("monarch", "king|queen|emir|sultan|emperor|empress|grand duke");
        Cover("head", Rulers + "|chairman|chairwoman|chair|director|director general|secretary general|executive secretary|chief executive|managing director|governor|mayor|commission president|leader|commissioner|high representative");
        Cover("chief", "chief executive|director general|secretary general|executive secretary|managing director|director|chairman|chairwoman|chair|head|chief of staff|commission president|commander");
        Cover("boss", "chief executive|director general|secretary general|managing director|director|chairman|chairwoman|chair|head");
        Cover("premier", "prime minister");
        Cover("prime minister", "premier");
        Cover("head of state", "president|king|queen|emir|sultan|monarch|emperor|grand duke");
        Cover("head of government", "prime minister|premier|chancellor|first minister");
        Cover("official", "minister|spokesperson|spokesman|spokeswoman|press secretary|ambassador|envoy|special envoy|secretary|secretary of state|foreign secretary|commissioner|diplomat|director|director general|secretary general|deputy|adviser|under secretary|state secretary|representative|special representative|high representative|permanent representative|high commissioner|chief of staff|state councillor|governor|consul|consul general|negotiator|chief negotiator|national security adviser|attorney general|officer|press officer");
        Cover("diplomat", Diplomats);
        Cover("top diplomat", "foreign minister|foreign secretary|secretary of state|high representative");
        Cover("minister", "foreign secretary|home secretary|defence secretary|state councillor");
        Cover("envoy", "ambassador|special envoy|special representative|permanent representative|high commissioner");
        Cover("representative", "permanent representative|special representative|high representative");
        Cover("spokesperson", Spokes);
        Cover("spokesman", Spokes);
        Cover("spokeswoman", Spokes);
        Cover("chairman", "chair|chairperson|president");
        Cover("chairwoman", "chair|chairperson|president");
        Cover("chair", "chairman|chairwoman|chairperson|president");
        Cover("executive", "chief executive|managing director|director|chairman|chairwoman");
        Cover("lawmaker", "senator|congressman|congresswoman|representative|member of parliament|mp|deputy|speaker");
        Cover("legislator", "senator|congressman|congresswoman|representative|member of parliament|mp|deputy|speaker");
        Cover("politician", Rulers + "|minister|senator|congressman|congresswoman|member of parliament|mp|mayor|governor|speaker|leader");
        Cover("commander", "general|admiral|colonel|lieutenant general|major general|brigadier general|field marshal|marshal|commander in chief|vice admiral|rear admiral");
        Cover("officer", "general|admiral|colonel|major|captain|lieutenant|commander|lieutenant general|major general|brigadier general|lieutenant colonel");
        Cover("general", "lieutenant general|major general|brigadier general");
        Cover("admiral", "vice admiral|rear admiral");
        Cover("cleric", "ayatollah|grand ayatollah|imam|patriarch|metropolitan|cardinal|archbishop|bishop|rabbi|reverend|pope");
        Cover("judge", "justice|chief justice");
        Cover("secretary", "secretary of state|foreign secretary|home secretary|defence secretary|press secretary|state secretary|executive secretary");
    }
}

/// <summary>Nouns for the bodies and documents through which states and organisations speak.</summary>
public static class BodyNouns
{
    private static readonly string[] s_heads =
    {
        "ministry", "foreign ministry", "ministry of foreign affairs", "defence ministry", "defense ministry", "interior ministry",
        "finance ministry", "economy ministry", "trade ministry", "energy ministry", "foreign office", "office", "presidency",
        "presidential office", "president's office", "prime minister's office", "government", "cabinet", "embassy", "consulate", "mission",
        "delegation", "agency", "news agency", "state news agency", "department", "state department", "parliament", "council",
        "security council", "commission", "secretariat", "spokesperson's office", "press service", "press office", "central bank",
        "army", "military", "armed forces", "navy", "air force", "police", "party", "ruling party", "court", "supreme court",
        "constitutional court", "administration", "regime", "authorities", "leadership", "junta", "legislature", "senate", "congress",
        "assembly", "national assembly", "executive", "state media", "state television", "state broadcaster",
    };

    private static readonly string[] s_documents =
    {
        "statement", "joint statement", "written statement", "readout", "communique", "communiqué", "joint communique", "joint communiqué",
        "declaration", "joint declaration", "final declaration", "transcript", "letter", "open letter", "press release", "news release",
        "release", "report", "post", "tweet", "decree", "executive order", "resolution", "memo", "memorandum", "note", "notice",
        "announcement", "briefing", "press briefing", "address", "speech", "interview", "op-ed", "editorial", "message", "video",
        "video message", "video address", "telegram", "cable",
    };

    private static readonly Dictionary<string, string> s_named = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Seats of power used for their governments.
        ["Kremlin"] = "RU", ["White House"] = "US", ["Elysee"] = "FR", ["Élysée"] = "FR", ["Elysee Palace"] = "FR", ["Élysée Palace"] = "FR",
        ["Downing Street"] = "GB", ["Number 10"] = "GB", ["No 10"] = "GB", ["No. 10"] = "GB", ["Whitehall"] = "GB",
        ["Pentagon"] = "US", ["State Department"] = "US", ["Foggy Bottom"] = "US", ["Capitol Hill"] = "US",
        ["Foreign Office"] = "GB", ["Quai d'Orsay"] = "FR", ["Matignon"] = "FR", ["Blue House"] = "KR", ["Cheong Wa Dae"] = "KR",
        ["Zhongnanhai"] = "CN", ["Great Hall of the People"] = "CN", ["Kantei"] = "JP", ["Kasumigaseki"] = "JP",
        ["Kanzleramt"] = "DE", ["Quirinale"] = "IT", ["Palazzo Chigi"] = "IT", ["Moncloa"] = "ES",
        ["La Moncloa"] = "ES", ["Planalto"] = "BR", ["Planalto Palace"] = "BR", ["Casa Rosada"] = "AR", ["Miraflores"] = "VE",
        ["Malacanang"] = "PH", ["Malacañang"] = "PH", ["Akorda"] = "KZ", ["Ak Orda"] = "KZ", ["Aqorda"] = "KZ", ["Bankova"] = "UA",
        ["Rashtrapati Bhavan"] = "IN", ["South Block"] = "IN", ["Rideau Hall"] = "CA", ["Parliament Hill"] = "CA",
        ["Bestepe"] = "TR", ["Beştepe"] = "TR",
        // Parliaments.
        ["Bundestag"] = "DE", ["Knesset"] = "IL", ["Duma"] = "RU", ["State Duma"] = "RU", ["Federation Council"] = "RU",
        ["Verkhovna Rada"] = "UA", ["Rada"] = "UA", ["Sejm"] = "PL", ["Lok Sabha"] = "IN", ["Rajya Sabha"] = "IN",
        ["Storting"] = "NO", ["Riksdag"] = "SE", ["Folketing"] = "DK", ["Eduskunta"] = "FI",
        ["Oireachtas"] = "IE", ["Dail"] = "IE", ["Dáil"] = "IE", ["Mazhilis"] = "KZ", ["Jogorku Kenesh"] = "KG",
        ["Oliy Majlis"] = "UZ", ["Riigikogu"] = "EE", ["Saeima"] = "LV", ["Seimas"] = "LT", ["Sobranie"] = "MK", ["Skupstina"] = "RS",
        ["National People's Congress"] = "CN", ["Diet"] = "JP",
        // State news agencies.
        ["Xinhua"] = "CN", ["TASS"] = "RU", ["Tass"] = "RU", ["RIA Novosti"] = "RU", ["Interfax"] = "RU", ["Kazinform"] = "KZ",
        ["Anadolu"] = "TR", ["Anadolu Agency"] = "TR", ["KCNA"] = "KP", ["Yonhap"] = "KR", ["Kyodo"] = "JP", ["IRNA"] = "IR",
        ["BelTA"] = "BY", ["Ukrinform"] = "UA", ["WAM"] = "AE", ["QNA"] = "QA", ["KUNA"] = "KW", ["Kabar"] = "KG",
        ["Bernama"] = "MY", ["Antara"] = "ID", ["Vietnam News Agency"] = "VN", ["Armenpress"] = "AM",
        ["SANA"] = "SY", ["Saudi Press Agency"] = "SA", ["ANSA"] = "IT", ["EFE"] = "ES", ["Agerpres"] = "RO",
        // Intelligence and security services.
        ["FSB"] = "RU", ["SVR"] = "RU", ["GRU"] = "RU", ["CIA"] = "US", ["FBI"] = "US", ["NSA"] = "US", ["MI5"] = "GB", ["MI6"] = "GB",
        ["Mossad"] = "IL", ["Shin Bet"] = "IL", ["SBU"] = "UA", ["KNB"] = "KZ", ["Bundeswehr"] = "DE",
    };

    private static readonly string[] s_namedList;

    static BodyNouns()
    {
        var list = new List<string>(s_named.Keys);
        list.Sort(StringComparer.Ordinal);
        s_namedList = list.ToArray();
    }

    /// <summary>Head nouns of speaking bodies ("foreign ministry", "news agency", "central bank"), lower case.</summary>
    public static IReadOnlyList<string> Heads => s_heads;

    /// <summary>Nouns for documents that carry statements ("statement", "readout", "communiqué", "decree"), lower case.</summary>
    public static IReadOnlyList<string> DocumentNouns => s_documents;

    /// <summary>Institutions named as speakers for their country ("Kremlin", "White House", "Downing Street", "Xinhua"), as written.</summary>
    public static IReadOnlyList<string> NamedBodies => s_namedList;

    /// <summary>The ISO 3166-1 alpha-2 code of the country a named institution speaks for ("Kremlin" → "RU"). Case-sensitive, exact surface.</summary>
    public static bool TryGetNamedBody(string surface, out string iso2)
    {
        if (!string.IsNullOrEmpty(surface))
        {
            if (s_named.TryGetValue(surface, out var found))
            {
                iso2 = found;
                return true;
            }
            if (surface.IndexOf('\u2019') >= 0 && s_named.TryGetValue(surface.Replace('\u2019', '\''), out found))
            {
                iso2 = found;
                return true;
            }
        }
        iso2 = "";
        return false;
    }
}

/// <summary>Words that make up organisation names and refer back to organisations.</summary>
public static class OrganizationWords
{
    private static readonly HashSet<string> s_nameHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "Organisation", "Union", "Alliance", "Community", "Council", "Association", "Forum", "Group", "Bank", "Fund",
        "Agency", "Bloc", "Partnership", "Pact", "Commonwealth", "League", "Conference", "Cooperation", "Co-operation",
        "Market", "Area", "Nations", "Countries", "States", "Committee", "Commission", "Assembly", "Initiative", "Dialogue",
        "Secretariat", "Zone", "Framework", "Coalition", "Federation", "Confederation", "Movement", "Institute", "Corporation", "Program", "Programme",
        "Parliament", "Office", "Court", "Tribunal", "Authority", "Board", "Network", "Consortium", "Society", "Foundation",
        "Centre", "Center", "Mechanism", "Format", "Process", "Platform", "Cartel", "Club", "Triangle", "Conclave", "System", "Arrangements", "Entente",
        "Alternative", "Front", "Powers", "Facility",
    };

    private static readonly HashSet<string> s_events = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Summit", "Conference", "Meeting", "Forum", "Session", "Talks", "Ministerial", "Gathering", "Roundtable", "Dialogue",
    };

    private static readonly HashSet<string> s_generic = new HashSet<string>(StringComparer.Ordinal)
    {
        "bloc", "group", "grouping", "organisation", "organization", "alliance", "union", "club", "body", "forum", "association",
        "community", "partnership", "coalition", "cartel", "league", "pact", "format", "institution", "organ", "commission",
        "council", "platform", "framework", "mechanism", "federation", "consortium", "conclave", "initiative", "triangle", "movement", "zone", "bank", "fund",
        "arrangement",
    };

    private static readonly HashSet<string> s_connectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "of", "the", "for", "and", "on", "in", "at", "de", "des", "du", "la", "le", "del", "d'", "&", "internationale", "against", "through",
    };

    /// <summary>True when a capitalised phrase ending in this word names an organisation ("Union", "Organization", "Council"). Case-insensitive.</summary>
    public static bool IsNameHead(string word) => !string.IsNullOrEmpty(word) && s_nameHeads.Contains(word);

    /// <summary>True for words naming events rather than bodies ("Summit", "Conference", "Meeting", "Forum"). Case-insensitive.</summary>
    public static bool IsEventWord(string word) => !string.IsNullOrEmpty(word) && s_events.Contains(word);

    /// <summary>True for lower-case nouns that refer back to an organisation ("the bloc", "the grouping", "the alliance"). Exact case.</summary>
    public static bool IsGenericNoun(string word) => !string.IsNullOrEmpty(word) && s_generic.Contains(word);

    /// <summary>True for lower-case words allowed inside an organisation name ("of", "the", "for", "and", "de", "&amp;"). Exact case.</summary>
    public static bool IsConnector(string word) => !string.IsNullOrEmpty(word) && s_connectors.Contains(word);
}

/// <summary>Numbers written as digits or words.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> s_words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["thousand"] = 1000, ["a thousand"] = 1000,
        ["one thousand"] = 1000, ["dozen"] = 12, ["a dozen"] = 12, ["half a dozen"] = 6, ["a half-dozen"] = 6, ["half-dozen"] = 6,
    };

    private static readonly HashSet<string> s_tens = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    private static readonly HashSet<string> s_units = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    };

    /// <summary>
    /// Parses a cardinal number: digits with optional thousands commas ("14", "1,000"), words zero to twenty and the tens,
    /// "hundred", "thousand", "dozen"/"a dozen", compounds "twenty-one"/"twenty one", and "two hundred"/"three thousand".
    /// Case-insensitive. Words with suffixes ("nine-member") are the caller's to split.
    /// </summary>
    public static bool TryParse(string word, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(word))
            return false;
        var w = word.Trim();
        if (w.Length == 0)
            return false;
        if (w[0] >= '0' && w[0] <= '9')
            return TryParseDigits(w, out value);
        if (s_words.TryGetValue(w, out value))
            return true;

        // "twenty-one", "twenty one".
        var sep = w.IndexOf('-');
        if (sep < 0)
            sep = w.IndexOf(' ');
        if (sep > 0 && sep < w.Length - 1)
        {
            var a = w.Substring(0, sep);
            var b = w.Substring(sep + 1);
            if (s_tens.Contains(a) && s_units.Contains(b) && s_words.TryGetValue(a, out var tens) && s_words.TryGetValue(b, out var unit))
            {
                value = tens + unit;
                return true;
            }
            // "two hundred", "five thousand", "twenty thousand".
            if (w[sep] == ' ' && (string.Equals(b, "hundred", StringComparison.OrdinalIgnoreCase) || string.Equals(b, "thousand", StringComparison.OrdinalIgnoreCase)))
            {
                if (TryParse(a, out var mult) && mult > 0 && mult < 1000)
                {
                    value = mult * (b.Length == 7 ? 100 : 1000);
                    return true;
                }
            }
        }
        value = 0;
        return false;
    }

    private static bool TryParseDigits(string w, out int value)
    {
        value = 0;
        long acc = 0;
        var digitsSinceComma = 0;
        var sawComma = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c >= '0' && c <= '9')
            {
                acc = acc * 10 + (c - '0');
                if (acc > int.MaxValue)
                    return false;
                digitsSinceComma++;
                if (sawComma && digitsSinceComma > 3)
                    return false;
            }
            else if (c == ',')
            {
                // Groups of three after the first comma; the first group is one to three digits.
                if (i == 0 || i == w.Length - 1 || (sawComma ? digitsSinceComma != 3 : digitsSinceComma > 3))
                    return false;
                sawComma = true;
                digitsSinceComma = 0;
            }
            else
            {
                return false;
            }
        }
        if (sawComma && digitsSinceComma != 3)
            return false;
        value = (int)acc;
        return true;
    }
}

/// <summary>Months, weekdays and relative time expressions.</summary>
public static class TimeWords
{
    private static readonly HashSet<string> s_months = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Jan.", "Feb", "Feb.", "Mar", "Mar.", "Apr", "Apr.", "Jun", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sep", "Sep.",
        "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.",
    };

    private static readonly HashSet<string> s_weekdays = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Mon.", "Tue", "Tue.", "Tues", "Tues.", "Wed", "Wed.", "Thu", "Thu.", "Thur", "Thur.", "Thurs", "Thurs.",
        "Fri", "Fri.", "Sat", "Sat.", "Sun", "Sun.",
    };

    private static readonly string[] s_relative =
    {
        "later this year", "early next year", "late next year", "later next year", "earlier this year", "earlier this month",
        "later this month", "early next month", "by the end of the year", "by the end of this year", "by the end of next year",
        "by the end of the month", "by year-end", "by year end", "at the end of the year", "at the start of next year",
        "in the coming weeks", "in the coming months", "in the coming days", "in the near future",
        "next year", "last year", "this year", "next month", "last month", "this month", "next week", "last week", "this week",
        "next summer", "next spring", "next autumn", "next fall", "next winter", "last summer", "last spring", "last autumn",
        "last fall", "last winter", "this summer", "this spring", "this autumn", "this fall", "this winter",
        "the day before", "the day after", "the following day", "the previous day", "the next day",
        "tomorrow", "today", "yesterday", "tonight", "this morning", "this afternoon", "this evening", "last night",
    };

    static TimeWords()
    {
        // Longest first, so the caller can take the first match.
        Array.Sort(s_relative, (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
    }

    /// <summary>True for month names and their abbreviations ("January", "Jan", "Jan.", "Sept."). Must be capitalised (so "may" is not a month).</summary>
    public static bool IsMonth(string word) => Capitalised(word) && s_months.Contains(word);

    /// <summary>True for weekday names and abbreviations ("Monday", "Mon.", "Tues."). Must be capitalised (so "sat", "wed" are not).</summary>
    public static bool IsWeekday(string word) => Capitalised(word) && s_weekdays.Contains(word);

    /// <summary>Relative time expressions, lower case, longest first ("later this year", "next year", "tomorrow"). "in January" is the caller's.</summary>
    public static IReadOnlyList<string> RelativeExpressions => s_relative;

    private static bool Capitalised(string word) => !string.IsNullOrEmpty(word) && char.IsUpper(word[0]);
}

/// <summary>Personal and possessive pronouns.</summary>
public static class Pronouns
{
    private struct Info
    {
        public Info(char gender, bool plural, bool personal)
        {
            Gender = gender;
            Plural = plural;
            Personal = personal;
        }

        public char Gender { get; }
        public bool Plural { get; }
        public bool Personal { get; }
    }

    private static readonly Dictionary<string, Info> s_third = new Dictionary<string, Info>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = new Info('m', false, true), ["him"] = new Info('m', false, true), ["his"] = new Info('m', false, true),
        ["himself"] = new Info('m', false, true),
        ["she"] = new Info('f', false, true), ["her"] = new Info('f', false, true), ["hers"] = new Info('f', false, true),
        ["herself"] = new Info('f', false, true),
        ["it"] = new Info('n', false, false), ["its"] = new Info('n', false, false), ["itself"] = new Info('n', false, false),
        ["they"] = new Info('x', true, false), ["them"] = new Info('x', true, false), ["their"] = new Info('x', true, false),
        ["theirs"] = new Info('x', true, false), ["themselves"] = new Info('x', true, false),
    };

    private static readonly HashSet<string> s_first = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "I", "we", "me", "us", "our", "my", "mine", "ours", "myself", "ourselves",
    };

    /// <summary>
    /// Third-person pronouns: gender 'm' (he, him, his), 'f' (she, her), 'n' (it, its: neuter), 'x' (they, them, their: unspecified);
    /// plural for they/them/their; personal true only for he/she forms (they may be people or organisations). Case-insensitive,
    /// but all-capital "IT" is read as an acronym, not a pronoun.
    /// </summary>
    public static bool TryGet(string word, out char gender, out bool plural, out bool personal)
    {
        if (!string.IsNullOrEmpty(word) && !string.Equals(word, "IT", StringComparison.Ordinal) && s_third.TryGetValue(word, out var info))
        {
            gender = info.Gender;
            plural = info.Plural;
            personal = info.Personal;
            return true;
        }
        gender = '\0';
        plural = false;
        personal = false;
        return false;
    }

    /// <summary>First-person pronouns: I, we, me, us, our, my (and mine, ours, myself, ourselves). Case-insensitive, but "US" is the country and "i" is not "I".</summary>
    public static bool IsFirstPerson(string word)
    {
        if (string.IsNullOrEmpty(word))
            return false;
        if (string.Equals(word, "US", StringComparison.Ordinal) || string.Equals(word, "i", StringComparison.Ordinal))
            return false;
        return s_first.Contains(word);
    }
}

/// <summary>Function words and elisions.</summary>
public static class CommonWords
{
    private static readonly HashSet<string> s_sentenceStart = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "However", "Although", "While", "Whilst", "After", "Before", "Earlier", "Later",
        "Meanwhile", "Despite", "During", "Since", "Both", "Their", "His", "Her", "Its", "Our", "My", "Your", "This", "That", "These",
        "Those", "It", "He", "She", "They", "We", "I", "You", "As", "For", "With", "Without", "Within", "From", "By", "Under", "Over",
        "When", "Where", "Why", "How", "What", "Which", "Who", "Whose", "Whom", "Some", "Many", "Most", "All", "Any", "Several", "Other",
        "Others", "Such", "Also", "Still", "Yet", "So", "Then", "Now", "There", "Here", "If", "Unlike", "Like", "Among", "Amid", "Amidst",
        "Ahead", "Speaking", "Asked", "According", "Last", "Next", "First", "Nevertheless", "Moreover", "Furthermore", "Instead",
        "Indeed", "Only", "Even", "Just", "Not", "No", "Yes", "Once", "Until", "Because", "Though", "Through", "Across", "Against",
        "Around", "About", "Following", "Including", "To", "Of", "Or", "Nor", "Each", "Every", "Either", "Neither", "Few", "More", "Much",
        "Another", "One", "Two", "Three", "Four", "Five", "Thus", "Hence", "Therefore", "Otherwise", "Besides", "Beyond", "Between",
        "Toward", "Towards", "Upon", "Into", "Onto", "Via", "Per", "Whether", "Unless", "Whereas", "Already", "Again", "Often",
        "Sometimes", "Perhaps", "Maybe", "Recently", "Previously", "Currently", "Finally", "Overall", "Additionally", "Separately",
        "Elsewhere", "Altogether", "Nonetheless", "Regardless", "Given", "Prior", "Shortly", "Soon",
        "Together", "Collectively", "Combined", "Jointly", "Today", "Yesterday", "Tomorrow", "Traditionally", "Historically", "Officially",
        "Formally", "Notably", "Initially", "Originally", "Eventually", "Ultimately", "Similarly", "Likewise", "Importantly", "Crucially",
        "Specifically", "Broadly", "Economically", "Politically", "Geographically", "Significantly", "Technically", "Clearly", "Interestingly",
    };

    private static readonly HashSet<string> s_elisions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "'em", "'til", "'tis", "'twas", "'n'", "'n", "'cause", "'bout", "'round", "'ere", "'tween", "'twill", "'cos", "'coz",
    };

    /// <summary>True for capitalised words that start sentences and are never names ("The", "However", "Meanwhile", "According"). Case-insensitive.</summary>
    public static bool IsSentenceStartFunctionWord(string word) => !string.IsNullOrEmpty(word) && s_sentenceStart.Contains(word);

    /// <summary>
    /// True for apostrophe-initial words that are elisions, not the start of a quotation: 'em, 'til, 'tis, 'twas, 'n', 'cause, 'bout,
    /// 'round, and years "'90s", "'24". The typographic apostrophe (’) counts as one. Case-insensitive.
    /// </summary>
    public static bool IsElision(string word)
    {
        if (string.IsNullOrEmpty(word) || word.Length < 2)
            return false;
        var first = word[0];
        if (first != '\'' && first != '\u2019')
            return false;
        var w = first == '\'' ? word : "'" + word.Substring(1);
        if (s_elisions.Contains(w))
            return true;
        // '90s, '24, '90's.
        if (w.Length >= 3 && IsDigit(w[1]) && IsDigit(w[2]))
        {
            var rest = w.Substring(3);
            return rest.Length == 0 || rest == "s" || rest == "S" || rest == "'s" || rest == "\u2019s";
        }
        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}

/// <summary>
/// The words the membership reader acts on, classified once per distinct word (<see cref="WordClass.MembershipCue"/>,
/// <see cref="WordClass.MembershipAnchor"/>) so that the reader tests a bit per token instead of hashing it.
/// </summary>
public static class MembershipWords
{
    /// <summary>Words that start a membership reading of their own ("member", "joined", "observers", ...). Case-insensitive.</summary>
    public static readonly HashSet<string> Cues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "member-state", "member-states", "part", "party", "parties", "non-member", "non-members", "nonmember", "join", "joins",
        "joined", "joining", "rejoin", "rejoined", "rejoins", "suspended", "readmitted", "left", "quit", "exited", "withdrew",
        "withdrawn", "expelled", "withdrawal", "exit", "counts", "none", "neither", "admitted", "accepted", "incorporated", "become", "became", "becomes",
        "becoming", "applied", "apply", "applies", "application", "applications", "request", "make", "makes", "named", "welcomed", "welcomes", "welcoming", "welcome", "founders", "founder", "co-founder", "signed", "signs", "promoted", "upgraded", "elevated", "associated", "bid", "accession", "candidate", "candidates", "candidacy", "partner", "partners",
        "observer", "observers", "consists", "consisting", "consisted", "consist", "comprises", "comprising", "comprised", "includes",
        "include", "including", "included", "involves", "groups", "grouped", "unites", "binds", "bind", "brings", "bringing", "made", "founded", "formed", "established", "created",
        "belong", "belongs", "belonged", "outside", "admit", "set", "added", "adds", "admits", "take", "took", "takes", "taking", "status", "talks",
        "negotiations", "returned", "returns", "leaving", "departure", "others", "participation", "suspension", "membership", "ally", "allies", "out",
        "leave", "leaves", "pulled", "pulls", "form", "participating", "withdraw", "withdraws", "quits", "withdrawing", "quitting", "suspend", "admitting", "signatories", "signatory", "brought", "launched", "ratify", "ratified", "followed", "excluded", "admission", "revived", "relaunched", "re-established", "walked", "links", "linking", "linked", "bound", "restored", "reinstated", "aboard", "thrown", "kicked", "own", "covers",
    };

    /// <summary>Words that switch on a sentence reader ("like", "fellow", "whose", ...). Case-insensitive.</summary>
    public static readonly HashSet<string> Anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "or", "nor", "entered", "part", "like", "where", "fellow", "sit", "sits", "sat", "sitting", "make", "makes", "made", "form", "forms", "formed", "comprise", "constitute", "stands", "partners", "one", "other", "which", "downgraded", "downgrades", "downgrading", "whose", "joins", "joined", "first", "only", "last", "newest", "latest", "founding", "all", "among", "both", "some", "but", "shares", "share", "shared", "suspended", "candidates", "candidate", "founded", "created", "established", "launched", "announced", "unveiled", "left", "withdrawn", "withdrew", "renounced", "ended", "its", "their", "expanded", "grown", "grew", "enlarged", "grouped", "organised", "organized", "banded", "associate", "neighbour", "neighbor", "neighbours", "neighbors", "ally", "leaving", "without", "exception", "exceptions", "status", "went", "intention", "founders", "known", "not", "n't", "two", "three", "states", "countries", "nations", "member-states", "kingdoms", "republics", "members", "helped", "help", "helps", "number", "member", "recent", "most", "also", "as", "never", "youngest", "sole", "oldest", "admission", "application", "bid", "request", "outside", "voters", "electorate", "force", "invitation", "offer", "partner", "observers", "suspends", "froze", "freezes", "frozen", "join", "observer", "unlike", "forming", "creating", "tied", "bound", "effect", "signing", "followed", "joining", "negotiating", "negotiate", "negotiates", "opened", "started", "began", "opens", "starts", "begins", "grant", "granted", "grants", "give", "gave", "given", "process", "talks", "negotiations", "set", "remained", "remains", "remain", "stayed", "stays", "stay", "return", "agreed", "decided", "choosing", "opting", "preferring", "accession", "protocol", "expelled", "withdrawal", "leave", "participation", "rejected", "suspension", "largest", "biggest", "smallest", "richest", "poorest", "second-largest", "second-biggest", "third-largest", "shareholders", "shareholder", "producers", "exporters", "allies", "becoming", "prospective"
    };
}
