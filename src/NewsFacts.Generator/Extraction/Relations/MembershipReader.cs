using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsFacts.Extraction.Entities;
using NewsFacts.Extraction.Lexicon;
using NewsFacts.Extraction.Text;
using NewsFacts.Model;

namespace NewsFacts.Extraction.Relations;

/// <summary>A relation read from one sentence, before it becomes model data.</summary>
internal sealed class RelationHit
{
    public RelationHit(int org, RelationKind kind, Mention country, int sentence, string? when)
    {
        Org = org;
        Kind = kind;
        Country = country;
        Sentence = sentence;
        When = when;
    }

    public int Org { get; }

    public RelationKind Kind { get; }

    public Mention Country { get; }

    public int Sentence { get; }

    public string? When { get; }
}

internal sealed class CountHit
{
    public CountHit(int org, RelationKind kind, int value, int token, string asWritten, int sentence)
    {
        Org = org;
        Kind = kind;
        Value = value;
        Token = token;
        AsWritten = asWritten;
        Sentence = sentence;
    }

    public int Org { get; }

    public RelationKind Kind { get; }

    public int Value { get; }

    public int Token { get; }

    public string AsWritten { get; }

    public int Sentence { get; }
}

/// <summary>
/// Reads membership facts sentence by sentence from lexical frames around cue words ("member", "join",
/// "dialogue partners", "observer", "consists of", "N-member"), with the subject found by scanning back over
/// auxiliaries and appositions, object lists read as coordinations of countries, the organisation resolved from
/// an explicit mention, a generic noun ("the bloc") or the article's topic, and lists introduced earlier reused by
/// set arithmetic ("the four other Central Asian states").
/// </summary>
internal sealed partial class MembershipReader
{
    private static readonly HashSet<string> SubjectSkip = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "also", "now", "already", "formally",
        "officially", "finally", "recently", "soon", "set", "to", "expected", "due", "poised", "slated", "scheduled", "likely",
        "about", "seeking", "seeks", "sought", "negotiating", "hoping", "hopes", "hoped", "planning", "plans", "planned", "wants", "wanted",
        "intends", "intended", "aiming", "aims", "aimed", "applied", "apply", "applies", "applying", "bid", "bidding", "trying",
        "tries", "tried", "keen", "eager", "ready", "still", "be", "been", "being", "fully", "eventually", "currently", "then",
        "later", "both", "all", "each", "itself", "themselves", "set", "expected", "invited", "preparing", "prepares", "moving",
        "moved", "able", "going", "seemed", "appears", "looks", "looking", "looked", "last", "this", "next", "year", "week", "month",
        "on", "in", "thursday", "wednesday", "monday", "tuesday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "to-day", "to-morrow",
        "not", "never", "n't", "no", "longer", "yet", "remain", "remains", "remained", "stay", "stays", "stayed", "effectively",
        "does", "do", "did", "only", "quickly", "swiftly", "subsequently", "temporarily", "asked", "voted", "votes", "decided", "decides", "opted", "chose",
        "long", "repeatedly", "consistently", "actively", "openly", "reportedly", "aim", "agreed", "agree", "agrees",
        // "Bolivia ... is still waiting to become a full member": a pending accession.
        "waiting", "waits", "wait",
    };

    private static readonly HashSet<string> ClauseBreak = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "while", "whereas", "although", "though", "that", "which", "who", "because", "since", "after", "before", "when",
        "if", "unless", "as", ";", ":", "said", "says", "say", "told", "added", "whom", "where",
    };

    private readonly Document _doc;
    private readonly EntityRecognizer _er;
    private readonly List<Token> _t;
    private readonly CancellationToken _ct;
    private readonly List<(int Sentence, int Token, List<Mention> Countries)> _lists = new();

    public MembershipReader(Document doc, EntityRecognizer er, CancellationToken cancellationToken)
    {
        _doc = doc;
        _er = er;
        _t = doc.Tokens;
        _ct = cancellationToken;
    }

    public List<RelationHit> Relations { get; } = new();

    public List<CountHit> Counts { get; } = new();

    /// <summary>The organisation each sentence is about, by default (index, or -1).</summary>
    private int _topic = -1;

    /// <summary>The article's main organisation: the bloc it is about.</summary>
    private int _main = -1;

    /// <summary>
    /// "the Three Seas Initiative (3SI), a forum of Central and Eastern European countries": the generic noun each
    /// organisation is introduced with, so that "the forum" later stands for it (-2 when two share a noun).
    /// </summary>
    private readonly Dictionary<string, int> _appositionNouns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The token at which each noun of <see cref="_appositionNouns"/> was first said of an organisation.</summary>
    private readonly Dictionary<string, int> _appositionNounAt = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organisations the text introduces as another's predecessor ("the continental body's predecessor, the OAU"): defunct, given no relations.</summary>
    private readonly HashSet<int> _predecessors = new();

    private void CollectPredecessors()
    {
        for (var i = 0; i + 2 < _t.Count; i++)
        {
            if (!_t[i].IsWord || !(_t[i].IsIgnoreCase("predecessor") || _t[i].IsIgnoreCase("forerunner"))) continue;
            var k = i + 1;
            if (_t[k].Is(",")) k++;
            if (k < _t.Count && _t[k].IsIgnoreCase("the")) k++;
            if (_er.At(k) is { Type: MentionType.Organization } m && m.Entity >= 0 && !(_t[k].IsWord && !_t[k].IsCapitalized)) _predecessors.Add(m.Entity);
        }
    }

    private void CollectAppositionNouns()
    {
        for (var i = 0; i + 3 < _t.Count; i++)
        {
            // Institutions too: "the Three Seas Initiative (3SI), a forum of ... countries" says what it is.
            if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || m.Last != i) continue;
            if (_t[i].IsWord && !_t[i].IsCapitalized && OrganizationWords.IsGenericNoun(_t[i].Text)) continue;
            var k = i + 1;
            // "the OPEC+ alliance", "the BRICS group": a name before the noun says what it is (when only one does).
            // "The 23-country OPEC+ alliance": over a size.
            var det = m.First - 1 >= 0 ? m.First - 1 : 0;
            if (det > 0 && (_t[det].Text.EndsWith("-country", StringComparison.Ordinal) || _t[det].Text.EndsWith("-member", StringComparison.Ordinal) || _t[det].Text.EndsWith("-nation", StringComparison.Ordinal))) det--;
            // "Morrison seals AUKUS pact": no article is needed before a name that says what it is.
            if (_t[k].IsWord && !_t[k].IsCapitalized && OrganizationWords.IsGenericNoun(_t[k].Text) && i > 0 && (_t[det].IsIgnoreCase("the") || _t[det].IsWord && !_t[det].IsCapitalized && !_t[det].IsIgnoreCase("a") && !_t[det].IsIgnoreCase("an"))
                && _er.Orgs[m.Entity].Name is null && _er.Orgs[m.Entity].Acronym is not null)
            {
                _appositionNouns[_t[k].Text] = _appositionNouns.TryGetValue(_t[k].Text, out var named) && named != m.Entity ? -2 : m.Entity;
                if (!_appositionNounAt.ContainsKey(_t[k].Text)) _appositionNounAt[_t[k].Text] = k;
                continue;
            }
            // 'calling the eight-country group the "New Hanseatic League"', 'the group that has come to be known as the
            // "Arctic Five"': the noun the name is given to.
            if (NounNamed(m.First) is var namedNoun && namedNoun >= 0)
            {
                var noun = _t[namedNoun].Text;
                _appositionNouns[noun] = _appositionNouns.TryGetValue(noun, out var other) && other != m.Entity ? -2 : m.Entity;
                if (!_appositionNounAt.ContainsKey(noun)) _appositionNounAt[noun] = namedNoun;
                continue;
            }
            if (_t[k].Is("(") && k + 2 < _t.Count && _t[k + 2].Is(")")) k += 3;
            // "the Zentral Agreement for Trans-Pacific Partnership (ZPTPP), the 11-member trade pact whose members include ...":
            // "the" and a size say what it is, too.
            var sized = k + 3 < _t.Count && _t[k].Is(",") && _t[k + 1].IsIgnoreCase("the") && (_t[k + 2].Text.EndsWith("-member", StringComparison.Ordinal) || _t[k + 2].Text.EndsWith("-nation", StringComparison.Ordinal) || _t[k + 2].Text.EndsWith("-country", StringComparison.Ordinal));
            if (k + 2 >= _t.Count || !_t[k].Is(",") || !(_t[k + 1].IsIgnoreCase("a") || _t[k + 1].IsIgnoreCase("an") || sized)) continue;
            for (var n = k + 2; n < _t.Count && n <= k + 6 && _t[n].IsWord && !_t[n].IsCapitalized || n < _t.Count && n <= k + 6 && _t[n].Text.EndsWith("-member", StringComparison.Ordinal); n++)
            {
                if (!OrganizationWords.IsGenericNoun(_t[n].Text)) continue;
                var noun = _t[n].Text;
                _appositionNouns[noun] = _appositionNouns.TryGetValue(noun, out var other) && other != m.Entity ? -2 : m.Entity;
                if (!_appositionNounAt.ContainsKey(noun)) _appositionNounAt[noun] = n;
                break;
            }
        }
    }

    /// <summary>
    /// The token of the generic noun a name opening at token <paramref name="first"/> is given to: 'calling the group the
    /// "New Hanseatic League"', 'the group that has come to be known as the "Arctic Five"', 'the bloc, known as ...'; else -1.
    /// </summary>
    private int NounNamed(int first)
    {
        var b = first - 1;
        while (b >= 0 && _t[b].Kind == TokenKind.QuoteMark) b--;
        if (b < 1 || !_t[b].IsIgnoreCase("the")) return -1;
        b--;
        if (_t[b].Is("as") && b >= 1 && _t[b - 1].Is("known"))
        {
            for (var n = b - 2; n >= 1 && n >= b - 10; n--)
            {
                if (_t[n].Is(".") || _t[n].Is(";")) return -1;
                if (_t[n].IsWord && !_t[n].IsCapitalized && OrganizationWords.IsGenericNoun(_t[n].Text) && _t[n - 1].IsIgnoreCase("the")) return n;
            }
            return -1;
        }
        if (!_t[b].IsWord || _t[b].IsCapitalized || !OrganizationWords.IsGenericNoun(_t[b].Text)) return -1;
        var a = b - 1;
        if (a >= 0 && (_t[a].Text.EndsWith("-country", StringComparison.Ordinal) || _t[a].Text.EndsWith("-member", StringComparison.Ordinal) || _t[a].Text.EndsWith("-nation", StringComparison.Ordinal))) a--;
        return a >= 1 && _t[a].IsIgnoreCase("the") && (_t[a - 1].Is("calling") || _t[a - 1].Is("called") || _t[a - 1].Is("call") || _t[a - 1].Is("dubbed") || _t[a - 1].Is("nicknamed")) ? b : -1;
    }

    // The view: the sentence's narrative tokens plus the words of short scare-quoted terms.
    private List<int> _v = new();
    private int _sentence;

    /// <summary>Stands for positions before or after the sentence, so lookahead never throws.</summary>
    private static readonly Token Outside = new(-1, 0, TokenKind.Punct, string.Empty);

    private Token T(int p) => p >= 0 && p < _v.Count ? _t[_v[p]] : Outside;

    private string W(int p) => p >= 0 && p < _v.Count ? _t[_v[p]].Text : string.Empty;

    private bool Is(int p, string word) => p >= 0 && p < _v.Count && string.Equals(_t[_v[p]].Text, word, StringComparison.OrdinalIgnoreCase);

    // Overloads up to eight words, so that the hot path allocates no params arrays.
    private bool IsAny(int p, string a) => Is(p, a);

    private bool IsAny(int p, string a, string b) => Is(p, a) || Is(p, b);

    private bool IsAny(int p, string a, string b, string c) => Is(p, a) || Is(p, b) || Is(p, c);

    private bool IsAny(int p, string a, string b, string c, string d) => Is(p, a) || Is(p, b) || Is(p, c) || Is(p, d);

    private bool IsAny(int p, string a, string b, string c, string d, string e) => IsAny(p, a, b, c, d) || Is(p, e);

    private bool IsAny(int p, string a, string b, string c, string d, string e, string f) => IsAny(p, a, b, c, d) || Is(p, e) || Is(p, f);

    private bool IsAny(int p, string a, string b, string c, string d, string e, string f, string g) => IsAny(p, a, b, c, d) || Is(p, e) || Is(p, f) || Is(p, g);

    private bool IsAny(int p, string a, string b, string c, string d, string e, string f, string g, string h) => IsAny(p, a, b, c, d) || IsAny(p, e, f, g, h);

    // Word lists of more than eight words, made once (a params array would be allocated at every call).
    private static readonly string[] WordsOf16 = { "of", "for", "to", "with", "by", "from", "against", "in", "on", "at", "into", "between", "than", "like", "toward", "towards" };
    private static readonly string[] WordsIt9 = { "it", "they", "he", "she", "which", "who", "that", ";", ":" };
    private static readonly string[] WordsSuccessor10 = { "successor", "predecessor", "forerunner", "parent", "body", "bloc", "organisation", "organization", "alliance", "grouping" };
    private static readonly string[] WordsBrought11 = { "brought", "took", "bringing", "taking", "brings", "takes", "raised", "raising", "reduced", "cut", "lowered" };
    private static readonly string[] WordsIts16 = { "its", "has", "have", "comprises", "comprising", "includes", "including", "of", "unites", "uniting", "groups", "grouping", "counts", "spans", "together", "now" };
    private static readonly string[] WordsComprises12 = { "comprises", "comprising", "includes", "including", "unites", "uniting", "groups", "grouping", "counts", "has", "have", "all" };
    private static readonly string[] WordsInclude10 = { "include", "includes", "included", "including", "are", "were", "comprise", "like", ":", "namely" };
    private static readonly string[] WordsA19 = { "a", "an", "the", "other", "another", "fellow", "full", "founding", "founder", "leading", "prominent", "both", "also", "all", "key", "existing", "current", "longtime", "long-time", "long-standing", "longstanding", "two", "three", "core", "original" };
    private static readonly string[] WordsWhich15 = { "which", "that", "who", "whose", "and", "or", "but", "not", "no", "is", "are", "was", "were", "has", "have" };
    private static readonly string[] WordsOriginal10 = { "original", "founding", "full", "other", "current", "five", "four", "six", "three", "two" };
    private static readonly string[] WordsNewest11 = { "newest", "latest", "first", "last", "youngest", "oldest", "largest", "smallest", "biggest", "full", "founding" };
    private static readonly string[] WordsUnion10 = { "union", "community", "alliance", "bloc", "organisation", "organization", "grouping", "league", "association", "forum" };
    private static readonly string[] WordsCurrently16 = { "currently", "now", "still", "already", "also", "the", "a", "an", "only", "sole", "lone", "largest", "biggest", "smallest", "newest", "full" };
    private static readonly string[] WordsHave11 = { "have", "has", "had", "been", "were", "are", "was", "now", "since", "also", "remain" };
    private static readonly string[] WordsGrouping9 = { "grouping", "group", "bloc", "alliance", "club", "union", "association", "organisation", "organization" };
    private static readonly string[] WordsPartnership13 = { "partnership", "pact", "alliance", "group", "grouping", "bloc", "forum", "framework", "dialogue", "initiative", "arrangement", "coalition", "club" };
    private static readonly string[] WordsNow11 = { "now", "already", "also", "is", "are", "was", "entered", "came", "has", "have", "been" };
    private static readonly string[] WordsStill9 = { "still", "currently", "suspended", "affected", "represented", "present", "absent", "opposed", "involved" };
    private static readonly string[] WordsNot10 = { "not", "observer", "observers", "partner", "partners", "candidate", "candidates", "former", "applicant", "applicants" };
    private static readonly string[] WordsA9_2 = { "a", "an", "the", "its", "their", "also", "now", "already", "still" };
    private static readonly string[] WordsIs9 = { "is", "are", "was", "were", "remains", "remain", "has", "have", "had" };
    private static readonly string[] WordsSym12 = { ";", "but", "while", "which", "who", "not", "observer", "observers", "partner", "partners", "candidate", "candidates" };
    private static readonly string[] WordsHopes9 = { "hopes", "hope", "hoping", "wants", "want", "aims", "seeks", "expects", "expected" };
    private static readonly string[] WordsAre12 = { "are", "were", "is", "was", "remain", "remained", "still", "currently", "now", "also", "have", "been" };
    private static readonly string[] WordsStarted11 = { "started", "began", "begun", "launched", "initiated", "start", "begin", "starts", "begins", "completing", "completed" };
    private static readonly string[] WordsRejected9 = { "rejected", "refused", "withdrew", "withdrawn", "vetoed", "blocked", "froze", "frozen", "shelved" };
    private static readonly string[] WordsGranted12 = { "granted", "given", "gained", "obtained", "received", "holds", "hold", "has", "have", "had", "won", "awarded" };
    private static readonly string[] WordsA10 = { "a", "an", "the", "its", "permanent", "other", "two", "three", "four", "also" };
    private static readonly string[] WordsMeeting9 = { "meeting", "meetings", "summit", "summits", "talks", "sessions", "session", "work", "activities" };
    private static readonly string[] WordsA53 = { "a", "an", "the", "full", "founding", "founder", "leading", "prominent", "fellow", "key", "permanent", "of", "last", "first", "latest", "newest", "only", "one", "among", "youngest", "oldest", "smallest", "largest", "biggest", "two", "three", "four", "five", "longtime", "long-time", "core", "also", "not", "no", "longer", "never", "n't", "already", "still", "both", "all", "now", "original", "an", "active", "official", "formal", "de", "facto", "yet", "suspended", "its", "their", "formally", "officially", "technically", "likewise", "participating" };
    private static readonly string[] WordsSummit10 = { "summit", "leaders", "meeting", "session", "talks", "discussions", "gathering", "dinner", "ministers", "outreach" };
    private static readonly string[] WordsForces41 = { "forces", "hands", "talks", "calls", "efforts", "protests", "ranks", "fight", "battle", "call", "appeal", "chorus", "campaign", "crowds", "queue", "us", "them", "him", "her", "in", "with", "together", "a", "an", "other", "others", "leaders", "those", "negotiations", "the", "outreach", "sessions", "session", "summit", "meeting", "meetings", "discussions", "celebrations", "events", "its", "their" };
    private static readonly string[] WordsBid13 = { "bid", "application", "request", "attempt", "drive", "push", "quest", "effort", "plan", "plans", "ambition", "ambitions", "hopes" };
    private static readonly string[] WordsLaunching12 = { "launching", "launched", "launch", "submitted", "submitting", "lodged", "made", "making", "filed", "began", "started", "renewed" };
    private static readonly string[] WordsMost9 = { "most", "recent", "last", "latest", "newest", "first", "next", "only", "youngest" };
    private static readonly string[] WordsThe12 = { "the", "a", "an", "most", "recent", "last", "latest", "newest", "first", "next", "only", "youngest" };
    private static readonly string[] WordsAlso9 = { "also", "has", "have", "had", "already", "previously", "since", "formally", "officially" };
    private static readonly string[] WordsGranted11 = { "granted", "given", "gained", "obtained", "received", "awarded", "has", "have", "holds", "hold", "won" };
    private static readonly string[] WordsWord9 = { ",", ".", ";", "but", "and", "while", "since", "after", "following" };
    private static readonly string[] WordsApplication20 = { "application", "bid", "applied", "talks", "negotiations", "suspended", "frozen", "revoked", "ended", "would", "could", "hopes", "future", "candidate", "candidacy", "blocked", "vetoed", "not", "never", "no" };
    private static readonly string[] WordsIn15 = { "in", "on", ",", ".", ";", "after", "before", "over", "and", "but", "when", "because", "following", "again", "for" };
    private static readonly string[] WordsWill9 = { "will", "would", "could", "might", "planned", "proposed", "threatened", "possible", "if" };
    private static readonly string[] WordsWill11 = { "will", "would", "could", "might", "planned", "proposed", "threatened", "possible", "if", "talks", "negotiations" };
    private static readonly string[] WordsTo9 = { "to", "will", "would", "'ll", "might", "could", "may", "should", "must" };
    private static readonly string[] WordsOfficially9 = { "officially", "formally", "now", "finally", "already", "just", "recently", "effectively", "fully" };
    private static readonly string[] WordsA11 = { "a", "an", "the", "official", "formal", "recognised", "recognized", "also", "both", "membership", "accession" };
    private static readonly string[] WordsA9 = { "a", "an", "the", "official", "formal", "recognised", "recognized", "accession", "membership" };
    private static readonly string[] WordsHold11 = { "hold", "holds", "held", "have", "has", "enjoy", "enjoys", "received", "obtained", "gained", "accepted" };
    private static readonly string[] WordsHas10 = { "has", "have", "holds", "hold", "enjoys", "retains", "had", "held", "enjoyed", "retained" };
    private static readonly string[] WordsAttend11 = { "attend", "attends", "attended", "participate", "participates", "participated", "sit", "sits", "sat", "take", "takes" };
    private static readonly string[] WordsThird11 = { "third", "other", "neighbouring", "neighboring", "non-member", "partner", "many", "several", "some", "outside", "foreign" };

    private bool IsAny(int p, params string[] words)
    {
        if (p < 0 || p >= _v.Count) return false;
        foreach (var w in words) if (Is(p, w)) return true;
        return false;
    }

    private Mention? M(int p) => p >= 0 && p < _v.Count ? _er.At(_v[p]) : null;

    private Mention? CountryAt(int p)
    {
        var m = M(p);
        return m is { Type: MentionType.Country, Compound: false } && m.FormKind is CountryFormKind.Name or CountryFormKind.Alias ? m : null;
    }

    public void Run()
    {
        _topic = _er.MainOrganization();
        _main = _topic;
        CollectAppositionNouns();
        CollectPredecessors();
        foreach (var s in _doc.Sentences)
        {
            _ct.ThrowIfCancellationRequested();
            var heading = _doc.Paragraphs[s.Paragraph].IsHeading;
            if (heading) _headingOrg = MembersHeading(s, out _headingParagraph);
            _inLabelLine = IsLabelLine(s);
            // "Mekong River Commission at a glance" over "- Member countries: ...", "- Dialogue partners: ...": the
            // label lines of a fact box belong to the organisation its heading names, while the box's lines go on.
            // "Left: Ireland (1949)", "Secretary-General: ...": a label line of the open box, not a new heading.
            if (heading && !_inLabelLine && !(_boxOrg >= 0 && s.Paragraph <= _boxParagraph + 1 && IsBoxLine(s)))
            {
                _boxOrg = OnlyOrganizationIn(s, heading: true);
                _boxParagraph = _boxHeading = s.Paragraph;
                // "Eritrea returns to IGAD after 16 years": a return the title tells (the body may tell only the departure).
                if (s.Paragraph == 0) ReadTitle(s);
                continue;
            }
            // The box is the paragraph under its heading, and the label or bullet lines that follow it.
            if (_boxOrg >= 0 && (s.Paragraph > _boxParagraph + 1 || s.Paragraph == _boxParagraph + 1 && _boxParagraph != _boxHeading && !_inLabelLine && !StartsWithBullet(s) && !IsBoxLine(s))) _boxOrg = -1;
            if (_boxOrg >= 0 && s.Paragraph != _boxParagraph) _boxParagraph = s.Paragraph;
            _sentence = s.Index;
            BuildView(s);
            if (_v.Count == 0) continue;
            if (!heading && _headingOrg >= 0 && s.Paragraph == _headingParagraph + 1) BareListUnderHeading();
            RecordLists();
            var relationsBefore = Relations.Count;
            if (_colonOrg >= 0 && _colonSentence == _sentence - 1) ListAfterColonSentence();
            _colonOrg = -1;
            // A sentence that names no state and no organisation and has no number tells no relation and no count (most
            // quotations and background): its readers are not run.
            if (!NamesStateOrganizationOrNumber())
            {
                UpdateTopic(s);
                continue;
            }
            ReadSentence();
            if ((_anchors & Anchor.Aside) != 0)
            {
                TheException(relationsBefore);
                StatusSharedWith(relationsBefore);
            }
            ColonClosesSentence();
            JoinedThem(relationsBefore);
            OthersBeing(relationsBefore);
            OriginalMembersListed();
            RecordMemberGroup(relationsBefore);
            UpdateTopic(s);
        }
        ApplyInclusions();
        Reconcile();
    }

    private int _headingOrg = -1;

    /// <summary>
    /// The position before a time adverbial that ends at <paramref name="p"/> ("Angola, Brazil and Portugal today founded",
    /// "... on Wednesday founded", "... on 17 July founded", "... last week signed"), or p itself.
    /// </summary>
    private int BeforeTimeAdverbial(int p)
    {
        if (IsAny(p, "today", "yesterday", "tonight", "jointly", "formally", "officially")) return p - 1;
        if (p >= 1 && TimeWords.IsWeekday(W(p)) && Is(p - 1, "on")) return p - 2;
        if (p >= 1 && IsAny(p, "week", "month", "year") && IsAny(p - 1, "last", "this")) return p - 2;
        // "on 17 July", "on July 17"
        if (p >= 2 && Is(p - 2, "on") && (TimeWords.IsMonth(W(p)) && T(p - 1).Kind == TokenKind.Number || T(p).Kind == TokenKind.Number && TimeWords.IsMonth(W(p - 1)))) return p - 3;
        return p;
    }

    /// <summary>
    /// "Bolivia, a member of the five-nation Andean Pact with Colombia, Ecuador, Peru and Venezuela,": the states the
    /// organisation is named with belong to it too.
    /// </summary>
    private void FellowsWithAfter(int p, int org, RelationKind kind)
    {
        if (!IsAny(p, "member", "members") || !Is(p + 1, "of")) return;
        if (NamedOrganizationAt(p + 2, out var after) != org || org < 0) return;
        var with = AfterAcronym(after);
        // "members of BIMST-EC, the grouping of the Bay of Bengal countries, with Bangladesh, India and Sri Lanka": over an
        // apposition that names no state; "the ... Partnership, known as the P4, with Brunei, Chile and Singapore".
        if (Is(with, ",") && (IsAny(with + 1, "the", "a", "an") || Is(with + 1, "known") && Is(with + 2, "as")))
        {
            var z = with + 2;
            while (z < _v.Count && z <= with + 14 && !IsAny(z, ",", ";", ".") && CountryAt(z) is null) z++;
            if (Is(z, ",") && Is(z + 1, "with")) with = z + 1;
        }
        if (!Is(with, "with") || ReadList(with + 1, out var end) is not { Count: > 0 } fellows) return;
        if (!(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";"))) return;
        Hit(org, kind, fellows);
    }

    /// <summary>The one organisation whose name has the word as a whole word ("Francophonie"), or -1.</summary>
    private int OrganizationNamedWith(string word)
    {
        if (word.Length < 4) return -1;
        var found = -1;
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (_er.Orgs[o].Name is not { } name || _er.Orgs[o].IsInstitution) continue;
            for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' ')) { found = found == -1 || found == o ? o : -2; break; }
            }
        }
        return found >= 0 ? found : -1;
    }

    /// <summary>Whether the organisation mentioned at p is named as what states are members of ("members of the X", "X members").</summary>
    private bool MembersOfIt(int p)
    {
        var m = M(p);
        if (m is null) return false;
        var first = p;
        while (first > 0 && M(first - 1) == m) first--;
        var last = p;
        while (last + 1 < _v.Count && M(last + 1) == m) last++;
        // "the Gulf Cooperation Council (GCC)": from the acronym back to the name.
        if (Is(first - 1, "(") && M(first - 2) is { Type: MentionType.Organization } named && named.Entity == m.Entity)
        {
            first -= 2;
            while (first > 0 && M(first - 1) == named) first--;
        }
        var b = Is(first - 1, "the") ? first - 2 : first - 1;
        if (Is(b, "of") && IsAny(b - 1, "members", "member")) return true;
        return IsAny(last + 1, "members", "member");
    }

    /// <summary>
    /// A return the title tells ("Eritrea returns to IGAD after 16 years"), read outside any fact box. Only returns: the
    /// title's other relations are told again by the body, in full sentences (reading whole titles added more false
    /// relations than true ones over the development and holdout sets).
    /// </summary>
    private void ReadTitle(Sentence s)
    {
        var box = _boxOrg;
        _boxOrg = -1;
        _sentence = s.Index;
        BuildView(s);
        for (var p = 1; p + 1 < _v.Count; p++)
        {
            if (!(IsAny(p, "returns", "returned") && Is(p + 1, "to"))) continue;
            var before = Relations.Count;
            ReturnedCue(p);
            MarkReturns(before);
        }
        _boxOrg = box;
    }

    /// <summary>
    /// "Thailand became one of the partner countries of the BRICS group, a status it shares with neighbouring Malaysia":
    /// the states the status is shared with have the relation the sentence gave.
    /// </summary>
    private void StatusSharedWith(int from)
    {
        if (Relations.Count == from) return;
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "status") && IsAny(k - 1, "a", "the") && Is(k - 2, ",") && IsAny(k + 1, "it", "they") && IsAny(k + 2, "shares", "share", "shared") && Is(k + 3, "with"))) continue;
            var w = k + 4;
            if (T(w).IsWord && !T(w).IsCapitalized && CountryAt(w) is null && !Is(w, "the")) w++;
            var sharers = ReadList(w, out _);
            if (sharers.Count == 0) return;
            var r = Relations[Relations.Count - 1];
            Hit(r.Org, r.Kind, sharers);
            return;
        }
    }

    /// <summary>
    /// "Eleven of the twelve participating states are also members of NATO; Austria, a neutral country, is the
    /// exception", "... with the exception of Austria": the states set apart are outside the organisation the sentence
    /// made the others members of.
    /// </summary>
    private void TheException(int from)
    {
        if (Relations.Count == from) return;
        List<Mention>? apart = null;
        // "The G7 — Canada, ..., Japan — has met without Russia since 2014": outside the subject organisation.
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!(Is(k, "without") && Is(k - 1, "met") && IsAny(k - 2, "has", "have", "had"))) continue;
            var without = ReadList(k + 1, out _);
            var subjectOrg = NamedOrganizationAt(0, out _);
            if (without.Count == 0 || subjectOrg < 0) break;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Kind == RelationKind.Member && ContainsState(without, Relations[i].Country.Country)) Relations.RemoveAt(i);
            }
            Hit(subjectOrg, RelationKind.NonMember, without);
            return;
        }
        for (var k = 1; k < _v.Count && apart is null; k++)
        {
            if (!IsAny(k, "exception", "exceptions")) continue;
            if (Is(k - 1, "the") && Is(k - 2, "with") && Is(k + 1, "of") && ReadList(k + 2, out _) is { Count: > 0 } of) apart = of;
            else if (Is(k - 1, "the") && IsAny(k - 2, "is", "are", "being", "was", "were"))
            {
                var subject = Subject(k - 2, out var negated, out _);
                if (!negated && subject.Count > 0) apart = subject;
            }
        }
        if (apart is null) return;
        var orgs = new List<int>();
        for (var i = Relations.Count - 1; i >= from; i--)
        {
            var r = Relations[i];
            if (r.Kind != RelationKind.Member || !ContainsState(apart, r.Country.Country)) continue;
            if (!orgs.Contains(r.Org)) orgs.Add(r.Org);
            Relations.RemoveAt(i);
        }
        foreach (var org in orgs) Hit(org, RelationKind.NonMember, apart);
    }

    /// <summary>
    /// "Its partner countries include Belarus, Bolivia and Uzbekistan, and Nigeria joined them in January": the state
    /// that joined the states the clause before listed has their relation.
    /// </summary>
    private void JoinedThem(int from)
    {
        if (Relations.Count == from) return;
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!(IsAny(k, "joined", "joins") && Is(k + 1, "them"))) continue;
            var and = k - 1;
            while (and > 0 && and >= k - 8 && !(Is(and, "and") && Is(and - 1, ","))) and--;
            if (!(Is(and, "and") && Is(and - 1, ",")) || ReadList(and + 1, out var end) is not { Count: > 0 } joiner || end != k - 1) return;
            var (org, kind) = (Relations[from].Org, Relations[from].Kind);
            for (var i = from + 1; i < Relations.Count; i++) if (Relations[i].Org != org || Relations[i].Kind != kind) return;
            Hit(org, kind, joiner);
            return;
        }
    }

    /// <summary>
    /// "Zimbabwe is one of five members of SADC outside the Commonwealth, the others being Angola, the DRC, Madagascar and
    /// the Comoros": the others have every relation the sentence gave its subject.
    /// </summary>
    private void OthersBeing(int from)
    {
        if (Relations.Count == from) return;
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, ",") && Is(k + 1, "the") && IsAny(k + 2, "others", "other", "rest") && Is(k + 3, "being"))) continue;
            var others = ReadList(k + 4, out _);
            if (others.Count == 0) return;
            var subject = Relations[from].Country.Country;
            var end = Relations.Count;
            for (var i = from; i < end; i++)
            {
                var r = Relations[i];
                if (r.Country.Country == subject) Hit(r.Org, r.Kind, others);
            }
            return;
        }
    }

    private int _colonOrg = -1;

    /// <summary>"The non-OPEC members of the alliance are:": the organisation the listed states are outside of, or -1.</summary>
    private int _colonNonOf = -1;
    private int _colonSentence = -1;
    private RelationKind _colonKind;

    /// <summary>"It has eight member states:" closing a sentence, the states on the lines after it.</summary>
    private void ColonClosesSentence()
    {
        var n = _v.Count;
        if (n < 3 || !Is(n - 1, ":")) return;
        var noun = n - 2;
        // "OPEC's members are:", "The non-OPEC members of the alliance are:": the noun before the verb.
        _colonNonOf = -1;
        if (IsAny(noun, "are", "include"))
        {
            for (var k = 0; k < noun && k <= 6; k++)
            {
                if (!IsAny(k, "members", "observers", "partners") && !(IsAny(k, "states", "countries") && Is(k - 1, "member"))) continue;
                noun = k;
                if (W(k - 1) is { Length: > 5 } non && non.StartsWith("non-", StringComparison.OrdinalIgnoreCase)) _colonNonOf = OrgNamed(non.Substring(4));
                break;
            }
        }
        // "Its members and the year they joined:": the noun near the start, the rest says what each line adds.
        if (!IsAny(noun, "members", "states", "countries", "nations", "observers", "partners"))
        {
            for (var k = 0; k <= 2 && k < n - 2; k++) if (IsAny(k, "members") && IsAny(k + 1, "and", "with")) { noun = k; break; }
        }
        RelationKind kind;
        if (IsAny(noun, "members") || IsAny(noun, "states", "countries", "nations") && Is(noun - 1, "member")) kind = RelationKind.Member;
        else if (IsAny(noun, "observers") || IsAny(noun, "states", "countries") && Is(noun - 1, "observer")) kind = RelationKind.Observer;
        else if (IsAny(noun, "partners") && !Is(noun - 1, "trading")) kind = RelationKind.DialoguePartner;
        else return;
        for (var k = 0; k < noun; k++) if (IsAny(k, "not", "former", "non-member", "candidate", "candidates", "new", "prospective")) return;
        var org = Is(noun + 1, "of") && JoinsAnOrganization(noun + 1, out var ofOrg) && ofOrg >= 0 ? ofOrg : OrgFor(noun);
        if (org < 0) return;
        _colonOrg = org;
        _colonKind = kind;
        _colonSentence = _sentence;
    }

    /// <summary>The list a sentence closed by "member states:" announced: "• Canada • Denmark, which ... • Finland".</summary>
    private void ListAfterColonSentence()
    {
        if (BareList() is { } list)
        {
            Hit(_colonOrg, _colonKind, list);
            if (_colonNonOf >= 0 && _colonNonOf != _colonOrg) Hit(_colonNonOf, RelationKind.NonMember, list);
            return;
        }
        // A table, one state a line with what it adds: "Denmark — 1992", "Russia — 1992 (suspended in March 2022, withdrew
        // in May 2022)": each state that opens a line, outside when its line tells it left.
        if (_colonKind != RelationKind.Member) return;
        var rows = new List<(Mention State, bool Left)>();
        for (var k = 0; k < _v.Count; k++)
        {
            if (!(k == 0 || StartsLine(k)) || CountryAt(k) is not { } state) continue;
            var after = k;
            while (after + 1 < _v.Count && M(after + 1) == state) after++;
            if (!(T(after + 1).Kind == TokenKind.Dash || T(after + 1).Kind == TokenKind.Number || Is(after + 1, "(") || Is(after + 1, ":") || Is(after + 1, ","))) return;
            var left = false;
            for (var q = after + 1; q < _v.Count && !StartsLine(q); q++) if (IsAny(q, "withdrew", "left", "expelled", "quit", "exited")) left = true;
            rows.Add((state, left));
        }
        if (rows.Count < 3) return;
        foreach (var (state, left) in rows)
        {
            if (left) Departure(_colonOrg, new List<Mention> { state });
            else Hit(_colonOrg, RelationKind.Member, new[] { state });
        }
    }

    private static bool ContainsState(List<Mention> list, CountryEntry? state)
    {
        foreach (var m in list) if (m.Country == state) return true;
        return false;
    }

    /// <summary>Whether sentence <paramref name="sentence"/> made every state of the list a member of something.</summary>
    private bool AllMembersIn(int sentence, List<Mention> list)
    {
        foreach (var c in list)
        {
            var found = false;
            foreach (var r in Relations) if (r.Sentence == sentence && r.Kind == RelationKind.Member && r.Country.Country == c.Country) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>The token of a list that is a sentence's member group rather than a coordination in the text.</summary>
    private const int MemberGroup = -1;

    /// <summary>
    /// "Peru is one of three members of the forum, alongside Chile and Mexico. The three countries ...": the states a
    /// sentence made members of one organisation are a list a later description may stand for.
    /// </summary>
    private void RecordMemberGroup(int from)
    {
        // Loops, no lambdas: a closure here would be allocated for every sentence.
        if (Relations.Count - from < 2) return;
        var org = Relations[from].Org;
        var group = new List<Mention>();
        for (var i = from; i < Relations.Count; i++)
        {
            var r = Relations[i];
            if (r.Org != org || r.Kind != RelationKind.Member) return;
            if (!ContainsState(group, r.Country.Country)) group.Add(r.Country);
        }
        if (group.Count < 2) return;
        // Only this sentence's lists (the last ones): no pass over the whole article per sentence.
        for (var k = _lists.Count - 1; k >= 0 && _lists[k].Sentence == _sentence; k--)
        {
            var list = _lists[k].Countries;
            if (list.Count != group.Count) continue;
            var same = true;
            foreach (var c in list) if (!ContainsState(group, c.Country)) { same = false; break; }
            if (same) return;
        }
        _lists.Add((_sentence, MemberGroup, group));
    }

    private int _boxOrg = -1;

    private bool _inLabelLine;

    private int _boxParagraph = -1;

    private int _boxHeading = -1;

    /// <summary>"Confederation treaty signed: July 6, 2024, in Niamey": a one-line paragraph that starts with a label and a colon.</summary>
    private bool IsBoxLine(Sentence s)
    {
        var paragraph = _doc.Paragraphs[s.Paragraph];
        if (paragraph.LineCount != 1) return false;
        for (var i = s.FirstToken; i <= s.LastToken && i <= s.FirstToken + 6; i++)
        {
            if (_t[i].Text == ":") return i > s.FirstToken;
            if (!_t[i].IsWord && _t[i].Kind != TokenKind.Number) return false;
        }

        return false;
    }

    private bool StartsWithBullet(Sentence s) => _t[s.FirstToken].Kind == TokenKind.Dash || _t[s.FirstToken].Text is "•" or "*";

    /// <summary>The one organisation the current sentence names, else <paramref name="otherwise"/>.</summary>
    private int SentenceOrganizationOr(int otherwise) => OnlyOrganizationIn(_doc.Sentences[_sentence]) is var named && named >= 0 ? named : otherwise;

    /// <summary>The one organisation a sentence names (not a generic noun), else -1.</summary>
    /// <param name="heading">A fact box's heading: a name in capitals counts too ("THE COMMONWEALTH IN BRIEF").</param>
    private int OnlyOrganizationIn(Sentence s, bool heading = false)
    {
        var org = -1;
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || _t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text)) continue;
            if (org >= 0 && org != m.Entity) return -1;
            org = m.Entity;
        }

        if (org >= 0) return org;
        // "BRICS AT A GLANCE": a heading in capitals names no mention; a word of it that is an organisation's acronym.
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            if (!_t[i].IsWord || _t[i].Text.Length < 2) continue;
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                if (_er.Orgs[k].Acronym is not { } acronym || !acronym.Equals(_t[i].Text, StringComparison.OrdinalIgnoreCase)) continue;
                if (org >= 0 && org != k) return -1;
                org = k;
            }
        }

        if (org >= 0 || !heading || s.LastToken - s.FirstToken > 10) return org;
        // "THE COMMONWEALTH IN BRIEF": a short heading in capitals that holds an organisation's whole name (looked up by
        // its word runs, not by a pass over the organisations per heading).
        if (_orgsByName is null)
        {
            _orgsByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < _er.Orgs.Count; k++) if (_er.Orgs[k].Name is { Length: > 3 } name) _orgsByName[name] = _orgsByName.ContainsKey(name) ? -1 : k;
        }
        for (var a = s.FirstToken; a <= s.LastToken; a++)
        {
            for (var b = a; b <= s.LastToken && b <= a + 8; b++)
            {
                if (!_orgsByName.TryGetValue(_doc.Slice(a, b), out var named) || named < 0) continue;
                if (org >= 0 && org != named) return -1;
                org = named;
            }
        }
        return org;
    }
    private int _headingParagraph = -1;

    private Dictionary<string, int>? _orgsByName;

    /// <summary>"ASEAN members", "Members of the Gulf Cooperation Council": a heading that announces a list of members.</summary>
    private int MembersHeading(Sentence s, out int paragraph)
    {
        paragraph = s.Paragraph;
        var org = -1;
        var members = false;
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            if (_t[i].IsWord && (_t[i].Text.Equals("members", StringComparison.OrdinalIgnoreCase) || _t[i].Text.Equals("member", StringComparison.OrdinalIgnoreCase))) members = true;
            if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity >= 0 && !(_t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text)) && !_er.Orgs[m.Entity].IsInstitution)
            {
                if (org >= 0 && org != m.Entity) return -1;
                org = m.Entity;
            }
            if (_t[i].IsWord && (_t[i].Text.Equals("non-members", StringComparison.OrdinalIgnoreCase) || _t[i].Text.Equals("observers", StringComparison.OrdinalIgnoreCase)
                || _t[i].Text.Equals("partners", StringComparison.OrdinalIgnoreCase) || _t[i].Text.Equals("candidates", StringComparison.OrdinalIgnoreCase) || _t[i].Text.Equals("former", StringComparison.OrdinalIgnoreCase))) return -1;
        }
        return members ? org : -1;
    }

    /// <summary>Under a heading "ASEAN members": a paragraph that is nothing but a list of states ("Brunei, Cambodia, ... and Vietnam.").</summary>
    private void BareListUnderHeading()
    {
        if (BareList() is { } list) Hit(_headingOrg, RelationKind.Member, list);
    }

    /// <summary>A sentence that is nothing but a list of two states or more, after bullets ("• Canada • Denmark ..."), else null.</summary>
    private List<Mention>? BareList()
    {
        var first = 0;
        while (first < _v.Count && (T(first).Kind == TokenKind.Dash || Is(first, "•") || Is(first, "*"))) first++;
        var list = ReadList(first, out var end);
        if (list.Count < 2) return null;
        for (var k = end + 1; k < _v.Count; k++) if (!IsAny(k, ".", ";")) return null;
        return list;
    }

    /// <summary>
    /// "Members: Bahrain, Kuwait, ...": a fact-box line without closing punctuation is laid out like a heading, but a
    /// label ("Members", "Member states", "Observers", "Dialogue partners") and a colon make it a list of the bloc's states.
    /// </summary>
    private bool IsLabelLine(Sentence s)
    {
        var first = s.FirstToken;
        // "- Member countries: ...", "• Observers: ...": a bullet before the label.
        if (_t[first].Kind == TokenKind.Dash || _t[first].Text is "•" or "*") first++;
        for (var i = first; i <= s.LastToken && i <= first + 2; i++)
        {
            if (_t[i].Text != ":") continue;
            if (i == first) return false;
            var head = _t[i - 1].Text;
            return head.Equals("members", StringComparison.OrdinalIgnoreCase) || head.Equals("states", StringComparison.OrdinalIgnoreCase) || head.Equals("countries", StringComparison.OrdinalIgnoreCase)
                || head.Equals("observers", StringComparison.OrdinalIgnoreCase) || head.Equals("partners", StringComparison.OrdinalIgnoreCase);
        }
        // "New members from January 1, 2024: Egypt, Ethiopia, Iran": a longer label that starts with the noun.
        if (first + 1 <= s.LastToken && (_t[first + 1].Text.Equals("members", StringComparison.OrdinalIgnoreCase) && _t[first].Text is "New" or "Full" or "Founding" or "Current"
            || _t[first].Text.Equals("Members", StringComparison.Ordinal)))
        {
            for (var i = first + 1; i <= s.LastToken && i <= first + 9; i++)
            {
                if (_t[i].Text == ":") return true;
                if (_t[i].Text is "." or ";") return false;
            }
        }
        return false;
    }

    private bool _markShared;

    /// <summary>Non-memberships read from a departure ("left", "quit", "the exit of").</summary>
    private readonly HashSet<RelationHit> _departures = new();
    private readonly HashSet<RelationHit> _announcedDepartures = new();

    /// <summary>Memberships read from a return ("rejoined", "returned"): they end a departure told before them.</summary>
    private readonly List<RelationHit> _returns = new();

    private void MarkReturns(int from)
    {
        for (var i = from; i < Relations.Count; i++) if (Relations[i].Kind == RelationKind.Member) _returns.Add(Relations[i]);
    }

    /// <summary>The states the last subject set apart ("All of them except Austria"), for the cue that read it.</summary>
    private List<Mention>? _excepted;

    /// <param name="announced">The departure is under way or decided ("will leave", "are leaving"): the latest news of the
    /// article, which ends a membership whatever sentence tells it.</param>
    private void Departure(int org, List<Mention> countries, bool announced = false)
    {
        var before = Relations.Count;
        Hit(org, RelationKind.NonMember, countries);
        for (var i = before; i < Relations.Count; i++)
        {
            _departures.Add(Relations[i]);
            if (announced) _announcedDepartures.Add(Relations[i]);
        }
    }

    /// <summary>Whether a sentence has one of three words (any case).</summary>
    private bool SentenceSays(int sentence, string a, string b, string c)
    {
        var s = _doc.Sentences[sentence];
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            var t = _t[i];
            if (t.IsWord && (t.IsIgnoreCase(a) || t.IsIgnoreCase(b) || t.IsIgnoreCase(c))) return true;
        }
        return false;
    }

    /// <summary>Whether a sentence tells a foundation ("was founded in 2014 by", "its founding members", "set up by").</summary>
    private bool FoundingSentence(int sentence)
    {
        var s = _doc.Sentences[sentence];
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            var t = _t[i];
            if (!t.IsWord) continue;
            if (t.IsIgnoreCase("founded") || t.IsIgnoreCase("founding") || t.IsIgnoreCase("founders") || t.IsIgnoreCase("co-founded")
                || t.IsIgnoreCase("set") && i < s.LastToken && _t[i + 1].Is("up") && i + 2 <= s.LastToken && _t[i + 2].Is("by")) return true;
        }
        return false;
    }

    /// <summary>Relations read from a list shared by two kinds ("its observer states and dialogue partners include ...").</summary>
    private readonly HashSet<RelationHit> _shared = new();

    /// <summary>
    /// A state of a shared list that the text elsewhere gives one of the two kinds keeps only that one; and within a
    /// sentence, a later change of status wins ("rejoined in 2006, but withdrew again in 2012").
    /// </summary>
    private void Reconcile()
    {
        // A former name learnt after relations were given to it ("It changed its name from X last year"): they are the
        // organisation's under its name now.
        if (_formerNames.Count > 0)
        {
            for (var i = 0; i < Relations.Count; i++)
            {
                var r = Relations[i];
                if (!_formerNames.TryGetValue(r.Org, out var now)) continue;
                var moved = new RelationHit(now, r.Kind, r.Country, r.Sentence, r.When);
                if (_departures.Remove(r)) _departures.Add(moved);
                if (_announcedDepartures.Remove(r)) _announcedDepartures.Add(moved);
                Relations[i] = moved;
            }
            for (var i = 0; i < Counts.Count; i++)
            {
                var c = Counts[i];
                if (_formerNames.TryGetValue(c.Org, out var now) && !Counts.Exists(o => o.Org == now && o.Kind == c.Kind)) Counts[i] = new CountHit(now, c.Kind, c.Value, c.Token, c.AsWritten, c.Sentence);
            }
        }
        if (_shared.Count > 0)
        {
            var observers = new HashSet<(int, CountryEntry)>();
            foreach (var o in Relations) if (o.Kind == RelationKind.Observer && o.Country.Country is { } oc) observers.Add((o.Org, oc));
            Relations.RemoveAll(r => _shared.Contains(r) && r.Country.Country is { } rc && observers.Contains((r.Org, rc)));
        }
        // "The CIS was founded by Russia, Belarus and Ukraine ... Ukraine formally quit in 2018": a departure told
        // later in the article ends a membership told before it.
        if (_departures.Count > 0)
        {
            // "... announcing that Honduras was withdrawing from the organization. ... Honduras, he said, remains a member
            // state": a membership said to remain after an announced departure outlasts it.
            if (_announcedDepartures.Count > 0)
            {
                var void_ = new List<RelationHit>();
                foreach (var d in _announcedDepartures)
                {
                    if (Relations.Exists(r => r.Kind == RelationKind.Member && r.Org == d.Org && r.Country.Country == d.Country.Country && r.Sentence > d.Sentence && SentenceSays(r.Sentence, "remains", "remain", "still")))
                        void_.Add(d);
                }
                foreach (var d in void_) { _departures.Remove(d); _announcedDepartures.Remove(d); Relations.Remove(d); }
            }
            var lastDeparture = new Dictionary<(int, CountryEntry), int>();
            foreach (var d in _departures)
            {
                if (d.Country.Country is not { } dc) continue;
                // "Eritrea, which walked out of the organisation in 2007, returned last year": a departure its own sentence
                // undoes ends no membership.
                if (_sameSentenceReturns.Contains((d.Org, dc, d.Sentence))) continue;
                var sentence = _announcedDepartures.Contains(d) ? int.MaxValue : d.Sentence;
                if (!lastDeparture.TryGetValue((d.Org, dc), out var at) || sentence > at) lastDeparture[(d.Org, dc)] = sentence;
            }
            // A founder's membership is older than any departure, whatever the order of the telling ("Mali ... left the G5
            // Sahel in May last year. The G5 Sahel was founded in 2014 by Mauritania, Mali, ...").
            Relations.RemoveAll(r => r.Kind == RelationKind.Member && r.Country.Country is { } rc && lastDeparture.TryGetValue((r.Org, rc), out var at)
                && (at > r.Sentence || FoundingSentence(r.Sentence)));
        }
        // "Brazil, Argentina and Ecuador left in 2019 ... Brazil and Argentina have both rejoined UNASUR this year": the
        // return told later ends the departure.
        if (_returns.Count > 0)
        {
            Relations.RemoveAll(r => r.Kind == RelationKind.NonMember && r.Country.Country is { } rc
                && _returns.Exists(b => b.Org == r.Org && b.Country.Country == rc && b.Sentence > r.Sentence));
        }
        if (_sameSentenceReturns.Count > 0) Relations.RemoveAll(r => r.Kind == RelationKind.NonMember && _sameSentenceReturns.Contains((r.Org, r.Country.Country, r.Sentence)));
        if (_predecessors.Count > 0) Relations.RemoveAll(r => _predecessors.Contains(r.Org));
        PlaceByRegion();
        var drop = new HashSet<RelationHit>();
        for (var i = 0; i < Relations.Count; i++)
        {
            var r = Relations[i];
            if (r.Kind is not (RelationKind.Member or RelationKind.NonMember)) continue;
            for (var j = i + 1; j < Relations.Count && Relations[j].Sentence == r.Sentence; j++)
            {
                var o = Relations[j];
                if (o.Org == r.Org && o.Country.Country == r.Country.Country && o.Kind != r.Kind && o.Kind is RelationKind.Member or RelationKind.NonMember) drop.Add(r);
            }
        }
        // "Saudi Arabia, a dialogue partner since 2021, was promoted to full membership": a partner or observer that
        // the same sentence makes a member is a member.
        for (var i = 0; i < Relations.Count; i++)
        {
            var r = Relations[i];
            if (r.Kind is not (RelationKind.DialoguePartner or RelationKind.Observer)) continue;
            for (var j = i + 1; j < Relations.Count && Relations[j].Sentence == r.Sentence; j++)
            {
                var o = Relations[j];
                if (o.Org == r.Org && o.Country.Country == r.Country.Country && o.Kind == RelationKind.Member) drop.Add(r);
            }
        }
        if (drop.Count > 0) Relations.RemoveAll(drop.Contains);
    }

    /// <summary>
    /// "Venezuela, a member of the bloc" in an article on an EU-CELAC summit: a membership whose sentence does not name
    /// its organisation went to one whose name confines it to a region the state is not in ("European"). When exactly
    /// one other organisation of the article is confined to a region the state is in ("Latin American and Caribbean"),
    /// the membership is that organisation's. A sentence that names the organisation is always taken at its word.
    /// </summary>
    private void PlaceByRegion()
    {
        Dictionary<int, HashSet<string>?>? regions = null;
        HashSet<string>? RegionOf(int org)
        {
            regions ??= new Dictionary<int, HashSet<string>?>();
            if (!regions.TryGetValue(org, out var r)) regions[org] = r = _er.Orgs[org].IsInstitution ? null : Regions.OfName(_er.Orgs[org].Name);
            return r;
        }

        for (var i = 0; i < Relations.Count; i++)
        {
            var r = Relations[i];
            if (r.Kind != RelationKind.Member || r.Country.Country is not { } state) continue;
            if (RegionOf(r.Org) is not { } region || region.Contains(state.Iso2) || NamesOrganization(r.Sentence, r.Org)) continue;
            // An organisation whose region holds the state; else one whose name confines it nowhere ("Mercosur").
            // Of several, the one the article is more about: named in the headline or lead, then named more often.
            var to = Likeliest(r.Org, o => RegionOf(o) is { } other && other.Contains(state.Iso2));
            if (to == -1) to = Likeliest(r.Org, o => RegionOf(o) is null && !_er.Orgs[o].IsInstitution);
            if (to >= 0) Relations[i] = new RelationHit(to, r.Kind, r.Country, r.Sentence, r.When);
        }
    }

    private (bool Early, int Mentions) Salience(int org) => (_er.Orgs[org].Early, _er.Orgs[org].Mentions);

    /// <summary>The most salient organisation other than <paramref name="except"/> that passes the test; -1 when none, -2 when two tie.</summary>
    private int Likeliest(int except, Func<int, bool> test)
    {
        var best = -1;
        var tied = false;
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (o == except || !test(o)) continue;
            var c = best < 0 ? 1 : Salience(o).CompareTo(Salience(best));
            if (c > 0) { best = o; tied = false; }
            else if (c == 0) tied = true;
        }

        return tied ? -2 : best;
    }

    /// <summary>Whether the sentence names the organisation itself (its name or acronym, not "the bloc").</summary>
    private bool NamesOrganization(int sentence, int org)
    {
        var s = _doc.Sentences[sentence];
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity == org && !(m.First == m.Last && _t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text))) return true;
        }
        return false;
    }

    private void BuildView(Sentence s)
    {
        _v = new List<int>(s.LastToken - s.FirstToken + 1);
        for (var i = DatelineEnd(s) + 1; i <= s.LastToken; i++)
        {
            var tok = _t[i];
            if (tok.Kind == TokenKind.QuoteMark) continue;
            if (tok.Quote >= 0 && _doc.Quotes[tok.Quote].WordCount > 4) continue;
            // "They remain, however, members of WAEMU", "Canada, too, is a member": a parenthetical adverb between commas
            // is left out of the view.
            if (tok.Text == "," && i + 2 <= s.LastToken && _t[i + 2].Text == "," && _v.Count > 0 && _t[i + 1].Text is "however" or "though" or "moreover" or "nonetheless" or "nevertheless" or "therefore" or "meanwhile" or "too")
            {
                i += 2;
                continue;
            }
            // "The United States is once again a member of UNESCO": the adverb is left out of the view ("once" alone, a
            // former time, stays).
            if (tok.Text is "once" or "Once" && i + 1 <= s.LastToken && _t[i + 1].Text == "again" && _v.Count > 0)
            {
                i++;
                continue;
            }
            // "Zentralia and Ruritania are in turn members of the ZTO", "is in fact a member": a two-word adverb is left out
            // of the view too.
            // ("is at present the only African member": "at present" too.)
            if (tok.Text is "in" or "of" or "at" && i + 1 <= s.LastToken && _v.Count > 0
                && (tok.Text == "in" ? _t[i + 1].Text is "turn" or "fact" : tok.Text == "at" ? _t[i + 1].Text == "present" : _t[i + 1].Text == "course"))
            {
                i++;
                continue;
            }
            _v.Add(i);
        }
    }

    /// <summary>
    /// The last token of a dateline that opens the sentence's paragraph ("Lisbon, 17 July (Lusa) -", "CAIRO -", "Muscat,
    /// Dec 31 (ONA) --"), so that the sentence's readers see "The heads of state ... founded" from its start; or the token
    /// before the sentence.
    /// </summary>
    private int DatelineEnd(Sentence s)
    {
        var first = s.FirstToken;
        if (_doc.Paragraphs[s.Paragraph].FirstToken != first || !_t[first].IsWord || !_t[first].IsCapitalized) return first - 1;
        var sawComma = false;
        var sawAgency = false;
        var shouted = true;
        for (var k = first; k <= s.LastToken && k <= first + 10; k++)
        {
            var t = _t[k];
            if (t.Kind == TokenKind.Dash)
            {
                // A place in capitals ("CAIRO -"), or a place with a date or an agency after it, then the dash; words follow.
                // Not a fact box's first line ("NDB MEMBERS Brazil - founding member").
                var place = shouted || sawComma || sawAgency;
                return place && k < s.LastToken && k > first ? k : first - 1;
            }
            if (t.IsWord && !sawComma && !sawAgency && HasLowerCase(t.Text)) shouted = false;
            // "KABUL: The army chiefs of ...": a capital or a city in capitals, then a colon (not a fact box's "MEMBERS:").
            if (t.Text == ":" && shouted && !sawComma && !sawAgency && k > first && k < s.LastToken && IsPlaceInCapitals(first, k - 1)) return k;
            if (t.Text == ",") { sawComma = true; continue; }
            if (t.Text is "(" or ")") { sawAgency = true; continue; }
            // A date, a month, a capitalised place or agency; nothing else.
            if (t.Kind == TokenKind.Number || t.IsWord && (t.IsCapitalized || TimeWords.IsMonth(t.Text)) || t.Text == ".") continue;
            return first - 1;
        }
        return first - 1;

        static bool HasLowerCase(string text)
        {
            foreach (var c in text) if (char.IsLower(c)) return true;
            return false;
        }
    }

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="last"/> ("KABUL", "ADDIS ABABA") name a capital or a city.</summary>
    private bool IsPlaceInCapitals(int first, int last)
    {
        if (last - first > 2) return false;
        var sb = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++)
        {
            if (!_t[k].IsWord || _t[k].Text.Length < 2) return false;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(_t[k].Text[0]).Append(_t[k].Text.Substring(1).ToLowerInvariant());
        }
        var place = sb.ToString();
        return CountryGazetteer.TryLookup(place, out var form) && form.Kind == CountryFormKind.Capital || Cities.Contains(place);
    }

    private bool NamesStateOrganizationOrNumber()
    {
        for (var k = 0; k < _v.Count; k++)
        {
            var t = T(k);
            if (t.Kind == TokenKind.Number || t.Has(WordClass.Number)) return true;
            // "Its members and the year they joined:": a sentence that announces a table or list after it.
            if (t.Text == ":") return true;
            if (M(k) is { Type: MentionType.Country or MentionType.Organization }) return true;
        }
        return false;
    }

    private void UpdateTopic(Sentence s)
    {
        for (var i = s.LastToken; i >= s.FirstToken; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization, Modifier: false } m && m.Entity >= 0 && _t[i].IsNarrative)
            {
                // An acronym in a person's title ("UN Secretary-General") does not change the topic.
                if (_er.At(m.Last + 1) is { Type: MentionType.Person }) continue;
                if (Tok(m.Last + 1) is { } nx && nx.IsCapitalized && nx.IsWord) continue;
                if (_er.Orgs[m.Entity].IsInstitution) continue;
                _topic = m.Entity;
                return;
            }
        }
    }

    private Token? Tok(int i) => i >= 0 && i < _t.Count ? _t[i] : null;

    private void RecordLists()
    {
        for (var p = 0; p < _v.Count; p++)
        {
            if (CountryAt(p) is null) continue;
            var list = ReadList(p, out var end);
            if (list.Count >= 2) _lists.Add((_sentence, _v[p], list));
            p = Math.Max(p, end);
        }
    }

    // ---------------------------------------------------------------- lists and subjects

    /// <summary>Reads a coordination of countries starting at view position p ("A, B, C and D").</summary>
    /// <summary>Whether the verb before <paramref name="p"/> (over "the" and "now") gives members: "are", "include", ...</summary>
    private bool GivesMembersBefore(int p)
    {
        var verb = p - 1;
        while (verb > 0 && IsAny(verb, "the", "now")) verb--;
        return IsAny(verb, "are", "were", "include", "includes", "included", "comprise", "comprises");
    }

    /// <summary>How many items the last <see cref="ReadList"/> passed over that are no state today ("Czechoslovakia", "the Soviet Union").</summary>
    private int _formerStatesInList;

    private List<Mention> ReadList(int p, out int end)
    {
        var list = new List<Mention>();
        _formerStatesInList = 0;
        end = p - 1;
        var expectItem = true;
        // "A, B and C, and Uzbekistan has held observer status": a list closed by "and" does not go on.
        var closed = false;
        while (p < _v.Count)
        {
            if (expectItem)
            {
                // "- Chile" / "• Peru": a bullet at the start of a line.
                if (p < _v.Count && (T(p).Kind == TokenKind.Dash || Is(p, "•") || Is(p, "*")) && StartsLine(p) && CountryAt(p + 1) is not null) p++;
                while (IsAny(p, "the", "both")) p++;
                // "India's neighbours Bangladesh, Sri Lanka and Nepal": the list starts after whose neighbours they are.
                if (list.Count == 0 && CountryAt(p) is { Possessive: true } && Is(p + 1, "'s"))
                {
                    // "Oman's Gulf neighbours Saudi Arabia, Kuwait and the UAE": over a region word too.
                    var nb = p + 2;
                    if (T(nb).IsWord && T(nb).IsCapitalized && M(nb) is null) nb++;
                    if (IsAny(nb, "neighbours", "neighbors", "neighbour", "neighbor") && (CountryAt(nb + 1) is not null || Is(nb + 1, "the") && CountryAt(nb + 2) is not null)) p = nb + 1;
                }
                var c = CountryAt(p);
                // "Saudi Arabia and Transjordan, now Jordan": the state by its name today.
                if (c is null && p < _v.Count && T(p).IsWord && T(p).IsCapitalized && M(p) is null && Is(p + 1, ",") && Is(p + 2, "now") && CountryAt(p + 3) is not null)
                {
                    p += 3;
                    c = CountryAt(p);
                }
                if (c is null && p < _v.Count && T(p).IsWord && T(p).IsCapitalized && M(p) is null && (Is(p + 1, ",") || IsAny(p + 1, "and")) && (CountryAt(p + 2) is not null || Is(p + 2, "the") || IsAny(p + 2, "and")))
                {
                    // "Czechoslovakia, Hungary and Poland": an item that is not a state today.
                    p++;
                    _formerStatesInList++;
                    expectItem = false;
                    continue;
                }
                // "Belgium, West Germany and France": West Germany goes on as Germany (not East Germany).
                if (c is null && Is(p, "West") && M(p) is null && CountryAt(p + 1) is { } westOf && westOf.Country?.Name == "Germany" && (Is(p + 2, ",") || IsAny(p + 2, "and", ".", ";", "-", "–", "—", ")") || p + 2 >= _v.Count))
                {
                    list.Add(westOf);
                    end = p + 1;
                    p += 2;
                    expectItem = false;
                    continue;
                }
                // "Belgium, France, West Germany, Italy": an item of two words that is not a state today.
                // ("the Soviet Union, Poland, Czechoslovakia, ...": first in the list too.)
                if (c is null && (list.Count > 0 || IsAny(p, "Soviet", "East", "West")) && T(p).IsWord && T(p).IsCapitalized && M(p) is null && T(p + 1).IsWord && T(p + 1).IsCapitalized && (M(p + 1) is null || IsAny(p, "West", "East") && CountryAt(p + 1) is not null)
                    && (Is(p + 2, ",") || IsAny(p + 2, "and")) && (CountryAt(p + 3) is not null || Is(p + 3, "the") && CountryAt(p + 4) is not null || IsAny(p + 3, "and")))
                {
                    p += 2;
                    _formerStatesInList++;
                    expectItem = false;
                    continue;
                }
                // "Australia, China, the European Union, Iran, ...": an organisation among the states is no state, and the list
                // goes on past it.
                // "Its members are now the European Union, Albania, Kosovo, ...": the first item too, after the verb that
                // gives the members.
                if (c is null && M(p) is { Type: MentionType.Organization } orgItem && T(p).IsCapitalized && (list.Count > 0 || GivesMembersBefore(p)))
                {
                    var q = p;
                    while (q + 1 < _v.Count && M(q + 1) == orgItem) q++;
                    if ((Is(q + 1, ",") || Is(q + 1, "and")) && (CountryAt(q + 2) is not null || Is(q + 2, "the") && CountryAt(q + 3) is not null || Is(q + 2, "and") && CountryAt(q + 3) is not null))
                    {
                        p = q + 1;
                        expectItem = false;
                        continue;
                    }
                }
                if (c is null && list.Count > 0)
                {
                    var back = p;
                    while (back > 0 && IsAny(back - 1, "the", "both")) back--;
                    var start = SkipDescription(back, out _);
                    if (start > 0)
                    {
                        var inner = ReadList(start, out var innerEnd);
                        if (inner.Count > 0)
                        {
                            list.AddRange(inner);
                            end = innerEnd;
                            p = innerEnd + 1;
                            // "... - Saudi Arabia, ..., Qatar and Oman - and Jordan": over the closing dash.
                            if (T(p).Kind == TokenKind.Dash && T(start - 1).Kind == TokenKind.Dash && (Is(p + 1, "and") || Is(p + 1, ","))) p++;
                            expectItem = false;
                            continue;
                        }
                    }
                }
                if (c is null || c.Possessive) break;
                // "the US state of Louisiana": a part of a state, no item of its own.
                var cEnd = p;
                while (cEnd + 1 < _v.Count && M(cEnd + 1) == c) cEnd++;
                if (IsAny(cEnd + 1, "state", "province", "territory", "region") && Is(cEnd + 2, "of") && T(cEnd + 3).IsCapitalized && M(cEnd + 3) is null)
                {
                    end = cEnd + 3;
                    p = cEnd + 4;
                    expectItem = false;
                    continue;
                }
                list.Add(c);
                // Skip to the last view position of this mention.
                while (p + 1 < _v.Count && M(p + 1) == c) p++;
                end = p;
                p++;
                // "the Democratic Republic of Congo (DRC)": the item's own short form.
                if (Is(p, "(") && CountryAt(p + 1) is { } shortForm && shortForm.Country == c.Country && Is(p + 2, ")")) p += 3;
                // A parenthetical note after an item: "Iran (since 2023)".
                if (Is(p, "(") && CountryAt(p + 1) is null)
                {
                    var q = p;
                    while (q < _v.Count && !Is(q, ")")) q++;
                    if (q < _v.Count && q - p < 8) p = q + 1;
                }
                expectItem = false;
            }
            else
            {
                // "Liberia, Nigeria and Libya, together with the twelve states of the Zentral group: A, B, ...": a counted group
                // named after a colon adds its states.
                if (Is(p, ",") && IsAny(p + 1, "together", "along") && Is(p + 2, "with") && Is(p + 3, "the") && IsNumberOrWord(p + 4) && SkipDescription(p + 3, out _) > 0)
                {
                    p += 3;
                    closed = false;
                    expectItem = true;
                    continue;
                }
                // "..., as well as Nigeria and Vietnam" still adds to a closed list; so does one that goes on after a relative
                // clause ("Venezuela and Cuba, which founded it in 2004, Bolivia, ...").
                if (closed && !(Is(p, ",") && (AsWellAs(p + 1) || Is(p + 1, "plus") || IsAny(p + 1, "which", "who"))) && !AsWellAs(p) && !Is(p, "plus")) break;
                // "Canada, Denmark, which also represents Greenland and the Faroe Islands, Finland, ...": an item with its own
                // relative clause, up to the next item.
                // "Venezuela and Cuba, which founded it in 2004, Bolivia, Nicaragua, and ...": a list that goes on after the
                // relative clause was not closed by its "and".
                if (Is(p, ",") && IsAny(p + 1, "which", "who"))
                {
                    var next = -1;
                    for (var k = p + 2; k < _v.Count && k <= p + 16; k++)
                    {
                        if (IsAny(k, ";", ".", ":") || Is(k, "(")) break;
                        if (Is(k, ",") && (CountryAt(k + 1) is not null || Is(k + 1, "and") && CountryAt(k + 2) is not null)) { next = k; break; }
                        if (StartsLine(k) && (T(k).Kind == TokenKind.Dash || Is(k, "•") || Is(k, "*")) && CountryAt(k + 1) is not null) { next = k; break; }
                        // "Iran, Russia and Qatar, which together hold half of the reserves, as well as Algeria, ...": the list
                        // goes on after the relative clause, closed or not.
                        if (Is(k, ",") && AsWellAs(k + 1) && (CountryAt(k + 4) is not null || Is(k + 4, "the") && CountryAt(k + 5) is not null))
                        {
                            next = -1;
                            p = k + 4;
                            closed = false;
                            expectItem = true;
                            break;
                        }
                    }
                    if (expectItem) continue;
                    if (next > 0 && !(closed && !(Is(next, ",") && CountryAt(next + 1) is not null)))
                    {
                        p = next;
                        closed = false;
                        if (Is(p, ",")) { p++; if (Is(p, "and")) { closed = true; p++; } }
                        expectItem = true;
                        continue;
                    }
                }
                // "Benin, then called Dahomey, Burkina Faso, then Upper Volta, ...": an item's former name.
                if (Is(p, ",") && Is(p + 1, "then") && !closed)
                {
                    var k = p + 2;
                    if (IsAny(k, "called", "named", "known")) k += Is(k + 1, "as") ? 2 : 1;
                    var start = k;
                    while (k < _v.Count && k <= start + 3 && T(k).IsWord && T(k).IsCapitalized) k++;
                    if (k > start && Is(k, ",") && (CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null || Is(k + 1, "and")))
                    {
                        p = k;
                        continue;
                    }
                }
                if (Is(p, ",") && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null || IsAny(p + 1, "and", "plus", "or") || Is(p + 1, "as")
                    // "..., Jamaica, Montserrat, St. Kitts and Nevis, ...": a territory between states, skipped by the item branch.
                    || T(p + 1).IsWord && T(p + 1).IsCapitalized && M(p + 1) is null && Is(p + 2, ",") && CountryAt(p + 3) is not null
                    // "Greece, Turkey, Yugoslavia and Romania": a state of the past before the last item.
                    || list.Count > 0 && T(p + 1).IsWord && T(p + 1).IsCapitalized && M(p + 1) is null && Is(p + 2, "and") && (CountryAt(p + 3) is not null || Is(p + 3, "the") && CountryAt(p + 4) is not null)
                    // "..., France, West Germany, Italy, ...": a state of two words that is no state today.
                    // ("..., West Germany and France": before the last item too.)
                    || T(p + 1).IsWord && T(p + 1).IsCapitalized && M(p + 1) is null && T(p + 2).IsWord && T(p + 2).IsCapitalized && (M(p + 2) is null || IsAny(p + 1, "West", "East") && CountryAt(p + 2) is not null)
                       && (Is(p + 3, ",") && CountryAt(p + 4) is not null || Is(p + 3, "and") && (CountryAt(p + 4) is not null || Is(p + 4, "the") && CountryAt(p + 5) is not null))
                    // "..., China, the European Union, Iran, ...": an organisation between states, skipped by the item branch.
                    || OrganizationItemAt(p + 1)
                    // "the United States, the six members of the Gulf Cooperation Council (GCC) - A, B, ... - and Jordan": a
                    // counted group named between dashes or after a colon, whose count is not that of the items before it
                    // (not "Georgia, Ukraine and Moldova, the three partner countries that ...", an apposition).
                    || Is(p + 1, "the") && IsNumberOrWord(p + 2) && NumberWords.TryParse(W(p + 2), out var describedCount) && describedCount != list.Count
                       && SkipDescription(p + 1, out _) > 0))
                {
                    p++;
                    if (IsAny(p, "and", "plus", "or")) { closed = Is(p, "and"); p++; }
                    else if (Is(p, "as") && Is(p + 1, "well") && Is(p + 2, "as")) { closed = false; p += 3; }
                    expectItem = true;
                }
                else if (IsAny(p, "and", "plus", "&", "or"))
                {
                    // ("North and South Korea, Japan and Mongolia": the pair's "and" closes nothing.)
                    var elidedPair = Is(p, "and") && T(p - 1).IsWord && W(p - 1) is "North" or "South" or "East" or "West" && CountryAt(p - 1) is not null;
                    if (!elidedPair) closed = IsAny(p, "and", "&") || closed && !Is(p, "plus");
                    p++;
                    expectItem = true;
                }
                else if (Is(p, "as") && Is(p + 1, "well") && Is(p + 2, "as"))
                {
                    closed = false;
                    p += 3;
                    expectItem = true;
                }
                else if (p < _v.Count && StartsLine(p) && (CountryAt(p) is not null || (T(p).Kind == TokenKind.Dash || Is(p, "•") || Is(p, "*")) && CountryAt(p + 1) is not null))
                {
                    // A list laid out one state per line: "Bahrain\nKuwait\nOman".
                    expectItem = true;
                }
                else if (p + 1 < _v.Count && StartsLine(p) && T(p).IsWord && T(p).IsCapitalized && StartsLine(p + 1) && CountryAt(p + 1) is not null && list.Count > 0)
                {
                    // "Algeria\nCongo\nEquatorial Guinea": a line the gazetteer cannot place alone, between states.
                    p++;
                    expectItem = true;
                }
                else
                {
                    break;
                }
            }
        }
        return list;
    }

    /// <summary>An organisation named as an item between states ("the European Union, Iran"): followed by a state.</summary>
    private bool OrganizationItemAt(int q)
    {
        if (Is(q, "the")) q++;
        if (M(q) is not { Type: MentionType.Organization } item || !T(q).IsCapitalized) return false;
        while (q + 1 < _v.Count && M(q + 1) == item) q++;
        return (Is(q + 1, ",") || Is(q + 1, "and")) && (CountryAt(q + 2) is not null || Is(q + 2, "the") && CountryAt(q + 3) is not null || Is(q + 2, "and") && CountryAt(q + 3) is not null);
    }

    /// <summary>True when the token at view position p is the first of its line.</summary>
    private bool StartsLine(int p)
    {
        if (p <= 0 || p >= _v.Count) return false;
        var text = _doc.Text;
        for (var c = T(p).Start - 1; c >= T(p - 1).End && c >= 0; c--)
        {
            if (text[c] == '\n') return true;
        }
        return false;
    }

    /// <summary>
    /// "two post-Soviet blocs, the Collective Security Treaty Organization (CSTO) and the Eurasian Economic Union (EAEU)":
    /// the organisations a counted description lists after its comma; null when it lists none.
    /// </summary>
    private List<int>? OrganizationsListedAfter(int q)
    {
        var n = q;
        while (n < _v.Count && n <= q + 3 && T(n).IsWord && !IsAny(n, "blocs", "organisations", "organizations", "groupings", "alliances", "bodies", "groups", "unions")) n++;
        if (!IsAny(n, "blocs", "organisations", "organizations", "groupings", "alliances", "bodies", "groups", "unions") || !Is(n + 1, ",")) return null;
        var orgs = new List<int>();
        var k = n + 2;
        while (k < _v.Count)
        {
            var named = NamedOrganizationAt(k, out var after);
            if (named < 0) break;
            if (!orgs.Contains(named)) orgs.Add(named);
            after = AfterAcronym(after);
            if (Is(after, ",") && Is(after + 1, "and")) after++;
            if (!IsAny(after, ",", "and")) break;
            k = after + 1;
        }
        return orgs.Count > 0 ? orgs : null;
    }

    /// <summary>"the 30-member alliance", "the six-nation GCC", "the four-country EFTA": a size word at <paramref name="q"/>.</summary>
    private bool IsSizeWord(int q) => q >= 0 && q < _v.Count && T(q).IsWord && (W(q).EndsWith("-member", StringComparison.Ordinal) || W(q).EndsWith("-nation", StringComparison.Ordinal)
        || W(q).EndsWith("-country", StringComparison.Ordinal));

    /// <summary>The number a size word at <paramref name="q"/> says ("27-member": 27, "nine-nation": 9); else 0.</summary>
    private int SizeAt(int q) => IsSizeWord(q) && NumberWords.TryParse(W(q).Substring(0, W(q).LastIndexOf('-')), out var n) ? n : 0;

    /// <summary>Past an acronym in parentheses at <paramref name="k"/> ("the Gulf Cooperation Council (GCC), ..."); else <paramref name="k"/>.</summary>
    private int AfterAcronym(int k) => Is(k, "(") && Is(k + 2, ")") ? k + 3 : k;

    /// <summary>
    /// "all four BBIN countries", "all six GCC states": the states the article has called members of the organisation
    /// named, when they are as many as the number says; the group's last word at <paramref name="end"/>. Else null.
    /// </summary>
    private List<Mention>? AllOfAGroup(int p, out int end)
    {
        end = -1;
        if (!Is(p, "all") || !NumberWords.TryParse(W(p + 1), out var n) || n < 2) return null;
        var org = NamedOrganizationAt(p + 2, out var after);
        if (org < 0) return null;
        if (Is(after, "member") && IsAny(after + 1, "states", "countries")) after++;
        if (!IsAny(after, "countries", "states", "members", "nations")) return null;
        var known = KnownMembers(org);
        if (known.Count != n) return null;
        end = after;
        return known;
    }

    private bool AsWellAs(int k) => Is(k, "as") && Is(k + 1, "well") && Is(k + 2, "as");

    private static readonly string[] WordsStates6 = { "states", "countries", "nations", "members", "republics", "economies", "governments" };

    /// <summary>"five Saarc countries", "two Southeast Asian countries": the noun a number at <paramref name="number"/> and up to three words describe; else -1.</summary>
    private int CountedNoun(int number)
    {
        if (!(number < _v.Count && NumberWords.TryParse(W(number), out _))) return -1;
        var p = number + 1;
        var words = 0;
        while (p < _v.Count && words < 3 && (T(p).IsWord || M(p) is { Type: MentionType.Organization }) && !IsAny(p, WordsStates6)) { p++; words++; }
        return IsAny(p, WordsStates6) ? p : -1;
    }

    /// <summary>Where the states begin after "along with", "together with" or "alongside" at <paramref name="q"/>; else -1.</summary>
    private int AlongWith(int q) => Is(q, "alongside") ? q + 1 : IsAny(q, "along", "together") && Is(q + 1, "with") ? q + 2 : -1;

    /// <summary>
    /// "five Saarc countries, Bangladesh, Bhutan, ...": a counted description closed by a comma before the states it
    /// names; where the states begin, else -1.
    /// </summary>
    private int SkipCommaDescription(int q)
    {
        var p = CountedNoun(Is(q, "the") || Is(q, "its") || Is(q, "all") ? q + 1 : q);
        // ("the five maritime countries of the region, Bangladesh, ...": over a place of the description.)
        if (p >= 0 && Is(p + 1, "of") && Is(p + 2, "the") && IsAny(p + 3, "region", "continent", "subregion", "area", "world") && Is(p + 4, ",")) p += 3;
        if (p < 0 || !Is(p + 1, ",")) return -1;
        // "founded in 1949 by 12 countries, among them the UK, the US, Canada and France": some of them, named.
        if (Is(p + 2, "among") && Is(p + 3, "them") && ReadList(p + 4, out _) is { Count: > 0 }) return p + 4;
        // (Closed by a comma, or ending the sentence when as many as counted: "groups five countries, A, B, C, D and E.")
        return ReadList(p + 2, out var end) is { Count: > 1 } listed && (Is(end + 1, ",") || end + 1 == _v.Count - 1 && Is(end + 1, ".") && NumberWords.TryParse(W(Is(q, "the") || Is(q, "its") || Is(q, "all") ? q + 1 : q), out var n) && n == listed.Count) ? p + 2 : -1;
    }

    /// <summary>Whether ", from" opens a range between view positions <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool HasCommaFrom(int from, int to)
    {
        for (var k = from; k < _v.Count && k <= to; k++) if (Is(k, ",") && Is(k + 1, "from")) return true;
        return false;
    }

    /// <summary>"..., from A, B and C to D and E, as well as F and G": the states of an extent after a description, or null.</summary>
    private List<Mention>? FromToList(int q, out int end)
    {
        end = q;
        for (var k = q; k < _v.Count && k <= q + 25; k++)
        {
            if (IsAny(k, ";", ".")) return null;
            if (!(Is(k, "from") && Is(k - 1, ","))) continue;
            var from = ReadList(k + 1, out var fromEnd);
            if (from.Count == 0) return null;
            // "from South Africa and Kenya on the African coast to Indonesia": over where the first states lie.
            var toAt = fromEnd + 1;
            while (toAt < _v.Count && toAt <= fromEnd + 6 && !Is(toAt, "to") && !IsAny(toAt, ",", ";", ".") && M(toAt) is null) toAt++;
            if (!Is(toAt, "to")) return null;
            var to = ReadList(toAt + 1, out var toEnd);
            if (to.Count == 0) return null;
            from.AddRange(to);
            end = toEnd;
            if (Is(toEnd + 1, ",") && AsWellAs(toEnd + 2) && ReadList(toEnd + 5, out var alsoEnd) is { Count: > 0 } also)
            {
                from.AddRange(also);
                end = alsoEnd;
            }
            return from;
        }
        return null;
    }

    /// <summary>
    /// The states "the four countries" stands for: a list of that many in the three sentences before, else the states the
    /// sentence before named, when that many; else null.
    /// </summary>
    private List<Mention>? CountedStatesNamedBefore(int count)
    {
        for (var k = _lists.Count - 1; k >= 0; k--)
        {
            var (sentence, _, earlier) = _lists[k];
            if (sentence < _sentence - 3) break;
            if (sentence < _sentence && earlier.Count == count) return new List<Mention>(earlier);
        }
        return PreviousSentenceStates() is { } statesBefore && statesBefore.Count == count ? statesBefore : null;
    }

    /// <summary>"without the United States and Canada", "but not the United States or Canada", "except Mexico": the states left out, after a described group or a list.</summary>
    private List<Mention>? ExcludedAfter(int q)
    {
        for (var k = q; k < _v.Count && k <= q + 40; k++)
        {
            if (IsAny(k, ";", ".")) return null;
            var at = IsAny(k, "without", "except", "excluding") ? k + 1 : Is(k, "but") && Is(k + 1, "not") ? k + 2 : -1;
            if (at < 0) continue;
            var excluded = ReadList(at, out _);
            return excluded.Count > 0 ? excluded : null;
        }
        return null;
    }

    /// <summary>"two Southeast Asian countries, Myanmar and Thailand": the states a second described group names.</summary>
    private List<Mention>? SecondDescribedGroup(int q)
    {
        var p = CountedNoun(q);
        if (p < 0 || !(Is(p + 1, ",") || Is(p + 1, ":") || T(p + 1).Kind == TokenKind.Dash)) return null;
        return ReadList(p + 2, out _);
    }

    /// <summary>
    /// "the eight Arctic states: A, B ...", "the five states bordering the sea - A, B ...", "the four Central Asian
    /// states of A, B ...": a description that introduces a list. Returns the list's first position (or -1) and the number.
    /// </summary>
    private int SkipDescription(int q, out int number)
    {
        number = -1;
        var p = q;
        if (Is(p, "the") || Is(p, "its") || Is(p, "all")) p++;
        if (p < _v.Count && NumberWords.TryParse(W(p), out var n)) { number = n; p++; }
        var words = 0;
        // "12 European Union member states: ...": an organisation's name may describe them too.
        while (p < _v.Count && words < 4 && T(p).IsWord && !IsAny(p, WordsStates6)
               && (M(p) is null or { Type: MentionType.Country, Compound: false, FormKind: CountryFormKind.Adjective } || M(p) is { Type: MentionType.Organization } && (Is(p + 1, "member") || IsAny(p + 1, WordsStates6)) || M(p) is { Type: MentionType.Organization } && M(p + 1) == M(p)
                   // ("the twelve French-speaking states")
                   || W(p).EndsWith("-speaking", StringComparison.Ordinal))) { p++; words++; }
        if (!IsAny(p, WordsStates6)) return -1;
        var noun = p;
        p++;
        // "bordering the sea", "of the region", "that ...", "where Portuguese is an official language" up to a separator.
        for (var k = p; k < _v.Count && k <= noun + 12; k++)
        {
            // "the six members of the Gulf Cooperation Council (GCC) - Saudi Arabia, ...": over an organisation's acronym.
            if (Is(k, "(") && Is(k + 2, ")") && M(k + 1) is { Type: MentionType.Organization } && M(k - 1) is { Type: MentionType.Organization }) { k += 2; continue; }
            if (Is(k, ":") || Is(k, "(") || T(k).Kind == TokenKind.Dash || Is(k, "of") && CountryAt(k + 1) is not null)
            {
                return CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null ? k + 1 : -1;
            }
            // "six Caribbean states, namely Antigua and Barbuda, Dominica, ..."
            if (Is(k, ",") && Is(k + 1, "namely") && (CountryAt(k + 2) is not null || Is(k + 2, "the") && CountryAt(k + 3) is not null)) return k + 2;
            if (Is(k, ",") || Is(k, ".") || Is(k, ";")) break;
        }
        return -1;
    }

    /// <summary>Reads a list that ends at view position <paramref name="last"/>, scanning back.</summary>
    private List<Mention> ReadListBackward(int last, out int start, bool stopAtPreposition = true)
    {
        var list = new List<Mention>();
        start = last + 1;
        var p = last;
        var relativeItems = 0;
        // "..., Belarus and Armenia, and Uzbekistan has": ", and" after a list closed by "and" starts another clause.
        var commaAnd = -1;
        var commaAndStart = -1;
        var commaAndPosition = -1;
        while (p >= 0)
        {
            var c = CountryAt(p);
            // "Hungary and Czechoslovakia have joined": a state of the past is an item, no state of today; the list goes on
            // before it.
            if (c is null && FormerStateStart(p) is var former && former >= 0)
            {
                var f = former - 1;
                while (Is(f, "the")) f--;
                if (IsAny(f, "and", "&") && Is(f - 1, ",")) f--;
                if (!(Is(f, ",") || IsAny(f, "and", "&")) || CountryAt(f - 1) is null && !(Is(f - 1, "the") && CountryAt(f - 2) is not null)) break;
                p = Is(f - 1, "the") ? f - 2 : f - 1;
                continue;
            }
            if (c is null || c.Possessive) break;
            // A country in an "of"-phrase or after a preposition is not a subject ("support of Russia").
            while (p - 1 >= 0 && M(p - 1) == c) p--;
            if (stopAtPreposition && IsAny(p - 1, WordsOf16))
            {
                // "Leaders of India, Brazil and Turkey were invited": the whole list is the preposition's object.
                if (list.Count > 0) list.Clear();
                break;
            }
            list.Insert(0, c);
            start = p;
            var q = p - 1;
            while (Is(q, "the") || Is(q, "both")) q--;
            if (Is(q, ",") || IsAny(q, "and", "plus", "&"))
            {
                var sep = q;
                if (IsAny(sep, "and", "&") && commaAnd >= 0)
                {
                    list.RemoveRange(0, list.Count - commaAndStart);
                    start = commaAndPosition;
                    break;
                }
                if (Is(sep, "and") && Is(q - 1, ",") && commaAnd < 0) { commaAnd = sep; commaAndStart = list.Count; commaAndPosition = start; }
                if (IsAny(q, "and", "plus") && Is(q - 1, ",")) q--;
                if (CountryAt(q - 1) is null && !(Is(q - 1, "the") && CountryAt(q - 2) is not null) && FormerStateStart(q - 1) < 0)
                {
                    // "Austria, which is not part of the alliance, and Ireland": an item with its own relative clause.
                    if (IsAny(sep, "and") && Is(q, ",") && ++relativeItems <= 4 && RelativeItemEnd(q) is var item && item >= 0) { p = item; continue; }
                    start = p;
                    break;
                }
                p = q - 1;
                _ = sep;
                continue;
            }
            if (Is(q, "as") && Is(q - 1, "well") && Is(q - 2, "as")) { p = q - 3; continue; }
            break;
        }
        return list;
    }

    /// <summary>The view position a state of the past that ends at <paramref name="p"/> starts at ("Czechoslovakia", "Soviet Union"), or -1.</summary>
    private int FormerStateStart(int p)
    {
        if (p < 0 || p >= _v.Count || !T(p).IsWord || !T(p).IsCapitalized) return -1;
        // ("Austria-Hungary": a compound of two states' names is the one state of the past.)
        if (CountryGazetteer.IsFormerState(W(p)) && M(p) is null or { Type: MentionType.Country, Compound: true }) return p;
        if (M(p) is { Type: MentionType.Country }) return -1;
        return p > 0 && T(p - 1).IsWord && T(p - 1).IsCapitalized && CountryGazetteer.IsFormerState(W(p - 1) + " " + W(p)) ? p - 1 : -1;
    }

    /// <summary>
    /// Whether view position <paramref name="p"/> opens the clause after an adverbial the sentence opens with ("On Monday,
    /// at the lakeside town of Gisenyi, ...", "In Lusaka yesterday, ..."): a comma before it, a preposition or time word
    /// first.
    /// </summary>
    private bool AfterOpeningAdverbial(int p)
    {
        if (p < 3 || !Is(p - 1, ",") || !IsAny(0, "on", "at", "in", "after", "last", "earlier", "during", "yesterday", "today")) return false;
        for (var k = 1; k < p - 1; k++) if (T(k).IsWord && (IsAny(k, "signed", "said", "agreed", "met") || M(k) is { Type: MentionType.Person })) return false;
        return true;
    }

    /// <summary>The country before ", which ... ," that ends at the comma at view position <paramref name="comma"/>, or -1.</summary>
    private int RelativeItemEnd(int comma)
    {
        for (var k = comma - 1; k >= 1 && k >= comma - 20; k--)
        {
            if (Is(k, ";") || T(k).Kind == TokenKind.Dash) return -1;
            if (!Is(k, ",")) continue;
            return IsAny(k + 1, "which", "who") && CountryAt(k - 1) is not null ? k - 1 : -1;
        }
        return -1;
    }

    /// <summary>
    /// "Georgia, Macedonia and Montenegro, the three countries ...": the list before a description by a plural noun at
    /// <paramref name="noun"/>, as many states as it counts (two or more when it counts none); null when none.
    /// </summary>
    private List<Mention>? DescribedList(int noun, out int start)
    {
        start = -1;
        // ("the former Soviet-bloc countries that joined": over up to three words that describe them.)
        var adjectives = noun - 1;
        while (adjectives > noun - 4 && adjectives > 0 && T(adjectives).IsWord && !Is(adjectives, "the") && !IsNumberOrWord(adjectives) && M(adjectives) is null && !IsAny(adjectives, "of", "and", "or", "in")) adjectives--;
        var numbered = IsNumberOrWord(adjectives);
        var the = numbered ? adjectives - 1 : adjectives;
        if (Is(the, "the") && Is(the - 1, ",") && CountryAt(the - 2) is not null
            && ReadListBackward(the - 2, out var describedStart, stopAtPreposition: false) is { Count: > 0 } listDescribed
            && (!numbered ? listDescribed.Count > 1 : NumberWords.TryParse(W(adjectives), out var describedCount) && describedCount == listDescribed.Count))
        {
            start = describedStart;
            return listDescribed;
        }
        return null;
    }

    /// <summary>
    /// "South Korea and seven ASEAN countries", "Chile and three other states": for the noun at <paramref name="noun"/> of an
    /// indefinite counted group of a body's (or other) states after "and", the position of the state named before "and";
    /// else -1.
    /// </summary>
    private int CountedGroupAfterAnd(int noun)
    {
        var g = noun - 1;
        var described = false;
        while (g > 0 && M(g) is { Type: MentionType.Organization } && T(g).IsCapitalized) { g--; described = true; }
        if (IsAny(g, "other", "more")) { g--; described = true; }
        if (!described || !IsNumberOrWord(g)) return -1;
        g--;
        // (Not "France, Italy and the three Benelux countries": a definite group the states after it stand for.)
        return Is(g, "and") && CountryAt(g - 1) is not null ? g - 1 : -1;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to before <paramref name="end"/> are lower-case words that name no state or body ("host country").</summary>
    private bool OpeningCommonNoun(int from, int end)
    {
        for (var k = from; k < end; k++) if (!T(k).IsWord || T(k).IsCapitalized || M(k) is { Type: MentionType.Organization or MentionType.Country }) return false;
        return end > from;
    }

    /// <summary>
    /// The subject countries of a predicate whose first word is at view position <paramref name="verb"/>: scans back
    /// over auxiliaries and modal phrases, skips appositions between commas, and reads the list that ends there.
    /// </summary>
    private List<Mention> Subject(int verb, out bool negated, out int subjectStart)
    {
        negated = false;
        subjectStart = -1;
        var p = verb - 1;
        // "The same countries make up ...": the members of the body the article is about, before any earlier list.
        if (Is(1, "same") && p <= 3 && ResolveDescription(p, out var sameStart) is { } sameStates)
        {
            subjectStart = sameStart;
            return sameStates;
        }
        // "All four countries in the project are members of ...": the members the article gave the body named.
        var inLast = p;
        while (inLast > 5 && IsAny(inLast, "are", "were", "also", "all", "both", "now")) inLast--;
        if (Is(0, "all") && Is(3, "in") && inLast >= 5 && inLast <= 12 && OpeningCountedDescription(inLast) is { } allIn)
        {
            subjectStart = 0;
            return allIn;
        }
        // "All four countries at the table are members of ...": the last list of that many the article named.
        if (Is(0, "all") && IsNumberOrWord(1) && IsAny(2, "countries", "states", "nations", "leaders") && Is(3, "at") && Is(4, "the") && IsAny(5, "table", "summit", "meeting", "talks") && inLast == 5
            && NumberWords.TryParse(W(1), out var atTable))
        {
            for (var k = _lists.Count - 1; k >= 0; k--)
            {
                var (sentence, _, earlier) = _lists[k];
                if (sentence >= _sentence || earlier.Count != atTable) continue;
                subjectStart = 0;
                return new List<Mention>(earlier);
            }
        }
        // "Argentina and Brazil are among the seven nations that signed the treaty": the states the counted nations include.
        if (IsAny(p, "that", "which") && IsAny(p - 1, "nations", "countries", "states") && IsNumberOrWord(p - 2) && Is(p - 3, "the") && Is(p - 4, "among") && IsAny(p - 5, "are", "were"))
            return Subject(p - 5, out negated, out subjectStart);
        // "The host country, the Dominican Republic, is also part of PetroCaribe": a state in apposition to the common noun
        // the sentence opens with.
        {
            var c = p;
            while (c > 0 && (IsAny(c, WordsAre12) || IsAny(c, "has", "had", "will", "would", "too"))) c--;
            if (Is(c, ",") && CountryAt(c - 1) is { } apposedState)
            {
                var s0 = c - 1;
                while (s0 > 0 && M(s0 - 1) == apposedState) s0--;
                if (Is(s0 - 1, "the")) s0--;
                if (Is(s0 - 1, ",") && s0 - 1 >= 2 && s0 - 1 <= 5 && IsAny(0, "the", "its", "their") && OpeningCommonNoun(1, s0 - 1))
                {
                    subjectStart = s0;
                    return new List<Mention> { apposedState };
                }
            }
        }
        for (var guard = 0; guard < 40 && p >= 0; guard++)
        {
            var w = W(p);
            // "South Korea and seven ASEAN countries also belong to APEC": the states named before a counted group of
            // others of a body.
            if (T(p).IsWord && IsAny(p, "countries", "states", "nations", "economies") && CountedGroupAfterAnd(p) is var namedEnd && namedEnd >= 0)
            {
                p = namedEnd;
                continue;
            }
            if (w.Equals("since", StringComparison.OrdinalIgnoreCase) && IsAny(p - 1, "have", "has", "had"))
            {
                // "have since set up"
                p--;
                continue;
            }
            // "The presidents of Chile, Colombia, Mexico and Peru on Wednesday signed ...": the states the leaders opening the
            // sentence are of.
            // ("The Foreign Ministers of A, B and C this afternoon signed": over "this afternoon", "last week".)
            var partOfDay = p > 0 && IsAny(p, "afternoon", "morning", "evening", "week", "night") && IsAny(p - 1, "this", "last");
            if (CountryAt(p) is not null || IsAny(p, "yesterday", "today") || p > 0 && TimeWords.IsWeekday(W(p)) && IsAny(p - 1, "on") || partOfDay)
            {
                var last = p;
                if (CountryAt(last) is null) { last = IsAny(p, "yesterday", "today") ? p - 1 : p - 2; }
                var leadersOf = -1;
                var ofStates = CountryAt(last) is not null ? ReadListBackward(last, out leadersOf, stopAtPreposition: false) : null;
                // "The heads of state and government of Angola, Brazil, ... today founded": over the office.
                var office = 0;
                if (ofStates is { Count: > 1 } && Is(leadersOf - 1, "of") && IsAny(leadersOf - 2, "state", "government"))
                {
                    var h = leadersOf - 3;
                    if (Is(h, "and") && IsAny(h - 1, "state", "government") && Is(h - 2, "of")) h -= 3;
                    else if (Is(h, "of")) h -= 1;
                    if (Is(h, "heads") && (h == 0 || h == 1 && Is(0, "the"))) office = leadersOf - 2 - h;
                }
                // ("Defence ministers from Belgium, Denmark and Estonia signed": "from" too, and an office word without "the".)
                if (ofStates is { Count: > 1 } && (Is(leadersOf - 1, "of") || Is(leadersOf - 1, "from") && office == 0)
                    && IsAny(leadersOf - 2 - office, "presidents", "leaders", "heads", "ministers", "governments", "parliaments", "representatives", "delegations", "delegates", "chiefs")
                    // ("The army chiefs of A, B and C agreed": a lower-case word before the office.)
                    && (leadersOf - 2 - office == 0 || leadersOf - 3 - office == 0 && IsAny(0, "the", "foreign", "prime", "trade", "finance", "defence", "defense") || leadersOf - 3 - office == 1 && Is(0, "the") && (IsAny(1, "foreign", "prime", "trade", "finance", "defence", "defense") || T(1).IsWord && !T(1).IsCapitalized)
                        // "..., where the leaders of Barbados, Guyana, Jamaica and Trinidad and Tobago signed the founding treaty"
                        || Is(leadersOf - 3 - office, "the") && IsAny(leadersOf - 4 - office, "where", "when")
                        // "On Monday, at the lakeside town of Gisenyi, the Presidents of Zaire, Rwanda and Burundi signed": after
                        // an opening adverbial.
                        || AfterOpeningAdverbial(Is(leadersOf - 3 - office, "the") ? leadersOf - 3 - office : leadersOf - 2 - office)))
                {
                    subjectStart = 0;
                    return ofStates;
                }
            }
            // "Georgia's GUAM partners have all stayed in the Commonwealth": the other members the article gave the bloc.
            if (IsAny(p, "partners", "allies") && M(p - 1) is { Type: MentionType.Organization } partnersOf && partnersOf.Entity >= 0)
            {
                var o = p - 1;
                while (o > 0 && M(o - 1) == partnersOf) o--;
                if (T(o - 1).Kind == TokenKind.Possessive && CountryAt(o - 2) is { } whose)
                {
                    var others = KnownMembers(partnersOf.Entity).FindAll(m => m.Country != whose.Country);
                    if (others.Count > 0) { subjectStart = o - 2; return others; }
                }
            }
            // "Foreign ministers met Georgia, Macedonia, Montenegro and Bosnia and Herzegovina, the four countries seeking to
            // join the alliance": the states the description after a list stands for (as many as it counts).
            if (IsAny(p, "countries", "states", "nations", "candidates", "aspirants", "applicants") && DescribedList(p, out var describedAt) is { } listDescribed)
            {
                subjectStart = describedAt;
                return listDescribed;
            }
            // "Albania, Kosovo and Serbia, the three countries of the region that are not yet members of the EU": the states the
            // noun a relative clause describes stands for.
            if (IsAny(p, "that", "which") && (IsAny(p - 1, "countries", "states", "nations") ? p - 1 : Is(p - 2, "the") && Is(p - 3, "of") ? p - 4 : -1) is var relativeNoun && relativeNoun > 0
                && IsAny(relativeNoun, "countries", "states", "nations") && DescribedList(relativeNoun, out var relativeStart) is { } relativeList)
            {
                subjectStart = relativeStart;
                return relativeList;
            }
            // "..., along with Austria, Cyprus, Malta, Finland and Sweden - and the last two applied to join": the last
            // states of the list before.
            if (IsNumberOrWord(p) && IsAny(p - 1, "last", "latter") && Is(p - 2, "the") && NumberWords.TryParse(W(p), out var lastN) && lastN > 1)
            {
                var c = p - 3;
                while (c >= 0 && CountryAt(c) is null && p - c < 8) c--;
                if (c >= 0 && CountryAt(c) is not null && ReadListBackward(c, out _, stopAtPreposition: false) is { } before && before.Count > lastN)
                {
                    subjectStart = p - 2;
                    return before.GetRange(before.Count - lastN, lastN);
                }
                return new List<Mention>();
            }
            // "Four of the forum's members (Greece, Cyprus, Italy and France) also belong to the EU": the states in parentheses.
            if (Is(p, ")") && CountryAt(p - 1) is not null && ReadListBackward(p - 1, out var parenStart, stopAtPreposition: false) is { Count: > 1 } parenthesised && Is(parenStart - 1, "("))
            {
                subjectStart = parenStart;
                return parenthesised;
            }
            // "The Cuban government has been suspended from the OAS": a state's government named by its adjective, opening the
            // sentence or a clause.
            if (IsAny(p, "government", "authorities") && M(p - 1) is { Type: MentionType.Country, FormKind: CountryFormKind.Adjective } adjective && Is(p - 2, "the")
                && (p - 2 == 0 || IsAny(p - 3, ",", ";", "and", "but", "while", "whereas")))
            {
                subjectStart = p - 2;
                return new List<Mention> { adjective };
            }
            // "Myanmar's parliament remains a member": a state's parliament or government opening the sentence or a clause.
            if (IsAny(p, "parliament", "government") && T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } ownState && M(p - 2) is { } ownMention
                && ownMention.First == _v[p - 2] && (p - 2 == 0 || IsAny(p - 3, ",", ";", "and", "but", "while", "whereas")))
            {
                subjectStart = p - 2;
                return new List<Mention> { ownState };
            }
            // "Belize Prime Minister Johnny Briceño, whose country is a member of ...": the state of the person described.
            if (IsAny(p, "country", "nation") && Is(p - 1, "whose") && Is(p - 2, ",") && M(p - 3) is { Type: MentionType.Person } person && PersonState(p - 3, person) is { } personState)
            {
                subjectStart = p - 1;
                return new List<Mention> { personState };
            }
            // "French President Emmanuel Macron and Saudi Arabian Crown Prince Mohammed bin Salman, whose countries are not
            // members": the states of the people described.
            if (Is(p, "countries") && Is(p - 1, "whose") && Is(p - 2, ",") && M(p - 3) is { Type: MentionType.Person })
            {
                var states = new List<Mention>();
                var k = p - 3;
                while (k >= 0 && M(k) is { Type: MentionType.Person } guest)
                {
                    if (PersonState(k, guest) is not { } guestState) break;
                    states.Add(guestState);
                    while (k >= 0 && M(k) == guest) k--;
                    while (k >= 0 && T(k).IsWord && T(k).IsCapitalized && M(k) is null or { Type: MentionType.Country }) k--;
                    if (!IsAny(k, "and", ",")) break;
                    k--;
                }
                if (states.Count > 1) { subjectStart = p - 1; return states; }
            }
            // "Zimbabwe has applied to rejoin the Commonwealth, 15 years after the country withdrew from the grouping": the
            // state the sentence opens with.
            if (IsAny(p, WordsStateNouns) && Is(p - 1, "the") && IsAny(p - 2, "after", "when", "since", "before", "because", "as"))
            {
                if (ReadList(0, out var openerEnd) is { Count: 1 } opener && T(openerEnd + 1).IsWord && !T(openerEnd + 1).IsCapitalized)
                {
                    subjectStart = p - 1;
                    return opener;
                }
                // "the first summit attended by Morocco as a full member since the kingdom rejoined the African Union": the
                // one state the clause before names.
                if (OnlyStateBefore(p - 2) is { } only)
                {
                    subjectStart = p - 1;
                    return new List<Mention> { only };
                }
            }
            // "Zambia and Zimbabwe already run Kariba jointly through the Zambezi River Authority, and they are its only
            // members": "they" after ", and" is the list the sentence opens with.
            // ("Thailand and Myanmar are not members; they have been dialogue partners since 1996": after a semicolon too.)
            if (Is(p, "they") && (Is(p - 1, "and") && Is(p - 2, ",") || Is(p - 1, ";")) && OpenerList() is { Count: > 1 } theyOpen)
            {
                subjectStart = p;
                return theyOpen;
            }
            // "India, Burma, Indonesia and Ceylon, which with Pakistan make up the five Colombo Powers, all declined to join":
            // "all" after a relative clause is the list the sentence opens with.
            if (Is(p, "all") && Is(p - 1, ",") && OpenerList(overApposition: true) is { Count: > 1 } openers
                && ReadList(Is(0, "the") ? 1 : 0, out var openersEnd) is { Count: > 1 } && Is(openersEnd + 1, ",") && IsAny(openersEnd + 2, "which", "who"))
            {
                subjectStart = 0;
                return openers;
            }
            // "..., and all are now members of both NATO and the EU": "all" for the list the previous sentence named.
            if ((Is(p, "all") || Is(p, "them") && Is(p - 1, "of") && Is(p - 2, "all")) && ResolveDescription(p, out var allStart) is { } all)
            {
                subjectStart = allStart;
                return all;
            }
            // "was on track to be admitted", "is on course to join", "have so far stayed out"
            if (IsAny(p, "track", "course") && Is(p - 1, "on") || Is(p, "far") && Is(p - 1, "so"))
            {
                p -= 2;
                continue;
            }
            // "Bolivia is in the process of becoming a full member"
            if (Is(p, "of") && Is(p - 1, "process") && Is(p - 2, "the") && Is(p - 3, "in"))
            {
                p -= 4;
                continue;
            }
            // "When Ecuador's Foreign Minister José Valencia announced that his country was leaving ALBA": the state of the
            // person who speaks.
            if (IsAny(p, "country", "nation", "government") && IsAny(p - 1, "his", "her"))
            {
                for (var k = p - 2; k >= 0; k--)
                {
                    if (M(k) is not { Type: MentionType.Person } speaker) continue;
                    var first = k;
                    while (first > 0 && M(first - 1) == speaker) first--;
                    if ((TitleCountry(speaker) ?? PersonState(first, speaker) ?? StateOfPerson(speaker)) is { } hisState)
                    {
                        subjectStart = p - 1;
                        return new List<Mention> { hisState };
                    }
                    break;
                }
            }
            // "Norway and Iceland ... have remained in the IWC. Both are also members of NAMMCO": the two the sentence before
            // related (before "both" is skipped as an adverb).
            // ("Japan and Australia are among the signatories of the ZP, from which Ruritania walked out. Both also belong to ...":
            // the two it made members, if it told of others.)
            if (p == 0 && W(p) == "Both" && (PreviousRelationStates() is { Count: 2 } all2 ? all2 : PreviousRelationStates(RelationKind.Member)) is { Count: 2 } bothBefore)
            {
                subjectStart = 0;
                return bothBefore;
            }
            if (SubjectSkip.Contains(w))
            {
                if (w is "not" or "never" or "n't" or "no" || w == "yet") negated |= w != "yet" || true;
                p--;
                continue;
            }
            if (T(p).Kind == TokenKind.Number || T(p).IsWord && (TimeWords.IsWeekday(w) || TimeWords.IsMonth(w))) { p--; continue; }
            // "The 11-member trade pact, whose members include Japan, Australia, Canada and Singapore, has opened talks": the
            // states of a relative clause on the subject are not the subject.
            if (Is(p, ",") && CountryAt(p - 1) is not null && ReadListBackward(p - 1, out var includedStart, stopAtPreposition: false) is { Count: > 0 }
                && IsAny(Is(includedStart - 1, "the") ? includedStart - 2 : includedStart - 1, "include", "includes", "included"))
            {
                var opener = includedStart - 2;
                while (opener > 0 && opener >= includedStart - 8 && !IsAny(opener, ",", ";")) opener--;
                if (Is(opener, ",") && IsAny(opener + 1, "whose", "which", "that"))
                {
                    p = opener - 1;
                    continue;
                }
            }
            if (Is(p, ",") && CountryAt(p - 1) is not null)
            {
                var appositive = ReadListBackward(p - 1, out var listStart);
                if (appositive.Count > 1 && Is(listStart - 1, ","))
                {
                    subjectStart = listStart;
                    return appositive;
                }
                // "29 members, the most recent of which, Montenegro, joined in 2017", "The newest, Timor-Leste, joined":
                // the state a superlative picks out.
                if (appositive.Count > 0 && Is(listStart - 1, ",") && (Is(listStart - 2, "which") && Is(listStart - 3, "of")
                    || IsAny(listStart - 2, "newest", "latest", "youngest") && Is(listStart - 3, "the") || Is(listStart - 2, "recent") && Is(listStart - 3, "most")))
                {
                    subjectStart = listStart;
                    return appositive;
                }
                // "Four of the five IOC members, the island states of Comoros, Madagascar, Mauritius and Seychelles, also
                // belong to SADC": the states an apposition names.
                if (appositive.Count == 0 && ReadListBackward(p - 1, out var ofStart, stopAtPreposition: false) is { Count: > 1 } ofList
                    && Is(ofStart - 1, "of") && IsAny(ofStart - 2, "states", "countries", "nations", "members", "republics"))
                {
                    var open = ofStart - 3;
                    while (open >= 0 && open >= ofStart - 6 && T(open).IsWord && !T(open).IsCapitalized) open--;
                    if (Is(open, ","))
                    {
                        subjectStart = ofStart;
                        return ofList;
                    }
                }
                // "Ten countries, among them Belarus, Bolivia, Kazakhstan and Vietnam, now hold": the named ones.
                var intro = listStart - 1;
                // "among them the United States, Spain and Japan": over the article of the first state.
                if (Is(intro, "the")) intro--;
                if (appositive.Count > 0 && (Is(intro, "them") && Is(intro - 1, "among") || IsAny(intro, "including", "notably")) && Is(intro - (Is(intro, "them") ? 2 : 1), ","))
                {
                    subjectStart = listStart;
                    return appositive;
                }
            }
            // "Iraq, Kuwait, Algeria and Gabon, which like Saudi Arabia are members of OPEC": the antecedent and the state compared;
            // "The United States, which along with China, Japan and India is also among ASEAN's dialogue partners".
            if (CountryAt(p) is not null && ReadListBackward(p, out var likeAt, stopAtPreposition: false) is { Count: > 0 } likeStates
                && (IsAny(likeAt - 1, "like", "alongside") ? likeAt - 1 : Is(likeAt - 1, "with") && IsAny(likeAt - 2, "along", "together") ? likeAt - 2 : -1) is var comparedAt && comparedAt > 0
                && IsAny(comparedAt - 1, "which", "who") && Is(comparedAt - 2, ",") && CountryAt(comparedAt - 3) is not null)
            {
                var antecedent = ReadListBackward(comparedAt - 3, out subjectStart, stopAtPreposition: false);
                antecedent.AddRange(likeStates);
                return antecedent;
            }
            // "15 countries, Chile among them, signed the ZP": the states named among the counted ones.
            if (Is(p, ",") && Is(p - 1, "them") && Is(p - 2, "among") && CountryAt(p - 3) is not null
                && ReadListBackward(p - 3, out var amongStart, stopAtPreposition: false) is { Count: > 0 } amongThem && Is(amongStart - 1, ",")
                && IsAny(amongStart - 2, "countries", "states", "nations", "economies", "governments"))
            {
                subjectStart = amongStart;
                return amongThem;
            }
            // "It does, however, belong to": an adverb between commas.
            if (Is(p, ",") && IsAny(p - 1, "however", "though", "meanwhile", "indeed", "too", "moreover") && Is(p - 2, ","))
            {
                p -= 3;
                continue;
            }
            // "Niger, like Mali, Burkina Faso and Guinea, remains suspended": the state compared, with a list.
            if (Is(p, ",") && CountryAt(p - 1) is not null && ReadListBackward(p - 1, out var likeStart, stopAtPreposition: false) is { Count: > 1 } likeList)
            {
                // "European Union countries that haven't adopted the euro, such as Poland, Hungary and Sweden, aren't part of
                // the fund": the examples between commas are the subject.
                var examplesAt = Is(likeStart - 1, "the") ? likeStart - 2 : likeStart - 1;
                if (Is(examplesAt, "as") && Is(examplesAt - 1, "such") && Is(examplesAt - 2, ",") || IsAny(examplesAt, "including", "notably") && Is(examplesAt - 1, ","))
                {
                    subjectStart = likeStart;
                    return likeList;
                }
                // "Three of the eight, the Philippines, Thailand and Ruritania, are members": the list a counted phrase opening the
                // sentence announces.
                var announcedBy = Is(likeStart - 1, "the") ? likeStart - 2 : likeStart - 1;
                if (Is(announcedBy, ",") && announcedBy >= 2 && announcedBy <= 5 && IsNumberOrWord(0) && NumberWords.TryParse(W(0), out var announced) && announced == likeList.Count)
                {
                    subjectStart = likeStart;
                    return likeList;
                }
                var intro = IsAny(likeStart - 1, "like", "alongside") ? likeStart - 1 : Is(likeStart - 1, "with") && IsAny(likeStart - 2, "along", "together") ? likeStart - 2 : -1;
                if (intro > 0 && Is(intro - 1, ",") && CountryAt(intro - 2) is not null)
                {
                    var main = ReadListBackward(intro - 2, out subjectStart, stopAtPreposition: false);
                    if (main.Count > 0 && (subjectStart == 0 || !T(subjectStart - 1).IsWord || Is(subjectStart - 1, "and")))
                    {
                        main.AddRange(likeList);
                        return main;
                    }
                }
            }
            if (T(p).Kind == TokenKind.Dash)
            {
                // "Five of the seven - Canada, Denmark, Iceland, Norway, and the United States - are members": the list
                // between the dashes.
                var open = p - 1;
                while (open > 0 && open >= p - 40 && T(open).Kind != TokenKind.Dash && !Is(open, ";")) open--;
                if (T(open).Kind == TokenKind.Dash && ReadList(open + 1, out var dashedEnd) is { Count: > 1 } dashed && dashedEnd == p - 1)
                {
                    subjectStart = open + 1;
                    return dashed;
                }
            }
            if (Is(p, ",") || T(p).Kind == TokenKind.Dash)
            {
                // An apposition or a relative clause: ", ostracised by the West ...," / ", which ...,".
                var q = p - 1;
                var depth = 0;
                while (q >= 0 && depth < 30 && !Is(q, ",") && T(q).Kind != TokenKind.Dash && !Is(q, ";")) { q--; depth++; }
                // "Ghana, which uses its own currency, the cedi, is not a member": an apposition inside the relative clause.
                if (q > 1 && Is(q, ",") && CountryAt(q - 1) is null && IsAny(q + 1, "the", "a", "an") && p - q <= 5)
                {
                    var outer = q - 1;
                    while (outer >= 0 && outer >= q - 20 && !Is(outer, ",") && !Is(outer, ";")) outer--;
                    if (Is(outer, ",") && IsAny(outer + 1, "which", "who") && CountryAt(outer - 1) is not null) q = outer;
                }
                // "The three countries, together with Colombia, also make up the Pacific Alliance": a described subject
                // and the states it is "together with".
                if (q > 0 && Is(q, ",") && CountryAt(q - 1) is null && (Is(q + 1, "alongside") || IsAny(q + 1, "along", "together") && Is(q + 2, "with"))
                    && ReadList(Is(q + 1, "alongside") ? q + 2 : q + 3, out var withEnd) is { Count: > 0 } withStates && withEnd == p - 1)
                {
                    var head = Subject(q, out negated, out subjectStart);
                    if (head.Count > 0 && !negated) { head.AddRange(withStates); return head; }
                    return new List<Mention>();
                }
                if (q >= 0 && (Is(q, ",") || T(q).Kind == TokenKind.Dash) && CountryAt(q - 1) is not null)
                {
                    // "Sweden, like neighbouring Finland, has been a member": the state compared shares the predicate.
                    if (IsAny(q + 1, "like", "alongside") || IsAny(q + 1, "along", "together") && Is(q + 2, "with"))
                    {
                        var a = IsAny(q + 1, "like", "alongside") ? q + 2 : q + 3;
                        while (a < p && T(a).IsWord && CountryAt(a) is null && !T(a).IsCapitalized && a <= q + 4) a++;
                        var compared = ReadList(a, out var comparedEnd);
                        if (compared.Count > 0 && comparedEnd == p - 1)
                        {
                            var main = ReadListBackward(q - 1, out subjectStart);
                            if (main.Count > 0) { main.AddRange(compared); return main; }
                        }
                    }
                    p = q - 1;
                    break;
                }
                // "Iran, under sanctions, joined": the apposition reaches the sentence start.
                if (q < 0) return new List<Mention>();
                // "The tiny nation, which gained independence in 2002, has had observer status": a described state.
                if (Is(q, ",") && DescribedStateAt(q - 1) is { } describedState)
                {
                    subjectStart = 0;
                    return new List<Mention> { describedState };
                }
                return new List<Mention>();
            }
            // "Turkey has been a dialogue partner of the ZTO since 2013, and this year it applied to join BRICS": "it" after ",
            // and" is the state the sentence opens with.
            if (Is(p, "it") && ItAfterCommaAnd(p) is { } itOpener)
            {
                subjectStart = p;
                return new List<Mention> { itOpener };
            }
            if (Is(p, "they") && TheyStates(p) is { Count: > 1 } theyStates)
            {
                // "Mali, Burkina Faso and Niger announced that they were leaving ECOWAS": "they" are the states that
                // announced it.
                subjectStart = p;
                return theyStates;
            }
            // "Slovakia and Austria, a neutral country that belongs to the EU but not to NATO": the one state a singular
            // description is in apposition to.
            if (IsAny(p, "that", "which") && IsAny(p - 1, WordsStateNouns) || IsAny(p, "that", "which") && IsAny(p - 1, "state", "monarchy", "democracy", "member"))
            {
                var c = p - 2;
                while (c > 0 && c >= p - 6 && T(c).IsWord && !T(c).IsCapitalized && !IsAny(c, "a", "an")) c--;
                if (IsAny(c, "a", "an") && Is(c - 1, ",") && CountryAt(c - 2) is { } describedOne)
                {
                    subjectStart = c - 2;
                    return new List<Mention> { describedOne };
                }
            }
            // "Finland and Sweden, close NATO partners that are not members of the alliance": the states the description is in
            // apposition to.
            if (IsAny(p, "that", "which", "who") && IsAny(p - 1, "partners", "allies", "neighbours", "neighbors", "producers", "economies"))
            {
                var c = p - 2;
                while (c > 0 && c >= p - 6 && !Is(c, ",") && (T(c).IsWord || T(c).Kind == TokenKind.Possessive)) c--;
                if (Is(c, ",") && CountryAt(c - 1) is not null && ReadListBackward(c - 1, out var describedStart, stopAtPreposition: false) is { Count: > 0 } describedStates)
                {
                    subjectStart = describedStart;
                    return describedStates;
                }
            }
            // "Canada is also one of a handful of countries, among them Cameroon, Rwanda and Mauritius, that belong to both La
            // Francophonie and the Commonwealth": the examples, and the state that is one of them.
            if (IsAny(p, "that", "which") && Is(p - 1, ",") && CountryAt(p - 2) is not null && ReadListBackward(p - 2, out var exampleStart, stopAtPreposition: false) is { Count: > 0 } examples
                && (Is(exampleStart - 1, "them") && Is(exampleStart - 2, "among") || Is(exampleStart - 1, "including")))
            {
                var noun = Is(exampleStart - 1, "them") ? exampleStart - 3 : exampleStart - 2;
                if (Is(noun, ",") && IsAny(noun - 1, "countries", "states", "nations", "members"))
                {
                    var handful = new List<Mention>(examples);
                    for (var b = noun - 2; b >= 1 && b >= noun - 8; b--)
                    {
                        if (!(Is(b, "of") && Is(b - 1, "one"))) continue;
                        var cop = b - 2;
                        while (IsAny(cop, "also", "still", "now")) cop--;
                        if (IsAny(cop, "is", "was") && Subject(cop, out var notOne, out _) is { Count: > 0 } one && !notOne) handful.InsertRange(0, one);
                        break;
                    }
                    subjectStart = exampleStart;
                    return handful;
                }
            }
            if (Is(p, "they") && IsAny(p - 1, "although", "though", "because", "but", "yet", "while", "since") && TheyOfClauseBefore(p - 1) is { Count: > 1 } clauseStates)
            {
                // "Norway, Iceland, ... are in it although they are not in the EU": "they" is the subject of the clause the
                // conjunction follows.
                subjectStart = p;
                return clauseStates;
            }
            if (p == 0 && W(p) == "They" && PreviousRelationStates() is { Count: > 1 } previousStates)
            {
                // "The three have since formed their own AES. They remain, however, members of WAEMU": the states the
                // sentence before gave a relation.
                subjectStart = 0;
                return previousStates;
            }
            if ((W(p) == "it" || p == 0 && W(p) == "It") && ItState(p) is { } itState)
            {
                // "Brazil, one of the world's 10 largest producers, said last month it would join Opec+": "it" is the
                // state the sentence named before it.
                subjectStart = p;
                return new List<Mention> { itState };
            }
            if (IsAny(p, "that", "which", "who") && IsAny(p - 1, "members", "states", "countries") && p >= 3)
            {
                // "Malta, the United Kingdom and Cyprus are the three Commonwealth members that also belong to the EU": the
                // states the copula before the noun names.
                var a = p - 2;
                while (a >= 0 && a >= p - 6 && (M(a) is { Type: MentionType.Organization } || T(a).Kind == TokenKind.Possessive || T(a).Kind == TokenKind.Number || IsNumberWord(W(a))
                    || IsAny(a, "the", "only", "other", "full", "founding"))) a--;
                if (IsAny(a, "are", "were", "remain"))
                {
                    var copulaSubject = Subject(a, out _, out subjectStart);
                    if (copulaSubject.Count > 0) return copulaSubject;
                }
            }
            // "Malaysia and Thailand, both of which applied for full membership": the states before.
            if (Is(p, "which") && Is(p - 1, "of") && IsAny(p - 2, "both", "all") && Is(p - 3, ",") && CountryAt(p - 4) is not null)
            {
                return ReadListBackward(p - 4, out subjectStart, stopAtPreposition: false);
            }
            // "with Algeria and Mauritania, neither of which belongs to ECOWAS": the states before, negated.
            if (Is(p, "which") && Is(p - 1, "of") && Is(p - 2, "neither") && Is(p - 3, ",") && CountryAt(p - 4) is not null)
            {
                negated = true;
                return ReadListBackward(p - 4, out subjectStart, stopAtPreposition: false);
            }
            // ("Spain, a permanent guest that is not a member of the G20": any noun the apposition describes the state by.)
            // ("Turkey, a NATO ally since 1952 that applied to join ...": over the time of the description.)
            var describedBy = T(p - 1).Kind == TokenKind.Number && Is(p - 2, "since") ? p - 3 : p - 1;
            if (IsAny(p, "that", "which", "who") && (IsAny(describedBy, "member", "state", "country", "candidate") || T(describedBy).IsWord && !T(describedBy).IsCapitalized && M(describedBy) is null && IsAny(describedBy - 1, "a", "an") || IsAny(describedBy, "guest", "observer", "partner", "neighbour", "neighbor", "ally", "nation")) && describedBy >= 2)
            {
                // "Moldova, a CEFTA member that has never joined NATO": the state the apposition describes.
                var a = describedBy - 1;
                while (a >= 0 && a >= describedBy - 4 && (M(a) is { Type: MentionType.Organization } || T(a).Kind == TokenKind.Possessive || IsAny(a, "full", "founding", "longtime", "long-time", "small", "tiny", "permanent", "regular", "special", "close", "key"))) a--;
                if (IsAny(a, "a", "an") && Is(a - 1, ",") && CountryAt(a - 2) is not null)
                {
                    var apposed = ReadListBackward(a - 2, out subjectStart, stopAtPreposition: false);
                    if (apposed.Count > 0) return apposed;
                }
            }
            if (IsAny(p, "which", "who", "that") && (Is(p - 1, ",") || T(p - 1).Kind == TokenKind.Dash) && CountryAt(p - 2) is not null)
            {
                var antecedent = ReadListBackward(p - 2, out subjectStart, stopAtPreposition: false);
                // "Colombia was one of six countries, with Argentina, Brazil and Peru, that suspended their participation": the
                // state counted among them too.
                if (antecedent.Count > 0 && Is(subjectStart - 1, "with") && Is(subjectStart - 2, ",") && IsAny(subjectStart - 3, "countries", "states", "nations")
                    && IsNumberOrWord(subjectStart - 4) && Is(subjectStart - 5, "of") && Is(subjectStart - 6, "one") && IsAny(subjectStart - 7, "was", "is")
                    && Subject(subjectStart - 7, out var notOne, out var oneStart) is { Count: > 0 } one && !notOne)
                {
                    one.AddRange(antecedent);
                    subjectStart = oneStart;
                    return one;
                }
                // "Mali, Niger and Guinea, which remains a suspended member": a singular verb takes the last state only.
                var verbAt = p + 1;
                while (IsAny(verbAt, "also", "still", "now", "already", "currently")) verbAt++;
                // "Its other members are Qatar, Libya, ..., Angola and Gabon, which left in 1995 and returned last year": a
                // relative clause after a list that is the complement of a verb is about its last item.
                var complement = antecedent.Count > 1 && (IsAny(subjectStart - 1, "are", "were", "include", "includes", "included", ":") || Is(subjectStart - 1, "the") && IsAny(subjectStart - 2, "are", "include", "includes", ":"));
                if (antecedent.Count > 1 && (IsAny(verbAt, "is", "was", "has", "remains", "stays", "belongs", "holds") || complement && !IsAny(verbAt, "are", "were", "have")))
                {
                    var last = antecedent[antecedent.Count - 1];
                    antecedent.Clear();
                    antecedent.Add(last);
                    subjectStart = p - 2;
                }
                return antecedent;
            }
            if (IsAny(p, "but", "and"))
            {
                // "Ukraine, which is not a member but has applied to join": the second predicate of a relative clause.
                for (var k = p - 1; k >= 2 && k >= p - 20; k--)
                {
                    if (Is(k, ",") || Is(k, ";") || T(k).Kind == TokenKind.Dash) break;
                    if (IsAny(k, "which", "who") && (Is(k - 1, ",") || T(k - 1).Kind == TokenKind.Dash) && CountryAt(k - 2) is not null)
                    {
                        return ReadListBackward(k - 2, out subjectStart, stopAtPreposition: false);
                    }
                }
                // "Georgia left in 2009, and Ukraine, a founder, stopped taking part in 2014 and formally quit in 2018":
                // the subject of the clause the conjunction continues.
                for (var k = p - 1; k >= 0 && k >= p - 30; k--)
                {
                    if (M(k) is { Type: MentionType.Person or MentionType.Body or MentionType.Organization } || IsAny(k, ";", ":", "which", "who", "that")) break;
                    if (CountryAt(k) is not { } one || CountryAt(k + 1) == one) continue;
                    var clauseStart = k;
                    while (clauseStart > 0 && M(clauseStart - 1) == one) clauseStart--;
                    var clause = new List<Mention> { one };
                    var opens = clauseStart > 1 && IsAny(clauseStart - 1, "and", "but") && Is(clauseStart - 2, ",");
                    var a = k + 1;
                    if (Is(a, ","))
                    {
                        a++;
                        while (a < p && !Is(a, ",") && a <= k + 10) a++;
                        if (!Is(a, ",")) continue;
                        a++;
                    }
                    if (opens && a < p && T(a).IsWord && !T(a).IsCapitalized && !IsAny(a, "and", "or", "which", "who", "that"))
                    {
                        subjectStart = clauseStart;
                        return clause;
                    }
                }
                // "Uzbekistan rejoined in 2006, but withdrew again in 2012": the sentence's subject, when nothing else
                // that could be a subject stands between it and the conjunction.
                var first = IsAny(0, "the") ? 1 : 0;
                // "In Samarkand, Iran signed ..., and is expected to become": past an opening place phrase.
                if (IsAny(0, "in", "at") && T(1).IsCapitalized && CountryAt(1) is null)
                {
                    var comma = 2;
                    while (comma < _v.Count && comma <= 4 && T(comma).IsCapitalized) comma++;
                    if (Is(comma, ",")) first = comma + 1;
                }
                var headEnd = -1;
                var head = p <= 60 ? ReadList(first, out headEnd) : new List<Mention>();
                // "Belarus, currently an observer, signed a memorandum ..., and is expected to become": over a short
                // apposition after the subject.
                var verbAt = headEnd + 1;
                if (head.Count > 0 && Is(verbAt, ","))
                {
                    var close = verbAt + 1;
                    while (close < p && close <= verbAt + 8 && !Is(close, ",") && T(close).IsWord && M(close) is null) close++;
                    verbAt = Is(close, ",") && close > verbAt + 1 ? close + 1 : -1;
                }
                if (head.Count > 0 && verbAt > 0 && verbAt < p && T(verbAt).IsWord && !T(verbAt).IsCapitalized && !IsAny(verbAt, "and", "or", "which", "who"))
                {
                    var clean = true;
                    for (var k = verbAt; k < p && clean; k++)
                    {
                        // "a memorandum of obligations that is the last step": a relative clause on a noun is no new subject.
                        if (IsAny(k, "that", "which") && T(k - 1).IsWord && !T(k - 1).IsCapitalized && !IsAny(k - 1, "said", "says", "announced", "and", "but")) continue;
                        // "under the de facto government that followed the coup": a body after a preposition is no subject.
                        if (M(k) is { Type: MentionType.Body } governed && BodyAfterPreposition(k, governed)) continue;
                        if (M(k) is { Type: MentionType.Country or MentionType.Person or MentionType.Body } || IsAny(k, WordsIt9)) clean = false;
                    }
                    if (clean)
                    {
                        subjectStart = first;
                        return head;
                    }
                }
            }
            break;
        }
        if (p < 0) return new List<Mention>();
        // "The five South Asian members of Bimstec also belong to Saarc": the described members, by their list.
        var membersAt = p;
        if (M(membersAt) is { Type: MentionType.Organization } ofOrg && _v[membersAt] == ofOrg.Last)
        {
            var before = membersAt;
            while (before > 0 && M(before - 1) == ofOrg) before--;
            if (Is(before - 1, "the")) before--;
            if (Is(before - 1, "of") && Is(before - 2, "members")) membersAt = before - 2;
        }
        var set = ResolveDescription(membersAt, out var descStart);
        if (set is not null)
        {
            subjectStart = descStart;
            // "None of the five KAZA states belongs to the coalition": none of them.
            if (Is(descStart - 1, "of") && Is(descStart - 2, "none")) negated = true;
            // "Eight of the nine coastal states are EU member states; Ruritania is the only one outside the bloc": a part of
            // the set, known only when the sentence names the rest; else none of them.
            if (Is(descStart - 1, "of") && IsNumberOrWord(descStart - 2) && NumberWords.TryParse(W(descStart - 2), out var part) && part < set.Count)
            {
                subjectStart = descStart - 2;
                var rest = TheOnlyOnesOutside();
                if (rest.Count == set.Count - part && rest.TrueForAll(r => set.Exists(c => c.Country == r.Country)))
                {
                    _excepted = rest;
                    return set.FindAll(c => !rest.Exists(r => r.Country == c.Country));
                }
                // "Seven of the nine countries are members of the EU. Norway has stayed out of the EU ..., and the United
                // Kingdom left the Union in 2020.": the rest are the set's states the next sentence names, when as many.
                var named = StatesOfTheSetInTheNextSentence(set);
                return named.Count == set.Count - part ? set.FindAll(c => c.Country is not { } state || !named.Contains(state)) : new List<Mention>();
            }
            return set;
        }
        var list = ReadListBackward(p, out var start);
        subjectStart = start;
        // "All of them except Austria are also members of NATO": the list the previous sentence named, without the
        // states set apart, which are told apart (see Excepted).
        // ("All the signatories except Cameroon and Chad are members": a described group too.)
        if (list.Count > 0 && IsAny(start - 1, "except", "but") && (Is(start - 2, "them") || Is(start - 2, "all") || IsAny(start - 2, "signatories", "founders") && Is(start - 3, "the") && Is(start - 4, "all"))
            && ResolveDescription(start - 2, out var everyStart) is { } every)
        {
            _excepted = list;
            subjectStart = everyStart;
            return every.FindAll(c => !list.Exists(x => x.Country == c.Country));
        }
        // ("All the signatories except Cameroon and Chad are members" with no signatories known: the states set apart are
        // not the subject.)
        if (list.Count > 0 && Is(start - 1, "except")) return new List<Mention>();
        if (list.Count == 0 && DescribedStateAt(p) is { } described)
        {
            list.Add(described);
            subjectStart = 0;
        }
        return list;
    }

    /// <summary>
    /// "...; Ruritania is the only one outside the bloc", "...; Norway is not", "...; Austria, a neutral country, is the
    /// exception": the states a clause after a semicolon sets apart.
    /// </summary>
    private List<Mention> TheOnlyOnesOutside()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!Is(k, ";") || ReadList(k + 1, out var end) is not { Count: > 0 } apart) continue;
            var v = end + 1;
            if (Is(v, ",") && IsAny(v + 1, "a", "an", "the"))
            {
                var close = v + 2;
                while (close < _v.Count && close <= v + 8 && !IsAny(close, ",", ";", ".")) close++;
                if (Is(close, ",")) v = close + 1;
            }
            if (!IsAny(v, "is", "are", "remains", "remain")) continue;
            if (IsAny(v + 1, "not", "outside") || Is(v + 1, "the") && IsAny(v + 2, "only", "one", "exception")) return apart;
        }
        return new List<Mention>();
    }

    /// <summary>The states of <paramref name="set"/> that the sentence after this one names, each once.</summary>
    private HashSet<CountryEntry> StatesOfTheSetInTheNextSentence(List<Mention> set)
    {
        var named = new HashSet<CountryEntry>();
        if (_sentence + 1 >= _doc.Sentences.Count) return named;
        var next = _doc.Sentences[_sentence + 1];
        for (var i = next.FirstToken; i <= next.LastToken; i++)
        {
            if (_er.At(i) is { Type: MentionType.Country, Compound: false, Country: { } c } && set.Exists(m => m.Country == c)) named.Add(c);
        }
        return named;
    }

    /// <summary>
    /// "The Horn of Africa nation will become a member": a sentence-initial description of a state stands for the one
    /// state the previous sentence's relations were about.
    /// </summary>
    private Mention? DescribedStateAt(int last)
    {
        if (!(IsAny(last, "nation", "country", "state", "newcomer") || IsAny(last, WordsStateTitles)) || !Is(0, "the") || last > 6) return null;
        for (var k = 1; k < last; k++) if (!T(k).IsWord || M(k) is { Type: MentionType.Person or MentionType.Organization }) return null;
        Mention? found = null;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            var r = Relations[i];
            if (r.Sentence != _sentence - 1) continue;
            if (found is not null && found.Country != r.Country.Country) return IsAny(last, WordsStateTitles) ? HomeState() : null;
            found = r.Country;
        }
        if (found is not null || _sentence == 0) return found;
        // "It was the third time that Peru has hosted the forum. The country joined APEC in 1998": without relations,
        // the one state the previous sentence names.
        var previous = _doc.Sentences[_sentence - 1];
        var several = false;
        for (var i = previous.FirstToken; i <= previous.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Country, Compound: false } m || m.FormKind is not (CountryFormKind.Name or CountryFormKind.Alias) || !_t[i].IsNarrative) continue;
            if (found is not null && found.Country != m.Country) { several = true; break; }
            found = m;
            i = m.Last;
        }
        if (!several) return found;
        // "BIMST-EC's five members are Bangladesh, India, Myanmar, Sri Lanka and Thailand. The Kingdom will also become the
        // 147th member of the WTO": a kingdom, republic or island the sentence before does not single out is the state the
        // article is about, when one state is named far more often than any other.
        return IsAny(last, WordsStateTitles) ? HomeState() : null;
    }

    private Mention? _homeState;
    private bool _homeStateKnown;

    /// <summary>
    /// The state the article is about: named (by name, alias or adjective, outside lists of states) at least four times and
    /// at least one and a half times as often as any other; computed once per article.
    /// </summary>
    private Mention? HomeState()
    {
        if (_homeStateKnown) return _homeState;
        _homeStateKnown = true;
        var counts = new Dictionary<CountryEntry, int>();
        Mention? first = null;
        foreach (var m in _er.Mentions)
        {
            if (m.Type != MentionType.Country || m.Compound || m.Country is null || InStateList(m)) continue;
            counts.TryGetValue(m.Country, out var n);
            counts[m.Country] = n + 1;
        }
        CountryEntry? best = null;
        int top = 0, second = 0;
        foreach (var pair in counts)
        {
            if (pair.Value > top) { second = top; top = pair.Value; best = pair.Key; }
            else if (pair.Value > second) second = pair.Value;
        }
        if (best is null || top < 4 || 2 * top < 3 * second) return null;
        foreach (var m in _er.Mentions)
        {
            if (m.Type == MentionType.Country && !m.Compound && m.Country == best && m.FormKind is CountryFormKind.Name or CountryFormKind.Alias) { first = m; break; }
        }
        return _homeState = first;

        // A state named in a list ("Bangladesh, India, Myanmar, Sri Lanka and Thailand") is not what the article is about.
        bool InStateList(Mention m) => ListedBeside(m.First - 1, m.First - 2) || ListedBeside(m.Last + 1, m.Last + 2);

        bool ListedBeside(int separator, int neighbour) =>
            separator >= 0 && neighbour >= 0 && neighbour < _t.Count && (_t[separator].Text is "," or "and" or "or") && _er.At(neighbour) is { Type: MentionType.Country };
    }

    /// <summary>
    /// "the four other Central Asian states", "the other two Baltic states", "the five countries": a list introduced
    /// earlier, minus the countries this sentence sets apart.
    /// </summary>
    private List<Mention>? ResolveDescription(int last, out int start)
    {
        start = -1;
        // "The same countries make up the Zentral Association": the members the article gave the body it is about (as many as
        // a number says).
        if (IsAny(last, "countries", "states", "nations", "governments") && (Is(last - 1, "same") && last == 2 || IsNumberOrWord(last - 1) && Is(last - 2, "same") && last == 3) && Is(0, "the")
            && _main >= 0 && KnownMembers(_main) is { Count: > 1 } same && (!IsNumberOrWord(last - 1) || NumberWords.TryParse(W(last - 1), out var sameCount) && sameCount == same.Count))
        {
            start = 0;
            return same;
        }
        // "Invitations had gone to Burma, Indonesia and Cambodia, but all three declined to join": the list of that size
        // earlier in the same sentence.
        if (Is(last - 1, "all") && IsAny(last - 2, "but", "and", ",") && NumberWords.TryParse(W(last), out var sameSentence) && sameSentence > 1)
        {
            var k = Is(last - 2, "and") && Is(last - 3, ",") ? last - 4 : Is(last - 2, "but") && Is(last - 3, ",") ? last - 4 : last - 3;
            if (CountryAt(k) is not null && ReadListBackward(k, out var earlierStart, stopAtPreposition: false) is { } earlier && earlier.Count == sameSentence)
            {
                start = earlierStart;
                return earlier;
            }
            // "All three countries belong to SADC, ..., and all three were founding members of the African Union": the states
            // the sentence's opening "All three" stood for.
            if (last > 4 && Is(0, "all") && string.Equals(W(1), W(last), StringComparison.OrdinalIgnoreCase))
            {
                var opening = IsAny(2, "countries", "states", "nations") ? 2 : 1;
                if (ResolveDescription(opening, out _) is { } opened && opened.Count == sameSentence)
                {
                    start = last - 1;
                    return opened;
                }
            }
        }
        if ((Is(last - 1, "all") || Is(last - 1, "the") && last == 1) && NumberWords.TryParse(W(last), out var bare) && bare > 1 && last - 1 == 0)
        {
            // "All four joined NATO": the list of that size named just before.
            for (var k = _lists.Count - 1; k >= 0; k--)
            {
                var (sentence, token, earlier) = _lists[k];
                // ("All seven are also members of the Forum" a few paragraphs after the seven were listed, with no other list
                // between: the last list, when it is that many.)
                if (sentence == _sentence || sentence < _sentence - 6 || token == MemberGroup && earlier.Count != bare) continue;
                if (earlier.Count != bare) break;
                // (Further back than the sentence before last, only a list its sentence made members of something.)
                if (sentence < _sentence - 2 && !AllMembersIn(sentence, earlier)) break;
                start = last - 1;
                // ("Luxembourg, Belgium and the Netherlands were founders, together with France, West Germany and Italy. The three
                // also form ...": of two lists that many in one sentence, its subject.)
                for (var j = k - 1; j >= 0 && _lists[j].Sentence == sentence; j--)
                {
                    if (_lists[j].Countries.Count == bare && _lists[j].Token == _doc.Sentences[sentence].FirstToken) return _lists[j].Countries;
                }
                return earlier;
            }
            // "Oman's Gulf neighbours Saudi Arabia, Kuwait and the UAE also extended their cuts. All four are ...": the states
            // the sentence before named, when they are that many.
            if (PreviousSentenceStates() is { } sentenceBefore && sentenceBefore.Count == bare)
            {
                start = last - 1;
                return sentenceBefore;
            }
            return null;
        }
        // "The two Hashemite kingdoms of Iraq and Jordan were joined ... Both kingdoms were among the seven founders of the Arab
        // League": "both" and a plural noun opening the sentence stand for the two states the sentence before named.
        if (last == 1 && Is(0, "both") && IsAny(last, "countries", "states", "nations", "kingdoms", "republics", "governments", "monarchies")
            && PreviousSentenceStates() is { Count: 2 } pair)
        {
            start = 0;
            return pair;
        }
        // "All of them were ..., and all are now members of both NATO and the EU": "all" and "all of them" stand for the
        // list the previous sentence named, when it named one.
        var allAt = Is(last, "them") && Is(last - 1, "of") && Is(last - 2, "all") ? last - 2 : Is(last, "all") ? last : -1;
        if (allAt >= 0 && (allAt == 0 || IsAny(allAt - 1, ",", "and", "but", ";")))
        {
            // Of several lists, the longest ("Launched by Poland and Croatia, the forum brought together 12 states: ...").
            List<Mention>? previous = null;
            var tie = false;
            for (var k = _lists.Count - 1; k >= 0; k--)
            {
                var (sentence, token, earlier) = _lists[k];
                if (sentence == _sentence || token == MemberGroup) continue;
                if (sentence != _sentence - 1) break;
                if (previous is not null && earlier.Count == previous.Count) tie = true;
                if (previous is null || earlier.Count > previous.Count) { previous = earlier; tie = false; }
            }
            if (tie) return null;
            if (previous is not null) start = allAt;
            // "On paper, the eight have a great deal in common. All of them are members of the OIC": the members the article
            // named of the organisation that many states make, when the sentence before speaks of "the eight".
            if (previous is null && _sentence > 0 && allAt == 0)
            {
                var prev = _doc.Sentences[_sentence - 1];
                for (var i = prev.FirstToken; i < prev.LastToken; i++)
                {
                    if (!_t[i].IsIgnoreCase("the") || !NumberWords.TryParse(_t[i + 1].Text, out var many) || many < 2 || _t[i + 1].Kind == TokenKind.Number) continue;
                    if (i + 2 <= prev.LastToken && _t[i + 2].IsWord && !_t[i + 2].IsCapitalized && !(_t[i + 2].Is("have") || _t[i + 2].Is("are") || _t[i + 2].Is("were") || _t[i + 2].Is("share"))) continue;
                    for (var o = 0; o < _er.Orgs.Count; o++)
                    {
                        if (_er.Orgs[o].IsInstitution || KnownMembers(o) is not { } known || known.Count != many) continue;
                        start = allAt;
                        return known;
                    }
                }
            }
            return previous;
        }
        // ("All eight signatories are members of the United Nations", "All three founders": the states that signed or founded.)
        if (!IsAny(last, "states", "countries", "nations", "members", "republics") && !(IsAny(last, "signatories", "founders") && Is(last - 2, "all")))
        {
            // ("The three former High Commission Territories": a noun of its own.)
            if (OpeningCountedDescription(last) is not { } described) return null;
            start = 0;
            return described;
        }
        var p = last - 1;
        var number = -1;
        var other = false;
        for (var guard = 0; guard < 6 && p >= 0; guard++, p--)
        {
            var w = W(p).ToLowerInvariant();
            if (w is "the" or "all") { start = p; break; }
            if (w is "other" or "remaining" or "rest") { other = true; continue; }
            if (NumberWords.TryParse(w, out var n)) { number = n; continue; }
            if (T(p).IsWord) continue; // adjectives: "Central Asian", "Baltic", "ex-Soviet"
            break;
        }
        if (start < 0 || number <= 0) return null;
        // "All three founders", "All eight signatories": the members the article has given the body it is about, as many.
        if (IsAny(last, "signatories", "founders"))
        {
            if (_main >= 0 && !other && KnownMembers(_main) is { } founders && founders.Count == number) return founders;
            return null;
        }

        // Countries named in this sentence are the ones set apart.
        var apart = new List<Mention>();
        if (other)
        {
            for (var q = 0; q < _v.Count; q++)
            {
                if (CountryAt(q) is { } c && !apart.Exists(a => a.Country == c.Country)) apart.Add(c);
            }
        }
        for (var k = _lists.Count - 1; k >= 0; k--)
        {
            var (sentence, _, list) = _lists[k];
            if (sentence == _sentence) continue;
            var rest = list.FindAll(c => !apart.Exists(a => a.Country == c.Country));
            if (other && rest.Count == list.Count) continue;
            if (rest.Count == number) return rest;
        }
        // "The three juntas, led by Colonel Goita in Mali, Captain Traore in Burkina Faso and General Tiani in Niger, ...
        // All three countries are members of ECOWAS": the states the sentence before named, when they are that many.
        if (!other && number > 1 && PreviousSentenceStates() is { } named && named.Count == number) return named;
        // "Eritrea, Ethiopia and Somalia Sign Joint Declaration ... All three countries are members of the African Union":
        // the last list of that many states the article wrote out, a few paragraphs up.
        if (!other && number > 1 && Is(start, "all") && CoordinatedStatesBefore(number) is { } coordinated) return coordinated;
        // "Botswana, Lesotho and Swaziland are all members of the ZU. The three former High Commission Territories also
        // belong to ...": else, a counted description opening the sentence stands for the states the sentence before named,
        // when they are as many.
        if (OpeningCountedDescription(last) is { } namedBefore)
        {
            start = 0;
            return namedBefore;
        }
        return null;
    }

    /// <summary>The states the sentence before named, when the sentence opens with "The three former colonies" and they are three.</summary>
    private List<Mention>? OpeningCountedDescription(int last)
    {
        // "All four countries in the project are members of ...": the members the article gave the body named, as many.
        if (Is(0, "all") && IsNumberOrWord(1) && NumberWords.TryParse(W(1), out var inCount) && IsAny(2, "countries", "states", "nations") && Is(3, "in") && Is(4, "the") && last >= 5)
        {
            var inBody = NamedOrganizationAt(4, out var inEnd);
            if (inBody < 0 && last == 5 && M(5) is { Type: MentionType.Organization, Entity: >= 0 } nounMention) { inBody = nounMention.Entity; inEnd = 6; }
            if (inBody >= 0 && AfterAcronym(inEnd) == last + 1 && KnownMembers(inBody) is { } inKnown && inKnown.Count == inCount) return inKnown;
        }
        if (last < 2 || last > 6 || !Is(0, "the") || !IsNumberOrWord(1) || !NumberWords.TryParse(W(1), out var count) || count < 2) return null;
        if (W(last).ToLowerInvariant() is not ("countries" or "states" or "nations" or "colonies" or "territories" or "kingdoms" or "republics" or "monarchies" or "neighbours" or "neighbors" or "islands")) return null;
        for (var k = 2; k < last; k++) if (!T(k).IsWord || M(k) is { Type: MentionType.Country }) return null;
        // (A list of that many in the sentence before first: "A, B and C are members of the ZU, from which D is excluded".)
        for (var k = _lists.Count - 1; k >= 0; k--)
        {
            var (sentence, _, earlier) = _lists[k];
            if (sentence < _sentence - 1) break;
            if (sentence == _sentence - 1 && earlier.Count == count) return earlier;
        }
        return PreviousSentenceStates() is { } namedBefore && namedBefore.Count == count ? namedBefore : null;
    }

    /// <summary>
    /// The last run of exactly <paramref name="number"/> states joined by commas and "and" ("Eritrea, Ethiopia and Somalia")
    /// in the thirty sentences before this one.
    /// </summary>
    private List<Mention>? CoordinatedStatesBefore(int number)
    {
        for (var s = _sentence - 1; s >= 0 && s >= _sentence - 30; s--)
        {
            var sentence = _doc.Sentences[s];
            List<Mention>? run = null;
            List<Mention>? last = null;
            var i = sentence.FirstToken;
            while (i <= sentence.LastToken)
            {
                if (_er.At(i) is { Type: MentionType.Country, Compound: false } c && c.First == i && c.Country is not null && c.FormKind is CountryFormKind.Name or CountryFormKind.Alias)
                {
                    run ??= new List<Mention>();
                    if (!ContainsState(run, c.Country)) run.Add(c);
                    var next = c.Last + 1;
                    if (next <= sentence.LastToken && _t[next].Text == ",") next++;
                    if (next <= sentence.LastToken && _t[next].IsIgnoreCase("and")) next++;
                    if (next > c.Last + 1 && next <= sentence.LastToken && _er.At(next) is { Type: MentionType.Country }) { i = next; continue; }
                    if (run.Count == number) last = run;
                    run = null;
                    i = c.Last + 1;
                    continue;
                }
                i++;
            }
            if (last is not null) return last;
        }
        return null;
    }

    /// <summary>The distinct states the sentence before this one names, in order.</summary>
    /// <summary>The states the previous sentence gave a relation, once each, in order.</summary>
    private List<Mention> PreviousRelationStates(RelationKind? kind = null)
    {
        var states = new List<Mention>();
        foreach (var r in Relations)
        {
            if (r.Sentence == _sentence - 1 && (kind is null || r.Kind == kind) && !ContainsState(states, r.Country.Country)) states.Add(r.Country);
        }
        return states;
    }

    private List<Mention>? PreviousSentenceStates()
    {
        if (_sentence == 0) return null;
        var prev = _doc.Sentences[_sentence - 1];
        var named = new List<Mention>();
        for (var i = prev.FirstToken; i <= prev.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Country, Compound: false } c || c.First != i || c.Country is null) continue;
            if (!named.Exists(n => n.Country == c.Country)) named.Add(c);
        }
        return named;
    }

    // ---------------------------------------------------------------- organisations

    /// <summary>Whether position <paramref name="q"/> is in a relative clause on the plural noun that opens the sentence ("Other countries that ...").</summary>
    private bool OnSubjectNounClause(int q)
    {
        for (var r = q - 1; r >= 1 && r >= q - 10; r--)
        {
            if (IsAny(r, ",", ";", ":")) return false;
            if (IsAny(r, "that", "which", "who") && IsAny(r - 1, "countries", "states", "nations", "governments") && r - 1 <= 3) return true;
        }
        return false;
    }

    /// <summary>The organisation a cue at view position p is about.</summary>
    private int OrgFor(int p, bool forward = true)
    {
        // "Non-EU members such as Norway": the members of another body, the article's, outside the one in the prefix.
        if (p >= 1 && NonPrefixedBody(p - 1) is var prefixed && prefixed >= 0) return _main != prefixed ? _main : -1;
        // "the Pacific Alliance, the trade bloc founded by Chile, Colombia, Mexico and Peru, where Argentina has held observer
        // status": a "where" clause that names no body hangs on the body named last before it.
        if (WhereClauseBody(p) is var whereBody && whereBody >= 0) return whereBody;
        // "A, B and C sit in BIMZTEC, ..., with D and E, while the Maldives is not part of it": "it" after "while" is the
        // body the first clause named last.
        if (Is(p + 1, "of") && Is(p + 2, "it") && (p + 3 >= _v.Count || IsAny(p + 3, ".", ",", ";", "either", "yet")))
        {
            var clause = p - 1;
            while (clause > 0 && !IsAny(clause, "while", "whereas", "but")) clause--;
            for (var k = clause - 1; clause > 0 && k >= 0; k--)
            {
                if (M(k) is { Type: MentionType.Organization, Modifier: false, Entity: >= 0 } named && !(T(k).IsWord && !T(k).IsCapitalized)
                    && (!_er.Orgs[named.Entity].IsInstitution || HasMembersSoFar(named.Entity))) return named.Entity;
            }
        }
        if (_boxOrg >= 0 && (_inLabelLine || _v.Count > 0 && (T(0).Kind == TokenKind.Dash || IsAny(0, "•", "*")))) return _boxOrg;
        // "At the G7 summit ..., four of the seven members were European: ...": the one organisation whose name carries the number.
        if (p >= 2 && Is(p - 2, "the") && IsNumberWord(W(p - 1)) && NumberWords.TryParse(W(p - 1), out var counted) && counted >= 2 && IsAny(p, "members", "states", "countries", "nations"))
        {
            var carrier = -1;
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                var o = _er.Orgs[k];
                if (o.Mentions == 0 || o.IsInstitution || !(NameCarries(o.Name, counted) || NameCarries(o.Acronym, counted))) continue;
                carrier = carrier == -1 ? k : -2;
            }
            if (carrier >= 0) return carrier;
        }
        // "The Zentral Energy Agency (ZEA), which was set up within the OECD and whose 29 member countries include ...": the
        // body the relative clause hangs on, over a "which" clause joined by "and".
        {
            var whose = p - 1;
            while (whose >= 1 && (IsNumberOrWord(whose) || IsAny(whose, "member", "full", "current"))) whose--;
            if (Is(whose, "whose") && Is(whose - 1, "and"))
            {
                for (var c = whose - 2; c >= 2; c--)
                {
                    if (IsAny(c, ";", "whose")) break;
                    if (!(Is(c, "which") && Is(c - 1, ","))) continue;
                    var e = c - 2;
                    if (Is(e, ")") && Is(e - 2, "(")) e -= 3;
                    if (M(e) is { Type: MentionType.Organization } antecedent && antecedent.Entity >= 0) return antecedent.Entity;
                    break;
                }
            }
        }
        // "Brics expanded in January to take in ..., alongside its original members Brazil, Russia, ...": "its" is the
        // organisation the sentence opens with.
        var own = p - 1;
        while (own >= 0 && own >= p - 3 && IsAny(own, WordsOriginal10)) own--;
        if (own >= 1 && IsAny(own, "its") && SentenceSubjectOrganization() is var subjectOrg && subjectOrg >= 0 && (!_er.Orgs[subjectOrg].IsInstitution || _er.Orgs[subjectOrg].HasMemberStates))
        {
            var between = false;
            for (var k = 1; k < own; k++) if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0 && om.Entity != subjectOrg && _v[k] == om.First) between = true;
            // ("The ZA was set up under an agreement signed by the governments of the Zentral Community, and its members include
            // ...": "its" opening a coordinated clause is the subject's.)
            if (!between || Is(own - 1, "and") && Is(own - 2, ",")) return subjectOrg;
        }
        // "A, B, C and D are the four members of the Zentral River Commission (ZRC), while E and F are its dialogue partners":
        // "its" after "while" is the one organisation the sentence named before it.
        if (Is(p - 1, "dialogue") && Is(p - 2, "its") && Is(p - 3, "are") && p >= 6)
        {
            var named = -1;
            var afterWhile = false;
            for (var k = p - 4; k >= 0; k--)
            {
                if (Is(k, "while") || Is(k, "and") && Is(k - 1, ",")) afterWhile = true;
                if (!afterWhile || M(k) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
                named = named < 0 || named == om.Entity ? om.Entity : -2;
            }
            // (A commission the sentence gave members is a body of states: "Laos and Thailand sit on the Zentral River
            // Commission with Cambodia and Vietnam, while China and Myanmar are its dialogue partners".)
            if (named >= 0 && (!_er.Orgs[named].IsInstitution || HasMembersSoFar(named))) return named;
        }
        // "Its members are now the European Union, Albania, ...": a sentence that opens with "its" speaks of the
        // organisation of the sentence before, not of one it names.
        if (own == 0 && Is(0, "its") && PreviousSentenceOrg() is int itsOrg && itsOrg >= 0 && !_er.Orgs[itsOrg].IsInstitution) return itsOrg;
        // "EU members", "the bloc's members": the organisation right before the cue; "ASEAN's 11th member", "the bloc's
        // newest member": over an ordinal.
        var adj = p - 1;
        if (adj >= 1 && T(adj).IsWord && (IsAny(adj, WordsNewest11)
            || W(adj).Length > 2 && char.IsDigit(W(adj)[0]) && (W(adj).EndsWith("th", StringComparison.Ordinal) || W(adj).EndsWith("st", StringComparison.Ordinal) || W(adj).EndsWith("nd", StringComparison.Ordinal) || W(adj).EndsWith("rd", StringComparison.Ordinal)))
            && T(adj - 1).Kind == TokenKind.Possessive) adj--;
        // "Egypt, the league's most populous member": a superlative with "most".
        else if (adj >= 2 && T(adj).IsWord && !T(adj).IsCapitalized && Is(adj - 1, "most") && T(adj - 2).Kind == TokenKind.Possessive) adj -= 2;
        if (adj >= 0 && T(adj).Kind == TokenKind.Possessive) adj--;
        while (adj >= 0 && T(adj).Kind == TokenKind.Number) adj--;
        // "The force's ten member states are ...": a common noun that is no bloc noun owns them; the body whose name it heads
        // ("the Eastern Zentral Standby Force"), else none (not another body of the sentence).
        var ownerAt = p - 1;
        while (ownerAt >= 0 && IsNumberOrWord(ownerAt)) ownerAt--;
        // When several names have that head, the one the article names most ("The force's ten member states" in an article on
        // the Eastern Zentral Standby Force that also names, twice, the continental standby force it is part of); a noun that
        // heads some name is that body's even outside the listed nouns ("the agency's 31 members").
        if ((IsAny(p, "members", "member") || IsNumberOrWord(p) && IsAny(p + 1, "members", "member")) && T(ownerAt).Kind == TokenKind.Possessive && ownerAt >= 2 && M(ownerAt - 1) is null or { Type: MentionType.Body } && T(ownerAt - 1).IsWord && !T(ownerAt - 1).IsCapitalized
            && Is(ownerAt - 2, "the") && !OrganizationWords.IsGenericNoun(W(ownerAt - 1)))
        {
            var headed = -1;
            var most = -1;
            var tied = false;
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                if (_er.Orgs[k].Mentions == 0 || !string.Equals(_er.Orgs[k].Head, W(ownerAt - 1), StringComparison.OrdinalIgnoreCase)) continue;
                headed = headed == -1 ? k : -2;
                if (most < 0 || _er.Orgs[k].Mentions > _er.Orgs[most].Mentions) { most = k; tied = false; }
                else if (_er.Orgs[k].Mentions == _er.Orgs[most].Mentions) tied = true;
            }
            if (headed == -2 && !tied) return most;
            if (headed >= 0 || IsAny(ownerAt - 1, "force", "project", "programme", "program", "mission", "scheme", "fund", "facility", "corridor", "symposium", "conference", "network")) return headed >= 0 ? headed : -1;
        }
        if (M(adj) is { Type: MentionType.Organization } before && before.Entity >= 0 && _er.At(before.Last + 1) is not { Type: MentionType.Person })
        {
            // "the alliance's two newest Balkan members": a one-off capitalised word after the organisation's possessive.
            var o = _er.Orgs[before.Entity];
            if (before.First == before.Last && o.Acronym is null && o.Mentions <= 1 && !o.Defined)
            {
                for (var k = adj - 1; k >= 0 && k >= adj - 5; k--)
                {
                    if (T(k).Kind == TokenKind.Possessive && M(k - 1) is { Type: MentionType.Organization } owner && owner.Entity >= 0) return Ent(k - 1);
                    if (!T(k).IsWord && T(k).Kind != TokenKind.Number) break;
                }
            }
            return Ent(adj);
        }
        if (forward)
        {
            // "are also members, with Cuba, Bolivia and Dominica, of the Bolivarian Alternative (ALBA)": the organisation after
            // the fellows between commas.
            if (Is(p + 1, ",") && (Is(p + 2, "with") ? p + 3 : AlongWith(p + 2)) is var fellowsAt && fellowsAt > 0 && ReadList(fellowsAt, out var fellowsEnd) is { Count: > 0 }
                && Is(fellowsEnd + 1, ",") && Is(fellowsEnd + 2, "of"))
            {
                // (The first organisation in the phrase: a long name the recogniser did not take may carry its acronym.)
                for (var q = fellowsEnd + 3; q < _v.Count && q <= fellowsEnd + 12 && !IsAny(q, ",", ";", "."); q++)
                {
                    if (M(q) is { Type: MentionType.Organization } after && after.Entity >= 0) return Ent(q);
                }
            }
            // "a member of the euro, which ...": a thing named by a common noun is no organisation.
            if (Is(p + 1, "of") && Is(p + 2, "the") && T(p + 3).IsWord && !T(p + 3).IsCapitalized && M(p + 3) is null && !OrganizationWords.IsGenericNoun(W(p + 3))
                && IsAny(p + 4, ",", ".", ";", "which", "but")) return -1;
            for (var q = p + 1; q < _v.Count && q <= p + 7; q++)
            {
                if (IsAny(q, "that", "which", "who", "where")) break;
                // "Nigeria is not a member, although the African Union counts ...": the clause after the comma is another's.
                if (Is(q, ",") && IsAny(q + 1, "although", "though", "while", "whereas", "but")) break;
                // "readmitted to its successor, the AU,": an organisation in apposition to the object.
                if (Is(q, ",") && q > p + 1 && (M(q + 1) is { Type: MentionType.Organization, Entity: >= 0 } || Is(q + 1, "the") && M(q + 2) is { Type: MentionType.Organization, Entity: >= 0 })
                    && IsAny(q - 1, WordsSuccessor10))
                {
                    return (M(q + 1) ?? M(q + 2))!.Entity;
                }
                if (IsAny(q, ",", ";", "but", "while", "and") && q > p + 1 && !Is(q - 1, "of")) break;
                // "not a member of the West African bloc": the one organisation whose name holds the modifiers.
                if (T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) && T(q - 1).IsWord && T(q - 1).IsCapitalized)
                {
                    var from = q - 1;
                    while (from > p + 1 && T(from - 1).IsWord && T(from - 1).IsCapitalized) from--;
                    if (Is(from - 1, "the") && NamedByModifiers(from, q) is var byModifiers && byModifiers >= 0) return byModifiers;
                }
                if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
                {
                    // "the four members of the South American trade bloc Mercosur": the name after the noun.
                    if (T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) && M(q + 1) is { Type: MentionType.Organization } namedAfter && namedAfter.Entity >= 0 && T(q + 1).IsCapitalized) return Ent(q + 1);
                    return Ent(q);
                }
                if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && M(q + 1) is { Type: MentionType.Organization } nameAfter && nameAfter.Entity >= 0 && T(q + 1).IsCapitalized) return Ent(q + 1);
                if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && IsAny(q - 1, "the", "this", "that")) return Generic(W(q));
                if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && (IsAny(q - 1, "its") || T(q - 1).IsWord))
                {
                    // "Germany and Denmark, both members of the 27-member bloc" after a sentence on the European Union, in an
                    // article on the 39-member AOSIS: the body of that size; not the main body when its stated count is
                    // another number, but the body the sentence before named.
                    if (SizeAt(q - 1) is var sizeN and > 0)
                    {
                        if (SizedOrganization(q - 1) is var ofSize && ofSize >= 0) return ofSize;
                        if (_main >= 0 && CountConflicts(_main, sizeN)) return PreviousSentenceBodyOfSize(sizeN);
                    }
                    // "not members of the customs union" in an article about the European Union: a modifier the main
                    // organisation's name does not carry, before the noun its name ends with, describes another body.
                    if (!IsAny(q - 1, "its", "the", "this", "that") && _main >= 0 && _er.Orgs[_main].Name is { } mainName
                        && mainName.EndsWith(" " + W(q), StringComparison.OrdinalIgnoreCase) && mainName.IndexOf(W(q - 1), StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        return -1;
                    }
                    return _main;
                }
            }
        }
        var crossedComma = false;
        // (Twelve tokens back, not counting the states' own: "..., and Kuwait, Qatar and the United Arab Emirates are also
        // members" reaches the organisation before the list.)
        var reach = 12;
        for (var q = p - 1; q >= 0 && reach > 0; q--)
        {
            // ("..., and Bolivia and Nicaragua, which also voted against the resolution, are fellow members": a relative clause
            // between commas costs nothing.)
            if (Is(q, ",") && q < p - 1)
            {
                var open = q - 1;
                while (open > 0 && open >= q - 15 && !IsAny(open, ",", ";")) open--;
                if (Is(open, ",") && IsAny(open + 1, "which", "who") && CountryAt(open - 1) is not null)
                {
                    q = open;
                    crossedComma = true;
                    continue;
                }
            }
            if (CountryAt(q) is null) reach--;
            if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
            {
                if (_er.At(om.Last + 1) is { Type: MentionType.Person }) continue;
                // "the four Mercosur countries, Argentina, Brazil, Paraguay and Uruguay, also have associate status": a name
                // that describes the subject's states is not the organisation of the predicate.
                if (om.Modifier && IsAny(q + 1, "countries", "states", "members", "nations") && Is(q + 2, ",") && CountryAt(q + 3) is not null) continue;
                // "SADC's mission in eastern DR Congo, known as SAMIDRC, draws troops from three member states": a
                // mission has no member states; its organisation, named before, has.
                if (_er.Orgs[om.Entity].KnownAsInstitution) continue;
                // "Other countries that once took part in the old FAO programme, A, B, C and D, are not members": a relative
                // clause on the subject's noun, at the sentence's start, names something else.
                if (OnSubjectNounClause(q)) continue;
                // "Russia, which was thrown out of the group when it was still the G8, is not a member": a closed
                // relative clause speaks of another organisation.
                if (crossedComma && InRelativeClause(q)) continue;
                // "Turkey, Norway and Iceland, NATO allies outside the EU, have been associate members": what they are
                // outside of is not what they are members of.
                // "Turkey, Norway and Iceland, NATO allies outside the EU, have been associate members": an apposition to the
                // subject describes the states; what it names is not what they are members of.
                if (crossedComma && InAppositionToStates(q) && (om.First >= 1 && (_t[om.First - 1].Is("outside") || _t[om.First - 1].Is("the") && om.First >= 2 && _t[om.First - 2].Is("outside"))
                    || _er.At(om.Last + 1) is null && om.Last + 1 < _t.Count && _t[om.Last + 1].Text is "allies" or "members" or "member" or "partners")) continue;
                // "granted candidate status by the European Union, when the bloc's leaders also gave Moldova": the
                // generic noun stands for the organisation named before it in the sentence.
                if (om.First == om.Last && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))
                {
                    for (var e = q - 1; e >= 0; e--)
                    {
                        if (M(e) is { Type: MentionType.Organization, Modifier: false } named && named.Entity >= 0 && !(T(e).IsWord && OrganizationWords.IsGenericNoun(W(e)))
                            && !_er.Orgs[named.Entity].IsInstitution && _er.At(named.Last + 1) is not { Type: MentionType.Person })
                        {
                            return named.Entity;
                        }
                    }
                }
                return Ent(q);
            }
            if (Is(q, ",")) crossedComma = true;
            // ("are Nato partners but not members": "but not" goes on with the same predicate.)
            if (Is(q, "but") && q == p - 2 && Is(p - 1, "not")) continue;
            if (IsAny(q, ";", "but", "while")) break;
        }
        // "Montenegro, Serbia ... are already negotiating their accession, while Kosovo applied for membership": the
        // organisation this sentence's earlier relations went to, when it names none.
        if (OrgOfRelations(_sentence) is var same && same >= 0 && NamesNoOrganization(_doc.Sentences[_sentence])) return same;
        // "Four member states, Mali, Guinea, Burkina Faso and Sudan, were not represented, all of them suspended from the
        // union's activities": an organisation's noun later in the same sentence, before the previous sentence's.
        var namesOne = false;
        for (var k = 0; k < _v.Count && !namesOne; k++) namesOne = M(k) is { Type: MentionType.Organization } named && named.Entity >= 0 && T(k).IsCapitalized && k > 0;
        if (!namesOne)
        {
            for (var k = p + 1; k < _v.Count; k++)
            {
                if (!(T(k).IsWord && !T(k).IsCapitalized && IsAny(k, WordsUnion10)
                      && Is(k - 1, "the") && (T(k + 1).Kind == TokenKind.Possessive || Is(k - 2, "from") || Is(k - 2, "of")))) continue;
                if (Generic(W(k)) is var later && later >= 0) return later;
                break;
            }
        }
        else
        {
            // "Four member states, Mali, Guinea, Sudan and Burkina Faso, are suspended from the activities of the Union":
            // the one organisation the sentence names, after the cue, as what they are suspended from or part of.
            var only = -1;
            for (var k = 0; k < _v.Count; k++)
            {
                if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First) continue;
                if (k < p || only >= 0 && only != om.Entity) { only = -2; break; }
                if (Is(k - 1, "the") && IsAny(k - 2, "of", "from") || T(om.Last + 1 < _t.Count ? om.Last + 1 : om.Last).Kind == TokenKind.Possessive) only = om.Entity;
                else { only = -2; break; }
            }
            if (only >= 0) return only;
        }
        return PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
    }

    /// <summary>Whether view position <paramref name="q"/> lies in an apposition between commas right after a state ("A, B and C, NATO allies outside the EU,").</summary>
    private bool InAppositionToStates(int q)
    {
        for (var k = q - 1; k >= 1 && k >= q - 8; k--)
        {
            if (IsAny(k, ";", ".")) return false;
            if (Is(k, ",")) return CountryAt(k - 1) is not null;
        }
        return false;
    }

    /// <summary>
    /// "The treaty belongs to the Council of Europe, a separate organisation set up in 1949 by ten countries: ... Russia
    /// was expelled in 2022 ... Belarus has never been a member" (an explainer whose most named organisation is another):
    /// the organisation the last five sentences gave relations to, when it is one; else null.
    /// </summary>
    private int? RecentRelationOrg()
    {
        // Only while the article's main organisation has been given no relation: otherwise the main one is the topic.
        if (_main >= 0) foreach (var r in Relations) if (r.Org == _main) return null;
        int? found = null;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 5; i--)
        {
            if (Relations[i].Sentence >= _sentence) continue;
            if (found is not null && found != Relations[i].Org) return null;
            found = Relations[i].Org;
        }
        return found;
    }

    /// <summary>
    /// "the West African bloc" for the Economic Community of West African States: the one organisation whose name holds the
    /// capitalised modifiers between <paramref name="from"/> and the noun at <paramref name="noun"/>; else -1.
    /// </summary>
    private int NamedByModifiers(int from, int noun)
    {
        var words = new List<string>();
        for (var k = from; k < noun; k++) if (T(k).IsWord && T(k).IsCapitalized && W(k).IndexOf('-') < 0) words.Add(W(k));
        if (words.Count == 0) return -1;
        var phrase = " " + string.Join(" ", words) + " ";
        var found = -1;
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (_er.Orgs[o].Mentions == 0 || _er.Orgs[o].IsInstitution || _er.Orgs[o].Name is not { } name || (" " + name + " ").IndexOf(phrase, StringComparison.Ordinal) < 0) continue;
            if (found >= 0) return -1;
            found = o;
        }
        return found;
    }

    /// <summary>The one organisation whose name ends with the noun ("the bank" for the New Development Bank), institution or not; else -1.</summary>
    /// <summary>The one organisation of the article (no institution) whose name ends with <paramref name="noun"/>, else -1.</summary>
    private int NamedEndingWith(string noun)
    {
        var found = -1;
        var several = false;
        var mainFits = false;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            if (_er.Orgs[k].Mentions == 0 || _er.Orgs[k].Name is not { } name || !HeadedBy(name, noun)) continue;
            if (k == _main) mainFits = true;
            if (found >= 0) several = true;
            found = k;
        }
        // "The United States is not a member of the bank" in an article about the Central American Bank for Economic
        // Integration that also names the World Bank: of several, the one the article is about.
        return !several ? found : mainFits ? _main : -1;
    }

    /// <summary>Whether the noun heads the name: "Asian Development Bank", "Central American Bank for Economic Integration".</summary>
    private static bool HeadedBy(string name, string noun)
    {
        if (name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return true;
        var at = name.IndexOf(" " + noun + " ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var rest = name.Substring(at + noun.Length + 2);
        // (The first head only: not the "Bank" of "Board of Governors of the Bank for ...".)
        var head = name.Substring(0, at);
        return (rest.StartsWith("for ", StringComparison.Ordinal) || rest.StartsWith("of ", StringComparison.Ordinal))
            && head.IndexOf(" of ", StringComparison.Ordinal) < 0 && head.IndexOf(" for ", StringComparison.Ordinal) < 0;
    }

    /// <summary>Whether the sentences read so far gave <paramref name="org"/> a member.</summary>
    private bool HasMembersSoFar(int org)
    {
        foreach (var r in Relations) if (r.Org == org && r.Kind == RelationKind.Member) return true;
        return false;
    }

    /// <summary>
    /// Whether the noun ("forum", "union") may stand for organisation <paramref name="org"/>: when some body of the article
    /// has a name that ends with the noun, only such a body.
    /// </summary>
    private bool NounFits(int org, string noun)
    {
        // ("the council" for the Council of Europe, "the alliance" for NATO: a name the noun heads.)
        if (noun.Length < 5 || _er.Orgs[org].Name is { } own && (own.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) || HeadsName(own, noun))
            || noun.Equals("alliance", StringComparison.OrdinalIgnoreCase) && IsAlliance(org)) return true;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            if (k != org && _er.Orgs[k].Mentions > 0 && _er.Orgs[k].Name is { } name && name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private int UniqueNameHead(string noun)
    {
        // (Short nouns name too much to stand for one name, but for the pact's: "has not joined the pact".)
        if (noun.Length < 5 && !noun.Equals("pact", StringComparison.OrdinalIgnoreCase) && !noun.Equals("deal", StringComparison.OrdinalIgnoreCase)) return -1;
        if (_nameHeads.TryGetValue(noun, out var known)) return IntroducedBefore(known);
        var found = -1;
        var endsWith = false;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            if (_er.Orgs[k].Name is not { } name || !name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) continue;
            endsWith = true;
            if (_er.Orgs[k].IsInstitution || found >= 0) { found = -1; break; }
            found = k;
        }
        // "Rwanda, a founding member, left the community in 2007" in an article about the Economic Community of Central
        // African States that also names the Southern African Development Community: the noun heads both names.
        if (found >= 0)
        {
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                if (k == found || _er.Orgs[k].IsInstitution || _er.Orgs[k].Mentions == 0 || _er.Orgs[k].Name is not { } other) continue;
                if (HeadsName(other, noun)) { found = -1; break; }
            }
        }
        if (!endsWith)
        {
            // "The 14-nation framework" for the Indo-Pacific Economic Framework for Prosperity: the one name with the noun as
            // a word inside it; "the 11-member trade pact": the one pact of the article.
            var pactNoun = noun is "pact" or "deal" or "agreement" or "accord" or "treaty";
            var inside = -1;
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                // (An institution's head is no body's, unless the article has given it members: "the International
                // Commission for the Protection of the Rhine (ICPR) has six contracting parties: ...".)
                if (_er.Orgs[k].IsInstitution && !HasMembersSoFar(k) || _er.Orgs[k].Name is not { } name) continue;
                // (A name said only further on is not what the noun refers back to.)
                if (_v.Count > 0 && _er.Orgs[k].FirstToken > _doc.Sentences[_sentence].LastToken) continue;
                if (!(name.IndexOf(" " + noun + " ", StringComparison.OrdinalIgnoreCase) >= 0 || pactNoun && IsPact(k))) continue;
                inside = inside == -1 ? k : -2;
            }
            if (inside >= 0) found = inside;
            // "Australia and New Zealand are not part of the alliance" in an article that names the Alliance of Small Island
            // States: the one organisation whose name opens with the noun (not "the group" for the Group of 20, nor "the organisation").
            // Not when other names hold the noun inside: "the new fourteen-member association" in an article naming the Indian
            // Ocean Rim Association for Regional Cooperation and the South Asian Association ... before the Association of
            // South-East Asian Nations.
            if (found < 0 && inside == -1 && noun.ToLowerInvariant() is "alliance" or "association" or "coalition" or "league" or "community")
            {
                var opens = -1;
                for (var k = 0; k < _er.Orgs.Count; k++)
                {
                    if (_er.Orgs[k].IsInstitution || _er.Orgs[k].Name is not { } name || !SameNoun(name, noun)) continue;
                    opens = opens == -1 ? k : -2;
                }
                if (opens >= 0) found = opens;
            }
        }
        // "the organisation's ninth summit" in an article about the Organization of Turkic States that also names the
        // World Trade Organization: the organisation the article is about opens with the noun, so the name that
        // ends with it is not the only one the noun fits.
        if (found >= 0 && _main >= 0 && _main != found && _er.Orgs[_main].Name is { } mainName && SameNoun(mainName, noun)) found = -1;
        // (Kept only when found: what the noun can stand for depends on the names said and the members given so far.)
        if (found >= 0) _nameHeads[noun] = found;
        return IntroducedBefore(found);

        // "since Moldova became a full member of the organization" long before the World Trade Organization is
        // named: a noun refers back, not to a name still to come.
        // Only for the noun every organisation is: "the league's most populous member" may announce the Arab League.
        // "Ecuador left the alliance last year" in an article about the Bolivarian Alliance for the Peoples of Our America
        // that names the Pacific Alliance only later: not an organisation the text has not named yet.
        int IntroducedBefore(int org) => org >= 0 && (noun.ToLowerInvariant() is "organisation" or "organization" || noun.ToLowerInvariant() == "alliance" && _main >= 0 && _main != org && IsAlliance(_main))
            && _er.Orgs[org].FirstToken > _doc.Sentences[_sentence].LastToken ? -1 : org;
    }

    /// <summary>Whether the noun heads a name before "of" ("Economic Community of Central African States" for "community"), without allocating.</summary>
    private static bool HeadsName(string name, string noun)
    {
        for (var at = name.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(noun, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + noun.Length;
            // ("Organization for Economic Cooperation and Development": "for" too.)
            if ((at == 0 || name[at - 1] == ' ') && (string.CompareOrdinal(name, end, " of ", 0, 4) == 0 || string.CompareOrdinal(name, end, " for ", 0, 5) == 0)) return true;
        }
        return false;
    }

    /// <summary>Whether a name opens with the noun ("Organization of Turkic States" for "organisation"), either spelling.</summary>
    private static bool SameNoun(string name, string noun)
    {
        var space = name.IndexOf(' ');
        if (space != noun.Length || !name.Substring(space).StartsWith(" of ", StringComparison.Ordinal)) return false;
        for (var i = 0; i < noun.Length; i++)
        {
            var a = char.ToLowerInvariant(name[i]);
            var b = char.ToLowerInvariant(noun[i]);
            if (a != b && !(a is 's' or 'z' && b is 's' or 'z')) return false;
        }
        return true;
    }

    /// <summary>"Then there is the Arab League.", "Take the GCC.", "Start with the Gulf Cooperation Council.": a sentence that presents an organisation.</summary>
    private bool Presentational(int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (_t[i].IsIgnoreCase("there") && (_t[i + 1].Is("is") || _t[i + 1].Is("'s"))) return true;
            if (i == first && (_t[i].IsIgnoreCase("take") || _t[i].IsIgnoreCase("consider") || _t[i].IsIgnoreCase("enter")
                || _t[i].IsIgnoreCase("start") && _t[i + 1].Is("with"))) return true;
        }
        return false;
    }

    /// <summary>The answers of <see cref="UniqueNameHead"/> (the organisations do not change while the reader runs).</summary>
    private readonly Dictionary<string, int> _nameHeads = new(StringComparer.OrdinalIgnoreCase);

    private bool NamedInThisSentence(int org)
    {
        for (var k = 0; k < _v.Count; k++)
        {
            if (M(k) is { Type: MentionType.Organization } m && m.Entity == org && !(T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k)))) return true;
        }
        return false;
    }

    /// <summary>Whether the last organisation named in <paramref name="s"/> is followed there by ", whose" or ", which".</summary>
    private bool LastNamedTakesWhose(Sentence s, int org)
    {
        for (var i = s.LastToken; i >= s.FirstToken; i--)
        {
            if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity != org) continue;
            var k = m.Last + 1;
            if (k + 2 < _t.Count && _t[k].Is("(") && _t[k + 2].Is(")")) k += 3;
            else if (k < _t.Count && _t[k].Is(")")) k++; // the acronym in parentheses
            return k + 1 < _t.Count && _t[k].Is(",") && (_t[k + 1].IsIgnoreCase("whose") || _t[k + 1].IsIgnoreCase("which"));
        }
        return false;
    }

    private bool NamesNoOrganization(Sentence s)
    {
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity >= 0) return false;
        }
        return true;
    }

    /// <summary>Whether the members counted for organisation <paramref name="org"/> so far are another number than <paramref name="n"/>, and never it.</summary>
    private bool CountConflicts(int org, int n)
    {
        var other = false;
        foreach (var c in Counts)
        {
            if (c.Org != org || c.Kind != RelationKind.Member || c.Sentence == _sentence) continue;
            if (c.Value == n) return false;
            other = true;
        }
        return other;
    }

    /// <summary>The one body the sentence before names whose counted members do not conflict with <paramref name="n"/>; else -1.</summary>
    private int PreviousSentenceBodyOfSize(int n)
    {
        if (_sentence == 0) return -1;
        var prev = _doc.Sentences[_sentence - 1];
        var found = -1;
        for (var i = prev.FirstToken; i <= prev.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || m.First != i || _er.Orgs[m.Entity].IsInstitution || CountConflicts(m.Entity, n)) continue;
            if (found >= 0 && found != m.Entity) return -1;
            found = m.Entity;
        }
        return found;
    }

    /// <summary>
    /// The one organisation a size word ("nine-member", "15-nation") at <paramref name="q"/> points to: whose name carries
    /// the number ("Bucharest Nine", "Group of Seven", "G20") or whose count was stated as that number; else -1.
    /// </summary>
    private int SizedOrganization(int q)
    {
        if (SizeAt(q) is not (var n and > 0)) return -1;
        // The one organisation whose name carries the number comes first ("MED9" for "the nine-member group"), whatever
        // counts were read before.
        var carrier = -1;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            var o = _er.Orgs[k];
            if (o.IsInstitution || !(NameCarries(o.Name, n) || NameCarries(o.Acronym, n))) continue;
            carrier = carrier == -1 ? k : -2;
        }
        if (carrier >= 0) return carrier;
        var found = -1;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            var o = _er.Orgs[k];
            if (o.IsInstitution) continue;
            var sized = NameCarries(o.Name, n) || NameCarries(o.Acronym, n);
            for (var c = 0; c < Counts.Count && !sized; c++) sized = Counts[c].Org == k && Counts[c].Kind == RelationKind.Member && Counts[c].Value == n;
            if (!sized) continue;
            if (found >= 0 && found != k) return -1;
            found = k;
        }
        return found;
    }

    private static bool NameCarries(string? name, int n)
    {
        if (name is null) return false;
        foreach (var part in name.Split(' ', '-'))
        {
            if (part.Length == 0) continue;
            if (NumberWords.TryParse(part, out var v) && v == n) return true;
            // "G20", "B9", "D-8": a letter and the number (not "COP27", a session's number).
            if (char.IsLetter(part[0]) && part.Length > 1 && !part.StartsWith("COP", StringComparison.OrdinalIgnoreCase) && char.IsDigit(part[part.Length - 1]) && NumberWords.TryParse(part.TrimStart(LettersOf(part)), out var d) && d == n) return true;
        }
        return false;
    }

    private static char[] LettersOf(string part)
    {
        var letters = new List<char>();
        foreach (var c in part) if (char.IsLetter(c)) letters.Add(c);
        return letters.ToArray();
    }

    /// <summary>
    /// The one organisation the relations read from <paramref name="sentence"/> went to (only those of
    /// <paramref name="kind"/> when given); -1 when none or several.
    /// </summary>
    private int OrgOfRelations(int sentence, RelationKind? kind = null)
    {
        var org = -1;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= sentence; i--)
        {
            if (Relations[i].Sentence != sentence || kind is { } only && Relations[i].Kind != only) continue;
            if (org >= 0 && org != Relations[i].Org) return -1;
            org = Relations[i].Org;
        }
        return org;
    }

    /// <summary>
    /// The organisation of the mention at view position p; a lone generic noun ("the bloc") is resolved here from the
    /// surrounding sentences rather than taken as the article's main organisation.
    /// </summary>
    private int Ent(int p)
    {
        if (M(p) is not { Type: MentionType.Organization } m || m.Entity < 0) return -1;
        // (Not "the bank", "the fund": the recogniser gave them the body an apposition introduced as one, or the one so
        // named, and never the main organisation.)
        if (m.First == m.Last && T(p).IsWord && !T(p).IsCapitalized && OrganizationWords.IsGenericNoun(W(p)) && !IsAny(p, "bank", "fund")) return Generic(W(p));
        return m.Entity;
    }

    /// <summary>"the BRICS group", "the OPEC+ alliance": a name that modifies a generic noun still names the organisation.</summary>
    private bool NamesGroup(Mention m) => Tok(m.Last + 1) is { IsWord: true } next && m.Entity >= 0
        && (OrganizationWords.IsGenericNoun(next.Text) && (_er.Orgs[m.Entity].Acronym is not null || (_er.Orgs[m.Entity].Name ?? string.Empty).IndexOf(' ') > 0)
            // "The leaders of the Brics countries ended their summit": the states of the group, named by it.
            // (Not "the lender created by the BRICS nations": the agent of what the sentence speaks of.)
            || (next.Is("countries") || next.Is("nations") || next.Is("economies")) && m.First > 0 && _t[m.First - 1].IsIgnoreCase("the") && !_er.Orgs[m.Entity].IsInstitution
               && !(m.First > 1 && _t[m.First - 2].IsIgnoreCase("by")));

    /// <summary>True when view position q lies in ", a/an/the ... ," right after a country ("Turkey, a member of Nato,").</summary>
    private bool InApposition(int q)
    {
        for (var k = q - 1; k >= 1 && k >= q - 12; k--)
        {
            if (Is(k, ",")) return IsAny(k + 1, "a", "an", "the", "one", "both") && CountryAt(k - 1) is not null && ClosesSoon(q);
            if (Is(k, ";") || T(k).Kind == TokenKind.Dash) return false;
        }
        return false;
    }

    /// <summary>
    /// The apposition around view position <paramref name="q"/> closes with a comma within a few words ("a NATO member with
    /// the alliance's second-largest army,").
    /// </summary>
    private bool ClosesSoon(int q)
    {
        for (var k = q + 1; k < _v.Count && k <= q + 5; k++)
        {
            if (Is(k, ",")) return true;
            if (IsAny(k, ";", ".", "which", "who", "that") || T(k).IsWord && IsCopula(W(k).ToLowerInvariant())) return false;
        }
        return false;
    }

    /// <summary>True when view position q lies in a ", which/who/when ..." clause opened after the last comma before it.</summary>
    private bool InRelativeClause(int q)
    {
        for (var k = q - 1; k >= 0 && k >= q - 25; k--)
        {
            if (IsAny(k, "which", "who", "whose", "when", "where")) return true;
            if (Is(k, ",") || Is(k, ";") || T(k).Kind == TokenKind.Dash) return false;
        }
        return false;
    }

    /// <summary>The one organisation (named, not as a modifier) in the previous sentence, if exactly one.</summary>
    private int? PreviousSentenceOrg(int back = 1)
    {
        if (_sentence < back) return null;
        var prev = _doc.Sentences[_sentence - back];
        // "The bloc, whose members include South Africa, Angola ..., withdrew its troops after defeats against M23
        // rebels. Madagascar ... was readmitted": the one organisation the previous sentence gave relations to.
        if (OrgOfRelations(_sentence - back) is var related && related >= 0) return related;
        // "Its members are 24 countries and the Zentral Union. Member states include ...": a body among the members the
        // sentence before lists is not what it was about; what "its" stands for, the sentence before it, is.
        if (prev.FirstToken + 2 <= prev.LastToken && (_t[prev.FirstToken].Text is "Its" or "Their") && (_t[prev.FirstToken + 1].Is("members") || _t[prev.FirstToken + 1].Is("member") && _t[prev.FirstToken + 2].Is("states")))
            return back < 3 ? PreviousSentenceOrg(back + 1) : null;
        int? named = null;
        int? opener = null;
        int? genericMeant = null;
        var start = prev.FirstToken;
        if (start < prev.LastToken && _t[start].IsWord && _t[start].Text == "The") start++;
        // "The Mekong River Commission (MRC) is older and was created by the downstream countries themselves. It was
        // founded in 1995 by ...": a commission the sentence opens with, when nothing else is named.
        int? institutionOpener = _er.At(start) is { Type: MentionType.Organization } io && io.Entity >= 0 && io.First == start && _er.Orgs[io.Entity].IsInstitution
            && _er.Orgs[io.Entity].Name is { } ioName && ioName.EndsWith(" Commission", StringComparison.Ordinal) ? io.Entity : null;
        if (_er.At(start) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0 && om.First == start && !_er.Orgs[om.Entity].IsInstitution
            && !(_t[start].IsWord && OrganizationWords.IsGenericNoun(_t[start].Text))
            // "PetroCaribe's reach was always wider than ALBA's. Its members include ...": the subject's possessive too.
            && (_t[om.Last + 1 < _t.Count ? om.Last + 1 : om.Last] is { IsWord: true, IsCapitalized: false } || _t[om.Last + 1 < _t.Count ? om.Last + 1 : om.Last].Kind == TokenKind.Possessive))
        {
            // "CELAC groups all 33 countries ... as an alternative to the Organization of American States": the subject.
            opener = om.Entity;
        }
        // "The organization brings together the 27 member states of the European Union and ...": a generic subject stands
        // for its organisation, not for those the sentence names after it.
        // "The movement, founded in Belgrade in 1961, ... brings together 120 countries": over an apposition too.
        if (start > prev.FirstToken && _t[start].IsWord && OrganizationWords.IsGenericNoun(_t[start].Text) && (_t[start + 1] is { IsWord: true, IsCapitalized: false } || _t[start + 1].Is(",")))
        {
            var generic = Generic(_t[start].Text);
            if (generic >= 0) return generic;
        }
        for (var i = prev.FirstToken; i <= prev.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || m.First != i || m.Modifier && !NamesGroup(m)) continue;
            if (_er.Orgs[m.Entity].IsInstitution) continue;
            // "the bloc's": a generic noun names no organisation of its own, but stands for the one it resolves to
            // ("Under the bloc's rules, countries under UN sanctions cannot be admitted": not only the UN).
            if (m.Last == i && _t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text))
            {
                // "Diplomats have begun calling the initiative the "Zentral Process"": the noun is the name that follows it.
                var called = i - 1;
                if (called > 0 && _t[called].IsIgnoreCase("the")) called--;
                if (called >= 0 && _t[called].IsWord && _t[called].Text is "calling" or "called" or "call" or "calls" or "dubbed" or "dubbing" or "named" or "naming") continue;
                if ((NamedBefore(i, 80) ?? Generic(_t[i].Text)) is var meant && meant >= 0 && !_er.Orgs[meant].IsInstitution && named is not null && named != meant) return opener;
                if (meant >= 0 && !_er.Orgs[meant].IsInstitution) genericMeant ??= meant;
                continue;
            }
            if (genericMeant is not null && genericMeant != m.Entity) return opener;
            // "Unlike the Washington-based Organization of American States, ...": what the sentence contrasts it with.
            if (ContrastedAt(i)) continue;
            if (named is not null && named != m.Entity) return opener;
            named = m.Entity;
        }
        return named ?? (institutionOpener is not null && FoundingSentence(_sentence) ? institutionOpener : null);
    }

    /// <summary>Whether the organisation named at token <paramref name="i"/> follows "unlike" (over "the" and a "-based" or "-led" word).</summary>
    private bool ContrastedAt(int i)
    {
        for (var b = i - 1; b >= 0 && b >= i - 3; b--)
        {
            if (_t[b].IsIgnoreCase("unlike")) return true;
            if (!(_t[b].IsIgnoreCase("the") || _t[b].IsWord && (_t[b].Text.EndsWith("-based", StringComparison.Ordinal) || _t[b].Text.EndsWith("-led", StringComparison.Ordinal)))) return false;
        }
        return false;
    }

    /// <summary>"the union" → the latest organisation whose name ends with that word; else the article's main organisation.</summary>
    private int Generic(string noun)
    {
        var found = GenericCore(noun);
        // ("the host of COP26 ... has not joined the alliance": no noun stands for a conference's session.)
        if (found >= 0 && IsConferenceSession(found)) found = -1;
        if (!string.Equals(noun, "alliance", StringComparison.OrdinalIgnoreCase)) return found;
        // "the alliance's 29th member" in an article about the G7 that names NATO: the one treaty organisation of the
        // article (a name with "Treaty Organization" or ending with "Alliance", or an acronym ending in "ATO"), when the noun went to the main
        // organisation, which is none.
        if (found >= 0 && found == _main && !IsAlliance(found))
        {
            var treaty = -1;
            for (var o = 0; o < _er.Orgs.Count; o++)
            {
                if (o == found || !IsAlliance(o) || _er.Orgs[o].FirstToken > _doc.Sentences[_sentence].LastToken) continue;
                treaty = treaty == -1 ? o : -2;
            }
            if (treaty >= 0) return treaty;
        }
        // "the alliance" is no union, community or bank: "Albania, which joined the alliance in 2009" in an article about
        // the EU that names NATO in the same sentence.
        if (found >= 0 && !IsUnionLike(found)) return found;
        var named = -1;
        for (var k = 0; k < _v.Count; k++)
        {
            if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First || !T(k).IsCapitalized || IsUnionLike(om.Entity) || IsConferenceSession(om.Entity)) continue;
            if (named >= 0 && named != om.Entity) return -1;
            named = om.Entity;
        }
        if (named >= 0 || found < 0) return named;
        // "... the EU's 27 member states are also members of the military alliance": the last organisation named
        // before the sentence that is no union.
        for (var i = _doc.Sentences[_sentence].FirstToken - 1; i >= 0; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization } before && before.Entity >= 0 && !IsUnionLike(before.Entity)) return before.Entity;
        }
        return -1;
    }

    /// <summary>"COP26", "COP 28": a session of a conference of the parties, which no generic noun stands for.</summary>
    private bool IsConferenceSession(int org) => (_er.Orgs[org].Acronym ?? _er.Orgs[org].Name) is { Length: > 3 } name
        && name.StartsWith("COP", StringComparison.Ordinal) && char.IsDigit(name[name.Length - 1]);

    private bool IsAlliance(int org) => _er.Orgs[org].Name is { } allianceName
        ? allianceName.EndsWith(" Alliance", StringComparison.Ordinal) || allianceName.IndexOf("Treaty Organi", StringComparison.Ordinal) >= 0
          // "Bolivarian Alliance for the Peoples of Our America", "Alliance of Sahel States".
          || allianceName.IndexOf(" Alliance for ", StringComparison.Ordinal) >= 0 || allianceName.IndexOf(" Alliance of ", StringComparison.Ordinal) >= 0
          || allianceName.StartsWith("Alliance ", StringComparison.Ordinal)
        : _er.Orgs[org].Acronym is { Length: >= 4 } acronym && acronym.EndsWith("ATO", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Turkey and Hungary are the only allies that have not yet ratified": allies are an alliance's members; when the
    /// organisation found is no alliance and the article names exactly one, that one.
    /// </summary>
    private int AllianceOf(int org)
    {
        if (org < 0 || IsAlliance(org)) return org;
        var alliance = -1;
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (!IsAlliance(o) || _er.Orgs[o].IsInstitution || _er.Orgs[o].Mentions == 0) continue;
            alliance = alliance == -1 ? o : -2;
        }
        return alliance >= 0 ? alliance : org;
    }

    private bool IsUnionLike(int org) => _er.Orgs[org].Name is { } name
        && (name.EndsWith(" Union", StringComparison.Ordinal) || name.EndsWith(" Community", StringComparison.Ordinal) || name.EndsWith(" Bank", StringComparison.Ordinal)
            || name.EndsWith(" Commission", StringComparison.Ordinal) || name.EndsWith(" Market", StringComparison.Ordinal));

    /// <summary>Whether the sentence's first <paramref name="noun"/> has a size word before it ("the 55-member organisation").</summary>
    private bool SizedNoun(string noun)
    {
        var at = 1;
        while (at < _v.Count && !Is(at, noun)) at++;
        return at < _v.Count && IsSizeWord(at - 1);
    }

    private int GenericCore(string noun)
    {
        // "The nine-member group" in an article about the Bucharest Nine: the organisation whose name or stated count
        // is that number.
        if (_v.Count > 0)
        {
            var at = 0;
            while (at < _v.Count - 1 && !Is(at, noun)) at++;
            if (Is(at, noun) && SizedOrganization(at - 1) is var sized && sized >= 0) return sized;
            // "The partnership, known as APEP, groups ...": the organisation the apposition names.
            if (Is(at, noun) && Is(at + 1, ",") && Is(at + 2, "known") && Is(at + 3, "as") && M(at + 4) is { Type: MentionType.Organization, Entity: >= 0 } knownAs) return knownAs.Entity;
            // "Armenia has said it will join the new union" after "a treaty creating the Zentral Economic Union": the body with
            // that head named last before the sentence.
            if (Is(at, noun) && Is(at - 1, "new"))
            {
                for (var i = _doc.Sentences[_sentence].FirstToken - 1; i >= 0; i--)
                {
                    if (_er.At(i) is not { Type: MentionType.Organization } named || named.Entity < 0 || _er.Orgs[named.Entity].Name is not { } namedName) continue;
                    if (namedName.Length > noun.Length && namedName.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && namedName[namedName.Length - noun.Length - 1] == ' ') return named.Entity;
                }
            }
        }
        // A bank or a fund the recogniser did not resolve is at most the one body whose name ends with the noun, never the
        // main organisation ("the fund" in an article on the ESM and the EU is not the EU).
        if (noun.Equals("bank", StringComparison.OrdinalIgnoreCase) || noun.Equals("fund", StringComparison.OrdinalIgnoreCase)) return NamedEndingWith(noun);
        // "the movement" in an article about the Non-Aligned Movement that also names the United Nations: the one
        // organisation whose name ends with the noun.
        if (UniqueNameHead(noun) is var headed && headed >= 0) return headed;
        // "... are OPEC members. Oman and Bahrain are not members of the organisation" in an article on the GCC: the one body
        // of the sentence before whose name opens with the noun ("Organization of the Petroleum Exporting Countries").
        // (Not "the 55-member organisation", counted: of the size it says.)
        if ((noun.Equals("organisation", StringComparison.OrdinalIgnoreCase) || noun.Equals("organization", StringComparison.OrdinalIgnoreCase)) && _sentence > 0 && !SizedNoun(noun))
        {
            var prev = _doc.Sentences[_sentence - 1];
            var opened = -1;
            for (var i = prev.FirstToken; i <= prev.LastToken; i++)
            {
                if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || m.First != i || _er.Orgs[m.Entity].Name is not { } n) continue;
                if (!n.StartsWith("Organization ", StringComparison.Ordinal) && !n.StartsWith("Organisation ", StringComparison.Ordinal)) continue;
                opened = opened == -1 || opened == m.Entity ? m.Entity : -2;
            }
            if (opened >= 0) return opened;
        }
        // "The zone, made up of Nigeria, Ghana, ...": a zone is only the body whose name ends with it ("remain outside the zone"
        // in an article on the Schengen area and the EU is neither).
        if (noun.Equals("zone", StringComparison.OrdinalIgnoreCase)) return NamedEndingWith(noun);
        // "The Paris-based body has 38 members" right after "the OECD briefed ministers": the organisation just named.
        if (_sentence > 0 && _v.Count > 0)
        {
            var subjectPosition = false;
            // "Asean itself is about to grow. Timor-Leste is set to become the bloc's 11th member": after a short sentence, a
            // little further in.
            var shortBefore = _doc.Sentences[_sentence - 1].LastToken - _doc.Sentences[_sentence - 1].FirstToken <= 8;
            for (var p = 0; p < Math.Min(shortBefore ? 8 : 5, _v.Count); p++) if (Is(p, noun)) subjectPosition = true;
            // "Colombia is expected to become the organization's 37th member": the body whose next member the subject is.
            for (var p = 5; p < Math.Min(9, _v.Count) && !subjectPosition; p++)
                if (Is(p, noun) && Is(p - 1, "the") && T(p + 1).Kind == TokenKind.Possessive && IsAny(p - 2, "become", "becomes", "became") && CountryAt(0) is not null) subjectPosition = true;
            if (subjectPosition)
            {
                var prev = _doc.Sentences[_sentence - 1];
                var named = -1;
                var count = 0;
                var subject = -1;
                for (var i = prev.FirstToken; i <= prev.LastToken; i++)
                {
                    if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity >= 0 && m.First == i && m.Entity != named && (!m.Modifier || NamesGroup(m))
                        && !(m.First == m.Last && _t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text)))
                    {
                        named = m.Entity;
                        count++;
                        // "Drinova's joint labour market ... goes further than anything agreed in CEFTA. The bloc's full
                        // members ...": of several, the one the previous sentence starts with, its subject.
                        if (count == 1 && (i == prev.FirstToken || i == prev.FirstToken + 1 && _t[prev.FirstToken].IsIgnoreCase("the"))) subject = m.Entity;
                    }
                }
                // "The organization brings together the 27 member states of the European Union and ...": not the
                // organisation this sentence names as something else after its subject.
                // ("The forum was founded ..." after a sentence on the UN, in an article on two forums: no body the noun
                // cannot head.)
                if (count == 1 && !_er.Orgs[named].IsInstitution && !NamedInThisSentence(named) && NounFits(named, noun)) return named;
                if (count > 1 && subject >= 0 && !_er.Orgs[subject].IsInstitution && !NamedInThisSentence(subject) && NounFits(subject, noun)) return subject;
                // "Iran is not a member of the Arab League but is one of the founding members of the OIC, whose secretariat is
                // in Jeddah. The organisation also has observer states": of several, the one named last, when it closes on a
                // relative clause about itself.
                if (count > 1 && subject < 0 && named >= 0 && !_er.Orgs[named].IsInstitution && !NamedInThisSentence(named) && LastNamedTakesWhose(prev, named)) return named;
            }
        }
        // "the Three Seas Initiative (3SI), a forum of ... countries ... the forum until now brought together": the
        // organisation introduced with that noun.
        // (Not one said later in the article: "the 11-nation grouping" in the opening paragraphs is not "the Quad, a security
        // grouping" of the last.)
        if (_appositionNouns.TryGetValue(noun, out var introduced) && introduced >= 0
            && !(_v.Count > 0 && _appositionNounAt.TryGetValue(noun, out var saidAt) && saidAt > _doc.Sentences[_sentence].LastToken)) return introduced;
        // "Then there is the Arab League. Syria's membership of the 22-member body ...": a short sentence that only
        // introduces an organisation makes it the one the next sentence's noun speaks of.
        if (_sentence > 0)
        {
            var prev = _doc.Sentences[_sentence - 1];
            if (prev.LastToken - prev.FirstToken <= 8 && Presentational(prev.FirstToken, prev.LastToken))
            {
                var only = -1;
                for (var i = prev.FirstToken; i <= prev.LastToken; i++)
                {
                    if (_er.At(i) is not { Type: MentionType.Organization } m || m.Entity < 0 || m.First != i || m.Modifier) continue;
                    if (m.First == m.Last && _t[i].IsWord && !_t[i].IsCapitalized) continue;
                    only = only == -1 || only == m.Entity ? m.Entity : -2;
                }
                if (only >= 0 && !_er.Orgs[only].IsInstitution) return only;
            }
        }
        // "the African Union suspended Niger ... Morocco rejoined the union": an organisation whose name ends with the
        // noun, named in this sentence or the previous one, before the main organisation.
        if (_v.Count > 0)
        {
            var at = 0;
            while (at < _v.Count - 1 && !Is(at, noun)) at++;
            var stop = _sentence > 0 ? _doc.Sentences[_sentence - 1].FirstToken : _v[0];
            for (var i = _v[at] - 1; i >= stop; i--)
            {
                if (_er.At(i) is { Type: MentionType.Organization } near && near.Entity >= 0 && near.First == i && _er.Orgs[near.Entity].Name is { } nearName
                    && nearName.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) && !(near.First == near.Last && _t[i].IsWord && OrganizationWords.IsGenericNoun(_t[i].Text)))
                {
                    return near.Entity;
                }
            }
        }
        // "Russia and Belarus are members of the CSTO, while Armenia has frozen its participation in the bloc": the one
        // organisation this sentence names before the noun.
        if (_v.Count > 0)
        {
            var at = 0;
            while (at < _v.Count - 1 && !Is(at, noun)) at++;
            var named = -1;
            for (var k = 0; k < at; k++)
            {
                if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First || T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k))) continue;
                if (om.Modifier || _er.Orgs[om.Entity].IsInstitution || _er.At(om.Last + 1) is { Type: MentionType.Person } || InRelativeClause(k)) continue;
                // "A, B, along with the European Union, have observer status in the association": a fellow subject.
                var det = Is(k - 1, "the") ? k - 1 : k;
                if (Is(det - 1, "alongside") || Is(det - 1, "with") && IsAny(det - 2, "along", "together")) continue;
                if (named >= 0 && named != om.Entity) { named = -2; break; }
                named = om.Entity;
            }
            if (named >= 0) return named;
            // "Japan is one of the alliance's four Indo-Pacific partners, ..., invited to the NATO summit": with none
            // before it, the one organisation the sentence names after the noun, whose name ends with it or that is known by its acronym only.
            if (named == -1)
            {
                var after = -1;
                for (var k = at + 1; k < _v.Count; k++)
                {
                    if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First || T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k))) continue;
                    if (_er.Orgs[om.Entity].IsInstitution || _er.At(om.Last + 1) is { Type: MentionType.Person }) continue;
                    // "the ruling Justice and Development (AK) Party": an acronym in parentheses inside another name.
                    if (Is(k - 1, "(")) continue;
                    if (after >= 0 && after != om.Entity) { after = -2; break; }
                    after = om.Entity;
                }
                if (after >= 0 && (_er.Orgs[after].Name is not { } afterName || afterName.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase))) return after;
            }
        }
        // "The 55-member union has also suspended Mali ... Morocco rejoined the union": the organisation the previous
        // sentence's relations went to, when its name ends with the noun.
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            if (Relations[i].Sentence == _sentence - 1 && _er.Orgs[Relations[i].Org].Name is { } relName && relName.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return Relations[i].Org;
        }
        // "the community" for the Economic Community of Central African States the article is about: the noun heads its name.
        if (_main >= 0 && _er.Orgs[_main].Name is { } mainName && (mainName.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) || HeadsName(mainName, noun))) return _main;
        // "Seven of the 10 members of ASEAN ... signed up. Cambodia, Laos and Myanmar, the grouping's other three members,
        // were not included": a neutral noun after a sentence whose relations all went to one organisation.
        if (noun.ToLowerInvariant() is "grouping" or "group" or "bloc" or "organisation" or "organization" or "body")
        {
            var previous = OrgOfRelations(_sentence - 1);
            if (previous >= 0 && previous != _main) return previous;
        }
        for (var i = _v.Count > 0 ? _v[0] : 0; i >= 0 && i >= (_v.Count > 0 ? _v[0] : 0) - 3000; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity >= 0 && _er.Orgs[m.Entity].Name is { } name
                && name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase))
            {
                return m.Entity;
            }
        }
        // "Estonia and Latvia leave China's 16+1 format ... the format": the one organisation written with the noun.
        var scanWritten = noun.Equals("format", StringComparison.OrdinalIgnoreCase) || noun.Equals("initiative", StringComparison.OrdinalIgnoreCase)
            || noun.Equals("platform", StringComparison.OrdinalIgnoreCase) || noun.Equals("mechanism", StringComparison.OrdinalIgnoreCase)
            || noun.Equals("triangle", StringComparison.OrdinalIgnoreCase);
        var writtenWith = -1;
        for (var mi = 0; scanWritten && mi < _er.Mentions.Count; mi++)
        {
            var named = _er.Mentions[mi];
            if (named.Type != MentionType.Organization || named.Entity < 0 || named.First == named.Last && _t[named.First].IsWord && !_t[named.First].IsCapitalized) continue;
            if (Tok(named.Last + 1) is not { } after || !string.Equals(after.Text, noun, StringComparison.OrdinalIgnoreCase)) continue;
            if (writtenWith >= 0 && writtenWith != named.Entity) { writtenWith = -2; break; }
            writtenWith = named.Entity;
        }
        if (writtenWith >= 0 && !_er.Orgs[writtenWith].IsInstitution) return writtenWith;
        return _main;
    }

    // ---------------------------------------------------------------- time words

    /// <summary>The words of each relative time expression ("next year"), cut once.</summary>
    private static readonly string[][] RelativeExpressionWords = TimeWords.RelativeExpressions.Select(r => r.Split(' ')).ToArray();

    private string? WhenAfter(int p)
    {
        for (var q = p; q < _v.Count && q <= p + 10; q++)
        {
            if (IsAny(q, ";", "but", "while", "which", "who")) break;
            var w = W(q);
            if (Is(q, "on") || Is(q, "from") || Is(q, "by") || Is(q, "in") || Is(q, "as") && Is(q + 1, "of") || Is(q, "starting") || Is(q, "effective") || Is(q, "until"))
            {
                var s = Is(q, "as") ? q + 2 : q + 1;
                if (Is(s, "the") && T(s + 1).Kind == TokenKind.Number) s++;
                var e = DateEnd(s);
                if (e >= s) return Text(s, e);
            }
            if (T(q).IsWord && (TimeWords.IsWeekday(w) || TimeWords.IsMonth(w)))
            {
                var e = DateEnd(q);
                if (e >= q) return Text(q, e);
            }
            if (RelativeExpressionEnd(q) is var relativeEnd && relativeEnd >= q) return Text(q, relativeEnd);
        }
        return null;
    }

    /// <summary>The end of a relative time expression at view position <paramref name="q"/> ("last year", "a year later"); else -1.</summary>
    private int RelativeExpressionEnd(int q)
    {
        foreach (var words in RelativeExpressionWords)
        {
            if (!Is(q, words[0])) continue;
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++) ok = Is(q + k, words[k]);
            if (ok) return q + words.Length - 1;
        }
        return -1;
    }

    /// <summary>
    /// "Ghana and Mali became full members in 2017, Togo in 2023 and Benin last year", "Ruritania joined the ZTO in 2017,
    /// Zentralia in 2023 and Chile last year": the states after the first time, each with a time of its own and no verb.
    /// </summary>
    private void GappedAfter(int p, int org)
    {
        var t = -1;
        for (var k = p + 1; k < _v.Count && k <= p + 10 && t < 0; k++)
        {
            if (IsAny(k, ",", ";", "and", "but", "which", "who")) return;
            t = TimeEnd(k);
        }
        while (t > 0 && t + 2 < _v.Count)
        {
            var s = Is(t + 1, ",") && Is(t + 2, "and") ? t + 3 : IsAny(t + 1, ",", "and") ? t + 2 : -1;
            // ("joined by Brunei in 1984 and by Vietnam in 1995": the preposition repeated.)
            if (s > 0 && Is(s, "by")) s++;
            if (s < 0 || CountryAt(s) is null && !(Is(s, "the") && CountryAt(s + 1) is not null)) return;
            var gapped = ReadList(s, out var end);
            var when = TimeAfter(end, out var time);
            if (gapped.Count == 0 || when is null) return;
            Hit(org, RelationKind.Member, gapped, when);
            t = time;
        }
    }

    /// <summary>The time told right after view position <paramref name="end"/> ("in 1984", "last year"), as written without "in"; else null.</summary>
    private string? TimeAfter(int end, out int timeEnd)
    {
        timeEnd = TimeEnd(end + 1);
        return timeEnd > 0 ? Text(Is(end + 1, "in") ? end + 2 : end + 1, timeEnd) : null;
    }

    /// <summary>
    /// "... will be Jamaica, Guyana and Barbados, the three independent states; the Bahamas and British Honduras; the Associated
    /// States of Antigua, Dominica and St. Lucia, together with St. Vincent; and the colonies of ...": the states of the groups
    /// after the first, each after a semicolon, over a description before or after its states.
    /// </summary>
    private List<Mention> SemicolonGroupsAfter(int end)
    {
        var groups = new List<Mention>();
        var k = end + 1;
        // The first group's description: ", the four independent states".
        if (Is(k, ",") && Is(k + 1, "the")) { k += 2; while (k < _v.Count && k <= end + 8 && T(k).IsWord && !T(k).IsCapitalized && CountryAt(k) is null) k++; }
        while (Is(k, ";"))
        {
            var g = k + 1;
            if (Is(g, "and")) g++;
            var first = g;
            while (g < _v.Count && g <= first + 5 && CountryAt(g) is null && !IsAny(g, ";", ".") && !(T(g).IsWord && !T(g).IsCapitalized && !IsAny(g, "the", "of", "and") && IsCopula(W(g).ToLowerInvariant()))) g++;
            if (CountryAt(g) is null && !(Is(g, "the") && CountryAt(g + 1) is not null)) break;
            // ("the colonies of Montserrat, ...": territories, no states.)
            if (g > first && IsAny(g - 1, "of") && IsAny(g - 2, "colonies", "territories", "dependencies")) break;
            var group = ReadList(g, out var groupEnd);
            if (group.Count == 0) break;
            groups.AddRange(group);
            k = groupEnd + 1;
            if (Is(k, ",") && AlongWith(k + 1) is var with && with > 0 && ReadList(with, out var withEnd) is { Count: > 0 } alongWith) { groups.AddRange(alongWith); k = withEnd + 1; }
            if (Is(k, ",") && Is(k + 1, "the")) { k += 2; while (k < _v.Count && k <= groupEnd + 8 && T(k).IsWord && !T(k).IsCapitalized && CountryAt(k) is null) k++; }
        }
        return groups;
    }

    /// <summary>
    /// "signed by Sheikh Zayed, President of the UAE; King Khalid of Saudi Arabia; and Sultan Qaboos of Oman": the states of the
    /// people after "by", each of its own part of the list.
    /// </summary>
    private List<Mention> SignedByLeaders(int p)
    {
        var states = new List<Mention>();
        var by = p + 1;
        while (by < _v.Count && by <= p + 8 && !Is(by, "by") && !IsAny(by, ",", ";")) by++;
        if (!Is(by, "by")) return states;
        for (var k = by + 1; k < _v.Count; k++)
        {
            if (M(k) is not { Type: MentionType.Person } person) continue;
            while (k + 1 < _v.Count && M(k + 1) == person) k++;
            // "King Khalid of Saudi Arabia", "Sheikh Zayed, President of the UAE,": the state after the name.
            var of = k + 1;
            if (Is(of, ","))
            {
                of++;
                while (of < _v.Count && of <= k + 5 && T(of).IsWord && T(of).IsCapitalized && M(of) is null) of++;
            }
            if (Is(of, "of") && (CountryAt(of + 1) ?? (Is(of + 1, "the") ? CountryAt(of + 2) : null)) is { } after) { if (!ContainsState(states, after.Country)) states.Add(after); }
            else if (PersonState(k, person) is { } before && !ContainsState(states, before.Country)) states.Add(before);
        }
        return states;
    }

    /// <summary>The end of a time phrase at view position <paramref name="q"/> ("in 2017", "in March 2023", "last year"); else -1.</summary>
    private int TimeEnd(int q)
    {
        if (Is(q, "in") && q + 1 < _v.Count && (T(q + 1).Kind == TokenKind.Number || TimeWords.IsMonth(W(q + 1)))) return DateEnd(q + 1);
        return RelativeExpressionEnd(q);
    }

    /// <summary>The end of a date starting at view position s ("July 4", "January 1, 2026", "Thursday", "2025", "mid-2025").</summary>
    private int DateEnd(int s)
    {
        if (s >= _v.Count) return -1;
        var w = W(s);
        var tok = T(s);
        if (tok.IsWord && TimeWords.IsWeekday(w))
        {
            // "Thursday, July 4"
            if (Is(s + 1, ",") && s + 2 < _v.Count && TimeWords.IsMonth(W(s + 2))) return DateEnd(s + 2);
            return s;
        }
        if (tok.IsWord && TimeWords.IsMonth(w))
        {
            var e = s;
            if (Is(e + 1, ".") && w.Length <= 4 && T(e + 1).Start == tok.End) e++; // "Jan." but not "January."
            if (Is(e, ".") && e + 1 < _v.Count && T(e + 1).Kind != TokenKind.Number) e--;
            if (e + 1 < _v.Count && T(e + 1).Kind == TokenKind.Number) e++;
            if (Is(e + 1, ",") && e + 2 < _v.Count && T(e + 2).Kind == TokenKind.Number && W(e + 2).Length == 4) e += 2;
            else if (e + 1 < _v.Count && T(e + 1).Kind == TokenKind.Number && W(e + 1).Length == 4) e++;
            return e;
        }
        if (tok.Kind == TokenKind.Number)
        {
            // "1 January 2026", "2025"
            if (W(s).Length == 4) return s;
            if (s + 1 < _v.Count && TimeWords.IsMonth(W(s + 1)))
            {
                var e = s + 1;
                if (e + 1 < _v.Count && T(e + 1).Kind == TokenKind.Number && W(e + 1).Length == 4) e++;
                return e;
            }
            return -1;
        }
        if (tok.IsWord && (w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("early-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("late-", StringComparison.OrdinalIgnoreCase))) return s;
        return -1;
    }

    private string Text(int from, int to) => _doc.Slice(_v[from], _v[to]);

    // ---------------------------------------------------------------- the sentence

    private void Hit(int org, RelationKind kind, IEnumerable<Mention> countries, string? when = null)
    {
        if (org < 0 || IsSecurityCouncil(org)) return;
        if (_formerNames.TryGetValue(org, out var current)) org = current;
        if (Organs().TryGetValue(org, out var ownerOrg)) org = ownerOrg;
        if (kind == RelationKind.Member && IntroducedAsOutside(org, countries))
        {
            // "The Schengen area will have 27 members, including four countries outside the EU: Iceland, ...": outside the
            // organisation that introduces them, members of the one the sentence is about.
            var about = SentenceSubjectOrganization();
            Hit(org, RelationKind.NonMember, countries, when);
            if (about >= 0 && about != org) Hit(about, RelationKind.Member, countries, when);
            return;
        }
        foreach (var c in countries)
        {
            if (RelationHere(org, kind, c.Country)) continue;
            // "Its members are Georgia, Ukraine and Moldova, the three partner countries that have signed ...": a state the
            // sentence made a member is not also a dialogue partner of the same organisation.
            if (kind == RelationKind.DialoguePartner && RelationHere(org, RelationKind.Member, c.Country)) continue;
            var hit = new RelationHit(org, kind, c, _sentence, when);
            Relations.Add(hit);
            if (_markShared) _shared.Add(hit);
        }
    }

    private int MembersHere(int org)
    {
        var n = 0;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--) if (Relations[i].Org == org && Relations[i].Kind == RelationKind.Member) n++;
        return n;
    }

    /// <summary>Whether this sentence has given <paramref name="org"/> relation <paramref name="kind"/> for the country.</summary>
    private bool RelationHere(int org, RelationKind kind, CountryEntry? country)
    {
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
        {
            if (Relations[i].Org == org && Relations[i].Kind == kind && Relations[i].Country.Country == country) return true;
        }
        return false;
    }

    /// <summary>The anchor words of the sentence being read (<see cref="SentenceAnchors"/>).</summary>
    private Anchor _anchors;

    private Dictionary<int, int>? _organs;

    /// <summary>
    /// "the AU's Peace and Security Council", "ECOWAS's Commission": a council, commission, court, parliament, assembly,
    /// secretariat or committee named after an organisation's possessive is that organisation's organ, and what the text
    /// tells of its member states is the organisation's.
    /// </summary>
    private Dictionary<int, int> Organs()
    {
        if (_organs is not null) return _organs;
        _organs = new Dictionary<int, int>();
        foreach (var m in _er.Mentions)
        {
            // "the Supreme Eurasian Economic Council, the union's top body,": an organ named by its apposition.
            if (m.Type == MentionType.Organization && m.Entity >= 0 && m.Last + 5 < _t.Count && _t[m.Last + 1].Is(",") && _t[m.Last + 2].IsIgnoreCase("the")
                && _t[m.Last + 3].IsWord && OrganizationWords.IsGenericNoun(_t[m.Last + 3].Text) && _t[m.Last + 4].Kind == TokenKind.Possessive)
            {
                var body = m.Last + 5;
                while (body < _t.Count && body <= m.Last + 7 && _t[body].IsWord && !_t[body].IsCapitalized && !(_t[body].Is("body") || _t[body].Is("organ") || _t[body].Is("arm"))) body++;
                if (body < _t.Count && (_t[body].Is("body") || _t[body].Is("organ") || _t[body].Is("arm")))
                {
                    var noun = " " + char.ToUpperInvariant(_t[m.Last + 3].Text[0]) + _t[m.Last + 3].Text.Substring(1);
                    var ownedBy = -1;
                    for (var o = 0; o < _er.Orgs.Count; o++)
                    {
                        if (o == m.Entity || _er.Orgs[o].Name is not { } n || !n.EndsWith(noun, StringComparison.Ordinal)) continue;
                        ownedBy = ownedBy == -1 ? o : -2;
                    }
                    if (ownedBy >= 0) { _organs[m.Entity] = ownedBy; continue; }
                }
            }
            if (m.Type != MentionType.Organization || m.Entity < 0 || m.First < 2 || _t[m.First - 1].Kind != TokenKind.Possessive) continue;
            var ownerEntity = _er.At(m.First - 2) is { Type: MentionType.Organization } owner ? owner.Entity : -1;
            // "the Community's Standing Mediation Committee": the capitalised noun of the name it shortens.
            if (ownerEntity < 0 && _t[m.First - 2].IsWord && _t[m.First - 2].IsCapitalized && OrganizationWords.IsGenericNoun(_t[m.First - 2].Text.ToLowerInvariant()))
            {
                var noun = " " + _t[m.First - 2].Text;
                for (var o = 0; o < _er.Orgs.Count; o++)
                {
                    if (o == m.Entity || _er.Orgs[o].Mentions == 0 || _er.Orgs[o].Name is not { } n || !n.EndsWith(noun, StringComparison.Ordinal) && n.IndexOf(noun + " of ", StringComparison.Ordinal) < 0) continue;
                    ownerEntity = ownerEntity == -1 ? o : -2;
                }
            }
            if (ownerEntity < 0 || ownerEntity == m.Entity) continue;
            if (_er.Orgs[m.Entity].Name is not { } name) continue;
            if (IsOrganHead(name.Substring(name.LastIndexOf(' ') + 1))) _organs[m.Entity] = ownerEntity;
        }
        // "GCC Supreme Council", "the ECOWAS Commission": a name that opens with another organisation's acronym and ends with
        // the noun of an organ.
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (_organs.ContainsKey(o) || _er.Orgs[o].Name is not { } organName) continue;
            var space = organName.IndexOf(' ');
            if (space <= 1) continue;
            if (!IsOrganHead(organName.Substring(organName.LastIndexOf(' ') + 1))) continue;
            var owner = -1;
            for (var k = 0; k < _er.Orgs.Count; k++)
            {
                if (k == o || _er.Orgs[k].Acronym is not { } acronym || acronym.Length != space || string.CompareOrdinal(organName, 0, acronym, 0, space) != 0) continue;
                owner = owner == -1 ? k : -2;
            }
            if (owner >= 0) _organs[o] = owner;
        }
        // "the Council of the EU", "the European Council" in an article that names the European Union: an organ named
        // "of" another organisation, or by the first word of a union's or community's name.
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (_organs.ContainsKey(o) || _er.Orgs[o].Name is not { } organName || _er.Orgs[o].Acronym is not null) continue;
            var firstSpace = organName.IndexOf(' ');
            if (firstSpace <= 0) continue;
            var owner = -1;
            if (organName.StartsWith("Council of the ", StringComparison.Ordinal))
            {
                var of = organName.Substring("Council of the ".Length);
                for (var k = 0; k < _er.Orgs.Count; k++)
                {
                    if (k == o || !(string.Equals(_er.Orgs[k].Acronym, of, StringComparison.Ordinal) || string.Equals(_er.Orgs[k].Name, of, StringComparison.Ordinal))) continue;
                    owner = owner == -1 ? k : -2;
                }
            }
            else if (organName.LastIndexOf(' ') == firstSpace && organName.Substring(firstSpace + 1) is "Council" or "Commission" or "Parliament")
            {
                var opener = organName.Substring(0, firstSpace + 1);
                for (var k = 0; k < _er.Orgs.Count; k++)
                {
                    // (Not the "Nordic Council" for the "Nordic Passport Union": a union named by that word and its noun alone.)
                    if (k == o || _er.Orgs[k].Name is not { } n || !n.StartsWith(opener, StringComparison.Ordinal)
                        || n.Substring(opener.Length) is not ("Union" or "Community" or "Communities" or "Economic Community")) continue;
                    owner = owner == -1 ? k : -2;
                }
            }
            if (owner >= 0) _organs[o] = owner;
        }
        return _organs;
    }

    /// <summary>The last word of an organ's name ("Council", "Commission", ...).</summary>
    private static bool IsOrganHead(string word) => word is "Council" or "Commission" or "Court" or "Parliament" or "Assembly" or "Secretariat" or "Committee";

    /// <summary>Whether a list of states opens right after "outside the ORG:" (or "outside ORG,") for this organisation.</summary>
    private bool IntroducedAsOutside(int org, IEnumerable<Mention> countries)
    {
        var first = int.MaxValue;
        foreach (var c in countries) if (c.First < first) first = c.First;
        if (first == int.MaxValue) return false;
        var k = first - 1;
        if (k < 2 || k >= _t.Count || !(_t[k].Is(":") || _t[k].Is(","))) return false;
        var e = k - 1;
        // "outside the Zentral Union (ZU):": over the acronym in parentheses.
        if (_t[e].Is(")") && e >= 3 && _er.At(e - 1) is { Type: MentionType.Organization } acr && acr.First >= 2 && _t[acr.First - 1].Is("(")) e = acr.First - 2;
        if (_er.At(e) is not { Type: MentionType.Organization } om || om.Entity != org) return false;
        k = om.First - 1;
        if (k >= 0 && _t[k].Is("the")) k--;
        if (k >= 0 && _t[k].Is("of")) k--;
        return k >= 0 && _t[k].Is("outside");
    }


    /// <summary>"the five permanent members of the Security Council": an organ of the UN, whose seats are no membership of a body.</summary>
    private bool IsSecurityCouncil(int org) => _er.Orgs[org].Name is "Security Council" or "UN Security Council" or "U.N. Security Council" or "United Nations Security Council";

    private void Count(int org, RelationKind kind, int value, int p, bool subjectHasThem = false)
    {
        if (org >= 0 && IsSecurityCouncil(org)) return;
        if (org < 0 || value <= 0 || value > 500) return;
        if (Organs().TryGetValue(org, out var organOwner)) org = organOwner;
        // "the twelve participating states, as well as the President of the European Commission": an institution has no
        // member states; the organisation the article is about has (unless the sentence says the institution has them).
        if (_er.Orgs[org].IsInstitution && !_er.Orgs[org].HasMemberStates && !subjectHasThem)
        {
            if (_main < 0 || _main == org || _er.Orgs[_main].IsInstitution) return;
            org = _main;
        }
        if (Counts.Exists(c => c.Org == org && c.Kind == kind && c.Sentence == _sentence)) return;
        // ("Its members are Georgia, Ukraine and Moldova, the three partner countries ...": the members counted again.)
        if (kind == RelationKind.DialoguePartner && MembersHere(org) == value) return;
        Counts.Add(new CountHit(org, kind, value, _v[p], W(p), _sentence));
    }

    /// <summary>
    /// Whether the last mention of <paramref name="org"/> before <paramref name="p"/> is the agent of a passive ("was set up
    /// by the Group of Seven", "founded by the ZTO").
    /// </summary>
    private bool AgentOfPassiveBefore(int p, int org)
    {
        for (var i = p - 1; i > 1; i--)
        {
            if (M(i) is not { Type: MentionType.Organization } m || m.Entity != org) continue;
            var b = i;
            while (b > 0 && M(b - 1) == m) b--;
            // (its acronym in parentheses after the name: the name.)
            if (Is(b - 1, "(")) continue;
            if (Is(b - 1, "the")) b--;
            return Is(b - 1, "by") && IsAny(b - 2, "up", "founded", "created", "established", "formed", "launched", "set");
        }
        return false;
    }

    /// <summary>The organisation the sentence starts with ("The OIC is ...", "Founded in 1969, the OIC is ..."), else -1.</summary>
    private int SentenceSubjectOrganization()
    {
        var k = 0;
        // "Founded in 1969, the OIC ...": an opening participle phrase.
        if (_v.Count > 2 && T(0).IsWord && W(0).EndsWith("ed", StringComparison.Ordinal))
        {
            while (k < _v.Count && k < 8 && !Is(k, ",")) k++;
            if (!Is(k, ",")) return -1;
            k++;
        }
        return NamedOrganizationAt(k, out _);
    }

    /// <summary>"The ZTO admitted Egypt and Iran as new members at the summit": the organisation's new members.</summary>
    private void OrganizationAdmitted(int p)
    {
        // "The CPLP yesterday admitted Equatorial Guinea": over a time word between the organisation and the verb.
        var a = p - 1;
        while (a > 0 && IsAny(a, "yesterday", "today", "formally", "officially", "finally", "unanimously", "also", "since", "has", "have", "already")) a--;
        if (a > 1 && TimeWords.IsWeekday(W(a)) && Is(a - 1, "on")) a -= 2;
        // "the Southern African Development Community (SADC), which last month admitted South Africa": over the time, to
        // the antecedent of "which".
        if (a > 1 && IsAny(a, "month", "year", "week") && IsAny(a - 1, "last", "this")) a -= 2;
        if (a > 1 && Is(a, "which") && Is(a - 1, ",")) a -= 2;
        // "The Organization of the Petroleum Exporting Countries (OPEC) on Friday admitted": the acronym names it.
        if (Is(a, ")") && Is(a - 2, "(")) a--;
        // "The bank has since admitted Bangladesh and the United Arab Emirates as members": a generic noun as the subject.
        var admitterOrg = M(a) is { Type: MentionType.Organization } admitter && admitter.Entity >= 0 ? (T(a).IsWord && !T(a).IsCapitalized && OrganizationWords.IsGenericNoun(W(a)) ? Generic(W(a)) : Ent(a))
            : T(a).IsWord && OrganizationWords.IsGenericNoun(W(a)) && Is(a - 1, "the") ? Generic(W(a))
            // "The bank admitted Bangladesh and the United Arab Emirates as members": the one organisation named "... Bank".
            : T(a).IsWord && !T(a).IsCapitalized && Is(a - 1, "the") && IsAny(a, "bank", "fund", "court", "agency") ? NamedEndingWith(W(a)) : -1;
        // "admitted the Republic of Congo as a full member": over the article of a name.
        var admittedAt = Is(p + 1, "the") && CountryAt(p + 2) is not null ? p + 2 : p + 1;
        if (CountryAt(admittedAt) is null || HasFutureMarker(p) || IsAny(p - 1, "not", "n't", "never")) return;
        var admittedList = ReadList(admittedAt, out var admittedEnd);
        // "The ZTO readmitted Ghana on Monday", "the bloc admitted Ghana in 2020": the organisation that admits, bare.
        if (!Is(admittedEnd + 1, "as"))
        {
            if (admitterOrg >= 0 && !_er.Orgs[admitterOrg].IsInstitution
                && (admittedEnd + 1 >= _v.Count || IsAny(admittedEnd + 1, ".", ",", ";", "on", "in", "at", "last", "this", "yesterday", "today", "after", "following")))
            {
                Hit(admitterOrg, RelationKind.Member, admittedList, WhenAfter(admittedEnd + 1));
            }
            return;
        }
        var k = admittedEnd + 2;
        while (IsAny(k, "new", "full", "its", "the", "a", "permanent", "formal", "accredited") || T(k).IsWord && W(k).EndsWith("th", StringComparison.Ordinal)) k++;
        // "Foreign ministers of the eight-nation council ... admitted China, India and Japan as permanent observers": the
        // standing the sentence names, in the organisation named after it, the admitting one, or the article's.
        var kind = IsAny(k, "members", "member") && !IsAny(k - 1, "associate") ? RelationKind.Member
            : IsAny(k, "observers", "observer") ? RelationKind.Observer
            : Is(k, "dialogue") && IsAny(k + 1, "partners", "partner") ? RelationKind.DialoguePartner
            : (RelationKind?)null;
        if (kind is null) return;
        var next = kind == RelationKind.DialoguePartner ? k + 2 : k + 1;
        if (IsAny(next, "of", "to", "in") && NamedOrganizationAt(next + 1, out _) is var named && named >= 0) admitterOrg = named;
        if (admitterOrg < 0 && kind != RelationKind.Member) admitterOrg = PreviousSentenceOrg() ?? _main;
        if (admitterOrg >= 0) Hit(admitterOrg, kind.Value, admittedList);
    }

    /// <summary>
    /// "Founded in Dhaka in 1985 by Bangladesh, Bhutan, India ... and Sri Lanka, Saarc admitted Afghanistan ...": an
    /// opening participle names the founders of the sentence's subject.
    /// </summary>
    private void FoundedByOpening()
    {
        var by = 1;
        while (by < _v.Count && by <= 8 && !Is(by, "by") && !IsAny(by, ",", "as")) by++;
        if (!Is(by, "by")) return;
        var founders = ReadList(by + 1, out var end);
        if (founders.Count == 0 || !Is(end + 1, ",")) return;
        var org = NamedOrganizationAt(end + 2, out _);
        if (org < 0 && Is(end + 2, "the") && T(end + 3).IsWord && OrganizationWords.IsGenericNoun(W(end + 3))) org = Generic(W(end + 3));
        if (org >= 0) Hit(org, RelationKind.Member, founders);
    }

    /// <summary>The organisation named at <paramref name="q"/> (after an optional "the"), and the position after its name; -1 when none.</summary>
    private int NamedOrganizationAt(int q, out int after)
    {
        after = q;
        if (Is(q, "the")) q++;
        // "the UK-led Joint Expeditionary Force", "the Paris-based Zentral Agency": over who leads it or where it sits.
        if (T(q).IsWord && (W(q).EndsWith("-led", StringComparison.Ordinal) || W(q).EndsWith("-based", StringComparison.Ordinal)) && M(q + 1) is { Type: MentionType.Organization } && T(q + 1).IsCapitalized) q++;
        // "the six-nation Gulf Cooperation Council", "the five Colombo Powers": over its size.
        if ((IsSizeWord(q) || Is(q - 1, "the") && IsNumberWord(W(q))) && M(q + 1) is { Type: MentionType.Organization }) q++;
        // "the 11 member states of the Conference: Angola, ...": a name's head, capitalised, for the one organisation so named.
        if ((M(q) is null || M(q) is { Type: MentionType.Organization } single && single.First == single.Last) && q > 0 && Is(q - 1, "the") && T(q).IsWord && T(q).IsCapitalized && W(q).Length > 4 && OrganizationWords.IsGenericNoun(W(q).ToLowerInvariant())
            && !IsAny(q + 1, "of", "for", "on") && OrganizationNamedWith(W(q)) is var headed && headed >= 0)
        {
            after = q + 1;
            return headed;
        }
        if (M(q) is not { Type: MentionType.Organization } om || om.Entity < 0 || T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q))) return -1;
        while (q + 1 < _v.Count && M(q + 1) == om) q++;
        after = q + 1;
        return om.Entity;
    }

    /// <summary>The states the article has called members of an organisation before this sentence, once each.</summary>
    private List<Mention> KnownMembers(int org)
    {
        var known = new List<Mention>();
        foreach (var r in Relations)
        {
            if (r.Org == org && r.Kind == RelationKind.Member && r.Sentence < _sentence && r.Country.Country is { } c && !known.Exists(k => k.Country == c)) known.Add(r.Country);
        }

        return known;
    }

    /// <summary>
    /// "Six Asean members, all but Vietnam, also belong to the Asia-Pacific Economic Cooperation (Apec) forum": the known
    /// members of the first organisation but the states set apart are members of the second, and those set apart are not.
    /// </summary>
    private void CountedMembersAllBut()
    {
        if (!IsNumberOrWord(0)) return;
        if (Is(1, "of") && Is(2, "the") && IsNumberOrWord(3)) { OfTheListedAllBut(); return; }
        var from = NamedOrganizationAt(1, out var after);
        if (from < 0 || !IsAny(after, "members", "states", "countries") || !Is(after + 1, ",") || !Is(after + 2, "all") || !IsAny(after + 3, "but", "except")) return;
        var apart = ReadList(after + 4, out var apartEnd);
        if (apart.Count == 0 || !Is(apartEnd + 1, ",")) return;
        var v = apartEnd + 2;
        if (Is(v, "also")) v++;
        int to;
        if (IsAny(v, "belong", "belonged") && Is(v + 1, "to")) to = NamedOrganizationAt(v + 2, out _);
        else if (IsAny(v, "are", "were") && IsAny(v + 1, "members", "in")) to = NamedOrganizationAt(Is(v + 1, "in") ? v + 2 : v + 3, out _);
        else return;
        if (to < 0 || to == from) return;
        var rest = KnownMembers(from).FindAll(m => !ContainsState(apart, m.Country));
        if (rest.Count == 0) return;
        Hit(to, RelationKind.Member, rest);
        Hit(to, RelationKind.NonMember, apart);
    }

    /// <summary>
    /// "Its five members today are A, B, C, D and E. ... Four of the five, all except B, also belong to the Common Monetary
    /// Area (CMA)": the list of that size named before, but the states set apart, are members; those set apart are not.
    /// </summary>
    private void OfTheListedAllBut()
    {
        if (!NumberWords.TryParse(W(0), out var part) || !NumberWords.TryParse(W(3), out var whole) || part >= whole) return;
        var after = IsAny(4, "members", "states", "countries", "nations") ? 5 : 4;
        if (!Is(after, ",") || !Is(after + 1, "all") || !IsAny(after + 2, "but", "except")) return;
        var apart = ReadList(after + 3, out var apartEnd);
        if (apart.Count == 0 || !Is(apartEnd + 1, ",")) return;
        var v = apartEnd + 2;
        if (Is(v, "also")) v++;
        int to;
        if (IsAny(v, "belong", "belonged") && Is(v + 1, "to")) to = NamedOrganizationAt(v + 2, out _);
        else if (IsAny(v, "are", "were") && IsAny(v + 1, "members", "in")) to = NamedOrganizationAt(Is(v + 1, "in") ? v + 2 : v + 3, out _);
        else return;
        if (to < 0) return;
        for (var k = _lists.Count - 1; k >= 0; k--)
        {
            var (sentence, _, earlier) = _lists[k];
            if (sentence == _sentence || earlier.Count != whole) continue;
            var rest = earlier.FindAll(m => !ContainsState(apart, m.Country));
            if (rest.Count != part) return;
            Hit(to, RelationKind.Member, rest);
            Hit(to, RelationKind.NonMember, apart);
            return;
        }
    }

    /// <summary>
    /// "All nine D-8 countries are also members of the OIC", "All Arab League members belong to the OIC": set arithmetic
    /// over organisations, each member the article named of the first is a member of the second.
    /// </summary>
    private void AllMembersOfOneAreMembersOfAnother()
    {
        CountedMembersAllBut();
        if (!Is(0, "all")) return;
        var p = 1;
        // "All of the OACPS Pacific members except Timor-Leste ...".
        if (Is(p, "of") && Is(p + 1, "the")) p += 2;
        var stated = -1;
        if ((T(p).Kind == TokenKind.Number || IsNumberWord(W(p))) && NumberWords.TryParse(W(p), out var all)) { stated = all; p++; }
        HashSet<string>? region = null;
        // "All 14 independent CARICOM states": an adjective before the organisation.
        if (stated > 1 && T(p).IsWord && !T(p).IsCapitalized && M(p) is null && M(p + 1) is { Type: MentionType.Organization }) p++;
        var from = NamedOrganizationAt(p, out var afterFrom);
        // "All six members of the Gulf Cooperation Council (GCC), Saudi Arabia, Kuwait, ..., were already in the WTO": the
        // organisation after "of", over the apposition that names its members.
        var membersOf = -1;
        List<Mention>? namedMembers = null;
        if (from < 0 && IsAny(p, "members", "states", "countries") && Is(p + 1, "of") && NamedOrganizationAt(p + 2, out var ofEnd) is var ofOrg && ofOrg >= 0)
        {
            membersOf = ofOrg;
            p = AfterAcronym(ofEnd);
            if (Is(p, ",") && ReadList(p + 1, out var namedEnd) is { Count: > 0 } named && Is(namedEnd + 1, ","))
            {
                p = namedEnd + 2;
                namedMembers = named;
            }
        }
        if (membersOf >= 0) from = membersOf;
        else if (from < 0)
        {
            // "All six are also members of the Commonwealth of Independent States": the organisation whose members the
            // article counted as that many.
            if (stated < 2 || !IsAny(p, "are", "were")) return;
            for (var i = Counts.Count - 1; i >= 0 && from < 0; i--) if (Counts[i].Kind == RelationKind.Member && Counts[i].Value == stated && Counts[i].Sentence < _sentence) from = Counts[i].Org;
            if (from < 0 && _main >= 0 && KnownMembers(_main).Count == stated) from = _main;
            if (from < 0) return;
            stated = -1;
        }
        else
        {
            p = afterFrom;
            // "the OACPS Pacific members": a region word between the organisation and its members; only the members that lie there.
            if (T(p).IsWord && T(p).IsCapitalized && M(p) is null && IsAny(p + 1, "members", "member", "countries", "states"))
            {
                region = Regions.OfWord(W(p));
                if (region is null) return;
                p++;
            }
            if (Is(p, "member")) p++;
            if (!IsAny(p, "countries", "members", "states", "nations", "member-states")) return;
            p++;
        }
        // "All 14 independent CARICOM states, like Canada, belong to the OAS": the state compared belongs too.
        List<Mention>? like = null;
        if (Is(p, ",") && Is(p + 1, "like") && CountryAt(p + 2) is not null && ReadList(p + 2, out var likeEnd) is { Count: > 0 } likeStates && Is(likeEnd + 1, ","))
        {
            like = likeStates;
            p = likeEnd + 2;
        }
        // "All six GCC states and Egypt are members of the 22-member Arab League": the states added to the group.
        if (Is(p, "and") && CountryAt(p + 1) is not null && ReadList(p + 1, out var andEnd) is { Count: > 0 } andStates && IsAny(andEnd + 1, "are", "were", "belong", "belonged"))
        {
            like = like is null ? andStates : like;
            p = andEnd + 1;
        }
        // "All CSTO members except Tajikistan also belong to the EAEU": all but the states named.
        List<Mention>? except = null;
        if (IsAny(p, "except", "but") && CountryAt(p + 1) is not null)
        {
            except = ReadList(p + 1, out var exceptEnd);
            p = exceptEnd + 1;
        }
        var to = -1;
        if (IsAny(p, "are", "were"))
        {
            p++;
            while (IsAny(p, "also", "all", "likewise")) p++;
            while (IsAny(p, "already", "still")) p++;
            if (IsAny(p, "members", "member-states") && Is(p + 1, "of")) to = NamedOrganizationAt(p + 2, out _);
            else if (Is(p, "member") && IsAny(p + 1, "states", "countries") && Is(p + 2, "of")) to = NamedOrganizationAt(p + 3, out _);
            // "All five BRICS members are also in the Group of 20 (G20)".
            else if (Is(p, "in")) to = NamedOrganizationAt(p + 1, out _);
        }
        else if (IsAny(p, "also")) p++;
        var toEnd = -1;
        if (to < 0 && IsAny(p, "belong", "belonged") && Is(p + 1, "to")) to = NamedOrganizationAt(p + 2, out toEnd);
        else if (to >= 0) NamedOrganizationAt(Is(p, "in") ? p + 1 : IsAny(p, "members", "member-states") ? p + 2 : p + 3, out toEnd);
        if (to < 0 || to == from) return;
        // "All three IBSA countries are also members of BRICS, with Russia and China": the others with them.
        if (toEnd > 0 && Is(AfterAcronym(toEnd), ",") && Is(AfterAcronym(toEnd) + 1, "with") && ReadList(AfterAcronym(toEnd) + 2, out _) is { Count: > 0 } withThem)
        {
            Hit(to, RelationKind.Member, withThem);
        }
        // "All six CEFTA countries": the whole membership, so its count.
        if (stated > 1) Count(from, RelationKind.Member, stated, 1);
        var members = namedMembers ?? KnownMembers(from);
        if (region is not null) members.RemoveAll(m => m.Country is null || !region.Contains(m.Country.Iso2));
        if (except is not null)
        {
            members.RemoveAll(m => except.Exists(x => x.Country == m.Country));
            Hit(to, RelationKind.NonMember, except);
        }
        if (members.Count > 0) Hit(to, RelationKind.Member, members);
        if (like is not null) Hit(to, RelationKind.Member, like);
    }

    /// <summary>
    /// "Iran, Turkiye and Pakistan — OIC members that are not part of the Arab League —": a list, then between dashes
    /// what they are members of and what they are not.
    /// </summary>
    [Flags]
    private enum Anchor : long
    {
        None = 0, Like = 1, Non = 1 << 1, Where = 1 << 2, Fellow = 1 << 3, Ordinal = 1 << 4, Sit = 1 << 5, Make = 1 << 6,
        Partners = 1 << 7, One = 1 << 8, Other = 1 << 9, Which = 1 << 10, Downgraded = 1 << 11, Whose = 1 << 12, Joins = 1 << 13,
        All = 1 << 14, Colon = 1 << 15, Expanded = 1 << 16, Grouped = 1 << 17, Of = 1 << 18, But = 1 << 19, Shares = 1 << 20, Founded = 1 << 21, Left = 1 << 22, Its = 1 << 23,
        OfTheCounted = 1 << 24, TheCounted = 1 << 25, Or = 1 << 26, Part = 1 << 27, Aside = 1 << 28, Not = 1 << 29,
        States = 1L << 30, Helped = 1L << 31, Number = 1L << 32, Member = 1L << 33, Also = 1L << 34, As = 1L << 35, Never = 1L << 36, Admission = 1L << 37, Application = 1L << 38, Outside = 1L << 39, Voters = 1L << 40, Force = 1L << 41, Invitation = 1L << 42, Partner = 1L << 43, Observers = 1L << 44, Join = 1L << 45, Observer = 1L << 46, Unlike = 1L << 47, Forming = 1L << 48, Tied = 1L << 49, Signing = 1L << 50, Followed = 1L << 51,
        /// <summary>A word at which <see cref="SentenceFrames"/> reads a frame (<see cref="FrameWords"/>).</summary>
        Frame = 1L << 52,
        /// <summary>A dash in the sentence (<see cref="DashedListOfABody"/>).</summary>
        Dash = 1L << 53,
        /// <summary>"agreed", "decided" (<see cref="AgreedToSetUp"/>).</summary>
        Agreed = 1L << 54,
        /// <summary>"choosing", "opting", "preferring" (<see cref="ChoosingToRemain"/>).</summary>
        Choosing = 1L << 55,
        /// <summary>"largest", "biggest", ... (<see cref="ApposedLargest"/>).</summary>
        Largest = 1L << 56,
        /// <summary>"accession", "talks", "negotiations", "protocol", "candidate" (<see cref="AccessionUnderWay"/>).</summary>
        Accession = 1L << 57,
        /// <summary>
        /// "expelled", "withdrawal", "leaving", "leave", "participation", "rejected" (<see cref="MoreDepartures"/>), "suspension"
        /// (<see cref="WhoseSuspensionWasLifted"/>).
        /// </summary>
        Departed = 1L << 58,
    }


    /// <summary>The anchor words (tests check that <see cref="MembershipWords.Anchors"/> holds every one but the colon).</summary>
    internal static IEnumerable<string> AnchorWordList => AnchorWords.Keys;

    /// <summary>
    /// The anchor table: its initialiser adds each word once, and a word written twice fails at once (an indexer
    /// initialiser would silently keep the last bits).
    /// </summary>
    private sealed class AnchorTable : Dictionary<string, Anchor>
    {
        public AnchorTable() : base(StringComparer.OrdinalIgnoreCase) { }

        public new Anchor this[string word]
        {
            get => base[word];
            set => Add(word, value);
        }

        /// <summary>Adds <paramref name="bits"/> to a word's anchors, the word's first or not.</summary>
        public void Or(string word, Anchor bits) => base[word] = (TryGetValue(word, out var had) ? had : Anchor.None) | bits;
    }

    private static readonly AnchorTable AnchorWords = new()
    {
        ["like"] = Anchor.Like, ["where"] = Anchor.Where, ["fellow"] = Anchor.Fellow, ["sit"] = Anchor.Sit, ["sits"] = Anchor.Sit,
        ["sat"] = Anchor.Sit, ["sitting"] = Anchor.Sit, ["make"] = Anchor.Make, ["makes"] = Anchor.Make, ["made"] = Anchor.Make,
        ["form"] = Anchor.Make, ["stands"] = Anchor.Make, ["forms"] = Anchor.Make, ["formed"] = Anchor.Make, ["comprise"] = Anchor.Make, ["constitute"] = Anchor.Make,
        ["partners"] = Anchor.Partners, ["one"] = Anchor.One, ["other"] = Anchor.Other, ["which"] = Anchor.Which,
        ["downgraded"] = Anchor.Downgraded, ["downgrades"] = Anchor.Downgraded, ["downgrading"] = Anchor.Downgraded,
        ["whose"] = Anchor.Whose, ["joins"] = Anchor.Joins, ["joined"] = Anchor.Joins, ["first"] = Anchor.Ordinal, ["only"] = Anchor.Ordinal | Anchor.One,
        ["last"] = Anchor.Ordinal, ["newest"] = Anchor.Ordinal, ["latest"] = Anchor.Ordinal, ["founding"] = Anchor.Ordinal, ["all"] = Anchor.All, [":"] = Anchor.Colon, ["among"] = Anchor.Colon, ["both"] = Anchor.All, ["some"] = Anchor.All, ["but"] = Anchor.But, ["shares"] = Anchor.Shares, ["share"] = Anchor.Shares, ["shared"] = Anchor.Shares, ["suspended"] = Anchor.Shares, ["candidates"] = Anchor.Shares, ["candidate"] = Anchor.Shares | Anchor.Accession,
        ["founded"] = Anchor.Founded, ["created"] = Anchor.Founded, ["established"] = Anchor.Founded, ["launched"] = Anchor.Founded, ["announced"] = Anchor.Founded, ["unveiled"] = Anchor.Founded,
        ["left"] = Anchor.Left, ["withdrawn"] = Anchor.Left, ["withdrew"] = Anchor.Left, ["renounced"] = Anchor.Left, ["ended"] = Anchor.Left,
        ["its"] = Anchor.Its, ["their"] = Anchor.Its, ["or"] = Anchor.Or, ["nor"] = Anchor.Or, ["entered"] = Anchor.Or, ["part"] = Anchor.Part,
        ["expanded"] = Anchor.Expanded, ["grown"] = Anchor.Expanded, ["grew"] = Anchor.Expanded, ["enlarged"] = Anchor.Expanded,
        ["grouped"] = Anchor.Grouped, ["organised"] = Anchor.Grouped, ["organized"] = Anchor.Grouped, ["banded"] = Anchor.Grouped,
        ["associate"] = Anchor.Aside, ["neighbour"] = Anchor.Aside, ["neighbor"] = Anchor.Aside, ["neighbours"] = Anchor.Aside, ["neighbors"] = Anchor.Aside,
        ["ally"] = Anchor.Aside, ["leaving"] = Anchor.Aside | Anchor.Departed, ["without"] = Anchor.Aside, ["exception"] = Anchor.Aside, ["exceptions"] = Anchor.Aside,
        ["status"] = Anchor.Aside, ["went"] = Anchor.Aside, ["intention"] = Anchor.Aside, ["founders"] = Anchor.Aside, ["known"] = Anchor.Aside,
        ["not"] = Anchor.Not, ["n't"] = Anchor.Not, ["two"] = Anchor.Fellow, ["three"] = Anchor.Fellow,
        ["states"] = Anchor.States, ["countries"] = Anchor.States, ["nations"] = Anchor.States, ["member-states"] = Anchor.States, ["members"] = Anchor.States,
        ["kingdoms"] = Anchor.States, ["republics"] = Anchor.States,
        ["helped"] = Anchor.Helped, ["help"] = Anchor.Helped, ["helps"] = Anchor.Helped, ["number"] = Anchor.Number, ["member"] = Anchor.Member,
        ["recent"] = Anchor.Ordinal, ["most"] = Anchor.Ordinal, ["also"] = Anchor.Also, ["as"] = Anchor.As, ["never"] = Anchor.Never, ["admission"] = Anchor.Admission,
        ["application"] = Anchor.Application, ["bid"] = Anchor.Application, ["request"] = Anchor.Application,
        ["outside"] = Anchor.Outside, ["voters"] = Anchor.Voters, ["electorate"] = Anchor.Voters, ["force"] = Anchor.Force, ["effect"] = Anchor.Force,
        ["invitation"] = Anchor.Invitation, ["offer"] = Anchor.Invitation, ["partner"] = Anchor.Partner, ["observers"] = Anchor.Observers, ["join"] = Anchor.Join, ["observer"] = Anchor.Observer, ["unlike"] = Anchor.Unlike, ["forming"] = Anchor.Forming, ["creating"] = Anchor.Forming, ["tied"] = Anchor.Tied, ["bound"] = Anchor.Tied, ["signing"] = Anchor.Signing, ["followed"] = Anchor.Followed,
        ["suspends"] = Anchor.Shares, ["froze"] = Anchor.Shares, ["freezes"] = Anchor.Shares, ["frozen"] = Anchor.Shares,
        ["youngest"] = Anchor.Ordinal, ["sole"] = Anchor.Ordinal, ["oldest"] = Anchor.Ordinal,
        ["agreed"] = Anchor.Agreed, ["decided"] = Anchor.Agreed,
        ["largest"] = Anchor.Largest, ["biggest"] = Anchor.Largest, ["smallest"] = Anchor.Largest, ["richest"] = Anchor.Largest, ["poorest"] = Anchor.Largest,
        ["second-largest"] = Anchor.Largest, ["second-biggest"] = Anchor.Largest, ["third-largest"] = Anchor.Largest,
        ["shareholders"] = Anchor.Largest, ["shareholder"] = Anchor.Largest, ["producers"] = Anchor.Largest, ["exporters"] = Anchor.Largest, ["allies"] = Anchor.Largest,
        ["becoming"] = Anchor.Accession, ["prospective"] = Anchor.Accession,
        ["expelled"] = Anchor.Departed, ["withdrawal"] = Anchor.Departed, ["leave"] = Anchor.Departed,
        ["participation"] = Anchor.Departed, ["rejected"] = Anchor.Departed, ["suspension"] = Anchor.Departed,
        ["accession"] = Anchor.Accession, ["talks"] = Anchor.Accession, ["negotiations"] = Anchor.Accession, ["protocol"] = Anchor.Accession,
        ["choosing"] = Anchor.Choosing, ["opting"] = Anchor.Choosing, ["preferring"] = Anchor.Choosing,
    };

    /// <summary>The words at which <see cref="SentenceFrames"/> reads a frame ("suspended", "joins", "granted", ...): each is an
    /// anchor with <see cref="Anchor.Frame"/>, so that a sentence with none of them skips the frames.</summary>
    private static readonly string[] FrameWords =
    {
        "suspended", "suspends", "joins", "joined", "joining", "admission", "most", "negotiating", "negotiate", "negotiates", "opened",
        "started", "began", "launched", "opens", "starts", "begins", "grant", "granted", "grants", "give", "gave", "given", "founded",
        "process", "talks", "negotiations", "status", "formed", "created", "established", "set", "remained", "remains", "remain",
        "stayed", "stays", "stay", "return",
    };

    static MembershipReader()
    {
        foreach (var w in FrameWords) AnchorWords.Or(w, Anchor.Frame);
    }

    /// <summary>The anchor words of the sentence's view, in one pass.</summary>
    private Anchor SentenceAnchors()
    {
        var found = Anchor.None;
        for (var p = 0; p < _v.Count; p++)
        {
            var w = W(p);
            if ((T(p).Has(WordClass.MembershipAnchor) || w == ":") && AnchorWords.TryGetValue(w, out var a)) found |= a;
            else if (w.Length > 5 && (w[0] == 'n' || w[0] == 'N') && w.StartsWith("non-", StringComparison.OrdinalIgnoreCase)) found |= Anchor.Non;
            else if (w.Length > 2 && IsOrdinal(w)) found |= Anchor.Ordinal;
            else if (T(p).Kind == TokenKind.Dash) found |= Anchor.Dash;
            else if (w.Length == 3 && (w == "the" || w == "The") && IsNumberOrWord(p + 1)) found |= Anchor.TheCounted;
            else if (w.Length == 2 && (w == "of" || w == "Of"))
            {
                if (IsNumberOrWord(p - 1)) found |= Anchor.Of;
                if (Is(p + 1, "the") && IsNumberOrWord(p + 2)) found |= Anchor.OfTheCounted;
            }
        }
        return found;
    }

    /// <summary>
    /// "Nigeria remains a member of OPEC, like Iran, the UAE and Saudi Arabia": the states after "like" share the membership;
    /// "Afghanistan, like Pakistan a founding member of the OIC, was on the agenda": both are members.
    /// </summary>
    private void LikeTheOthers()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!(Is(k, "like") && Is(k - 1, ","))) continue;
            var list = ReadList(k + 1, out var end);
            if (list.Count == 0) continue;
            // "a member of OPEC, like Iran, ...": the clause before the comma ends with the organisation.
            var o = k - 2;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is { Type: MentionType.Organization } om && om.Entity >= 0)
            {
                var b = o;
                while (b > 0 && M(b - 1) == om) b--;
                b--;
                if (Is(b, "the")) b--;
                if (b > 0 && Is(b, "of") && IsAny(b - 1, "member", "members") && (end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", "while", "whereas", "but")))
                {
                    Hit(om.Entity, RelationKind.Member, list);
                }
                continue;
            }
            // "Afghanistan, like Pakistan a founding member of the OIC,": the subject before, the examples after.
            // ("Thailand, the third-largest producer and, like Indonesia and Malaysia, a member of the ZTO,": the sentence's
            // first state, over its apposition.)
            List<Mention>? opener = null;
            if (Is(k - 2, "and") && !Is(k - 3, ",") && CountryAt(0) is not null && ReadList(0, out var openerEnd) is { Count: > 0 } openers && Is(openerEnd + 1, ",")) opener = openers;
            if (CountryAt(k - 2) is null && opener is null) continue;
            var a = end + 1;
            if (Is(a, ",")) a++;
            if (!IsAny(a, "a", "an")) continue;
            a++;
            while (IsAny(a, "founding", "full", "fellow", "longtime", "long-time", "original")) a++;
            if (!(Is(a, "member") && Is(a + 1, "of"))) continue;
            var org = NamedOrganizationAt(a + 2, out _);
            if (org < 0) continue;
            var subject = opener ?? ReadListBackward(k - 2, out _, stopAtPreposition: true);
            Hit(org, RelationKind.Member, list);
            if (subject.Count > 0) Hit(org, RelationKind.Member, subject);
        }
    }

    /// <summary>
    /// "10 non-OPEC producers led by Russia, among them Kazakhstan, Mexico, Oman and Azerbaijan", "non-EU countries such as
    /// Norway": states outside the organisation the prefix names. "Non-EU parties such as Japan and Turkey have shown no sign
    /// of leaving": the parties of a treaty body are also its members (the article's body).
    /// </summary>
    private void NonOrganizationExamples()
    {
        for (var k = 0; k + 2 < _v.Count; k++)
        {
            var w = W(k);
            if (w.Length < 6 || !w.StartsWith("non-", StringComparison.OrdinalIgnoreCase) || !char.IsUpper(w[4])) continue;
            var org = OrgNamed(w.Substring(4));
            if (org < 0) continue;
            // "Russia, a non-OPEC producer,", "Russia, the biggest of the non-OPEC producers in ...,": an apposition.
            if (IsAny(k + 1, "producers", "countries", "states", "nations", "members", "economies", "producer", "country", "state", "nation", "member", "economy"))
            {
                var b = k - 1;
                while (b > 0 && b >= k - 6 && T(b).IsWord && !T(b).IsCapitalized && M(b) is null) b--;
                // (Also ", two of the non-Opec producers in the alliance": a counted part.)
                if (b < k - 1 && Is(b, ",") && CountryAt(b - 1) is not null && (IsAny(b + 1, "a", "an", "the", "one", "another") || IsNumberOrWord(b + 1) && Is(b + 2, "of") && Is(b + 3, "the"))
                    && ReadListBackward(b - 1, out var apposedStart, stopAtPreposition: false) is { Count: > 0 } apposed
                    && (apposedStart == 0 || Is(apposedStart - 1, ",") || IsAny(apposedStart - 1, "will", "did", "do", "does", "have", "has") && Is(apposedStart - 2, "as")))
                {
                    Hit(org, RelationKind.NonMember, apposed);
                    continue;
                }
            }
            if (!IsAny(k + 1, "producers", "countries", "states", "nations", "members", "economies", "governments", "signatories", "participants")) continue;
            // "Besides Azerbaijan and Russia, the non-OPEC signatories are Kazakhstan, Mexico, Oman, ...": those named, and
            // those set beside them.
            if (IsAny(k + 2, "are", "were", "include") && CountryAt(k + 3) is not null && ReadList(k + 3, out _) is { Count: > 0 } nonSignatories)
            {
                Hit(org, RelationKind.NonMember, nonSignatories);
                if (Is(0, "besides") && ReadList(1, out var besidesEnd) is { Count: > 0 } besides && Is(besidesEnd + 1, ",")) Hit(org, RelationKind.NonMember, besides);
                continue;
            }
            // "agreed with Russia and other non-OPEC producers": the state before is one of them.
            if (Is(k - 1, "other") && Is(k - 2, "and") && CountryAt(k - 3) is { } otherThan)
            {
                Hit(org, RelationKind.NonMember, new[] { otherThan });
                continue;
            }
            // "Oman is one of those non-OPEC producers, along with Kazakhstan, Azerbaijan and Bahrain": the subject and those
            // along with it.
            if (IsAny(k - 1, "the", "those", "these") && Is(k - 2, "of") && Is(k - 3, "one") && IsAny(k - 4, "is", "was") && Subject(k - 4, out var notOne, out _) is { Count: > 0 } one && !notOne)
            {
                Hit(org, RelationKind.NonMember, one);
                if (Is(k + 2, ",") && Is(k + 3, "along") && Is(k + 4, "with") && ReadList(k + 5, out _) is { Count: > 0 } alongOne) Hit(org, RelationKind.NonMember, alongOne);
                continue;
            }
            // "Oman and Bahrain are among the non-OPEC producers": the subject.
            if (Is(k - 1, "the") && Is(k - 2, "among") && IsAny(k - 3, "are", "is", "were", "was") && Subject(k - 3, out var notAmong, out _) is { Count: > 0 } among && !notAmong)
            {
                Hit(org, RelationKind.NonMember, among);
                continue;
            }
            var a = k + 2;
            // "The non-OPEC members of the alliance are: A, B, ...".
            for (var c = a; c < _v.Count && c <= a + 6; c++)
            {
                if (IsAny(c, ",", ";", ".")) break;
                if (Is(c, ":") && IsAny(c - 1, "are", "include") && ReadList(c + 1, out _) is { Count: > 0 } outside) { Hit(org, RelationKind.NonMember, outside); break; }
            }
            // "led by Russia", "outside the group": a short description before the examples.
            while (a < _v.Count && a <= k + 7 && !IsAny(a, ",", ";", ".", "such", "including", "like"))
            {
                if (Is(a, "led") && Is(a + 1, "by") && CountryAt(a + 2) is { } leader) Hit(org, RelationKind.NonMember, new[] { leader });
                a++;
            }
            if (Is(a, ",")) a++;
            // "led by Russia, and including Kazakhstan, Mexico and Oman".
            if (Is(a, "and") && IsAny(a + 1, "including", "notably")) a++;
            if (Is(a, "such") && Is(a + 1, "as")) a += 2;
            else if (Is(a, "among") && Is(a + 1, "them")) a += 2;
            else if (IsAny(a, "including", "like", "notably")) a++;
            else continue;
            var list = ReadList(a, out _);
            if (list.Count > 0) Hit(org, RelationKind.NonMember, list);
        }
    }

    /// <summary>
    /// "a permanent seat at the Group of 20 (G20), where South Africa is currently the only African member": the states
    /// said to be members in a relative "where" clause on an organisation.
    /// </summary>
    private void WhereMember()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "where") && (Is(k - 1, ",") || Is(k - 1, "and")))) continue;
            var o = k - 2;
            // "Unlike the ZTO, which India joined in 2017 and where China and Russia are founding members": the antecedent
            // of the first relative clause.
            if (Is(k - 1, "and"))
            {
                o = -1;
                for (var b = k - 2; b >= 2 && b >= k - 16; b--)
                {
                    if (IsAny(b, "which") && Is(b - 1, ",")) { o = b - 2; break; }
                    if (IsAny(b, ";", ".")) break;
                }
                if (o < 0) continue;
            }
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var org = T(o).IsWord && !T(o).IsCapitalized && OrganizationWords.IsGenericNoun(W(o)) ? Generic(W(o)) : Ent(o);
            var list = ReadList(k + 1, out var end);
            if (list.Count == 0 || !IsAny(end + 1, "is", "are")) continue;
            var a = end + 2;
            while (IsAny(a, WordsCurrently16)) a++;
            // "the only African member": one adjective of region before the noun.
            if (!IsAny(a, "member", "members") && T(a).IsWord && IsAny(a + 1, "member", "members")) a++;
            if (IsAny(a, "member", "members") && !IsAny(a + 1, "of")) Hit(org, RelationKind.Member, list);
        }
    }

    /// <summary>
    /// "Saudi Arabia, Kuwait and the UAE belong to OPEC, while fellow GCC members Oman and Bahrain are not", "Nigeria will
    /// sit beside fellow African Union members South Africa, Egypt and Ethiopia": the sentence's subject is a member too.
    /// </summary>
    private void FellowMembers()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "fellow") || M(k + 1) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            if (T(k + 1).IsWord && !T(k + 1).IsCapitalized) continue;
            var n = k + 1;
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            n = AfterAcronym(n + 1);
            if (!(IsAny(n, "members", "allies") || Is(n, "member") && IsAny(n + 1, "states", "countries"))) continue;
            // The sentence's subject, after an opening phrase ("Within BRICS, Nigeria will sit beside ...").
            for (var b = 0; b < k; b++)
            {
                if (CountryAt(b) is null || !(b == 0 || Is(b - 1, ",") || Is(b - 1, "the") && (b == 1 || Is(b - 2, ",")))) continue;
                if (ReadList(b, out var end) is { Count: > 0 } subject && T(end + 1).IsWord && !T(end + 1).IsCapitalized && !Is(end + 1, "and")) Hit(om.Entity, RelationKind.Member, subject);
                break;
            }
        }
        // "Malaysia and Thailand are Indonesia's fellow members of ASEAN": the state named and the subject.
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "fellow") && T(k - 1).Kind == TokenKind.Possessive && CountryAt(k - 2) is { } fellowOf)) continue;
            // "Brunei and Malaysia, Indonesia's fellow Asean members,": the organisation before the noun.
            var noun = k + 1;
            var inline = -1;
            if (M(noun) is { Type: MentionType.Organization } inlineOrg && inlineOrg.Entity >= 0 && T(noun).IsCapitalized)
            {
                inline = Ent(noun);
                while (noun + 1 < _v.Count && M(noun + 1) == inlineOrg) noun++;
                noun++;
            }
            if (!IsAny(noun, "members", "member")) continue;
            var m = Is(noun, "member") && IsAny(noun + 1, "states", "countries") ? noun + 2 : noun + 1;
            var org = inline >= 0 ? inline : Is(m, "of") ? NamedOrganizationAt(m + 1, out _) : -1;
            if (org < 0) continue;
            var be = k - 2;
            while (be > 0 && M(be - 1) == fellowOf) be--;
            be--;
            // "... with Singapore, the Philippines and Indonesia, Thailand's fellow members of ASEAN,": an apposition.
            if (Is(be, ",") && CountryAt(be - 1) is not null && ReadListBackward(be - 1, out _, stopAtPreposition: false) is { Count: > 0 } apposed)
            {
                Hit(org, RelationKind.Member, apposed);
                Hit(org, RelationKind.Member, new[] { fellowOf });
                continue;
            }
            if (!IsAny(be, "are", "were", "is", "was")) continue;
            var subject = Subject(be, out var negated, out _);
            if (negated || subject.Count == 0) continue;
            Hit(org, RelationKind.Member, subject);
            Hit(org, RelationKind.Member, new[] { fellowOf });
        }
        // "Egypt and Jordan, the first Arab League members to make peace with Israel,": a superlative apposition.
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "the") && Is(k - 1, ",") && CountryAt(k - 2) is not null && IsAny(k + 1, "first", "only", "last", "newest", "latest", "founding", "two", "three"))) continue;
            if (M(k + 2) is not { Type: MentionType.Organization } firstOf || firstOf.Entity < 0 || !T(k + 2).IsCapitalized) continue;
            var n = k + 2;
            while (n + 1 < _v.Count && M(n + 1) == firstOf) n++;
            // "Oman, the only GCC member that has stayed out of the campaign,": one state, a singular noun.
            var single = IsAny(n + 1, "member", "state", "country", "nation") && !IsAny(n + 2, "states", "countries");
            // "Qatar and Saudi Arabia, the two Gulf Cooperation Council states seen as ...": a plural noun.
            if (!(IsAny(n + 1, "members", "member-states", "states", "countries", "nations") || Is(n + 1, "member") && IsAny(n + 2, "states", "countries") || single)) continue;
            var superlative = ReadListBackward(k - 2, out _, stopAtPreposition: false);
            if (single && superlative.Count != 1) continue;
            if (IsAny(k + 1, "two", "three") && NumberWords.TryParse(W(k + 1), out var counted) && superlative.Count != counted) continue;
            Hit(firstOf.Entity, RelationKind.Member, superlative);
            // "Tanzania, the only EAC member in SADC,": a member of the second too.
            var inOrg = IsAny(n + 1, "member", "members") ? n + 2 : n + 3;
            if (Is(inOrg, "in") && NamedOrganizationAt(inOrg + 1, out _) is var alsoIn && alsoIn >= 0 && alsoIn != firstOf.Entity) Hit(alsoIn, RelationKind.Member, superlative);
        }
        // "Qatar, the sixth GCC state, left OPEC": an ordinal apposition.
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "the") && Is(k - 1, ",") && CountryAt(k - 2) is not null && IsOrdinal(W(k + 1)))) continue;
            if (M(k + 2) is not { Type: MentionType.Organization } om || om.Entity < 0 || T(k + 2).IsWord && !T(k + 2).IsCapitalized) continue;
            var n = k + 2;
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            if (!IsAny(n + 1, "state", "member", "country", "nation")) continue;
            Hit(om.Entity, RelationKind.Member, ReadListBackward(k - 2, out _, stopAtPreposition: false));
        }
    }

    private static bool IsOrdinal(string w) => w is "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth"
        or "eleventh" or "twelfth" || w.Length > 2 && char.IsDigit(w[0]) && (w.EndsWith("th", StringComparison.Ordinal) || w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) || w.EndsWith("rd", StringComparison.Ordinal));

    /// <summary>"Russia and China sit alongside South Africa, Brazil and India in BRICS": all of them members.</summary>
    /// <summary>
    /// Where the fellows begin after the body one sits in ends at <paramref name="after"/>: "alongside ...", "with ...", over
    /// a comma or an apposition ("BIMZTEC, the Bay of Bengal Zentral Initiative, with Bhutan, ..."); else -1.
    /// </summary>
    private int SatWith(int after)
    {
        var x = after;
        if (Is(x, ",") && Is(x + 1, "the"))
        {
            var close = x + 2;
            while (close < _v.Count && close <= x + 14 && !IsAny(close, ",", ".", ";")) close++;
            if (Is(close, ",") && (Is(close + 1, "with") || AlongWith(close + 1) > 0)) x = close;
        }
        if (Is(x, ",")) x++;
        if (Is(x, "with") && (CountryAt(x + 1) is not null || Is(x + 1, "the") && CountryAt(x + 2) is not null)) return x + 1;
        return AlongWith(x);
    }

    private void SitAlongside()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            // "All five states ... also sit in the Nordic Council": members (not "sat in on", attending).
            // ("Myanmar and Bangladesh also sit together in the seven-member ZI": over "together" and the size.)
            var inAt = Is(k + 1, "together") ? k + 2 : k + 1;
            var satAt = Is(inAt + 1, "the") && IsSizeWord(inAt + 2) ? inAt + 3 : inAt + 1;
            // ("both Botswana and South Africa sit on the Orange-Senqu River Commission, which they set up in 2000 with ...": a
            // commission of states they sit on.)
            var setUpAfter = false;
            for (var w = satAt + 1; Is(inAt, "on") && w + 3 < _v.Count && w <= satAt + 10 && !setUpAfter; w++) setUpAfter = Is(w, "which") && Is(w + 1, "they") && IsAny(w + 2, "set", "founded", "created", "established");
            // ("Laos and Thailand also sit on the Zentral River Commission with Cambodia and Vietnam": on a body, with states.)
            if (IsAny(k, "sit", "sits", "sat") && (Is(inAt, "in") && !Is(inAt + 1, "on") || setUpAfter || Is(inAt, "on")) && NamedOrganizationAt(satAt, out var satEnd) is var satIn && satIn >= 0
                && (!Is(inAt, "on") || setUpAfter || SatWith(AfterAcronym(satEnd)) > 0) && (!_er.Orgs[satIn].IsInstitution || setUpAfter || Is(inAt, "on")))
            {
                var sitters = Subject(k, out var notSitting, out _);
                if (sitters.Count == 0 && !notSitting && IsAny(k - 1, "also", "still", "both", "all")) sitters = Subject(k - 1, out notSitting, out _);
                if (notSitting || sitters.Count == 0) continue;
                Hit(satIn, RelationKind.Member, sitters);
                // ("..., which they set up in 2000 with Lesotho and Namibia": and those they set it up with.)
                for (var w = satEnd; setUpAfter && w + 1 < _v.Count && w <= satEnd + 14 && !IsAny(w, ";", "."); w++)
                {
                    if (Is(w, "with") && ReadList(w + 1, out _) is { Count: > 0 } setUpWith) { Hit(satIn, RelationKind.Member, setUpWith); break; }
                }
                // "The Gambia now sits in the Commonwealth alongside Ghana, Nigeria and Sierra Leone": and those it sits with.
                var after = AfterAcronym(satEnd);
                if (SatWith(after) is var satAlong && satAlong > 0 && ReadList(satAlong, out _) is { Count: > 0 } satWith) Hit(satIn, RelationKind.Member, satWith);
                continue;
            }
            if (!(IsAny(k, "sit", "sits", "sat", "sitting") && (Is(k + 1, "alongside") || Is(k + 1, "with") || Is(k + 1, "beside")))) continue;
            var others = ReadList(k + 2, out var end);
            // "Egypt, Jordan, Lebanon and Tunisia sit with the EU's member states in the 43-member Union for the Mediterranean":
            // with the members of another body, in this one.
            if (others.Count == 0)
            {
                for (var q = k + 3; q + 1 < _v.Count && q <= k + 9 && !IsAny(q, ",", ";", "."); q++)
                {
                    if (!Is(q, "in") || !IsAny(q - 1, "states", "members", "countries")) continue;
                    var satWithIn = NamedOrganizationAt(Is(q + 1, "the") && IsSizeWord(q + 2) ? q + 3 : q + 1, out _);
                    if (satWithIn >= 0 && !_er.Orgs[satWithIn].IsInstitution && Subject(k, out var notSat, out _) is { Count: > 0 } satWith && !notSat) Hit(satWithIn, RelationKind.Member, satWith);
                    break;
                }
                continue;
            }
            // ("sits with Angola and Botswana on the Zentral Water Commission": "on" a commission.)
            var org = IsAny(end + 1, "in", "on") ? NamedOrganizationAt(end + 2, out _) : -1;
            // "In the Eurasian Economic Union, Kazakhstan sits with Russia, Belarus, ...": the organisation the sentence opens on.
            if (org < 0 && Is(0, "in") && NamedOrganizationAt(1, out var openerEnd) is var opened && opened >= 0 && Is(AfterAcronym(openerEnd), ",")) org = opened;
            // "The island joined the Southern African Development Community (SADC) in 1995, where it sits with South Africa,
            // ...": the organisation "where" refers to.
            var where = Is(k - 1, "it") && Is(k - 2, "where") && Is(k - 3, ",");
            if (org < 0 && where && (end + 1 >= _v.Count || IsAny(end + 1, ".", ";", ",")))
            {
                for (var b = k - 4; b >= 0 && b >= k - 12; b--)
                {
                    if (M(b) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
                    if (!_er.Orgs[om.Entity].IsInstitution) org = om.Entity;
                    break;
                }
            }
            if (org < 0) continue;
            Hit(org, RelationKind.Member, others);
            if (where) continue;
            // "Fiji, Papua New Guinea and Vanuatu, which sit with Solomon Islands in the ...": the antecedent of "which".
            var negated = false;
            var subject = Is(k - 1, "which") && Is(k - 2, ",") && CountryAt(k - 3) is not null ? ReadListBackward(k - 3, out _, stopAtPreposition: false) : Subject(k, out negated, out _);
            if (negated) continue;
            if (subject.Count > 0) Hit(org, RelationKind.Member, subject);
        }
    }

    /// <summary>
    /// "The leaders of Canada, the United States, ... and Japan – the seven countries that make up the Group of Seven –":
    /// the list an apposition says makes up an organisation.
    /// </summary>
    private void ThatMakeUp()
    {
        // "BBIN stands for Bangladesh, Bhutan, India and Nepal": the states an acronym spells out are its members.
        if (Is(1, "stands") && Is(2, "for") && M(0) is { Type: MentionType.Organization } spelled && spelled.Entity >= 0
            && ReadList(3, out var spelledEnd) is { Count: > 1 } spelledOut && (spelledEnd + 1 >= _v.Count || IsAny(spelledEnd + 1, ",", ".", ";")))
        {
            Hit(spelled.Entity, RelationKind.Member, spelledOut);
        }
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            // "Brazil, Ghana, Peru and South Africa, which made up the forum until last year, ...": a relative clause on the
            // list itself.
            if (IsAny(k, "make", "made", "form", "formed", "constitute", "constituted") && Is(k - 1, "which") && Is(k - 2, ",") && CountryAt(k - 3) is not null
                && (IsAny(k, "make", "made") ? (Is(k + 1, "up") ? k + 2 : -1) : k + 1) is var madeUp && madeUp > 0 && NamedOrganizationAt(madeUp, out _) is var madeUpOrg && madeUpOrg >= 0
                && !_er.Orgs[madeUpOrg].IsInstitution && ReadListBackward(k - 3, out _, stopAtPreposition: false) is { Count: > 1 } makers)
            {
                Hit(madeUpOrg, RelationKind.Member, makers);
                continue;
            }
            if (!(IsAny(k, "make", "makes", "made", "form", "forms", "formed", "comprise", "constitute") && IsAny(k - 1, "that", "which")
                  && IsAny(k - 2, "countries", "states", "nations", "members"))) continue;
            var q = Is(k, "make") || Is(k, "makes") || Is(k, "made") ? (Is(k + 1, "up") ? k + 2 : -1) : k + 1;
            if (q < 0) continue;
            // "the four countries that make up the initiative": the noun resolved to the organisation it stands for.
            var org = NamedOrganizationAt(q, out _);
            if (org < 0 && (!JoinsAnOrganization(q - 1, out org) || org < 0)) continue;
            var open = k - 3;
            if (IsNumberOrWord(open)) open--;
            if (Is(open, "the")) open--;
            if (!(Is(open, ",") || T(open).Kind == TokenKind.Dash || Is(open, "("))) continue;
            var list = ReadListBackward(open - 1, out _, stopAtPreposition: false);
            if (list.Count > 1) Hit(org, RelationKind.Member, list);
        }
    }

    /// <summary>
    /// "Saudi Arabia, the UAE and Bahrain are three of Qatar's five partners in the six-member GCC": the subject and the
    /// state whose partners they are belong to the organisation.
    /// </summary>
    private void PartnersInOrganization()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "partners") && Is(k + 1, "in"))) continue;
            var q = k + 2;
            if (Is(q, "the")) q++;
            if (IsSizeWord(q)) q++;
            if (M(q) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var b = k - 1;
            if (IsNumberOrWord(b)) b--;
            var be = IsAny(b, "also", "all", "both") ? b - 1 : b;
            if (IsAny(be, "are", "were") && T(b).Kind != TokenKind.Possessive)
            {
                // "Australia, Britain and the United States are also partners in AUKUS": the parties to a pact.
                var parties = Subject(be, out var no, out _);
                if (!no && parties.Count > 1 && T(q).IsCapitalized) Hit(om.Entity, RelationKind.Member, parties);
                continue;
            }
            Mention? owner;
            int of;
            if (Is(b, "its") && (ClauseStateBefore(b) ?? ItState(b)) is { } itsOwner)
            {
                // "Qatar remains under a boycott imposed by three of its partners in the six-member Gulf Cooperation Council,
                // Saudi Arabia, the United Arab Emirates and Bahrain": the state "its" stands for.
                owner = itsOwner;
                of = b;
            }
            else
            {
                if (T(b).Kind != TokenKind.Possessive || CountryAt(b - 1) is not { } possessor) continue;
                owner = possessor;
                of = b - 1;
                while (of > 0 && M(of - 1) == owner) of--;
            }
            // "Saudi Arabia, the UAE and Bahrain, three of Qatar's partners in the six-member GCC,": over the count of them.
            if (Is(of - 1, "of") && IsNumberOrWord(of - 2) && (Is(of - 3, ",") || IsAny(of - 3, "by", "with", "and"))) of -= 2;
            // "India's partners in the grouping, Brazil, Russia, China and South Africa,": the apposition names them.
            var after = q;
            while (after + 1 < _v.Count && M(after + 1) == om) after++;
            after = AfterAcronym(after + 1);
            if (Is(after, ",") && ReadList(after + 1, out _) is { Count: > 0 } partnersNamed)
            {
                var inOrg = T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) ? NamedBefore(q) is var before && before >= 0 ? before : Generic(W(q)) : om.Entity;
                if (inOrg >= 0)
                {
                    Hit(inOrg, RelationKind.Member, partnersNamed);
                    Hit(inOrg, RelationKind.Member, new[] { owner });
                }
                continue;
            }
            if (Is(of - 1, ",") && ReadListBackward(of - 2, out _, stopAtPreposition: false) is { Count: > 1 } metWith)
            {
                // "the leaders of Brazil, India, China and South Africa, Russia's partners in the BRICS group,": the
                // list the apposition describes.
                var inOrg = T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) ? Generic(W(q)) : om.Entity;
                Hit(inOrg, RelationKind.Member, metWith);
                Hit(inOrg, RelationKind.Member, new[] { owner });
                continue;
            }
            if (!(Is(of - 1, "of") && IsNumberOrWord(of - 2) && IsAny(of - 3, "are", "were"))) continue;
            var subject = Subject(of - 3, out var negated, out _);
            if (negated || subject.Count == 0) continue;
            var org = T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) ? Generic(W(q)) : om.Entity;
            Hit(org, RelationKind.Member, subject);
            Hit(org, RelationKind.Member, new[] { owner });
        }
    }

    /// <summary>
    /// "Madagascar, one of the 53 member states, was not represented", "Hungary, one of the last allies to hold out,": an
    /// apposition that counts the state among the members of the organisation in question.
    /// </summary>
    private void OneOfTheMembers()
    {
        // "That will leave Hungary as the only one of NATO's 31 members that has yet to approve".
        for (var k = 4; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "one") && Is(k + 1, "of") && Is(k - 1, "only") && Is(k - 2, "the") && Is(k - 3, "as") && CountryAt(k - 4) is { } onlyOne)) continue;
            var o = Is(k + 2, "the") ? k + 3 : k + 2;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var n = o;
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            n++;
            if (T(n).Kind == TokenKind.Possessive) n++;
            if (IsNumberOrWord(n)) n++;
            if (IsAny(n, "members", "allies") || Is(n, "member") && IsAny(n + 1, "states", "countries")) Hit(Ent(o), RelationKind.Member, new[] { onlyOne });
        }
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "one") && Is(k + 1, "of") && Is(k + 2, "the") && Is(k - 1, ",") && CountryAt(k - 2) is { } state)) continue;
            var n = k + 3;
            if (IsNumberOrWord(n)) n++;
            while (IsAny(n, "founding", "original", "last", "remaining", "few", "current", "full")) n++;
            var allies = Is(n, "allies");
            if (!(allies || IsAny(n, "members", "member-states") || Is(n, "member") && IsAny(n + 1, "states", "countries", "nations"))) continue;
            var end = Is(n, "member") ? n + 2 : n + 1;
            // "one of the founding members of the OIC" is read by the member cue; here the organisation is the sentence's.
            if (Is(end, "of")) continue;
            // "one of the last allies to hold out", "one of the 53 member states,".
            if (!(IsAny(end, ",", "to", "that", "which", "who") || end >= _v.Count)) continue;
            var org = SentenceOrganizationOr(OrgFor(n));
            if (org >= 0) Hit(org, RelationKind.Member, new[] { state });
        }
        // "Thailand, one of ASEAN's five founding members and this year's chair, did much of the groundwork": the organisation
        // named with a possessive.
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "one") && Is(k + 1, "of") && Is(k - 1, ",") && CountryAt(k - 2) is { } state && M(k + 2) is { Type: MentionType.Organization } om && om.Entity >= 0)) continue;
            var n = k + 2;
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            if (T(n + 1).Kind != TokenKind.Possessive) continue;
            n += 2;
            if (IsNumberOrWord(n)) n++;
            while (IsAny(n, "founding", "original", "full", "fellow")) n++;
            if (!(IsAny(n, "members", "member-states", "allies") || Is(n, "member") && IsAny(n + 1, "states", "countries", "nations"))) continue;
            var end = Is(n, "member") ? n + 2 : n + 1;
            if (end < _v.Count && !IsAny(end, ",", "and", ".", "to", "that", "which", "who")) continue;
            Hit(OwnerOf(om.Entity), RelationKind.Member, new[] { state });
        }
    }

    /// <summary>This sentence or the one before speaks of accession ("candidate", "accession", "membership", "enlargement").</summary>
    private bool AccessionContext()
    {
        var from = _sentence > 0 ? _doc.Sentences[_sentence - 1].FirstToken : _doc.Sentences[_sentence].FirstToken;
        for (var i = from; i <= _doc.Sentences[_sentence].LastToken; i++)
        {
            var t = _t[i];
            if (t.IsWord && (t.IsIgnoreCase("accession") || t.IsIgnoreCase("candidate") || t.IsIgnoreCase("candidates") || t.IsIgnoreCase("membership") || t.IsIgnoreCase("enlargement"))) return true;
        }
        return false;
    }

    /// <summary>"India and three other members of SAARC, Bangladesh, Bhutan and Afghanistan,": the state before "and" too.</summary>
    private void AndOtherMembers()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "other") && IsAny(k + 1, "members", "allies") && Is(k + 2, "of"))) continue;
            var and = IsNumberOrWord(k - 1) ? k - 2 : k - 1;
            if (!Is(and, "and") || CountryAt(and - 1) is null) continue;
            var org = NamedOrganizationAt(k + 3, out _);
            if (org < 0) continue;
            Hit(org, RelationKind.Member, ReadListBackward(and - 1, out _, stopAtPreposition: true));
        }
        // "police from New Zealand and the other Pacific Islands Forum members": the organisation before the noun.
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "other") || M(k + 1) is not { Type: MentionType.Organization } om || om.Entity < 0 || T(k + 1).IsWord && !T(k + 1).IsCapitalized) continue;
            var n = k + 1;
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            if (!(IsAny(n + 1, "members", "allies", "member-states") || Is(n + 1, "member") && IsAny(n + 2, "states", "countries"))) continue;
            var the = Is(k - 1, "the") ? k - 1 : k;
            var and = IsNumberOrWord(the - 1) ? the - 2 : the - 1;
            if (!Is(and, "and") || CountryAt(and - 1) is null || _er.Orgs[om.Entity].IsInstitution) continue;
            // "police from New Zealand and the other ... members": the list may be a preposition's object.
            Hit(om.Entity, RelationKind.Member, ReadListBackward(and - 1, out _, stopAtPreposition: false));
        }
    }

    /// <summary>
    /// "Thailand saw itself as a bridge between BRICS and the Association of Southeast Asian Nations, of which it is a
    /// member": "it" is the state the clause before was about.
    /// </summary>
    private void OfWhichItIsAMember()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            // "the Intergovernmental Authority on Development (IGAD), the eight-member regional bloc of which both Ethiopia
            // and Sudan are members": the organisation the description is in apposition to.
            // ("the European Free Trade Association, a seven-nation group of which Britain is a member": one state.)
            if (Is(k, "of") && Is(k + 1, "which") && (CountryAt(k + 2) is not null || IsAny(k + 2, "both", "all") && CountryAt(k + 3) is not null)
                && ReadList(IsAny(k + 2, "both", "all") ? k + 3 : k + 2, out var whichEnd) is { Count: > 0 } whichStates && IsAny(whichEnd + 1, "are", "were", "is")
                && (IsAny(whichEnd + 2, "members", "member") || IsAny(whichEnd + 2, "a", "an") && IsAny(whichEnd + 3, "member") && IsAny(whichEnd + 4, ",", ".", ";")) && T(k - 1).IsWord && OrganizationWords.IsGenericNoun(W(k - 1)))
            {
                var comma = k - 2;
                while (comma > 0 && comma >= k - 6 && !Is(comma, ",")) comma--;
                var o2 = comma - 1;
                if (Is(o2, ")") && Is(o2 - 2, "(")) o2 -= 3;
                if (Is(comma, ",") && M(o2) is { Type: MentionType.Organization } described && described.Entity >= 0) Hit(described.Entity, RelationKind.Member, whichStates);
                continue;
            }
            // "the Council of Europe, the continent's human rights body, of which Ireland was one of the founding members": the
            // organisation the relative clause (over an apposition) hangs on.
            if (Is(k, "of") && Is(k + 1, "which") && Is(k - 1, ",") && CountryAt(k + 2) is not null && ReadList(k + 2, out var ofWhichEnd) is { Count: > 0 } ofWhich
                && (IsAny(ofWhichEnd + 1, "is", "was", "are", "were") || IsAny(ofWhichEnd + 1, "has", "have", "had") && Is(ofWhichEnd + 2, "been")))
            {
                // "of which Indonesia is the only Southeast Asian member", "of which Sudan has been a member since 1956".
                var m = Is(ofWhichEnd + 2, "been") ? ofWhichEnd + 3 : ofWhichEnd + 2;
                var limit = m + 6;
                while (m < limit && m < _v.Count && T(m).IsWord && !IsAny(m, "member", "members", "not", "never", "no")) m++;
                if (IsAny(m, "member", "members"))
                {
                    var o3 = k - 2;
                    if (Is(o3, ")") && Is(o3 - 2, "(")) o3 -= 3;
                    // "The league, of which Iraq is a founding member,": a generic noun for the organisation.
                    // ("the 21-member Asia-Pacific Economic Cooperation (APEC) forum, of which ...": the name before the noun.)
                    var nameBefore = Is(o3 - 1, ")") && Is(o3 - 3, "(") ? o3 - 4 : o3 - 1;
                    if (T(o3).IsWord && !T(o3).IsCapitalized && OrganizationWords.IsGenericNoun(W(o3)) && M(nameBefore) is { Type: MentionType.Organization, Entity: >= 0 } before && T(nameBefore).IsCapitalized)
                    {
                        Hit(before.Entity, RelationKind.Member, ofWhich);
                        continue;
                    }
                    if (M(o3) is { Type: MentionType.Organization } generic && generic.Entity >= 0 && T(o3).IsWord && !T(o3).IsCapitalized && OrganizationWords.IsGenericNoun(W(o3)))
                    {
                        if (Generic(W(o3)) is var meant && meant >= 0) Hit(meant, RelationKind.Member, ofWhich);
                        continue;
                    }
                    if (M(o3) is not { Type: MentionType.Organization } named || !_t[named.First].IsCapitalized)
                    {
                        var c = k - 2;
                        while (c > 0 && c >= k - 9 && !Is(c, ",")) c--;
                        o3 = Is(c, ",") && Is(c + 1, "the") ? c - 1 : -1;
                        if (Is(o3, ")") && Is(o3 - 2, "(")) o3 -= 3;
                    }
                    if (M(o3) is { Type: MentionType.Organization } hangs && hangs.Entity >= 0 && _t[hangs.First].IsCapitalized) Hit(OwnerOf(hangs.Entity), RelationKind.Member, ofWhich);
                    continue;
                }
            }
            // "exclude Russia from the Group of 20 (G20), of which it remains a member": so too "remains".
            if (!(Is(k, "of") && Is(k + 1, "which") && Is(k + 2, "it") && IsAny(k + 3, "is", "was", "remains", "remained") && Is(k - 1, ","))) continue;
            var a = k + 4;
            while (IsAny(a, "also", "still", "now", "a", "an", "full", "founding")) a++;
            if (!Is(a, "member")) continue;
            var o = k - 2;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var start = o;
            while (start > 0 && M(start - 1) == om) start--;
            for (var b = start - 1; b >= 0; b--)
            {
                if (CountryAt(b) is { } it && !it.Possessive) { Hit(om.Entity, RelationKind.Member, new[] { it }); break; }
            }
        }
    }

    /// <summary>
    /// "Chile returned as an associate member the same year, and the four Mercosur countries, Argentina, Brazil, Paraguay
    /// and Uruguay, also have associate status": associates, read as partners.
    /// </summary>
    private void AssociateStatus()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!Is(k, "associate")) continue;
            if (IsAny(k + 1, "status", "membership") && IsAny(k - 1, "have", "has", "hold", "holds", "enjoy", "enjoys", "had", "held"))
            {
                var v = k - 1;
                var holders = Subject(v, out var notHolding, out _);
                if (notHolding || holders.Count == 0) continue;
                var org = OrgFor(k + 1);
                if (org >= 0) Hit(org, RelationKind.DialoguePartner, holders);
                continue;
            }
            if (Is(k + 1, "member") && IsAny(k - 1, "an", "a") && Is(k - 2, "as") && IsAny(k - 3, "returned", "rejoined", "readmitted", "joined", "admitted", "back"))
            {
                var v = Is(k - 3, "back") && IsAny(k - 4, "came", "comes") ? k - 4 : k - 3;
                var associates = Subject(v, out var notAssociate, out _);
                if (notAssociate || associates.Count == 0) continue;
                var org = OrgFor(k + 1);
                if (org >= 0) Hit(org, RelationKind.DialoguePartner, associates);
            }
        }
    }

    /// <summary>
    /// "The Cartagena Agreement created what was then known as the Andean Pact, with Bolivia, Chile, Colombia, Ecuador and
    /// Peru as its founders": the founders of the organisation the clause names.
    /// </summary>
    private void WithListAsItsFounders()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "with") || !(CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null)) continue;
            var founders = ReadList(k + 1, out var end);
            if (founders.Count < 2 || !Is(end + 1, "as") || !IsAny(end + 2, "its", "the")) continue;
            var n = end + 3;
            if (IsAny(n, "original", "first")) n++;
            if (!(IsAny(n, "founders", "members") || Is(n, "founding") && IsAny(n + 1, "members", "states"))) continue;
            var org = -1;
            for (var b = k - 1; b >= 0 && org < 0; b--)
            {
                if (M(b) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0 && !_er.Orgs[om.Entity].IsInstitution) org = om.Entity;
                else if (T(b).IsWord && !T(b).IsCapitalized && OrganizationWords.IsGenericNoun(W(b)) && Is(b - 1, "the")) org = Generic(W(b));
            }
            if (org < 0) org = _main;
            if (org >= 0) Hit(org, RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>"Turkmenistan ... downgraded itself to an associate member in 2005": an associate, read as a partner.</summary>
    private void DowngradedToAssociate()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "downgraded", "downgrades", "downgrading")) continue;
            var a = k + 1;
            if (IsAny(a, "itself", "themselves")) a++;
            else if (IsAny(a, "its", "their") && IsAny(a + 1, "status", "membership")) a += 2;
            if (!Is(a, "to")) continue;
            a++;
            // "downgraded its status to that of an associate member"
            if (Is(a, "that") && Is(a + 1, "of")) a += 2;
            if (IsAny(a, "an", "a")) a++;
            if (!(IsAny(a, "associate", "associated") && IsAny(a + 1, "member", "membership", "status"))) continue;
            var subject = Subject(k, out var negated, out _);
            var org = OrgFor(a + 1);
            if (!negated && subject.Count > 0 && org >= 0) Hit(org, RelationKind.DialoguePartner, subject);
        }
    }

    /// <summary>
    /// The body named before ", a regional body set up under X," when the comma at <paramref name="comma"/> closes that
    /// apposition (a noun of bodies, a participle, a preposition and another body's name); else -1.
    /// </summary>
    private int SetUpUnderInApposition(int comma)
    {
        var b = comma - 1;
        while (b > 0 && M(b) is { Type: MentionType.Organization } && M(b - 1) == M(b)) b--;
        if (M(b) is not { Type: MentionType.Organization }) return -1;
        if (Is(b - 1, "the")) b--;
        if (!IsAny(b - 1, "under", "within", "by", "of")) return -1;
        var p = b - 2;
        if (Is(p, "up") && IsAny(p - 1, "set")) p--;
        if (!IsAny(p, "set", "created", "established", "founded", "launched", "formed")) return -1;
        return T(p - 1).IsWord && OrganizationWords.IsGenericNoun(W(p - 1)) ? ApposedOrganization(p - 1, anyArticle: true) : -1;
    }

    /// <summary>
    /// "IGAD, the eight-member regional bloc whose members also include Sudan's neighbours Ethiopia and South Sudan": the
    /// states named, and with "also" the state whose neighbours they are.
    /// </summary>
    private void WhoseMembersInclude()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "whose") && IsAny(k + 1, "members", "member-states"))) continue;
            var v = k + 2;
            var also = Is(v, "also");
            if (also) v++;
            // "The G20, whose members range from the US and China to Argentina, Saudi Arabia and South Africa": both ends.
            if (IsAny(v, "range", "ranged", "stretch", "run") && Is(v + 1, "from") && ReadList(v + 2, out var fromEnd) is { Count: > 0 } rangeFrom && Is(fromEnd + 1, "to")
                && ReadList(fromEnd + 2, out _) is { Count: > 0 } rangeTo)
            {
                var ranged = -1;
                for (var b = k - 1; b >= 0 && b >= k - 12 && ranged < 0; b--) if (M(b) is { Type: MentionType.Organization, Entity: >= 0 }) ranged = Ent(b);
                if (ranged >= 0 && !_er.Orgs[ranged].IsInstitution) { Hit(ranged, RelationKind.Member, rangeFrom); Hit(ranged, RelationKind.Member, rangeTo); }
                continue;
            }
            if (!IsAny(v, "include", "includes", "included")) continue;
            var org = -1;
            for (var b = k - 1; b >= 0 && b >= k - 12 && org < 0; b--) if (M(b) is { Type: MentionType.Organization, Entity: >= 0 }) org = Ent(b);
            // "the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-member trade pact whose
            // members include Mexico, ...": the organisation the described apposition stands for, not the one the noun would be.
            if (T(k - 1).IsWord && !T(k - 1).IsCapitalized && OrganizationWords.IsGenericNoun(W(k - 1)))
            {
                var d = k - 2;
                while (d > 0 && d >= k - 7 && !Is(d, ",") && (T(d).IsWord && !T(d).IsCapitalized || IsSizeWord(d))) d--;
                if (Is(d, ",") && IsAny(d + 1, "the", "a", "an") && NamedBeforeComma(d, capitalizedOnly: true) is var described && described >= 0) org = described;
            }
            // "the Zentral Fisheries Commission (ZFC), a separate regional body set up under the Food and Agriculture
            // Organization, whose members include ...": the body the apposition describes, not the one its participle names.
            if (org >= 0 && Is(k - 1, ",") && SetUpUnderInApposition(k - 1) is var describedBody && describedBody >= 0) org = describedBody;
            if (org < 0) continue;
            var a = v + 1;
            Mention? owner = null;
            if (CountryAt(a) is { } o && T(a + 1).Kind == TokenKind.Possessive) { owner = o; a += 2; }
            else if (CountryAt(a) is { } o2 && M(a + 1) == o2 && T(a + 2).Kind == TokenKind.Possessive) { owner = o2; a += 3; }
            if (owner is not null) while (a < _v.Count && a <= v + 6 && T(a).IsWord && !T(a).IsCapitalized && CountryAt(a) is null) a++;
            // "whose members include its neighbors Mali, Côte d'Ivoire and Senegal": over who they are to the subject.
            else if (IsAny(a, "its", "their") && IsAny(a + 1, "neighbors", "neighbours", "partners", "allies", "rivals")) a += 2;
            var list = ReadList(a, out _);
            if (list.Count == 0) continue;
            Hit(org, RelationKind.Member, list);
            if (also && owner is not null) Hit(org, RelationKind.Member, new[] { owner });
        }
    }

    /// <summary>
    /// "Namibia shares the Southern African Customs Union (SACU) with Botswana, Eswatini, Lesotho and South Africa";
    /// "Among those that have applied are Iran, Argentina, Algeria and Egypt"; "X and Y are among the ZTO's dialogue
    /// partners".
    /// </summary>
    private void SharesAndApplicants()
    {
        for (var k = 0; k + 3 < _v.Count; k++)
        {
            if (IsAny(k, "shares", "share", "shared") && NamedOrganizationAt(k + 1, out var sharedEnd) is var shared && shared >= 0)
            {
                var w = AfterAcronym(sharedEnd);
                if (Is(w, "with") && ReadList(w + 1, out _) is { Count: > 0 } sharers && Subject(k, out var notShared, out _) is { Count: > 0 } sharer && !notShared)
                {
                    Hit(shared, RelationKind.Member, sharer);
                    Hit(shared, RelationKind.Member, sharers);
                }
                continue;
            }
            // "Six countries could not vote because they are suspended from the AU after military takeovers: A, B, ...".
            if (Is(k, "suspended") && Is(k + 1, "from") && JoinsAnOrganization(k + 1, out var suspendedFrom) && suspendedFrom >= 0)
            {
                for (var c = k + 2; c < _v.Count && c <= k + 10; c++)
                {
                    if (IsAny(c, ";", ".")) break;
                    if (Is(c, ":") && ReadList(c + 1, out _) is { Count: > 0 } suspendedStates) { Hit(suspendedFrom, RelationKind.Member, suspendedStates); break; }
                }
                continue;
            }
            // "Ukraine, Moldova and Turkey are official candidates for EU membership": on their way in.
            if (IsAny(k, "candidates", "candidate") && Is(k + 1, "for") && NamedOrganizationAt(k + 2, out var forEnd) is var candidateOf && candidateOf >= 0 && IsAny(forEnd, "membership", "accession"))
            {
                var be = k - 1;
                while (IsAny(be, "official", "formal", "recognised", "recognized", "all", "also", "now", "still")) be--;
                if (IsAny(be, "are", "is", "were", "was", "remain", "remains") && Subject(be, out var notCandidate, out _) is { Count: > 0 } candidates && !notCandidate) Hit(candidateOf, RelationKind.Joining, candidates);
                continue;
            }
            // "Among those that have applied are Iran, ...": candidates of the organisation of the article.
            if (k == 0 && Is(0, "among") && IsAny(1, "those", "the") && IsAny(2, "that", "who", "which", "countries", "states") )
            {
                for (var a = 2; a < _v.Count && a <= 8; a++)
                {
                    if (!(IsAny(a, "are", "were") && IsAny(a - 1, "applied", "apply", "join", "membership", "candidates"))) continue;
                    var into = SentenceOrganizationOr(OrgFor(a));
                    if (into >= 0 && ReadList(a + 1, out _) is { Count: > 0 } applicants) Hit(into, RelationKind.Joining, applicants);
                    break;
                }
                continue;
            }
            // "The State of Qatar and the Kingdom of Saudi Arabia are among the ZTO's dialogue partners".
            // "... are among the association's dialogue partners": a generic noun for the organisation too.
            // ("Spain and China are among the OAS's permanent observers": over a word that sorts them.)
            if (Is(k, "among") && IsAny(k - 1, "are", "is", "were", "was") && AmongOrganization(k + 1, out var amongEnd) is var amongOf && amongOf >= 0
                && T(amongEnd).Kind == TokenKind.Possessive && (IsAny(amongEnd + 1, "permanent", "full", "founding", "official") ? amongEnd + 2 : amongEnd + 1) is var amongNoun
                && (Is(amongNoun, "dialogue") && IsAny(amongNoun + 1, "partners") || IsAny(amongNoun, "observers", "members"))
                && Subject(k - 1, out var notAmong, out _) is { Count: > 0 } amongStates && !notAmong)
            {
                var kind = IsAny(amongNoun, "observers") ? RelationKind.Observer : IsAny(amongNoun, "members") ? RelationKind.Member : RelationKind.DialoguePartner;
                Hit(amongOf, kind, amongStates);
            }
            // "New Zealand and Australia are the only developed economies among the 18 members of the Pacific Islands
            // Forum": a description of the subject among the members.
            if (Is(k, "among") && Is(k + 1, "the") && IsNumberOrWord(k + 2) && Is(k + 3, "members") && Is(k + 4, "of") && NamedOrganizationAt(k + 5, out _) is var describedAmong && describedAmong >= 0)
            {
                var be = k - 1;
                while (be > 0 && be >= k - 6 && !IsAny(be, "are", "is", "were", "was", ",", ";")) be--;
                if (IsAny(be, "are", "is", "were", "was") && IsAny(be + 1, "the", "a", "an") && Subject(be, out var notDescribed, out _) is { Count: > 0 } described && !notDescribed)
                    Hit(describedAmong, RelationKind.Member, described);
            }
            // "Saudi Arabia, the UAE and Qatar are among the six GCC states the visa is expected to cover. So are Kuwait,
            // Bahrain and Oman": the counted states of the organisation.
            if (Is(k, "among") && IsAny(k - 1, "are", "were") && Is(k + 1, "the") && IsNumberOrWord(k + 2) && M(k + 3) is { Type: MentionType.Organization } countedOrg && countedOrg.Entity >= 0)
            {
                var e = k + 3;
                while (e + 1 < _v.Count && M(e + 1) == countedOrg) e++;
                if (IsAny(e + 1, "states", "countries", "nations", "members") && Subject(k - 1, out var notCounted, out _) is { Count: > 0 } counted && !notCounted)
                {
                    Hit(countedOrg.Entity, RelationKind.Member, counted);
                    _soAre = countedOrg.Entity;
                    _soAreSentence = _sentence;
                }
            }
        }
    }

    /// <summary>
    /// "Australia was also among the 13 countries that signed up to the Indo-Pacific Economic Framework": one of the
    /// states that joined it, and how many they are.
    /// </summary>
    private void AmongTheCountriesThatJoined()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "among") && Is(k + 1, "the"))) continue;
            var be = IsAny(k - 1, "also", "now", "all") ? k - 2 : k - 1;
            if (!IsAny(be, "is", "was", "are", "were")) continue;
            var q = k + 2;
            var counted = IsNumberOrWord(q) ? q++ : -1;
            if (!IsAny(q, "countries", "states", "nations", "economies")) continue;
            // "China and Brazil are among the 17 countries with observer status": observers of the organisation in question.
            if (Is(q + 1, "with") && (IsAny(q + 2, "observer") || IsAny(q + 2, "partner") || Is(q + 2, "dialogue") && Is(q + 3, "partner")) && IsAny(Is(q + 2, "dialogue") ? q + 4 : q + 3, "status"))
            {
                var holders = Subject(be, out var notHolders, out _);
                var of = SentenceOrganizationOr(OrgFor(q + 2));
                if (notHolders || holders.Count == 0 || of < 0) return;
                var statusKind = Is(q + 2, "observer") ? RelationKind.Observer : RelationKind.DialoguePartner;
                Hit(of, statusKind, holders);
                if (counted >= 0 && NumberWords.TryParse(W(counted), out var statusCount) && statusCount > holders.Count) Count(of, statusKind, statusCount, counted);
                return;
            }
            if (!IsAny(q + 1, "that", "which", "to")) continue;
            var v = q + 2;
            if (IsAny(v, "have", "had")) v++;
            var into = -1;
            if (IsAny(v, "signed") && IsAny(v + 1, "up", "on") && Is(v + 2, "to")) into = NamedOrganizationAt(v + 3, out _);
            else if (IsAny(v, "joined", "join", "signed", "founded")) into = NamedOrganizationAt(v + 1, out _);
            if (into < 0) return;
            var states = Subject(be, out var notAmong, out _);
            if (notAmong || states.Count == 0) return;
            Hit(into, RelationKind.Member, states);
            // "Syria was among the countries that founded the Arab League in Cairo in 1945, along with Egypt, Iraq, ..."
            for (var a = v + 2; a + 1 < _v.Count && a <= v + 16; a++)
            {
                if (IsAny(a, ";", ".")) break;
                if (Is(a, ",") && AlongWith(a + 1) is var along && along > 0) { Hit(into, RelationKind.Member, ReadList(along, out _)); break; }
            }
            if (counted >= 0 && NumberWords.TryParse(W(counted), out var n) && n > states.Count) Count(into, RelationKind.Member, n, counted);
            return;
        }
    }

    /// <summary>The organisation a sentence just gave counted members ("are among the six GCC states"), for a "So are A, B and C" after it.</summary>
    private int _soAre = -1;
    private int _soAreSentence = -1;

    /// <summary>The organisation a possessive after "among" names: "the ZTO's", "the association's" (its end in <paramref name="end"/>).</summary>
    private int AmongOrganization(int p, out int end)
    {
        var named = NamedOrganizationAt(p, out end);
        if (named >= 0) return named;
        if (Is(p, "the") && T(p + 1).IsWord && OrganizationWords.IsGenericNoun(W(p + 1)) && T(p + 2).Kind == TokenKind.Possessive)
        {
            end = p + 2;
            return Generic(W(p + 1));
        }
        return -1;
    }

    /// <summary>
    /// "have formed their own Alliance of Sahel States"; "Kenya, Tanzania and Uganda, which founded the community,";
    /// "the Quad, its grouping with the United States, Japan and Australia"; "Rwanda joined the EAC, with Burundi, in 2007";
    /// "Pakistan and South Africa left and later returned" (members again); "has withdrawn the country's membership of the
    /// Commonwealth" (out).
    /// </summary>
    private void FoundingAndReturning()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (IsAny(k, "formed", "founded", "created", "launched") && IsAny(k + 1, "their", "its") && Is(k + 2, "own") && NamedOrganizationAt(k + 3, out _) is var ownOrg && ownOrg >= 0)
            {
                var founders = Subject(k, out var notFounded, out _);
                if (founders.Count == 0 && IsAny(k - 1, "have", "has") && Is(k - 2, "and") && OpenerList() is { } opener) { founders = opener; notFounded = false; }
                if (!notFounded && founders.Count > 0) Hit(ownOrg, RelationKind.Member, founders);
                continue;
            }
            if (IsAny(k, "founded", "created", "established") && Is(k - 1, "which") && Is(k - 2, ",") && CountryAt(k - 3) is not null && NamedOrganizationAt(k + 1, out _) is var foundedOrg && foundedOrg >= 0)
            {
                Hit(foundedOrg, RelationKind.Member, ReadListBackward(k - 3, out _, stopAtPreposition: false));
                continue;
            }
            if (IsAny(k, "founded", "created", "established") && Is(k - 1, "which") && Is(k - 2, ",") && CountryAt(k - 3) is not null && Is(k + 1, "the") && T(k + 2).IsWord && OrganizationWords.IsGenericNoun(W(k + 2)))
            {
                var generic = Generic(W(k + 2));
                if (generic >= 0) Hit(generic, RelationKind.Member, ReadListBackward(k - 3, out _, stopAtPreposition: false));
                continue;
            }
            // "the Quad, its grouping with the United States, Japan and Australia"
            if (IsAny(k, "its", "their") && Is(k - 1, ",") && IsAny(k + 1, "grouping", "group", "partnership", "alliance", "bloc", "pact") && Is(k + 2, "with"))
            {
                var o = k - 2;
                if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
                if (M(o) is { Type: MentionType.Organization } grouped && grouped.Entity >= 0 && ReadList(k + 3, out _) is { Count: > 0 } others)
                {
                    Hit(grouped.Entity, RelationKind.Member, others);
                    // "its": the state the sentence is about.
                    if (OpenerList() is { Count: 1 } own) Hit(grouped.Entity, RelationKind.Member, own);
                }
                continue;
            }
            // "Rwanda joined the East African Community, with Burundi, in 2007."
            if (IsAny(k, "joined") && NamedOrganizationAt(k + 1, out var joinedEnd) is var joinedOrg && joinedOrg >= 0)
            {
                var w = AfterAcronym(joinedEnd);
                if (Is(w, ",") && Is(w + 1, "with") && ReadList(w + 2, out var withEnd) is { Count: > 0 } withThem && Is(withEnd + 1, ",")) Hit(joinedOrg, RelationKind.Member, withThem);
                continue;
            }
            // "Pakistan and South Africa left and later returned": members again.
            if (Is(k, "left") && Is(k + 1, "and") && (IsAny(k + 2, "returned", "rejoined") || IsAny(k + 2, "later", "subsequently") && IsAny(k + 3, "returned", "rejoined"))
                && Subject(k, out var notLeft, out _) is { Count: > 0 } returners && !notLeft)
            {
                var back = SentenceOrganizationOr(OrgFor(k));
                if (back >= 0) Hit(back, RelationKind.Member, returners);
                continue;
            }
            // "it has withdrawn the country's membership of the Commonwealth of Nations with immediate effect"
            if (IsAny(k, "withdrawn", "withdrew", "ended", "renounced") && (Is(k + 1, "its") || Is(k + 1, "the") && IsAny(k + 2, "country") && T(k + 3).Kind == TokenKind.Possessive)
                && IsAny(Is(k + 1, "its") ? k + 2 : k + 4, "membership") && IsAny(Is(k + 1, "its") ? k + 3 : k + 5, "of", "from", "in"))
            {
                var m = Is(k + 1, "its") ? k + 4 : k + 6;
                var outOf = NamedOrganizationAt(m, out _);
                var leaver = OpenerList() ?? (ReportingCountry() is { } rc ? new List<Mention> { rc } : null);
                if (outOf >= 0 && leaver is { Count: > 0 }) Departure(outOf, leaver);
            }
        }
    }

    /// <summary>"The Government of the Gambia has announced that it ...": the state whose government speaks.</summary>
    private Mention? ReportingCountry()
    {
        for (var k = 0; k < _v.Count && k <= 6; k++)
        {
            if (IsAny(k, "government", "Government") && Is(k + 1, "of") && (CountryAt(k + 2) is { } c || Is(k + 2, "the") && CountryAt(k + 3) is { } c2 && (c = c2) is not null)) return c;
        }
        return null;
    }

    /// <summary>"South Sudan ... joins Kenya, Uganda, Tanzania, Rwanda and Burundi.": the states joined are members, and so is the subject.</summary>
    private void JoinsTheMembers()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            // "Egypt, Ethiopia, Iran and the UAE joined the founders Brazil, Russia, India, China and South Africa on January 1".
            if (IsAny(k, "joins", "joined") && Is(k + 1, "the") && IsAny(k + 2, "founders", "founding", "members", "original") && ReadList(IsAny(k + 2, "founding", "original") && IsAny(k + 3, "members") ? k + 4 : k + 3, out _) is { Count: > 1 } founders)
            {
                var newcomers = Subject(k, out var notJoined, out _);
                var into = OrgFor(k);
                if (!notJoined && newcomers.Count > 0 && into >= 0)
                {
                    Hit(into, RelationKind.Member, founders);
                    Hit(into, RelationKind.Member, newcomers);
                }
                continue;
            }
            if (!IsAny(k, "joins", "joined") || CountryAt(k + 1) is null && !(Is(k + 1, "the") && CountryAt(k + 2) is not null)) continue;
            var list = ReadList(k + 1, out var end);
            if (list.Count < 2 || !(end + 1 >= _v.Count || Is(end + 1, ".") || Is(end + 1, "as") && IsAny(end + 2, "members", "member"))) continue;
            var subject = Subject(k, out var negated, out _);
            var org = OrgFor(k);
            if (negated || subject.Count == 0 || org < 0) continue;
            Hit(org, RelationKind.Member, list);
            Hit(org, RelationKind.Member, subject);
        }
    }

    /// <summary>"after Mali, Burkina Faso and Guinea, all three of which have been suspended from ECOWAS": suspended members.</summary>
    private void AllOfWhichSuspended()
    {
        for (var k = 3; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "all") && Is(k - 1, ",") && CountryAt(k - 2) is not null)) continue;
            var a = k + 1;
            if (IsNumberOrWord(a)) a++;
            if (!(Is(a, "of") && IsAny(a + 1, "which", "whom"))) continue;
            a += 2;
            while (IsAny(a, WordsHave11)) a++;
            if (!(Is(a, "suspended") && Is(a + 1, "from"))) continue;
            if (!JoinsAnOrganization(a + 1, out var org) || org < 0) continue;
            Hit(org, RelationKind.Member, ReadListBackward(k - 2, out _, stopAtPreposition: false));
        }
    }

    /// <summary>The one organisation the sentence names (a modifier too: "the eighth BRICS summit") before view position <paramref name="q"/>, or -1.</summary>
    private int NamedBefore(int q)
    {
        var named = -1;
        for (var k = 0; k < q; k++)
        {
            if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First || !T(k).IsCapitalized) continue;
            if (named >= 0 && named != om.Entity) return -1;
            named = om.Entity;
        }
        return named;
    }

    /// <summary>
    /// "Among the member states that backed it were the Netherlands, France, Ireland and Spain", "Of the Arab League's
    /// members, four agreed ...: the UAE, Bahrain, Morocco and Sudan": a sentence opening on the members, naming some.
    /// </summary>
    private void OpeningOnTheMembers()
    {
        if (!IsAny(0, "among", "of")) return;
        // "Of SADC's 14 member states, only South Africa and Botswana ...": a name with its possessive, without "the".
        // ("Among its members are ...": "its" for the body the sentence before named.)
        var n = IsAny(1, "the", "its") ? 2 : 1;
        var named = -1;
        if (M(n) is { Type: MentionType.Organization } om && om.Entity >= 0)
        {
            named = Ent(n);
            while (n + 1 < _v.Count && M(n + 1) == om) n++;
            n++;
            if (T(n).Kind == TokenKind.Possessive) n++;
            else if (!Is(1, "the")) return;
        }
        else if (!IsAny(1, "the", "its")) return;
        if (IsNumberOrWord(n)) n++;
        // "Among the non-regional members are the United States, Japan, ...": one word that says which members.
        if (Is(0, "among") && T(n).IsWord && !T(n).IsCapitalized && !IsAny(n, "members", "member", "allies", "member-states") && IsAny(n + 1, "members", "member-states")) n++;
        // "Among the NATO allies that have already sent weapons are ...": a named alliance's allies too.
        if (!(IsAny(n, "members", "member-states") || Is(n, "member") && IsAny(n + 1, "states", "countries") || Is(n, "allies") && named >= 0)) return;
        var noun = Is(n, "member") ? n + 1 : n;
        var org = named >= 0 ? named : OrgFor(n);
        if (org < 0 && Is(1, "its") && _sentence > 0) org = PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? _main;
        if (org < 0) return;
        // "Of SADC's 14 member states, only South Africa and Botswana have sent soldiers": so too after "of ... only".
        if ((Is(0, "among") || IsAny(noun + 2, "only", "just")) && Is(noun + 1, ","))
        {
            // "Among the UN's 193 member states, only Cuba, North Korea and Monaco now remain outside the IMF": the states
            // after the comma are of those members.
            var at = IsAny(noun + 2, "only", "just") ? noun + 3 : noun + 2;
            if (CountryAt(at) is not null && ReadList(at, out _) is { Count: > 0 } amongThem) Hit(org, RelationKind.Member, amongThem);
            return;
        }
        if (Is(0, "among"))
        {
            // "Among the member states that backed it were A, B and C": the inverted subject.
            for (var k = noun + 1; k < _v.Count && k <= noun + 10; k++)
            {
                if (IsAny(k, ";", ".", ",")) return;
                if (IsAny(k, "were", "are") && ReadList(k + 1, out _) is { Count: > 0 } among) { Hit(org, RelationKind.Member, among); return; }
            }
            return;
        }
        // "Of the Arab League's members, four agreed to ...: A, B, C and D".
        if (!Is(noun + 1, ",")) return;
        // "Of its 33 members, Brazil, Colombia and Chile sent their presidents": the states after the comma, a verb after them.
        if (CountryAt(noun + 2) is not null && ReadList(noun + 2, out var ofEnd) is { Count: > 0 } ofThem && T(ofEnd + 1).IsWord && !T(ofEnd + 1).IsCapitalized
            && !IsAny(ofEnd + 1, "and", "or", "are", "is", "were", "was"))
        {
            Hit(org, RelationKind.Member, ofThem);
            return;
        }
        for (var k = noun + 2; k < _v.Count; k++)
        {
            if (IsAny(k, ";", ".")) return;
            if (Is(k, ":") && ReadList(k + 1, out _) is { Count: > 0 } some) { Hit(org, RelationKind.Member, some); return; }
        }
    }

    /// <summary>
    /// More ways of naming members: "the Southern African Customs Union (SACU), which it forms with A, B, C and D" (and
    /// "it"); "has expanded since 2024 to include A, B, ..."; "Four of the six GCC states, A, B, C and D,"; "Angola and
    /// Nigeria, both African members of OPEC,"; "have grouped themselves into the Alliance of Sahel States".
    /// </summary>
    private void MoreMemberPhrasings()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            // "..., which it forms with Botswana, Lesotho, Namibia and Eswatini"
            if (IsAny(k, "forms", "formed") && Is(k + 1, "with") && (Is(k - 1, "it") && Is(k - 2, "which") || CountryAt(k - 1) is not null && Is(k - 2, "which")) && Is(k - 3, ","))
            {
                var o = k - 4;
                if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
                if (M(o) is { Type: MentionType.Organization } formed && formed.Entity >= 0 && ReadList(k + 2, out _) is { Count: > 0 } partners)
                {
                    Hit(formed.Entity, RelationKind.Member, partners);
                    if (CountryAt(k - 1) is { } named) Hit(formed.Entity, RelationKind.Member, new[] { named });
                    else if (OpenerList() is { } it) Hit(formed.Entity, RelationKind.Member, it);
                }
                continue;
            }
            // "has expanded since 2024 to include Egypt, Ethiopia, ..."
            // ("The ZTO, which groups A, B and C, expanded last year to include D", "added D in 2010 and expanded this year to
            // include E": over the subject's clause, or a first verb.)
            // ("It has since grown to include countries such as the Marshall Islands, ...": "since" and the examples' noun.)
            if (IsAny(k, "expanded", "grown", "grew", "enlarged") && (IsAny(k - 1, "has", "have", "had", "was", "which", "and") || Is(k - 1, "since") && IsAny(k - 2, "has", "have", "had")
                || Is(k - 1, ",") && SentenceSubjectOrganization() >= 0))
            {
                var a = k + 1;
                while (a < _v.Count && a <= k + 4 && !Is(a, "to") && !IsAny(a, ",", ";", ".")) a++;
                var includedAt = IsAny(a + 2, "countries", "states", "nations", "members") && Is(a + 3, "such") && Is(a + 4, "as") ? a + 5 : a + 2;
                if (Is(a, "to") && Is(a + 1, "include") && ReadList(includedAt, out _) is { Count: > 0 } included)
                {
                    var org = SentenceSubjectOrganization();
                    if (org < 0) org = OrgFor(k);
                    if (org >= 0) Hit(org, RelationKind.Member, included);
                }
                continue;
            }
            // "Four of the six GCC states, Saudi Arabia, the UAE, Kuwait and Oman,"; "Saudi Arabia, Kuwait and Qatar, three of the six
            // ZTO states,": the states named before, in apposition.
            if (Is(k, "of") && IsNumberOrWord(k - 1) && Is(k + 1, "the") && IsNumberOrWord(k + 2) && M(k + 3) is { Type: MentionType.Organization } sixOf && sixOf.Entity >= 0 && T(k + 3).IsCapitalized)
            {
                var n = k + 3;
                while (n + 1 < _v.Count && M(n + 1) == sixOf) n++;
                n = AfterAcronym(n + 1);
                if (IsAny(n, "states", "members", "countries", "nations") && Is(n + 1, ",") && ReadList(n + 2, out var someEnd) is { Count: > 0 } some && Is(someEnd + 1, ","))
                {
                    Hit(sixOf.Entity, RelationKind.Member, some);
                }
                else if (IsAny(n, "states", "members", "countries", "nations") && IsAny(n + 1, ",", ".", ";") && Is(k - 2, ",") && CountryAt(k - 3) is not null
                    && ReadListBackward(k - 3, out _, stopAtPreposition: false) is { Count: > 1 } apposed && NumberWords.TryParse(W(k - 1), out var part) && part == apposed.Count)
                {
                    Hit(sixOf.Entity, RelationKind.Member, apposed);
                }
                continue;
            }
            // "the parliaments of the EU's 28 member states, some of which, like France and Ireland, have farm lobbies"
            if (Is(k, "some") && Is(k + 1, "of") && Is(k + 2, "which") && Is(k + 3, ",") && Is(k + 4, "like") && Is(k - 1, ",")
                && (IsAny(k - 2, "members") || IsAny(k - 2, "states", "countries") && Is(k - 3, "member")) && ReadList(k + 5, out _) is { Count: > 0 } someOf)
            {
                var of = OrgFor(Is(k - 2, "members") ? k - 2 : k - 3);
                if (of >= 0) Hit(of, RelationKind.Member, someOf);
                continue;
            }
            // "Angola and Nigeria, both African members of OPEC,"
            if (IsAny(k, "both", "all") && Is(k - 1, ",") && CountryAt(k - 2) is not null)
            {
                var a = k + 1;
                if (T(a).IsWord && !IsAny(a, "members", "member") && IsAny(a + 1, "members")) a++;
                if (IsAny(a, "members") && Is(a + 1, "of") && NamedOrganizationAt(a + 2, out _) is var bothOf && bothOf >= 0)
                {
                    Hit(bothOf, RelationKind.Member, ReadListBackward(k - 2, out _, stopAtPreposition: false));
                }
                continue;
            }
            // "the leaders of Argentina, Turkey, Jamaica and other countries that are not members of BRICS"
            if (Is(k, "other") && Is(k - 1, "and") && CountryAt(k - 2) is not null && IsAny(k + 1, "countries", "states", "nations") && IsAny(k + 2, "that", "which")
                && IsAny(k + 3, "are", "were") && IsAny(k + 4, "not", "n't") && IsAny(k + 5, "members", "part") && Is(k + 6, "of") && NamedOrganizationAt(k + 7, out _) is var notOf && notOf >= 0)
            {
                Hit(notOf, RelationKind.NonMember, ReadListBackward(k - 2, out _, stopAtPreposition: false));
                continue;
            }
            // "Japan, a dialogue partner of ASEAN but not a member,": outside it too.
            if (Is(k, "but") && Is(k + 1, "not") && IsAny(k + 2, "a", "an") && Is(k + 3, "member") && (k + 4 >= _v.Count || IsAny(k + 4, ",", ".", ";")))
            {
                var notMemberOf = -1;
                var b = k - 1;
                for (; b > 1 && b >= k - 8; b--)
                {
                    if (notMemberOf < 0 && M(b) is { Type: MentionType.Organization } om2 && om2.Entity >= 0) notMemberOf = Ent(b);
                    if (IsAny(b, "a", "an") && Is(b - 1, ",")) break;
                }
                if (notMemberOf >= 0 && IsAny(b, "a", "an") && Is(b - 1, ",") && CountryAt(b - 2) is { } partnerOnly) Hit(notMemberOf, RelationKind.NonMember, new[] { partnerOnly });
                continue;
            }
            // "BRICS is a grouping of five major emerging economies: Brazil, Russia, India, China and South Africa."
            if (IsAny(k, WordsGrouping9) && Is(k + 1, "of") && IsAny(k - 1, "a", "an") && IsAny(k - 2, "is", "was"))
            {
                for (var c = k + 2; c < _v.Count && c <= k + 9; c++)
                {
                    if (IsAny(c, ",", ";", ".")) break;
                    if (!Is(c, ":")) continue;
                    var org = SentenceSubjectOrganization();
                    if (org >= 0 && ReadList(c + 1, out _) is { Count: > 0 } grouped) Hit(org, RelationKind.Member, grouped);
                    break;
                }
                continue;
            }
            // "... and have grouped themselves into the Alliance of Sahel States (AES)"
            if (IsAny(k, "grouped", "organised", "organized", "banded") && IsAny(k + 1, "themselves") && IsAny(k + 2, "into", "in") && NamedOrganizationAt(k + 3, out _) is var groupedInto && groupedInto >= 0)
            {
                var grouped = Subject(k, out var notGrouped, out _);
                if (grouped.Count == 0 && IsAny(k - 1, "have", "has") && IsAny(k - 2, "and") && OpenerList() is { } opener) { grouped = opener; notGrouped = false; }
                if (!notGrouped && grouped.Count > 0) Hit(groupedInto, RelationKind.Member, grouped);
            }
        }
    }

    /// <summary>
    /// "Neither is Djibouti.", "Libya and Mauritania are not members either.": outside the organisation the sentence before
    /// said others were outside of.
    /// </summary>
    private void NeitherIsEither()
    {
        var last = _v.Count - 1;
        if (Is(last, ".")) last--;
        var neither = (IsAny(0, "neither", "nor") && IsAny(1, "is", "are", "was", "were")) ? 2 : -1;
        var either = Is(last, "either") && (IsAny(last - 1, "members", "member") && IsAny(last - 2, "not", "n't") || IsAny(last - 1, "not", "n't"));
        if (neither < 0 && !either) return;
        var org = -1;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            if (Relations[i].Sentence != _sentence - 1 || Relations[i].Kind != RelationKind.NonMember) continue;
            if (org >= 0 && org != Relations[i].Org) return;
            org = Relations[i].Org;
        }
        if (org < 0) return;
        if (neither > 0 && ReadList(neither, out var end) is { Count: > 0 } alsoOut && end >= last) Hit(org, RelationKind.NonMember, alsoOut);
        else if (either && ReadList(Is(0, "the") ? 1 : 0, out var subjectEnd) is { Count: > 0 } outToo && IsAny(subjectEnd + 1, "are", "is", "were", "was")) Hit(org, RelationKind.NonMember, outToo);
    }

    /// <summary>
    /// "The council was founded in 1996 as a forum for the eight countries with territory above the Arctic Circle:
    /// Canada, Denmark, ...": the counted states of the subject's description, listed after a colon, are its members.
    /// </summary>
    private void ForTheCountedStates()
    {
        var org = NamedOrganizationAt(0, out var subjectEnd);
        if (org < 0 && Is(0, "the") && T(1).IsWord && !T(1).IsCapitalized && OrganizationWords.IsGenericNoun(W(1)) && IsAny(2, "was", "is", "has", "had")) org = Generic(W(1));
        if (org < 0) return;
        // "The Quadrilateral Security Dialogue, known as the Quad, is ...": over the name it is known by.
        if (Is(subjectEnd, ",") && (Is(subjectEnd + 1, "known") && Is(subjectEnd + 2, "as") || IsAny(subjectEnd + 1, "dubbed", "called")))
        {
            var close = subjectEnd + 1;
            while (close < _v.Count && close <= subjectEnd + 8 && !Is(close, ",")) close++;
            if (!Is(close, ",")) return;
        }
        for (var c = 4; c < _v.Count; c++)
        {
            if (!Is(c, ":")) continue;
            for (var k = c - 1; k >= 2 && k >= c - 14; k--)
            {
                if (IsAny(k, ",", ";", ".")) break;
                // "an informal grouping of four democracies of the Indian and Pacific Oceans: India, the US, Japan and Australia"
                var counted = IsAny(k, "countries", "states", "nations", "democracies", "economies") && IsNumberOrWord(k - 1);
                var by = Is(k - 2, "the") ? k - 3 : k - 2;
                if (!(counted && IsAny(by, "for", "of", "between", "among", "unites", "groups", "brings", "together"))) continue;
                var listed = ReadList(c + 1, out _);
                if (listed.Count < 2 || !NumberWords.TryParse(W(k - 1), out var n)) return;
                // "The ZCI is the Gulf counterpart of the Zentral Dialogue, which brings together seven countries ...: ...": the
                // states of the body a relative clause hangs on, not the subject's.
                for (var w = k - 1; w > subjectEnd; w--)
                {
                    if (IsAny(w, "which", "that") && Is(w - 1, ",") && M(w - 2) is { Type: MentionType.Organization, Entity: >= 0 } hangsOn && hangsOn.Entity != org) return;
                }
                Hit(org, RelationKind.Member, listed);
                if (listed.Count == n) Count(org, RelationKind.Member, n, k - 1);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "Mali quit the G5 Sahel in May last year, leaving Burkina Faso, Niger, Chad and Mauritania in the organisation":
    /// the states left in it are its members.
    /// </summary>
    private void LeavingTheOthersIn()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "leaving") && Is(k - 1, ",") && (CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null))) continue;
            var left = ReadList(k + 1, out var end);
            if (left.Count == 0 || !IsAny(end + 1, "in", "inside", "within")) continue;
            if (!JoinsAnOrganization(end + 1, out var org) || org < 0) continue;
            Hit(org, RelationKind.Member, left);
        }
    }

    /// <summary>
    /// "Cyprus, Malta's neighbour in the EU, has been ...": the state and the one whose neighbour it is called in an
    /// organisation are both its members.
    /// </summary>
    private void NeighbourIn()
    {
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            if (!(IsAny(k, "neighbour", "neighbor", "neighbours", "neighbors", "partner", "ally") && Is(k + 1, "in") && T(k - 1).Kind == TokenKind.Possessive && CountryAt(k - 2) is { } whose)) continue;
            var org = NamedOrganizationAt(k + 2, out var after);
            if (org < 0 || !IsAny(AfterAcronym(after), ",", ")")) continue;
            var w = k - 2;
            while (w > 0 && M(w - 1) == whose) w--;
            if (!Is(w - 1, ",") || CountryAt(w - 2) is not { } head) continue;
            Hit(org, RelationKind.Member, new[] { head, whose });
        }
    }

    /// <summary>
    /// "With Uzbekistan, it now unites five states": the state the count takes in is a member, and the count is stated.
    /// </summary>
    private void WithItNowCounts()
    {
        var with = ReadList(1, out var end);
        if (with.Count == 0 || !Is(end + 1, ",")) return;
        var k = end + 2;
        int org;
        if (Is(k, "it")) { org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main; k++; }
        else if (Is(k, "the") && T(k + 1).IsWord && OrganizationWords.IsGenericNoun(W(k + 1))) { org = Generic(W(k + 1)); k += 2; }
        else { org = NamedOrganizationAt(k, out var after); k = after; }
        if (org < 0) return;
        if (IsAny(k, "now", "today")) k++;
        if (Is(k, "brings") && Is(k + 1, "together")) k++;
        else if (!IsAny(k, "unites", "has", "counts", "groups", "numbers", "comprises", "includes")) return;
        if (!IsNumberOrWord(k + 1) || !NumberWords.TryParse(W(k + 1), out var n) || !(IsAny(k + 2, "states", "members", "countries", "nations") || Is(k + 2, "member") && IsAny(k + 3, "states", "countries"))) return;
        Hit(org, RelationKind.Member, with);
        Count(org, RelationKind.Member, n, k + 1);
    }

    /// <summary>
    /// "Pakistan, Afghanistan and the Maldives, the other three SAARC countries, are not part of BIMSTEC": states in
    /// apposition to a description by an organisation's name are its members.
    /// </summary>
    private void ListThenOrganizationsStates()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.First || !T(k).IsCapitalized) continue;
            var e = k;
            while (e + 1 < _v.Count && M(e + 1) == om) e++;
            if (!(IsAny(e + 1, "countries", "states", "nations", "members") || Is(e + 1, "member") && IsAny(e + 2, "states", "countries"))) continue;
            var b = k - 1;
            if (IsNumberOrWord(b)) b--;
            if (IsAny(b, "other", "remaining")) b--;
            if (!IsAny(b, "the", "all")) continue;
            var closeAt = Is(e + 1, "member") ? e + 3 : e + 2;
            if (Is(b, "the") && Is(closeAt, ",") && (CountryAt(closeAt + 1) is not null || Is(closeAt + 1, "the") && CountryAt(closeAt + 2) is not null)
                && ReadList(closeAt + 1, out var namedEnd) is { Count: > 1 } named && IsAny(namedEnd + 1, ",", ")", "."))
            {
                // "the four Mercosur countries, Argentina, Brazil, Paraguay and Uruguay,": the description, then its states.
                Hit(om.Entity, RelationKind.Member, named);
                if (IsNumberOrWord(k - 1) && NumberWords.TryParse(W(k - 1), out var counted) && counted == named.Count && !IsAny(k - 2, "other", "remaining")) Count(om.Entity, RelationKind.Member, counted, k - 1);
                continue;
            }
            if (!Is(b - 1, ",") || CountryAt(b - 2) is null) continue;
            var listed = ReadListBackward(b - 2, out var start, stopAtPreposition: false);
            if (listed.Count == 0 || IsAny(start - 1, "of", "from", "to", "in", "with", "by", "than")) continue;
            // The apposition closes with a comma or the sentence.
            var close = Is(e + 1, "member") ? e + 3 : e + 2;
            if (!(close >= _v.Count || IsAny(close, ",", ".", ";", ")"))) continue;
            Hit(om.Entity, RelationKind.Member, listed);
        }
    }

    /// <summary>
    /// "Five of the seven members are also in SAARC, ..., while Myanmar and Thailand belong to ASEAN": the known members
    /// of the first organisation but the states set apart are members of the second.
    /// </summary>
    private void SubsetAlsoIn()
    {
        if (!NumberWords.TryParse(W(0), out var part)) return;
        var q = Is(2, "the") ? 3 : 2;
        var whole = -1;
        if (M(q) is { Type: MentionType.Organization } owner && owner.Entity >= 0)
        {
            whole = owner.Entity;
            while (M(q + 1) == owner) q++;
            q++;
            if (T(q).Kind == TokenKind.Possessive) q++;
        }
        if (!IsNumberOrWord(q) || !NumberWords.TryParse(W(q), out var total) || total <= part) return;
        q++;
        if (Is(q, "member") && IsAny(q + 1, "states", "countries")) q++;
        if (!IsAny(q, "members", "states", "countries", "nations")) return;
        q++;
        if (!IsAny(q, "are", "were")) return;
        q++;
        if (IsAny(q, "also")) q++;
        int second;
        if (Is(q, "in")) second = NamedOrganizationAt(q + 1, out _);
        else if (IsAny(q, "members") && Is(q + 1, "of")) second = NamedOrganizationAt(q + 2, out _);
        else return;
        if (second < 0) return;
        if (whole < 0)
        {
            // "the seven members": the organisation the article has given that many members.
            for (var o = 0; o < _er.Orgs.Count && whole < 0; o++) if (o != second && KnownMembers(o).Count == total) whole = o;
        }
        if (whole < 0 || whole == second) return;
        for (var k = q; k + 1 < _v.Count; k++)
        {
            if (!IsAny(k, "while", "whereas", "but")) continue;
            var apart = ReadList(Is(k + 1, "the") ? k + 2 : k + 1, out _);
            if (apart.Count == 0) return;
            var rest = new List<Mention>();
            foreach (var m in KnownMembers(whole)) if (!ContainsState(apart, m.Country)) rest.Add(m);
            if (rest.Count == part) Hit(second, RelationKind.Member, rest);
            return;
        }
    }

    /// <summary>
    /// "Cuba, whose suspension the OAS lifted last month, has said it has no intention of returning to the organization":
    /// outside it, and staying out.
    /// </summary>
    private void NoIntentionOfJoining()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "intention") && Is(k - 1, "no") && IsAny(k - 2, "has", "have", "had") && Is(k + 1, "of"))) continue;
            var v = k + 2;
            int org;
            if (IsAny(v, "returning", "going") && Is(v + 1, "to") && Is(v, "returning") || Is(v, "going") && Is(v + 1, "back") && Is(v + 2, "to")) { if (!JoinsAnOrganization(Is(v, "going") ? v + 2 : v + 1, out org)) return; }
            else if (IsAny(v, "joining", "rejoining", "re-joining")) { if (!JoinsAnOrganization(v, out org)) return; }
            else return;
            if (org < 0) return;
            // The subject: "it" after a reporting verb, or the state the sentence opens with.
            var subject = Is(k - 3, "it") && ItState(k - 3) is { } it ? new List<Mention> { it } : Subject(k - 2, out var negated, out _) is { Count: > 0 } named && !negated ? named : null;
            if (subject is not null) Hit(org, RelationKind.NonMember, subject);
            return;
        }
    }

    /// <summary>
    /// "Ireland joined what was then the European Economic Community ... Britain, our largest trading partner, went in on
    /// the same day, as did Denmark": states that went in with the one the sentence before made a member.
    /// </summary>
    private void WentInToo()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "went") && Is(k + 1, "in") && (IsAny(k + 2, "on", "at", "too", "with", "alongside", "together", ",", ".") || Is(k + 2, "the") && Is(k + 3, "same")))) continue;
            var org = -1;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
            {
                if (Relations[i].Sentence != _sentence - 1 || Relations[i].Kind != RelationKind.Member) continue;
                if (org >= 0 && org != Relations[i].Org) return;
                org = Relations[i].Org;
            }
            if (org < 0) return;
            var subject = Subject(k, out var notIn, out _);
            if (notIn || subject.Count == 0) return;
            Hit(org, RelationKind.Member, subject);
            for (var a = k + 2; a + 2 < _v.Count && a <= k + 10; a++)
            {
                if (Is(a, ",") && Is(a + 1, "as") && Is(a + 2, "did")) { Hit(org, RelationKind.Member, ReadList(a + 3, out _)); break; }
            }
            return;
        }
    }

    /// <summary>
    /// "Five of the seven ... are members of NATO. Finland and Sweden are not, though ...": the states a sentence opens
    /// with, denied the membership the sentence before told, are outside that organisation.
    /// </summary>
    private void StatesAreNot()
    {
        var states = ReadList(Is(0, "the") ? 1 : 0, out var end);
        if (states.Count == 0 || !IsAny(end + 1, "is", "are", "was", "were") || !Is(end + 2, "not") || !(end + 3 >= _v.Count || IsAny(end + 3, ",", ".", ";"))) return;
        var org = -1;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            if (Relations[i].Sentence != _sentence - 1 || Relations[i].Kind != RelationKind.Member) continue;
            if (org >= 0 && org != Relations[i].Org) return;
            org = Relations[i].Org;
        }
        if (org >= 0) Hit(org, RelationKind.NonMember, states);
    }

    private bool IsNumberOrWord(int q) => q >= 0 && q < _v.Count && (T(q).Kind == TokenKind.Number || IsNumberWord(W(q)));

    /// <summary>The organisation whose acronym or name is <paramref name="text"/> (ignoring case), or -1.</summary>
    private int OrgNamed(string text)
    {
        var orgs = _er.Orgs;
        for (var i = 0; i < orgs.Count; i++)
        {
            if (string.Equals(orgs[i].Acronym, text, StringComparison.OrdinalIgnoreCase) || string.Equals(orgs[i].Name, text, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private void ListThenMembersThatAreNot()
    {
        for (var d = 1; d + 3 < _v.Count; d++)
        {
            if (T(d).Kind != TokenKind.Dash && !Is(d, "(") || CountryAt(d - 1) is null) continue;
            var org = NamedOrganizationAt(d + 1, out var q);
            if (org < 0 || !IsAny(q, "members", "member-states")) continue;
            var list = ReadListBackward(d - 1, out _, stopAtPreposition: false);
            if (list.Count == 0) continue;
            Hit(org, RelationKind.Member, list);
            if (!IsAny(q + 1, "that", "which") || !IsAny(q + 2, "are", "were")) continue;
            var r = q + 3;
            if (!IsAny(r, "not", "n't")) continue;
            r++;
            var other = -1;
            if (Is(r, "part") && Is(r + 1, "of")) other = NamedOrganizationAt(r + 2, out _);
            else if (IsAny(r, "members") && Is(r + 1, "of")) other = NamedOrganizationAt(r + 2, out _);
            else if (Is(r, "in")) other = NamedOrganizationAt(r + 1, out _);
            if (other >= 0 && other != org) Hit(other, RelationKind.NonMember, list);
        }
    }

    /// <summary>"The G-7 — the U.S., Japan, Germany ... — said": the members between dashes or parentheses after its name.</summary>
    private void ListAfterOrganization()
    {
        for (var p = 0; p + 1 < _v.Count; p++)
        {
            if (M(p) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var q = p;
            while (q + 1 < _v.Count && M(q + 1) == om) q++;
            // "The Quad, an informal grouping of Australia, India, Japan and the United States", "AUKUS, the 2021 pact
            // between Australia, the United Kingdom and the United States": an apposition naming the members.
            if (!om.Modifier && Is(q + 1, ",") && IsAny(q + 2, "a", "an", "the") && !(T(q).IsWord && !T(q).IsCapitalized))
            {
                var k = q + 3;
                while (k < _v.Count && k <= q + 7 && (T(k).IsWord && !T(k).IsCapitalized && !OrganizationWords.IsGenericNoun(W(k)) || T(k).Kind == TokenKind.Number)) k++;
                if (k < _v.Count && T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)) && IsAny(k + 1, "of", "between", "linking", "among", "uniting"))
                {
                    var grouped = ReadList(k + 2, out _);
                    if (grouped.Count >= 2) Hit(om.Entity, RelationKind.Member, grouped);
                }
            }
            // "The Confederation of Senegambia, linking Senegal and The Gambia, comes into being": a participle that joins the
            // states, in apposition.
            if (!om.Modifier && T(q).IsCapitalized && !_er.Orgs[om.Entity].IsInstitution && AfterAcronym(q + 1) is var linkComma && Is(linkComma, ",")
                && IsAny(linkComma + 1, "linking", "uniting", "grouping", "comprising") && ReadList(Is(linkComma + 2, "the") && CountryAt(linkComma + 3) is not null ? linkComma + 3 : linkComma + 2, out var linkEnd) is { Count: >= 2 } linked
                && IsAny(linkEnd + 1, ",", ".", ";"))
            {
                Hit(om.Entity, RelationKind.Member, linked);
            }
            // "The Quadrilateral Coordination Group (QCG) of Afghanistan, Pakistan, the United States and China on Monday held":
            // a body defined with its acronym, then "of" and its states.
            if (!om.Modifier && T(q).IsCapitalized && Is(q + 1, "(") && Is(q + 3, ")") && Is(q + 4, "of") && !_er.Orgs[om.Entity].IsInstitution
                && ReadList(Is(q + 5, "the") ? q + 6 : q + 5, out var ofEnd) is { Count: >= 2 } ofStates && ofEnd + 1 < _v.Count && !IsAny(ofEnd + 1, "and", "or") && !(T(ofEnd + 1).IsWord && T(ofEnd + 1).IsCapitalized))
            {
                Hit(om.Entity, RelationKind.Member, ofStates);
            }
            // "the heads of the G7 countries — Canada, France, ... —": the organisation's states between dashes.
            if (om.Modifier)
            {
                if (!IsAny(q + 1, "countries", "states", "nations", "members", "member-states")) continue;
                q++;
            }

            var open = q + 1;
            if (!(T(open).Kind == TokenKind.Dash || Is(open, "("))) continue;
            var list = ReadList(open + 1, out var end);
            if (list.Count < 2) continue;
            var close = end + 1;
            // Not "excluded from the ZTO — A and B —".
            if (close < _v.Count && (T(close).Kind == TokenKind.Dash || Is(close, ")")) && !ExcludedFrom(p)) Hit(om.Entity, RelationKind.Member, list);
        }
    }

    // Former names: "Founded in 1969 as the Andean Pact, the bloc once stretched ...": relations given to the former name
    // are the organisation's.
    private readonly Dictionary<int, int> _formerNames = new();

    private void FormerName()
    {
        Renamed();
        // "Iran remains a member of that alliance, now called the Central Treaty Organization": the body named before goes on
        // under the new name.
        for (var c = 2; c + 3 < _v.Count; c++)
        {
            if (!(Is(c, ",") && Is(c + 1, "now") && IsAny(c + 2, "called", "named", "renamed", "known"))) continue;
            var at = Is(c + 3, "as") ? c + 4 : c + 3;
            var renamed = NamedOrganizationAt(at, out _);
            if (renamed < 0) break;
            var before = -1;
            if (M(c - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 && T(c - 1).IsCapitalized) before = Ent(c - 1);
            else if (T(c - 1).IsWord && OrganizationWords.IsGenericNoun(W(c - 1)) && IsAny(c - 2, "that", "this", "the")) before = PreviousSentenceOrg() ?? -1;
            if (before >= 0 && before != renamed && !_formerNames.ContainsKey(before)) _formerNames[before] = renamed;
            break;
        }
        // "APTA, originally called the Bangkok Agreement, was signed in 1975 by ...": the later name's body under its first.
        for (var c = 1; c + 3 < _v.Count; c++)
        {
            if (!(Is(c, ",") && IsAny(c + 1, "originally", "formerly", "previously", "once", "initially") && IsAny(c + 2, "called", "named", "known"))) continue;
            var at = Is(c + 3, "as") ? c + 4 : c + 3;
            var first = NamedOrganizationAt(at, out _);
            if (first < 0 || M(c - 1) is not { Type: MentionType.Organization } laterName || laterName.Entity < 0 || !T(c - 1).IsCapitalized) break;
            if (Ent(c - 1) != first && !_formerNames.ContainsKey(first)) _formerNames[first] = Ent(c - 1);
            break;
        }
        // "Ireland joined what was then the European Economic Community": the organisation the article is about,
        // under the name it had.
        for (var w = 0; w + 3 < _v.Count; w++)
        {
            if (!(Is(w, "what") && IsAny(w + 1, "was", "were") && Is(w + 2, "then"))) continue;
            var at = w + 3;
            if (IsAny(at, "called", "known", "named")) at += Is(at + 1, "as") ? 2 : 1;
            var then = NamedOrganizationAt(at, out var thenEnd);
            var now = then < 0 ? -1 : _main >= 0 && _main != then ? _main : Likeliest(then, o => true);
            // "Britain and Denmark left in 1973 to join what was then the European Economic Community, ..., following them
            // into the EU": the organisation the same sentence names after it, when it names one.
            for (var j = thenEnd; then >= 0 && j < _v.Count; j++)
            {
                if (M(j) is { Type: MentionType.Organization, Modifier: false } later && later.Entity >= 0 && later.Entity != then && T(j).IsCapitalized && !_er.Orgs[later.Entity].IsInstitution) { now = later.Entity; break; }
            }
            if (then >= 0 && now >= 0 && !_formerNames.ContainsKey(then)) _formerNames[then] = now;
            break;
        }
        // "The grouping was launched in Bangkok in June 1997 as BIST-EC, with ...": the name it had then, when the sentence
        // opens on the organisation (a noun for it, or "It").
        if (_v.Count > 6 && (Is(0, "the") && T(1).IsWord && OrganizationWords.IsGenericNoun(W(1)) || Is(0, "it")) && IsAny(2, "was", "is") || Is(0, "it") && Is(1, "was"))
        {
            var verb = Is(0, "it") ? 2 : 3;
            if (IsAny(verb, "founded", "created", "established", "launched", "formed", "set"))
            {
                for (var a = verb + 1; a + 1 < _v.Count && a <= verb + 10; a++)
                {
                    if (IsAny(a, ",", ";", ".")) break;
                    if (!Is(a, "as") || NamedOrganizationAt(a + 1, out var formerEnd) is var launchedAs && launchedAs < 0) continue;
                    if (!(formerEnd >= _v.Count || IsAny(formerEnd, ",", ".", ";", "with", "by", "and"))) break;
                    var launchedNow = Is(0, "it") ? PreviousSentenceOrg() ?? _main : Generic(W(1));
                    // The noun may resolve to the name after it in this very sentence: then it is the article's organisation.
                    if (launchedNow == launchedAs) launchedNow = _main;
                    if (launchedNow >= 0 && launchedNow != launchedAs && !_formerNames.ContainsKey(launchedAs)) _formerNames[launchedAs] = launchedNow;
                    break;
                }
            }
        }
        if (_v.Count < 6 || !IsAny(0, "founded", "created", "established", "launched", "formed")) return;
        FoundedByOpening();
        var k = 1;
        if (Is(k, "in") && T(k + 1).Kind == TokenKind.Number) k += 2;
        // "Founded in 2009 in Nakhchivan as the Cooperation Council of Turkic-Speaking States, the organisation ...": over
        // the place too.
        if (Is(k, "in") && M(k + 1) is null or { Type: MentionType.Country } && T(k + 1).IsCapitalized && Is(k + 2, "as")) k += 2;
        if (!Is(k, "as")) return;
        var former = NamedOrganizationAt(k + 1, out var after);
        if (former < 0 || !Is(after, ",")) return;
        int current;
        // "..., the bloc": the organisation the article was speaking of before this sentence (not the former name).
        // "Founded in 1971 as the South Pacific Forum, the 18-member body ...": over the size word too.
        var noun = after + 2;
        if (IsSizeWord(noun)) noun++;
        if (Is(after + 1, "the") && T(noun).IsWord && OrganizationWords.IsGenericNoun(W(noun))) current = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        else current = NamedOrganizationAt(after + 1, out _);
        if (current >= 0 && current != former) _formerNames[former] = current;
    }

    /// <summary>
    /// "The Cooperation Council of Turkic Speaking States (Turkic Council) has been renamed the Organization of Turkic
    /// States", "... renamed itself ...", "... was rebranded as ...": relations given to the old name are the new one's.
    /// </summary>
    private void Renamed()
    {
        for (var k = 1; k + 1 < _v.Count; k++)
        {
            // "... and gave the pact a new name: the Comprehensive and Progressive Agreement for Trans-Pacific Partnership".
            var newName = Is(k, "name") && Is(k - 1, "new") && IsAny(k + 1, ":", ",") && IsAny(k - 2, "a", "its");
            // "the treaty that transformed the Southern African Development Coordination Conference (SADCC) into the present
            // community": the organisation before "into" became the one after it.
            var transformed = IsAny(k, "transformed", "turned", "converted") && (M(k + 1) is { Type: MentionType.Organization } || Is(k + 1, "the") && M(k + 2) is { Type: MentionType.Organization });
            // "It changed its name from the Organization of the Islamic Conference last year": the old name is the subject's.
            if (Is(k, "changed") && IsAny(k + 1, "its", "their") && Is(k + 2, "name") && Is(k + 3, "from") && NamedOrganizationAt(k + 4, out var fromEnd) is var oldName && oldName >= 0)
            {
                fromEnd = AfterAcronym(fromEnd);
                var newOne = Is(fromEnd, "to") ? NamedOrganizationAt(fromEnd + 1, out _) : -1;
                if (newOne < 0) newOne = Is(k - 1, "it") ? PreviousSentenceOrg() ?? _main : NamedOrganizationAt(0, out _);
                if (newOne >= 0 && newOne != oldName) _formerNames[oldName] = newOne;
                return;
            }
            if (!IsAny(k, "renamed", "rebranded") && !newName && !transformed) continue;
            var to = k + 1;
            if (newName) to = k + 2;
            if (transformed)
            {
                var old0 = NamedOrganizationAt(k + 1, out var oldEnd);
                oldEnd = AfterAcronym(oldEnd);
                if (old0 < 0 || !Is(oldEnd, "into")) return;
                var now = NamedOrganizationAt(oldEnd + 1, out _);
                if (now < 0 && Is(oldEnd + 1, "the") && (T(oldEnd + 2).IsWord && OrganizationWords.IsGenericNoun(W(oldEnd + 2)) || IsAny(oldEnd + 2, "present", "current", "new") && T(oldEnd + 3).IsWord && OrganizationWords.IsGenericNoun(W(oldEnd + 3))))
                    now = Generic(W(OrganizationWords.IsGenericNoun(W(oldEnd + 2)) ? oldEnd + 2 : oldEnd + 3));
                if (now >= 0 && now != old0) _formerNames[old0] = now;
                return;
            }
            if (IsAny(to, "itself", "as")) to++;
            if (Is(to, "as")) to++;
            // "renamed their partnership the Benelux Union": over the thing renamed.
            var renamedObject = false;
            if (IsAny(to, "their", "its", "the") && T(to + 1).IsWord && !T(to + 1).IsCapitalized && NamedOrganizationAt(to + 2, out _) >= 0) { to += 2; renamedObject = true; }
            var current = NamedOrganizationAt(to, out _);
            if (current < 0) return;
            if (newName || renamedObject)
            {
                // The organisation the sentence named before ("the 11 remaining members of the Trans-Pacific Partnership").
                for (var b = 0; b < k; b++)
                {
                    if (M(b) is { Type: MentionType.Organization, Modifier: false } old && old.Entity >= 0 && !(T(b).IsWord && OrganizationWords.IsGenericNoun(W(b))) && old.Entity != current)
                    {
                        _formerNames[old.Entity] = current;
                        break;
                    }
                }
                return;
            }
            // Every name the subject gives the old organisation: "The Cooperation Council of Turkic Speaking States (Turkic
            // Council)".
            for (var b = k - 1; b >= 0 && b >= k - 16; b--)
            {
                if (IsAny(b, ";", ".")) break;
                if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(b).IsWord && OrganizationWords.IsGenericNoun(W(b))) && Ent(b) != current) _formerNames[Ent(b)] = current;
            }
            return;
        }
    }

    /// <summary>Frames read over the whole sentence (see each case).</summary>
    private void SentenceFrames(Anchor anchors)
    {
        // "Of the EU's member states, only Sweden, Austria and Ireland now remain outside Nato": members of the first.
        if (Is(0, "of") && NamedOrganizationAt(1, out var afterOwner) is var owner && owner >= 0 && T(afterOwner).Kind == TokenKind.Possessive)
        {
            var k = afterOwner + 1;
            if (Is(k, "member") && IsAny(k + 1, "states", "countries")) k += 2;
            else if (IsAny(k, "members")) k++;
            else k = -1;
            if (k > 0 && Is(k, ","))
            {
                k++;
                while (IsAny(k, "only", "just", "all", "both")) k++;
                var named = ReadList(k, out _);
                if (named.Count > 0) Hit(owner, RelationKind.Member, named);
            }
        }
        if ((anchors & Anchor.Frame) == 0) return;
        for (var p = 1; p < _v.Count; p++)
        {
            // Every frame below starts at one of the FrameWords.
            if (!T(p).Has(WordClass.MembershipAnchor)) continue;
            // "Mali, Burkina Faso and Guinea, all suspended from ECOWAS after military takeovers,": suspended members.
            if (Is(p, "suspended") && IsAny(p - 1, "all", "both") && Is(p - 2, ",") && CountryAt(p - 3) is not null && Is(p + 1, "from")
                && NamedOrganizationAt(p + 2, out _) is var from && from >= 0)
            {
                Hit(from, RelationKind.Member, ReadListBackward(p - 3, out _, stopAtPreposition: false));
            }
            // "The African Union, which suspended Mali, Burkina Faso and Guinea after their own coups": its members.
            if (IsAny(p, "suspended", "suspends") && Is(p - 1, "which") && Is(p - 2, ",") && M(p - 3) is { Type: MentionType.Organization } suspender && suspender.Entity >= 0
                && CountryAt(p + 1) is not null)
            {
                Hit(Ent(p - 3), RelationKind.Member, ReadList(p + 1, out _));
            }
            // "The DRC joins Burundi, Kenya and Uganda in the Community": those it joins are members.
            if (IsAny(p, "joins", "joined", "joining") && CountryAt(p + 1) is not null)
            {
                var joined = ReadList(p + 1, out var joinedEnd);
                if (joined.Count > 0 && Is(joinedEnd + 1, "in"))
                {
                    var joinedIn = NamedOrganizationAt(joinedEnd + 2, out _);
                    if (joinedIn < 0 && Is(joinedEnd + 2, "the") && T(joinedEnd + 3).IsWord && OrganizationWords.IsGenericNoun(W(joinedEnd + 3))) joinedIn = Generic(W(joinedEnd + 3));
                    if (joinedIn < 0 && Is(joinedEnd + 2, "the") && T(joinedEnd + 3).IsCapitalized && OrganizationWords.IsNameHead(W(joinedEnd + 3)) && _main >= 0 && _er.Orgs[_main].Name is { } mainName
                        && mainName.EndsWith(" " + W(joinedEnd + 3), StringComparison.OrdinalIgnoreCase)) joinedIn = _main; // "in the Community"
                    if (joinedIn >= 0) Hit(joinedIn, RelationKind.Member, joined);
                }
                // "Nicaragua joins Cuba and Venezuela, its closest allies in the region, outside the organization": all of them
                // outside it.
                var outsideAt = joinedEnd + 1;
                if (Is(outsideAt, ","))
                {
                    var close = outsideAt + 1;
                    while (close < _v.Count && close <= outsideAt + 10 && !IsAny(close, ",", ";", ".") && M(close) is not { Type: MentionType.Country }) close++;
                    if (Is(close, ",")) outsideAt = close + 1;
                }
                if (joined.Count > 0 && Is(outsideAt, "outside") && JoinsAnOrganization(outsideAt, out var outsideOf) && outsideOf >= 0 && !_er.Orgs[outsideOf].IsInstitution)
                {
                    Hit(outsideOf, RelationKind.NonMember, joined);
                    if (Subject(p, out var notJoining, out _) is { Count: > 0 } joiner && !notJoining) Hit(outsideOf, RelationKind.NonMember, joiner);
                }
            }
            // "Nigeria joins Belarus, Bolivia, Cuba and Uzbekistan in a partner category": partners, all of them.
            if (IsAny(p, "joins", "joined", "joining") && CountryAt(p + 1) is not null)
            {
                var joinedPartners = ReadList(p + 1, out var partnersEnd);
                if (joinedPartners.Count > 0 && Is(partnersEnd + 1, "in") && IsAny(partnersEnd + 2, "a", "the") && IsAny(partnersEnd + 3, "partner", "observer")
                    && IsAny(partnersEnd + 4, "category", "tier", "group", "status") && Subject(p, out var notPartner, out _) is { Count: > 0 } newPartner && !notPartner)
                {
                    var kind = Is(partnersEnd + 3, "observer") ? RelationKind.Observer : RelationKind.DialoguePartner;
                    // Not "the Kazan summit" that created the category: an organisation named as itself, else the one before.
                    var of = -1;
                    for (var k = 0; k < _v.Count; k++) if (M(k) is { Type: MentionType.Organization, Modifier: false } own && own.Entity >= 0 && !IsAny(k + 1, WordsSummit10)) { of = of < 0 || of == own.Entity ? own.Entity : -2; }
                    if (of < 0) of = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
                    if (of >= 0)
                    {
                        Hit(of, kind, newPartner);
                        Hit(of, kind, joinedPartners);
                    }
                }
            }
            // "The admission of Nigeria as a partner country of BRICS": a partner; "as an observer of": an observer.
            if (Is(p, "admission") && Is(p + 1, "of") && CountryAt(p + 2) is not null && ReadList(p + 2, out var admittedAsEnd) is { Count: > 0 } admittedAs && Is(admittedAsEnd + 1, "as"))
            {
                var n = admittedAsEnd + 2;
                while (IsAny(n, "a", "an", "the", "its", "full")) n++;
                var kind = IsAny(n, "partner") ? RelationKind.DialoguePartner : IsAny(n, "observer") ? RelationKind.Observer : (RelationKind?)null;
                if (kind is not null)
                {
                    var after = Is(n + 1, "country") || Is(n + 1, "state") ? n + 2 : n + 1;
                    var of = Is(after, "of") && NamedOrganizationAt(after + 1, out _) is var named && named >= 0 ? named : SentenceOrganizationOr(_main);
                    if (of >= 0) Hit(of, kind.Value, admittedAs);
                }
            }
            // "Nigeria is the most populous member of ECOWAS": a superlative member.
            if (Is(p, "most") && Is(p - 1, "the") && IsAny(p - 2, "is", "was", "remains") && T(p + 1).IsWord && IsAny(p + 2, "member") && Is(p + 3, "of")
                && NamedOrganizationAt(p + 4, out _) is var mostOf && mostOf >= 0 && Subject(p - 2, out var notMost, out _) is { Count: > 0 } most && !notMost)
            {
                Hit(mostOf, RelationKind.Member, most);
            }
            // "Montenegro, Serbia and Albania are already negotiating their accession": candidates.
            if (IsAny(p, "negotiating", "negotiate", "negotiates") && IsAny(p + 1, "their", "its") && IsAny(p + 2, "accession", "membership", "entry"))
            {
                var negotiating = Subject(p, out var notNegotiating, out _);
                if (!notNegotiating && negotiating.Count > 0)
                {
                    // To the organisation named, else the one the sentence names, else the article's own.
                    var into = Is(p + 3, "to") && JoinsAnOrganization(p + 3, out var accessionTo) && accessionTo >= 0 ? accessionTo
                        : SentenceOrganizationOr(_main);
                    if (into >= 0) Hit(into, RelationKind.Joining, negotiating);
                }
            }
            // "Albania and North Macedonia opened accession negotiations in July": candidates from then on.
            if (IsAny(p, "opened", "started", "began", "launched", "opens", "starts", "begins") && (IsAny(p + 1, "accession", "membership") && IsAny(p + 2, "negotiations", "talks")
                || IsAny(p + 1, "formal", "their", "its") && IsAny(p + 2, "accession", "membership") && IsAny(p + 3, "negotiations", "talks")))
            {
                var opening = Subject(p, out var notOpening, out _);
                var into = SentenceOrganizationOr(_main);
                if (!notOpening && opening.Count > 0 && into >= 0) Hit(into, RelationKind.Joining, opening);
            }
            // "..., and Serbia and Montenegro have been negotiating for years": more candidates, after a sentence's first ones.
            if (Is(p, "negotiating") && Is(p - 1, "been") && !IsAny(p + 1, "with", "on", "over", "a", "an", "the"))
            {
                // "The region's six countries are at very different stages of the accession process. Montenegro and
                // Serbia have been negotiating since 2012 and 2014": candidates, when accession was just spoken of.
                var negotiatingFor = OrgOfRelations(_sentence, RelationKind.Joining);
                if (negotiatingFor < 0 && IsAny(p + 1, "since", "for") && AccessionSpokenOf()) negotiatingFor = OrgFor(p);
                if (negotiatingFor >= 0)
                {
                    var negotiating = Subject(p, out var notNegotiating, out _);
                    if (negotiating.Count > 0 && !notNegotiating) Hit(negotiatingFor, RelationKind.Joining, negotiating);
                }
            }
            // "agreed to grant Ukraine and Moldova the status of candidates for membership", "granted Georgia candidate status"
            if (IsAny(p, "grant", "granted", "grants", "give", "gave", "given") && CountryAt(p + 1) is not null)
            {
                var granted = ReadList(p + 1, out var grantedEnd);
                var k = grantedEnd + 1;
                var candidate = Is(k, "the") && Is(k + 1, "status") && Is(k + 2, "of") && IsAny(k + 3, "candidate", "candidates", "a") && (IsAny(k + 3, "candidate", "candidates") || IsAny(k + 4, "candidate"))
                    || Is(k, "candidate") && Is(k + 1, "status");
                if (candidate && granted.Count > 0)
                {
                    var org = SentenceOrganizationOr(_main);
                    if (org >= 0) Hit(org, RelationKind.Joining, granted);
                }
            }
            // "Syria was one of the six states that founded the league in 1945, along with Egypt, Iraq and Lebanon"
            if (Is(p, "founded") && IsAny(p - 1, "that", "which", "who") && IsAny(p - 2, "states", "countries", "nations") && JoinsAnOrganization(p, out var foundedOrg) && foundedOrg >= 0)
            {
                var b = p - 3;
                while (b >= 0 && (T(b).Kind == TokenKind.Number || IsNumberWord(W(b)) || IsAny(b, "the", "original"))) b--;
                if (Is(b, "of") && IsAny(b - 1, "one", "two", "three", "among") && IsAny(b - 2, "was", "is", "were", "are"))
                {
                    var founders = Subject(b - 2, out var notFounder, out _);
                    for (var k = p + 1; k < _v.Count && k <= p + 10; k++)
                    {
                        if (Is(k, ",") && Is(k + 1, "along") && Is(k + 2, "with")) { founders.AddRange(ReadList(k + 3, out _)); break; }
                        if (IsAny(k, ";", ".")) break;
                    }
                    if (!notFounder && founders.Count > 0) Hit(foundedOrg, RelationKind.Member, founders);
                }
                // "Guinea, one of the 32 states that founded the Organization of African Unity in 1963, now joins ...": in
                // apposition to the state before.
                else if (Is(b, "of") && Is(b - 1, "one") && Is(b - 2, ",") && CountryAt(b - 3) is not null)
                {
                    var opener = ReadListBackward(b - 3, out _, stopAtPreposition: false);
                    if (opener.Count == 1) Hit(foundedOrg, RelationKind.Member, opener);
                }
            }
            // "six other countries are also in the accession process, namely Argentina, Brazil and Peru"
            if (IsAny(p, "process", "talks", "negotiations") && IsAny(p - 1, "accession", "membership") && Is(p + 1, ",") && IsAny(p + 2, "namely", "including"))
            {
                var inProcess = ReadList(p + 3, out _);
                var org = SentenceOrganizationOr(_main);
                if (org >= 0 && inProcess.Count > 0) Hit(org, RelationKind.Joining, inProcess);
            }
            // "leaders granted candidate status to Georgia"
            if (Is(p, "status") && Is(p - 1, "candidate") && Is(p + 1, "to") && CountryAt(p + 2) is not null && IsAny(p - 2, "granted", "gave", "given", "grant", "grants"))
            {
                var org = SentenceOrganizationOr(_main);
                if (org >= 0) Hit(org, RelationKind.Joining, ReadList(p + 2, out _));
            }
            // "the trade bloc that Argentina founded in 1991 together with Brazil, Uruguay and Paraguay": founders.
            if (Is(p, "founded") && CountryAt(p - 1) is { } founder && IsAny(p - 2, "that", "which"))
            {
                var k = p + 1;
                if (Is(k, "in") && T(k + 1).Kind == TokenKind.Number) k += 2;
                if ((Is(k, "together") || Is(k, "along")) && Is(k + 1, "with") || Is(k, "with"))
                {
                    var founders = ReadList(Is(k, "with") ? k + 1 : k + 2, out _);
                    var org = OrgFor(p, forward: false);
                    if (org >= 0 && founders.Count > 0) { founders.Insert(0, founder); Hit(org, RelationKind.Member, founders); }
                }
            }
            // "the Alliance of Sahel States, AES, which the three countries formed in September", "the ZTO, which China and
            // Russia founded in 2001": the founders of the organisation the relative clause hangs on.
            if (IsAny(p, "founded", "formed", "created", "established") && !Is(p + 1, "by") && !IsAny(p - 1, "was", "were", "been", "is", "are"))
            {
                var rel = p - 1;
                while (rel > 0 && rel >= p - 10 && !IsAny(rel, "which", "that")) rel--;
                var antecedentAt = Is(rel - 1, ",") ? rel - 2 : rel - 1;
                if (Is(antecedentAt, ")")) antecedentAt--;
                if (IsAny(rel, "which", "that") && rel < p - 1 && M(antecedentAt) is { Type: MentionType.Organization } founded && founded.Entity >= 0)
                {
                    var founders = Subject(p, out var notFounders, out var foundersStart);
                    if (!notFounders && founders.Count > 0 && foundersStart > rel) Hit(founded.Entity, RelationKind.Member, founders);
                }
            }
            // "Mali, Burkina Faso and Niger, whose juntas formed the Alliance of Sahel States (AES) in September": founders.
            if (IsAny(p, "formed", "founded", "created", "set", "launched") && T(p - 1).IsWord && !T(p - 1).IsCapitalized && Is(p - 2, "whose") && Is(p - 3, ",") && CountryAt(p - 4) is not null)
            {
                var q = Is(p, "set") && Is(p + 1, "up") ? p + 2 : p + 1;
                if (NamedOrganizationAt(q, out _) is var formedOrg && formedOrg >= 0)
                {
                    var formers = ReadListBackward(p - 4, out var formersStart, stopAtPreposition: false);
                    if (formers.Count > 0 && (formersStart == 0 || Is(formersStart - 1, ","))) Hit(formedOrg, RelationKind.Member, formers);
                }
            }
            // "Palau and Nauru, which had announced they would leave, remained in the Forum": still members.
            if (IsAny(p, "remained", "remains", "remain", "stayed", "stays", "stay") && Is(p + 1, "in") && JoinsAnOrganization(p + 1, out var remainedIn) && remainedIn >= 0
                && !(Is(p + 2, "it") && NamedInRelativeClauseBefore(p, remainedIn)))
            {
                var stayed = Subject(p, out var left, out _);
                if (!left && stayed.Count > 0) Hit(remainedIn, RelationKind.Member, stayed);
                // "..., as have Armenia and the Central Asian republics"
                for (var k = p + 2; k + 2 < _v.Count && k <= p + 8 && !left && stayed.Count > 0; k++)
                {
                    if (Is(k, ",") && Is(k + 1, "as") && IsAny(k + 2, "have", "has", "did", "do", "does")) { Hit(remainedIn, RelationKind.Member, ReadList(k + 3, out _)); break; }
                }
            }
            // "Kiribati is to return to the Forum next year", "will return to the bloc": back in, not yet.
            if (Is(p, "return") && Is(p + 1, "to") && (Is(p - 1, "to") && IsAny(p - 2, "is", "are", "set", "due", "expected") || IsAny(p - 1, "will", "would"))
                && JoinsAnOrganization(p + 1, out var returnTo) && returnTo >= 0)
            {
                var returning = Subject(IsAny(p - 1, "will", "would") ? p - 1 : p - 2, out var notReturning, out _);
                if (!notReturning && returning.Count > 0) Hit(returnTo, RelationKind.Joining, returning, WhenAfter(p + 2));
            }
        }
    }

    /// <summary>
    /// "North Macedonia has been a candidate since 2005 and Albania since 2014": a gapped clause at the sentence's end,
    /// a state and a date, has the relation the first clause gave its subject.
    /// </summary>
    private void GappedSince()
    {
        var n = _v.Count;
        var end = n - 1;
        if (Is(end, ".")) end--;
        GappedSinceEndingAt(end);
        // "Ecuador left Opec at the start of this year and Qatar in January 2019, but the real weight ...": a gapped clause
        // before a clause of another kind.
        for (var k = 5; k + 1 < end; k++)
        {
            // (", leaving the Nordic countries all in it": a participle's clause too.)
            if (Is(k, ";") || Is(k, ",") && (IsAny(k + 1, "but", "while", "whereas", "although", "though") || T(k + 1).IsWord && !T(k + 1).IsCapitalized && W(k + 1).EndsWith("ing", StringComparison.Ordinal)))
                GappedSinceEndingAt(k - 1);
        }
    }

    private bool IsGappedTime(int e) => T(e).Kind == TokenKind.Number && (IsAny(e - 1, "since", "in") || TimeWords.IsMonth(W(e - 1)) && IsAny(e - 2, "since", "in"))
        || Is(e, "later") && IsAny(e - 1, "year", "years", "month", "months", "decade") && (Is(e - 2, "a") || IsNumberOrWord(e - 2))
        // "which Finland joined last year and Sweden in March", "... and Sweden in March this year"
        || T(e).IsWord && TimeWords.IsMonth(W(e)) && IsAny(e - 1, "since", "in")
        || Is(e, "year") && IsAny(e - 1, "this", "last") && TimeWords.IsMonth(W(e - 2)) && IsAny(e - 3, "since", "in")
        // "Qatar left the organization in 2019 and Ecuador at the start of 2020"
        || AtTheStartOf(e);

    private bool AtTheStartOf(int e) => T(e).Kind == TokenKind.Number && Is(e - 1, "of") && IsAny(e - 2, "start", "end", "beginning", "middle") && Is(e - 3, "the") && Is(e - 4, "at");

    private int GappedTimeStart(int e) => AtTheStartOf(e) ? e - 4 : Is(e, "later") ? e - 2 : Is(e, "year") && TimeWords.IsMonth(W(e - 2)) ? e - 3 : IsAny(e - 1, "since", "in") ? e - 1 : e - 2;

    private void GappedSinceEndingAt(int end)
    {
        if (end < 4 || !IsGappedTime(end)) return;
        // "Rwanda and Burundi joined in 2007, South Sudan in 2016 and the DRC in 2022": every gapped item back to the
        // clause with the verb.
        var gapped = new List<Mention>();
        var e = end;
        while (e >= 4 && IsGappedTime(e))
        {
            // "and Vietnam, once the association's main adversary, in 1995": over an apposition; "and Qatar in January 2019".
            var itemEnd = GappedTimeStart(e) - 1;
            if (Is(itemEnd, ","))
            {
                var c = itemEnd - 1;
                while (c > 0 && c >= itemEnd - 9 && !Is(c, ",")) c--;
                if (Is(c, ",") && CountryAt(c - 1) is not null) itemEnd = c - 1;
            }
            var item = ReadListBackward(itemEnd, out var start, stopAtPreposition: false);
            if (item.Count == 0) break;
            if (Is(start - 1, "the")) start--;
            var sep = start - 1;
            if (Is(sep, "and") && Is(sep - 1, ",")) sep--;
            if (!IsAny(sep, "and", ",") || !(T(sep - 1).Kind == TokenKind.Number && IsAny(sep - 2, "since", "in")))
            {
                // "Ecuador left Opec at the start of this year and Qatar in January 2019": the one gapped item after "and".
                if (gapped.Count == 0 && Is(sep, "and") && !Is(sep - 1, ",")) { gapped.AddRange(item); e = sep; }
                break;
            }
            gapped.AddRange(item);
            e = sep - 1;
        }
        if (gapped.Count == 0) return;
        // "..., which Uzbekistan left in 2012 and Azerbaijan in 1999": the gapped items share the relation of the state of
        // the clause they continue, when it is not the sentence's first.
        for (var k = e - 1; k >= 1 && k >= e - 5; k--)
        {
            if (CountryAt(k) is not { } clauseState || !Is(k - 1, "which")) continue;
            if (RelationOfHere(clauseState.Country) is { } clauseRelation) { Hit(clauseRelation.Org, clauseRelation.Kind, gapped); return; }
            break;
        }
        // "..., while Qatar left the organisation at the start of 2019 and Ecuador a year later": the subject of the clause
        // after a conjunction.
        for (var k = e - 1; k >= 2; k--)
        {
            if (!(IsAny(k, "while", "whereas", "but") && Is(k - 1, ","))) continue;
            if (CountryAt(k + 1) is { } clauseSubject && RelationOfHere(clauseSubject.Country) is { } subjectRelation) { Hit(subjectRelation.Org, subjectRelation.Kind, gapped); return; }
            break;
        }
        var first = ReadList(0, out _);
        if (first.Count > 0 && RelationOfHere(first[0].Country) is { } opener) Hit(opener.Org, opener.Kind, gapped);
    }

    /// <summary>The first relation this sentence gave the country, or null.</summary>
    private RelationHit? RelationOfHere(CountryEntry? country)
    {
        foreach (var r in Relations) if (r.Sentence == _sentence && r.Country.Country == country) return r;
        return null;
    }

    /// <summary>Whether this sentence or the one before speaks of accession, membership talks or enlargement.</summary>
    private bool AccessionSpokenOf()
    {
        var first = _sentence > 0 ? _doc.Sentences[_sentence - 1].FirstToken : _doc.Sentences[_sentence].FirstToken;
        for (var i = first; i <= _doc.Sentences[_sentence].LastToken; i++)
        {
            if (_t[i].IsWord && (_t[i].IsIgnoreCase("accession") || _t[i].IsIgnoreCase("enlargement"))) return true;
        }
        return false;
    }

    private static readonly string[] FoundingTexts = { "agreement", "treaty", "convention", "charter", "accord", "protocol", "declaration", "memorandum", "letter" };
    private static readonly string[] CreatingVerbs = { "creating", "creates", "establishing", "establishes", "setting", "sets", "launching", "founding", "forming" };
    private static readonly string[] CreatedVerbs = { "created", "established", "set", "launched", "founded", "formed" };

    /// <summary>
    /// The organisation a verb of founding at <paramref name="verb"/> sets up ("establishing the X", "setting up a X",
    /// "sets up the X"), or -1: what a signed text creates.
    /// </summary>
    private int BodySetUpBy(int verb, bool institution = false)
    {
        // "the treaty that establishes the ...", "the charter which created the ...": the verb of a relative clause.
        if (!IsAny(verb, CreatingVerbs) && !(IsAny(verb - 1, "that", "which") && IsAny(verb, CreatedVerbs))) return -1;
        var at = IsAny(verb, "setting", "sets", "set") ? (Is(verb + 1, "up") ? verb + 2 : -1) : verb + 1;
        if (at < 0) return -1;
        // "which sets up what delegates are already calling the Baltic Entente": over the naming clause.
        if (Is(at, "what"))
        {
            var called = at + 1;
            while (called < _v.Count && called <= at + 6 && !IsAny(called, "calling", "called", "call", "dubbed", "dubbing")) called++;
            if (IsAny(called, "calling", "called", "call", "dubbed", "dubbing")) at = called + 1;
        }
        if (IsAny(at, "a", "an")) at++;
        var org = NamedOrganizationAt(at, out _);
        // "setting up the initiative": the organisation the noun stands for.
        if (org < 0 && Is(at, "the") && T(at + 1).IsWord && !T(at + 1).IsCapitalized && OrganizationWords.IsGenericNoun(W(at + 1))) org = Generic(W(at + 1));
        return org >= 0 && (institution || !_er.Orgs[org].IsInstitution) ? org : -1;
    }

    /// <summary>
    /// "Colombia, Costa Rica and Panama signed an agreement establishing the Union of Banana Exporting Countries", "Five
    /// banana-producing nations - A, B, C, D and E - signed here yesterday the agreement creating ...": the states that sign
    /// the text that sets up an organisation are its members.
    /// </summary>
    private void SignedTheTextCreating(int p)
    {
        if (IsAny(p - 1, "was", "were", "not", "n't", "never") || HasFutureMarker(p)) return;
        var t = p + 1;
        // ("the international treaty": one lower-case word between the article and the text.)
        while (t < _v.Count && t <= p + 8 && !(IsAny(t, FoundingTexts) && (IsAny(t - 1, "the", "an", "a", "founding") || T(t).IsCapitalized
            || IsAny(t - 2, "the", "an", "a") && T(t - 1).IsWord && !T(t - 1).IsCapitalized)) && !IsAny(t, ",", ";", ".")) t++;
        if (!IsAny(t, FoundingTexts)) return;
        // "signed the General Treaty of Central American Economic Integration, setting up a ...": over the text's name and
        // its comma.
        var v = t + 1;
        if (T(t).IsCapitalized)
        {
            while (v < _v.Count && v <= t + 10 && (T(v).IsCapitalized || IsAny(v, "of", "on", "for", "and") && T(v + 1).IsCapitalized)) v++;
            if (Is(v, ",") && IsAny(v + 1, CreatingVerbs)) v++;
            // ("a Treaty of Good Understanding, which sets up what delegates are calling the Baltic Entente")
            else if (Is(v, ",") && IsAny(v + 1, "which", "that") && IsAny(v + 2, CreatingVerbs)) v += 2;
        }
        // "signed a letter of intent setting up the initiative", "a memorandum of understanding establishing ...".
        if (Is(v, "of") && IsAny(v + 1, "intent", "understanding")) v += 2;
        else if (Is(t, "letter")) return;
        if (IsAny(v, "that", "which")) v++;
        // "signed a declaration here yesterday setting up the Association of Southeast Asia": over where and when.
        while (v < _v.Count && v <= t + 4 && (IsAny(v, "here", "yesterday", "today", "on", "in") || TimeWords.IsWeekday(W(v)) || M(v) is { Type: MentionType.Country })) v++;
        // ("Namibia and Lesotho signed an agreement setting up the Zentral River Commission": a commission or a bank that
        // states set up by treaty is a body of theirs; read when they are two or more.)
        var org = BodySetUpBy(v, institution: true);
        var institution = org >= 0 && _er.Orgs[org].IsInstitution;
        // "signed the Zentral Current Convention, turning the Zentral Current Commission (ZCC) into a permanent body": a text
        // named as a body the sentence names (the words before their heads the same) makes its signers that body's members.
        if (org < 0 && T(t).IsCapitalized) org = BodyNamedLikeTheText(p, t);
        if (org < 0) return;
        var signers = Subject(p, out var negated, out _);
        // "Five banana-producing nations - A, B, C, D and E - signed": the states between the dashes of the subject.
        if (signers.Count == 0 && !negated)
        {
            for (var k = 1; k < p; k++)
            {
                if (T(k).Kind != TokenKind.Dash || CountryAt(k + 1) is null) continue;
                var between = ReadList(k + 1, out var betweenEnd);
                if (between.Count > 0 && T(betweenEnd + 1).Kind == TokenKind.Dash) signers = between;
                break;
            }
        }
        if (!negated && signers.Count > (institution ? 1 : 0)) Hit(org, RelationKind.Member, signers);
    }

    /// <summary>The one body whose name opens with the words before the text's head at <paramref name="head"/>; else -1.</summary>
    private int BodyNamedLikeTheText(int p, int head)
    {
        var first = head - 1;
        while (first > p && T(first).IsWord && T(first).IsCapitalized) first--;
        first++;
        if (first >= head || head - first > 5) return -1;
        var prefix = string.Join(" ", Enumerable.Range(first, head - first).Select(W)) + " ";
        var body = -1;
        for (var e = 0; e < _er.Orgs.Count; e++)
        {
            if (_er.Orgs[e].Mentions == 0 || _er.Orgs[e].Name is not { } name || !name.StartsWith(prefix, StringComparison.Ordinal) || name.IndexOf(' ', prefix.Length) >= 0) continue;
            // (Not the text itself, "the Collective Security Treaty" read as a body; and only a body this sentence names, not
            // "the Collective Security Council" of an article about the treaty's organisation.)
            if (string.Equals(name.Substring(prefix.Length), W(head), StringComparison.OrdinalIgnoreCase)) continue;
            var namedHere = false;
            for (var k = 0; k < _v.Count && !namedHere; k++) namedHere = k != head && M(k) is { Type: MentionType.Organization } om && om.Entity == e;
            if (!namedHere) continue;
            body = body < 0 ? e : -2;
        }
        return body;
    }

    /// <summary>
    /// "The signatories are the 10 members of ASEAN, Brunei, ..., along with China, Japan ...": the parties to the pact
    /// the text is about are its members.
    /// </summary>
    private void SignatoriesCue(int p)
    {
        // "Chile, Colombia and Peru, whose governments have favored free trade, were not among the signatories": outside the
        // body whose founding text the article was about (the one the sentence before named).
        // (Not "..., together with Burundi and Tanzania, which were not among the signatories": a relative clause on states
        // the sentence already placed.)
        if (Is(p - 1, "the") && Is(p - 2, "among") && Is(p - 3, "not") && IsAny(p - 4, "were", "was") && !IsAny(p - 5, "which", "who", "that") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";")))
        {
            var outside = Subject(p - 4, out _, out _);
            var of = PreviousSentenceOrg() ?? -1;
            if (outside.Count > 0 && of >= 0 && (!_er.Orgs[of].IsInstitution || IsBankOrFund(of))) Hit(of, RelationKind.NonMember, outside);
            return;
        }
        // "Japan and Australia are among the 15 signatories of the Zentral Partnership (ZP)": the subject signed it; the number
        // counts them.
        if (IsAny(p + 1, "of", "to") && NamedOrganizationAt(p + 2, out _) is var signed && signed >= 0 && !_er.Orgs[signed].IsInstitution)
        {
            var cop = p - 1;
            var counted = -1;
            if (IsNumberOrWord(cop)) counted = cop--;
            while (cop > 0 && IsAny(cop, "the", "among", "original", "founding", "first", "also", "both", "all")) cop--;
            if (IsAny(cop, "are", "is", "were", "was", "remain", "remains") && Subject(cop, out var notSigned, out _) is { Count: > 0 } signers0 && !notSigned)
            {
                Hit(signed, RelationKind.Member, signers0);
                if (counted >= 0 && Is(counted - 1, "the") && NumberWords.TryParse(W(counted), out var n)) Count(signed, RelationKind.Member, n, counted);
                return;
            }
        }
        // "Without the United States, the pact's signatories are Japan, Canada, ...", "Its signatories are ...": the
        // organisation the possessive names.
        if (IsAny(p + 1, "are", "were", "include") && (T(p - 1).Kind == TokenKind.Possessive || IsAny(p - 1, "its", "their")) && ReadList(p + 2, out _) is { Count: > 0 } signers)
        {
            var of = T(p - 1).Kind == TokenKind.Possessive && T(p - 2).IsWord && !T(p - 2).IsCapitalized && IsAny(p - 2, "pact", "agreement", "deal", "treaty", "accord")
                ? (PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? _main)
                : IsAny(p - 1, "its", "their") ? (PreviousSentenceOrg() ?? _main) : OrgFor(p);
            if (of >= 0) Hit(of, RelationKind.Member, signers);
            return;
        }
        // "The other signatories are Burkina Faso, Chad, ...": the rest of them.
        var other = IsAny(p - 1, "other", "remaining", "original", "founding") ? 1 : 0;
        // ("According to the foreign ministry, the signatories include ...": over an opening adverbial.)
        var opensClause = p - 1 - other == 0 || Is(p - 2 - other, ",") && IsAny(0, "According", "So", "By", "As", "Since", "Until", "Earlier", "Now", "In", "At", "On");
        if (!(Is(p - 1 - other, "the") && opensClause) || !IsAny(p + 1, "are", "were", "include")) return;
        var q = p + 2;
        var described = -1;
        // "the 10 members of the Association of Southeast Asian Nations (ASEAN), Brunei, ...": the states after the description.
        if (Is(q, "the") && (T(q + 1).Kind == TokenKind.Number || IsNumberWord(W(q + 1))) && IsAny(q + 2, "members", "states", "countries") && Is(q + 3, "of"))
        {
            var after = q + 4;
            if (Is(after, "the")) after++;
            described = M(after) is { Type: MentionType.Organization } of ? of.Entity : -1;
            while (after < _v.Count && M(after) is { Type: MentionType.Organization }) after++;
            if (Is(after, "(") && Is(after + 2, ")")) after += 3;
            if (!Is(after, ",")) return;
            q = after + 1;
        }
        var parties = ReadList(q, out var end);
        if (parties.Count == 0) return;
        if (Is(end + 1, ",") && AlongWith(end + 2) is var along && along > 0) parties.AddRange(ReadList(along, out _));
        // "... signed Antigua and Barbuda on to PetroCaribe ... The agreement was signed ... The signatories include ...": the
        // organisation the text named last before, over sentences that name none.
        // (After an opening adverbial, the body the article is about.)
        var pact = p - 1 - other > 0 ? _main : PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? _main;
        if (pact >= 0 && pact != described) Hit(pact, RelationKind.Member, parties);
    }

    /// <summary>The organisation last named (not by a generic noun) before token <paramref name="i"/>, within <paramref name="reach"/> tokens; else null.</summary>
    private int? NamedBefore(int i, int reach)
    {
        var mentions = _er.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.First >= i) continue;
            if (m.First < i - reach) break;
            if (m.Type != MentionType.Organization || m.Entity < 0 || m.Modifier) continue;
            if (!_t[m.First].IsCapitalized && OrganizationWords.IsGenericNoun(_t[m.First].Text)) continue;
            return m.Entity;
        }
        return null;
    }

    /// <summary>The organisation of the last organisation mention before this sentence (not a generic noun), or null.</summary>
    private int? LastOrganizationBeforeSentence() => NamedBefore(_doc.Sentences[_sentence].FirstToken, int.MaxValue);

    /// <summary>
    /// "The Open Balkan initiative of Serbia, Albania and North Macedonia": an organisation, a bloc noun, and the states
    /// it is "of".
    /// </summary>
    private void OrganizationOfStates()
    {
        for (var k = 0; k + 3 < _v.Count; k++)
        {
            if (M(k) is not { Type: MentionType.Organization } om || om.Entity < 0 || _v[k] != om.Last) continue;
            // "Mercosur, the South American bloc of Brazil, Argentina, Uruguay and Paraguay": an apposition naming its states.
            var comma = AfterAcronym(k + 1);
            if (Is(comma, ",") && Is(comma + 1, "the") && !(T(k).IsWord && !T(k).IsCapitalized))
            {
                var head = comma + 2;
                while (head < _v.Count && head <= comma + 5 && T(head).IsWord && !OrganizationWords.IsGenericNoun(W(head)) && M(head) is null or { Type: MentionType.Country, FormKind: CountryFormKind.Adjective }) head++;
                if (head < _v.Count && T(head).IsWord && OrganizationWords.IsGenericNoun(W(head)) && Is(head + 1, "of") && ReadList(head + 2, out _) is { Count: >= 2 } ofStates)
                {
                    Hit(om.Entity, RelationKind.Member, ofStates);
                    continue;
                }
            }
            var n = k + 1;
            if (!(T(n).IsWord && !T(n).IsCapitalized && W(n).ToLowerInvariant() is "initiative" or "grouping" or "bloc" or "alliance" or "format" or "group" or "club" or "pact" or "forum" or "framework" or "partnership" or "dialogue" or "coalition" or "mechanism")) continue;
            if (!Is(n + 1, "of")) continue;
            var states = ReadList(n + 2, out _);
            if (states.Count >= 2) Hit(om.Entity, RelationKind.Member, states);
        }
    }

    /// <summary>
    /// "the 18-member body stretches from Australia and New Zealand, ..., to tiny Niue": an organisation's extent names
    /// members at both ends.
    /// </summary>
    private void StretchesFrom()
    {
        for (var p = 1; p + 2 < _v.Count; p++)
        {
            // "All 18 Forum members, from Papua New Guinea, with nine million people, to Niue, ...": the extent in apposition.
            var apposed = Is(p, ",") && Is(p + 1, "from") && Is(p - 1, "members") && IsNumberOrWord(p - 2) || Is(p, ",") && Is(p + 1, "from") && Is(p - 1, "members") && IsNumberOrWord(p - 3) && M(p - 2) is { Type: MentionType.Organization };
            if (!apposed && (!IsAny(p, "stretches", "stretch", "stretched", "ranges", "range", "ranged", "extends", "spans", "stretching", "spanning") || !Is(p + 1, "from"))) continue;
            // The subject: an organisation or a generic noun just before the verb.
            var s = p - 1;
            // "the 53-member organisation, which stretches from Canada to New Zealand": the antecedent.
            if (Is(s, "which") && Is(s - 1, ",")) s -= 2;
            int org;
            if (apposed)
            {
                // "All 18 Forum members" (the name before the noun) or "the bloc's 18 members" (its owner).
                org = M(s - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 ? Ent(s - 1)
                    : IsAny(s - 2, "its", "their") || T(s - 2).Kind == TokenKind.Possessive ? OrgFor(s - 1) : -1;
                if (org < 0) continue;
            }
            // "The European Union of today has 27, stretching from Portugal to Finland": the sentence's subject.
            else if (IsAny(p, "stretching", "spanning")) { if (!Is(p - 1, ",") || (org = SentenceSubjectOrganization()) < 0) return; }
            else if (M(s) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(s).IsWord && !T(s).IsCapitalized && OrganizationWords.IsGenericNoun(W(s)))) org = Ent(s);
            else if (T(s).IsWord && OrganizationWords.IsGenericNoun(W(s))) org = Generic(W(s));
            // "Its members stretch from Egypt and Israel in the west to the Republic of Korea and Vietnam in the east"
            else if (Is(s, "members") && (IsAny(s - 1, "its", "their") || T(s - 1).Kind == TokenKind.Possessive)) org = OrgFor(s);
            // "The Forum's 18 members stretch from ...": over the count; "The League's 22 member states stretch from ...".
            else if (Is(s, "members") && IsNumberOrWord(s - 1) && (IsAny(s - 2, "its", "their") || T(s - 2).Kind == TokenKind.Possessive)) org = OrgFor(s - 1);
            else if (IsAny(s, "states", "countries", "nations") && Is(s - 1, "member") && IsNumberOrWord(s - 2) && (IsAny(s - 3, "its", "their") || T(s - 3).Kind == TokenKind.Possessive)) org = OrgFor(s - 2);
            else return;
            if (org < 0) return;
            var from = ReadList(p + 2, out var fromEnd);
            if (from.Count == 0) return;
            var to = new List<Mention>();
            for (var k = fromEnd + 1; k < _v.Count && k <= fromEnd + 25; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (!Is(k, "to")) continue;
                var a = k + 1;
                while (a < _v.Count && a <= k + 3 && T(a).IsWord && !T(a).IsCapitalized && CountryAt(a) is null) a++;
                // "to small island states such as Nauru, Tuvalu and Niue"
                if (CountryAt(a) is null && !Is(a, "the"))
                {
                    for (var e = k + 1; e + 1 < _v.Count && e <= k + 6; e++) if (Is(e, "such") && Is(e + 1, "as") || Is(e, "including")) { a = Is(e, "including") ? e + 1 : e + 2; break; }
                }
                to = ReadList(a, out var toEnd);
                // "... and from Ireland to Cyprus": a second extent.
                if (Is(toEnd + 1, "and") && Is(toEnd + 2, "from") && ReadList(toEnd + 3, out var secondEnd) is { Count: > 0 } secondFrom && Is(secondEnd + 1, "to"))
                {
                    to.AddRange(secondFrom);
                    to.AddRange(ReadList(secondEnd + 2, out _));
                }
                break;
            }
            Hit(org, RelationKind.Member, from);
            if (to.Count > 0) Hit(org, RelationKind.Member, to);
            // "..., and include Russia, China, India and Pakistan, as well as Türkiye and Iran."
            for (var k = fromEnd + 1; k + 2 < _v.Count && k <= fromEnd + 30; k++)
            {
                if (!(Is(k, "and") && IsAny(k + 1, "include", "includes", "including"))) continue;
                var included = ReadList(k + 2, out var includedEnd);
                if (Is(includedEnd + 1, ",") && AsWellAs(includedEnd + 2)) included.AddRange(ReadList(includedEnd + 5, out _));
                if (included.Count > 0) Hit(org, RelationKind.Member, included);
                break;
            }
            return;
        }
    }

    /// <summary>
    /// "Brazil, Argentina and Ecuador left in 2019. Uruguay, under President Luis Lacalle Pou, followed in 2020.": a
    /// state that followed does what the previous sentence's states did.
    /// </summary>
    private void FollowedSuit(int p)
    {
        if (!(p + 1 >= _v.Count || IsAny(p + 1, "suit", "in", ".", ",") )) return;
        var followers = Subject(p, out var notFollowing, out var start);
        // "On Tuesday, Mali and Burkina Faso, also run by soldiers, followed suit": after a time opening the sentence.
        if (start > 1 && start <= 5 && Is(start - 1, ","))
        {
            var opening = true;
            for (var k = 0; k < start - 1; k++) if (M(k) is not null || !(T(k).IsWord || T(k).Kind == TokenKind.Number)) opening = false;
            if (opening) start = 0;
        }
        if (notFollowing || followers.Count == 0 || start != 0) return;
        int org = -1;
        var kind = RelationKind.Member;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            if (Relations[i].Sentence != _sentence - 1) continue;
            if (org >= 0 && (org != Relations[i].Org || kind != Relations[i].Kind)) return;
            org = Relations[i].Org;
            kind = Relations[i].Kind;
        }
        if (org < 0) return;
        // "Britain and Denmark had been founding members of EFTA, and both left it to join the EEC. Greece followed in
        // 1981": a sentence that tells of leaving one organisation for another leaves open which one was followed.
        var previous = _doc.Sentences[_sentence - 1];
        bool left = false, joined = false;
        for (var i = previous.FirstToken; i <= previous.LastToken; i++)
        {
            if (!_t[i].IsWord) continue;
            if (_t[i].Text is "left" or "quit" or "withdrew" or "exited") left = true;
            if (_t[i].Text is "join" or "joined" or "joining") joined = true;
        }
        if (left && joined) return;
        if (kind == RelationKind.NonMember) Departure(org, followers);
        else Hit(org, kind, followers);
    }

    /// <summary>"Andean Community: Bolivia, Colombia, Ecuador and Peru.": a line naming an organisation and its members.</summary>
    private void OrganizationColonList()
    {
        var org = NamedOrganizationAt(0, out var after);
        // "Mercosur (Southern Common Market): founded in 1991 by Argentina, Brazil, Paraguay and Uruguay."
        if (Is(after, "(") && T(after + 1).IsCapitalized)
        {
            var close = after + 1;
            while (close < _v.Count && close <= after + 8 && !Is(close, ")")) close++;
            if (Is(close, ")")) after = close + 1;
        }
        if (org < 0 || !Is(after, ":")) return;
        var q = after + 1;
        if (IsAny(q, "founded", "created", "established", "launched"))
        {
            q++;
            if (Is(q, "in") && T(q + 1).Kind == TokenKind.Number) q += 2;
            if (!Is(q, "by")) return;
            q++;
        }
        var members = ReadList(q, out var end);
        // "Pacific Alliance: Chile, Colombia, Mexico and Peru, a trade group founded in 2011."
        if (members.Count > 0 && (end + 1 >= _v.Count || IsAny(end + 1, ".", ";") || Is(end + 1, ",") && IsAny(end + 2, "a", "an", "the"))) Hit(org, RelationKind.Member, members);
    }

    /// <summary>
    /// "the Lublin Triangle, set up in 2020 with Lithuania and Ukraine": a participle after an organisation names the
    /// states it was set up with, members like the subject that set it up.
    /// </summary>
    private void SetUpWith()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!Is(k, ",") || M(k - 1) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var v = k + 1;
            // "the G5 Sahel, a regional grouping it formed in 2014 with Burkina Faso, Niger, Chad and Mauritania": the state
            // "it" stands for founded it with them.
            Mention? founder = null;
            List<Mention>? founders = null;
            if (IsAny(v, "a", "an", "the"))
            {
                var noun = v + 1;
                while (noun < _v.Count && noun <= v + 3 && T(noun).IsWord && !T(noun).IsCapitalized && !OrganizationWords.IsGenericNoun(W(noun))) noun++;
                if (!(T(noun).IsWord && OrganizationWords.IsGenericNoun(W(noun)) && IsAny(noun + 1, "it", "they"))) continue;
                founder = Is(noun + 1, "it") ? ItState(noun + 1) ?? (Is(0, "the") ? DescribedStateAt(1) : null) : null;
                // ("A, B and C said they would pull out of the X, the four-nation arms consortium they set up with Egypt":
                // "they" are the states the sentence opens with.)
                if (Is(noun + 1, "they")) founders = OpenerList();
                v = noun + 2;
            }
            if (Is(v, "set") && Is(v + 1, "up")) v++;
            else if (!IsAny(v, "founded", "created", "formed", "launched", "established")) continue;
            var w = v + 1;
            // "formed at Athens in February, 1934, with Greece, Rumania and Yugoslavia": over the place and the date.
            for (var round = 0; round < 3; round++)
            {
                if (Is(w, "in") && T(w + 1).Kind == TokenKind.Number) w += 2;
                else if (Is(w, "in") && TimeWords.IsMonth(W(w + 1))) { w += 2; if (T(w).Kind == TokenKind.Number) w++; else if (Is(w, ",") && T(w + 1).Kind == TokenKind.Number) w += 2; }
                else if (IsAny(w, "at", "in") && T(w + 1).IsWord && T(w + 1).IsCapitalized && CountryAt(w + 1) is null && M(w + 1) is not { Type: MentionType.Organization or MentionType.Person }) w += 2;
                else break;
            }
            if (Is(w, ",") && w > v + 1) w++;
            if (!(Is(w, "with") || IsAny(w, "together", "along") && Is(w + 1, "with"))) continue;
            var with = ReadList(Is(w, "with") ? w + 1 : w + 2, out _);
            if (with.Count > 0) Hit(Ent(k - 1), RelationKind.Member, with);
            if (with.Count > 0 && founder is not null) Hit(Ent(k - 1), RelationKind.Member, new[] { founder });
            if (with.Count > 0 && founders is { Count: > 1 }) Hit(Ent(k - 1), RelationKind.Member, founders);
        }
    }

    /// <summary>
    /// "Kenya and Ghana were the first to ratify it", "Ghana ratified the AfCFTA in 2018": the states that ratified an
    /// organisation's founding text are its parties.
    /// </summary>
    private void RatifiedIt(int p)
    {
        int org;
        if (Is(p + 1, "it")) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        else if (NamedOrganizationAt(p + 1, out _) is var named && named >= 0) org = named;
        else return;
        // "The agreement entered into force ... Kenya and Ghana were the first two countries to ratify it": what is ratified
        // is a treaty or a trade area, the article's only one, not the union whose leaders met.
        if (Is(p + 1, "it") && !IsRatifiable(org) && OnlyRatifiable() is var only && only >= 0) org = only;
        if (org < 0) return;
        var v = p - 1;
        if (Is(v, "to") && IsAny(v - 1, "first", "last") && Is(v - 2, "the") && IsAny(v - 3, "were", "was")) v -= 3;
        // "Kenya and Ghana were the first two countries to ratify it".
        else if (Is(v, "to") && IsAny(v - 1, "countries", "states", "nations") && IsNumberOrWord(v - 2) && IsAny(v - 3, "first", "last") && Is(v - 4, "the") && IsAny(v - 5, "were", "was")) v -= 5;
        else if (!IsAny(p, "ratified")) return;
        else v = p;
        var ratifying = Subject(v, out var notRatifying, out _);
        if (!notRatifying && ratifying.Count > 0 && !HasFutureMarker(v)) Hit(org, RelationKind.Member, ratifying);
    }

    /// <summary>
    /// The body a relative clause ending at or after <paramref name="p"/> hangs on: "X (ACR), which ..." or "X, which ... and
    /// which ..."; else -1.
    /// </summary>
    private int RelativeClauseBody(int p)
    {
        for (var k = p - 1; k >= 2; k--)
        {
            if (IsAny(k, ";", ".")) return -1;
            if (!Is(k, "which")) continue;
            if (Is(k - 1, "and")) continue;
            if (!Is(k - 1, ",")) return -1;
            var o = Is(k - 2, ")") && Is(k - 4, "(") ? k - 5 : k - 2;
            return M(o) is { Type: MentionType.Organization, Entity: >= 0 } om && (!_er.Orgs[om.Entity].IsInstitution || IsBankOrFund(om.Entity)) ? om.Entity : -1;
        }
        return -1;
    }

    /// <summary>
    /// "the Zentral Elephant Coalition, a group of some 30 countries, among them Kenya and Gabon, that wants ...": the states
    /// named among a described body's counted states are its members.
    /// </summary>
    private void ApposedGroupOfCountedStates()
    {
        for (var k = 6; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "among") && Is(k + 1, "them") && Is(k - 1, ",") && IsAny(k - 2, "countries", "states", "nations", "governments"))) continue;
            var n = k - 3;
            if (!IsNumberOrWord(n)) continue;
            var of = IsAny(n - 1, "some", "about", "around", "nearly", "roughly") ? n - 2 : n - 1;
            if (!Is(of, "of") || !IsAny(of - 1, "group", "grouping", "coalition", "alliance", "bloc", "club", "union")) continue;
            var org = ApposedOrganization(of - 1, anyArticle: true);
            if (org < 0 || ReadList(k + 2, out _) is not { Count: > 0 } named) continue;
            Hit(org, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "a trade deal with Mercosur, the South American bloc founded by ...": the organisation a noun at <paramref name="noun"/>
    /// stands in apposition to ("ORG, the [words] noun"); else -1.
    /// </summary>
    private int ApposedOrganization(int noun, bool anyArticle = false)
    {
        var the = noun - 1;
        while (the > 0 && the >= noun - 4 && T(the).IsWord && !Is(the, "the") && !(anyArticle && IsAny(the, "a", "an")) && M(the) is null or { Type: MentionType.Country }) the--;
        if (!(Is(the, "the") || anyArticle && IsAny(the, "a", "an")) || !Is(the - 1, ",")) return -1;
        var o = the - 2;
        if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
        // ("the Zentral Commission, the regional body set up in 1947 by ...": a commission described as a body of states.)
        return M(o) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(o).IsCapitalized
            && (!_er.Orgs[om.Entity].IsInstitution || IsAny(noun, "body", "organisation", "organization", "bloc", "grouping")) ? om.Entity : -1;
    }

    /// <summary>
    /// "Pakistan helped found the South Asian Association for Regional Cooperation (SAARC) in 1985"; "SAARC, which Pakistan
    /// helped found in 1985,": a founder, so a member.
    /// </summary>
    private void HelpedFound()
    {
        for (var k = 1; k + 1 < _v.Count; k++)
        {
            if (!IsAny(k, "helped", "help", "helps") || !IsAny(k + 1, "found", "create", "establish", "launch", "set")) continue;
            var verb = Is(k + 1, "set") && Is(k + 2, "up") ? k + 2 : k + 1;
            if (Is(k + 1, "set") && verb == k + 1) continue;
            var org = NamedOrganizationAt(verb + 1, out _);
            var founders = new List<Mention>();
            if (org >= 0)
            {
                founders = Subject(k, out var negated, out _);
                if (negated) continue;
            }
            else if (CountryAt(k - 1) is not null && ReadListBackward(k - 1, out var start, stopAtPreposition: false) is { Count: > 0 } named && Is(start - 1, "which") && Is(start - 2, ","))
            {
                // "..., which Pakistan helped found in 1985,": the organisation the relative clause hangs on.
                var o = start - 3;
                if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
                if (M(o) is { Type: MentionType.Organization } om && om.Entity >= 0 && !_er.Orgs[om.Entity].IsInstitution) { org = Ent(o); founders = named; }
            }
            if (org >= 0 && founders.Count > 0 && !HasFutureMarker(k)) Hit(org, RelationKind.Member, founders);
        }
    }

    /// <summary>
    /// "Its admission takes the number of African countries in the now 15-member group to seven: Algeria, Libya, ...": the
    /// states a colon lists after the number they make in an organisation, when they are that many.
    /// </summary>
    private void NumberInOrganizationTo()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!Is(k, "number") || !Is(k + 1, "of") || !IsAny(k - 1, "the", "its")) continue;
            var q = k + 2;
            while (q < _v.Count && q <= k + 5 && !IsAny(q, "countries", "states", "nations", "members", "producers", "economies")) q++;
            if (!IsAny(q + 1, "in", "of")) continue;
            var r = q + 2;
            if (Is(r, "the")) r++;
            if (IsAny(r, "now", "current")) r++;
            var org = -1;
            if (IsSizeWord(r) && T(r + 1).IsWord && OrganizationWords.IsGenericNoun(W(r + 1))) { org = Generic(W(r + 1)); r += 2; }
            else if (NamedOrganizationAt(r, out var end) is var named && named >= 0) { org = named; r = AfterAcronym(end); }
            if (org < 0 || !Is(r, "to") || !NumberWords.TryParse(W(r + 1), out var n) || !Is(r + 2, ":")) continue;
            if (ReadList(r + 3, out _) is { Count: > 0 } listed && listed.Count == n) Hit(org, RelationKind.Member, listed);
        }
    }

    /// <summary>
    /// "23 of the EU's 27 members also belong to the 32-member alliance. Austria, Cyprus, Ireland and Malta do not."; "Seven
    /// of the 10 members of Asean ... are in Apec. Cambodia, Laos and Myanmar, the other three Asean members, are not.": the
    /// states of an elliptical "do not" are outside the organisation the sentence before gave its members, and, when that
    /// sentence counted them out of another organisation's members, members of that one.
    /// </summary>
    private void StatesDoNot()
    {
        if (_v.Count < 4) return;
        List<Mention>? states = null;
        // "Eleven of the ZU's 15 members also belong to the ZTO; Austria, Finland, Ireland and Sweden do not.": the clause
        // before the semicolon, as the sentence before.
        var semicolon = -1;
        for (var k = 1; k < _v.Count - 3; k++) if (Is(k, ";")) semicolon = k;
        // "The five that do not are Romania, Bulgaria, Croatia, Cyprus and Malta."
        // ("The five that remain outside are Bulgaria, Croatia, ...": the same.)
        if (semicolon < 0 && Is(0, "the") && (IsNumberOrWord(1) || IsAny(1, "others", "rest")) && IsAny(2, "that", "which")
            && (IsAny(3, "do", "are", "have") && IsAny(4, "not", "n't") || IsAny(3, "remain", "stay", "are") && Is(4, "outside"))
            && IsAny(5, "are", "include", "were") && ReadList(6, out _) is { Count: > 0 } thoseThatDoNot)
        {
            states = thoseThatDoNot;
        }
        else
        {
            if (!IsAny(_v.Count - 1, ".", ";") || !IsAny(_v.Count - 2, "not", "n't")) return;
            var verb = _v.Count - 3;
            if (!IsAny(verb, "do", "does", "did", "are", "is", "were", "was", "have", "has")) return;
            var first = semicolon >= 0 ? semicolon + 1 : 0;
            if (Is(first, "the")) first++;
            if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 0 } listed) return;
            var after = end + 1;
            // ", the other three Asean members,": over an apposition.
            if (Is(after, ","))
            {
                var close = after + 1;
                while (close < verb && !Is(close, ",")) close++;
                if (close != verb - 1) return;
                after = verb;
            }
            if (after != verb) return;
            states = listed;
        }
        if (semicolon < 0 && _sentence == 0) return;
        var prev = semicolon >= 0 ? (FirstToken: _doc.Sentences[_sentence].FirstToken, LastToken: _v[semicolon] - 1)
            : (FirstToken: _doc.Sentences[_sentence - 1].FirstToken, LastToken: _doc.Sentences[_sentence - 1].LastToken);
        var outOf = -1;
        var countedOf = -1;
        for (var i = prev.FirstToken; i <= prev.LastToken; i++)
        {
            var t = _t[i];
            var predicate = (t.Is("to") && i > prev.FirstToken && (_t[i - 1].Is("belong") || _t[i - 1].Is("belongs")))
                || (t.Is("in") || t.Is("of")) && i > prev.FirstToken && (_t[i - 1].Is("are") || _t[i - 1].Is("is") || _t[i - 1].Is("members") || _t[i - 1].Is("part"))
                || t.Is("joined");
            if (!predicate) continue;
            var o = i + 1;
            if (o <= prev.LastToken && _t[o].Is("the")) o++;
            if (o <= prev.LastToken && _t[o].IsWord && (_t[o].Text.EndsWith("-member", StringComparison.Ordinal) || _t[o].Text.EndsWith("-nation", StringComparison.Ordinal))) o++;
            if (_er.At(o) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            outOf = _t[o].IsWord && !_t[o].IsCapitalized && OrganizationWords.IsGenericNoun(_t[o].Text) ? GenericAt(o, om.Entity) : OwnerOf(om.Entity);
        }
        if (outOf < 0) return;
        // "23 of the EU's 27 members", "Seven of the 10 members of the Association of Southeast Asian Nations (Asean)".
        // "Of the EU's 27 member states, 22 already belong to the OECD."
        if (_t[prev.FirstToken].IsIgnoreCase("of") && _t[prev.FirstToken + 1].IsIgnoreCase("the") && _er.At(prev.FirstToken + 2) is { Type: MentionType.Organization } ofOwner && ofOwner.Entity >= 0
            && ofOwner.Last + 1 <= prev.LastToken && _t[ofOwner.Last + 1].Kind == TokenKind.Possessive) countedOf = OwnerOf(ofOwner.Entity);
        for (var p0 = prev.FirstToken; p0 + 4 <= prev.LastToken; p0++)
        {
            if (!((_t[p0].Kind == TokenKind.Number || NumberWords.TryParse(_t[p0].Text, out _)) && !_t[p0].IsIgnoreCase("one") && _t[p0 + 1].Is("of") && _t[p0 + 2].Is("the"))) continue;
            var q = p0 + 3;
            if (_er.At(q) is { Type: MentionType.Organization } owner && owner.Entity >= 0)
            {
                q = owner.Last + 1;
                if (q <= prev.LastToken && _t[q].Kind == TokenKind.Possessive) countedOf = OwnerOf(owner.Entity);
            }
            else
            {
                while (q <= prev.LastToken && q <= p0 + 5 && !(_t[q].Is("members") || _t[q].Is("states"))) q++;
                if (q + 2 <= prev.LastToken && _t[q + 1].Is("of") && _er.At(_t[q + 2].Is("the") ? q + 3 : q + 2) is { Type: MentionType.Organization } ofOrg && ofOrg.Entity >= 0) countedOf = OwnerOf(ofOrg.Entity);
            }
        }
        Hit(outOf, RelationKind.NonMember, states);
        if (countedOf >= 0 && countedOf != outOf) Hit(countedOf, RelationKind.Member, states);
    }

    /// <summary>The organisation a generic noun at token <paramref name="token"/> was linked to by the recognizer, or the noun's.</summary>
    private int GenericAt(int token, int linked) => OwnerOf(linked);

    /// <summary>"The six countries of the Eastern Partnership are Armenia, Azerbaijan, ...": its members, as many as counted.</summary>
    private void CountriesOfAreListed()
    {
        if (_v.Count < 7 || !Is(0, "the")) return;
        var q = 1;
        var stated = -1;
        if (IsNumberOrWord(q) && NumberWords.TryParse(W(q), out var n)) { stated = n; q++; }
        if (Is(q, "member") && IsAny(q + 1, "states", "countries")) q++;
        if (!IsAny(q, "countries", "states", "members", "nations", "member-states") || !Is(q + 1, "of")) return;
        var org = NamedOrganizationAt(q + 2, out var end);
        // "The six members of the pact at its death were ...": the noun of the article's body.
        if (org < 0 && Is(q + 2, "the") && T(q + 3).IsWord && !T(q + 3).IsCapitalized && OrganizationWords.IsGenericNoun(W(q + 3))) { org = Generic(W(q + 3)); end = q + 4; }
        if (org < 0) return;
        var v = AfterAcronym(end);
        // Over a short phrase of time.
        if (IsAny(v, "at", "in", "on", "since", "until") && !IsAny(v + 1, ",", "which", "that"))
        {
            var w = v + 1;
            while (w < _v.Count && w <= v + 4 && T(w).IsWord && !IsAny(w, "are", "were", "include", "remain") && M(w) is null) w++;
            if (IsAny(w, "are", "were")) v = w;
        }
        if (!IsAny(v, "are", "were", "include", "remain")) return;
        var at = Is(v + 1, ":") ? v + 2 : v + 1;
        // (States of the past in the list count as items: "the Soviet Union, Poland, Czechoslovakia, ...".)
        if (ReadList(at, out _) is { Count: > 0 } listed && (stated < 0 || listed.Count + _formerStatesInList == stated || Is(v, "include"))) Hit(org, RelationKind.Member, listed);
    }

    /// <summary>
    /// "Kuwait's Emir, Sheikh Sabah ..., was among the leaders of the 22-member league who made the trip, along with Tunisian
    /// President Moncef Marzouki, Lebanese President Michel Suleiman, the chairman of Libya's National Transitional Council,
    /// ...": the states of the leaders are members.
    /// </summary>
    private void AmongTheLeadersOf()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "among") && Is(k + 1, "the") && IsAny(k + 2, "leaders", "heads", "presidents") && Is(k + 3, "of") && IsAny(k - 1, "was", "were"))) continue;
            var q = k + 4;
            if (Is(q, "the")) q++;
            var org = IsSizeWord(q) && T(q + 1).IsWord && OrganizationWords.IsGenericNoun(W(q + 1)) ? Generic(W(q + 1)) : NamedOrganizationAt(Is(k + 4, "the") ? k + 4 : q, out _);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var states = new List<Mention>();
            // The leader the sentence opens with.
            for (var b = k - 2; b >= 0; b--)
            {
                if (M(b) is not { Type: MentionType.Person } person) continue;
                while (b > 0 && M(b - 1) == person) b--;
                // "Kuwait's Emir, Sheikh Sabah ...,": the state before the title in apposition.
                var ownTitle = Is(b - 1, ",") && T(b - 2).IsWord && T(b - 3).Kind == TokenKind.Possessive ? CountryAt(b - 4) : null;
                if ((ownTitle ?? TitleCountry(person) ?? PersonState(b, person) ?? StateOfPerson(person)) is { } own) states.Add(own);
                break;
            }
            // Those "along with" it.
            for (var a = k + 5; a + 2 < _v.Count; a++)
            {
                if (IsAny(a, ";", ".")) break;
                if (!(Is(a, "along") && Is(a + 1, "with"))) continue;
                var leader = false;
                for (var i = a + 2; i < _v.Count; i++)
                {
                    if (IsAny(i, ";", ".")) break;
                    if (IsAny(i, "and") || Is(i, ",") && !Is(i + 1, "the") && M(i + 1) is not { Type: MentionType.Person }) { leader = false; continue; }
                    if (IsAny(i, "chairman", "head", "leader", "president", "king", "emir", "premier")) leader = true;
                    if (leader && T(i).Kind == TokenKind.Possessive && CountryAt(i - 1) is { } whose && !ContainsState(states, whose.Country)) { states.Add(whose); continue; }
                    if (M(i) is not { Type: MentionType.Person } person || _v[i] != person.First) continue;
                    leader = true;
                    if ((TitleCountry(person) ?? PersonState(i, person) ?? StateOfPerson(person)) is { } st && !ContainsState(states, st.Country)) states.Add(st);
                }
                break;
            }
            if (states.Count > 1) Hit(org, RelationKind.Member, states);
            return;
        }
    }

    /// <summary>"The suspension makes Niger the fifth of the AU's 55 member states currently barred": a member, counted among them.</summary>
    private void MakesTheNthOf()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!IsAny(k, "makes", "made", "make") || CountryAt(k + 1) is not { } made) continue;
            var q = k + 2;
            while (q < _v.Count && M(q) == made) q++;
            if (!Is(q, "the") || !(IsOrdinal(W(q + 1)) || IsAny(q + 1, "first", "last", "latest", "only")) || !Is(q + 2, "of") || !Is(q + 3, "the")) continue;
            if (M(q + 4) is not { Type: MentionType.Organization } of || of.Entity < 0) continue;
            var r = q + 4;
            while (r + 1 < _v.Count && M(r + 1) == of) r++;
            if (T(r + 1).Kind != TokenKind.Possessive) continue;
            var n = r + 2;
            if (IsNumberOrWord(n)) n++;
            if (IsAny(n, "members", "member-states") || Is(n, "member") && IsAny(n + 1, "states", "countries")) Hit(Ent(q + 4), RelationKind.Member, new[] { made });
        }
    }

    /// <summary>
    /// "The GCC is a political and economic alliance of six Arab states on the Persian Gulf: Saudi Arabia, the United Arab
    /// Emirates, ...": the states a colon lists after a counted description of the organisation, when they are that many.
    /// </summary>
    private void AllianceOfCountedStates()
    {
        if (_v.Count < 10 || (_anchors & Anchor.Colon) == 0) return;
        var subject = NamedOrganizationAt(0, out var end);
        if (subject < 0) return;
        var v = AfterAcronym(end);
        if (!IsAny(v, "is", "was") || !IsAny(v + 1, "a", "an")) return;
        for (var k = v + 2; k + 3 < _v.Count && k <= v + 8; k++)
        {
            if (!(T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)) && Is(k + 1, "of") && IsNumberOrWord(k + 2) && NumberWords.TryParse(W(k + 2), out var n))) continue;
            for (var c = k + 3; c < _v.Count && c <= k + 12; c++)
            {
                if (IsAny(c, ";", ".")) return;
                if (!Is(c, ":")) continue;
                if (ReadList(c + 1, out _) is { Count: > 0 } listed && listed.Count == n) Hit(subject, RelationKind.Member, listed);
                return;
            }
            return;
        }
    }

    /// <summary>"The eleven who signed in Alma-Ata were Armenia, Azerbaijan, ...": the founders, as many as counted.</summary>
    private void TheNWhoSigned()
    {
        if (_v.Count < 8 || !Is(0, "the") || !IsNumberWord(W(1)) || !NumberWords.TryParse(W(1), out var n) || n < 2 || !IsAny(2, "who", "that", "which")) return;
        if (!IsAny(3, "signed", "founded", "created", "launched", "formed", "set", "joined")) return;
        for (var k = 4; k + 1 < _v.Count && k <= 10; k++)
        {
            if (IsAny(k, ",", ";", ".")) return;
            if (!IsAny(k, "were", "are")) continue;
            if (ReadList(k + 1, out _) is { Count: > 0 } listed && listed.Count == n && (PreviousSentenceOrg() ?? _main) is var org && org >= 0) Hit(org, RelationKind.Member, listed);
            return;
        }
    }

    /// <summary>
    /// "The four-country grouping of Georgia, Ukraine, Azerbaijan and Moldova was born as a counterweight to Moscow": the
    /// members of the organisation of that size, as many as counted.
    /// </summary>
    private void SizedGroupingOf()
    {
        if (_v.Count < 8 || !Is(0, "the") || !IsSizeWord(1) || !T(2).IsWord || !OrganizationWords.IsGenericNoun(W(2)) || !Is(3, "of") || CountryAt(4) is null) return;
        if (!NumberWords.TryParse(W(1).Substring(0, W(1).LastIndexOf('-')), out var n) || ReadList(4, out _) is not { } listed || listed.Count != n) return;
        var sized = SizedOrganization(1);
        if (sized < 0) sized = Generic(W(2));
        if (sized >= 0 && !_er.Orgs[sized].IsInstitution) Hit(sized, RelationKind.Member, listed);
    }

    /// <summary>"Norway and Iceland are not in the EU"; "... although they are not in the EU": states outside an organisation.</summary>
    private void NotInOrganization()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!Is(k, "in") || !IsAny(k - 1, "not", "n't") || !IsAny(k - 2, "are", "is", "were", "was", "remain", "remains")) continue;
            var org = NamedOrganizationAt(k + 1, out var end);
            // "Singapore and Brunei ... are not in the group.": a bloc noun for the body.
            if (org < 0 && Is(k + 1, "the") && T(k + 2).IsWord && !T(k + 2).IsCapitalized && OrganizationWords.IsGenericNoun(W(k + 2)) && T(k + 3).Kind != TokenKind.Possessive)
            {
                org = Generic(W(k + 2));
                end = k + 3;
            }
            if (org >= 0 && !_er.Orgs[org].IsInstitution
                && AfterAcronym(end) is var after && (after >= _v.Count || IsAny(after, ",", ".", ";", "and", "but", "although", "though", "while", "because", "nor", "either")))
            {
                // ("The other two ZAN members, Singapore and Brunei, import most of their food and are not in the group": the
                // states of the clause's first predicate.)
                var outside = Subject(k - 2, out _, out _);
                if (outside.Count == 0 && Is(k - 3, "and") && CoordinatedPredicateSubject(k - 3) is { } coordinated) outside = coordinated;
                if (outside.Count > 0) Hit(org, RelationKind.NonMember, outside);
            }
        }
    }

    /// <summary>
    /// "The Gulf Cooperation Council (GCC) states Saudi Arabia, the United Arab Emirates, Kuwait, Bahrain and Qatar have
    /// taken part"; "the EU countries of France and Germany": the states named right after an organisation's noun for its
    /// members.
    /// </summary>
    private void OrganizationStatesNamed()
    {
        for (var k = 1; k + 1 < _v.Count; k++)
        {
            if (!T(k).IsWord || !IsAny(k, "states", "countries", "nations", "member-states") || M(k) is { Type: MentionType.Organization }) continue;
            var o = k - 1;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(o).IsCapitalized || _er.Orgs[om.Entity].IsInstitution) continue;
            var first = o;
            while (first > 0 && M(first - 1) == om) first--;
            if (Is(first - 1, "non") || Is(first - 1, "-") && Is(first - 2, "non") || T(first - 1).Kind == TokenKind.Possessive) continue;
            var at = Is(k + 1, "of") ? k + 2 : k + 1;
            // "the leaders of the six Gulf Cooperation Council (GCC) states, Saudi Arabia, the UAE, ...": a counted noun, a
            // comma, and as many states.
            var counted = -1;
            var before = first - 1;
            if (Is(before, "the")) before--;
            if (Is(k + 1, ",") && IsNumberOrWord(first - 1) && NumberWords.TryParse(W(first - 1), out var n)) { counted = n; at = k + 2; }
            // "for the 17 EU states that have ratified it: Austria, Belgium, ...": over a relative clause to its colon.
            if (IsAny(k + 1, "that", "which", "who"))
            {
                var colon = k + 2;
                while (colon < _v.Count && colon <= k + 12 && !IsAny(colon, ":", ",", ";", ".")) colon++;
                if (Is(colon, ":")) at = colon + 1;
            }
            if (Is(at, "the") && CountryAt(at + 1) is not null) at++;
            if (CountryAt(at) is null || ReadList(at, out var end) is not { Count: > 0 } named) continue;
            // (", as well as Egypt, Jordan and Iraq, which are not members": the states past the count are others.)
            if (counted > 0 && named.Count < counted) continue;
            if (counted > 0 && named.Count > counted) named = named.GetRange(0, counted);
            if (!(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", ")") || T(end + 1).IsWord && !T(end + 1).IsCapitalized)) continue;
            Hit(om.Entity, RelationKind.Member, named);
        }
    }

    /// <summary>
    /// "The last countries admitted were Croatia and Albania, which joined in 2009"; "The newest members to join the bloc
    /// are Timor-Leste and ...": the states named are members, of the organisation named or the one just told about.
    /// </summary>
    private void LastAdmitted()
    {
        if (_v.Count < 6 || !Is(0, "the") || !IsAny(1, "last", "latest", "newest", "most")) return;
        var q = Is(1, "most") ? (Is(2, "recent") ? 3 : -1) : 2;
        if (q < 0) return;
        if (IsNumberOrWord(q)) q++;
        if (!IsAny(q, "countries", "states", "nations", "members", "country", "state", "member")) return;
        q++;
        var org = -1;
        if (Is(q, "to") && IsAny(q + 1, "join", "be") || IsAny(q, "admitted"))
        {
            if (Is(q, "admitted")) q++;
            else if (Is(q + 1, "join")) q += 2;
            else if (Is(q + 2, "admitted")) q += 3;
            else return;
            if (NamedOrganizationAt(q, out var orgEnd) is var named && named >= 0) { org = named; q = AfterAcronym(orgEnd); }
        }
        else return;
        if (!IsAny(q, "were", "are", "was", "is") || CountryAt(q + 1) is null || ReadList(q + 1, out var end) is not { Count: > 0 } admitted) return;
        if (!(end + 1 >= _v.Count || IsAny(end + 1, ".", ",", ";"))) return;
        if (org < 0) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        if (org >= 0) Hit(org, RelationKind.Member, admitted);
    }

    /// <summary>
    /// "the 13 other countries in the IPEF, among them Japan, India and Fiji"; "now has 57 participating states ...,
    /// Russia and Belarus among them": members named among a counted whole.
    /// </summary>
    /// <summary>The organisation the sentence names last before <paramref name="k"/> (by name or by a bloc's noun), else the one the sentence before was about, else -1.</summary>
    private int OrgBefore(int k)
    {
        for (var b = k - 1; b >= 0; b--)
        {
            if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(b).IsWord && !T(b).IsCapitalized && OrganizationWords.IsGenericNoun(W(b)))) return om.Entity;
            if (T(b).IsWord && !T(b).IsCapitalized && OrganizationWords.IsGenericNoun(W(b)) && Is(b - 1, "the")) return Generic(W(b));
        }
        return PreviousSentenceOrg() ?? -1;
    }

    /// <summary>
    /// The token before a place that ends at <paramref name="e"/> ("in the region", "in the area", "in Europe"), or
    /// <paramref name="e"/> when no place ends there.
    /// </summary>
    private int BeforePlace(int e)
    {
        if (Is(e - 2, "in") && Is(e - 1, "the") && T(e).IsWord && !T(e).IsCapitalized && M(e) is null && IsAny(e, "region", "area", "east", "west", "north", "south", "neighbourhood", "neighborhood")) return e - 3;
        if (Is(e - 1, "in") && T(e).IsWord && T(e).IsCapitalized && M(e) is null && IsAny(e, "Europe", "Africa", "Asia", "America", "Oceania")) return e - 2;
        return e;
    }

    private void AmongThem()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "among") && Is(k + 1, "them"))) continue;
            if (Is(k - 1, ","))
            {
                // "countries in the IPEF, among them"
                var o = k - 2;
                if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
                var first = o;
                while (first > 0 && M(first - 1) is { Type: MentionType.Organization } same && M(o) == same) first--;
                if (M(o) is { Type: MentionType.Organization } om && om.Entity >= 0 && (Is(first - 1, "the") ? first - 2 : first - 1) is var prep && IsAny(prep, "in", "of")
                    && IsAny(prep - 1, "countries", "states", "members", "nations") && ReadList(k + 2, out _) is { Count: > 0 } named)
                {
                    Hit(Ent(o), RelationKind.Member, named);
                }
                // "some 20 governments are still negotiating their accession, among them Ethiopia and Iraq": candidates of
                // the organisation the sentence names.
                else if ((Is(k - 2, "accession") || IsAny(k - 2, "membership", "entry") && IsAny(k - 3, "their", "its")) && ReadList(k + 2, out _) is { Count: > 0 } candidates)
                {
                    var talks = false;
                    for (var b = k - 3; b >= 0 && b >= k - 8; b--) if (IsAny(b, "negotiating", "seeking", "applied", "applying", "awaiting", "candidates")) talks = true;
                    if (talks && OnlyOrganizationIn(_doc.Sentences[_sentence]) is var into && into >= 0) Hit(into, RelationKind.Joining, candidates);
                }
                // "Ukraine and Moldova opened accession negotiations with the bloc in June, and other candidates, among them
                // Montenegro, Albania and Serbia, are waiting": candidates of the body the sentence names before them.
                else if (IsAny(k - 2, "candidates", "applicants", "aspirants", "hopefuls") && !IsAny(k - 3, "presidential", "election", "electoral", "parliamentary")
                         && ReadList(k + 2, out _) is { Count: > 0 } candidatesNamed && OrgBefore(k - 2) is var candidatesOf && candidatesOf >= 0 && !_er.Orgs[candidatesOf].IsInstitution)
                {
                    Hit(candidatesOf, RelationKind.Joining, candidatesNamed);
                }
                // "Several SADC countries, among them Zambia, Zimbabwe and the DRC, also belong to COMESA": the
                // organisation before the noun.
                // ("Other EU states in the region, among them Austria and Italy,": over a place after the noun.)
                else if (BeforePlace(k - 2) is var statesNoun && IsAny(statesNoun, "countries", "states", "members", "nations", "governments") && M(statesNoun - 1) is { Type: MentionType.Organization } modifier && modifier.Entity >= 0
                         && !(T(statesNoun - 1).IsWord && OrganizationWords.IsGenericNoun(W(statesNoun - 1))) && ReadList(k + 2, out _) is { Count: > 0 } examples)
                {
                    Hit(Ent(statesNoun - 1), RelationKind.Member, examples);
                }
                // "the leaders met 13 of the alliance's partners, among them Australia, Japan and Sweden": the partners,
                // observers or members of the organisation the possessive names.
                else if (IsAny(k - 2, "partners", "observers", "members") && T(k - 3).Kind == TokenKind.Possessive && OrgFor(k - 2) is var possessor && possessor >= 0
                         && ReadList(k + 2, out _) is { Count: > 0 } possessed)
                {
                    Hit(possessor, Is(k - 2, "partners") ? RelationKind.DialoguePartner : Is(k - 2, "observers") ? RelationKind.Observer : RelationKind.Member, possessed);
                }
                continue;
            }
            // "..., Russia and Belarus among them": a list just before, after a counted noun the organisation has.
            if (CountryAt(k - 1) is null || !(k + 2 >= _v.Count || IsAny(k + 2, ".", ";", ","))) continue;
            var list = ReadListBackward(k - 1, out var start, stopAtPreposition: false);
            if (list.Count == 0 || !Is(start - 1, ",")) continue;
            // "the OSCE's 57 participating states, Russia and Ukraine among them,": the states of the noun before.
            if (IsAny(start - 2, "members", "states", "member-states") && (Is(start - 2, "members") || IsAny(start - 3, "member", "participating")))
            {
                var nounAt = Is(start - 2, "members") ? start - 2 : start - 3;
                var of = OrgFor(nounAt);
                if (of >= 0) { Hit(of, RelationKind.Member, list); continue; }
            }
            var has = -1;
            for (var b = start - 2; b >= 0 && b >= start - 20; b--) if (IsAny(b, "has", "have", "counts")) { has = b; break; }
            if (has < 0 || !(T(has + 1).Kind == TokenKind.Number || IsNumberWord(W(has + 1)) || Is(has + 1, "now") && (T(has + 2).Kind == TokenKind.Number || IsNumberWord(W(has + 2))))) continue;
            var org = SentenceSubjectOrganization();
            if (org < 0 && M(has - 1) is { Type: MentionType.Organization } subjectOrg && subjectOrg.Entity >= 0) org = Ent(has - 1);
            if (org >= 0) Hit(org, RelationKind.Member, list);
        }
    }

    /// <summary>
    /// "the six-nation Gulf Cooperation Council (GCC), Saudi Arabia, Kuwait, Qatar, Bahrain, the United Arab Emirates
    /// and Oman, met Xi": the states an apposition lists after a sized organisation, when they are as many as its size
    /// (written before it, or carried by its name).
    /// </summary>
    private void SizedApposition()
    {
        for (var k = 0; k + 2 < _v.Count; k++)
        {
            if (M(k) is null or { Type: MentionType.Body } && k > 0 && IsSizeWord(k - 1) && T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k))
                && (Is(k + 1, ",") || T(k + 1).Kind == TokenKind.Dash) && Generic(W(k)) is var nounOrg && nounOrg >= 0
                && SizeAt(k - 1) is var nounSize && nounSize >= 2)
            {
                // "Foreign ministers of the eight-nation council -- the United States, Canada, ... and Iceland -- admitted":
                // a counted noun for the organisation, and as many states after it.
                var nounListed = ReadList(Is(k + 2, "the") && CountryAt(k + 3) is not null ? k + 3 : k + 2, out var nounEnd);
                if (nounListed.Count == nounSize && (Is(nounEnd + 1, ",") || T(nounEnd + 1).Kind == TokenKind.Dash || nounEnd + 1 >= _v.Count || Is(nounEnd + 1, ".")))
                {
                    Hit(nounOrg, RelationKind.Member, nounListed);
                }
                continue;
            }
            if (M(k) is not { Type: MentionType.Organization } named || named.Entity < 0 || _v[k] != named.First) continue;
            // "the six-nation Gulf Cooperation Council (GCC), ...": the size written before the name; else "the Group of Seven
            // (G7), the United States, Canada, ... and Japan, met": the number the name carries, for a capitalised name.
            var size = k > 0 && SizeAt(k - 1) is var written && written >= 2 ? written : -1;
            if (size < 0 && T(k).IsWord && !T(k).IsCapitalized) continue;
            var e = k;
            while (e + 1 < _v.Count && M(e + 1) == named) e++;
            e = AfterAcronym(e + 1) - 1;
            if (!Is(e + 1, ",")) continue;
            var listed = ReadList(e + 2, out var end);
            if (!(Is(end + 1, ",") || end + 1 >= _v.Count || Is(end + 1, "."))) continue;
            var o = _er.Orgs[named.Entity];
            if (size >= 2 ? listed.Count == size : listed.Count >= 3 && (NameCarries(o.Name, listed.Count) || NameCarries(o.Acronym, listed.Count)))
            {
                Hit(named.Entity, RelationKind.Member, listed);
            }
        }
    }

    /// <summary>
    /// Under a fact box's heading, a line whose label tells a change: "Left: Ireland (1949)", "Left and returned: South
    /// Africa (left 1961, returned 1994), ...", "Applied to rejoin: Zimbabwe", "Candidates: ...".
    /// </summary>
    private bool BoxChangeLine()
    {
        if (_boxOrg < 0) return false;
        var colon = -1;
        for (var k = 0; k < _v.Count && k <= 4; k++)
        {
            if (Is(k, ":")) { colon = k; break; }
            if (!T(k).IsWord) return false;
        }
        if (colon < 1 || !StartsLine(0) && _v[0] != _doc.Sentences[_sentence].FirstToken) return false;
        var label = new System.Text.StringBuilder();
        for (var k = 0; k < colon; k++) { if (k > 0) label.Append(' '); label.Append(W(k).ToLowerInvariant()); }
        var kinds = label.ToString() switch
        {
            "left and returned" or "left and rejoined" or "rejoined" or "returned" or "readmitted" => new[] { RelationKind.Member },
            "left" or "withdrew" or "withdrawn" or "expelled" or "former member" or "exited" => new[] { RelationKind.NonMember },
            "applied to rejoin" => new[] { RelationKind.NonMember, RelationKind.Joining },
            "applied" or "applicants" or "applicant" or "candidates" or "candidate" or "candidate countries" or "applied to join" or "accession candidates" => new[] { RelationKind.Joining },
            _ => null,
        };
        if (kinds is null) return false;
        var listed = ReadLabelList(colon + 1);
        if (listed.Count == 0) return false;
        foreach (var kind in kinds)
        {
            if (kind == RelationKind.NonMember) Departure(_boxOrg, listed);
            else Hit(_boxOrg, kind, listed);
        }
        return true;
    }

    private void ReadSentence()
    {
        if (BoxChangeLine()) return;
        // The sentence's anchor words, looked up once (the readers before the assignment to _anchors below read what they
        // read before: they do not test them).
        var anchors = SentenceAnchors();
        FormerName();
        AmongThem();
        SizedApposition();
        OrganizationOfStates();
        OrganizationColonList();
        SetUpWith();
        StretchesFrom();
        SentenceFrames(anchors);
        PactParties();
        OriginalSixAndQuittingTogether();
        MembersOfAnotherIncluded();
        AgreementBetween();
        FormedKnownAs();
        ListAfterOrganization();
        AllMembersOfOneAreMembersOfAnother();
        ListThenMembersThatAreNot();
        // The readers below look for one word each: the sentence's words are looked up once, and a reader runs only
        // when its word is there.
        _anchors = anchors;
        // This session's readers, each behind the words it needs.
        if ((anchors & Anchor.Ordinal) != 0) LastAdmitted();
        if ((anchors & Anchor.Make) != 0) MakesTheNthOf();
        if ((anchors & Anchor.Colon) != 0) AmongTheLeadersOf();
        if ((anchors & Anchor.Dash) != 0) DashedListOfABody();
        if ((anchors & Anchor.Agreed) != 0) AgreedToSetUp();
        if ((anchors & Anchor.Choosing) != 0) ChoosingToRemain();
        if (IsAny(0, "its", "the") && _v.Count > 4) SignatoriesAre();
        if (Is(0, "the") && IsNumberOrWord(1) && IsAny(2, "are", "were")) TheCountedAre();
        if ((anchors & Anchor.States) != 0) OrganizationStatesSuchAs();
        if ((anchors & (Anchor.Founded | Anchor.Which)) != 0) ThatStatesFounded();
        if (Is(0, "all") && IsNumberOrWord(1)) AllTheCountedStatesAreMembers();
        if ((anchors & Anchor.Colon) != 0) CountedStatesOfABodyColon();
        if (Is(0, "the") && Is(2, "of") && T(1).IsWord && OrganizationWords.IsGenericNoun(W(1))) TheGroupOfStates();
        if ((anchors & Anchor.States) != 0) { CountriesOfAreListed(); OrganizationStatesNamed(); }
        if ((anchors & (Anchor.Not | Anchor.Outside)) != 0) StatesDoNot();
        if ((anchors & Anchor.Number) != 0) NumberInOrganizationTo();
        if ((anchors & Anchor.Helped) != 0) HelpedFound();
        SizedGroupingOf();
        TheNWhoSigned();
        if ((anchors & Anchor.Not) != 0) NotInOrganization();
        if ((anchors & Anchor.Like) != 0) LikeTheOthers();
        if ((anchors & Anchor.Non) != 0) NonOrganizationExamples();
        if ((anchors & Anchor.Where) != 0) WhereMember();
        if ((anchors & (Anchor.Fellow | Anchor.Ordinal)) != 0) FellowMembers();
        if ((anchors & Anchor.Sit) != 0) SitAlongside();
        if ((anchors & Anchor.Make) != 0) ThatMakeUp();
        if ((anchors & Anchor.Partners) != 0) PartnersInOrganization();
        if ((anchors & Anchor.One) != 0) OneOfTheMembers();
        if ((anchors & Anchor.Other) != 0) AndOtherMembers();
        if ((anchors & Anchor.Which) != 0) OfWhichItIsAMember();
        if ((anchors & Anchor.Downgraded) != 0) DowngradedToAssociate();
        if ((anchors & Anchor.Whose) != 0) WhoseMembersInclude();
        if ((anchors & Anchor.Joins) != 0) JoinsTheMembers();
        if ((anchors & Anchor.All) != 0) AllOfWhichSuspended();
        if ((anchors & Anchor.Colon) != 0) LeadersListed();
        if ((anchors & Anchor.Colon) != 0) { ForTheCountedStates(); AmongTheCountriesThatJoined(); LeadersWhoLaunched(); ApposedGroupOfCountedStates(); }
        if (IsAny(0, "among", "of")) OpeningOnTheMembers();
        if ((anchors & Anchor.OfTheCounted) != 0) OfTheCountedStates();
        if ((anchors & Anchor.TheCounted) != 0) TheCountedStatesListed();
        if ((anchors & (Anchor.Colon | Anchor.Shares)) != 0) SharesAndApplicants();
        if ((anchors & (Anchor.Make | Anchor.Joins | Anchor.Founded | Anchor.Left | Anchor.Its)) != 0) FoundingAndReturning();
        if ((anchors & Anchor.Its) != 0) TheirBlocNamed();
        CompleteTheBlocWith();
        if (IsAny(0, "governments", "countries", "states", "nations", "those") && IsAny(1, "that", "which", "who")) ThoseThatSignedUpInclude();
        if (IsAny(0, "neither", "nor") || _v.Count > 2 && (Is(_v.Count - 1, "either") || Is(_v.Count - 2, "either"))) NeitherIsEither();
        // The eighth session's readers, each behind its words.
        var aside = (anchors & Anchor.Aside) != 0;
        if (CountryAt(0) is not null || Is(0, "the") && CountryAt(1) is not null) { StatesAreNot(); if (aside) { WentInToo(); NoIntentionOfJoining(); } }
        ListThenOrganizationsStates();
        if (aside) { NeighbourIn(); LeavingTheOthersIn(); AssociateStatus(); }
        if (Is(0, "with")) WithItNowCounts();
        if (aside || (anchors & (Anchor.Ordinal | Anchor.Founded)) != 0) WithListAsItsFounders();
        if (IsNumberOrWord(0) && Is(1, "of")) SubsetAlsoIn();
        if ((anchors & (Anchor.Make | Anchor.Expanded | Anchor.One | Anchor.All | Anchor.Grouped | Anchor.Other | Anchor.Colon | Anchor.But)) != 0 || (anchors & Anchor.Of) != 0) MoreMemberPhrasings();
        for (var p = 0; p < _v.Count; p++)
        {
            var tok = T(p);
            if (!tok.IsWord && tok.Kind != TokenKind.Number) continue;
            if (tok.Kind == TokenKind.Number || tok.Has(WordClass.Number))
            {
                if (tok.Text.IndexOf('-') > 0 && TryCompoundCount(p, tok.Text.ToLowerInvariant())) continue;
                TryCount(p);
            }
            // "The Republic of China was one of the nine founding nations, together with Korea, Japan, ...": founding states are
            // founding members.
            if (IsAny(p - 1, "founding", "founder") && IsAny(p, "nations", "states", "countries") && (!Is(p + 1, "of") || NamedOrganizationAt(p + 2, out _) >= 0))
            {
                MemberCue(p);
                continue;
            }
            if (!tok.Has(WordClass.MembershipCue)) continue; // MembershipWords.Cues, looked up once per distinct word
            var w = tok.Text.ToLowerInvariant();

            switch (w)
            {
                case "member":
                case "members":
                case "member-state":
                case "member-states":
                    MemberCue(p);
                    break;
                case "parties":
                    if (ContractingPartiesNamed(p)) break;
                    if (Is(p + 1, "to") || PartyEndsClause(p)) { PartyTo(p); break; }
                    // "Its parties are Antigua and Barbuda, Argentina, ...": a treaty body's parties are its members.
                    // ("Its contracting parties include ...": over the kind of party.)
                    var partiesOwner = IsAny(p - 1, "contracting", "founding", "state") ? p - 2 : p - 1;
                    if ((IsAny(partiesOwner, "its", "their") || T(partiesOwner).Kind == TokenKind.Possessive && M(partiesOwner - 1) is { Type: MentionType.Organization }) && IsAny(p + 1, "are", "include", "now")
                        && ReadList(Is(p + 1, "now") && IsAny(p + 2, "are", "include") ? p + 3 : p + 2, out _) is { Count: > 0 } parties0)
                    {
                        var partiesOf = IsAny(partiesOwner, "its", "their") ? PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main : Ent(partiesOwner - 1);
                        if (partiesOf >= 0 && !_er.Orgs[partiesOf].IsInstitution) Hit(partiesOf, RelationKind.Member, parties0);
                        break;
                    }
                    // "CEFTA has seven parties: Albania, Bosnia and Herzegovina, ...": the parties to an agreement are its members.
                    // ("The ICPR has six contracting parties: ...": over the kind of party.)
                    var partiesCount = IsAny(p - 1, "contracting", "founding", "state") ? p - 2 : p - 1;
                    if (Is(p + 1, ":") && (T(partiesCount).Kind == TokenKind.Number || IsNumberWord(W(partiesCount))) && IsAny(partiesCount - 1, "has", "have", "had", "now"))
                    {
                        var before = Relations.Count;
                        if (ColonListAfterMembers(p) && Relations.Count > before && NumberWords.TryParse(W(partiesCount), out var parties)) Count(Relations[before].Org, RelationKind.Member, parties, partiesCount, subjectHasThem: true);
                    }
                    break;
                case "party":
                    PartyTo(p);
                    break;
                case "part":
                    // "Poland is also part of the Lublin Triangle": an adverb may stand between.
                    var partCopula = IsAny(p - 1, "also", "still", "now", "already", "formally") ? p - 2 : p - 1;
                    if (Is(p + 1, "of") && (IsCopula(W(partCopula).ToLowerInvariant()) || IsAny(p - 1, "not", "n't") || IsAny(partCopula, "not", "n't")) && PartOfAnOrganization(p + 2)) MemberCue(p);
                    break;
                case "non-member":
                case "non-members":
                case "nonmember":
                    NonMemberCue(p);
                    break;
                case "join":
                case "joins":
                case "joined":
                case "joining":
                case "rejoin":
                case "rejoined":
                case "rejoins":
                    var beforeJoin = Relations.Count;
                    JoinCue(p);
                    if (w.StartsWith("rejoin", StringComparison.Ordinal)) MarkReturns(beforeJoin);
                    break;
                case "suspend":
                    // "led SADC to suspend Madagascar for almost five years": suspended, still a member.
                    if (Is(p - 1, "to") && M(p - 2) is { Type: MentionType.Organization } suspender && suspender.Entity >= 0 && !_er.Orgs[suspender.Entity].IsInstitution
                        && ReadList(p + 1, out _) is { Count: > 0 } toSuspend) Hit(OwnerOf(suspender.Entity), RelationKind.Member, toSuspend);
                    break;
                case "suspended":
                    // "SADC has kept Madagascar suspended since 2009": a member the body keeps suspended.
                    if (CountryAt(p - 1) is not null && ReadListBackward(p - 1, out var keptStart, stopAtPreposition: false) is { Count: > 0 } kept
                        && IsAny(keptStart - 1, "kept", "keeps", "keep", "keeping") && SentenceSubjectOrganization() is var keeper && keeper >= 0)
                    {
                        Hit(keeper, RelationKind.Member, kept);
                        break;
                    }
                    if (!Is(p + 1, "from") && SuspendedBesideAnother(p)) break;
                    if (IsAny(p + 1, "from") || IsAny(p - 1, "remain", "remains", "was", "were", "are", "is", "been")) SuspendedCue(p);
                    else OrganizationSuspended(p);
                    break;
                case "readmitted":
                    var beforeReadmitted = Relations.Count;
                    // "The bloc readmitted Ghana in 2020": active, with its object; else "Syria, readmitted to the Arab League".
                    if (!IsAny(p - 1, "was", "were", "been", "formally", "officially", "be") && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null)) OrganizationAdmitted(p);
                    else AdmittedCue(p);
                    MarkReturns(beforeReadmitted);
                    break;
                case "signatories":
                    SignatoriesCue(p);
                    break;
                case "admission":
                    // "wrapped up with the admission of Kuwait as a new member state": admitted at the meeting told.
                    if (Is(p + 1, "of") && CountryAt(p + 2) is not null && ReadList(p + 2, out var admittedEnd2) is { Count: > 0 } admittedNow && Is(admittedEnd2 + 1, "as"))
                    {
                        var m2 = admittedEnd2 + 2;
                        while (IsAny(m2, "a", "an", "new", "full", "its", "the")) m2++;
                        if (IsAny(m2, "member", "members") && !HasFutureMarker(p) && !IsAny(p - 1, "for", "on", "seeking"))
                        {
                            var into = OrgFor(p);
                            if (into >= 0) Hit(into, RelationKind.Member, admittedNow);
                        }
                    }
                    break;
                case "excluded":
                    // "Russia and Belarus are excluded.": left out of the organisation the text is about.
                    if (IsAny(p - 1, "are", "were", "is", "was") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";", "from"))
                        // "Honduras was excluded from the vote": from an act, not from the organisation.
                        && !(Is(p + 1, "from") && Is(p + 2, "the") && T(p + 3).IsWord && !T(p + 3).IsCapitalized && M(p + 3) is null && !OrganizationWords.IsGenericNoun(W(p + 3))))
                    {
                        var from = Is(p + 1, "from") && JoinsAnOrganization(p + 1, out var excludedFrom) ? excludedFrom : OrgFor(p);
                        var left = Subject(p - 1, out var notExcluded, out _);
                        if (from >= 0 && !notExcluded && left.Count > 0) Hit(from, RelationKind.NonMember, left);
                    }
                    break;
                case "followed":
                    FollowedSuit(p);
                    break;
                case "ratify":
                case "ratified":
                    RatifiedIt(p);
                    break;
                case "admitting":
                    // "launched the procedure for admitting Belarus": on its way in.
                    if (IsAny(p - 1, "for", "of") && IsAny(p - 2, "procedure", "process", "talks") && ReadList(p + 1, out var admittingEnd) is { Count: > 0 } beingAdmitted)
                    {
                        Hit(OrgFor(p), RelationKind.Joining, beingAdmitted, WhenAfter(admittingEnd + 1));
                    }
                    break;
                case "promoted":
                case "upgraded":
                case "elevated":
                    // "Ghana, an associate since 2006, was promoted to full membership at the summit."
                    if (Is(p + 1, "to") && (IsAny(p + 2, "membership", "member") || IsAny(p + 2, "full") && IsAny(p + 3, "membership", "member", "members")))
                    {
                        var promoted = Subject(p, out var notPromoted, out _);
                        // "Ghana's observer status was upgraded to full membership": the state whose status.
                        if (promoted.Count == 0 && !notPromoted && IsAny(p - 1, "was", "is", "has", "been") && (Is(p - 2, "status") || Is(p - 2, "been") && Is(p - 3, "status")))
                        {
                            var st = Is(p - 2, "status") ? p - 2 : p - 3;
                            while (st > 0 && T(st - 1).IsWord && !T(st - 1).IsCapitalized && st >= p - 5) st--;
                            if (T(st - 1).Kind == TokenKind.Possessive && CountryAt(st - 2) is { } whoseStatus) promoted.Add(whoseStatus);
                        }
                        if (promoted.Count > 0 && !notPromoted) Hit(OrgFor(p + 2), HasFutureMarker(p) || IsAny(p - 1, "be") ? RelationKind.Joining : RelationKind.Member, promoted);
                    }
                    // "Leaders of the Melanesian Spearhead Group (MSG) on Friday upgraded Indonesia to associate membership":
                    // the states the organisation raised, to the status named.
                    else if (CountryAt(p + 1) is not null && ReadList(p + 1, out var upgradedEnd) is { Count: > 0 } upgradedStates && Is(upgradedEnd + 1, "to") && !HasFutureMarker(p))
                    {
                        var to = upgradedEnd + 2;
                        if (IsAny(to, "an", "a", "the")) to++;
                        RelationKind? upgradedTo = IsAny(to, "associate", "associated") && IsAny(to + 1, "membership", "member", "status") ? RelationKind.DialoguePartner
                            : IsAny(to, "full") && IsAny(to + 1, "membership", "member") || IsAny(to, "membership") ? RelationKind.Member
                            : IsAny(to, "observer") && IsAny(to + 1, "status") ? RelationKind.Observer : null;
                        var upgrader = -1;
                        for (var b = p - 1; b >= 0 && upgrader < 0; b--) if (M(b) is { Type: MentionType.Organization, Modifier: false } ub && ub.Entity >= 0 && !_er.Orgs[ub.Entity].IsInstitution) upgrader = ub.Entity;
                        if (upgradedTo is { } kindTo && upgrader >= 0) Hit(upgrader, kindTo, upgradedStates);
                    }
                    break;
                case "returned":
                case "returns":
                    // "Eritrea returns to IGAD after 16 years": the present of a headline.
                    if (Is(p, "returns") && !Is(p + 1, "to")) break;
                    var beforeReturn = Relations.Count;
                    ReturnedCue(p);
                    MarkReturns(beforeReturn);
                    break;
                case "others":
                    OthersCue(p);
                    break;
                case "participation":
                    FrozenParticipation(p);
                    break;
                case "ally":
                case "allies":
                    // "Saudi Arabia and the UAE, neighbours and allies in the six-member GCC,": allies in a body, in apposition.
                    if (Is(p, "allies") && Is(p + 1, "in") && JoinsAnOrganization(p + 1, out var alliedIn) && alliedIn >= 0 && !_er.Orgs[alliedIn].IsInstitution)
                    {
                        var ap = p - 1;
                        while (ap > 0 && ap >= p - 4 && (IsAny(ap, "and", "close", "longtime", "fellow") || T(ap).IsWord && !T(ap).IsCapitalized && M(ap) is null && !IsAny(ap, "are", "were", "is", "was"))) ap--;
                        if (Is(ap, ",") && CountryAt(ap - 1) is not null) { Hit(alliedIn, RelationKind.Member, ReadListBackward(ap - 1, out _, stopAtPreposition: false)); break; }
                    }
                    // "NATO ally Canada", "fellow NATO allies Poland and Lithuania": an organisation's ally is its member.
                    if (M(p - 1) is { Type: MentionType.Organization } allyOf && allyOf.Entity >= 0 && !(T(p - 1).IsWord && OrganizationWords.IsGenericNoun(W(p - 1))))
                    {
                        // "ZTO allies including Poland", "ZTO allies such as Hungary": some of them.
                        var alliesAt = Is(p, "allies") && Is(p + 1, ",") && IsAny(p + 2, "including", "notably", "like") ? p + 3
                            : Is(p, "allies") && IsAny(p + 1, "including", "like") ? p + 2
                            : Is(p, "allies") && Is(p + 1, "such") && Is(p + 2, "as") ? p + 3 : p + 1;
                        Hit(Ent(p - 1), RelationKind.Member, ReadList(alliesAt, out _));
                        // "the five Nordic countries, Denmark, Finland, Iceland, Norway and Sweden, all of them now NATO allies,":
                        // the states before the apposition.
                        var ap = p - 1;
                        while (ap > 0 && M(ap - 1) == allyOf) ap--;
                        ap--;
                        while (IsAny(ap, "now", "also", "already", "all", "both", "them", "of", "longtime", "close", "fellow")) ap--;
                        if (Is(p, "allies") && Is(ap, ",") && ap < p - 2 && IsAny(ap + 1, "all", "both") && CountryAt(ap - 1) is not null
                            && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";"))) Hit(Ent(p - 1), RelationKind.Member, ReadListBackward(ap - 1, out _, stopAtPreposition: false));
                        // "The deal infuriated France, a NATO ally, which ...": the state before the apposition.
                        var det = p - 1;
                        while (det > 0 && M(det - 1) == allyOf) det--;
                        // "Belgium and France are NATO allies": the copula's subject, when it names the states.
                        if (Is(p, "allies") && IsAny(det - 1, "are", "were") && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";", "and")))
                        {
                            _excepted = null;
                            var allies = Subject(det - 1, out var notAllies, out var alliesStart);
                            // ("All of them except Ireland are NATO allies": a group named before, without the states set apart.)
                            if (!notAllies && allies.Count > 0 && (CountryAt(alliesStart) is not null || Is(alliesStart, "the") && CountryAt(alliesStart + 1) is not null || _excepted is not null))
                            {
                                Hit(Ent(p - 1), RelationKind.Member, allies);
                                if (_excepted is { } apart) Hit(Ent(p - 1), RelationKind.NonMember, apart);
                            }
                            _excepted = null;
                        }
                        if (Is(p, "ally") && IsAny(det - 1, "a", "an") && Is(det - 2, ",") && CountryAt(det - 3) is { } allied) Hit(Ent(p - 1), RelationKind.Member, new[] { allied });
                    }
                    else if (Is(p, "allies") && (IsAny(p - 1, "two", "three") && IsAny(p - 2, "last", "only") && Is(p - 3, "the") || IsAny(p - 1, "last", "only") && Is(p - 2, "the"))
                             && Is(p - 3 - (IsAny(p - 1, "two", "three") ? 1 : 0), ",") && CountryAt(p - 4 - (IsAny(p - 1, "two", "three") ? 1 : 0)) is not null)
                    {
                        // "Hungary and Turkey, the last two allies to ratify, approved ...": an apposition.
                        var alliance = AllianceOf(SentenceOrganizationOr(OrgFor(p)));
                        if (alliance >= 0) Hit(alliance, RelationKind.Member, ReadListBackward(p - 4 - (IsAny(p - 1, "two", "three") ? 1 : 0), out _, stopAtPreposition: false));
                    }
                    else if (Is(p, "allies") && IsAny(p - 1, "only", "two", "three", "last", "remaining") && Is(p - 2, "the") && IsAny(p - 3, "are", "were", "remain")
                             && !Is(p + 1, "of") && AllianceOf(SentenceOrganizationOr(OrgFor(p))) is var alliance && alliance >= 0)
                    {
                        // "Turkey and Hungary are the only allies that have not yet ratified Sweden's membership": an
                        // alliance's allies are its members.
                        var allies = Subject(p - 3, out var notAllies, out _);
                        if (!notAllies && allies.Count > 0) Hit(alliance, RelationKind.Member, allies);
                    }
                    else if (Is(p, "allies") && Is(p + 1, ",") && Is(p + 2, "among") && Is(p + 3, "them")
                             && (Is(p - 1, "the") || IsNumberOrWord(p - 1) && IsAny(p - 2, "the", "its", "all") || IsAny(p - 1, "several", "some", "many", "other", "few")
                                 || Is(p - 1, "of") && IsAny(p - 2, "handful", "number", "couple", "majority", "minority"))
                             && ReadList(p + 4, out _) is { Count: > 0 } someAllies && AllianceOf(SentenceOrganizationOr(OrgFor(p))) is var allianceOf && allianceOf >= 0)
                    {
                        // "Only nine of the 29 allies, among them the US, the UK, Greece and Poland, meet ...": some of its members.
                        Hit(allianceOf, RelationKind.Member, someAllies);
                    }
                    else if (Is(p, "allies") && IsAny(p - 1, "two", "three", "four") && IsAny(p - 2, "only", "last") && Is(p - 3, "the"))
                    {
                        // "the only two allies that have yet to ratify them are Hungary and Turkey".
                        for (var k = p + 1; k < _v.Count && k <= p + 10; k++)
                        {
                            if (IsAny(k, ",", ";", ".")) break;
                            if (IsAny(k, "are", "were") && ReadList(k + 1, out _) is { Count: > 0 } lastAllies && AllianceOf(SentenceOrganizationOr(OrgFor(p))) is var lastOf && lastOf >= 0)
                            {
                                Hit(lastOf, RelationKind.Member, lastAllies);
                                break;
                            }
                        }
                    }
                    break;
                case "suspension":
                    SuspensionLifted(p);
                    break;
                case "membership":
                    RejectedMembership(p);
                    WhoseMembership(p);
                    break;
                case "leaving":
                case "withdrawing":
                case "quitting":
                    LeavingCue(p);
                    break;
                case "departure":
                    if (Is(p + 1, "of") && IsAny(p - 1, "the")) ExitOfCue(p);
                    else if (T(p - 1).Kind == TokenKind.Possessive) LeftCue(p);
                    break;
                case "leave":
                case "leaves":
                case "withdraw":
                case "withdraws":
                case "quits":
                case "left":
                case "quit":
                case "exited":
                case "withdrew":
                case "withdrawn":
                case "expelled":
                case "withdrawal":
                case "exit":
                    // "Trump on Monday formally withdrew the United States from the Trans-Pacific Partnership (TPP)": the state
                    // withdrawn is the object.
                    if (w == "withdrew" && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null) && ReadList(Is(p + 1, "the") && CountryAt(p + 2) is not null ? p + 2 : p + 1, out var withdrawnEnd) is { Count: > 0 } withdrawn
                        && Is(withdrawnEnd + 1, "from") && JoinsAnOrganization(withdrawnEnd + 1, out var withdrawnFrom) && withdrawnFrom >= 0)
                    {
                        Departure(withdrawnFrom, withdrawn);
                        break;
                    }
                    // "Last month the Council of Europe expelled Russia": the body that expels, the state expelled. "The ZTO, the
                    // continent's oldest human rights organisation, expelled Russia": over an apposition after the subject.
                    if (w == "expelled" && !IsAny(p - 1, "was", "were", "been", "be", "being") && CountryAt(p + 1) is not null && ReadList(p + 1, out _) is { Count: > 0 } expelledStates && !HasFutureMarker(p))
                    {
                        // ("The Zentral Organization (ZO) expelled Russia": over the acronym.)
                        var expellerAt = Is(p - 1, ")") && Is(p - 3, "(") ? p - 4 : p - 1;
                        var expeller = M(expellerAt) is { Type: MentionType.Organization, Entity: >= 0 } ? Ent(expellerAt)
                            : Is(p - 1, ",") && NamedOrganizationAt(0, out var expellerEnd) is var opening && opening >= 0 && Is(AfterAcronym(expellerEnd), ",") ? opening : -1;
                        if (expeller >= 0)
                        {
                            Departure(expeller, expelledStates);
                            break;
                        }
                    }
                    LeftCue(p);
                    break;
                case "participating":
                    // "four participating States, Ukraine, Estonia, Latvia and Lithuania": the OSCE's word for members.
                    if (IsAny(p + 1, "states") && !Is(p - 1, "non")) MemberCue(p + 1);
                    // "Armenia and Azerbaijan are both participating states of the OSCE", "Monaco is a participating state of
                    // the OSCE": members, after the copula.
                    if (IsAny(p + 1, "states", "state") && Is(p + 2, "of") && NamedOrganizationAt(Is(p + 3, "the") ? p + 4 : p + 3, out _) is var participatedIn && participatedIn >= 0
                        && !_er.Orgs[participatedIn].IsInstitution)
                    {
                        var cop = p - 1;
                        while (cop > 0 && IsAny(cop, "a", "both", "also", "all", "now", "still")) cop--;
                        if (IsAny(cop, "is", "are", "was", "were", "remains", "remain", "became") && Subject(cop, out var notParticipating, out _) is { Count: > 0 } participants && !notParticipating)
                            Hit(participatedIn, RelationKind.Member, participants);
                    }
                    break;
                case "pulled":
                case "pulls":
                case "walked":
                    // "walked out of the Union of South American Nations": with its object only ("walked out in 1969" may be of a meeting).
                    if (Is(p + 1, "out") && (!Is(p, "walked") || Is(p + 2, "of"))) PulledOut(p);
                    break;
                case "counts":
                    CompositionCue(p, w);
                    break;
                case "own":
                    // "Brazil, Mexico and South Africa have their own Zentral Dialogue Forum": the body the states have is theirs.
                    // (Not "Chile has its own ZTO office": the name closes the phrase.)
                    if (IsAny(p - 1, "their", "its") && IsAny(p - 2, "have", "has", "had") && NamedOrganizationAt(p + 1, out var ownedEnd) is var owned && owned >= 0 && !_er.Orgs[owned].IsInstitution
                        && AfterAcronym(ownedEnd) is var afterOwned && (afterOwned >= _v.Count || IsAny(afterOwned, ".", ",", ";", "and", "but", "while", "which", "that", "since"))
                        && Subject(p - 2, out var notOwned, out var ownersAt) is { Count: > 0 } owners && !notOwned && CountryAt(ownersAt) is not null) Hit(owned, RelationKind.Member, owners);
                    break;
                case "links":
                case "linking":
                    // "the Five Eyes, the intelligence alliance that links the United States, Britain, ...": what a described
                    // body links is what it is made of, as "that groups".
                    if (!ApposedBodyLinks(p)) LinksWith(p);
                    break;
                case "thrown":
                case "kicked":
                    ThrownOutOf(p);
                    break;
                case "admit":
                    if (Is(p - 1, "to")) AgreedToAdmit(p);
                    break;
                case "added":
                case "adds":
                case "admits":
                case "take":
                case "took":
                case "takes":
                case "taking":
                    if (w is "added" or "adds" or "admits" || Is(p + 1, "in")) OrganizationTookIn(p);
                    break;
                case "status":
                    CandidateStatus(p);
                    break;
                case "talks":
                case "negotiations":
                    AccessionTalks(p);
                    break;
                case "set":
                    // "set up by A, B and C", "was set up in 2009 by A, B, C and D": the founders after "by".
                    if (Is(p + 1, "up") && SetUpBy(p + 2)) CompositionCue(p + 1, "founded");
                    else if (Is(p + 1, "up") && SetUpWithInApposition(p)) { }
                    else if (Is(p + 1, "up")) FoundedByCountries(p, p + 2);
                    break;
                case "belong":
                case "belongs":
                case "belonged":
                    BelongCue(p);
                    break;
                case "outside":
                    OutsideCue(p);
                    break;
                case "out":
                    // "..., which groups Bangladesh, ... with Myanmar and Thailand and leaves out Pakistan": the states left out.
                    if (IsAny(p - 1, "leaves", "leaving", "left", "leave") && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null))
                    {
                        var outOfIt = -1;
                        for (var k = p - 2; k >= 1 && outOfIt < 0; k--)
                        {
                            if (IsAny(k, ";", ".")) break;
                            if (Is(k, "which") && Is(k - 1, ",")) { if (Is(k - 2, ")")) k--; outOfIt = M(k - 2) is { Type: MentionType.Organization } lo && lo.Entity >= 0 ? lo.Entity : -2; }
                        }
                        if (outOfIt == -1) outOfIt = SentenceSubjectOrganization();
                        if (outOfIt >= 0) Hit(outOfIt, RelationKind.NonMember, ReadList(p + 1, out _));
                        break;
                    }
                    if (IsAny(p - 1, "stayed", "stay", "stays", "remain", "remains", "remained", "kept", "stays") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";", "of", "after", "because", "ever", "until")))
                    {
                        // "Norway and Iceland have stayed out", "remain out of the bloc"
                        // "... have so far stayed out of it": the organisation before, as without an object.
                        var outOf = Is(p + 1, "of") && !Is(p + 2, "it") ? (JoinsAnOrganization(p + 1, out var named) ? named : -1)
                            : Is(p + 2, "it") && SentenceSubjectOrganization() is var subjectOrg && subjectOrg >= 0 ? subjectOrg : -1;
                        // "has kept out of ZU defence cooperation": a policy of the body, not the body.
                        if (Is(p + 1, "of") && M(Is(p + 2, "the") ? p + 3 : p + 2) is { Type: MentionType.Organization, Modifier: true } modifier && _er.At(modifier.Last + 1) is null
                            && modifier.Last + 1 < _t.Count && _t[modifier.Last + 1].Text is "defence" or "defense" or "foreign" or "summit" or "summits" or "meeting" or "meetings" or "presidency") break;
                        // "the AIIB, which opened in January and which the United States and Japan have stayed out of.": a
                        // preposition left at the end of a relative clause is of the body the clause hangs on.
                        if (Is(p + 1, "of") && (p + 2 >= _v.Count || IsAny(p + 2, ".", ",", ";")))
                        {
                            outOf = RelativeClauseBody(p);
                            if (outOf < 0) break;
                        }
                        // "North Macedonia joined the alliance last year, while Serbia has stayed out of it": the organisation
                        // the sentence named last before, a noun resolved here.
                        var bareOrIt = !Is(p + 1, "of") || Is(p + 2, "it");
                        for (var k = p - 1; bareOrIt && outOf < 0 && k >= 0; k--)
                        {
                            if (M(k) is not { Type: MentionType.Organization, Modifier: false } before || before.Entity < 0) continue;
                            // Not "Trinidad and Tobago and Barbados, both members of CARICOM, have stayed out": the
                            // organisation the subject is said to belong to.
                            if (MembersOfIt(k)) { bareOrIt = false; break; }
                            outOf = Ent(k);
                        }
                        if (outOf < 0 && bareOrIt) outOf = LatestOrgBefore(p);
                        var outside = Subject(p - 1, out var negatedOut, out _);
                        if (outOf >= 0 && !negatedOut && outside.Count > 0)
                        {
                            Hit(outOf, RelationKind.NonMember, outside);
                            // "France has stayed out of it, as have Italy and Poland": those that did the same.
                            for (var k = p + 1; k + 3 < _v.Count && k <= p + 16 && !IsAny(k, ";", "."); k++)
                            {
                                if (!(Is(k, ",") && Is(k + 1, "as") && IsAny(k + 2, "have", "has", "did", "do", "does"))) continue;
                                if (ReadList(k + 3, out _) is { Count: > 0 } alsoOut) Hit(outOf, RelationKind.NonMember, alsoOut);
                                break;
                            }
                        }
                    }
                    break;
                case "none":
                case "neither":
                    NoneOfWhichCue(p);
                    break;
                case "admitted":
                case "accepted":
                case "incorporated":
                    // "Venezuela will be formally incorporated at a special summit on July 31": admitted.
                    if (w == "incorporated" && !(IsAny(p - 1, "formally", "officially", "fully") && IsAny(p - 2, "be", "was", "been") || IsAny(p - 1, "be", "was", "been") && IsAny(p - 2, "will", "would", "to"))) break;
                    if (IsAny(p - 1, "was", "were", "been", "formally", "officially", "be")) AdmittedCue(p);
                    else if (w == "admitted") OrganizationAdmitted(p);
                    break;
                case "become":
                case "became":
                case "becomes":
                case "becoming":
                    BecomeCue(p);
                    break;
                case "applied":
                case "apply":
                case "applies":
                case "application":
                case "applications":
                case "bid":
                case "accession":
                case "candidate":
                case "candidates":
                case "candidacy":
                    ApplicationCue(p, w);
                    break;
                case "request":
                    StatesRequestFor(p);
                    break;
                case "partner":
                case "partners":
                    // "the bloc's trading partners": commerce, not a status.
                    if (p > _betweenAt || IsAny(p - 1, "trading", "trade", "commercial")) break;
                    PartnerCue(p);
                    break;
                case "associated":
                    // "The Ivory Coast and Cameroon, both associated with the European Economic Community, enjoy ...",
                    // "Chile is associated with Mercosur": associates, read as partners.
                    if (Is(p + 1, "with") && NamedOrganizationAt(p + 2, out _) is var associatedWith && associatedWith >= 0 && !_er.Orgs[associatedWith].IsInstitution)
                    {
                        var apposed = IsAny(p - 1, "both", "all") && Is(p - 2, ",") && CountryAt(p - 3) is not null ? ReadListBackward(p - 3, out _, stopAtPreposition: false) : null;
                        var associates = apposed ?? (IsAny(p - 1, "is", "are", "was", "were") && Subject(p - 1, out var notAssociated, out _) is { Count: > 0 } subjectAssociated && !notAssociated ? subjectAssociated : null);
                        if (associates is { Count: > 0 }) Hit(associatedWith, RelationKind.DialoguePartner, associates);
                        break;
                    }
                    // "Mercosur's associated states – Chile, Colombia and Peru –": partners of the bloc, not members. Only
                    // when the organisation is named ("the bloc's" could be any of the article's blocs).
                    if (IsAny(p + 1, "states", "countries") && T(p - 1).Kind == TokenKind.Possessive && NamedOrganizationAt(p - 2, out _) is var owner && owner >= 0)
                    {
                        var q = p + 2;
                        if (q < _v.Count && (T(q).Kind == TokenKind.Dash || IsAny(q, ":", "(", "are", "include", "including"))) q++;
                        else q = AfterCommaIntroducer(q);
                        var associated = ReadList(q, out _);
                        if (associated.Count > 0) Hit(owner, RelationKind.DialoguePartner, associated);
                    }
                    else if (IsAny(p - 1, "are", "were", "remain") && IsAny(p + 1, "states", "countries") && (p + 2 >= _v.Count || IsAny(p + 2, ".", "of", ",", ";")))
                    {
                        // "Chile, Colombia, Ecuador and Peru are associated states (of Mercosur)": partners; "remain associated states".
                        var of = Is(p + 2, "of") ? NamedOrganizationAt(p + 3, out _) : -1;
                        var associated = Subject(p - 1, out var notAssociated, out var associatedAt);
                        // "Brazil is a founding member of Mercosur, in which Guyana and Suriname are associated states".
                        if (of < 0 && associatedAt >= 3 && Is(associatedAt - 1, "which") && IsAny(associatedAt - 2, "in", "of") && Is(associatedAt - 3, ","))
                        {
                            var o = associatedAt - 4;
                            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
                            if (M(o) is { Type: MentionType.Organization } inWhich && inWhich.Entity >= 0) of = Ent(o);
                        }
                        var owner2 = of >= 0 ? of : PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
                        if (owner2 >= 0 && !notAssociated && associated.Count > 0) Hit(owner2, RelationKind.DialoguePartner, associated);
                    }
                    break;
                case "observer":
                case "observers":
                    ObserverCue(p);
                    break;
                case "welcomed":
                case "welcomes":
                case "welcoming":
                case "welcome":
                    // "The 53-member Commonwealth welcomed back The Gambia in February": a return.
                    if (Is(p + 1, "back") && (CountryAt(p + 2) is not null || Is(p + 2, "the") && CountryAt(p + 3) is not null) && !HasFutureMarker(p))
                    {
                        var before = Relations.Count;
                        Hit(OrgFor(p, forward: false), RelationKind.Member, ReadList(p + 2, out _));
                        MarkReturns(before);
                        break;
                    }
                    // "In 2008 the ZTO welcomed Ghana as its 15th member"
                    if (CountryAt(p + 1) is not null)
                    {
                        var welcomed = ReadList(p + 1, out var welcomedEnd);
                        var k = welcomedEnd + 1;
                        if (Is(k, "as"))
                        {
                            k++;
                            while (k < _v.Count && k <= welcomedEnd + 6 && (IsAny(k, "its", "the", "a", "new", "full", "newest", "latest") || T(k).Kind == TokenKind.Possessive || M(k) is { Type: MentionType.Organization } || T(k).IsWord && W(k).EndsWith("th", StringComparison.Ordinal) || T(k).Kind == TokenKind.Number)) k++;
                            if (IsAny(k, "member", "members", "member-state") && !HasFutureMarker(p) && W(p).ToLowerInvariant() != "welcome") Hit(OrgFor(p, forward: false), RelationKind.Member, welcomed);
                            // "Malaysia hopes to welcome Timor-Leste as Asean's 11th member": on its way in, into the body named
                            // in the phrase if there is one.
                            else if (IsAny(k, "member") && (HasFutureMarker(p) || Is(p - 1, "to")))
                            {
                                var into = -1;
                                for (var q = welcomedEnd + 2; q < k && into < 0; q++) if (M(q) is { Type: MentionType.Organization } asOf && asOf.Entity >= 0) into = Ent(q);
                                if (into < 0) into = OrgFor(p, forward: false);
                                if (into >= 0 && !_er.Orgs[into].IsInstitution) Hit(into, RelationKind.Joining, welcomed);
                            }
                            // "who also welcomed Ireland, the Gambia and the US state of Louisiana as observers"
                            else if (IsAny(k, "observer", "observers") && !HasFutureMarker(p)) Hit(OrgFor(p, forward: false), RelationKind.Observer, welcomed);
                        }
                        // "in welcoming South Sudan into the Northern Corridor Integration Projects": a member.
                        else if (IsAny(k, "into", "to") && (NamedOrganizationAt(k + 1, out _) is var welcomedInto && welcomedInto >= 0 || JoinsAnOrganization(k, out welcomedInto) && welcomedInto >= 0)
                            && !_er.Orgs[welcomedInto].IsInstitution && !HasFutureMarker(p))
                        {
                            Hit(welcomedInto, RelationKind.Member, welcomed);
                        }
                    }
                    break;
                case "named":
                    TheyNamedTheBody(p);
                    break;
                case "make":
                case "makes":
                    // "Brazil, Peru and Chile make up the organisation"
                    if (Is(p + 1, "up") && !Is(p + 2, "of") && JoinsAnOrganization(p + 1, out var madeUp) && madeUp >= 0) MadeUpBy(p, madeUp);
                    break;
                case "form":
                    // "Sierra Leone and Liberia, which together with Guinea and Côte d'Ivoire form the Mano River Union"
                    if (NamedOrganizationAt(p + 1, out _) is var formed && formed >= 0 && !_er.Orgs[formed].IsInstitution) MadeUpBy(p, formed);
                    break;
                case "founder":
                case "co-founder":
                case "signatory":
                    // "Libya is also a founder of the Arab Maghreb Union (AMU)": a member; "Brunei is also a signatory of the
                    // Zentral Partnership (ZP)" (or "to") too.
                    if ((Is(p + 1, "of") || w == "signatory" && Is(p + 1, "to")) && NamedOrganizationAt(p + 2, out _) is var founderOf && founderOf >= 0 && !_er.Orgs[founderOf].IsInstitution)
                    {
                        var b = p - 1;
                        while (IsAny(b, "a", "an", "the", "also", "original", "key", "leading")) b--;
                        if (b >= 0 && IsCopula(W(b).ToLowerInvariant()) && Subject(b + 1, out var notFounder, out _) is { Count: > 0 } founder && !notFounder) Hit(founderOf, RelationKind.Member, founder);
                    }
                    break;
                case "founders":
                    // "Iraq and Kuwait, two of the founders of the ZTO, are expected to ...": the states of the apposition.
                    if (Is(p + 1, "of") && NamedOrganizationAt(p + 2, out _) is var apposedFounded && apposedFounded >= 0 && !_er.Orgs[apposedFounded].IsInstitution)
                    {
                        var b = p - 1;
                        while (IsAny(b, "original", "first")) b--;
                        if (Is(b, "the")) b--;
                        if (Is(b, "of") && (IsNumberOrWord(b - 1) || IsAny(b - 1, "both", "all"))) b -= 2;
                        // "Denmark, a ZU member since 1973 and one of the founders of the ZTO,": over the apposition's first part.
                        if (Is(b, "and"))
                        {
                            for (var k = b - 1; k >= 1 && k >= b - 10; k--)
                            {
                                if (IsAny(k, ";", ".", "and")) break;
                                if (!Is(k, ",")) continue;
                                if (CountryAt(k - 1) is not null && IsAny(k + 1, "a", "an")) b = k;
                                break;
                            }
                        }
                        if (Is(b, ",") && CountryAt(b - 1) is not null && ReadListBackward(b - 1, out _, stopAtPreposition: false) is { Count: > 0 } apposedFounders)
                        {
                            Hit(apposedFounded, RelationKind.Member, apposedFounders);
                            break;
                        }
                    }
                    // "Guatemala and Honduras were founders, together with El Salvador and Nicaragua, of the Central American
                    // Common Market": the states between commas founded it too.
                    if (IsAny(p - 1, "were", "are") && Is(p + 1, ",") && AlongWith(p + 2) is var cofoundersAt && cofoundersAt > 0
                        && ReadList(cofoundersAt, out var cofoundersEnd) is { Count: > 0 } cofounders0 && Is(cofoundersEnd + 1, ",") && Is(cofoundersEnd + 2, "of")
                        && NamedOrganizationAt(cofoundersEnd + 3, out _) is var cofounded && cofounded >= 0 && !_er.Orgs[cofounded].IsInstitution
                        && Subject(p - 1, out var notCofounders, out _) is { Count: > 0 } cofounders1 && !notCofounders)
                    {
                        Hit(cofounded, RelationKind.Member, cofounders1);
                        Hit(cofounded, RelationKind.Member, cofounders0);
                        break;
                    }
                    // "Guatemala and Honduras were founders of the Central American Common Market in 1960, together with El
                    // Salvador and Nicaragua": the subject and the states it founded the body with.
                    if (IsAny(p - 1, "were", "are") && Is(p + 1, "of") && NamedOrganizationAt(p + 2, out var foundedOfEnd) is var foundedOf && foundedOf >= 0 && !_er.Orgs[foundedOf].IsInstitution
                        && Subject(p - 1, out var notFounders0, out _) is { Count: > 0 } founders0 && !notFounders0)
                    {
                        Hit(foundedOf, RelationKind.Member, founders0);
                        for (var k = AfterAcronym(foundedOfEnd); k + 2 < _v.Count && k <= foundedOfEnd + 8; k++)
                        {
                            if (IsAny(k, ";", ".")) break;
                            if (Is(k, ",") && AlongWith(k + 1) is var withAt && withAt > 0 && ReadList(withAt, out _) is { Count: > 0 } cofounders) { Hit(foundedOf, RelationKind.Member, cofounders); break; }
                        }
                        break;
                    }
                    // "Its founders included the United States, Canada and most of Western Europe": members.
                    if (IsAny(p - 1, "its", "their") && IsAny(p + 1, "included", "include", "were", "are") && ReadList(p + 2, out _) is { Count: > 0 } itsFounders)
                    {
                        var foundersOf = PreviousSentenceOrg() ?? _main;
                        if (foundersOf >= 0) Hit(foundersOf, RelationKind.Member, itsFounders);
                        break;
                    }
                    // "The 13-member group, whose founders were Iraq, Iran, ... when it was created": the body the clause hangs on.
                    // ("The Zentral Passport Union, whose founders Denmark, Finland and Norway agreed in the 1950s to ...": the
                    // founders named right after the noun.)
                    var whoseListAt = IsAny(p + 1, "included", "were") ? p + 2 : CountryAt(p + 1) is not null ? p + 1 : -1;
                    if (Is(p - 1, "whose") && Is(p - 2, ",") && whoseListAt > 0 && ReadList(whoseListAt, out var whoseFoundersEnd) is { Count: > 0 } whoseFounders
                        && (whoseListAt == p + 2 || whoseFounders.Count > 1 && T(whoseFoundersEnd + 1).IsWord && !T(whoseFoundersEnd + 1).IsCapitalized))
                    {
                        var e = Is(p - 3, ")") && Is(p - 5, "(") ? p - 6 : p - 3;
                        var foundersOf = M(e) is { Type: MentionType.Organization, Entity: >= 0 } om && !(T(e).IsWord && !T(e).IsCapitalized) ? om.Entity
                            : T(e).IsWord && !T(e).IsCapitalized && OrganizationWords.IsGenericNoun(W(e)) ? Generic(W(e)) : -1;
                        if (foundersOf >= 0 && !_er.Orgs[foundersOf].IsInstitution) Hit(foundersOf, RelationKind.Member, whoseFounders);
                        break;
                    }
                    // "The United States and Mexico were among the founders, while Canada joined only in 1990": members.
                    {
                        var the = IsAny(p - 1, "original", "first") ? p - 2 : p - 1;
                        // "Both kingdoms were among the seven founders of the Arab League": over the number.
                        if (the > 1 && IsNumberOrWord(the) && !Is(the, "one")) the--;
                        // "Libya was one of the founders of the AMU": as "among the founders".
                        var copula = Is(the - 1, "among") ? the - 2 : Is(the - 1, "of") && Is(the - 2, "one") ? the - 3 : -1;
                        if (Is(the, "the") && IsAny(copula, "were", "are", "was", "is"))
                        {
                            var among = Subject(copula, out var notAmong, out _);
                            var amongOf = Is(p + 1, "of") && NamedOrganizationAt(p + 2, out _) is var ofFounded && ofFounded >= 0 ? ofFounded : OrgFor(p);
                            if (!notAmong && among.Count > 0 && amongOf >= 0 && !_er.Orgs[amongOf].IsInstitution) Hit(amongOf, RelationKind.Member, among);
                            break;
                        }
                    }
                    // "Brazil, Russia, India and China are the bloc's founders"
                    if (IsAny(p - 1, "original") ? T(p - 2).Kind == TokenKind.Possessive : T(p - 1).Kind == TokenKind.Possessive)
                    {
                        var a = p - 1;
                        while (a >= 0 && (T(a).Kind == TokenKind.Possessive || M(a) is { Type: MentionType.Organization } || IsAny(a, "the", "original") || T(a).IsWord && OrganizationWords.IsGenericNoun(W(a)))) a--;
                        if (IsAny(a, "are", "were"))
                        {
                            var founders = Subject(a + 1, out var notFounders, out _);
                            if (!notFounders && founders.Count > 0) Hit(OrgFor(p), RelationKind.Member, founders);
                        }
                    }
                    break;
                case "signed":
                case "signs":
                    SignedTheTextCreating(p);
                    // "The pact was signed in 2018 by 11 countries, A, B, ...": a pact's signatories are its members; so are
                    // those of "the Balkan Entente signed at Athens in 1934 by A, B and C", a participle after its name.
                    // ("the Zentral Declaration (ZD), signed here by the foreign ministers of A, B and C": after a comma too.)
                    var participleAfter = Is(p - 1, ",") ? (Is(p - 2, ")") && Is(p - 4, "(") ? p - 3 : p - 2) : p - 1;
                    if (IsAny(p - 1, "was", "were") || w == "signed" && M(participleAfter) is { Type: MentionType.Organization, Entity: >= 0 } signedBody && T(participleAfter).IsCapitalized
                        && !_er.Orgs[signedBody.Entity].IsInstitution && SignedByStates(p))
                    {
                        var beforeSigned = Relations.Count;
                        CompositionCue(p, "founded");
                        // "... signed in November 2020 by the 10 ASEAN member states and five of the bloc's trading partners:
                        // China, Japan, ...": the states listed after the colon of the "by" phrase.
                        // ("by Libya and six powers, the P5+1: the United States, ...": the group named before the colon.)
                        if (Relations.Count == beforeSigned && SignedByColonList(p, out var groupBefore) is { Count: > 0 } signatories && (groupBefore >= 0 ? groupBefore : OrgFor(p, forward: false)) is var signedOrg && signedOrg >= 0)
                        {
                            Hit(signedOrg, RelationKind.Member, signatories);
                        }
                        // "The charter was signed by Sheikh Zayed, President of the UAE; King Khalid of Saudi Arabia; ...": the states
                        // of the leaders who signed it.
                        // (Of the body the sentence names before the verb, else of the article's topic, for its founding text opening the
                        // sentence: not "The declaration was signed by ...".)
                        if (Relations.Count == beforeSigned && IsAny(p - 1, "was", "were") && Is(0, "the") && IsAny(1, "charter", "agreement", "treaty", "convention")
                            && SignedByLeaders(p) is { Count: > 1 } leadersStates
                            && (SentenceOrgBefore(p) is var namedBefore && namedBefore >= 0 ? namedBefore : _topic) is var chartered && chartered >= 0 && !_er.Orgs[chartered].IsInstitution)
                        {
                            Hit(chartered, RelationKind.Member, leadersStates);
                        }
                        // "The agreement was signed in the Turkmen capital in April 2011 by Iran, Oman, ...": the article's one
                        // agreement, its signatories its members.
                        if (Relations.Count == beforeSigned && p == 3 && Is(0, "the") && IsAny(1, "agreement", "treaty", "accord", "convention") && OnlyRatifiable() is var ratifiable && ratifiable >= 0
                            && _er.Orgs[ratifiable].Name is { } ratifiableName && ratifiableName.EndsWith(" " + char.ToUpperInvariant(W(1)[0]) + W(1).Substring(1), StringComparison.Ordinal))
                        {
                            for (var by = p + 1; by < _v.Count && by <= p + 12; by++)
                            {
                                if (IsAny(by, ",", ";", ".")) break;
                                if (Is(by, "by") && CountryAt(Is(by + 1, "the") ? by + 2 : by + 1) is not null) { Hit(ratifiable, RelationKind.Member, ReadList(by + 1, out _)); break; }
                            }
                        }
                        // "The treaty establishing the Transport Community was agreed in May. The treaty was signed by A, B and C
                        // ...": the body an earlier sentence says the text sets up.
                        // ("The treaty was signed by the Energy Commissioner on behalf of the EU and by ministers from A, B and C":
                        // the states of each "by", over their office holders.)
                        if (Relations.Count == beforeSigned && p == 3 && Is(0, "the") && IsAny(1, "agreement", "treaty", "charter", "convention") && Is(4, "by")
                            && BodyAnEarlierTextSetsUp(W(1)) is var setUp && setUp >= 0)
                        {
                            for (var by = 4; by < _v.Count; by++)
                            {
                                if (IsAny(by, ";", ".")) break;
                                if (!Is(by, "by") || by > 4 && !(Is(by - 1, "and") && (Is(by - 2, ",") || M(by - 2) is not null))) continue;
                                var statesAt = CountryAt(Is(by + 1, "the") ? by + 2 : by + 1) is not null ? by + 1 : StatesOfOfficeHolders(by + 1);
                                if (statesAt > 0 && ReadList(statesAt, out var signedEnd) is { Count: > 0 } signedBy) { Hit(setUp, RelationKind.Member, signedBy); by = signedEnd; }
                            }
                        }
                        break;
                    }
                    // "Prime Minister Baldwin Spencer yesterday signed Antigua and Barbuda on to PetroCaribe": a leader signs the state in.
                    if (CountryAt(p + 1) is not null && ReadList(p + 1, out var signedOnEnd) is { Count: > 0 } signedOn && Is(signedOnEnd + 1, "on") && Is(signedOnEnd + 2, "to")
                        && NamedOrganizationAt(signedOnEnd + 3, out _) is var signedOnTo && signedOnTo >= 0 && !HasFutureMarker(p))
                    {
                        Hit(signedOnTo, RelationKind.Member, signedOn);
                        break;
                    }
                    // "Austria and Switzerland on Friday signed up to the European Sky Shield Initiative": they are in.
                    if (Is(p + 1, "up") && IsAny(p + 2, "to", "for") && NamedOrganizationAt(p + 3, out _) is var signedUpTo && signedUpTo >= 0 && !HasFutureMarker(p))
                    {
                        var signedUp = Subject(p, out var notSignedUp, out _);
                        if (!notSignedUp && signedUp.Count > 0) Hit(signedUpTo, RelationKind.Member, signedUp);
                        break;
                    }
                    SignedAgreementWith(p);
                    // "signed the framework agreement of the Pacific Alliance": its founding text makes the signers members.
                    if (Is(p + 1, "the") && IsAny(p + 2, "framework", "founding", "constitutive", "establishing") && IsAny(p + 3, "agreement", "treaty", "charter", "protocol", "declaration")
                        && IsAny(p + 4, "of", "establishing", "creating") && NamedOrganizationAt(p + 5, out _) is var founded && founded >= 0 && !HasFutureMarker(p) && !IsAny(p - 1, "not", "never", "n't"))
                    {
                        var founders = Subject(p, out var notFounders, out _);
                        if (!notFounders && founders.Count > 0) Hit(founded, RelationKind.Member, founders);
                    }
                    // "Malaysia and 14 other countries signed the Regional Comprehensive Economic Partnership (RCEP)": a pact's
                    // signatories are its members.
                    if (NamedOrganizationAt(p + 1, out _) is var signedPact && signedPact >= 0 && IsPact(signedPact) && !HasFutureMarker(p) && !IsAny(p - 1, "not", "never", "n't"))
                    {
                        var signers = Subject(p, out var notSigners, out _);
                        // "Malaysia and 14 other countries signed": the state named before the counted others.
                        if (signers.Count == 0 && IsAny(p - 1, "countries", "nations", "states") && Is(p - 2, "other") && IsNumberOrWord(p - 3) && Is(p - 4, "and") && CountryAt(p - 5) is { } first)
                        {
                            signers = ReadListBackward(p - 5, out _, stopAtPreposition: false);
                            notSigners = false;
                        }
                        // "President Donald Trump, Canadian Prime Minister Justin Trudeau and Mexican President Enrique Peña Nieto
                        // signed the USMCA": the leaders' states.
                        if (signers.Count == 0 && LeadersBefore(p) is { Count: > 1 } leaders) { signers = leaders; notSigners = false; }
                        // "Ruritania signed the ZCT in 1994 but never ratified it": a signature left unratified makes no party.
                        if (!notSigners && signers.Count > 0 && SignedButNeverRatified(p)) Hit(signedPact, RelationKind.NonMember, signers);
                        else if (!notSigners && signers.Count > 0) Hit(signedPact, RelationKind.Member, signers);
                    }
                    // "CAF was created in 1968, when Bolivia, Chile, Colombia, Ecuador and Peru signed its founding agreement": the
                    // founders of the body the sentence is about, else of the one the sentence before was.
                    if (Is(p + 1, "its") && Is(p + 2, "founding") && IsAny(p + 3, "treaty", "charter", "agreement", "convention", "statute", "statutes", "declaration", "act"))
                    {
                        var itsFounded = SentenceSubjectOrg(p) is var subjectOrg && subjectOrg >= 0 ? subjectOrg : PreviousSentenceOrg() ?? -1;
                        var founders = Subject(p, out var notFounding, out _);
                        if (itsFounded >= 0 && !notFounding && founders.Count > 0 && (!_er.Orgs[itsFounded].IsInstitution || IsBankOrFund(itsFounded))) Hit(itsFounded, RelationKind.Member, founders);
                    }
                    // "Kenya, Ghana and Nigeria signed the founding treaty of the ZTO in 1999": its founders.
                    if (Is(p + 1, "the") && IsAny(p + 2, "founding") && IsAny(p + 3, "treaty", "charter", "agreement") && Is(p + 4, "of") && NamedOrganizationAt(p + 5, out _) is var signedOf && signedOf >= 0)
                    {
                        var signers = Subject(p, out var notSigners, out _);
                        if (!notSigners && signers.Count > 0) Hit(signedOf, RelationKind.Member, signers);
                    }
                    // "... the leaders of Barbados, Guyana, Jamaica and Trinidad and Tobago signed the founding treaty on July 4,
                    // 1973": the founding treaty of the organisation the article is about.
                    // ("... signed the founding arrangement and the command was inaugurated at Eindhoven": a founding text of
                    // another name, before "and".)
                    else if (Is(p + 1, "the") && IsAny(p + 2, "founding") && IsAny(p + 3, "treaty", "charter", "arrangement", "agreement", "convention", "statute")
                        && (p + 4 >= _v.Count || IsAny(p + 4, "on", "in", ".", ",", "and")) && _main >= 0 && !IsRatifiable(_main))
                    {
                        var signers = Subject(p, out var notSigners, out _);
                        if (!notSigners && signers.Count > 0) Hit(_main, RelationKind.Member, signers);
                    }
                    break;
                case "covers":
                    // "the Zentral Seas Programme, which covers the five maritime countries of the region, A, B, ...": as "groups",
                    // only before counted states.
                    if (CountedNoun(Is(p + 1, "the") ? p + 2 : p + 1) > 0) CompositionCue(p, w);
                    break;
                case "consists":
                case "consisting":
                case "consisted":
                case "consist":
                case "comprises":
                case "comprising":
                case "comprised":
                case "includes":
                case "include":
                case "including":
                case "included":
                case "involves":
                case "groups":
                case "grouped":
                case "unites":
                case "binds":
                case "bind":
                case "brings":
                case "bringing":
                case "brought":
                case "made":
                case "founded":
                case "launched":
                case "formed":
                case "established":
                case "created":
                case "revived":
                case "relaunched":
                case "re-established":
                    CompositionCue(p, w);
                    // "Slovakia and the Czech Republic founded the Slavkov Triangle with Austria in 2015": active, with states.
                    if (!IsAny(p - 1, "was", "were", "been", "is", "are", "be") && (CountryAt(BeforeTimeAdverbial(p - 1)) is not null
                            // "Iran and Turkey, which founded the Economic Cooperation Organization with Pakistan in 1985,"
                            || Is(p - 1, "which") && Is(p - 2, ",") && CountryAt(p - 3) is not null)
                        && (NamedOrganizationAt(p + 1, out _) >= 0 || Is(p + 1, "the") && T(p + 2).IsWord && !T(p + 2).IsCapitalized && OrganizationWords.IsGenericNoun(W(p + 2)))) FoundedByCountries(p, p + 1);
                    // "Georgia withdrew from ... in 1999 and, together with Ukraine, Azerbaijan and Moldova, founded GUAM": the
                    // clause's subject and the states it founded the bloc with.
                    if (Is(p - 1, ",") && CountryAt(p - 2) is not null && NamedOrganizationAt(p + 1, out _) is var foundedWith && foundedWith >= 0)
                    {
                        var with = ReadListBackward(p - 2, out var withStart, stopAtPreposition: false);
                        var intro = withStart - 1;
                        if (Is(intro, "with") && IsAny(intro - 1, "together", "along")) intro--;
                        else if (!Is(intro, "alongside")) intro = -1;
                        if (intro > 1 && Is(intro - 1, ",") && Is(intro - 2, "and") && ClauseOpenerState(intro - 2) is { } founder)
                        {
                            with.Insert(0, founder);
                            Hit(foundedWith, RelationKind.Member, with);
                        }
                    }
                    break;
            }
        }
        AllianceOfCountedStates();
        GappedSince();
        TogetherWithOthers();
        AsIsOthers();
        // The readers of sentences that continue another (MembershipReader.Continuations.cs).
        ReadContinuations();
        if ((_anchors & Anchor.Member) != 0) AndOfAnother();
        if ((_anchors & Anchor.Which) != 0) WhichTheyBelongTo();
        if ((_anchors & Anchor.All) != 0) SignedByAllMembers();
    }

    /// <summary>
    /// "the agreement on the South Asian Free Trade Area (SAFTA), signed by all seven SAARC members": the members the
    /// article named of the second organisation, when they are as many as stated, are parties to the first.
    /// </summary>
    private void SignedByAllMembers()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "by") || !Is(k + 1, "all") || !IsAny(k - 1, "signed", "ratified", "founded", "created", "established", "formed")) continue;
            var q = k + 2;
            var stated = -1;
            if (IsNumberOrWord(q) && NumberWords.TryParse(W(q), out var n)) { stated = n; q++; }
            var from = NamedOrganizationAt(q, out var fromEnd);
            if (from < 0) continue;
            var noun = AfterAcronym(fromEnd);
            if (Is(noun, "member") && IsAny(noun + 1, "states", "countries")) noun++;
            if (!IsAny(noun, "members", "states", "countries", "nations", "governments")) continue;
            // The organisation signed: in apposition before the participle, or the subject of "was signed".
            var o = Is(k - 2, ",") ? k - 3 : IsAny(k - 2, "was", "were") ? k - 3 : -1;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is not { Type: MentionType.Organization } signed || signed.Entity < 0 || Ent(o) == OwnerOf(from)) continue;
            var known = KnownMembers(OwnerOf(from));
            if (known.Count > 1 && (stated < 0 || known.Count == stated)) Hit(Ent(o), RelationKind.Member, known);
        }
    }

    /// <summary>
    /// "The DRC is already a member of the Southern African Development Community (SADC), which it joined in 1997, and of
    /// the Common Market for Eastern and Southern Africa (COMESA)": the member of the first is a member of the second.
    /// </summary>
    private void AndOfAnother()
    {
        for (var k = 4; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "and") && Is(k + 1, "of"))) continue;
            var second = NamedOrganizationAt(k + 2, out _);
            if (second < 0) continue;
            var memberOf = -1;
            for (var b = k - 1; b >= 1 && b >= k - 30; b--)
            {
                if (IsAny(b, ";", ".")) break;
                if (Is(b, "of") && Is(b - 1, "member")) { memberOf = b + 1; break; }
            }
            var first = memberOf < 0 ? -1 : NamedOrganizationAt(memberOf, out _);
            if (first < 0 || first == second) continue;
            // The subject's states: those named before "member of" (not "together with Russia, China, ..." after it, nor
            // "and Tanzania, too, belongs to SADC" after the second).
            var states = new List<Mention>();
            foreach (var r in Relations)
            {
                if (r.Sentence == _sentence && r.Org == first && r.Kind == RelationKind.Member && r.Country.First < _v[memberOf - 2] && !ContainsState(states, r.Country.Country)) states.Add(r.Country);
            }
            if (states.Count > 0) Hit(second, RelationKind.Member, states);
        }
    }

    /// <summary>
    /// "the Common Market for Eastern and Southern Africa (COMESA), to which Uganda, Kenya and Burundi also belong"; "ECCAS,
    /// in which Burundi also sits": the states of the relative clause are members of the organisation it hangs on.
    /// </summary>
    private void WhichTheyBelongTo()
    {
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            // ("..., to which both Iraq and Jordan also belong": over "both".)
            var listAt = IsAny(k + 1, "both", "all") ? k + 2 : k + 1;
            if (!Is(k, "which") || !IsAny(k - 1, "to", "in", "through") || !Is(k - 2, ",") || CountryAt(listAt) is null) continue;
            var o = k - 3;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(o).IsCapitalized || _er.Orgs[om.Entity].IsInstitution) continue;
            var states = ReadList(listAt, out var end);
            var v = end + 1;
            while (v <= end + 3 && IsAny(v, "also", "too", "now", "all", "both", "already", "still")) v++;
            // "the European Economic Area (EEA), through which Norway, Iceland and Liechtenstein take part in the EU's single market".
            var verb = Is(k - 1, "to") ? IsAny(v, "belong", "belongs", "belonged")
                : Is(k - 1, "through") ? IsAny(v, "take", "takes", "took") && Is(v + 1, "part") || IsAny(v, "participate", "participates")
                : IsAny(v, "sit", "sits", "sat", "participate", "participates");
            if (states.Count > 0 && verb) Hit(OwnerOf(om.Entity), RelationKind.Member, states);
        }
    }

    /// <summary>
    /// "the leaders of the four Quad countries, India, the US, Japan and Australia, agreed ...": an organisation's counted
    /// states and, in apposition, the states themselves; the count when the list is as long.
    /// </summary>
    private void TheCountedStatesListed()
    {
        for (var k = 0; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "the") && IsNumberOrWord(k + 1) && M(k + 2) is { Type: MentionType.Organization } om && om.Entity >= 0)) continue;
            var e = k + 2;
            while (e + 1 < _v.Count && M(e + 1) == om) e++;
            if (!IsAny(e + 1, "countries", "states", "nations", "members") || !Is(e + 2, ",") || CountryAt(e + 3) is null) continue;
            var listed = ReadList(e + 3, out var end);
            if (listed.Count < 2 || !(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", ")") || T(end + 1).Kind == TokenKind.Dash)) continue;
            var org = Ent(k + 2);
            Hit(org, RelationKind.Member, listed);
            if (NumberWords.TryParse(W(k + 1), out var n) && n == listed.Count) Count(org, RelationKind.Member, n, k + 1);
            return;
        }
    }

    /// <summary>
    /// "Saudi Arabia is by far the heaviest of the six GCC states, and the other five, Kuwait, Qatar, ..., have ...": a state
    /// described as one of an organisation's counted states is a member; "the other five" listed after it are too.
    /// </summary>
    private void OfTheCountedStates()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "of") && Is(k + 1, "the") && IsNumberOrWord(k + 2) && M(k + 3) is { Type: MentionType.Organization } om && om.Entity >= 0)) continue;
            var e = k + 3;
            while (e + 1 < _v.Count && M(e + 1) == om) e++;
            if (!(IsAny(e + 1, "states", "countries", "nations", "members", "economies") || Is(e + 1, "member") && IsAny(e + 2, "states", "countries"))) continue;
            var b = k - 1;
            if (!(Is(b, "one") || T(b).IsWord && W(b).Length > 5 && W(b).EndsWith("est", StringComparison.Ordinal) && Is(b - 1, "the") || Is(b, "most") && Is(b - 1, "the"))) continue;
            var copula = b - 1;
            while (copula > 0 && copula >= b - 5 && !IsAny(copula, "is", "was", "remains", "remained")) copula--;
            if (!IsAny(copula, "is", "was", "remains", "remained")) continue;
            var subject = Subject(copula, out var negated, out _);
            if (negated || subject.Count == 0) continue;
            var org = Ent(k + 3);
            Hit(org, RelationKind.Member, subject);
            if (NumberWords.TryParse(W(k + 2), out var n) && n > 1) Count(org, RelationKind.Member, n, k + 2);
            // ", and the other five, Kuwait, Qatar, ...,"
            for (var q = e + 2; q + 4 < _v.Count && q <= e + 8; q++)
            {
                if (!(Is(q, "the") && Is(q + 1, "other") && IsNumberOrWord(q + 2) && Is(q + 3, ","))) continue;
                if (ReadList(q + 4, out _) is { Count: > 0 } others) Hit(org, RelationKind.Member, others);
                break;
            }
            return;
        }
    }

    /// <summary>
    /// "Türkiye is a dialogue partner of the ZTO, as is Azerbaijan": the state after "as is" shares the relation; "... take
    /// part as observers, along with Indonesia and Malaysia": the states after "along with" share the relation the noun
    /// before it names. "They include China, Russia, ..." after a sentence that gave an organisation its member states.
    /// </summary>
    private void AsIsOthers()
    {
        // "So are Kuwait, Bahrain and the Sultanate itself."
        if (_soAre >= 0 && _soAreSentence == _sentence - 1 && _v.Count > 2 && Is(0, "so") && IsAny(1, "are", "is", "were") && CountryAt(2) is not null
            && ReadList(2, out _) is { Count: > 0 } soAre)
        {
            Hit(_soAre, RelationKind.Member, soAre);
            return;
        }
        // "The 12 countries that have signed on alongside the US are Australia, Brunei, ...", "The states that have joined the
        // ZTO are ...": those who joined, and those they joined alongside.
        if (_v.Count > 8 && Is(0, "the") && (IsNumberOrWord(1) ? IsAny(2, "countries", "states", "nations") : IsAny(1, "countries", "states", "nations")))
        {
            var q = IsNumberOrWord(1) ? 3 : 2;
            if (IsAny(q, "that", "which") && IsAny(q + 1, "have", "had"))
            {
                var v = q + 2;
                var signed = Is(v, "signed") && IsAny(v + 1, "on", "up") ? v + 2 : Is(v, "joined") ? v + 1 : -1;
                if (signed > 0)
                {
                    var org = -1;
                    var a = signed;
                    if (IsAny(a, "to", "for")) a++;
                    if (NamedOrganizationAt(a, out var orgEnd) is var named && named >= 0) { org = named; a = AfterAcronym(orgEnd); }
                    List<Mention>? alongside = null;
                    if (IsAny(a, "alongside", "with") && (CountryAt(a + 1) is not null || Is(a + 1, "the") && CountryAt(a + 2) is not null)) { alongside = ReadList(a + 1, out var alongEnd); a = alongEnd + 1; }
                    else if (Is(a, "along") && Is(a + 1, "with") && CountryAt(a + 2) is not null) { alongside = ReadList(a + 2, out var alongEnd); a = alongEnd + 1; }
                    if (IsAny(a, "are", "were", "include") && (CountryAt(a + 1) is not null || Is(a + 1, "the") && CountryAt(a + 2) is not null) && ReadList(a + 1, out _) is { Count: > 0 } signers)
                    {
                        if (org < 0) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
                        if (org >= 0)
                        {
                            Hit(org, RelationKind.Member, signers);
                            if (alongside is not null) Hit(org, RelationKind.Member, alongside);
                        }
                    }
                }
            }
        }
        // "The forum has eight members. Seven of them, Egypt, Cyprus, ..., founded it in 2019.": members.
        if (_sentence > 0 && _v.Count > 5 && IsNumberOrWord(0) && Is(1, "of") && Is(2, "them") && Is(3, ",") && CountryAt(4) is not null && ReadList(4, out _) is { Count: > 0 } ofThem)
        {
            var org = -1;
            foreach (var c in Counts) if (c.Sentence == _sentence - 1 && c.Kind == RelationKind.Member) org = c.Org;
            if (org >= 0) Hit(org, RelationKind.Member, ofThem);
        }
        if (_sentence > 0 && _v.Count > 3 && IsAny(0, "they", "these") && IsAny(1, "include", "includes", "are", "comprise") && CountryAt(2) is not null
            && ReadList(2, out var theyEnd) is { Count: > 0 } they && (theyEnd + 1 >= _v.Count || IsAny(theyEnd + 1, ".", ";")
                // "They include India, ..., and France, which joined in 2020 ...": over a relative clause on the last item.
                || Is(theyEnd + 1, ",") && IsAny(theyEnd + 2, "which", "who")))
        {
            var org = -1;
            foreach (var c in Counts) if (c.Sentence == _sentence - 1 && c.Kind == RelationKind.Member) org = c.Org;
            if (org >= 0) Hit(org, RelationKind.Member, they);
            return;
        }
        // "The Forum's 18 members include Australia and New Zealand ... The rest are island states, from Papua New Guinea and
        // Fiji in the west to Samoa in the east": the other members, of the organisation the sentence before gave members.
        if (_sentence > 0 && _v.Count > 4 && Is(0, "the") && IsAny(1, "rest", "others", "remainder") && IsAny(2, "are", "include"))
        {
            var org = -1;
            foreach (var r in Relations) if (r.Sentence == _sentence - 1 && r.Kind == RelationKind.Member) org = r.Org;
            if (org < 0) return;
            var rest = FromToList(3, out _);
            if (rest is null)
            {
                var q = 3;
                while (q < _v.Count && q <= 7 && CountryAt(q) is null && T(q).IsWord && !T(q).IsCapitalized) q++;
                if (Is(q, ":") || Is(q, ",")) q++;
                rest = ReadList(q, out _);
            }
            if (rest.Count > 0) Hit(org, RelationKind.Member, rest);
            return;
        }
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "along") && Is(k + 1, "with") && Is(k - 1, ",") && CountryAt(k + 2) is not null)) continue;
            var kind = IsAny(k - 2, "observers", "observer") ? RelationKind.Observer : IsAny(k - 2, "partners", "partner") ? RelationKind.DialoguePartner : (RelationKind?)null;
            if (kind is null) break;
            var others = ReadList(k + 2, out var end);
            if (others.Count == 0 || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) break;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Kind != kind) continue;
                Hit(Relations[i].Org, kind.Value, others);
                return;
            }
            break;
        }
        // "Montserrat, St. Kitts and Nevis, ... and Trinidad and Tobago round out the list": the rest of a member list.
        var roundAt = CountryAt(0) is null && T(0).IsCapitalized && Is(1, ",") ? 2 : 0; // "Montserrat, ...": a territory first
        if (_sentence > 0 && CountryAt(roundAt) is not null && ReadList(roundAt, out var roundEnd) is { Count: > 0 } roundOut
            && IsAny(roundEnd + 1, "round", "rounds", "complete", "completes", "make") && (Is(roundEnd + 2, "out") || Is(roundEnd + 2, "up") || Is(roundEnd + 2, "the")))
        {
            var org = -1;
            foreach (var r in Relations) if (r.Sentence == _sentence - 1 && r.Kind == RelationKind.Member) org = r.Org;
            if (org >= 0) Hit(org, RelationKind.Member, roundOut);
            return;
        }
        // "India and France, its co-founders, hold the presidency": founders in apposition to the list the sentence opens with.
        if (CountryAt(0) is not null && ReadList(0, out var foundersEnd) is { Count: > 0 } founders && Is(foundersEnd + 1, ",") && IsAny(foundersEnd + 2, "its", "their")
            && (IsAny(foundersEnd + 3, "co-founders", "founders", "cofounders") && Is(foundersEnd + 4, ",") || Is(foundersEnd + 3, "founding") && IsAny(foundersEnd + 4, "members", "states") && Is(foundersEnd + 5, ",")))
        {
            var its = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
            if (its >= 0) Hit(its, RelationKind.Member, founders);
        }
        // "Its members are still the three founders, India, Brazil and South Africa": the states after the described group.
        if (_v.Count > 6 && IsAny(0, "its", "their") && IsAny(1, "members") && IsAny(2, "are", "remain"))
        {
            var q = 3;
            while (IsAny(q, "still", "now", "only")) q++;
            if (Is(q, "the") && IsNumberOrWord(q + 1) && IsAny(q + 2, "founders", "founding", "original", "countries", "states") )
            {
                var c = q + 3;
                while (c < _v.Count && c <= q + 5 && !Is(c, ",")) c++;
                if (Is(c, ",") && CountryAt(c + 1) is not null && ReadList(c + 1, out _) is { Count: > 0 } described)
                {
                    var its = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
                    if (its >= 0) Hit(its, RelationKind.Member, described);
                }
            }
        }
        // "Nigeria, Ghana and Kenya are among them, along with Brazil, India and Mexico." after "the G24 has more than two
        // dozen members": members, those along with them too.
        if (_sentence > 0 && CountryAt(0) is not null && ReadList(0, out var amongEnd) is { Count: > 0 } amongThem && IsAny(amongEnd + 1, "are", "were") && Is(amongEnd + 2, "among") && Is(amongEnd + 3, "them"))
        {
            var prev = _doc.Sentences[_sentence - 1];
            var membersNoun = false;
            for (var i = prev.FirstToken; i <= prev.LastToken; i++) if (_t[i].Is("members") || _t[i].Is("member") && i < prev.LastToken && _t[i + 1].Is("states")) membersNoun = true;
            var of = PreviousSentenceOrg();
            if (membersNoun && of is { } amongOrg)
            {
                Hit(amongOrg, RelationKind.Member, amongThem);
                if (Is(amongEnd + 4, ",") && Is(amongEnd + 5, "along") && Is(amongEnd + 6, "with") && ReadList(amongEnd + 7, out _) is { Count: > 0 } alongThem) Hit(amongOrg, RelationKind.Member, alongThem);
            }
            return;
        }
        // "Ukraine is not a member of NATO or the EU": outside both; "All four joined NATO between 1999 and 2004 and entered the
        // European Union together in May 2004": the joiners joined both.
        for (var k = 2; k + 1 < _v.Count && (_anchors & (Anchor.Or | Anchor.Joins)) != 0; k++)
        {
            var orNor = IsAny(k, "or", "nor");
            var entered = Is(k, "and") && IsAny(k + 1, "entered", "joined");
            if (!orNor && !entered) continue;
            if (orNor && !(M(k - 1) is { Type: MentionType.Organization } left && left.Entity >= 0)) continue;
            var second = NamedOrganizationAt(entered ? k + 2 : k + 1, out _);
            if (second < 0) continue;
            var first = orNor ? OwnerOf(M(k - 1)!.Entity) : -1;
            var kind = orNor ? RelationKind.NonMember : RelationKind.Member;
            var count = Relations.Count;
            for (var i = count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                var r = Relations[i];
                if (r.Kind != kind || r.Org == second || orNor && r.Org != first || r.Country.First > _v[k]) continue;
                Hit(second, kind, new[] { r.Country });
            }
        }
        // "Japan is not a member of NATO but is one of its Indo-Pacific partners, along with Australia and New Zealand".
        for (var k = 3; k + 4 < _v.Count && (_anchors & Anchor.But) != 0; k++)
        {
            if (!Is(k, "but")) continue;
            var o = Is(k + 1, "is") ? k + 2 : k + 1;
            if (!(Is(o, "one") && Is(o + 1, "of") && IsAny(o + 2, "its", "their"))) break;
            var n = o + 3;
            while (n < _v.Count && n <= o + 6 && T(n).IsWord && !IsAny(n, "partners", "observers")) n++;
            if (!IsAny(n, "partners", "observers")) break;
            RelationHit? outside = null;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--) if (Relations[i].Kind == RelationKind.NonMember) { outside = Relations[i]; break; }
            if (outside is null) break;
            var kind = IsAny(n, "observers") ? RelationKind.Observer : RelationKind.DialoguePartner;
            Hit(outside.Org, kind, new[] { outside.Country });
            if (Is(n + 1, ",") && Is(n + 2, "along") && Is(n + 3, "with") && ReadList(n + 4, out _) is { Count: > 0 } alongPartners) Hit(outside.Org, kind, alongPartners);
            break;
        }
        for (var k = 1; k + 4 < _v.Count && (_anchors & Anchor.Part) != 0; k++)
        {
            // "Brazil and India campaign for permanent seats as part of the G4, along with Germany and Japan".
            if (Is(k, "as") && Is(k + 1, "part") && Is(k + 2, "of") && NamedOrganizationAt(k + 3, out var partEnd) is var partOf && partOf >= 0
                && Is(AfterAcronym(partEnd), ",") && (Is(AfterAcronym(partEnd) + 1, "along") && Is(AfterAcronym(partEnd) + 2, "with") || Is(AfterAcronym(partEnd) + 1, "alongside") || Is(AfterAcronym(partEnd) + 1, "with")))
            {
                var a = AfterAcronym(partEnd) + 1;
                a = Is(a, "along") ? a + 2 : a + 1;
                var verb = k - 1;
                while (verb > 0 && !(T(verb).IsWord && CountryAt(verb) is null && CountryAt(verb - 1) is not null)) verb--;
                if (verb > 0 && Subject(verb, out var notPart, out _) is { Count: > 0 } parts && !notPart && ReadList(a, out _) is { Count: > 0 } partners)
                {
                    Hit(partOf, RelationKind.Member, parts);
                    Hit(partOf, RelationKind.Member, partners);
                }
                break;
            }
        }
        for (var k = 1; k + 4 < _v.Count && (_anchors & (Anchor.Sit | Anchor.One)) != 0; k++)
        {
            // "Haiti also sits with Canada in the Organisation internationale de la Francophonie": both are members.
            if (IsAny(k, "sits", "sit", "sat") && Is(k + 1, "with") && CountryAt(k + 2) is not null && ReadList(k + 2, out var sitEnd) is { Count: > 0 } sitters
                && Is(sitEnd + 1, "in") && JoinsAnOrganization(sitEnd + 1, out var sitIn) && sitIn >= 0 && Subject(k, out var notSitting, out _) is { Count: > 0 } sitter && !notSitting)
            {
                Hit(sitIn, RelationKind.Member, sitter);
                Hit(sitIn, RelationKind.Member, sitters);
                break;
            }
            // "Canada is also one of the non-regional members of the Caribbean Development Bank, alongside Britain, China and
            // Germany": the state and those alongside it.
            if (Is(k, "one") && Is(k + 1, "of") && Is(k + 2, "the"))
            {
                var n = k + 3;
                while (n < _v.Count && n <= k + 6 && T(n).IsWord && !T(n).IsCapitalized && !IsAny(n, "members", "member")) n++;
                if (!(Is(n, "members") && Is(n + 1, "of") && NamedOrganizationAt(n + 2, out var oneEnd) is var oneOf && oneOf >= 0)) continue;
                var c = k - 1;
                while (c > 0 && IsAny(c, "also", "still", "now")) c--;
                if (!IsAny(c, "is", "was", "remains") || Subject(c, out var notOne, out _) is not { Count: > 0 } one || notOne) continue;
                Hit(oneOf, RelationKind.Member, one);
                var along = AfterAcronym(oneEnd);
                if (Is(along, ",") && (Is(along + 1, "alongside") || Is(along + 1, "along") && Is(along + 2, "with") || Is(along + 1, "together") && Is(along + 2, "with")))
                {
                    var at = Is(along + 1, "alongside") ? along + 2 : along + 3;
                    if (ReadList(at, out _) is { Count: > 0 } alongside) Hit(oneOf, RelationKind.Member, alongside);
                }
                break;
            }
        }
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "as") && IsAny(k + 1, "is", "are", "was", "were", "do", "does", "did") && Is(k - 1, ",") && CountryAt(k + 2) is not null)) continue;
            // The clause before "as" tells the relation ("is a dialogue partner of the ZTO, as is"); not "Forum members Australia
            // and New Zealand were among the co-sponsors, as were Fiji, Samoa and Tuvalu".
            var relationClause = false;
            for (var b = k - 2; b >= 0 && b >= k - 12; b--) if (IsAny(b, WordsRelationClause14)) relationClause = true;
            // (After the clause's copula when it has one: "members" in "Forum members Australia and New Zealand were among
            // the co-sponsors" is before it.)
            if (relationClause && IsAny(k + 1, "is", "are", "was", "were"))
            {
                var copula = -1;
                for (var b = k - 2; b >= 0 && b >= k - 12 && copula < 0; b--) if (IsAny(b, "is", "are", "was", "were")) copula = b;
                if (copula >= 0)
                {
                    relationClause = false;
                    // ("All five BRICS members are also in the Group of 20, as is Argentina": "in" a body too.)
                    for (var b = copula + 1; b < k; b++)
                        if (IsAny(b, WordsRelationClause14) || InABody(b)) relationClause = true;
                }
            }
            if (!relationClause) return;
            // "as do Dominica and St. Lucia" after "sits with ... in the OIF"; not "announced smaller cuts, as did Kazakhstan".
            if (IsAny(k + 1, "do", "does", "did"))
            {
                var membershipVerb = false;
                for (var b = 0; b < k; b++) if (IsAny(b, "sits", "sit", "sat", "belongs", "belong", "belonged", "participates", "participate")) membershipVerb = true;
                // "... but holds observer status, as do Mexico, Colombia and Venezuela"
                for (var b = k - 2; b >= 1 && b >= k - 6 && !membershipVerb; b--) if (Is(b, "status") && IsAny(b - 1, "observer", "partner") && IsAny(b - 2, "holds", "hold", "has", "have", "enjoys", "enjoy")) membershipVerb = true;
                if (!membershipVerb) return;
            }
            var others = ReadList(k + 2, out var end);
            if (others.Count == 0 || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ",", ";"))) return;
            // The relation the clause before "as is" told, the last one read: not one an apposition told on the way
            // ("Haiti, CARICOM's only French-speaking member, also sits with Canada in the OIF, as do Dominica").
            var nearest = -1;
            for (var b = k - 1; b >= 0 && nearest < 0; b--) if (M(b) is { Type: MentionType.Organization } near && near.Entity >= 0) nearest = OwnerOf(near.Entity);
            RelationHit? told = null;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Country.First < _v[k] && (nearest < 0 || Relations[i].Org == nearest)) { told = Relations[i]; break; }
            }
            if (told is not null) Hit(told.Org, told.Kind, others, told.When);
            // "All nine are members of APEC, as are Japan, Canada and Mexico": the subject is none this reader resolves,
            // the relation is still told right before "as are".
            else if (IsAny(k + 1, "are", "is", "were", "was"))
            {
                for (var b = k - 3; b >= 1 && b >= k - 10; b--)
                {
                    if (!(Is(b, "of") && IsAny(b - 1, "members", "member"))) continue;
                    if (NamedOrganizationAt(b + 1, out var orgEnd) is var right && right >= 0 && AfterAcronym(orgEnd) == k - 1) Hit(right, RelationKind.Member, others);
                    break;
                }
            }
            return;
        }
    }

    /// <summary>
    /// "Czechia joined the European Union on May 1, 2004, together with nine other countries – Cyprus, Estonia, ...": the
    /// states named after the group share the relation the sentence gave its subject.
    /// </summary>
    private void TogetherWithOthers()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "together") && Is(k + 1, "with") || Is(k, "along") && Is(k + 1, "with"))) continue;
            var a = k + 2;
            if (IsNumberOrWord(a)) a++;
            if (IsAny(a, "other", "more", "further")) a++;
            if (!IsAny(a, "countries", "states", "nations")) continue;
            a++;
            if (!(T(a).Kind == TokenKind.Dash || Is(a, ":") || Is(a, ","))) continue;
            var others = ReadList(a + 1, out _);
            if (others.Count == 0 || OpenerList() is not { Count: > 0 } opener) continue;
            foreach (var r in Relations.ToArray())
            {
                if (r.Sentence != _sentence || r.Country.Country != opener[0].Country) continue;
                Hit(r.Org, r.Kind, others, r.When);
                return;
            }
        }
    }

    /// <summary>
    /// "China signed the Regional Comprehensive Economic Partnership (RCEP) in November last year with the 10 ASEAN
    /// members and Japan, South Korea, Australia and New Zealand": the parties of an agreement named after "with", and
    /// the state that signed it, are its members.
    /// </summary>
    private void SignedAgreementWith(int p)
    {
        var org = NamedOrganizationAt(p + 1, out var after);
        if (!IsPact(org)) return;
        after = AfterAcronym(after);
        var with = -1;
        for (var k = after; k < _v.Count && k <= after + 8; k++)
        {
            if (Is(k, "with")) { with = k; break; }
            if (IsAny(k, ",", ";", ".") || M(k) is { Type: MentionType.Country or MentionType.Organization or MentionType.Person }) return;
        }
        if (with < 0) return;
        var parties = new List<Mention>();
        for (var k = with + 1; k < _v.Count && k <= with + 30; k++)
        {
            if (IsAny(k, ",", ";", ".") && CountryAt(k + 1) is null && !Is(k + 1, "and")) break;
            if (CountryAt(k) is null) continue;
            var list = ReadList(k, out var end);
            foreach (var c in list) if (!ContainsState(parties, c.Country)) parties.Add(c);
            k = Math.Max(k, end);
        }
        if (parties.Count == 0) return;
        var signers = Subject(p, out var negated, out _);
        if (negated || signers.Count == 0 || HasFutureMarker(p)) return;
        parties.InsertRange(0, signers);
        Hit(org, RelationKind.Member, parties);
    }

    /// <summary>
    /// "the US, the UK and Australia announced a trilateral security partnership known as AUKUS": the states that formed
    /// an organisation introduced by its name.
    /// </summary>
    private void FormedKnownAs()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            var named = Is(k, "known") && Is(k + 1, "as") ? k + 2 : IsAny(k, "called", "dubbed") ? k + 1 : -1;
            if (named < 0 || NamedOrganizationAt(named, out _) is var org && org < 0) continue;
            var noun = k - 1;
            if (Is(noun, ",")) noun--;
            if (!IsAny(noun, WordsPartnership13)) continue;
            for (var v = noun - 1; v >= 1 && v >= noun - 6; v--)
            {
                if (!T(v).IsWord || CountryAt(v) is not null) break;
                if (!IsAny(v, "announced", "formed", "launched", "created", "founded", "unveiled", "established", "set")) continue;
                var founders = Subject(v, out var negated, out _);
                if (!negated && founders.Count > 1 && !HasFutureMarker(v)) Hit(org, RelationKind.Member, founders);
                break;
            }
            return;
        }
    }

    /// <summary>Organisations whose members another takes in: (the one taken in, the one that takes them, the sentence).</summary>
    private readonly List<(int From, int To, int Sentence)> _inclusions = new();

    /// <summary>
    /// "OPEC+ brings together the cartel's members and 10 other producers, including Russia, Kazakhstan and Mexico", "The
    /// alliance groups the 13 members of OPEC and ...": every member the article names of the one taken in is a member of
    /// the other (applied when the whole article has been read), and so are the others named.
    /// </summary>
    private void MembersOfAnotherIncluded()
    {
        for (var v = 1; v + 3 < _v.Count; v++)
        {
            var q = Is(v, "brings") && Is(v + 1, "together") ? v + 2 : IsAny(v, "groups", "includes", "comprises", "unites", "gathers") ? v + 1 : -1;
            // "Opec+ is the alliance of Opec's 13 members and 10 other producers led by Russia": the same, told as what it is.
            if (q < 0 && IsAny(v, "is", "was") && IsAny(v + 1, "the", "a", "an") && T(v + 2).IsWord && OrganizationWords.IsGenericNoun(W(v + 2)) && Is(v + 3, "of")) q = v + 4;
            if (q < 0) continue;
            var to = SentenceSubjectOrganization();
            // "The 23-nation alliance brings together ...": a generic subject, over its size.
            if (to < 0 && v <= 4 && T(v - 1).IsWord && OrganizationWords.IsGenericNoun(W(v - 1)) && (IsAny(v - 2, "the", "The") || IsSizeWord(v - 2) && IsAny(v - 3, "the", "The"))) to = Generic(W(v - 1));
            // "The 15-nation RCEP brings together ...": a name after its size.
            if (to < 0 && v <= 4 && M(v - 1) is { Type: MentionType.Organization } sizedName && sizedName.Entity >= 0 && T(v - 1).IsCapitalized
                && (IsSizeWord(v - 2) && IsAny(v - 3, "the", "The") || IsSizeWord(v - 2) && v - 2 == 0)) to = Ent(v - 1);
            // "The 23-country OPEC+ alliance groups ...": the name before the noun.
            if (to < 0 && v <= 5 && T(v - 1).IsWord && OrganizationWords.IsGenericNoun(W(v - 1)) && M(v - 2) is { Type: MentionType.Organization } namedAlliance && namedAlliance.Entity >= 0) to = Ent(v - 2);
            if (to < 0) return;
            var from = -1;
            var after = q;
            if (Is(q, "all")) q++;
            if (Is(q, "the") || Is(q, "its")) q++;
            // "the cartel's members", "OPEC's 13 members"
            var membersObject = false;
            if ((M(q) is { Type: MentionType.Organization } owner && owner.Entity >= 0 || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) && T(q + 1).Kind == TokenKind.Possessive)
            {
                from = M(q) is { Type: MentionType.Organization, Entity: >= 0 } ? Ent(q) : Generic(W(q));
                q += 2;
                if (T(q).Kind == TokenKind.Number || IsNumberWord(W(q))) q++;
                membersObject = IsAny(q, "members", "member-states");
                if (!membersObject) return;
                after = q + 1;
            }
            // "the 13 members of OPEC"
            else
            {
                if (T(q).Kind == TokenKind.Number || IsNumberWord(W(q))) q++;
                if (IsAny(q, "members") && Is(q + 1, "of") && NamedOrganizationAt(q + 2, out var end) is var named && named >= 0)
                {
                    from = named;
                    membersObject = true;
                    after = AfterAcronym(end);
                }
            }
            // "OPEC+ brings together the cartel's members": the organisation whose acronym the alliance's extends.
            if (membersObject && (from < 0 || from == to) && _er.Orgs[to].Acronym is { } plusAcronym && plusAcronym.EndsWith("+", StringComparison.Ordinal))
            {
                for (var k = 0; k < _er.Orgs.Count; k++) if (string.Equals(_er.Orgs[k].Acronym, plusAcronym.TrimEnd('+'), StringComparison.OrdinalIgnoreCase)) from = k;
            }
            if (from < 0 || from == to) return;
            var known = false;
            foreach (var inclusion in _inclusions) if (inclusion.From == from && inclusion.To == to) known = true;
            if (!known) _inclusions.Add((from, to, _sentence));
            // ("the 13 members of Opec, among them Saudi Arabia, ..., and ten producers outside the cartel, among them ...": over
            // the examples of the first group.)
            if (Is(after, ",") && (Is(after + 1, "among") && Is(after + 2, "them") || Is(after + 1, "including")) && ReadList(Is(after + 1, "including") ? after + 2 : after + 3, out var examplesEnd) is { Count: > 0 }
                && Is(examplesEnd + 1, ",") && Is(examplesEnd + 2, "and")) after = examplesEnd + 2;
            // "The 15-nation pact brings together the 10 members of ASEAN with China, Japan, South Korea, ...": the others.
            if (Is(after, "with") && ReadList(after + 1, out _) is { Count: > 0 } withOthers) Hit(to, RelationKind.Member, withOthers);
            // "... and 10 other producers, including Russia, Kazakhstan and Mexico"
            if (Is(after, "and"))
            {
                // "and 10 other producers", "and 10 non-OPEC producers": outside the organisation whose members they join.
                // ("and 20 other countries, among them the United Kingdom, Norway, ...": other than the members, but told as
                // guests of a forum, not as outsiders of the bloc: only producers and exporters are read so.)
                var outside = IsNumberOrWord(after + 1) && (Is(after + 2, "other") && IsAny(after + 3, "producers", "exporters", "producer", "suppliers")
                                                            || W(after + 2).StartsWith("non-", StringComparison.OrdinalIgnoreCase)
                                                            // "and ten producers outside the cartel"
                                                            || IsAny(after + 2, "producers", "exporters") && Is(after + 3, "outside"));
                for (var k = after + 1; k < _v.Count && k <= after + 9; k++)
                {
                    if (IsAny(k, ";", ".")) break;
                    // "10 non-OPEC producers led by Russia, among them ...": the leader is one of them.
                    if (Is(k, "led") && Is(k + 1, "by") && CountryAt(k + 2) is { } leader)
                    {
                        Hit(to, RelationKind.Member, new[] { leader });
                        if (outside && !RelationHere(from, RelationKind.Member, leader.Country)) Hit(from, RelationKind.NonMember, new[] { leader });
                    }
                    var at = Is(k, ",") && IsAny(k + 1, "including", "notably") ? k + 2 : Is(k, ",") && Is(k + 1, "such") && Is(k + 2, "as") ? k + 3
                        : Is(k, ",") && Is(k + 1, "among") && Is(k + 2, "them") ? k + 3 : -1;
                    if (at > 0 && ReadList(at, out _) is { Count: > 0 } others)
                    {
                        Hit(to, RelationKind.Member, others);
                        if (outside) NonMembersUnlessMembers(from, others);
                        break;
                    }
                }
            }
            return;
        }
    }

    /// <summary>Those of <paramref name="states"/> this sentence has not made members of <paramref name="org"/>, outside it.
    /// (A method of its own: a lambda in the reader's loop would allocate its closure at every token.)</summary>
    private void NonMembersUnlessMembers(int org, List<Mention> states)
    {
        var outside = new List<Mention>(states.Count);
        foreach (var s in states) if (!RelationHere(org, RelationKind.Member, s.Country)) outside.Add(s);
        Hit(org, RelationKind.NonMember, outside);
    }

    private void ApplyInclusions()
    {
        foreach (var (from, to, sentence) in _inclusions)
        {
            // Two passes over the relations (no pass per member: an article may hold very many).
            var left = new HashSet<CountryEntry?>();
            foreach (var d in Relations) if (d.Org == from && d.Kind == RelationKind.NonMember) left.Add(d.Country.Country);
            var seen = new HashSet<CountryEntry?>();
            var members = new List<Mention>();
            foreach (var r in Relations)
            {
                if (r.Org == from && r.Kind == RelationKind.Member && !left.Contains(r.Country.Country) && seen.Add(r.Country.Country)) members.Add(r.Country);
            }
            _sentence = sentence;
            Hit(to, RelationKind.Member, members);
        }
    }

    /// <summary>The organisation of the article that is a pact (its name says Agreement, Partnership, Pact or Treaty), else -1.</summary>
    private int PactOrganization()
    {
        return IsPact(_topic) ? _topic : IsPact(_main) ? _main : -1;
    }

    /// <summary>Whether an organisation's name says it is a pact ("Agreement", "Partnership", "Pact", "Treaty").</summary>
    /// <summary>A treaty, an agreement or a trade area: what states ratify.</summary>
    private bool IsRatifiable(int org) => IsPact(org) || org >= 0 && _er.Orgs[org].Name is { } name && (name.EndsWith(" Area", StringComparison.Ordinal) || name.Contains("Convention"));

    /// <summary>
    /// The organisation that "the treaty establishing ...", "the charter that created ..." sets up in one of the three
    /// sentences before, for the founding text <paramref name="noun"/> names; else -1.
    /// </summary>
    private int BodyAnEarlierTextSetsUp(string noun)
    {
        for (var s = _sentence - 1; s >= 0 && s >= _sentence - 3; s--)
        {
            var sentence = _doc.Sentences[s];
            for (var i = sentence.FirstToken; i + 2 <= sentence.LastToken; i++)
            {
                if (!_t[i].IsIgnoreCase(noun)) continue;
                var v = i + 1;
                // ("a Declaration and Treaty in Windhoek that turns ...": over where it was signed.)
                if (v + 1 <= sentence.LastToken && _t[v].Is("in") && _t[v + 1].IsCapitalized) v += 2;
                if (_t[v].IsIgnoreCase("that") || _t[v].IsIgnoreCase("which")) v++;
                // ("a Declaration and Treaty in Windhoek that turns the 12-year-old conference into the Southern African
                // Development Community": the body the text turns another into.)
                if (_t[v].IsIgnoreCase("turns") || _t[v].IsIgnoreCase("turning") || _t[v].IsIgnoreCase("transforms"))
                {
                    var into = v + 1;
                    while (into <= sentence.LastToken && into <= v + 8 && !_t[into].IsIgnoreCase("into")) into++;
                    if (into > sentence.LastToken || !_t[into].IsIgnoreCase("into")) continue;
                    v = into;
                }
                else if (!(_t[v].IsIgnoreCase("establishing") || _t[v].IsIgnoreCase("creating") || _t[v].IsIgnoreCase("establishes") || _t[v].IsIgnoreCase("creates")
                    || _t[v].IsIgnoreCase("established") || _t[v].IsIgnoreCase("created"))) continue;
                for (var j = v + 1; j <= sentence.LastToken && j <= v + 3; j++)
                {
                    if (_er.At(j) is { Type: MentionType.Organization } m && m.Entity >= 0) return _er.Orgs[m.Entity].IsInstitution ? -1 : m.Entity;
                }
            }
        }
        return -1;
    }

    /// <summary>The article's one treaty, agreement or trade area ("the agreement", "ratify it"); -1 when none, -2 when several.</summary>
    private int OnlyRatifiable()
    {
        var only = -1;
        for (var o = 0; o < _er.Orgs.Count; o++) if (_er.Orgs[o].Mentions > 0 && IsRatifiable(o)) only = only == -1 ? o : -2;
        return only;
    }

    private bool IsPact(int org) => org >= 0 && _er.Orgs[org].Name is { } name
        && (name.Contains("Agreement") || name.Contains("Partnership") || name.Contains("Pact") || name.Contains("Treaty"));

    /// <summary>
    /// Of a pact: "The agreement is now in force for Australia, New Zealand, ... and Tonga" (its members); "Fiji and Papua New
    /// Guinea ... declined to sign", "Palau ... did not sign either" (outside it).
    /// </summary>
    private void PactParties()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (Is(k, "force") && IsAny(k - 1, "in", "into") && InForceFor(k) is { Count: > 0 } inForce)
            {
                var subject = k - 2;
                while (subject >= 0 && IsAny(subject, WordsNow11)) subject--;
                // ("The Zentral Patent Agreement (ZPA) entered into force": over the acronym.)
                if (Is(subject, ")") && Is(subject - 2, "(")) subject -= 3;
                var pact = subject >= 0 && T(subject).IsWord && IsAny(subject, "agreement", "deal", "pact", "treaty", "partnership") ? PactOrganization() : subject >= 0 ? NamedOrganizationAt(subject, out _) : -1;
                if (pact < 0 && subject >= 0 && M(subject) is { Type: MentionType.Organization } om && om.Entity >= 0) pact = Ent(subject);
                if (pact >= 0 && !_er.Orgs[pact].IsInstitution) Hit(pact, RelationKind.Member, inForce);
                return;
            }
            var refused = Is(k, "declined") && Is(k + 1, "to") && Is(k + 2, "sign") ? k : Is(k, "not") && Is(k + 1, "sign") && IsAny(k - 1, "did", "do", "does") ? k - 1 : -1;
            if (refused < 0) continue;
            var outside = PactOrganization();
            if (outside < 0) return;
            var refusers = Subject(refused, out _, out _);
            if (refusers.Count == 0 && IsAny(refused - 1, "but", "and") && OpenerList(overApposition: true) is { } opener) refusers = opener;
            if (refusers.Count > 0) Hit(outside, RelationKind.NonMember, refusers);
            return;
        }
    }

    /// <summary>
    /// "The ZTO has some 50 contracting parties, among them the United States, Canada and Japan": the parties named of the
    /// body the sentence opens with (or "It", the one before) are its members.
    /// </summary>
    private bool ContractingPartiesNamed(int p)
    {
        if (!Is(p, "parties") || !Is(p - 1, "contracting")) return false;
        var list = Is(p + 1, ",") && Is(p + 2, "among") && Is(p + 3, "them") ? p + 4 : Is(p + 1, ",") && Is(p + 2, "including") ? p + 3 : -1;
        if (list < 0 || ReadList(list, out var end) is not { Count: > 0 } parties) return false;
        var has = p - 2;
        while (has > 0 && (IsNumberOrWord(has) || IsAny(has, "some", "about", "around", "nearly", "more", "than", "now"))) has--;
        if (!IsAny(has, "has", "have", "had", "counts")) return false;
        var org = SentenceSubjectOrganization();
        if (org < 0 && Is(has - 1, "it") && has - 1 == 0) org = PreviousSentenceOrg() ?? _main;
        if (org < 0 || _er.Orgs[org].IsInstitution && !_er.Orgs[org].HasMemberStates) return false;
        if (Is(end + 1, ",") && AsWellAs(end + 2) && ReadList(end + 5, out _) is { Count: > 0 } more) parties.AddRange(more);
        Hit(org, RelationKind.Member, parties);
        return true;
    }

    /// <summary>
    /// The states a text is in force for, after "in force" at <paramref name="force"/>: "for Australia, New Zealand and Tonga",
    /// over a time ("entered into force on 1 June for ..."), or listed after a description ("for the 17 ZTO states that have
    /// ratified it: Austria, Belgium, ...").
    /// </summary>
    private List<Mention>? InForceFor(int force)
    {
        var f = force + 1;
        while (f < _v.Count && f <= force + 6 && !Is(f, "for") && !IsAny(f, ",", ";", ".")) f++;
        if (!Is(f, "for")) return null;
        if (CountryAt(f + 1) is not null || Is(f + 1, "the") && CountryAt(f + 2) is not null) return ReadList(f + 1, out _);
        for (var c = f + 1; c < _v.Count && c <= f + 16; c++)
        {
            if (IsAny(c, ";", ".", ",")) return null;
            if (Is(c, ":")) return ReadList(c + 1, out _);
        }
        return null;
    }

    /// <summary>
    /// "Tanzania left COMESA in 2000, choosing to remain in SADC": the body the sentence's states chose to stay in.
    /// </summary>
    private void ChoosingToRemain()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k - 1, ",") && IsAny(k, "choosing", "opting", "preferring") && Is(k + 1, "to") && IsAny(k + 2, "remain", "stay") && IsAny(k + 3, "in", "with"))) continue;
            if (!JoinsAnOrganization(k + 3, out var stayedIn) || stayedIn < 0 || _er.Orgs[stayedIn].IsInstitution) return;
            if (OpenerList() is { Count: > 0 } stayers) Hit(stayedIn, RelationKind.Member, stayers);
            return;
        }
    }

    /// <summary>
    /// The states a sentence opens with, as its subject: followed by a verb ("The Gambia left ...", "Chile took part") or,
    /// when <paramref name="overApposition"/>, by an apposition ("Fiji and Papua New Guinea, the two largest ..., took part").
    /// </summary>
    /// <summary>
    /// "The presidents of Argentina, Brazil, Paraguay and Uruguay signed an agreement that turns their three-year-old trade
    /// pact, Mercosur, into a customs union": the states the sentence opens with are members of the bloc "their" names.
    /// </summary>
    private void TheirBlocNamed()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "their")) continue;
            var noun = k + 1;
            while (noun < _v.Count && noun <= k + 4 && (T(noun).IsWord && !T(noun).IsCapitalized || T(noun).Kind == TokenKind.Number) && !OrganizationWords.IsGenericNoun(W(noun))) noun++;
            if (!(T(noun).IsWord && !T(noun).IsCapitalized && OrganizationWords.IsGenericNoun(W(noun))) || !Is(noun + 1, ",")) continue;
            var at = Is(noun + 2, "the") ? noun + 3 : noun + 2;
            if (M(at) is not { Type: MentionType.Organization } named || named.Entity < 0 || !T(at).IsCapitalized || _er.Orgs[named.Entity].IsInstitution) continue;
            var o = at;
            while (o + 1 < _v.Count && M(o + 1) == named) o++;
            o = AfterAcronym(o + 1);
            if (!(o >= _v.Count || IsAny(o, ",", ".", ";", "into", "to", "and"))) continue;
            var states = OpenerList(overApposition: true);
            if (states is null && Is(0, "the") && StatesOfOfficeHolders(0) is var officesAt && officesAt > 0 && ReadList(officesAt, out _) is { Count: > 1 } offices) states = offices;
            if (states is null || states.Count < 2) return;
            for (var b = k - 1; b > 0; b--) if (IsAny(b, "not", "n't", "never", "if", "without")) return;
            Hit(named.Entity, RelationKind.Member, states);
            return;
        }
    }

    /// <summary>
    /// "Governments that signed up on Wednesday included New Zealand, France and Canada"; "Countries that have joined
    /// include ...": members of the body the article is about, when the clause names none.
    /// </summary>
    private void ThoseThatSignedUpInclude()
    {
        var v = 2;
        if (IsAny(v, "have", "had", "has")) v++;
        if (IsAny(v, "signed") && IsAny(v + 1, "up", "on")) v += 2;
        else if (IsAny(v, "joined")) v++;
        else return;
        // Over "so far", "on Wednesday", "to date", "to it": no body named.
        var end = v;
        while (end < _v.Count && end <= v + 4 && !IsAny(end, "include", "included", "includes", "are", "were") && M(end) is not { Type: MentionType.Organization or MentionType.Country } && !IsAny(end, ",", ";")) end++;
        if (!IsAny(end, "include", "included", "are", "were") || ReadList(end + 1, out _) is not { Count: > 1 } named) return;
        // (What states sign up to is what the article is about, as its headline names it, not a body the sentence before
        // named beside it.)
        var org = _main;
        if (org < 0 || _er.Orgs[org].IsInstitution && !_er.Orgs[org].HasMemberStates || !NamedInHeadline(org)) return;
        Hit(org, RelationKind.Member, named);
    }

    /// <summary>
    /// "Kuwait, which mediated between the two sides, and Oman complete the six-nation Gulf Cooperation Council with Saudi
    /// Arabia, the UAE, Bahrain and Qatar": the subject and the states after "with" are the members.
    /// </summary>
    private void CompleteTheBlocWith()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!IsAny(k, "complete", "completes", "completed") || !Is(k + 1, "the")) continue;
            var at = k + 2;
            if (IsSizeWord(at)) at++;
            var org = NamedOrganizationAt(at, out var orgEnd);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var completing = Subject(k, out var negated, out _);
            if (negated || completing.Count == 0) return;
            Hit(org, RelationKind.Member, completing);
            var after = AfterAcronym(orgEnd);
            if (Is(after, "with") && ReadList(after + 1, out _) is { Count: > 0 } with) Hit(org, RelationKind.Member, with);
            return;
        }
    }

    private bool NamedInHeadline(int org)
    {
        if (_doc.Sentences.Count == 0) return false;
        var headline = _doc.Sentences[0];
        for (var i = headline.FirstToken; i <= headline.LastToken; i++) if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity == org) return true;
        return false;
    }

    private List<Mention>? OpenerList(bool overApposition = false)
    {
        var first = Is(0, "the") ? 1 : 0;
        return CountryAt(first) is not null && ReadList(first, out var end) is { Count: > 0 } list
               && (overApposition && Is(end + 1, ",") || T(end + 1).IsWord && !T(end + 1).IsCapitalized && !Is(end + 1, "and")) ? list : null;
    }

    /// <summary>
    /// "Mali and Burkina Faso join Niger in quitting the OIF": all of them outside; "received an application from Burundi":
    /// a candidate.
    /// </summary>
    private void OriginalSixAndQuittingTogether()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (IsAny(k, "join", "joins", "joined") && CountryAt(k + 1) is not null && ReadList(k + 1, out var joinedEnd) is { Count: > 0 } leader && Is(joinedEnd + 1, "in")
                && IsAny(joinedEnd + 2, "quitting", "leaving", "exiting") && JoinsAnOrganization(joinedEnd + 2, out var quit) && quit >= 0)
            {
                var followers = Subject(k, out var notFollowing, out _);
                if (!notFollowing && followers.Count > 0) { Departure(quit, followers); Departure(quit, leader); }
            }
            // "are also expected to consider an application for membership from Rwanda": over "for membership".
            var fromAt = Is(k + 1, "for") && Is(k + 2, "membership") ? k + 3 : k + 1;
            if (Is(k, "application") && Is(fromAt, "from") && CountryAt(fromAt + 1) is { } applicant && IsAny(k - 1, "an", "the")
                && IsAny(k - 2, "received", "receives", "considered", "examined", "accepted", "consider", "examine", "considering", "examining"))
            {
                // The organisation named in an apposition of the applicant ("Burundi, a member of the EAC") is another: the
                // one the meeting before "received" is of.
                var applied = -1;
                for (var q = 0; q < k && applied < 0; q++)
                {
                    if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) applied = Ent(q);
                    else if (Is(q, "summit") || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) applied = _topic >= 0 ? _topic : _main;
                }
                // "The leaders meeting in Kampala ... are expected to consider an application for membership from Rwanda": the
                // article's organisation.
                if (applied < 0 && fromAt > k + 1) applied = _topic >= 0 ? _topic : _main;
                if (applied >= 0) Hit(applied, RelationKind.Joining, new[] { applicant });
            }
        }
    }

    /// <summary>
    /// "joined the EEC in 1973, in the first enlargement of the original six: Belgium, France, ...": the founders a counted
    /// description lists after a colon are members of the organisation the sentence gave members to.
    /// </summary>
    private void OriginalMembersListed()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!(IsAny(k, "original", "founding") && Is(k - 1, "the") && (T(k + 1).Kind == TokenKind.Number || IsNumberWord(W(k + 1))) && Is(k + 2, ":"))) continue;
            if (ReadList(k + 3, out _) is { Count: > 1 } founders && OrgOfRelations(_sentence, RelationKind.Member) is var foundedOrg && foundedOrg >= 0) Hit(foundedOrg, RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>The view position of "between" in "ORG is an agreement between ...", else past the sentence.</summary>
    private int _betweenAt = int.MaxValue;

    /// <summary>
    /// "RCEP is a free trade agreement between the ten members of ASEAN and five of the bloc's trading partners: China,
    /// Japan, ...", "The pact is a deal between Chile and Peru": the parties of an agreement are its members, whatever
    /// else the description calls them.
    /// </summary>
    private void AgreementBetween()
    {
        _betweenAt = int.MaxValue;
        // "The partnership between Australia, the United Kingdom and the United States, to be known as AUKUS, ...".
        for (var k = 0; k + 3 < _v.Count && k <= 3; k++)
        {
            if (!(IsAny(k, "partnership", "agreement", "pact", "alliance", "deal", "arrangement", "grouping") && Is(k + 1, "between"))) continue;
            var parties = ReadList(k + 2, out var partiesEnd);
            if (parties.Count < 2 || !Is(partiesEnd + 1, ",")) break;
            var a = partiesEnd + 2;
            if (Is(a, "to") && Is(a + 1, "be")) a += 2;
            if (IsAny(a, "known", "called", "dubbed", "named") && Is(a + 1, "as")) a += 2;
            else if (IsAny(a, "dubbed", "called", "named")) a++;
            else break;
            var named = NamedOrganizationAt(a, out _);
            if (named >= 0) Hit(named, RelationKind.Member, parties);
            break;
        }
        var start = Is(0, "the") ? 1 : 0;
        if (M(start) is not { Type: MentionType.Organization } om || om.Entity < 0) return;
        var org = Ent(start);
        var v = start;
        while (v < _v.Count && M(v) == om) v++;
        v = AfterAcronym(v);
        // "The Five Eyes arrangement grew out of the UKUSA agreement between Britain and the United States ..., with
        // Canada, Australia and New Zealand joining over the following decade": the parties it grew from, and those
        // who joined them.
        if (T(v).IsWord && !T(v).IsCapitalized && (OrganizationWords.IsGenericNoun(W(v)) || IsAny(v, "arrangement", "network", "format", "mechanism", "initiative"))) v++;
        var grew = IsAny(v, "grew", "emerged", "evolved", "developed") && IsAny(v + 1, "out", "from") || IsAny(v, "began", "started") && Is(v + 1, "as");
        if (!IsAny(v, "is", "was") && !grew) return;
        for (var k = v + 1; k < _v.Count && k <= v + 8; k++)
        {
            if (IsAny(k, ",", ";", ".", "which", "that")) return;
            if (!Is(k, "between") || !IsAny(k - 1, "agreement", "pact", "deal", "partnership", "treaty", "accord", "arrangement")) continue;
            var parties = new List<Mention>();
            for (var q = k + 1; q < _v.Count; q++)
            {
                if (IsAny(q, ";", ".") || grew && IsAny(q, "but", "except", "without", "while", "whereas")) break;
                if (CountryAt(q) is null) continue;
                var list = ReadList(q, out var end);
                foreach (var c in list) if (!ContainsState(parties, c.Country)) parties.Add(c);
                q = Math.Max(q, end);
            }
            if (parties.Count == 0) return;
            _betweenAt = k;
            Hit(org, RelationKind.Member, parties);
            return;
        }
    }

    /// <summary>After "signed ... by", the list a colon in the same clause opens, else null.</summary>
    private List<Mention>? SignedByColonList(int p) => SignedByColonList(p, out _);

    /// <summary>
    /// The states listed after the colon of the "by" phrase of a signature at <paramref name="p"/>, and the organisation
    /// named right before the colon ("by Libya and six powers, the P5+1: the United States, ..."), else -1.
    /// </summary>
    private List<Mention>? SignedByColonList(int p, out int namedBefore)
    {
        namedBefore = -1;
        var by = -1;
        for (var k = p + 1; k < _v.Count && k <= p + 8; k++) if (Is(k, "by")) { by = k; break; }
        if (by < 0) return null;
        for (var k = by + 1; k < _v.Count && k <= by + 16; k++)
        {
            if (IsAny(k, ";", ".")) return null;
            if (!Is(k, ":")) continue;
            if (M(k - 1) is { Type: MentionType.Organization, Entity: >= 0 } before && _t[before.First].IsCapitalized && !_er.Orgs[before.Entity].IsInstitution) namedBefore = before.Entity;
            return ReadList(k + 1, out _);
        }
        return null;
    }

    /// <summary>"by" within a few words after "set up", before any comma: "set up in Lima in 2011 by".</summary>
    private bool SetUpBy(int q)
    {
        for (var k = q; k < _v.Count && k <= q + 6; k++)
        {
            if (Is(k, "by")) return true;
            if (IsAny(k, ",", ";", ".", "as", "to")) return false;
        }
        return false;
    }

    /// <summary>
    /// "Turkmenistan belongs to neither bloc" after two sentences about two blocs; "belongs to neither the EU nor NATO":
    /// outside both.
    /// </summary>
    private void BelongsToNeither(int p)
    {
        var outside = Subject(p, out var negated, out _);
        if (negated || outside.Count == 0) return;
        var first = NamedOrganizationAt(p + 3, out var after);
        if (first >= 0)
        {
            Hit(first, RelationKind.NonMember, outside);
            after = AfterAcronym(after);
            if (Is(after, "nor") && NamedOrganizationAt(after + 1, out _) is var second && second >= 0) Hit(second, RelationKind.NonMember, outside);
            return;
        }
        if (!(T(p + 3).IsWord && OrganizationWords.IsGenericNoun(W(p + 3)) || IsAny(p + 3, "organisation", "organization", "grouping"))) return;
        // The two organisations the previous sentences gave relations to.
        var orgs = new List<int>();
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 2 && orgs.Count < 3; i--)
        {
            if (Relations[i].Sentence < _sentence && !orgs.Contains(Relations[i].Org)) orgs.Add(Relations[i].Org);
        }
        if (orgs.Count != 2) return;
        foreach (var o in orgs) Hit(o, RelationKind.NonMember, outside);
    }

    /// <summary>"A, B and C make up the organisation", "..., which together with D and E form the union": its members.</summary>
    private void MadeUpBy(int p, int org)
    {
        // "Six countries — Ghana, Kenya, ... and Benin — make up the bloc": the list between the dashes.
        var makers = new List<Mention>();
        if (p >= 2 && T(p - 1).Kind == TokenKind.Dash)
        {
            var open = p - 2;
            while (open > 0 && T(open).Kind != TokenKind.Dash && open > p - 40) open--;
            if (T(open).Kind == TokenKind.Dash) makers = ReadList(open + 1, out _);
        }
        var notMakers = false;
        // "Australia, which with the United States, Japan and India makes up the Quad": the antecedent and
        // the states it is "with".
        if (makers.Count == 0 && CountryAt(p - 1) is not null)
        {
            var with = ReadListBackward(p - 1, out var withStart, stopAtPreposition: false);
            if (Is(withStart - 1, "with") && Is(withStart - 2, "which") && Is(withStart - 3, ",") && CountryAt(withStart - 4) is not null)
            {
                // "India, Burma, Indonesia and Ceylon, which with Pakistan make up the five Colombo Powers": the whole antecedent.
                makers = ReadListBackward(withStart - 4, out _, stopAtPreposition: false);
                makers.AddRange(with);
            }
            else if (Is(withStart - 1, "the") && Is(withStart - 2, "with") && Is(withStart - 3, "which") && Is(withStart - 4, ",") && CountryAt(withStart - 5) is { } antecedent2)
            {
                makers = with;
                makers.Insert(0, antecedent2);
            }
            else if (Is(withStart - 1, "with") && Is(withStart - 2, "together") && Is(withStart - 3, "which") && Is(withStart - 4, ",") && CountryAt(withStart - 5) is not null)
            {
                // "Iceland, Norway and Liechtenstein, which together with Switzerland make up the EFTA"
                makers = ReadListBackward(withStart - 5, out _, stopAtPreposition: false);
                makers.AddRange(with);
            }
        }
        if (makers.Count == 0) makers = Subject(p, out notMakers, out _);
        if (!notMakers && makers.Count > 1) Hit(org, RelationKind.Member, makers);
    }

    /// <summary>"part of the alliance", "part of NATO", "part of it": an organisation; not "part of the agreement".</summary>
    private bool PartOfAnOrganization(int q)
    {
        if (IsAny(q, "it", "either", "both")) return true;
        if (IsAny(q, "the", "its", "their")) q++;
        // ("part of the four-nation Quad": over the size.)
        if (IsSizeWord(q)) q++;
        if (M(q) is { Type: MentionType.Organization } om)
        {
            // "part of the alliance's Membership Action Plan": of something the organisation has, not of it.
            var end = q;
            while (end + 1 < _v.Count && M(end + 1) == om) end++;
            return T(end + 1).Kind != TokenKind.Possessive;
        }
        // "the alliance", "the customs union", "the regional bloc": a generic noun after at most two modifiers.
        for (var k = q; k < _v.Count && k <= q + 2 && T(k).IsWord; k++)
        {
            if (OrganizationWords.IsGenericNoun(W(k))) return T(k + 1).Kind != TokenKind.Possessive;
        }
        return false;
    }


    private static readonly HashSet<string> NumberRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "dozen",
    };

    /// <summary>A number written in words ("nine", "twenty-seven", "nine-member") or digits with a suffix ("10-member").</summary>
    private static bool IsNumberWord(string text)
    {
        if (text.Length == 0) return false;
        if (char.IsDigit(text[0])) return true;
        var dash = text.IndexOf('-');
        return NumberRoots.Contains(dash > 0 ? text.Substring(0, dash) : text);
    }

    private bool TryCompoundCount(int p, string w)
    {
        // "nine-member", "10-member", "27-nation", "the now 10-member grouping", "14-strong".
        var dash = w.IndexOf('-');
        if (dash <= 0) return false;
        var head = w.Substring(0, dash);
        var tail = w.Substring(dash + 1);
        if (!NumberWords.TryParse(head, out var n)) return false;
        RelationKind kind;
        if (tail is "member" or "nation" or "country" or "state" or "strong" or "members") kind = RelationKind.Member;
        else return false;
        // The noun it modifies: an organisation word, an organisation, or "bloc".
        var q = p + 1;
        while (q < _v.Count && T(q).IsWord && !OrganizationWords.IsGenericNoun(W(q)) && M(q) is not { Type: MentionType.Organization } && q <= p + 3) q++;
        if (q < _v.Count && (OrganizationWords.IsGenericNoun(W(q)) || M(q) is { Type: MentionType.Organization }))
        {
            var org = M(q) is { Type: MentionType.Organization } om && om.Entity >= 0 ? om.Entity : OrgFor(p, forward: false);
            if (M(q) is not { Type: MentionType.Organization }) org = M(p - 1) is { Type: MentionType.Organization } pm && pm.Entity >= 0 ? pm.Entity : Generic(W(q));
            // "the Andean Community (CAN), the four-nation bloc": an apposition to the organisation just named.
            if (M(q) is not { Type: MentionType.Organization } && Is(p - 1, "the") && Is(p - 2, ","))
            {
                var n2 = Is(p - 3, ")") ? p - 4 : p - 3;
                if (M(n2) is { Type: MentionType.Organization } named && named.Entity >= 0 && !(T(n2).IsWord && OrganizationWords.IsGenericNoun(W(n2)))) org = named.Entity;
                else if (Is(p - 3, ")") && M(p - 5) is { Type: MentionType.Organization } named2 && named2.Entity >= 0) org = named2.Entity;
            }
            if (M(q) is not { Type: MentionType.Organization } && Is(q + 1, ","))
            {
                // "The four-member grouping, formally the Quadrilateral Security Dialogue,": the name in the apposition.
                for (var a = q + 2; a < _v.Count && a <= q + 6; a++)
                {
                    if (M(a) is { Type: MentionType.Organization } named && named.Entity >= 0) { org = named.Entity; break; }
                    if (Is(a, ",")) break;
                }
            }
            // "The six-member commission" for the Zentral Tuna Commission: a body its own noun counts has members, whatever its
            // head word.
            var ownNoun = org >= 0 && q < _v.Count && T(q).IsWord && !T(q).IsCapitalized && string.Equals(_er.Orgs[org].Head, W(q), StringComparison.OrdinalIgnoreCase);
            Count(org, kind, n, p, subjectHasThem: ownNoun);
            return true;
        }
        if (Is(p + 1, "dialogue") || Is(p + 1, "observer")) return false;
        return false;
    }

    private void TryCount(int p)
    {
        if (!NumberWords.TryParse(W(p), out var n)) return;
        // "the Group of 20 economies": a number of the name, not a count the text states.
        if (Is(p - 1, "of") && M(p) is { Type: MentionType.Organization } nameOfNumber && M(p - 1) == nameOfNumber) return;
        // Ordinals and years are not counts.
        if (T(p).Kind == TokenKind.Number && W(p).Length == 4 && n > 1900) return;
        // "more than a dozen dialogue partners", "nearly 60 members": an estimate, not a stated count.
        var approx = Is(p - 1, "a") ? p - 2 : p - 1;
        // "It now has about 50 contracting parties, from Japan and Switzerland to Ukraine and Moldova": the ends of an
        // extent are members, whether the number is exact or not.
        {
            var noun = Is(p + 1, "member") && IsAny(p + 2, "states", "countries") ? p + 2 : IsAny(p + 1, "members") ? p + 1 : Is(p + 1, "contracting") && Is(p + 2, "parties") ? p + 2 : -1;
            if (noun > 0 && Is(noun + 1, ",") && Is(noun + 2, "from")
                && ReadList(noun + 3, out var fromEnd) is { Count: > 0 } fromStates && Is(fromEnd + 1, "to") && ReadList(fromEnd + 2, out _) is { Count: > 0 } toStates)
            {
                var extentOf = OrgFor(p);
                if (extentOf >= 0)
                {
                    Hit(extentOf, RelationKind.Member, fromStates);
                    Hit(extentOf, RelationKind.Member, toStates);
                }
            }
        }
        if (IsAny(approx, "than", "nearly", "almost", "over", "roughly", "approximately", "about", "around") && !(Is(approx, "than") && !IsAny(approx - 1, "more", "fewer", "less"))
            || Is(approx, "least") && Is(approx - 1, "at") || Is(approx, "to") && Is(approx - 1, "up") || Is(p - 1, "beyond")) return;
        // "before it can grow beyond 30 members", "the bloc will grow to 11 countries next year": a size to come, not the one stated.
        if (Is(p - 1, "to") && IsAny(p - 2, "grow", "expand", "rise", "increase", "swell", "enlarge"))
        {
            for (var k = p - 3; k >= 0 && k >= p - 6; k--) if (IsAny(k, "will", "would", "could", "can", "may", "might", "should", "to")) return;
        }
        // "suspended by the other seven members", "the union's other five members": the rest of the members, not all of them.
        if (IsAny(p - 1, "other", "remaining") && (IsAny(p - 2, "the", "its", "their") || T(p - 2).Kind == TokenKind.Possessive)) return;
        // "set up in 1949 by ten countries: ...": the founders, not the membership today.
        if (Is(p - 1, "by"))
        {
            for (var k = p - 2; k >= 0 && k >= p - 8; k--) if (IsAny(k, "founded", "created", "established", "formed", "launched") || Is(k, "set") && Is(k + 1, "up")) return;
        }
        // "with each country electing 20 members", "sends 20 members": members of a parliament or delegation, not states.
        if (IsAny(p - 1, "electing", "elects", "elected", "elect", "sends", "send", "sending", "appoints", "appoint", "appointing")) return;
        if (Is(p - 1, "at") && Is(p - 2, "stands") || Is(p - 1, "to") && IsAny(p - 2, "rose", "grew", "risen", "grown", "rising"))
        {
            // "dialogue partners, whose number now stands at 15"
            for (var b = p - 3; b >= 0 && b >= p - 9; b--)
            {
                if (IsAny(b, "partners")) { Count(OrgFor(b), RelationKind.DialoguePartner, n, p); return; }
                if (IsAny(b, "members")) { Count(OrgFor(b), RelationKind.Member, n, p); return; }
                if (IsAny(b, "observers")) { Count(OrgFor(b), RelationKind.Observer, n, p); return; }
            }
            // "The ZTO was founded in 1989 by 12 economies ... and has grown to 21.": the subject's size now.
            if (Is(p - 1, "to") && IsAny(p - 2, "grown", "grew") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ";", ",", "members", "countries", "economies", "states"))
                && SentenceSubjectOrganization() is var grownOrg && grownOrg >= 0)
            {
                Count(grownOrg, RelationKind.Member, n, p);
                return;
            }
        }
        var q = p + 1;
        // "the organisation counts 88 states and governments, of which 54 are full members": the full members are the count.
        if (Is(p - 1, "which") && Is(p - 2, "of") && IsAny(p + 1, "are", "were") && (IsAny(p + 2, "members") || Is(p + 2, "full") && Is(p + 3, "members")))
        {
            Count(OrgFor(p, forward: false), RelationKind.Member, n, p);
            return;
        }
        // "is one of nine members of the Community of Portuguese Language Countries": all the members of the organisation.
        if (Is(p - 1, "of") && Is(p - 2, "one") && (Is(p + 1, "members") ? p + 2 : Is(p + 1, "member") && IsAny(p + 2, "states", "countries") ? p + 3 : -1) is var wholeOf && wholeOf > 0
            && Is(wholeOf, "of") && NamedOrganizationAt(wholeOf + 1, out _) is var whole && whole >= 0 && !_er.Orgs[whole].IsInstitution)
        {
            Count(whole, RelationKind.Member, n, p);
            return;
        }
        // "one of six EU members that are not in Nato": a subset.
        if (Is(p - 1, "of") && IsAny(p - 2, "one", "two", "three", "among", "each", "some", "any", "none")) return;
        // "Five of the seven members are also in SAARC": the whole the part is taken from, told for another organisation.
        if (Is(p - 1, "the") && Is(p - 2, "of") && IsNumberOrWord(p - 3) && (p - 3 == 0 || !T(p - 4).IsWord)) return;
        // "The European Union of today has 27, stretching from ...": the number alone after the subject's "has".
        if (IsAny(p - 1, "has", "have") && (q >= _v.Count || IsAny(q, ",", ".", ";")) && SentenceSubjectOrganization() is var subjectOwner && subjectOwner >= 0 && NamedOrganizationAt(0, out var ownerEnd) == subjectOwner)
        {
            var v = ownerEnd;
            if (Is(v, "of") && IsAny(v + 1, "today", "now")) v += 2;
            if (v == p - 1 || IsAny(v, "now", "today") && v == p - 2) Count(subjectOwner, RelationKind.Member, n, p);
            return;
        }
        // "The Mekong River Commission (MRC), set up under a 1995 agreement, has only four members, ...": the subject's count,
        // over an apposition.
        {
            var hasAt = IsAny(p - 1, "only", "just") ? p - 2 : p - 1;
            if (hasAt > 2 && IsAny(hasAt, "has", "have") && Is(hasAt - 1, ",") && (Is(q, "members") || Is(q, "member") && IsAny(q + 1, "states", "countries"))
                && SentenceSubjectOrganization() is var hasSubject && hasSubject >= 0)
            {
                Count(hasSubject, RelationKind.Member, n, p, subjectHasThem: true);
                return;
            }
        }
        // "The club Ireland joined had six members": the size it had then.
        if (Is(p - 1, "had") && (Is(q, "members") || Is(q, "member") && IsAny(q + 1, "states", "countries"))) return;
        if (M(q) is { Type: MentionType.Organization } countOf && countOf.Entity >= 0 && !(T(q).IsWord && !T(q).IsCapitalized))
        {
            // "the 27 EU member states", "the 32 NATO allies", "the 193 UN member states"
            var r = q;
            while (r + 1 < _v.Count && M(r + 1) == countOf) r++;
            if ((Is(r + 1, "member") && IsAny(r + 2, "states", "countries", "nations") || IsAny(r + 1, "members", "allies", "member-states")) && IsAny(p - 1, "the", "all", "of", "its")
                // ("the four ZU members among the six states of the ZTO": some of them.)
                && !Is(Is(r + 1, "member") ? r + 3 : r + 2, "among"))
            {
                Count(Ent(q), RelationKind.Member, n, p);
                return;
            }
            // "The six GMS countries are Cambodia, China, Laos, Myanmar, Thailand and Vietnam": as many states named.
            if (IsAny(r + 1, "countries", "states", "nations") && IsAny(r + 2, "are", "were") && Is(p - 1, "the") && p - 1 <= 1
                && ReadList(Is(r + 3, "the") && CountryAt(r + 4) is not null ? r + 4 : r + 3, out _) is { } named && named.Count == n)
            {
                Hit(Ent(q), RelationKind.Member, named);
                Count(Ent(q), RelationKind.Member, n, p);
                return;
            }
        }
        // "Poland's entry brings the total to 20: Austria, Belgium, ...": the members after a change, named.
        if (Is(p - 1, "to") && IsAny(p - 2, "total", "number", "membership") && Is(p + 1, ":") && IsAny(Is(p - 3, "the") ? p - 4 : p - 3, WordsBrought11)
            && ReadList(p + 2, out _) is { } totalListed && totalListed.Count == n)
        {
            var owner = SentenceOrgBefore(p);
            if (owner < 0) owner = PreviousSentenceOrg() ?? _main;
            if (owner < 0) return;
            Hit(owner, RelationKind.Member, totalListed);
            Count(owner, RelationKind.Member, n, p);
            return;
        }
        if (Is(p - 1, "to") && (Is(p - 2, "number") || Is(p - 2, "back") && Is(p - 3, "number"))
            && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";", "members", "countries", "states")))
        {
            // "Britain's departure brought the number back to 27": the membership after a change.
            var t = Is(p - 2, "back") ? p - 4 : p - 3;
            if (Is(t, "the")) t--;
            if (IsAny(t, WordsBrought11))
            {
                var owner = SentenceOrgBefore(p);
                if (owner >= 0) Count(owner, RelationKind.Member, n, p);
                return;
            }
        }
        // "one of three members that have yet to ratify": a subset, not the membership ("one of its 27 members" is).
        if (Is(p - 1, "of") && IsAny(p - 2, "one", "two", "three", "among", "each", "some", "any", "none")) return;
        if (Is(p - 1, "all") && Is(q, "of") && IsAny(q + 1, "its", "their") && (Is(q + 2, "member") && IsAny(q + 3, "states", "countries") || Is(q + 2, "members")))
        {
            // "towards all six of its member states"
            Count(OrgFor(q + 1, forward: false), RelationKind.Member, n, p);
            return;
        }
        if (Is(p - 1, "to") && Is(p - 2, "membership") && IsAny(q, "countries", "states", "members", "nations"))
        {
            // "taking the organisation's membership to 56 countries"
            var owner = p - 3;
            if (T(owner).Kind == TokenKind.Possessive) owner--;
            var org = M(owner) is { Type: MentionType.Organization } om && om.Entity >= 0 ? om.Entity
                : T(owner).IsWord && OrganizationWords.IsGenericNoun(W(owner)) ? Generic(W(owner)) : IsAny(owner, "its") ? _main : -1;
            if (org >= 0) Count(org, RelationKind.Member, n, p);
            return;
        }
        // "its four founding members" counts the founders, not the members today.
        if (IsAny(q, "founding", "original")) return;
        // "draws troops from three member states": some of them (a change "from 15 members to 12" is read below).
        if (Is(p - 1, "from") && !Is(q + 1, "to") && !(Is(q, "member") && Is(q + 2, "to"))) return;
        {
            // "leaves five member states still suspended", "BRICS now includes two members of Opec": a subset.
            var after = Is(q, "member") ? q + 2 : q + 1;
            if (IsAny(q, "members", "member") && IsAny(after, WordsStill9)) return;
            if (IsAny(q, "members") && Is(q + 1, "of") && IsAny(p - 1, "includes", "include", "included", "counts", "contains", "brings", "has", "have")) return;
            // "The plan was backed by three members of the EU": with no determiner, some of them, not how many there are.
            if (IsAny(q, "members") && Is(q + 1, "of") && (p == 0 || IsAny(p - 1, "by", "to", "from", "among", "for", "against", "on", "at", "and", "or", "but", ",")
                || T(p - 1).IsWord && !T(p - 1).IsCapitalized && W(p - 1).EndsWith("ed", StringComparison.Ordinal))) return;
        }
        // "the 31 allies said": an alliance's allies are its members.
        if (Is(q, "allies") && n >= 5 && IsAny(p - 1, "the", "all", "its") && OrgNear(p))
        {
            // The one organisation the sentence names, else the one the cue points to.
            Count(SentenceOrganizationOr(OrgFor(p)), RelationKind.Member, n, p);
            return;
        }
        // "the OIC is the second-largest organisation after the United Nations, with 57 member states": the sentence's
        // subject, not the organisation named last.
        if (Is(p - 1, "with") && (Is(q, "member") && IsAny(q + 1, "states", "countries", "nations") || Is(q, "members")) && SentenceSubjectOrganization() is var subjectOrg && subjectOrg >= 0)
        {
            Count(subjectOrg, RelationKind.Member, n, p);
            return;
        }
        // "the dispute between the two members": the members a sentence is about, not how many there are.
        if (Is(p - 1, "the") && IsAny(p - 2, "between", "both")) return;
        if (IsAny(q, "full", "current", "permanent", "official")) q++;
        // "any one of its 57 participating states": the OSCE's word for its members.
        if (Is(q, "participating") && IsAny(q + 1, "states", "countries") && (IsAny(p - 1, "its", "the", "of", "all") || T(p - 1).Kind == TokenKind.Possessive) && OrgNear(p))
        {
            Count(OrgFor(p), RelationKind.Member, n, p);
            return;
        }
        // "The OIF counts 88 "states and governments"": a membership that is not only of states.
        if (IsAny(q, "states", "countries") && Is(q + 1, "and") && IsAny(q + 2, "governments", "territories", "entities")) return;
        if (Is(q, "member") && IsAny(q + 1, "states", "countries", "nations", "economies") || IsAny(q, "members", "member-states"))
        {
            if (IsAny(p - 1, "of") && !IsAny(p - 2, "consists", "comprised", "up", "made")) { }
            if (Is(q + 1, "of") && !(M(q + 2) is { Type: MentionType.Organization } || Is(q + 2, "the") && (M(q + 3) is { Type: MentionType.Organization } || OrganizationWords.IsGenericNoun(W(q + 3))))) return;
            var org = OrgFor(p);
            // "The ZTO was set up by the Group of Seven at its 1989 summit and now has 39 members": the subject has them, not
            // the body that set it up.
            if (IsAny(IsAny(p - 1, "now", "only", "just") ? p - 2 : p - 1, "has", "have") && org >= 0 && AgentOfPassiveBefore(p, org)
                && SentenceSubjectOrganization() is var hasIt && hasIt >= 0 && hasIt != org) org = hasIt;
            var last = Is(q, "member") ? q + 1 : q;
            if (Is(p - 1, "from") && Is(last + 1, "to") && last + 2 < _v.Count && NumberWords.TryParse(W(last + 2), out var to))
            {
                // "reduced the community from five members to four": the organisation is the verb's object.
                if (T(p - 2).IsWord && OrganizationWords.IsGenericNoun(W(p - 2)) && IsAny(p - 3, "the", "this")) org = Generic(W(p - 2));
                // "reduces the bloc from 15 members to 12"
                Count(org, RelationKind.Member, to, last + 2);
                return;
            }
            // ("..., which ... and whose 29 member countries": the body the clauses hang on has member states, whatever its head word.)
            Count(org, RelationKind.Member, n, p, subjectHasThem: Is(p - 1, "whose") && Is(p - 2, "and"));
            ParenthesisList(last + 1, org, RelationKind.Member);
            return;
        }
        // "all ten nations of the UK-led Joint Expeditionary Force (JEF) – A, B, ... –": the body's states, as many as counted,
        // named after it.
        if (IsAny(q, "countries", "states", "nations") && Is(q + 1, "of") && IsAny(p - 1, "the", "all") && NamedOrganizationAt(q + 2, out var nationsOfEnd) is var nationsOf && nationsOf >= 0
            && AfterAcronym(nationsOfEnd) is var nationsAfter && (T(nationsAfter).Kind == TokenKind.Dash || IsAny(nationsAfter, ":", "(", ","))
            && ReadList(nationsAfter + 1, out _) is { } nationsNamed && nationsNamed.Count == n)
        {
            Hit(nationsOf, RelationKind.Member, nationsNamed);
            Count(nationsOf, RelationKind.Member, n, p, subjectHasThem: true);
            return;
        }
        if (IsAny(q, "countries", "states", "nations", "economies") && (Is(q + 1, "(") || IsAny(p - 1, WordsIts16) && OrgNear(p)
            || Is(p - 1, "all") && IsAny(p - 2, "groups", "unites", "brings", "comprises", "includes", "covers", "spans", "represents") && OrgNear(p)))
        {
            // "The G20 comprises 19 countries plus the European Union": the subject, not the organisation after the count.
            var org = IsAny(p - 1, WordsComprises12) ? OrgFor(p, forward: false) : OrgFor(p);
            // ("The new grouping of twenty states, which newspapers call the "Zentral group,"": the body it is called.)
            if (p <= 6 && SubjectCalled() is var called && called >= 0) org = called;
            Count(org, RelationKind.Member, n, p);
            ParenthesisList(q + 1, org, RelationKind.Member);
            return;
        }
        // "brings together the ASEAN leaders and eight partners": plain "partners" count only as some organisation's.
        // "bringing the community to eight partner states": the East African word for member states.
        if (Is(q, "partner") && Is(q + 1, "states") && !Is(p - 1, "dialogue") && OrgNear(p))
        {
            Count(OrgFor(p), RelationKind.Member, n, p);
            return;
        }
        if (Is(q, "partners") && StatesPartnersInABody(p, q)) return;
        if (Is(q, "dialogue") && IsAny(q + 1, "partners", "partner") || Is(q, "partner") && IsAny(q + 1, "countries", "states", "nations")
            || Is(q, "partners") && OrgNear(p) && (IsAny(p - 1, "its", "their") || T(p - 1).Kind == TokenKind.Possessive || Is(p - 1, "the") && T(p - 2).Kind == TokenKind.Possessive
                || T(q).IsCapitalized && (Is(q + 1, ":") || Is(q + 1, "for") && T(q + 2).IsCapitalized)))
        {
            var org = OrgFor(p);
            Count(org, RelationKind.DialoguePartner, n, p);
            return;
        }
        if (IsAny(q, "observers", "observer") && (Is(q, "observers") || IsAny(q + 1, "states", "countries", "nations", "members")))
        {
            var org = OrgFor(p);
            Count(org, RelationKind.Observer, n, p);
        }
    }

    private bool OrgNear(int p)
    {
        for (var q = Math.Max(0, p - 3); q < p; q++) if (IsAny(q, "its", "Its")) return true;
        for (var q = Math.Max(0, p - 8); q < _v.Count && q <= p + 8; q++)
        {
            if (M(q) is { Type: MentionType.Organization }) return true;
            if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) return true;
        }
        return false;
    }

    /// <summary>"(China, India, Iran ...)" or ": China, India ..." or "— China, India ..." after a count or cue.</summary>
    private void ParenthesisList(int p, int org, RelationKind kind)
    {
        if (Is(p, "(") || Is(p, ":") || p < _v.Count && T(p).Kind == TokenKind.Dash || Is(p, ",") && IsAny(p + 1, "namely", "including"))
        {
            var s = p + 1;
            if (IsAny(s, "namely", "including", "includes")) s++;
            var list = ReadList(s, out _);
            if (list.Count > 0) Hit(org, kind, list);
        }
    }

    private static bool IsCopula(string w) => w is "is" or "are" or "was" or "were" or "remains" or "remain" or "remained" or "became" or "become" or "becomes" or "'s" or "been" or "be";

    /// <summary>
    /// "Ireland is one of four EU member states that are not in Nato, along with Austria, Cyprus and Malta": members of
    /// one organisation that the sentence says are outside another; also "all 27 member states, Hungary included" and
    /// "whose 14 member states, Jamaica among them,".
    /// </summary>
    private bool MembersThatAreNot(int p)
    {
        var noun = Is(p, "member") && IsAny(p + 1, "states", "countries", "nations") ? p + 1 : p;
        if (noun == p && !IsAny(p, "members")) return false;
        // "..., Hungary included", "..., Jamaica among them": one state named after the members.
        if (Is(noun + 1, ",") && CountryAt(noun + 2) is { } named && (Is(noun + 3, "included") || Is(noun + 3, "among") && Is(noun + 4, "them")))
        {
            Hit(OrgFor(p), RelationKind.Member, new[] { named });
            return false;
        }
        // "Several member states, among them Hungary, Turkey and Serbia, did not join": the states named.
        if (Is(noun + 1, ",") && Is(noun + 2, "among") && Is(noun + 3, "them") && CountryAt(noun + 4) is not null && !IsAny(p - 1, "non", "former", "candidate", "prospective"))
        {
            // "Several major countries that are not members, among them China, Brazil and Mexico, take part as observers":
            // outside.
            var notMembers = IsAny(p - 1, "not", "n't", "never") || IsAny(p - 2, "not", "n't", "never") && IsAny(p - 1, "full", "yet", "formal");
            Hit(OrgFor(p), notMembers ? RelationKind.NonMember : RelationKind.Member, ReadList(noun + 4, out _));
            return false;
        }
        // "Cambodia, Laos and Myanmar are the only members of the Zentral Union that are not in the ZTO": over the body they
        // are members of.
        var ownerOf = -1;
        if (Is(noun + 1, "of") && NamedOrganizationAt(noun + 2, out var ownerEnd) is var namedOwner && namedOwner >= 0 && IsAny(AfterAcronym(ownerEnd), "that", "which"))
        {
            ownerOf = namedOwner;
            noun = AfterAcronym(ownerEnd) - 1;
        }
        // ("... the only members of the 10-member ASEAN that do not belong to APEC": "do not belong to" too.)
        var belongTo = IsAny(noun + 1, "that", "which") && IsAny(noun + 2, "do", "did") && IsAny(noun + 3, "not", "n't") && IsAny(noun + 4, "belong", "belonged") && Is(noun + 5, "to");
        if (!belongTo && (!IsAny(noun + 1, "that", "which") || !IsAny(noun + 2, "are", "were") || !IsAny(noun + 3, "not", "n't"))) return false;
        var r = belongTo ? noun + 5 : noun + 4;
        int other;
        if (belongTo) other = NamedOrganizationAt(r + 1, out r);
        else if (Is(r, "in")) other = NamedOrganizationAt(r + 1, out r);
        else if (Is(r, "part") && Is(r + 1, "of")) other = NamedOrganizationAt(r + 2, out r);
        else if (IsAny(r, "members") && Is(r + 1, "of")) other = NamedOrganizationAt(r + 2, out r);
        else return false;
        if (other < 0) return false;
        var outside = new List<Mention>();
        // The subject: "Ireland is one of four ...".
        var b = p - 1;
        while (b >= 0 && (T(b).Kind == TokenKind.Number || IsNumberWord(W(b)) || M(b) is { Type: MentionType.Organization } || T(b).Kind == TokenKind.Possessive || IsAny(b, "the", "its", "other", "only"))) b--;
        if (Is(b, "of") && IsAny(b - 1, "one", "two", "three", "among") && IsAny(b - 2, "is", "are", "was", "were", "remains", "remain"))
        {
            var subject = Subject(b - 1, out var negated, out _);
            if (!negated) outside.AddRange(subject);
        }
        // ("A, B and C are the only members of ... that are not in ...": the copula's subject.)
        else if (ownerOf >= 0 && IsAny(b, "are", "were") && Subject(b, out var notTheOnly, out _) is { Count: > 0 } theOnly && !notTheOnly) outside.AddRange(theOnly);
        if (Is(r, ",") && (Is(r + 1, "along") && Is(r + 2, "with") || Is(r + 1, "together") && Is(r + 2, "with") || Is(r + 1, "alongside")))
        {
            outside.AddRange(ReadList(Is(r + 1, "alongside") ? r + 2 : r + 3, out _));
        }
        if (outside.Count == 0) return false;
        Hit(other, RelationKind.NonMember, outside);
        var owner = ownerOf >= 0 ? ownerOf : OrgFor(p);
        if (owner >= 0 && owner != other) Hit(owner, RelationKind.Member, outside);
        return true;
    }

    /// <summary>
    /// "The group brings together ..." after "the Friends of Cohesion group met": the organisation last named before this
    /// sentence with the noun written after its name; else -1.
    /// </summary>
    private int NamedBeforeTheNoun(string noun)
    {
        for (var i = _doc.Sentences[_sentence].FirstToken - 1; i > 0; i--)
        {
            if (_er.At(i - 1) is { Type: MentionType.Organization } m && m.Entity >= 0 && m.Last == i - 1 && _t[i].IsWord && !_t[i].IsCapitalized && _t[i].IsIgnoreCase(noun)) return m.Entity;
        }
        return -1;
    }

    /// <summary>
    /// "The reinstatement leaves five member states still suspended by the continental body, all following coups: Mali,
    /// Burkina Faso, Niger, Guinea and Sudan": the members listed after a colon further on in the phrase.
    /// </summary>
    private bool ColonListAfterMembers(int p)
    {
        var noun = Is(p, "member") && IsAny(p + 1, "states", "countries", "nations") ? p + 1 : p;
        if (noun == p && !IsAny(p, "members", "parties")) return false;
        for (var k = p - 1; k >= 0 && k >= p - 3; k--)
        {
            if (IsAny(k, "not", "non", "former", "no", "candidate", "prospective", "would-be")) return false;
            // "New members from January 1, 2024: ..." in a fact box are members; elsewhere "new members" may be to come.
            if (Is(k, "new") && !(_boxOrg >= 0 && StartsLine(k))) return false;
        }
        // "OPEC itself has 12 members after Angola walked out at the start of last year: Saudi Arabia, ...": over a clause
        // that names other states, when the list after the colon has as many states as counted.
        var counted = -1;
        if (IsNumberOrWord(p - 1) && NumberWords.TryParse(W(p - 1), out var n) && n >= 2) counted = n;
        var skippedStates = false;
        for (var k = noun + 1; k < _v.Count && k <= noun + 20; k++)
        {
            // "Members (15): ...": the count in parentheses before the colon.
            if (k == noun + 1 && Is(k, "(") && T(k + 1).Kind == TokenKind.Number && Is(k + 2, ")")) { k += 2; continue; }
            if (counted > 0 && M(k) is { Type: MentionType.Country } && k > noun + 1 && Is(noun + 1, "after")) { skippedStates = true; continue; }
            if (k > noun + 14 && !skippedStates) return false;
            if (IsAny(k, ".", ";", "(") || M(k) is { Type: MentionType.Country or MentionType.Person }) return false;
            if (IsAny(k, WordsNot10)) return false;
            // "the leaders of the 27 member states and of the six Western Balkan countries: Albania, ...": the list is of the
            // second group.
            if (Is(k, "and") && (Is(k + 1, "of") || IsNumberOrWord(k + 1) || Is(k + 1, "the") && IsNumberOrWord(k + 2))) return false;
            if (!Is(k, ":")) continue;
            // "Members: 15 - Brunei, Cambodia, ...": the count before a dash.
            var first = k + 1;
            if (T(first).Kind == TokenKind.Number && (T(first + 1).Kind == TokenKind.Dash || Is(first + 1, ",") || Is(first + 1, ";"))) first += 2;
            var listed = ReadList(first, out var end);
            if (listed.Count == 0 || skippedStates && listed.Count != counted) return false;
            // "The statement, released in the group's capitals ..., was endorsed by the foreign ministers of all the members:
            // ...": the body whose noun the sentence gave a possessive to.
            var org = -1;
            for (var g = 0; g + 2 < p && org < 0; g++)
            {
                if (Is(g, "the") && T(g + 1).IsWord && !T(g + 1).IsCapitalized && OrganizationWords.IsGenericNoun(W(g + 1)) && T(g + 2).Kind == TokenKind.Possessive) org = Generic(W(g + 1));
            }
            if (org < 0) org = OrgFor(p);
            Hit(org, RelationKind.Member, listed);
            SubgroupsInList(first, end, org);
            // "The group brings together 17 of the EU's 27 members: ...": they are the members of the body that gathers them.
            var of = p - 1;
            while (of >= 0 && of >= p - 6 && (IsNumberOrWord(of) || M(of) is { Type: MentionType.Organization } || T(of).Kind == TokenKind.Possessive || Is(of, "the"))) of--;
            if (Is(of, "of") && IsNumberOrWord(of - 1) && (Is(of - 2, "together") && IsAny(of - 3, "brings", "bring", "brought") || IsAny(of - 2, "groups", "unites", "comprises", "gathers"))
                && (SentenceSubjectOrganization() is var named && named >= 0 ? named : Is(0, "the") && T(1).IsWord && OrganizationWords.IsGenericNoun(W(1)) && (of - 3 == 2 || of - 2 == 2) ? NamedBeforeTheNoun(W(1)) : -1) is var gathering
                && gathering >= 0 && gathering != org)
            {
                Hit(gathering, RelationKind.Member, listed);
            }
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Brunei, Cambodia, ... and Vietnam (ASEAN), plus China, Japan ...": the states before an organisation's name in
    /// parentheses, inside a list of another organisation's members, are that organisation's members too.
    /// </summary>
    private void SubgroupsInList(int first, int end, int listOrg)
    {
        var from = first;
        for (var k = first; k <= end + 1 && k + 2 < _v.Count; k++)
        {
            if (!Is(k, "(") || !Is(k + 2, ")") || M(k + 1) is not { Type: MentionType.Organization } om || om.Entity < 0 || om.Entity == listOrg) continue;
            var group = new List<Mention>();
            for (var q = from; q < k; q++) if (CountryAt(q) is { } c && !ContainsState(group, c.Country)) group.Add(c);
            if (group.Count > 1) Hit(om.Entity, RelationKind.Member, group);
            from = k + 3;
        }
    }

    /// <summary>
    /// "Indonesia is an associate member of the MSG", "associate members: A, B", "associate members A and B": partners,
    /// the schema's nearest field (an associate is not a member).
    /// </summary>
    private void AssociateMemberCue(int p)
    {
        var org = OrgFor(p);
        if (org < 0) return;
        var a = p + 1;
        if (IsAny(a, "states", "countries", "nations")) a++;
        if (IsAny(a, ":", "include", "are")) a++;
        if (ReadList(a, out _) is { Count: > 0 } listed) { Hit(org, RelationKind.DialoguePartner, listed); return; }

        // "Bolivia, an associate member since 1996, will also have to adopt ...": an apposition to the state.
        if (IsAny(p - 2, "an", "a") && Is(p - 3, ",") && CountryAt(p - 4) is not null)
        {
            // (Up to its comma, over "of the Mercosur trade bloc since 1996": longer than ClosesSoon allows.)
            var close = p + 1;
            while (close < _v.Count && close <= p + 10 && !IsAny(close, ",", ".", ";")) close++;
            if (Is(close, ",") && ReadListBackward(p - 4, out _, stopAtPreposition: false) is { Count: 1 } one) { Hit(org, RelationKind.DialoguePartner, one); return; }
        }
        // "Chile, Colombia and Peru, associate members of Mercosur, have also been critical": the states in apposition.
        if (IsAny(p, "members", "states", "countries") && Is(p - 2, ",") && CountryAt(p - 3) is not null)
        {
            var of = -1;
            var close = p + 1;
            if (Is(p + 1, "of") && NamedOrganizationAt(p + 2, out var ofEnd) is var named && named >= 0) { of = named; close = AfterAcronym(ofEnd); }
            // ("Chile, Colombia and Peru, associate states of the bloc, have said little": a generic noun for it.)
            else if (Is(p + 1, "of") && Is(p + 2, "the") && T(p + 3).IsWord && !T(p + 3).IsCapitalized && OrganizationWords.IsGenericNoun(W(p + 3))) { of = Generic(W(p + 3)); close = p + 4; }
            if (IsAny(close, ",", ".", ";") || close >= _v.Count)
            {
                Hit(of >= 0 ? of : org, RelationKind.DialoguePartner, ReadListBackward(p - 3, out _, stopAtPreposition: false));
                return;
            }
        }
        var v = p - 2;
        while (v >= 0 && IsAny(v, WordsA9_2)) v--;
        // "while Turkmenistan has been an associate member since 2005"
        if (Is(v, "been") && IsAny(v - 1, "has", "have", "had")) v--;
        // "The Dominican Republic had been an associated state of the system for a decade": a status it no longer has.
        if (Is(v, "had") && Is(v + 1, "been")) return;
        // "Colombia is a founding member of the Pacific Alliance, together with Chile and Peru, and an associate state of
        // Mercosur": the second predicate of the copula the sentence opened with.
        if (Is(v, "and") && Is(v - 1, ",") && Is(p + 1, "of"))
        {
            for (var k = v - 2; k >= 1 && k >= v - 30; k--)
            {
                if (IsAny(k, ";", ".")) break;
                if (IsAny(k, "is", "are") && CountryAt(k - 1) is not null && Subject(k, out _, out var firstAt) is { Count: > 0 } && firstAt <= 1) { v = k; break; }
            }
        }
        if (v < 0 || !IsAny(v, WordsIs9)) return;
        if (IsAny(v, "has", "have") && !Is(v + 1, "been")) return;
        var subject = Subject(v, out var negated, out _);
        if (!negated && subject.Count > 0 && !IsAny(v + 1, "not", "n't", "never")) Hit(org, RelationKind.DialoguePartner, subject);
    }

    /// <summary>
    /// A fact box's value: lists that a closing "and" would end, joined by commas or semicolons ("Azerbaijan and Georgia
    /// (left in 1999), Uzbekistan (left in 2012)").
    /// </summary>
    private List<Mention> ReadLabelList(int q)
    {
        var all = new List<Mention>();
        while (q < _v.Count)
        {
            var list = ReadList(q, out var end);
            if (list.Count == 0) break;
            all.AddRange(list);
            q = end + 1;
            if (Is(q, "(")) { var close = q; while (close < _v.Count && close <= q + 8 && !Is(close, ")")) close++; if (Is(close, ")")) q = close + 1; }
            if (!IsAny(q, ",", ";") || !(CountryAt(q + 1) is not null || Is(q + 1, "the") && CountryAt(q + 2) is not null || Is(q + 1, "and"))) break;
            q += Is(q + 1, "and") ? 2 : 1;
        }
        return all;
    }

    /// <summary>
    /// "Australia has formally signed on as a founding member of the Asian Infrastructure Investment Bank": the subject of
    /// "signed on as" (or "signed up as") is a member of the organisation after "of".
    /// </summary>
    private bool SignedOnAsMember(int p)
    {
        if (!Is(p, "member") || !Is(p + 1, "of")) return false;
        var q = p - 1;
        while (q >= 0 && q >= p - 3 && IsAny(q, "founding", "full", "original", "fully-fledged", "full-fledged")) q--;
        if (!IsAny(q, "a", "an") || !Is(q - 1, "as") || !IsAny(q - 2, "on", "up") || !IsAny(q - 3, "signed", "signs", "sign", "signing")) return false;
        if (NamedOrganizationAt(p + 2, out _) is not (var org and >= 0)) return false;
        var subject = Subject(q - 3, out var negated, out _);
        if (negated || subject.Count == 0) return false;
        Hit(org, RelationKind.Member, subject);
        return true;
    }

    /// <summary>
    /// "Viet Nam, as a member of the Association of Southeast Asian Nations (ASEAN), would continue to act as a bridge": the
    /// states before ", as a member of" belong to the organisation.
    /// </summary>
    private bool CommaAsAMemberOf(int p)
    {
        if (!IsAny(p, "member", "members") || !Is(p + 1, "of")) return false;
        var a = p - 1;
        while (a >= 0 && a >= p - 3 && IsAny(a, "founding", "full", "original", "fellow")) a--;
        if (Is(p, "member") ? !IsAny(a, "a", "an") || !Is(a - 1, "as") : !Is(a, "as")) return false;
        var comma = Is(p, "member") ? a - 2 : a - 1;
        if (NamedOrganizationAt(p + 2, out var end) is not (var org and >= 0) || !IsAny(AfterAcronym(end), ",", ".", ";")) return false;
        if (!Is(comma, ",") || CountryAt(comma - 1) is null)
        {
            // "Norway ... is part of its internal energy market as a member of the European Economic Area": the subject of the
            // clause, when nothing between it and "as" is still to come ("hopes to join as a member" is not).
            var asAt = comma + 1;
            if (!Is(p, "member") || ClauseSubject(asAt) is not { Count: > 0 } clauseStates) return false;
            for (var k = 1; k < asAt; k++)
                if (IsAny(k, "to", "will", "would", "could", "may", "might", "hopes", "wants", "seeks", "applied", "invited", "admitted", "become", "becomes", "became", "join", "joins", "joined", "not", "n't", "never", "if", "whether")) return false;
            Hit(org, RelationKind.Member, clauseStates);
            return true;
        }
        var states = ReadListBackward(comma - 1, out _, stopAtPreposition: false);
        if (states.Count == 0) return false;
        Hit(org, RelationKind.Member, states);
        return true;
    }

    private void MemberCue(int p)
    {
        if (IsAny(p - 1, "associate", "associated")) { AssociateMemberCue(p); return; }
        // "X, the 11-member trade pact whose members include A, B": read by WhoseMembersInclude, for the organisation the
        // relative clause hangs on.
        if (Is(p - 1, "whose") && IsAny(p + 1, "include", "includes", "included")) return;
        // "Former members: Azerbaijan and Georgia (left in 1999), Uzbekistan (left in 2012)": a fact-box line.
        if (Is(p - 1, "former") && (p - 1 == 0 || StartsLine(p - 1)) && Is(p + 1, ":"))
        {
            if (ReadLabelList(p + 2) is { Count: > 0 } former) Departure(OrgFor(p), former);
            return;
        }
        if (MembersThatAreNot(p) || ColonListAfterMembers(p) || GappedCopulaMember(p)) return;
        if (SignedOnAsMember(p) || CommaAsAMemberOf(p) || MembersWithOthersOf(p)) return;
        // "Sri Lanka is also a member of the Bay of Bengal Initiative (BIMSTEC), with Bangladesh, Bhutan, India and Nepal,":
        // the states it shares the membership with.
        // (A founding member's partners are history: they may have left since.)
        if (Is(p, "member") && !IsAny(p - 1, "founding", "original", "former") && Is(p + 1, "of") && NamedOrganizationAt(p + 2, out var withOrgEnd) is var withOrg && withOrg >= 0
            && AfterAcronym(withOrgEnd) is var withComma && Is(withComma, ",") && Is(withComma + 1, "with") && CountryAt(withComma + 2) is not null
            && ReadList(withComma + 2, out var withEnd) is { Count: > 0 } sharing && (withEnd + 1 >= _v.Count || IsAny(withEnd + 1, ",", ".", ";")))
        {
            Hit(withOrg, RelationKind.Member, sharing);
        }
        // "its trade agreement with Mercosur, whose members are Argentina, Brazil, Paraguay and Uruguay,": the
        // organisation the relative clause hangs on.
        if (IsAny(p, "members") && Is(p - 1, "whose") && Is(p - 2, ",") && IsAny(p + 1, "are", "include"))
        {
            var o = p - 3;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is { Type: MentionType.Organization } whoseOrg && whoseOrg.Entity >= 0 && ReadList(p + 2, out _) is { Count: > 0 } whoseMembers)
            {
                Hit(Ent(o), RelationKind.Member, whoseMembers);
                return;
            }
        }
        // "Founding members Ghana, Kenya and Nigeria signed the charter": the members named right after the noun that
        // opens the sentence.
        if (IsAny(p, "members") && (p == 0 || p == 1 && IsAny(0, "founding", "fellow", "full", "other")) && CountryAt(p + 1) is not null)
        {
            var named = ReadList(p + 1, out _);
            if (named.Count > 0) { Hit(OrgFor(p), RelationKind.Member, named); return; }
        }
        // Let "become a member" and "non-member" be read by their own cues.
        for (var q = p - 1; q >= 0 && q >= p - 4; q--)
        {
            if (IsAny(q, "become", "became", "becomes", "becoming")) return;
        }
        // "membership", "member states of" counted elsewhere; "members of parliament" is not ours.
        if (Is(p + 1, "of") && IsAny(p + 2, "parliament", "congress", "staff", "the") && IsAny(p + 3, "public", "press", "delegation", "family", "team", "parliament"))
        {
            return;
        }

        var org = OrgFor(p);
        // "The Mekong River Commission (MRC), set up under a 1995 agreement, has only four members, ...": the subject that has
        // them, over an apposition.
        var hasAt = p - 1;
        while (hasAt > 0 && (IsNumberOrWord(hasAt) || IsAny(hasAt, "only", "just", "now", "currently"))) hasAt--;
        if (hasAt > 2 && IsAny(hasAt, "has", "have", "had") && Is(hasAt - 1, ",") && SentenceSubjectOrganization() is var hasSubject && hasSubject >= 0) org = hasSubject;
        // "Belarus is already a member of two post-Soviet blocs, the CSTO and the EAEU": each organisation listed.
        if (Is(p + 1, "of") && (T(p + 2).Kind == TokenKind.Number || IsNumberWord(W(p + 2))) && OrganizationsListedAfter(p + 3) is { Count: > 1 } listed)
        {
            var v0 = p - 1;
            while (v0 >= 0 && IsAny(v0, WordsA53)) v0--;
            if (v0 >= 0 && IsCopula(W(v0).ToLowerInvariant()) && !IsAny(p - 2, "not", "n't", "never") && !IsAny(p - 3, "not", "n't", "never"))
            {
                var holders = Subject(v0 + 1, out var notHolders, out _);
                if (!notHolders && holders.Count > 0) foreach (var o in listed) Hit(o, RelationKind.Member, holders);
                return;
            }
        }
        // "27 member states, stretching from ...": the noun ends after "states".
        var countedEnd = Is(p, "member") && IsAny(p + 1, "states", "countries", "nations") ? p + 1 : p;
        if ((IsAny(p, "members") || countedEnd > p) && (T(p - 1).Kind == TokenKind.Number || IsNumberWord(W(p - 1)) || IsAny(p - 1, "several", "some", "many")) && !IsAny(p - 2, "of", "among"))
        {
            // "with 10 members stretching from Chad in the north to Angola in the south, among them Cameroon and Gabon":
            // the members named by their extent and after "among them".
            var named = new List<Mention>();
            var stretch = Is(countedEnd + 1, ",") ? countedEnd + 2 : countedEnd + 1;
            if (IsAny(stretch, "stretching", "ranging", "extending", "spanning", "reaching") && Is(stretch + 1, "from") && ReadList(stretch + 2, out var fromEnd) is { Count: > 0 } from)
            {
                // "stretching from Egypt and Turkey in the west to the Republic of Korea in the east"
                for (var k = fromEnd + 1; k < _v.Count && k <= fromEnd + 9; k++)
                {
                    if (Is(k, "to") && ReadList(k + 1, out _) is { Count: > 0 } to) { named.AddRange(from); named.AddRange(to); break; }
                    if (IsAny(k, ",", ";", ".")) break;
                }
            }
            for (var k = p + 1; k < _v.Count && k <= p + 20; k++)
            {
                // "The WTO now has 166 members, and some 20 governments are still negotiating their accession, among them ...":
                // another clause names others.
                if (IsAny(k, ";", ".") || Is(k, ",") && IsAny(k + 1, "and", "but", "while", "whereas")) break;
                // "all 18 members ..., along with officials from the Forum's 21 dialogue partners, among them ...": the
                // examples are of the nearer noun.
                if (IsAny(k, "partners", "observers", "members", "guests", "candidates", "countries") && k > p + 1) break;
                // "the 13 members of OPEC and 10 other producers, among them ...": a second group.
                if (Is(k, "and") && (T(k + 1).Kind == TokenKind.Number || IsNumberWord(W(k + 1)) || IsAny(k + 1, "other") || W(k + 1).StartsWith("non-", StringComparison.OrdinalIgnoreCase))) break;
                if (Is(k, ",") && Is(k + 1, "among") && Is(k + 2, "them")) { named.AddRange(ReadList(k + 3, out _)); break; }
            }
            if (named.Count > 0) Hit(org, RelationKind.Member, named);
        }
        // "Members: Argentina, Australia, ...": a table line belongs to the organisation the text was just about.
        if (p == 0 && IsAny(1, ":") && _topic >= 0 && org == _main) org = _topic;

        // "has still not confirmed whether it is a member": a question, not a fact.
        for (var q = p - 1; q >= 0 && q >= p - 6; q--)
        {
            if (IsAny(q, ",", ";")) break;
            if (IsAny(q, "whether", "if") && !IsAny(q - 1, "even", "as")) return;
        }
        // "Maldives is not the first member to walk out and return": the negation is of "the first".
        if (Is(p + 1, "to") && IsAny(p - 1, "first", "only", "last", "second", "third") && Is(p - 2, "the") && IsAny(p - 3, "not", "n't")) return;
        // Negation just before: "not a member", "not members", "no longer a member".
        var neg = false;
        for (var q = p - 1; q >= 0 && q >= p - 5; q--)
        {
            if (IsAny(q, "not", "never", "n't", "longer", "neither", "nor")) { neg = true; break; }
            // "not recognised by five EU member states": the negation is the verb's.
            if (IsAny(q, ",", ";", "but", "by")) break;
        }
        // "Ukraine signed an association agreement with the Zentral Union in 2014 but is not a member": a bare "member"
        // after "but" is of the one body the sentence names before it, not of the body of the sentences before.
        if (neg && Is(p, "member") && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";", "and")) && org >= 0)
        {
            for (var q = p - 1; q >= 0 && q >= p - 5; q--)
            {
                if (!Is(q, "but")) continue;
                if (SentenceOrgBefore(q) is var signedWith && signedWith >= 0 && signedWith != org && OnlyOrganizationBefore(q, signedWith)) org = signedWith;
                break;
            }
        }
        // "China, like the United States, is a Forum dialogue partner, not a member": the partners or observers the clause
        // before named are outside.
        if (Is(p, "member") && Is(p - 1, "a") && Is(p - 2, "not") && Is(p - 3, ",") && IsAny(p + 1, ",", ".", ";", "which", "and"))
        {
            var outside = new List<Mention>();
            var of = -1;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                var r = Relations[i];
                if (r.Kind is not (RelationKind.DialoguePartner or RelationKind.Observer) || r.Country.First > _v[p]) continue;
                if (of >= 0 && r.Org != of) continue;
                of = r.Org;
                if (!ContainsState(outside, r.Country.Country)) outside.Add(r.Country);
            }
            if (of >= 0) { Hit(of, RelationKind.NonMember, outside); return; }
        }
        // "It is neither a member nor a partner of BRICS": outside it.
        if (Is(p - 1, "a") && Is(p - 2, "neither") && Is(p + 1, "nor") && Is(p + 2, "a") && IsAny(p + 3, "partner", "observer") && Is(p + 4, "of")
            && NamedOrganizationAt(p + 5, out _) is var neitherNor && neitherNor >= 0 && IsCopula(W(p - 3).ToLowerInvariant()) && Subject(p - 2, out _, out _) is { Count: > 0 } neitherStates)
        {
            Hit(neitherNor, RelationKind.NonMember, neitherStates);
            return;
        }
        // "Switzerland is a member neither of the European Union nor of the European Economic Area": of neither; so is "a
        // member of neither the CSTO nor the Eurasian Economic Union".
        if ((Is(p + 1, "neither") && Is(p + 2, "of") || Is(p + 1, "of") && Is(p + 2, "neither")) && NamedOrganizationAt(p + 3, out var afterNeither) is var neither && neither >= 0)
        {
            var v1 = p - 1;
            while (v1 >= 0 && IsAny(v1, WordsA53)) v1--;
            if (v1 >= 0 && IsCopula(W(v1).ToLowerInvariant()) && Subject(v1 + 1, out _, out _) is { Count: > 0 } outside)
            {
                Hit(neither, RelationKind.NonMember, outside);
                afterNeither = AfterAcronym(afterNeither);
                var norAt = Is(afterNeither + 1, "of") ? afterNeither + 2 : afterNeither + 1;
                if (Is(afterNeither, "nor") && NamedOrganizationAt(norAt, out _) is var nor && nor >= 0) Hit(nor, RelationKind.NonMember, outside);
            }
            return;
        }
        var kind = neg ? RelationKind.NonMember : RelationKind.Member;

        // "NATO member Turkey", "fellow member Kazakhstan": a country right after.
        var after = p + 1;
        if (IsAny(after, "states", "state", "countries", "country", "nations")) after++;
        if (!neg && CountryAt(after) is not null && !Is(p + 1, "of"))
        {
            Hit(org, kind, ReadList(after, out _));
            return;
        }

        // "members include A, B and C", "member states are A, B", "members: A, B", "member states such as A".
        var q2 = p + 1;
        if (IsAny(q2, "states", "state", "countries", "nations")) q2++;
        if (Is(q2, "of") && (M(q2 + 1) is { Type: MentionType.Organization } || Is(q2 + 1, "the")))
        {
            q2 += 2;
            // ("the seven other members of the eight-nation Arctic Council, Canada, ...": over the size.)
            while (q2 < _v.Count && (M(q2) is { Type: MentionType.Organization } || T(q2).IsWord && OrganizationWords.IsGenericNoun(W(q2)) || IsSizeWord(q2) && M(q2 + 1) is { Type: MentionType.Organization })) q2++;
            // "the 10 members of the Association of Southeast Asian Nations (ASEAN), Brunei, ...": past the acronym.
            if (Is(q2, "(") && M(q2 + 1) is { Type: MentionType.Organization } && Is(q2 + 2, ")")) q2 += 3;
            // "The four founding members of the Arab Common Market, as the new arrangement is to be called, are ...": over the
            // clause that names it.
            if (Is(q2, ",") && Is(q2 + 1, "as"))
            {
                var close = q2 + 2;
                while (close < _v.Count && close <= q2 + 12 && !IsAny(close, ",", ";", ".")) close++;
                if (Is(close, ",") && IsAny(close + 1, "are", "were", "include", "includes")) q2 = close + 1;
            }
        }
        // "Its five members today are South Africa, Botswana, ...": over a time word.
        if (IsAny(q2, "today", "now", "currently") && IsAny(q2 + 1, "are", "include")) q2++;
        // "The regional members of the bank will be Jamaica, Guyana and Barbados": the members of a body being set up.
        if (Is(q2, "will") && Is(q2 + 1, "be") && IsAny(p, "members") && (CountryAt(q2 + 2) is not null || Is(q2 + 2, "the") && CountryAt(q2 + 3) is not null)) q2++;
        if (IsAny(q2, WordsInclude10) || Is(q2, "such") && Is(q2 + 1, "as") || Is(q2, "be") && Is(q2 - 1, "will"))
        {
            var s = Is(q2, "such") ? q2 + 2 : q2 + 1;
            if (Is(s, ":") && !Is(q2, ":")) s++; // "The members are:"
            if (IsAny(s, "now", "currently") && (CountryAt(s + 1) is not null || Is(s + 1, "the"))) s++; // "Its members are now ..."
            // "The IEA's 30 member countries include founding members the United States and Canada, as well as Japan": over
            // the noun the first states are named by.
            if (IsAny(s, "founding", "founder", "original") && Is(s + 1, "members") && (CountryAt(s + 2) is not null || Is(s + 2, "the") && CountryAt(s + 3) is not null)) s += 2;
            var list = ReadList(s, out var listEnd0);
            // "The new grouping's 12 founding members are the six members of the Zentral Union (ZU) - A, B, ... - together
            // with C, D and E": the states of the group described, and those added.
            if (list.Count == 0 && IsAny(q2, "are", "were") && SkipDescription(s, out _) is var describedAt && describedAt > 0 && ReadList(describedAt, out var describedEnd) is { Count: > 1 } describedList)
            {
                list = new List<Mention>(describedList);
                var close = describedEnd + 1;
                if (close < _v.Count && (T(close).Kind == TokenKind.Dash || Is(close, ")") || Is(close, ","))) close++;
                var added = AlongWith(close) is var alongAt && alongAt > 0 ? alongAt : AsWellAs(close) ? close + 3 : Is(close, "and") ? close + 1 : -1;
                if (added > 0 && ReadList(added, out _) is { Count: > 0 } addedList) list.AddRange(addedList);
                listEnd0 = describedEnd;
                // Whose members they are: the body before the possessive ("The new grouping's"), not the one that describes them.
                var owner = p - 1;
                while (owner > 0 && (IsNumberOrWord(owner) || IsAny(owner, "founding", "original", "first"))) owner--;
                var ownerOrg = T(owner).Kind != TokenKind.Possessive ? -1
                    : M(owner - 1) is { Type: MentionType.Organization } ownerMention && ownerMention.Entity >= 0 && !(T(owner - 1).IsWord && !T(owner - 1).IsCapitalized) ? ownerMention.Entity
                    : T(owner - 1).IsWord && OrganizationWords.IsGenericNoun(W(owner - 1)) ? PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? -1 : -1;
                var describer = -1;
                for (var k = s; k < describedAt && describer < 0; k++) if (M(k) is { Type: MentionType.Organization } dm && dm.Entity >= 0) describer = dm.Entity;
                if (ownerOrg < 0 || ownerOrg == describer) list.Clear();
                else
                {
                    org = ownerOrg;
                    // ("the 10 members of the Zentral Union (ZU), namely A, B, ...": the described states are that body's members.)
                    var membersOf = false;
                    for (var k = s; k + 1 < describedAt && !membersOf; k++) membersOf = IsAny(k, "members", "member-states") && Is(k + 1, "of");
                    if (membersOf && describer >= 0 && !_er.Orgs[describer].IsInstitution) Hit(describer, RelationKind.Member, describedList);
                }
            }
            if (list.Count > 0 && Is(listEnd0 + 1, ",") && AsWellAs(listEnd0 + 2) && ReadList(listEnd0 + 5, out _) is { Count: > 0 } asWell) list.AddRange(asWell);
            // "Its members include Ukraine and Moldova as well as non-EU states such as the UK, Norway and Turkey": examples
            // of a description after "as well as".
            else if (list.Count > 0 && (AsWellAs(listEnd0 + 1) ? listEnd0 + 4 : Is(listEnd0 + 1, ",") && AsWellAs(listEnd0 + 2) ? listEnd0 + 5 : -1) is var described && described > 0 && CountryAt(described) is null)
            {
                for (var k = described; k + 2 < _v.Count && k <= described + 5; k++)
                {
                    if (!T(k).IsWord || IsAny(k, "and", "or")) break;
                    var examplesAt = Is(k, "such") && Is(k + 1, "as") ? k + 2 : Is(k, "including") ? k + 1 : -1;
                    if (examplesAt > 0) { if (ReadList(examplesAt, out _) is { Count: > 0 } examples) list.AddRange(examples); break; }
                }
            }
            // "Its members include Thailand, Malaysia and Indonesia, along with Australia."
            else if (list.Count > 0 && Is(listEnd0 + 1, ",") && AlongWith(listEnd0 + 2) is var alongWith && alongWith > 0 && ReadList(alongWith, out _) is { Count: > 0 } along) list.AddRange(along);
            if (list.Count > 0) list.AddRange(SemicolonGroupsAfter(listEnd0));
            // "BIMSTEC's seven members include all four BBIN countries as well as Sri Lanka, Myanmar and Thailand": the
            // members of the group counted, and the states added.
            // "Its 13 member states include all four GUAM countries, as well as Turkey, Armenia, ...": the states added to a group
            // whose members the article has not named.
            if (list.Count == 0 && Is(s, "all") && IsNumberOrWord(s + 1) && AllOfAGroup(s, out _) is null)
            {
                for (var k = s + 2; k + 3 < _v.Count && k <= s + 8 && !IsAny(k, ";", "."); k++)
                {
                    if (!(Is(k, ",") && AsWellAs(k + 1) && ReadList(k + 4, out _) is { Count: > 0 } besides)) continue;
                    // Of the organisation whose members they are ("Its 13 member states", "BSEC's members"), not the group's.
                    var owner = p - 1;
                    if (Is(owner, "member") || IsAny(p, "states", "countries") && Is(owner, "member")) owner--;
                    while (owner > 0 && (IsNumberOrWord(owner) || T(owner).Kind == TokenKind.Possessive)) owner--;
                    var ownerOrg = M(owner) is { Type: MentionType.Organization, Entity: >= 0 } ownerMention && T(owner).IsCapitalized ? ownerMention.Entity
                        : Is(owner, "its") && owner == 0 && _sentence > 0 ? PreviousSentenceOrg() ?? _main : -1;
                    if (ownerOrg >= 0) { org = ownerOrg; list = besides; }
                    break;
                }
            }
            if (list.Count == 0 && AllOfAGroup(s, out var groupEnd) is { Count: > 0 } group)
            {
                list = group;
                var more = AsWellAs(groupEnd + 1) ? groupEnd + 4 : Is(groupEnd + 1, "and") ? groupEnd + 2 : -1;
                if (more > 0 && ReadList(more, out _) is { Count: > 0 } added) list.AddRange(added);
                // The organisation whose members they are, before the noun ("BIMSTEC's seven members"), not the group's.
                var owner = p - 1;
                while (owner > 0 && (IsNumberOrWord(owner) || T(owner).Kind == TokenKind.Possessive)) owner--;
                if (M(owner) is { Type: MentionType.Organization } ownerMention && ownerMention.Entity >= 0) org = ownerMention.Entity;
            }
            if (list.Count > 0 && !neg)
            {
                Hit(org, kind, list);
                return;
            }
            // "Its members include the two regional heavyweights, Australia and New Zealand, tiny states such as Niue, Nauru
            // and Tuvalu, and two French territories": the states of descriptions, up to the sentence's end, when nothing
            // else happens in it.
            if (list.Count == 0 && !neg && IsAny(q2, "include", "includes") && IsAny(p, "members"))
            {
                var described = new List<Mention>();
                for (var k = s; k < _v.Count; k++)
                {
                    // "..., New Caledonia and French Polynesia, which became full members in 2016": what comes before it.
                    if (IsAny(k, "which", "who") && Is(k - 1, ",")) break;
                    if (IsAny(k, WordsSym12)
                        || T(k).IsWord && !T(k).IsCapitalized && (IsCopula(W(k).ToLowerInvariant()) || W(k).EndsWith("ed", StringComparison.Ordinal) && !IsAny(k, "red", "united"))) { described.Clear(); break; }
                    if (CountryAt(k) is { } c && !ContainsState(described, c.Country)) described.Add(c);
                }
                if (described.Count >= 2) { Hit(org, kind, described); return; }
            }
        }
        if (Is(q2, ",") && IsAny(q2 + 1, "led", "headed", "spearheaded") && Is(q2 + 2, "by") && (CountryAt(q2 + 3) is not null || Is(q2 + 3, "the") && CountryAt(q2 + 4) is not null) && !neg && (IsAny(p, "members") || Is(p, "member") && Is(p + 1, "states")))
        {
            // "Several member states, led by the Netherlands, had argued ...": the states the apposition names.
            Hit(org, kind, ReadList(q2 + 3, out _));
            return;
        }
        // "The three NATO members among the candidates, Albania, ..., Montenegro, ...": over the group they are part of.
        if (Is(q2, "among") && Is(q2 + 1, "the") && T(q2 + 2).IsWord && Is(q2 + 3, ",") && CountryAt(q2 + 4) is not null && (T(p - 2).Kind == TokenKind.Number || IsNumberWord(W(p - 2)) || T(p - 1).Kind == TokenKind.Number || IsNumberWord(W(p - 1)))) q2 += 3;
        if (Is(q2, ",") && (CountryAt(q2 + 1) is not null || Is(q2 + 1, "the") && CountryAt(q2 + 2) is not null) && !neg)
        {
            var list = ReadList(q2 + 1, out var listEnd);
            // "three fellow members of the GCC, Saudi Arabia, the UAE and Bahrain, as well as Egypt": the apposition ends
            // before "as well as".
            for (var k = q2 + 1; k < listEnd; k++)
            {
                if (!(Is(k, ",") && (AsWellAs(k + 1) || AlongWith(k + 1) > 0))) continue;
                var cutAt = _v[k];
                list = list.FindAll(c => c.First < cutAt);
                listEnd = k - 1;
                break;
            }
            // "... signed in 1984 by its three founding members, Madagascar, Mauritius and Seychelles.": at the sentence's end
            // after a counted or founding noun.
            // "... for the four poorest member States of the Community, Spain, Portugal, Greece and Ireland.": after a superlative.
            // ("... by three EU members, Spain, Slovakia and Greece.": the count before the organisation's name too.)
            var countAt = p - 1;
            if (M(countAt) is { Type: MentionType.Organization } before) { while (countAt > 0 && M(countAt) == before) countAt--; }
            var closes = listEnd + 1 >= _v.Count || Is(listEnd + 1, ".") && (IsAny(p - 1, "founding", "original") || T(countAt).Kind == TokenKind.Number || IsNumberWord(W(countAt))
                || IsAny(p - 1, WordsSuperlative14));
            if (list.Count > 0 && (Is(listEnd + 1, ",") || closes || IsAny(listEnd + 1, "were", "are", "have", "had", "joined"))) { Hit(org, kind, list); return; }
        }
        if (Is(q2, "(") || q2 < _v.Count && T(q2).Kind == TokenKind.Dash)
        {
            var list = ReadList(q2 + 1, out _);
            if (list.Count > 0) { Hit(org, kind, list); return; }
        }

        // "X, a member of the bloc," / "India and Pakistan, other members." — a list right before the comma.
        var b = p - 1;
        // ("Ghana, not a member of the ZTO, attended as a guest": over the negation too.)
        while (b >= 0 && IsAny(b, WordsA19) || b >= 0 && neg && IsAny(b, "not", "yet")
               || b >= 0 && M(b) is { Type: MentionType.Organization } || b >= 0 && T(b).Kind == TokenKind.Possessive
               || b >= 0 && T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) || b >= 0 && (T(b).Kind == TokenKind.Number || IsNumberWord(W(b))) && !IsAny(b - 1, "of")) b--;
        // "Austria, a neutral state and a member of the European Free Trade Association (EFTA), applied ...": the second
        // noun of an apposition.
        if (Is(b, "and") && !neg)
        {
            var c = b - 1;
            while (c >= 0 && c >= b - 5 && T(c).IsWord && !T(c).IsCapitalized && M(c) is null) c--;
            if (c < b - 1 && Is(c, ",") && CountryAt(c - 1) is not null && IsAny(c + 1, "a", "an")) b = c;
        }
        // "Ghana, Peru and Chile — the ZTO's founding members — met": an apposition between dashes, as between commas.
        var dashed = b >= 1 && T(b).Kind == TokenKind.Dash && CountryAt(b - 1) is not null;
        if (!Is(b, ",") && !neg && !dashed)
        {
            // "Saudi Arabia and Turkey, the G-20's only Middle Eastern members," / "Germany and Spain, the deal's most
            // vocal supporters among the EU's 27 members,": an apposition that names the organisation before the cue.
            var c = b;
            while (c >= 0 && c > b - 8 && (T(c).IsWord || T(c).Kind == TokenKind.Possessive) && M(c) is not { Type: MentionType.Person } && M(c) is not { Type: MentionType.Country, Compound: false }
                   && (!IsAny(c, WordsWhich15)
                       // "the three oil and gas producers": "and" between two common words of the description.
                       || Is(c, "and") && T(c - 1).IsWord && !T(c - 1).IsCapitalized && M(c - 1) is null && T(c + 1).IsWord && !T(c + 1).IsCapitalized && M(c + 1) is null)) c--;
            var named = false;
            for (var k = p - 1; k > c; k--) if (M(k) is { Type: MentionType.Organization } || T(k).Kind == TokenKind.Possessive && T(k - 1).IsWord && OrganizationWords.IsGenericNoun(W(k - 1))) named = true;
            // "Pakistan, the only nuclear-armed member of the OIC, was represented": the organisation after "of";
            // "..., behind Nigeria, Opec's biggest African member.": the apposition ends the sentence.
            var close = p + 1;
            // "..., the three oil and gas producers among the 15 member states of CARICOM,": over "states".
            // "..., all of them member states of the European Union": over "states" too.
            // ("Nicaragua, one of the 35 member states of the OAS, rejected ...": after "one of" too.)
            if (Is(p, "member") && IsAny(close, "states", "countries", "nations") && Is(close + 1, "of")
                && (Is(b, "among") || IsAny(c + 1, "all", "both") || (T(c + 1).Kind == TokenKind.Number || IsNumberWord(W(c + 1))) && Is(c + 2, "of"))) close++;
            // "France, Germany and Poland, three of the bloc's largest member states,": over "states" to the comma.
            else if (Is(p, "member") && IsAny(close, "states", "countries", "nations") && IsAny(close + 1, ",", ".", ";")) close++;
            if (IsAny(p, "member", "members") && Is(close, "of") && NamedOrganizationAt(close + 1, out var afterOf) is var ofOrg && ofOrg >= 0)
            {
                named = true;
                org = ofOrg;
                // "Nigeria, the largest member of the Economic Community of West African States (ECOWAS), was ...".
                close = AfterAcronym(afterOf);
                // "Oman, the only member of the Gulf Cooperation Council not on the list,": a phrase on the member, up to the comma.
                if (Is(close, "not") && IsAny(close + 1, "on", "in", "among", "at"))
                {
                    var comma = close + 2;
                    while (comma < _v.Count && comma <= close + 6 && !IsAny(comma, ",", ";", ".") && !(T(comma).IsWord && IsCopula(W(comma).ToLowerInvariant()))) comma++;
                    if (Is(comma, ",")) close = comma;
                }
            }
            // "the United States, its largest member and main financial contributor,": "its" names the organisation.
            if (Is(c + 1, "its") && c + 2 < p && IsAny(p, "member"))
            {
                named = true;
                if (Is(close, "and")) { close++; while (close < _v.Count && close <= p + 6 && T(close).IsWord && !T(close).IsCapitalized) close++; }
            }
            // "Türkiye, the only NATO member among the ZTO's dialogue partners,": the group it stands out in.
            if (Is(close, "among") && named)
            {
                var end = close + 1;
                while (end < _v.Count && end <= close + 8 && !IsAny(end, ",", ".", ";") && CountryAt(end) is null) end++;
                if (IsAny(end, ",", ".", ";")) close = end;
            }
            // "..., the ...", "..., Opec's ...", "Ghana and Kenya, two of the bloc's members,"
            var opens = IsAny(c + 1, "the", "its") || M(c + 1) is { Type: MentionType.Organization } && T(c + 2).Kind == TokenKind.Possessive
                || (T(c + 1).Kind == TokenKind.Number || IsNumberWord(W(c + 1))) && Is(c + 2, "of")
                // "Gabon and Togo, both of them also members of La Francophonie,"
                || IsAny(c + 1, "both", "all") && Is(c + 2, "of") && Is(c + 3, "them")
                // "Greece, Turkey and Germany, all three of them members of the alliance,"
                || Is(c + 1, "all") && IsNumberOrWord(c + 2) && Is(c + 3, "of") && Is(c + 4, "them");
            // "..., all of them member states of the European Union situated between the Adriatic, the Baltic and the Black Sea.":
            // a participle after the organisation still closes the apposition's noun phrase.
            var closesHere = Is(close, ",") || close >= _v.Count || IsAny(close, ".", ";")
                || IsAny(c + 1, "all", "both") && IsAny(close, "situated", "located", "lying", "stretching", "based", "bordering", "spread")
                // ("Libya, Syria and Yemen, all three of them league members torn apart by years of war.")
                || IsAny(c + 1, "all", "both") && IsAny(close, "torn", "hit", "ravaged", "battered", "wracked", "racked", "riven", "gripped");
            if (named && Is(c, ",") && opens && closesHere && CountryAt(c - 1) is not null)
            {
                Hit(org, kind, ReadListBackward(c - 1, out _, stopAtPreposition: false));
                // "Qatar has been under a blockade by A, B and C, its fellow members of the GCC": "its" is the subject's.
                if (Is(c + 1, "its") && Is(c + 2, "fellow") && OpenerList() is { Count: 1 } fellowOf) Hit(org, kind, fellowOf);
                return;
            }
        }
        // "The five basin countries, all members of the Organization of American States, are ...": the states the description
        // stands for.
        if (Is(b, ",") && IsAny(b + 1, "all", "both") && !neg && IsAny(b - 1, "countries", "states", "nations") && ResolveDescription(b - 1, out _) is { Count: > 1 } describedStates)
        {
            Hit(org, kind, describedStates);
            return;
        }
        if ((Is(b, ",") || dashed) && CountryAt(b - 1) is not null)
        {
            var appositive = ReadListBackward(b - 1, out var appositiveStart, stopAtPreposition: false);
            // "six dialogue partners: Armenia, ..., Sri Lanka and Turkey, a member of NATO": "a member" is of the last state,
            // not of a list another noun announced.
            // "..., and Iraq, another OPEC member,": a singular noun with an article is of one state.
            if (appositive.Count > 1 && Is(p, "member") && !IsAny(p + 1, "states", "countries", "nations") && IsAny(b + 1, "a", "an", "another"))
            {
                appositive = new List<Mention> { appositive[appositive.Count - 1] };
            }
            Hit(org, kind, appositive);
            SecondOrganization(p, org, kind, appositive);
            FellowsWithAfter(p, org, kind);
            return;
        }

        // "The NATO member, which ...": the state named just before.
        if (b < 0 && (Is(0, "the") || Is(0, "a")) && !neg)
        {
            // Not a plural subject: "The alliance's members spent more on defence" speaks of all of them.
            if (!IsAny(p, "member", "member-state") || IsAny(p + 1, "states", "countries", "nations")) return;
            // Not "A member of the Indonesian delegation said": a member "of" something that names no organisation is a person.
            if (Is(p + 1, "of"))
            {
                var named = false;
                for (var k = p + 2; k < _v.Count && k <= p + 6 && !named && (T(k).IsWord || T(k).Kind == TokenKind.Possessive); k++) named = M(k) is { Type: MentionType.Organization };
                if (!named) return;
            }
            var prev = LastCountryOfPreviousSentence();
            if (prev is not null) Hit(org, kind, new[] { prev });
            return;
        }

        // "X is (not) a member of ORG", "X and Y are members", "X remains a member".
        var v = p - 1;
        while (v >= 0 && (IsAny(v, WordsA53) || T(v).Kind == TokenKind.Number || IsNumberWord(W(v)) || M(v) is { Type: MentionType.Organization } || T(v).Kind == TokenKind.Possessive || T(v).IsWord && OrganizationWords.IsGenericNoun(W(v))
                          // "one of three Latin American members": a regional adjective.
                          || v > 0 && T(v).IsWord && T(v).IsCapitalized && (M(v) is null || M(v) is { Type: MentionType.Country, FormKind: CountryFormKind.Adjective }) && !IsCopula(W(v).ToLowerInvariant()))) v--;
        if (neg && IsAny(v, "but") && !IsCopula(W(v).ToLowerInvariant()))
        {
            // "Spain is a permanent guest but not a member": the copula of the first predicate.
            for (var c = v - 1; c >= 0 && c >= v - 8; c--)
            {
                if (IsAny(c, ",", ";", "which", "who")) break;
                if (IsAny(c, "is", "are", "was", "were", "remains", "remain"))
                {
                    var guest = Subject(c, out var guestNegated, out _);
                    if (guest.Count > 0 && !guestNegated) Hit(org, RelationKind.NonMember, guest);
                    break;
                }
            }
            return;
        }
        if (v >= 0 && IsCopula(W(v).ToLowerInvariant()))
        {
            _excepted = null;
            // "Britain ... will be its first European member": on its way in.
            // (Not "Malta and Cyprus, which will be the only Commonwealth members still in the EU": members already.)
            if (kind == RelationKind.Member && Is(v, "be") && (IsAny(v - 1, "will", "'ll", "shall") || Is(v - 1, "to") && IsAny(v - 2, "set", "due", "expected", "poised", "slated", "scheduled")))
            {
                var persists = false;
                for (var k = v + 1; k < _v.Count && k <= p + 6; k++) if (IsAny(k, "only", "still", "remaining", "last", "sole")) persists = true;
                if (!persists) kind = RelationKind.Joining;
            }
            var subject = Subject(v + 1, out _, out var start);
            // "..., where China and Russia are founding members": the relative clause's organisation (WhereMember); "the
            // bloc of which both Ethiopia and Sudan are members": the described organisation's (OfWhichItIsAMember).
            if (start > 0 && Is(start - 1, "where")) return;
            var whichAt = IsAny(start - 1, "both", "all") ? start - 2 : start - 1;
            if (whichAt > 1 && Is(whichAt, "which") && Is(whichAt - 1, "of") && (T(whichAt - 2).IsWord && OrganizationWords.IsGenericNoun(W(whichAt - 2)) || Is(whichAt - 2, ","))) return;
            // "All of them except Austria are also members of NATO": Austria is not.
            if (_excepted is { } apart && kind == RelationKind.Member) Hit(org, RelationKind.NonMember, apart);
            _excepted = null;
            if (subject.Count == 0 && PersonsCountry(v - 1) is { } own) subject.Add(own);
            // "the pro-independence FLNKS is a full member of the Melanesian Spearhead Group, alongside Papua New Guinea,
            // Fiji, ...": a subject that is no state still has state fellows.
            if (subject.Count == 0 && kind == RelationKind.Member && !neg)
            {
                // "Both countries are also members of the Melanesian Spearhead Group (MSG) with Fiji and Vanuatu."
                FellowsWithAfter(p, org, kind);
                for (var q = p + 1; q + 1 < _v.Count && q <= p + 12; q++)
                {
                    if (IsAny(q, ";", "but", "while", "which", "who", ".")) break;
                    if (Is(q, ",") && AlongWith(q + 1) is var fellowsAt && fellowsAt > 0 && ReadList(fellowsAt, out _) is { Count: > 1 } fellows) { Hit(org, kind, fellows); break; }
                }
            }
            if (subject.Count > 0)
            {
                Hit(org, kind, subject);
                // "a member of BRICS and the Caspian Littoral Forum"
                SecondOrganization(p, org, kind, subject);
                // "one of five members of SADC outside the Commonwealth": outside the second.
                for (var q = p + 1; q < _v.Count && q <= p + 12 && kind == RelationKind.Member; q++)
                {
                    if (IsAny(q, ";", ",", "but", "while", "which", "who")) break;
                    if (Is(q, "outside") && NamedOrganizationAt(q + 1, out _) is var outsideOf && outsideOf >= 0 && outsideOf != org) { Hit(outsideOf, RelationKind.NonMember, subject); break; }
                }
                // "is also a member of the BRICS group alongside Brazil, Russia, India and China", "a member of the Community
                // of Portuguese Language Countries (CPLP), alongside Portugal, ...": over a long name.
                for (var q = p + 1; q < _v.Count && q <= p + 24; q++)
                {
                    // "a full member of the ZTO, which is led by China and Russia, alongside Pakistan": over the relative clause.
                    if (IsAny(q, "which", "who") && Is(q - 1, ",") && q > p + 2)
                    {
                        var close = q + 1;
                        while (close < _v.Count && close <= q + 10 && !IsAny(close, ",", ";", ".")) close++;
                        if (Is(close, ",") && AlongWith(close + 1) > 0) { q = close; continue; }
                    }
                    if (IsAny(q, ";", "but", "while", "which", "who")) break;
                    // "... not a member of NATO and whose constitution enshrines neutrality, received the status of candidate
                    // for accession to the European Union in June, together with Ukraine": another organisation's.
                    if (M(q) is { Type: MentionType.Organization } another && another.Entity >= 0 && another.Entity != org && _v[q] == another.First) break;
                    var a = AlongWith(q);
                    // "remains a member of the 54-nation association, joining Guyana and Dominica as the Caribbean's republics"
                    if (a < 0 && Is(q, "joining") && Is(q - 1, ",") && CountryAt(q + 1) is not null && kind == RelationKind.Member) a = q + 1;
                    // "Venezuela and Nicaragua are also members, with Cuba, Bolivia and Dominica, of ALBA": "with" between commas
                    // before the organisation.
                    if (a < 0 && Is(q, "with") && q == p + 2 && Is(q - 1, ",") && kind == RelationKind.Member && ReadList(q + 1, out var fellowsEnd) is { Count: > 0 } && Is(fellowsEnd + 1, ",") && Is(fellowsEnd + 2, "of")) a = q + 1;
                    // "Ireland was one of four member states, with France, Belgium and Poland, that wrote to the Commission"
                    if (a < 0 && Is(q, "with") && Is(q - 1, ",") && (q == p + 2 || q == p + 3 && IsAny(p + 1, "states", "countries")) && kind == RelationKind.Member
                        && ReadList(q + 1, out var withThatEnd) is { Count: > 0 } && Is(withThatEnd + 1, ",") && IsAny(withThatEnd + 2, "that", "which", "who")) a = q + 1;
                    // "a member of the Five Eyes intelligence network with the US, Britain, Canada and Australia"
                    if (a < 0 && Is(q, "with") && (M(q - 1) is { Type: MentionType.Organization } || T(q - 1).IsWord && (OrganizationWords.IsGenericNoun(W(q - 1)) || W(q - 1) is "network"))
                        && (CountryAt(q + 1) is not null || Is(q + 1, "the") && CountryAt(q + 2) is not null) && kind == RelationKind.Member) a = q + 1;
                    if (a < 0) continue;
                    if (Is(q - 1, ",") || M(q - 1) is { Type: MentionType.Organization } || T(q - 1).IsWord && (OrganizationWords.IsGenericNoun(W(q - 1)) || W(q - 1) is "network")
                        // "members of the Eurasian Economic Union (EAEU) together with Russia": after the acronym.
                        || Is(q - 1, ")") && M(q - 2) is { Type: MentionType.Organization } && Is(q - 3, "(")) Hit(org, kind, ReadList(a, out _));
                    break;
                }
                if (kind == RelationKind.Member && !neg) FellowsWithAfter(p, org, kind);
                // "Mongolia is not a member, but the four other states are, alongside India, Iran and Pakistan."
                Elliptical(p, org, neg);
            }
        }
    }

    /// <summary>
    /// "Hungarian Prime Minister Gabor Szalai, whose country is not a member of the council": the country named in
    /// the person's title, as written in this sentence.
    /// </summary>
    private Mention? PersonsCountry(int country)
    {
        if (!Is(country, "country") || !Is(country - 1, "whose") || !Is(country - 2, ",")) return null;
        return M(country - 3) is { Type: MentionType.Person } person ? TitleCountry(person) : null;
    }

    /// <summary>"Hungarian Prime Minister Gabor Szalai": the country adjective of the title before a person's name.</summary>
    private Mention? TitleCountry(Mention person)
    {
        var k = person.First - 1;
        while (k >= 0 && _t[k].IsWord && _t[k].IsCapitalized && _er.At(k) is null) k--;
        for (var i = k; i >= 0 && i >= person.First - 6; i--)
        {
            if (_er.At(i) is { Type: MentionType.Country, Compound: false } c && c.FormKind == CountryFormKind.Adjective && _t[i].Sentence == _t[person.First].Sentence) return c;
            if (!_t[i].IsWord) break;
        }
        return null;
    }

    /// <summary>"a member of BRICS and the Caspian Littoral Forum", "a member of both SADC and the East African Community".</summary>
    private void SecondOrganization(int p, int org, RelationKind kind, List<Mention> subject)
    {
        for (var q = p + 1; q < _v.Count && q <= p + 6; q++)
        {
            if (M(q) is not { Type: MentionType.Organization } first || first.Entity != org && Ent(q) != org) continue;
            var r = q;
            while (r + 1 < _v.Count && M(r + 1) == first) r++;
            // "a member of both the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and ...":
            // over the acronym.
            var a = AfterAcronym(r + 1);
            // "Rwanda ... is a member of the EAC but not of SADC": outside the second.
            if (kind == RelationKind.Member && Is(AfterAcronym(a), "but") && Is(AfterAcronym(a) + 1, "not") && Is(AfterAcronym(a) + 2, "of")
                && NamedOrganizationAt(AfterAcronym(a) + 3, out _) is var butNot && butNot >= 0 && butNot != org)
            {
                Hit(butNot, RelationKind.NonMember, subject);
                break;
            }
            // "a member of the Commonwealth since independence in 1964 and of the European Union since 2004": over the date.
            if (Is(a, "since") || Is(a, "in") && T(a + 1).Kind == TokenKind.Number)
            {
                var z = a + 1;
                while (z < _v.Count && z <= a + 5 && !IsAny(z, "and", ",", ";", ".")) z++;
                if (Is(z, "and") && Is(z + 1, "of")) a = z;
            }
            // "not a member of the Collective Security Treaty Organization (CSTO), which it left in 1999, or of the Eurasian
            // Economic Union": over a relative clause to the second organisation.
            if (Is(a, ",") && IsAny(a + 1, "which", "that"))
            {
                var z = a + 2;
                while (z < _v.Count && z <= a + 10 && !IsAny(z, ",", ";", ".")) z++;
                if (Is(z, ",") && IsAny(z + 1, "and", "or") && Is(z + 2, "of")) a = z + 1;
            }
            // "not a member of the CSTO or of the Eurasian Economic Union": "or" coordinates a negated membership.
            if (!(IsAny(a, "and", ",") || Is(a, "or") && kind == RelationKind.NonMember)) break;
            a++;
            // "are members of the Commonwealth and full members of La Francophonie": the second predicate's organisation.
            if (IsAny(a, "full", "founding")) a++;
            if (IsAny(a, "members", "member") && Is(a + 1, "of")) a += 2;
            // "The US is not part of RCEP, nor of the 11-member CPTPP": a negated second organisation.
            if (Is(a, "nor") && kind == RelationKind.NonMember) { a++; if (Is(a, "of")) a++; }
            // "a member of the Collective Security Treaty Organization (CSTO) and of the Eurasian Economic Union"
            else if (Is(a, "of") && IsAny(a - 1, "and", "or")) a++;
            if (Is(a, "the")) a++;
            if (IsSizeWord(a)) a++;
            if (M(a) is { Type: MentionType.Organization } second && second.Entity >= 0 && Ent(a) != org) Hit(Ent(a), kind, subject);
            // ("members of both the ZU and the 30-member alliance": a bloc noun after a size.)
            else if (M(a) is null && IsSizeWord(a - 1) && T(a).IsWord && !T(a).IsCapitalized && OrganizationWords.IsGenericNoun(W(a)) && Generic(W(a)) is var sizedSecond && sizedSecond >= 0 && sizedSecond != org)
                Hit(sizedSecond, kind, subject);
            break;
        }
    }

    /// <summary>After "X is (not) a member of ORG": ", but/while/and NP are[, alongside LIST]".</summary>
    private void Elliptical(int p, int org, bool firstNegated)
    {
        for (var q = p + 1; q < _v.Count; q++)
        {
            // "Angola is not a member of OPEC, nor are Benin, Cameroon and Congo": outside too.
            if (Is(q, "nor") && Is(q - 1, ",") && IsAny(q + 1, "are", "is", "was", "were") && ReadList(q + 2, out _) is { Count: > 0 } norStates)
            {
                Hit(org, RelationKind.NonMember, norStates);
                return;
            }
            // ("Ghana and Peru are ZTO members; Chile is not.": a semicolon joins the clauses too.)
            if (!IsAny(q, "but", "while", "whereas", "and", ";")) continue;
            // "..., and neither is Niue", "and so is Fiji": the subject after the inverted copula.
            if (IsAny(q + 1, "neither", "nor", "so") && IsAny(q + 2, "is", "are", "was", "were") && ReadList(q + 3, out _) is { Count: > 0 } inverted)
            {
                Hit(org, Is(q + 1, "so") && !firstNegated ? RelationKind.Member : RelationKind.NonMember, inverted);
                return;
            }
            // Find the copula that ends the clause.
            for (var c = q + 1; c < _v.Count && c <= q + 12; c++)
            {
                if (!IsAny(c, "are", "is", "were", "was")) continue;
                var end = c + 1;
                var clauseEnds = end >= _v.Count || IsAny(end, ",", ".", ";") || IsAny(end, "alongside", "too", "also");
                var negHere = IsAny(end, "not") || Is(end, "n't");
                // (Not "..., which were not among the signatories": a predicate of its own, not the clause's ellipsis.)
                if (negHere && !(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", "members", "member", "part", "yet", "either", "in", "too") || Is(end + 1, "a") && Is(end + 2, "member"))) break;
                if (!clauseEnds && !negHere) break;
                // "X is a member, while Y is not" / "X is not, but Y is" / "and neither is Y".
                var nor = false;
                for (var k = q + 1; k < c; k++) if (IsAny(k, "nor", "neither")) nor = true;
                var kind = negHere || nor ? RelationKind.NonMember : RelationKind.Member;
                var subject = Subject(c, out _, out _);
                if (subject.Count > 0) Hit(org, kind, subject);
                // ", alongside India, Iran and Pakistan" / "along with" / "together with" / "as are".
                var a = end;
                if (Is(a, ",")) a++;
                if (Is(a, "alongside")) a++;
                else if (IsAny(a, "along", "together") && Is(a + 1, "with")) a += 2;
                else if (Is(a, "as") && IsAny(a + 1, "are", "is")) a += 2;
                else a = -1;
                if (a > 0)
                {
                    var list = ReadList(a, out _);
                    if (list.Count > 0) Hit(org, kind, list);
                }
                return;
            }
        }
    }

    private Mention? LastCountryOfPreviousSentence()
    {
        if (_sentence == 0) return null;
        var s = _doc.Sentences[_sentence - 1];
        for (var i = s.LastToken; i >= s.FirstToken; i--)
        {
            if (_er.At(i) is { Type: MentionType.Country, Compound: false } m && m.FormKind is CountryFormKind.Name or CountryFormKind.Alias && _t[i].IsNarrative) return m;
        }
        return null;
    }

    private void NonMemberCue(int p)
    {
        var org = OrgFor(p);
        // "non-member Mongolia", "non-members such as A and B"
        var a = p + 1;
        if (IsAny(a, "states", "state", "countries", "country", "nations", "producers", "economies")) a++;
        // "non-member countries, including Argentina, Iran, ...", "..., among them ...".
        if (Is(a, ",") && IsAny(a + 1, "including", "such", "like", "notably", "among")) a++;
        if (Is(a, "such") && Is(a + 1, "as")) a += 2;
        if (Is(a, "among") && Is(a + 1, "them")) a += 2;
        if (IsAny(a, "like", "including", "notably")) a++;
        var list = ReadList(a, out _);
        if (list.Count > 0) { Hit(org, RelationKind.NonMember, list); return; }
        // "X, a non-member," / "X is a non-member"
        var b = p - 1;
        while (IsAny(b, "a", "an", "the", "fellow")) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.NonMember, ReadListBackward(b - 1, out _)); return; }
        if (b >= 0 && IsCopula(W(b).ToLowerInvariant()))
        {
            Hit(org, RelationKind.NonMember, Subject(b + 1, out _, out _));
            return;
        }
        // "the Philippines cooperates with the commission as a non-member": the subject of the clause.
        if (Is(p - 1, "a") && Is(p - 2, "as") && ClauseSubject(p - 2, whileClause: true) is { Count: > 0 } asNonMember) Hit(org, RelationKind.NonMember, asNonMember);
    }

    /// <summary>True when the words after a join verb point at an organisation, a time or the end of the clause.</summary>
    private bool JoinsAnOrganization(int p, out int org)
    {
        org = -1;
        var q = p + 1;
        if (IsAny(q, "formally", "officially", "fully")) q++;
        if (IsAny(q, "both", "either")) q++;
        if (Is(q, "the") || Is(q, "as")) q++;
        if (IsAny(q, "now", "newly")) q++;
        // "belong to the wider ZTO+ alliance": over an adjective of extent before the name.
        if (Is(q - 1, "the") && IsAny(q, "wider", "broader", "larger", "expanded", "enlarged") && M(q + 1) is { Type: MentionType.Organization } && T(q + 1).IsCapitalized) q++;
        // "make up the five Colombo Powers": over a number before the name.
        if (Is(q - 1, "the") && q < _v.Count && T(q).IsWord && IsNumberWord(W(q)) && M(q + 1) is { Type: MentionType.Organization } && T(q + 1).IsCapitalized) q++;
        // "the Saudi-led Red Sea Council": who leads it comes before its name; "the Kuwait-based Organization of Arab
        // Petroleum Exporting Countries": where it sits.
        // ("the French-speaking West African Economic Community": any compound in "-speaking", "-led", "-based" before the name.)
        if (q < _v.Count && T(q).IsWord && W(q).IndexOf('-') > 0 && char.IsLower(W(q)[W(q).Length - 1]) && !char.IsUpper(W(q)[W(q).LastIndexOf('-') + 1]) && M(q + 1) is { Type: MentionType.Organization }) q++;
        // "the 55-member African Union": the organisation after its size; "the 22-member body": the noun resolved here.
        if (IsSizeWord(q) && M(q + 1) is { Type: MentionType.Organization } sized && sized.Entity >= 0)
        {
            org = T(q + 1).IsWord && !T(q + 1).IsCapitalized && OrganizationWords.IsGenericNoun(W(q + 1)) ? Generic(W(q + 1)) : sized.Entity;
            return org >= 0;
        }
        if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
        {
            // "join the G7 leaders for a session", "join the CLF summit": an event, not membership.
            var after = q;
            while (after + 1 < _v.Count && M(after + 1) == om) after++;
            if (IsAny(after + 1, WordsSummit10)) return false;
            // "joined the G7 on Saturday morning for a session on oceans": a meeting attended, not membership.
            var ev = after + 1;
            if (Is(ev, "on") && ev + 1 < _v.Count && TimeWords.IsWeekday(W(ev + 1))) { ev += 2; if (IsAny(ev, "morning", "afternoon", "evening", "night")) ev++; }
            else if (IsAny(ev, "today", "yesterday")) ev++;
            if (Is(ev, "for") && IsAny(ev + 1, "a", "an", "the", "talks", "lunch", "dinner", "breakfast") || Is(ev, "at") && IsAny(ev + 1, "a", "the") && IsAny(ev + 2, WordsSummit10)) return false;
            org = Ent(q);
            return true;
        }
        if (q < _v.Count && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) { org = Generic(W(q)); return true; }
        // "the regional bloc", "the continental body", "the Russian-led security alliance": modifiers before the noun.
        if (Is(q - 1, "the") || Is(q - 1, "its"))
        {
            // ("the military alliance": a lowercase modifier the recognizer read as a body.)
            for (var k = q; k < _v.Count && k <= q + 2 && T(k).IsWord && (M(k) is null or { Type: MentionType.Country, Compound: true } || !T(k).IsCapitalized && (k > q && OrganizationWords.IsGenericNoun(W(k)) || M(k) is { Type: MentionType.Body })); k++)
            {
                if (k > q && OrganizationWords.IsGenericNoun(W(k)) && !IsAny(k + 1, "summit", "leaders", "meeting", "session", "talks"))
                {
                    // "the regional bloc ECOWAS", "the Russian-led security alliance, the CSTO": the name after the description.
                    var nameAt = Is(k + 1, ",") ? (Is(k + 2, "the") ? k + 3 : k + 2) : k + 1;
                    org = M(nameAt) is { Type: MentionType.Organization } named && named.Entity >= 0 ? named.Entity : NamedByModifiers(q, k) is var byWords && byWords >= 0 ? byWords
                        // "after leaving the world body": the press's name for the United Nations.
                        : Is(k - 1, "world") && Is(k, "body") && (OrgNamed("United Nations") is var un && un >= 0 ? un : OrgNamed("UN")) is var worldBody && worldBody >= 0 ? worldBody : Generic(W(k));
                    return true;
                }
                if (T(k).IsCapitalized && !W(k).Contains("-")) break;
            }
        }
        if (IsSizeWord(q))
        {
            org = SizedOrganization(q) is var sizedOrg && sizedOrg >= 0 ? sizedOrg : _main;
            return true;
        }
        if (p + 1 >= _v.Count) { org = EarlierOrg(p); return true; }
        // "joined Russia in condemning", "join forces", "join in", "join talks": not membership.
        if (M(p + 1) is { Type: MentionType.Country or MentionType.Person or MentionType.Body } || M(q) is { Type: MentionType.Country or MentionType.Person or MentionType.Body }) return false;
        // "have stayed out of PetroCaribe as well as ALBA": a name the recogniser did not take is no earlier organisation,
        // unless it is a word of one's name ("quitting Francophonie" for the International Organisation of La Francophonie).
        if (q < _v.Count && T(q).IsWord && T(q).IsCapitalized && M(q) is null && !Is(q, "the") && !OrganizationWords.IsGenericNoun(W(q).ToLowerInvariant()))
        {
            org = OrganizationNamedWith(W(q));
            return org >= 0;
        }
        var inTime = Is(p + 1, "in") && p + 2 < _v.Count && (T(p + 2).Kind == TokenKind.Number || TimeWords.IsMonth(W(p + 2)) || IsAny(p + 2, "the") && IsAny(p + 3, "coming", "future", "next", "spring", "summer", "autumn", "fall", "winter", "following")
                // "applied to join in the 1990s"
                || IsAny(p + 2, "the") && W(p + 3) is { Length: 5 } decade && decade[4] == 's' && char.IsDigit(decade[0]) && char.IsDigit(decade[3]))
            // "Finland joined a year earlier"
            || IsAny(p + 1, "a", "two", "three", "four", "five", "several") && IsAny(p + 2, "year", "years", "decade", "decades", "month", "months") && IsAny(p + 3, "earlier", "later", "ago", "before");
        if (!inTime && IsAny(p + 1, WordsForces41)) return false;
        // "apply to join an 11-nation free trade area spanning the Pacific": one the sentence has not named, not an
        // earlier one.
        if (!inTime && IsAny(p + 1, "a", "an") && !IsAny(p + 2, "year", "decade", "month", "week", "day", "few", "couple")) return false;
        // "the euro, which Croatia joins today": the antecedent is a thing, not an organisation.
        var subjectAt = p - 1;
        while (subjectAt > 0 && CountryAt(subjectAt) is not null) subjectAt--;
        if (Is(subjectAt, "which") && Is(subjectAt - 1, ",") && T(subjectAt - 2).IsWord && !T(subjectAt - 2).IsCapitalized && M(subjectAt - 2) is null
            && !OrganizationWords.IsGenericNoun(W(subjectAt - 2)) && Is(subjectAt - 3, "the")) return false;
        org = EarlierOrg(p);
        return true;
    }

    /// <summary>Whether the sentence tells its news to the organisation itself before <paramref name="p"/> ("has told a Brics meeting that ...").</summary>
    private bool ToldTheOrganisation(int p)
    {
        for (var k = 0; k + 2 < p; k++)
        {
            if (!IsAny(k, "told", "informed", "wrote", "notified")) continue;
            var q = k + 1;
            if (Is(q, "to")) q++;
            if (IsAny(q, "a", "an", "the")) q++;
            if (M(q) is { Type: MentionType.Organization, Entity: >= 0 }) return true;
        }
        return false;
    }

    private static readonly string[] FutureMarkers =
    {
        "will", "'ll", "set", "expected", "due", "poised", "slated", "scheduled", "plans", "planning", "planned", "intends",
        "intend", "wants", "want", "hopes", "hoping", "seeks", "seeking", "sought", "negotiating", "applied", "apply", "bid", "invited",
        "aims", "aiming", "going", "shall", "would", "is", "are", "about", "eager", "keen", "ready", "preparing", "prepares",
        "formally", "officially", "to", "aim", "agreed", "agree", "agrees", "waiting", "waits",
    };

    /// <summary>The body a ", where" clause holding <paramref name="p"/> hangs on, when the clause names none; else -1.</summary>
    private int WhereClauseBody(int p)
    {
        var where = -1;
        for (var k = p - 1; k >= 2 && k >= p - 10; k--)
        {
            if (M(k) is { Type: MentionType.Organization } || IsAny(k, ",", ";", "which", "who")) return -1;
            if (Is(k, "where") && Is(k - 1, ",")) { where = k; break; }
        }
        if (where < 0) return -1;
        for (var k = where - 2; k >= 0 && k >= where - 24; k--)
        {
            if (IsAny(k, ";", ".")) return -1;
            if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(k).IsCapitalized && !_er.Orgs[om.Entity].IsInstitution) return om.Entity;
        }
        return -1;
    }

    /// <summary>
    /// "Ruritania and Zentralia, which ... are also allies in the ZSTO, remain in it": the body <paramref name="org"/> is named only
    /// in a relative clause on the subject before <paramref name="p"/>, so "it" is not that body.
    /// </summary>
    private bool NamedInRelativeClauseBefore(int p, int org)
    {
        var which = -1;
        for (var k = 1; k < p; k++)
        {
            if (Is(k, "which") && Is(k - 1, ",")) which = k;
            if (M(k) is { Type: MentionType.Organization } om && om.Entity == org) return which >= 0;
        }
        return false;
    }

    /// <summary>"signed at Athens in 1934 by Greece, Turkey and Romania": a "by" and states after the verb at <paramref name="p"/>.</summary>
    private bool SignedByStates(int p)
    {
        for (var k = p + 1; k + 1 < _v.Count && k <= p + 8; k++)
        {
            if (IsAny(k, ";", ".")) return false;
            if (!Is(k, "by")) continue;
            if (CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null) return true;
            // "signed here by the foreign ministers of Egypt, Syria and Oman": the states whose office holders signed.
            return StatesOfOfficeHolders(k + 1) > 0;
        }
        return false;
    }

    /// <summary>
    /// "the bloc was still studying Timor-Leste's application for membership", "The leaders are due to discuss Ukraine's
    /// request for membership": a state's open application or request, on its way in (made, whatever the sentence says is to
    /// come of it; not one rejected or vetoed, which other readings take). Whether it read one at <paramref name="p"/>.
    /// </summary>
    private bool StatesRequestFor(int p)
    {
        if (T(p - 1).Kind != TokenKind.Possessive || CountryAt(p - 2) is not { } requester || !Is(p + 1, "for") || !IsAny(p + 2, "membership", "accession", "full")) return false;
        if (IsAny(p - 3, WordsRejected9)) return false;
        var into = IsAny(p + 3, "of", "in", "to") && NamedOrganizationAt(p + 4, out _) is var named && named >= 0 ? named : SentenceOrganizationOr(OrgFor(p));
        if (into >= 0 && !_er.Orgs[into].IsInstitution) Hit(into, RelationKind.Joining, new[] { requester });
        return true;
    }

    /// <summary>"signed the ZCT in 1994 but never ratified it", "but has not ratified it": the signature at <paramref name="p"/> left unratified.</summary>
    private bool SignedButNeverRatified(int p)
    {
        for (var k = p + 1; k + 1 < _v.Count && k <= p + 14; k++)
        {
            if (IsAny(k, ";", ".")) return false;
            if (!Is(k, "but")) continue;
            var v = k + 1;
            if (IsAny(v, "has", "have", "did", "does")) v++;
            if (!IsAny(v, "never", "not", "n't")) return false;
            v++;
            if (Is(v, "yet")) v++;
            return IsAny(v, "ratified", "ratify");
        }
        return false;
    }

    /// <summary>
    /// The states a relative clause's subject refers back to: ", which the two countries are due to join", ", which they
    /// joined in 2004", ", which both joined": the states named in the sentence before "which" (as many as a number says), or
    /// null.
    /// </summary>
    private List<Mention>? RelativeSubjectOfStatesBefore(int p)
    {
        var aux = p - 1;
        while (aux > 0 && aux >= p - 5 && IsAny(aux, "are", "were", "is", "due", "set", "to", "will", "would", "have", "has", "had", "expected", "scheduled", "poised", "likely", "about", "both", "all", "later", "eventually", "also", "then", "soon")) aux--;
        var which = -1;
        var size = 0;
        if (IsAny(aux, "they")) which = aux - 1;
        else if (IsAny(aux, "both") || IsAny(p - 1, "both") && IsAny(aux, "they")) { which = aux - 1; size = 2; }
        else if (IsAny(aux, "countries", "states", "nations", "governments") && (IsNumberOrWord(aux - 1) && Is(aux - 2, "the") || Is(aux - 1, "two") && Is(aux - 2, "the")))
        {
            if (!NumberWords.TryParse(W(aux - 1), out size) || size < 2) return null;
            which = aux - 3;
        }
        else if (Is(aux + 1, "both") && IsAny(aux, "which")) { which = aux; size = 2; }
        if (which < 2 || !Is(which, "which") || !Is(which - 1, ",")) return null;
        var states = new List<Mention>();
        for (var k = 0; k < which; k++)
        {
            if (CountryAt(k) is { } c && !ContainsState(states, c.Country)) states.Add(c);
        }
        return states.Count > 1 && (size == 0 || states.Count == size) ? states : null;
    }

    private void JoinCue(int p)
    {
        // "Montenegro and Bosnia and Herzegovina, which joined NATO's Partnership for Peace programme in 2006 together with
        // Serbia,": a programme of the organisation makes partners, not members.
        var programmeAt = Is(p + 1, "the") ? p + 2 : p + 1;
        if (IsAny(p, "joined", "join", "joins") && M(programmeAt) is { Type: MentionType.Organization } programmeOf && programmeOf.Entity >= 0)
        {
            var o = programmeAt;
            while (o + 1 < _v.Count && M(o + 1) == programmeOf) o++;
            if (T(o + 1).Kind == TokenKind.Possessive)
            {
                var e = o + 2;
                while (e < _v.Count && e <= o + 8 && (T(e).IsCapitalized || IsAny(e, "for", "of", "and")) && !IsAny(e, "programme", "program")) e++;
                if (e > o + 2 && IsAny(e, "programme", "program", "initiative") && Subject(p, out var notJoined, out _) is { Count: > 0 } programmeMembers && !notJoined)
                {
                    Hit(Ent(programmeAt), RelationKind.DialoguePartner, programmeMembers);
                    for (var k = e + 1; k < _v.Count && k <= e + 6; k++)
                    {
                        if (IsAny(k, ",", ";", ".")) break;
                        if (Is(k, "with") && IsAny(k - 1, "together", "along") && ReadList(k + 1, out _) is { Count: > 0 } withThem) { Hit(Ent(programmeAt), RelationKind.DialoguePartner, withThem); break; }
                    }
                    return;
                }
            }
        }
        // "Mexico joined the United States and Canada in NAFTA at the start of the year": the states joined are members too.
        if (IsAny(p, "joined", "joins") && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null)
            && ReadList(p + 1, out var joinedEnd) is { Count: > 0 } joinedStates && Is(joinedEnd + 1, "in") && NamedOrganizationAt(joinedEnd + 2, out _) is var joinedIn && joinedIn >= 0
            && !_er.Orgs[joinedIn].IsInstitution && Subject(p, out var joinerNegated, out _) is { Count: > 0 } joiner && !joinerNegated)
        {
            Hit(joinedIn, RelationKind.Member, joinedStates);
            Hit(joinedIn, RelationKind.Member, joiner, WhenAfter(p + 1));
            return;
        }
        // "Jamaica and Trinidad and Tobago ... have not joined.": outside the article's body, named nowhere in the clause.
        if (IsAny(p, "joined") && IsAny(p - 1, "not", "n't", "never") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ";", "either", "yet")) && _main >= 0 && !_er.Orgs[_main].IsInstitution
            && NamesNoOrganization(_doc.Sentences[_sentence]) && Subject(p, out var notJoined0, out _) is { Count: > 0 } outsiders && notJoined0)
        {
            Hit(_main, RelationKind.NonMember, outsiders);
            return;
        }
        // "Colombia now joins eight other countries that NATO calls its "partners across the globe": Afghanistan, ...": a
        // partner among partners, not a member.
        if (IsAny(p, "joins", "joined") && (IsNumberOrWord(p + 1) && Is(p + 2, "other") || Is(p + 1, "other")) && IsAny(Is(p + 1, "other") ? p + 2 : p + 3, "countries", "states", "nations"))
        {
            var kindNamed = RelationKind.Member;
            var namer = -1;
            var colon = -1;
            for (var k = p + 3; k < _v.Count && k <= p + 14; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (M(k) is { Type: MentionType.Organization } namedBy && namedBy.Entity >= 0 && T(k).IsCapitalized && namer < 0) namer = namedBy.Entity;
                if (IsAny(k, "partners", "partner")) kindNamed = RelationKind.DialoguePartner;
                else if (IsAny(k, "observers", "observer")) kindNamed = RelationKind.Observer;
                if (Is(k, ":")) { colon = k; break; }
            }
            if (kindNamed != RelationKind.Member && (namer >= 0 ? namer : OrgFor(p)) is var groupOf && groupOf >= 0 && Subject(p, out var notJoiningGroup, out _) is { Count: > 0 } joiningGroup && !notJoiningGroup)
            {
                Hit(groupOf, kindNamed, joiningGroup);
                if (colon > 0 && ReadList(colon + 1, out _) is { Count: > 0 } group) Hit(groupOf, kindNamed, group);
                return;
            }
        }
        // "the United Kingdom joined the dialogue partners in August": the partners of the body the sentence is about.
        if (IsAny(p, "joined", "rejoined") && Is(p + 1, "the") && (Is(p + 2, "dialogue") && Is(p + 3, "partners") || Is(p + 2, "observers"))
            && OrgFor(p) is var partnersOf && partnersOf >= 0 && Subject(p, out var notJoinedPartners, out _) is { Count: > 0 } newPartners && !notJoinedPartners)
        {
            Hit(partnersOf, Is(p + 2, "observers") ? RelationKind.Observer : RelationKind.DialoguePartner, newPartners, WhenAfter(p + (Is(p + 2, "observers") ? 3 : 4)));
            return;
        }
        // "Myanmar has been a member of the bloc since 1997, when it joined together with Laos": the states it joined with, for
        // the body the clause before gave it.
        if (Is(p, "joined") && Is(p - 1, "it") && IsAny(p - 2, "when", "after") && Is(p - 3, ",")
            && AlongWith(p + 1) is var joinedAlong && joinedAlong > 0 && ReadList(joinedAlong, out _) is { Count: > 0 } joinedWith)
        {
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Kind != RelationKind.Member) continue;
                Hit(Relations[i].Org, RelationKind.Member, joinedWith);
                break;
            }
            return;
        }
        if (!JoinsAnOrganization(p, out var org)) return;
        var w = W(p).ToLowerInvariant();
        // "Norway ... has twice voted against joining the European Union", "Norwegians voted against joining": outside it.
        if (w == "joining" && Is(p - 1, "against") && IsAny(p - 2, "voted", "vote", "votes"))
        {
            var voted = p - 2;
            var voters = Subject(voted, out var notVoted, out _);
            if (voters.Count == 0 && IsAny(voted - 1, "twice", "repeatedly", "also", "again") && IsAny(voted - 2, "has", "have", "had")) voters = Subject(voted - 2, out notVoted, out _);
            if (voters.Count == 0 && !notVoted && OpenerList() is { Count: 1 } opener) voters = opener;
            if (voters.Count > 0 && !notVoted && org >= 0 && !_er.Orgs[org].IsInstitution) Hit(org, RelationKind.NonMember, voters);
            return;
        }
        var when = WhenAfter(p + 1);
        // "applied to join in 2017": the date of the application, not of an accession.
        if (IsAny(p - 1, "to") && (IsAny(p - 2, "applied", "apply", "applies", "applying", "bid", "sought", "seeks", "seeking") || Is(p - 2, "asked") && !IsAny(p - 3, "was", "were", "been", "be")))
        {
            when = null;
            // "Nine other countries have applied to join, among them Romania and Slovenia, and the three Baltic republics, ...".
            for (var k = p + 1; k < _v.Count && k <= p + 7; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (!Is(k, ",")) continue;
                var at = AfterCommaIntroducer(k);
                if (at > k && ReadGroupedList(at) is { Count: > 0 } applicants && IsAny(p - 3, "have", "has", "had") && !IsAny(p - 4, "not", "never")) Hit(org, RelationKind.Joining, applicants);
                break;
            }
        }

        // "invited A, B and C to join" — the invited are joining.
        if (Is(p - 1, "to"))
        {
            var q = p - 2;
            var list = ReadListBackward(q, out var start);
            if (list.Count > 0 && IsAny(start - 1, "invited", "invite", "invites", "inviting", "asked"))
            {
                // An invitation is an accession only when it comes with a date; unanswered, it is no relation.
                if (when is not null && !IsRelativeToArticle(when) && !IsBareYear(when)) Hit(org, RelationKind.Joining, list, when);
                return;
            }
        }
        if (IsAny(p - 1, "to") && IsAny(p - 2, "invited") && (IsAny(p - 3, "was", "were", "been", "being") || IsAny(p - 3, "also", "formally", "officially", "first") && IsAny(p - 4, "was", "were", "been", "being")))
        {
            // "Saudi Arabia was invited to join": only with a date ahead ("from January 1"), not a past year; "had been
            // invited to join the group in August" dates the invitation.
            if (when is null || IsRelativeToArticle(when) || IsBareYear(when) || Is(p - 3, "been") && Is(p - 4, "had")) return;
        }
        // "turned down Argentina's invitation to join BRICS": an invitation is no application.
        if (IsAny(p - 1, "to") && IsAny(p - 2, "invitation", "invitations", "offer")) return;
        // "Ecuador has said it wants to join the Alliance": an ambition, not an application ("has told a Brics meeting
        // that Thailand wants to join", said to the organisation itself, is one).
        if (IsAny(p - 1, "to") && IsAny(p - 2, "wants", "want", "wanted", "hopes", "hoping", "hope", "wishes", "wish", "aspires") && !IsAny(p - 3, "not", "n't") && !ToldTheOrganisation(p)) return;

        // "Bolivia, which is completing the process of joining Mercosur": on its way in.
        // ("Peru began the formal process of joining the ZTO": over an adjective of the process.)
        var processAdjective = Is(p - 2, "process") && IsAny(p - 3, "formal", "official", "long", "lengthy", "legal", "accession") ? 1 : 0;
        if (w == "joining" && Is(p - 1, "of") && Is(p - 2, "process") && Is(p - 3 - processAdjective, "the") && T(p - 4 - processAdjective).IsWord)
        {
            var joiningNow = Subject(p - 4 - processAdjective, out var notJoining, out _);
            if (!notJoining && joiningNow.Count > 0) Hit(org, RelationKind.Joining, joiningNow);
            return;
        }

        // "joined by A and B" (passive): members.
        // "the three founders were joined in 1992 by Afghanistan and ...": over the year.
        var joinedBy = Is(p + 1, "in") && T(p + 2).Kind == TokenKind.Number && Is(p + 3, "by") ? p + 3 : p + 1;
        // (Not "a summit of the Gulf Cooperation Council joined by Egypt, Jordan and Iraq": guests at its meeting.)
        if (w == "joined" && Is(joinedBy, "by") && joinedBy == p + 1 && M(p - 1) is { Type: MentionType.Organization } metOf)
        {
            var m0 = p - 1;
            while (m0 > 0 && M(m0 - 1) == metOf) m0--;
            if (Is(m0 - 1, "the")) m0--;
            if (Is(m0 - 1, "of") && IsAny(m0 - 2, WordsSummit10)) return;
        }
        if (w == "joined" && Is(joinedBy, "by") && (joinedBy == p + 1 || IsAny(p - 1, "were", "was")))
        {
            // "Turkey, Norway and Iceland ... have been associate members since the early 1990s, and were later joined by
            // Poland, Hungary and the Czech Republic": a second predicate joins the first one's relation.
            var joinedKind = RelationKind.Member;
            var v = IsAny(p - 1, "later", "since", "then", "soon") ? p - 2 : p - 1;
            if (IsAny(v, "were", "was") && Is(v - 1, "and") && Is(v - 2, ",") && Relations.Count > 0 && Relations[Relations.Count - 1] is { } first && first.Sentence == _sentence)
            {
                org = first.Org;
                joinedKind = first.Kind;
            }
            p = joinedBy - 1;
            var joinedByList = ReadList(p + 2, out var joinedByEnd);
            // "The grouping was joined by New Zealand and Portugal as associate members": the kind "as" names.
            if (Is(joinedByEnd + 1, "as") && AsRelationKind(joinedByEnd + 2) is { } joinedAs and not RelationKind.Member) joinedKind = joinedAs;
            Hit(org, joinedKind, joinedByList, joinedKind == RelationKind.Member && joinedByList.Count > 0 ? TimeAfter(joinedByEnd, out _) : null);
            // "The bloc was joined by Brunei in 1984, Vietnam in 1995, Laos and Myanmar in 1997 and Cambodia in 1999": each
            // with its own time.
            if (joinedKind == RelationKind.Member) GappedAfter(joinedByEnd, org);
            // "were joined in 1992 by Afghanistan and six former Soviet republics: Azerbaijan, ...": the described group too.
            if (Is(joinedByEnd + 1, "and") && SkipDescription(joinedByEnd + 2, out _) is var describedAt && describedAt > 0) Hit(org, RelationKind.Member, ReadList(describedAt, out _));
            // "later joined by 15 other states, including Palestine"
            var n = p + 2;
            if (n < _v.Count && (T(n).Kind == TokenKind.Number || IsNumberWord(W(n)))) n++;
            if (IsAny(n, "other", "more", "further")) n++;
            if (IsAny(n, "states", "countries", "nations", "members") && Is(n + 1, ","))
            {
                var a = n + 2;
                if (Is(a, "such") && Is(a + 1, "as")) a += 2;
                else if (IsAny(a, "including", "among", "notably")) a++;
                else return;
                Hit(org, RelationKind.Member, ReadList(a, out _));
            }
            return;
        }

        // "Turkey's objections to Finland and Sweden joining NATO", "support for Ukraine joining the EU": an accession spoken
        // of as a prospect.
        if (w == "joining" && CountryAt(p - 1) is not null && ReadListBackward(p - 1, out var prospectStart, stopAtPreposition: false) is { Count: > 0 } prospective
            && IsAny(prospectStart - 1, "to", "for", "against") && NamedOrganizationAt(p + 1, out _) is var prospectOrg && prospectOrg >= 0 && !_er.Orgs[prospectOrg].IsInstitution
            && IsAny(prospectStart - 2, "objections", "objection", "opposition", "support", "path", "way", "door", "obstacle", "obstacles", "veto", "route", "consent", "approval", "green", "light"))
        {
            Hit(prospectOrg, RelationKind.Joining, prospective);
            return;
        }
        if (w == "joining" && CountryAt(p - 1) is not null)
        {
            // "BRICS was set up by Brazil, Russia, India and China in 2006, with South Africa joining in 2010": an
            // absolute clause with a year takes the tense of the sentence it hangs on.
            var joiners = ReadListBackward(p - 1, out var joinersStart, stopAtPreposition: false);
            var with = joinersStart - 1;
            if (Is(with, "with") && Is(with - 1, ",") && when is not null && IsBareYear(when))
            {
                var pastMain = false;
                for (var k = Math.Max(0, with - 40); k < with; k++) if (IsAny(k, "was", "were", "founded", "formed", "established", "created", "launched", "set")) pastMain = true;
                for (var k = Math.Max(0, with - 40); k < with; k++) if (IsAny(k, "will", "would", "is", "are")) pastMain = false;
                if (pastMain) Hit(org, RelationKind.Member, joiners, when);
                return;
            }
        }
        // "Six other economies have lodged applications to join: China, Taiwan, Ecuador, ...": the applicants listed.
        if (Is(p - 1, "to") && IsAny(p - 2, "applications", "application", "bids", "requests") && Is(p + 1, ":") && ReadList(p + 2, out _) is { Count: > 0 } lodged)
        {
            Hit(org, RelationKind.Joining, lodged);
            return;
        }
        // "Guyana has ruled out joining OPEC", "refused to join", "is not joining OPEC itself": outside, and not on its way in.
        var refusal = IsAny(p - 1, "out") && IsAny(p - 2, "ruled", "rules", "rule", "ruling") ? p - 2
            : Is(p - 1, "to") && IsAny(p - 2, "refused", "refuses", "declined", "declines") ? p - 2
            : w == "joining" && IsAny(p - 1, "not", "n't") && IsAny(p - 2, "is", "are") ? p - 2
            // "Japan will not join the coalition", "Japan has said it will not join": a refusal.
            // (Only a body named after the verb: "will not join any grouping that excludes ..." is no refusal of one.)
            : w == "join" && IsAny(p - 1, "not", "n't") && IsAny(p - 2, "will", "wo") && NamesABodyUntilClauseEnd(p + 1) ? p - 2 : -1;
        if (refusal >= 0)
        {
            var refusing = Subject(refusal, out var notRefusing, out _);
            // ("Japan has also said it will not join": the one who said it.)
            if (refusing.Count == 0 && Is(refusal - 1, "it") && IsAny(refusal - 2, "said", "says", "announced", "insisted", "stressed")) { refusing = Subject(refusal - 2, out notRefusing, out _); notRefusing = false; }
            if (IsAny(refusal, "will", "wo")) notRefusing = false;
            if (refusing.Count > 0 && (!notRefusing || w == "joining")) Hit(org, RelationKind.NonMember, refusing);
            return;
        }
        if (JoinedBeforeTheClause(p, org, when) || ItJoinedTheAntecedent(p, when)) return;
        var subject = Subject(p, out var negated, out var subjectAt);
        // "For Bulgaria and Romania the treaty is a bridge to membership of the EU, which the two countries are due to join
        // on 1 January 2007": the states the sentence named before the relative clause, when as many.
        if (subject.Count == 0 && !negated && RelativeSubjectOfStatesBefore(p) is { Count: > 1 } referred)
        {
            subject = referred;
            subjectAt = p;
        }
        // "Britain has signed on the dotted line to join the CPTPP": the signer is on its way in.
        if (subject.Count == 0 && !negated && Is(p - 1, "to"))
        {
            for (var k = p - 2; k >= 1 && k >= p - 7; k--)
            {
                if (!T(k).IsWord || M(k) is not null) break;
                if (!IsAny(k, "signed")) continue;
                var signer = Subject(k, out var notSigned, out _);
                if (!notSigned && signer.Count > 0) { Hit(org, RelationKind.Joining, signer, when); return; }
                break;
            }
        }
        // "If Ukraine joined, it would become ...": a condition, not a fact.
        if (subject.Count > 0 && IsAny(subjectAt - 1, "if", "unless", "whether")) return;
        // "Egypt, Jordan, Morocco and Sudan, which are not members of the GCC, have also joined the coalition": a noun the
        // sentence just said they are no members of names something else.
        if (subject.Count > 0 && w == "joined" && Is(p + 1, "the") && T(p + 2).IsWord && !T(p + 2).IsCapitalized && subject.TrueForAll(c => RelationHere(org, RelationKind.NonMember, c.Country))) return;
        if (subject.Count == 0 && Is(p - 1, "to"))
        {
            // "cleared the way for Timor-Leste, which has had observer status, to join"
            var b = p - 2;
            if (Is(b, ","))
            {
                var c = b - 1;
                while (c >= 0 && c > b - 25 && !Is(c, ",")) c--;
                if (Is(c, ",")) b = c - 1;
            }
            var list = ReadListBackward(b, out var start, stopAtPreposition: false);
            if (list.Count > 0 && Is(start - 1, "for")) subject = list;
        }
        if (subject.Count == 0 && Is(p - 1, "to"))
        {
            // "Croatia, the most recent country to join, did so in 2013"; "Timor-Leste will be the next country to join".
            var sup = SuperlativeSubject(p - 1, out var future);
            if (sup.Count > 0)
            {
                Hit(org, future ? RelationKind.Joining : RelationKind.Member, sup, when);
                return;
            }
            // "Sweden's bid to join Nato", "approved Somalia's application to join the regional bloc".
            if (IsAny(p - 2, WordsBid13))
            {
                if (IsAny(p - 3, "a", "its", "their") && IsAny(p - 4, WordsLaunching12))
                {
                    // "Armenia, ... whose parliament passed a law launching a bid to join the EU"
                    var bidder2 = ClauseSubject(p - 4);
                    if (bidder2.Count > 0) { Hit(org, RelationKind.Joining, bidder2); return; }
                }
                var k = p - 3;
                while (IsAny(k, "membership", "formal", "own", "long-standing", "renewed", "stalled", "failed")) k--;
                if (T(k).Kind == TokenKind.Possessive && CountryAt(k - 1) is { } bidder)
                {
                    Hit(org, RelationKind.Joining, new[] { bidder });
                    return;
                }
            }
        }
        // "... members of the Zentral Union (ZU), which Oman has not joined": outside the body the relative clause hangs on.
        if (subject.Count > 0 && negated && w == "joined" && Is(subjectAt - 1, "which") && Is(subjectAt - 2, ",") && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";", "either", "yet")))
        {
            var o = subjectAt - 3;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (M(o) is { Type: MentionType.Organization } notJoinedOrg && notJoinedOrg.Entity >= 0 && !_er.Orgs[notJoinedOrg.Entity].IsInstitution)
            {
                Hit(notJoinedOrg.Entity, RelationKind.NonMember, subject);
                return;
            }
        }
        // "Algeria has never joined the OIF": not a member, and never was.
        // "Turkmenistan ... has not joined the organization": outside it ("has not yet joined" too).
        // "Laos and Myanmar, which have been dialogue partners of the ZTO since 1996 but have not joined it,": outside the
        // body the clause named.
        if (subject.Count > 0 && negated && w == "joined" && Is(p + 1, "it") && IsAny(p - 1, "not", "n't", "never") && IsAny(p - 2, "have", "has", "not", "n't") && !HasFutureMarker(p))
        {
            for (var k = p - 2; k >= 0 && k >= p - 14; k--)
            {
                if (IsAny(k, ";", ".", ",")) break;
                if (M(k) is { Type: MentionType.Organization } itOrg && itOrg.Entity >= 0)
                {
                    if (!_er.Orgs[itOrg.Entity].IsInstitution) Hit(itOrg.Entity, RelationKind.NonMember, subject);
                    return;
                }
            }
        }
        if (subject.Count > 0 && negated && w == "joined" && (Is(p - 1, "never") || (IsAny(p - 1, "not", "n't") && IsAny(p - 2, "has", "have") || Is(p - 1, "yet") && IsAny(p - 2, "not", "n't") && IsAny(p - 3, "has", "have"))
                // "has not joined Western sanctions": only an organisation named after the verb.
                // ("has not joined the 11-member pact": over a size.)
                && (M(p + 1) is { Type: MentionType.Organization } || Is(p + 1, "the") && (M(p + 2) is { Type: MentionType.Organization } || T(p + 2).IsWord && OrganizationWords.IsGenericNoun(W(p + 2))
                    || IsSizeWord(p + 2) && T(p + 3).IsWord && OrganizationWords.IsGenericNoun(W(p + 3)))))
            && !HasFutureMarker(p))
        {
            // ("The bloc's other four members, A, B, C and D, have not joined the initiative": not the body they are members of.)
            if (!subject.TrueForAll(c => RelationHere(org, RelationKind.Member, c.Country))) Hit(org, RelationKind.NonMember, subject);
            return;
        }
        // "Hong Kong joined the ZTO in 1991, at the same time as Zentralia and Taiwan": a territory's fellows are states.
        if (subject.Count == 0 && !negated && w == "joined" && p > 0 && T(p - 1).IsWord && T(p - 1).IsCapitalized) FollowedJoin(p, org);
        // "Chile has been in talks on joining the ZTO since 2007": the subject of the clause the talks are in.
        if (subject.Count == 0 && !negated && w == "joining" && Is(p - 1, "on") && IsAny(p - 2, "talks", "negotiations") && Is(p - 3, "in")
            && ClauseSubject(p - 3, whileClause: true) is { Count: > 0 } inTalks)
        {
            Hit(org, RelationKind.Joining, inTalks);
            return;
        }
        if (subject.Count == 0 || negated) return;
        // "Zentralia joined ten other producers from outside the ZTO in signing": it joined states outside the body (not
        // "joined 10 other countries in signing the convention", which may set the body up).
        if (w is "joined" or "joins" or "join" && (IsNumberOrWord(p + 1) && (IsAny(p + 2, "other", "more", "fellow") || !IsAny(p + 2, "members", "member")) || IsAny(p + 1, "other", "fellow")))
        {
            for (var k = p + 2; k < _v.Count && k <= p + 7; k++)
            {
                if (IsAny(k, ",", ";", "in")) break;
                if (IsAny(k, "countries", "states", "nations", "producers", "governments", "economies") && IsAny(k + 1, "outside", "from") && (Is(k + 1, "outside") || Is(k + 2, "outside"))) return;
            }
        }
        // "joined the bloc's dialogue partners", "joined as an observer": not membership.
        for (var k = p + 1; k < _v.Count && k <= p + 6; k++)
        {
            if (IsAny(k, "partners", "partner") && (Is(k - 1, "dialogue") || T(k - 1).Kind == TokenKind.Possessive || IsAny(k - 1, "as", "a")))
            {
                Hit(org, w is "joined" or "rejoined" ? RelationKind.DialoguePartner : RelationKind.Joining, subject, when);
                return;
            }
            if (IsAny(k, "observers", "observer")) { Hit(org, RelationKind.Observer, subject, when); return; }
            // "joined the ZTO as associate members": associates, as "has Chile as an associate member" reads them.
            if (Is(k, "as") && AsRelationKind(k + 1) == RelationKind.DialoguePartner) { Hit(org, RelationKind.DialoguePartner, subject, when); return; }
            if (IsAny(k, ",", ";", "and", "but", "members", "member")) break;
        }
        var past = w is "joined" or "rejoined";
        // "joined both NATO and the EU": the second organisation too.
        var second = -1;
        var secondAt = -1;
        for (var k = p + 1; k < _v.Count && k <= p + 9; k++)
        {
            // "joined NATO in 1999 or 2004 and the European Union in 2004"
            if (IsAny(k, ",", ";", "but", "which", "who", "while")) break;
            if (!IsAny(k, "and")) continue;
            var k2 = Is(k + 1, "the") ? k + 2 : k + 1;
            if (M(k2) is { Type: MentionType.Organization } o2 && o2.Entity >= 0 && o2.Entity != org) { second = o2.Entity; secondAt = k2; }
            break;
        }
        if (second >= 0) Hit(second, past ? RelationKind.Member : RelationKind.Joining, subject, when);
        if (past && !(IsAny(p - 1, "have") && IsAny(p - 2, "will", "would", "should", "could", "might")))
        {
            Hit(org, RelationKind.Member, subject, when);
            FollowedJoin(p, org);
            GappedAfter(p, org);
            // "Denmark joined what was then the European Economic Community in 1973, together with the UK and Ireland"
            for (var k = p + 1; k < _v.Count && k <= p + (second >= 0 ? 22 : 14); k++)
            {
                if (IsAny(k, ";", "but", "which", "who", "while")) break;
                // "joined BRICS together with Iran and the United Arab Emirates": with or without a comma.
                // ("Gabon joined the Commonwealth in June last year alongside Togo": "alongside" too.)
                var togetherAt = Is(k, ",") ? k + 1 : k;
                if (AlongWith(togetherAt) is not (var alongAt and > 0)) continue;
                var alongWith = ReadList(alongAt, out _);
                // ("All three joined NATO at the end of March and the European Union on 1 May, together with Poland, ...": with
                // the second body, when it comes after it.)
                if (alongWith.Count > 0) Hit(second >= 0 && secondAt < k ? second : org, RelationKind.Member, alongWith, when);
                break;
            }
        }
        else if (w == "joining" && !IsAny(p - 1, "is", "are", "on", "about", "toward", "towards", "of", "for"))
        {
            // "since joining", "after joining": past.
            if (IsAny(p - 1, "since", "after", "upon")) Hit(org, RelationKind.Member, subject, when);
        }
        else
        {
            Hit(org, RelationKind.Joining, subject, when);
            if (Is(p - 1, "to") && IsAny(p - 2, "applied", "apply", "applies")) FollowedJoin(p, org, RelationKind.Joining);
            // "are scheduled to join the 15-nation Union on May 1, 2004, together with Poland, Hungary, ...": on the same way in.
            for (var k = p + 1; k < _v.Count && k <= p + 14; k++)
            {
                if (IsAny(k, ";", "but", "which", "who", "while")) break;
                if (!Is(k, ",") || AlongWith(k + 1) is not (var togetherAt and > 0)) continue;
                if (ReadList(togetherAt, out _) is { Count: > 0 } together) Hit(org, RelationKind.Joining, together, when);
                break;
            }
        }
    }

    /// <summary>
    /// "Finland joined the alliance in 2023 and Sweden followed in 2024", "which Iceland and Norway joined in 1994 and
    /// Liechtenstein a year later": a state coordinated after a past join, with its own verb "followed" or only a time.
    /// </summary>
    private void FollowedJoin(int p, int org, RelationKind kind = RelationKind.Member)
    {
        for (var k = p + 1; k < _v.Count && k <= p + 30; k++)
        {
            if (IsAny(k, ";", "but", "while", "whereas")) return;
            // "Gambia joined in 2005, followed by Liberia in 2007"; "Ruritania applied to join in September, followed days later by
            // Taiwan": over a time between "followed" and "by".
            var by = k + 1;
            while (by <= k + 3 && (IsAny(by, "days", "weeks", "months", "years", "a", "day", "week", "month", "year", "later", "soon", "shortly", "closely", "in") || by < _v.Count && T(by).Kind == TokenKind.Number)) by++;
            if (Is(k, "followed") && Is(by, "by") && Is(k - 1, ",") && CountryAt(by + 1) is not null)
            {
                var followers = ReadList(by + 1, out var followersEnd);
                Hit(org, kind, followers, kind == RelationKind.Member ? WhenAfter(followersEnd + 1) : null);
                return;
            }
            // "Hong Kong joined the ZTO in 1991, at the same time as Zentralia and Taiwan": the states that joined with it.
            if (Is(k, ",") && Is(k + 1, "at") && Is(k + 2, "the") && Is(k + 3, "same") && Is(k + 4, "time") && Is(k + 5, "as") && ReadList(k + 6, out _) is { Count: > 0 } together)
            {
                Hit(org, kind, together, kind == RelationKind.Member ? WhenAfter(p + 1) : null);
                return;
            }
            if (kind != RelationKind.Member) continue;
            if (!IsAny(k, "and")) continue;
            var list = ReadList(k + 1, out var end);
            if (list.Count == 0) continue;
            var a = end + 1;
            var followed = IsAny(a, "followed", "did", "joined");
            var gapped = Is(a, "a") && IsAny(a + 1, "year", "decade", "month", "week") && Is(a + 2, "later")
                || IsAny(a, "in") && a + 1 < _v.Count && T(a + 1).Kind == TokenKind.Number && W(a + 1).Length == 4 && (a + 2 >= _v.Count || IsAny(a + 2, ",", ".", ";"))
                || Is(a, "the") && IsAny(a + 1, "following", "next") && IsAny(a + 2, "year", "month");
            if (Is(a, "did") && !Is(a + 1, "so")) followed = false;
            if (!followed && !gapped) continue;
            Hit(org, RelationKind.Member, list, WhenAfter(a));
            return;
        }
    }

    /// <summary>
    /// "Croatia, the most recent country to join", "Cambodia was the last country to be admitted": the state an ordinal
    /// description is said of, through an apposition or a copula. "the next country to join", "will be the first": joining.
    /// </summary>
    private List<Mention> SuperlativeSubject(int to, out bool future)
    {
        future = false;
        var none = new List<Mention>();
        var n = to - 1;
        // "Sweden became the latest to join": the noun may be left out.
        var k = IsAny(n, "country", "state", "member", "nation", "member-state") ? n - 1 : IsAny(n, "latest", "last", "newest", "first", "next", "recent") ? n : -2;
        if (k == -2) return none;
        // "the first south-east Asian country": up to two descriptive words between the ordinal and the noun.
        if (k < n && !IsAny(k, WordsMost9))
        {
            var d = k;
            while (d > k - 2 && d >= 0 && T(d).IsWord && !IsAny(d, WordsThe12)) d--;
            if (IsAny(d, "recent", "last", "latest", "newest", "first", "next", "only", "youngest")) k = d;
        }
        var ordinal = false;
        while (k >= 0 && k >= n - 4 && IsAny(k, WordsMost9))
        {
            if (!Is(k, "most")) ordinal = true;
            if (Is(k, "next")) future = true;
            k--;
        }
        if (!ordinal || !Is(k, "the")) return none;
        k--;
        if (Is(k, ",") && CountryAt(k - 1) is not null) return ReadListBackward(k - 1, out _, stopAtPreposition: false);
        if (IsAny(k, "becoming") && IsAny(k - 1, "after", "since", "by"))
        {
            // "Indonesia attended ..., six months after becoming the first south-east Asian country to join the group"
            return ClauseSubject(k - 1);
        }
        // ("Russia, Vietnam and Peru were the last to join": plural too.)
        if (IsAny(k, "was", "is", "became", "be", "becomes", "become", "were", "are"))
        {
            if (HasFutureMarker(k + 1) || IsAny(k, "be") && IsAny(k - 1, "will", "would", "to")) future = true;
            var subject = Subject(k, out var negated, out _);
            return negated ? none : subject;
        }
        return none;
    }

    private static bool IsBareYear(string when) => when.Length == 4 && char.IsDigit(when[0]) && char.IsDigit(when[3]);

    private static bool IsRelativeToArticle(string when) =>
        when.IndexOf("same time", StringComparison.OrdinalIgnoreCase) >= 0 || when.StartsWith("last", StringComparison.OrdinalIgnoreCase);

    private bool HasFutureMarker(int p)
    {
        for (var q = p - 1; q >= 0 && q >= p - 5; q--)
        {
            foreach (var m in FutureMarkers) if (Is(q, m) && m != "is" && m != "are") return true;
        }
        return false;
    }

    private void AdmittedCue(int p)
    {
        // "Thirteen non-Arctic countries already hold that status. Among them are China, ..., which were admitted in
        // 2013": admitted to what the sentence before counted (read by AmongThemAre).
        if (Is(0, "among") && Is(1, "them")) return;
        // "Yemen ... has been admitted only to some of the council's specialized bodies": to bodies, not to membership.
        for (var k = p + 1; k < _v.Count && k <= p + 9; k++)
        {
            if (IsAny(k, ",", ";", ".")) break;
            if (IsAny(k, "bodies", "agencies", "committees", "institutions", "programmes", "programs") && (Is(p + 1, "only") || Is(p + 1, "to") && IsAny(p + 2, "some", "several", "a"))) return;
        }
        var org = OrgFor(p);
        // "Greece was admitted on Wednesday as a full participating state of the Three Seas Initiative": the organisation
        // the admission names.
        for (var k = p + 1; k < _v.Count && k <= p + 10; k++)
        {
            if (IsAny(k, ",", ";", ".")) break;
            if (!Is(k, "as")) continue;
            for (var o = k + 1; o < _v.Count && o <= k + 7; o++)
            {
                if (IsAny(o, ",", ";", ".")) break;
                if (Is(o, "of") && NamedOrganizationAt(o + 1, out _) is var asOf && asOf >= 0) { org = asOf; break; }
            }
            break;
        }
        // "admitted to the category", "admitted as partners": not membership; "Malta has been admitted as an observer to
        // the OIF": an observer.
        for (var k = p + 1; k < _v.Count && k <= p + 5; k++)
        {
            if (IsAny(k, "observer", "observers") && Is(k - 2, "as") && IsAny(k - 1, "an") || IsAny(k, "observers") && Is(k - 1, "as"))
            {
                var to = IsAny(k + 1, "to", "of", "in") ? NamedOrganizationAt(k + 2, out _) : -1;
                var admittedObservers = Subject(p, out var notAdmitted, out _);
                if (!notAdmitted && admittedObservers.Count > 0 && !HasFutureMarker(p)) Hit(to >= 0 ? to : org, RelationKind.Observer, admittedObservers);
                return;
            }
            if (IsAny(k, "category", "partner", "partners", "observer", "observers", "status")) return;
            if (IsAny(k, ",", ";", ".")) break;
        }
        if (Is(p - 1, "be") && Is(p - 2, "to"))
        {
            // "Cambodia was the last country to be admitted, in 1999."
            var sup = SuperlativeSubject(p - 2, out var later);
            if (sup.Count > 0) { Hit(org, later ? RelationKind.Joining : RelationKind.Member, sup, WhenAfter(p + 1)); return; }
        }
        var subject = Subject(p, out var negated, out var subjectAt);
        // "Syria, readmitted to the Arab League in 2023, was represented": a participle apposition of the state.
        if (subject.Count == 0 && Is(p - 1, ",") && CountryAt(p - 2) is not null && W(p).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            var apposed = ReadListBackward(p - 2, out var apposedStart);
            if (apposedStart == 0 || Is(apposedStart - 1, ",")) { Hit(org, RelationKind.Member, apposed, WhenAfter(p + 1)); return; }
        }
        // "If Ukraine joined, it would become ...": a condition, not a fact.
        if (subject.Count > 0 && IsAny(subjectAt - 1, "if", "unless", "whether")) return;
        // "The Gambia left in 2013 under former President Yahya Jammeh and was readmitted in February 2018": the state the
        // sentence opens with, after the organisation it left.
        if (subject.Count == 0 && !negated && Is(p, "readmitted") && Is(p - 1, "was") && Is(p - 2, "and") && OpenerState() is { } opener)
        {
            subject.Add(opener);
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Kind == RelationKind.NonMember && Relations[i].Country.Country == opener.Country) { org = Relations[i].Org; break; }
            }
        }
        if (subject.Count == 0 || negated) return;
        var future = HasFutureMarker(p) || IsAny(p - 1, "be");
        Hit(org, future ? RelationKind.Joining : RelationKind.Member, subject, WhenAfter(p + 1));
        // "Serbia was admitted as a full member, joining Albania, Turkey and Greece": those it joins.
        for (var k = p + 1; !future && k + 1 < _v.Count && k <= p + 8 && !IsAny(k, ";", "."); k++)
        {
            if (!(Is(k, ",") && Is(k + 1, "joining") && CountryAt(k + 2) is not null)) continue;
            if (ReadList(k + 2, out var joinedEnd) is { Count: > 0 } joinedOnes && (joinedEnd + 1 >= _v.Count || IsAny(joinedEnd + 1, ".", ",", ";", "in", "as"))) Hit(org, RelationKind.Member, joinedOnes);
            break;
        }
    }

    /// <summary>The one state a sentence opens with, as its subject ("The Gambia left ..."), else null.</summary>
    private Mention? OpenerState() => OpenerList() is { Count: 1 } one ? one[0] : null;

    /// <summary>
    /// "The Maldives, which left in 2016, returned in 2020", "Morocco returned to the AU in 2017": back in, a member.
    /// </summary>
    private void ReturnedCue(int p)
    {
        int org;
        if (Is(p + 1, "to"))
        {
            if (!JoinsAnOrganization(p + 1, out org) || org < 0) return;
        }
        else
        {
            // Without an object, only after a departure in the same sentence.
            var left = -1;
            for (var k = p - 1; k >= 0 && left < 0; k--) if (IsAny(k, "left", "quit", "withdrew", "exited", "suspended", "expelled") || IsAny(k, "out") && IsAny(k - 1, "pulled", "walked")) left = k;
            // "Kiribati, which left the forum in 2022, returned last year": a time after it.
            if (left < 0 || !(Is(p + 1, "in") && T(p + 2).Kind == TokenKind.Number || IsAny(p + 1, ".", ",") || p + 1 >= _v.Count
                              || IsAny(p + 1, "last", "this", "earlier") && IsAny(p + 2, "year", "month", "week") || IsAny(p + 1, "later", "soon"))) return;
            org = OrgFor(p);
            // The organisation the departure was from.
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                if (Relations[i].Kind == RelationKind.NonMember) { org = Relations[i].Org; break; }
            }
        }
        var subject = Subject(p, out var negated, out _);
        // "..., Angola and Gabon, which left in 1995 and returned last year": the subject of the departure it is joined to.
        if (subject.Count == 0 && Is(p - 1, "and"))
        {
            for (var k = p - 2; k >= 0 && k >= p - 10; k--)
            {
                if (!IsAny(k, "left", "quit", "withdrew", "exited")) continue;
                subject = Subject(k, out negated, out _);
                break;
            }
        }
        if (subject.Count == 0 || negated || HasFutureMarker(p)) return;
        Hit(org, RelationKind.Member, subject, WhenAfter(p + 1));
        // A return told in the sentence of the departure ends it ("which left in 1995 and returned last year"), even when
        // the membership was already recorded.
        foreach (var c in subject) _sameSentenceReturns.Add((org, c.Country, _sentence));
    }

    private readonly HashSet<(int Org, CountryEntry? Country, int Sentence)> _sameSentenceReturns = new();

    /// <summary>"The African Union suspended Niger after a coup", "The union has also suspended Mali, Guinea ...": still members.</summary>
    private void OrganizationSuspended(int p)
    {
        var list = ReadList(p + 1, out var listEnd);
        // "The Arab League on Saturday suspended Syria's membership": the state whose membership it is.
        if (list.Count == 0 && CountryAt(p + 1) is { Possessive: true } whose && Is(p + 3, "membership")) { list.Add(whose); listEnd = p + 3; }
        // "The African Union has also suspended the three Sahel states and Guinea": a description the article has
        // named, and the states after it.
        if (list.Count == 0 && Is(p + 1, "the") && IsNumberOrWord(p + 2))
        {
            var noun = p + 3;
            while (noun < _v.Count && noun <= p + 5 && !IsAny(noun, "states", "countries", "nations", "members", "juntas")) noun++;
            if (IsAny(noun, "states", "countries", "nations", "members", "juntas"))
            {
                list = ResolveDescription(noun, out _) ?? new List<Mention>();
                listEnd = noun;
                if (Is(noun + 1, "and") && ReadList(noun + 2, out var moreEnd) is { Count: > 0 } more) { list.AddRange(more); listEnd = moreEnd; }
                // "has also suspended the three countries, along with Guinea, Sudan and Gabon"
                else if (Is(noun + 1, ",") && AlongWith(noun + 2) is var alongAt && alongAt > 0 && ReadList(alongAt, out var alongEnd) is { Count: > 0 } along) { list.AddRange(along); listEnd = alongEnd; }
            }
        }
        // "The AU has in the past suspended member states after unconstitutional changes of government, among them Egypt
        // in 2013 and the Central African Republic the same year": the examples.
        if (list.Count == 0 && (Is(p + 1, "member") && Is(p + 2, "states") || Is(p + 1, "members")))
        {
            for (var k = p + 2; k + 2 < _v.Count && k <= p + 16; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (!(Is(k, ",") && (Is(k + 1, "among") && Is(k + 2, "them") || Is(k + 1, "including")))) continue;
                for (var e = Is(k + 1, "among") ? k + 3 : k + 2; e < _v.Count && !IsAny(e, ";", "."); e++)
                {
                    if (CountryAt(e) is { } example && !ContainsState(list, example.Country)) list.Add(example);
                }
                listEnd = p + 1;
                break;
            }
        }
        if (list.Count == 0) return;
        // "which has suspended Mali and Burkina Faso over their military takeovers, as well as Guinea": one more.
        for (var k = listEnd + 1; k + 4 < _v.Count && k <= listEnd + 10; k++)
        {
            if (IsAny(k, ";", ".")) break;
            if (Is(k, ",") && AsWellAs(k + 1)) { list = new List<Mention>(list); list.AddRange(ReadList(k + 4, out _)); break; }
        }
        // "the forum suspended France as a dialogue partner in September": suspended, still a partner.
        if (Is(listEnd + 1, "as") && IsAny(listEnd + 2, "a", "an"))
        {
            RelationKind? asKind = Is(listEnd + 3, "dialogue") && Is(listEnd + 4, "partner") || Is(listEnd + 3, "partner") ? RelationKind.DialoguePartner
                : Is(listEnd + 3, "observer") ? RelationKind.Observer : null;
            if (asKind is { } partnerKind)
            {
                var suspender = SentenceOrgBefore(p);
                if (suspender >= 0 && !_er.Orgs[suspender].IsInstitution) Hit(OwnerOf(suspender), partnerKind, list);
                return;
            }
        }
        // "Leaders have suspended Gabon from all activities of the Economic Community of Central African States": the
        // organisation the state is suspended from, whoever suspends it.
        if (Is(listEnd + 1, "from"))
        {
            var f = listEnd + 1;
            if (IsAny(f + 1, "all", "the") && IsAny(f + 2, "activities", "bodies", "institutions", "organs") && Is(f + 3, "of")) f += 3;
            else if (IsAny(f + 1, "activities", "participation") && Is(f + 2, "in")) f += 2;
            if (JoinsAnOrganization(f, out var from) && from >= 0 && !_er.Orgs[from].IsInstitution)
            {
                Hit(OwnerOf(from), RelationKind.Member, list);
                return;
            }
        }
        var b = p - 1;
        while (IsAny(b, WordsAlso9)) b--;
        // "The Arab League on Saturday suspended Syria's membership": over the day; "The Organization of Islamic
        // Cooperation (OIC) suspended ...": over the acronym.
        if (b > 1 && TimeWords.IsWeekday(W(b)) && Is(b - 1, "on")) b -= 2;
        if (b > 2 && Is(b, ")") && Is(b - 2, "(") && M(b - 1) is { Type: MentionType.Organization }) b -= 3;
        // "The AU has in the past suspended ...": over the time phrase and the auxiliary.
        if (Is(b, "past") && Is(b - 1, "the") && Is(b - 2, "in")) { b -= 3; while (IsAny(b, "has", "have", "had", "also", "already")) b--; }
        if (T(b).IsWord && !T(b).IsCapitalized && OrganizationWords.IsGenericNoun(W(b)) && M(b) is null)
        {
            // "The 55-member union has also suspended Mali"
            Hit(Generic(W(b)), RelationKind.Member, list);
            return;
        }
        // "the toughest step the league has taken since February, when it suspended Libya": "it" is the body the sentence
        // named before.
        if (Is(b, "it") && IsAny(b - 1, "when", "after") && SentenceOrgBefore(b) is var itOrg && itOrg >= 0)
        {
            if (!_er.Orgs[itOrg].IsInstitution) Hit(OwnerOf(itOrg), RelationKind.Member, list);
            return;
        }
        // "the Arab League, which froze Syria's membership in 2011": the body the relative clause is about.
        if (Is(b, "which") && Is(b - 1, ","))
        {
            b -= 2;
            if (b > 2 && Is(b, ")") && Is(b - 2, "(") && M(b - 1) is { Type: MentionType.Organization }) b -= 3;
        }
        else if (Is(b, ","))
        {
            // "The Arab League, which has 22 members, suspended Syria in 2011": the subject before a relative clause.
            var open = b - 1;
            while (open > 0 && open > b - 20 && !Is(open, ",")) open--;
            if (Is(open, ",") && IsAny(open + 1, "which", "whose")) b = open - 1;
        }
        if (M(b) is not { Type: MentionType.Organization } om || om.Entity < 0) return;
        var org = Ent(b);
        // "The African Union's Peace and Security Council suspended Gabon": a body of the organisation before it acts for it.
        var omFirst = b;
        while (omFirst > 0 && M(omFirst - 1) == om) omFirst--;
        if (T(omFirst - 1).Kind == TokenKind.Possessive && M(omFirst - 2) is { Type: MentionType.Organization } owner && owner.Entity >= 0 && owner.Entity != org
            && !_er.Orgs[owner.Entity].IsInstitution) org = owner.Entity;
        if (org < 0 || _er.Orgs[org].IsInstitution || _er.At(om.Last + 1) is { Type: MentionType.Person }) return;
        Hit(OwnerOf(org), RelationKind.Member, list);
    }

    /// <summary>
    /// "The African Union Peace and Security Council", "the ECOWAS Authority": an organisation whose name opens with the
    /// whole name or the acronym of another is a body of that one, which its acts are for; else the organisation itself.
    /// </summary>
    private int OwnerOf(int org)
    {
        if (_er.Orgs[org].Name is not { } name) return org;
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (o == org) continue;
            var other = _er.Orgs[o];
            if (other.Name is { Length: > 0 } on && name.Length > on.Length + 1 && name[on.Length] == ' ' && name.StartsWith(on, StringComparison.Ordinal)) return o;
            if (other.Acronym is { Length: > 1 } oa && name.Length > oa.Length + 1 && name[oa.Length] == ' ' && name.StartsWith(oa, StringComparison.Ordinal)) return o;
        }
        return org;
    }

    /// <summary>"BRICS ... added South Africa a year later and expanded in 2024 to take in Egypt, Ethiopia ...".</summary>
    private void OrganizationTookIn(int p)
    {
        var q = Is(p + 1, "in") ? p + 2 : p + 1;
        var list = ReadList(q, out var end);
        if (list.Count == 0) return;
        // "took in Afghanistan and six former Soviet republics: Azerbaijan, Kazakhstan, ...": a described group too.
        if (Is(end + 1, "and") && SkipDescription(end + 2, out _) is var described && described > 0) list.AddRange(ReadList(described, out _));
        // The subject is the organisation: the first mention of the sentence, or a generic noun; "In 1992 it took in":
        // the organisation the text was about.
        var org = -1;
        if (Is(p - 1, "it")) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        for (var b = 0; b < p && org < 0; b++)
        {
            if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0) { org = Ent(b); break; }
            if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) && IsAny(b - 1, "the")) { org = Generic(W(b)); break; }
            if (CountryAt(b) is not null || M(b) is { Type: MentionType.Person }) return;
        }
        if (org < 0) return;
        // "MSG admits Indonesia as associate member", "admits Ghana as an observer": the status named.
        var kind = RelationKind.Member;
        var @as = end + 1;
        if (Is(@as, "as"))
        {
            var k = @as + 1;
            if (IsAny(k, "an", "a", "its")) k++;
            if (IsAny(k, "associate", "associated") || IsAny(k, "partner", "partners") || Is(k, "dialogue")) kind = RelationKind.DialoguePartner;
            else if (IsAny(k, "observer", "observers")) kind = RelationKind.Observer;
        }
        Hit(org, kind, list);
    }

    /// <summary>"A, B and C set up their own confederation, the Alliance of Sahel States (AES)": founding members.</summary>
    private void FoundedByCountries(int verb, int objectStart)
    {
        // ("The Group of Eight, whose members are A, B and C, set up the partnership": the subject is the body, not the states
        // of its clause.)
        if (NamedOrganizationAt(0, out var bodySubjectEnd) >= 0 && Is(AfterAcronym(bodySubjectEnd), ",") && IsAny(AfterAcronym(bodySubjectEnd) + 1, "whose", "which")) return;
        var subject = Subject(verb, out var negated, out _);
        if (negated || subject.Count == 0) return;
        for (var q = objectStart; q < _v.Count && q <= objectStart + 8; q++)
        {
            // "Germany launched the initiative in October 2022 with ...": a generic noun for the organisation.
            var generic = Is(q - 1, "the") && T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q));
            if (generic || M(q) is { Type: MentionType.Organization } om0 && om0.Entity >= 0)
            {
                var org = generic ? Generic(W(q)) : Ent(q);
                if (org < 0) return;
                Hit(org, RelationKind.Member, subject);
                // "founded the Slavkov Triangle with Austria in 2015": the states it was founded with.
                var with = q;
                if (!generic) { var om = M(q); while (with + 1 < _v.Count && M(with + 1) == om) with++; }
                with = AfterAcronym(with + 1);
                // "... in October 2022 with": over the time.
                for (var k = with; k < _v.Count && k <= with + 5 && !Is(with, "with"); k++)
                {
                    if (IsAny(k, ",", ";", ".") || M(k) is not null) break;
                    if (Is(k, "with")) with = k;
                }
                if (!Is(with, "with")) return;
                // "with 14 other European nations: Belgium, Bulgaria, ...": the states after the counted noun.
                var named = with + 1;
                if (T(named).Kind == TokenKind.Number || IsNumberWord(W(named)))
                {
                    var noun = named + 1;
                    while (noun < _v.Count && noun <= named + 4 && !IsAny(noun, WordsStates6) && T(noun).IsWord && M(noun) is null or { Type: MentionType.Country, Compound: true } || IsAny(noun, "other")) noun++;
                    if (IsAny(noun, WordsStates6) && (Is(noun + 1, ":") || T(noun + 1).Kind == TokenKind.Dash)) named = noun + 2;
                }
                if (ReadList(named, out _) is { Count: > 0 } cofounders) Hit(org, RelationKind.Member, cofounders);
                return;
            }
            if (IsAny(q, ";", ".", "but", "while")) return;
        }
    }

    /// <summary>"leaders agreed to admit Timor-Leste as the bloc's newest member": joining.</summary>
    private void AgreedToAdmit(int p)
    {
        var list = ReadList(p + 1, out var end);
        if (list.Count == 0)
        {
            // "Timor-Leste, which Asean agreed in principle to admit as its 11th member": the relative clause's antecedent.
            var which = p - 1;
            while (which > 1 && which >= p - 10 && !IsAny(which, "which", "whom")) which--;
            if (IsAny(which, "which", "whom") && Is(which - 1, ",") && CountryAt(which - 2) is not null && (M(which + 1) is { Type: MentionType.Organization } || Is(which + 1, "the")))
            {
                var admitted = ReadListBackward(which - 2, out var admittedStart, stopAtPreposition: false);
                var into = NamedOrganizationAt(which + 1, out _);
                if (into < 0) into = OrgFor(p);
                if (admitted.Count > 0 && into >= 0 && (admittedStart == 0 || Is(admittedStart - 1, ","))) Hit(into, RelationKind.Joining, admitted, WhenAfter(p + 1));
            }
            return;
        }
        var org = OrgFor(end);
        Hit(org, RelationKind.Joining, list, WhenAfter(end + 1));
    }

    /// <summary>"was granted candidate status", "gave Georgia candidate status", "X has candidate status": joining.</summary>
    private void CandidateStatus(int p)
    {
        if (!IsAny(p - 1, "candidate", "candidacy")) return;
        var org = OrgFor(p);
        var b = p - 2;
        if (CountryAt(b) is not null)
        {
            // "gave Georgia candidate status"
            Hit(org, RelationKind.Joining, ReadListBackward(b, out _, stopAtPreposition: false));
            return;
        }
        while (IsAny(b, "official", "formal", "full", "eu", "EU")) b--;
        if (IsAny(b, WordsGranted11))
        {
            // "hopes to be granted candidate status by the end of the year": a wish.
            if (Is(b - 1, "be") && Is(b - 2, "to") && IsAny(b - 3, WordsHopes9)) return;
            var subject = Subject(b, out var negated, out _);
            if (negated || subject.Count == 0) return;
            Hit(org, RelationKind.Joining, subject);
            // "was granted candidate status, together with neighbouring Moldova, four months later", "... together with Ukraine"
            if (AlongWith(Is(p + 1, ",") ? p + 2 : p + 1) is var along && along > 0)
            {
                while (along < _v.Count && along <= p + 6 && T(along).IsWord && !T(along).IsCapitalized && CountryAt(along) is null) along++;
                if (ReadList(along, out _) is { Count: > 0 } alongside) Hit(org, RelationKind.Joining, alongside);
            }
        }
    }

    /// <summary>"accession talks with Montenegro, Serbia ...", "membership negotiations with X": joining.</summary>
    private void AccessionTalks(int p)
    {
        // "Turkey, which began its negotiations in 2005", "Montenegro opened accession talks in 2012": on its way in.
        {
            var b = p - 1;
            while (IsAny(b, "accession", "membership", "entry") || M(b) is { Type: MentionType.Organization } && T(b).IsCapitalized) b--;
            if (IsAny(b, "its", "their")) b--;
            if (IsAny(b, "began", "begun", "started", "opened", "launched", "begins", "starts", "opens")
                && (IsAny(p - 1, "accession", "membership", "entry") || b < p - 1 && IsAny(b + 1, "its", "their") && (M(p - 1) is { Type: MentionType.Organization } || AccessionContext()))
                && Subject(b, out var notBegun, out _) is { Count: > 0 } negotiating && !notBegun)
            {
                var into = M(p - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 ? named.Entity : SentenceOrganizationOr(OrgFor(p));
                if (into >= 0) Hit(into, RelationKind.Joining, negotiating);
                return;
            }
        }
        // "El Salvador has begun negotiations to join the customs union", "started talks on joining the ZTO": the talks'
        // purpose after them.
        {
            var b = p - 1;
            while (IsAny(b, "formal", "official", "its", "their", "fresh")) b--;
            var purpose = Is(p + 1, "to") && Is(p + 2, "join") ? p + 3 : IsAny(p + 1, "on", "about", "for") && IsAny(p + 2, "joining", "membership", "accession") ? p + 3 : -1;
            if (purpose > 0 && IsAny(p + 2, "membership", "accession") && Is(purpose, "of")) purpose++;
            if (purpose > 0 && IsAny(b, "began", "begun", "started", "opened", "launched", "begins", "starts", "opens", "entered")
                && Subject(b, out var notBegun, out _) is { Count: > 0 } negotiating && !notBegun)
            {
                var into = NamedOrganizationAt(purpose, out _);
                if (into < 0 && Is(purpose, "the") && T(purpose + 1).IsWord && OrganizationWords.IsGenericNoun(W(purpose + 1))) into = OrgFor(purpose + 1);
                if (into >= 0 && !_er.Orgs[into].IsInstitution) Hit(into, RelationKind.Joining, negotiating);
                return;
            }
        }
        if (IsAny(p - 1, "accession", "membership") && Is(p - 2, "in") || IsAny(p - 1, "accession", "membership") && M(p - 2) is { Type: MentionType.Organization } && Is(p - 3, "in"))
        {
            // "Albania, Montenegro, North Macedonia and Serbia are already in accession talks"
            var v = Is(p - 2, "in") ? p - 3 : p - 4;
            while (IsAny(v, "already", "still", "now", "currently", "also")) v--;
            if (IsAny(v, "are", "is", "were", "was", "remain", "remains"))
            {
                var subject = Subject(v + 1, out var negated, out _);
                if (subject.Count > 0 && !negated) Hit(OrgFor(p), RelationKind.Joining, subject);
                return;
            }
        }
        var accession = false;
        for (var q = 0; q < _v.Count; q++) if (IsAny(q, "accession", "membership", "enlargement", "join", "joining")) { accession = true; break; }
        if (!accession) return;
        // "Formal negotiations on membership will open early next year with Austria, Sweden and Finland".
        for (var q = p + 1; q < _v.Count && q <= p + 9; q++)
        {
            if (IsAny(q, ",", ";", ".")) return;
            if (!Is(q, "with")) continue;
            // "decided to open accession talks with six countries: Romania, Bulgaria, ...": over the counted noun.
            var at = q + 1;
            if (IsNumberOrWord(at) && IsAny(at + 1, "countries", "states", "nations", "candidates", "applicants") && Is(at + 2, ":")) at += 3;
            var list = ReadList(at, out _);
            if (list.Count > 0) Hit(OrgFor(p), RelationKind.Joining, list);
            return;
        }
    }

    /// <summary>
    /// Whether an apposition between commas runs from the comma at <paramref name="comma"/> to the verb at
    /// <paramref name="verb"/>: "Neither Turkey nor Greece, the two largest powers in the region, belongs to ...".
    /// </summary>
    private bool ApposedUpTo(int comma, int verb)
    {
        if (!Is(comma, ",") || !Is(verb - 1, ",") || verb - comma > 14) return false;
        for (var k = comma + 1; k < verb - 1; k++) if (IsAny(k, ",", ";", ".") || M(k) is { Type: MentionType.Country }) return false;
        return true;
    }

    /// <summary>"Denmark, Finland and Sweden belong to the European Union"; "the bloc to which both Congo and Rwanda belong".</summary>
    private void BelongCue(int p)
    {
        // "Oman and Bahrain, the two GCC states that do not belong to OPEC,": the states of the apposition are outside it.
        if (IsAny(p - 1, "not", "n't") && IsAny(p - 2, "do", "does", "did") && IsAny(p - 3, "that", "which") && Is(p + 1, "to")
            && JoinsAnOrganization(p + 1, out var apposedNotIn) && apposedNotIn >= 0 && !_er.Orgs[apposedNotIn].IsInstitution)
        {
            var c = p - 4;
            while (c > 0 && c >= p - 10 && !IsAny(c, ",", ";", ".") && CountryAt(c) is null) c--;
            if (Is(c, ",") && CountryAt(c - 1) is not null && ReadListBackward(c - 1, out _, stopAtPreposition: false) is { Count: > 0 } apposedOut) Hit(apposedNotIn, RelationKind.NonMember, apposedOut);
            return;
        }
        if (BelongWith(p) || BelongTogetherWithTo(p)) return;
        if (BelongToIt(p) || BelongsToWith(p)) return;
        if (IsAny(p + 1, "instead", "also", "still", "now", "only", "too") && (Is(p + 2, "to") || Is(p + 2, ",") && Is(p + 3, "with")) || Is(p + 1, "as") && Is(p + 2, "well") && Is(p + 3, "to")) { BelongsAdverbTo(p); return; }
        // "Iran and Turkey belong to the OIC but not to the Arab League": outside the second.
        for (var k = p + 2; k + 3 < _v.Count && k <= p + 10; k++)
        {
            if (IsAny(k, ";", ".")) break;
            if (!(Is(k, "but") && Is(k + 1, "not") && Is(k + 2, "to"))) continue;
            var notIn = NamedOrganizationAt(k + 3, out _);
            var belongers = Subject(p, out var notBelonging, out _);
            if (notIn >= 0 && !notBelonging && belongers.Count > 0) Hit(notIn, RelationKind.NonMember, belongers);
            break;
        }
        int org;
        List<Mention> subject;
        if (Is(p + 1, "to") && Is(p + 2, "neither"))
        {
            BelongsToNeither(p);
            return;
        }
        // "Neither Australia nor New Zealand belongs to the movement": both outside.
        // "Neither the UK nor Norway belongs to Opec or to the wider Opec+ alliance": both outside both.
        // "..., while neither Malaya nor Indonesia belongs to the alliance": a clause may open on it too.
        var nz = 0;
        for (var k = p - 3; !Is(0, "neither") && k >= 1 && k >= p - 14; k--)
        {
            if (Is(k, "neither") && IsAny(k - 1, "while", "whereas", ",", "but", "and", ";")) { nz = k; break; }
        }
        var neitherAt = Is(nz + 1, "the") && CountryAt(nz + 2) is not null ? nz + 2 : nz + 1;
        if (Is(p + 1, "to") && Is(nz, "neither") && CountryAt(neitherAt) is not null && ReadList(neitherAt, out var neitherEnd) is { Count: > 0 } neitherOne && Is(neitherEnd + 1, "nor")
            && ReadList(Is(neitherEnd + 2, "the") && CountryAt(neitherEnd + 3) is not null ? neitherEnd + 3 : neitherEnd + 2, out var norEnd) is { Count: > 0 } norOther && (norEnd + 1 == p || ApposedUpTo(norEnd + 1, p)) && JoinsAnOrganization(p + 1, out var neitherOrg) && neitherOrg >= 0)
        {
            Hit(neitherOrg, RelationKind.NonMember, neitherOne);
            Hit(neitherOrg, RelationKind.NonMember, norOther);
            // "..., and nor does China, which has been negotiating its entry for 12 years": a third outside.
            for (var k = p + 2; k + 2 < _v.Count && k <= p + 14; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (Is(k, "nor") && IsAny(k + 1, "does", "do", "is", "are") && ReadList(k + 2, out _) is { Count: > 0 } third) { Hit(neitherOrg, RelationKind.NonMember, third); break; }
            }
            for (var k = p + 2; k + 2 < _v.Count && k <= p + 8; k++)
            {
                if (IsAny(k, ",", ";", ".")) break;
                if (!Is(k, "or") && !Is(k, "nor")) continue;
                var second = Is(k + 1, "to") ? k + 1 : k;
                var secondOrg = NamedOrganizationAt(second + 1, out _);
                if (secondOrg < 0)
                {
                    // "to the wider Opec+ alliance": over the adjectives.
                    var q = second + 1;
                    if (Is(q, "the")) q++;
                    while (q <= second + 4 && T(q).IsWord && !T(q).IsCapitalized && M(q) is null) q++;
                    secondOrg = NamedOrganizationAt(q, out _);
                }
                if (secondOrg >= 0 && secondOrg != neitherOrg)
                {
                    Hit(secondOrg, RelationKind.NonMember, neitherOne);
                    Hit(secondOrg, RelationKind.NonMember, norOther);
                }
                break;
            }
            return;
        }
        if (Is(p + 1, "to"))
        {
            if (!JoinsAnOrganization(p + 1, out org)) return;
            subject = Subject(p, out var negated, out var subjectStart);
            // "The Kingdom is also one of the five members of SACU, together with ..., and belongs to COMESA": one state
            // has the second verb, the one the sentence opens with.
            if (Is(p, "belongs") && Is(p - 1, "and") && Is(p - 2, ","))
            {
                var single = OpenerList(overApposition: true) is { Count: 1 } opener ? opener[0] : Is(0, "the") && T(1).IsWord ? DescribedStateAt(1) : null;
                if (single is not null) { subject = new List<Mention> { single }; negated = false; subjectStart = 0; }
            }
            // "All four members of the ZIGO also belong to the IORA": the members of a body named, which another reader gives
            // (not an earlier list of four the text has put outside it).
            for (var k = 0; k + 2 < p && subject.Count > 0; k++)
            {
                if (IsAny(k, "members", "states", "countries") && Is(k + 1, "of") && NamedOrganizationAt(k + 2, out _) is var ofBody && ofBody >= 0 && ofBody != org
                    && IsAny(0, "all", "the", "both") && CountryAt(k - 1) is null && subject.Exists(c => Relations.Exists(r => r.Org == ofBody && r.Kind == RelationKind.NonMember && r.Country.Country == c.Country))) subject.Clear();
            }
            // "All six independent OECS members also belong to ...": a described subject another reader resolves; the
            // fellows named after the organisation are read here all the same.
            var described = subject.Count == 0;
            if (!described)
            {
                // "All CSTO members except Tajikistan also belong to the EAEU": the state excepted is not the subject.
                if (IsAny(subjectStart - 1, "except", "excluding")) return;
                // "Mexico does not belong to the bloc": outside it.
                if (negated) { if (!HasFutureMarker(p)) Hit(org, RelationKind.NonMember, subject); return; }
                Hit(org, RelationKind.Member, subject);
            }
            else if (negated) return;
            // "also belong to Saarc, along with Pakistan, Afghanistan and the Maldives": fellow members.
            var orgEnd = p + 2;
            while (orgEnd < _v.Count && (Is(orgEnd, "the") || IsSizeWord(orgEnd) || M(orgEnd) is { Type: MentionType.Organization } om && om.Entity == org)) orgEnd++;
            orgEnd = AfterAcronym(orgEnd);
            // "Kenya belongs to the EAC with Tanzania, Uganda and Rwanda": a bare "with" when the states end the clause.
            // ("Guinea and Senegal also belong to the OMVS, with Mali and Mauritania, which has built ...": after a comma too.)
            // ("belong to BIMZTEC, the Bay of Bengal Zentral Initiative, together with Myanmar and Thailand": over the name in apposition.)
            if (Is(orgEnd, ",") && Is(orgEnd + 1, "the"))
            {
                var close = orgEnd + 2;
                while (close < _v.Count && close <= orgEnd + 14 && !IsAny(close, ",", ".", ";")) close++;
                if (Is(close, ",") && (Is(close + 1, "with") || AlongWith(close + 1) > 0)) orgEnd = close;
            }
            if (Is(orgEnd, ",") && Is(orgEnd + 1, "with")) orgEnd++;
            var bareWith = Is(orgEnd, "with") && (CountryAt(orgEnd + 1) is not null || Is(orgEnd + 1, "the") && CountryAt(orgEnd + 2) is not null)
                && ReadList(orgEnd + 1, out var bareWithEnd) is { Count: > 0 } && (bareWithEnd + 1 >= _v.Count || IsAny(bareWithEnd + 1, ",", ".", ";"));
            if (Is(orgEnd, ",") && AlongWith(orgEnd + 1) is var along && along > 0 || AlongWith(orgEnd) is var alongNow && (along = alongNow) > 0 || bareWith && (along = orgEnd + 1) > 0)
            {
                // "alongside larger states such as Jamaica, Trinidad and Tobago, Barbados and Guyana, none of which is in the OECS"
                if (CountryAt(along) is null && !Is(along, "the"))
                {
                    for (var k = along; k + 1 < _v.Count && k <= along + 5; k++) if (Is(k, "such") && Is(k + 1, "as") || Is(k, "including")) { along = Is(k, "including") ? k + 1 : k + 2; break; }
                }
                if (ReadList(along, out var fellowsEnd) is { Count: > 0 } fellows)
                {
                    Hit(org, RelationKind.Member, fellows);
                    if (Is(fellowsEnd + 1, ",") && Is(fellowsEnd + 2, "none") && Is(fellowsEnd + 3, "of") && Is(fellowsEnd + 4, "which") && IsAny(fellowsEnd + 5, "is", "are") && IsAny(fellowsEnd + 6, "in", "part")
                        && JoinsAnOrganization(Is(fellowsEnd + 6, "part") ? fellowsEnd + 7 : fellowsEnd + 6, out var noneIn) && noneIn >= 0 && noneIn != org) Hit(noneIn, RelationKind.NonMember, fellows);
                }
            }
            // "also belong to SADC and to COMESA"
            if (Is(orgEnd, "and") && Is(orgEnd + 1, "to") && NamedOrganizationAt(orgEnd + 2, out _) is var alsoTo && alsoTo >= 0 && alsoTo != org) Hit(alsoTo, RelationKind.Member, subject);
            // "belong to both IORA and the Gulf Cooperation Council": the second organisation too.
            if (IsAny(p + 2, "both"))
            {
                for (var k = p + 3; k < _v.Count && k <= p + 12; k++)
                {
                    if (IsAny(k, ",", ";", ".")) break;
                    if (!Is(k, "and")) continue;
                    var second = NamedOrganizationAt(k + 1, out _);
                    if (second >= 0 && second != org) Hit(second, RelationKind.Member, subject);
                    break;
                }
            }
            return;
        }
        // "to which both Congo and Rwanda belong": the list between "to which" and the verb.
        var b = p - 1;
        // "the Zentral Union, to which Ghana does not belong": outside it.
        var outsideIt = IsAny(b, "not", "n't") && IsAny(b - 1, "does", "do", "did");
        if (outsideIt) b -= 2;
        subject = ReadListBackward(b, out var start, stopAtPreposition: false);
        if (subject.Count == 0) return;
        var w = start - 1;
        while (IsAny(w, "both", "all", "the")) w--;
        if (!(Is(w, "which") && Is(w - 1, "to"))) return;
        org = -1;
        for (var q = w - 2; q >= 0 && q >= w - 12; q--)
        {
            if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) { org = om.Entity; break; }
        }
        if (org < 0) org = _main;
        Hit(org, outsideIt ? RelationKind.NonMember : RelationKind.Member, subject);
    }

    /// <summary>"Norway and Iceland remain outside it", "X stays outside the bloc".</summary>
    private void OutsideCue(int p)
    {
        if (IsAny(p - 1, "remain", "remains", "remained", "stay", "stays", "stayed") && IsAny(p - 2, "that", "which", "who"))
        {
            OutsideDescription(p, p - 3);
            return;
        }
        // "two EU members that have stayed outside the alliance"
        if (IsAny(p - 1, "remained", "stayed") && IsAny(p - 2, "have", "has", "had") && IsAny(p - 3, "that", "which", "who"))
        {
            OutsideDescription(p, p - 4);
            return;
        }
        if (IsAny(p - 1, "states", "countries", "nations", "producers", "economies", "exporters") && JoinsAnOrganization(p, out var outsideOf) && outsideOf >= 0)
        {
            // "Countries outside the ZTO, such as Japan and China, were not invited": the examples are outside.
            var k = p + 1;
            while (k < _v.Count && k <= p + 8 && !Is(k, ",")) k++;
            var start = AfterCommaIntroducer(k);
            if (start > k && (CountryAt(start) is not null || Is(start, "the") && CountryAt(start + 1) is not null))
            {
                Hit(outsideOf, RelationKind.NonMember, ReadList(start, out _));
                return;
            }
        }
        if (IsAny(p - 1, "states", "members", "countries", "nations"))
        {
            OutsideDescription(p, p - 1);
            return;
        }
        // "Eswatini, which recognises Taiwan, is the only African country outside the forum": over the description.
        if (IsAny(p - 1, "country", "state", "nation", "member") && JoinsAnOrganization(p, out var onlyOutside) && onlyOutside >= 0)
        {
            var copula = p - 2;
            while (copula >= 1 && copula >= p - 6 && T(copula).IsWord && !IsCopula(W(copula).ToLowerInvariant())) copula--;
            if (copula >= 1 && IsCopula(W(copula).ToLowerInvariant()) && IsAny(copula + 1, "the", "a", "an") && Subject(copula, out var notOutside, out _) is { Count: > 0 } alone && !notOutside)
            {
                Hit(onlyOutside, RelationKind.NonMember, alone);
            }
            return;
        }
        // "Neighboring Iran, which applied in 1996, is also still outside.": over the adverbs, and outside the organisation the
        // text is about.
        var cop = p - 1;
        while (cop > 0 && cop >= p - 3 && IsAny(cop, "still", "also", "firmly", "largely", "now")) cop--;
        // ("Zimbabwe has been outside it since 2003": a perfect of the copula.)
        if (Is(cop, "been") && IsAny(cop - 1, "has", "have")) cop--;
        if (!IsAny(cop, "remain", "remains", "remained", "stay", "stays", "stayed", "is", "are", "has", "have")) return;
        // "Finland ... has preferred to remain outside the new group": over the choice.
        if (IsAny(cop, "remain", "stay") && Is(cop - 1, "to") && IsAny(cop - 2, "preferred", "chosen", "chose", "decided", "opted", "prefers", "prefer", "chooses")) cop -= 2;
        int org;
        if (Is(p + 1, "it")) org = LatestOrgInSentence(p) is var inSentence && inSentence >= 0 ? inSentence : LatestOrgBefore(p);
        else if (p + 1 >= _v.Count || Is(p + 1, "."))
        {
            org = SentenceOrgBefore(p);
            if (org < 0) org = PreviousSentenceOrg() ?? _main;
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
        }
        else if (!JoinsAnOrganization(p, out org)) return;
        var subject = Subject(cop, out var negated, out _);
        // "Colombia applied to join in the 1990s but remains outside": the subject of the clause the verb is coordinated with.
        if (subject.Count == 0 && Is(p - 2, "but") && ClauseOpenerState(p - 2) is { } opener) { subject.Add(opener); negated = false; }
        if (negated || subject.Count == 0) return;
        Hit(org, RelationKind.NonMember, subject);
        // "Twenty-three of the EU's 27 member states are also members of the military alliance, while Austria, Cyprus,
        // Ireland and Malta remain outside it": the rest of the first organisation's members.
        if (IsNumberOrWord(0) && Is(1, "of"))
        {
            var q = Is(2, "the") ? 3 : 2;
            if (M(q) is { Type: MentionType.Organization } whole && whole.Entity >= 0 && whole.Entity != org)
            {
                var r = q;
                while (M(r + 1) == whole) r++;
                if (T(r + 1).Kind == TokenKind.Possessive && IsNumberOrWord(r + 2) && (IsAny(r + 3, "members", "member-states") || Is(r + 3, "member") && IsAny(r + 4, "states", "countries")))
                {
                    var rest = false;
                    for (var k = r + 4; k < p; k++) if (IsAny(k, "while", "whereas", "but")) rest = true;
                    if (rest) Hit(whole.Entity, RelationKind.Member, subject);
                }
            }
        }
    }

    /// <summary>
    /// "at a time when Qatar remains under a boycott imposed by three of its partners": the state that opens the clause
    /// a pronoun at <paramref name="pronoun"/> stands in, else null.
    /// </summary>
    private Mention? ClauseStateBefore(int pronoun)
    {
        for (var k = pronoun - 1; k >= 0; k--)
        {
            if (IsAny(k, "when", "while", "where", "after", "since", "because", ";", ",")) return CountryAt(k + 1) is { } opener && T(k + 2).IsWord && !T(k + 2).IsCapitalized ? opener : null;
            if (k == 0) return CountryAt(0) is { } first && T(1).IsWord && !T(1).IsCapitalized ? first : null;
        }
        return null;
    }

    /// <summary>
    /// The one state that opens the clause (after the sentence's start or its last semicolon) that view position
    /// <paramref name="before"/> ends, as its subject ("Colombia applied to join ..."), else null.
    /// </summary>
    private Mention? ClauseOpenerState(int before)
    {
        var start = 0;
        for (var k = before - 1; k > 0; k--) if (Is(k, ";")) { start = k + 1; break; }
        if (Is(start, "the")) start++;
        if (CountryAt(start) is not { } opener) return null;
        var after = start;
        while (after + 1 < _v.Count && M(after + 1) == opener) after++;
        return T(after + 1).IsWord && !T(after + 1).IsCapitalized && !IsAny(after + 1, "and", "or") ? opener : null;
    }

    /// <summary>
    /// The organisation a pronoun at <paramref name="p"/> stands for in its sentence: the last one named, or the last
    /// bloc noun after "the" ("the military alliance"); -1 when the sentence names none before it.
    /// </summary>
    private int LatestOrgInSentence(int p)
    {
        for (var k = p - 1; k >= 0; k--)
        {
            // "the alliance" the recogniser gave the article's organisation is resolved here, as the cues resolve it
            // ("... are already members of the alliance, ..., while Cyprus and Malta remain outside it").
            var generic = T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k)) && (Is(k - 1, "the") || Is(k - 2, "the") && T(k - 1).IsWord && !T(k - 1).IsCapitalized);
            if (generic) return Generic(W(k));
            if (M(k) is { Type: MentionType.Organization, Modifier: false } m && m.Entity >= 0) return m.Entity;
        }
        return -1;
    }

    /// <summary>
    /// "A, B and C are the only EU members that remain outside the alliance", "A remains the only EU state outside it,
    /// alongside B and C", "A is the only European country besides B and C that remains outside the organisation": the
    /// subject and the states set beside it are outside the second organisation, and members of one named in the description.
    /// </summary>
    private void OutsideDescription(int p, int head)
    {
        int outsideOf;
        if (Is(p + 1, "it")) outsideOf = LatestOrgBefore(p);
        else if (!JoinsAnOrganization(p, out outsideOf)) return;
        if (outsideOf < 0) return;
        // "Finland and Sweden, which have stayed outside the alliance, have seen ...": the states the clause hangs on.
        if (Is(head, ",") && CountryAt(head - 1) is not null && ReadListBackward(head - 1, out _, stopAtPreposition: true) is { Count: > 0 } antecedent)
        {
            if (!_er.Orgs[outsideOf].IsInstitution) Hit(outsideOf, RelationKind.NonMember, antecedent);
            return;
        }
        var beside = new List<Mention>();
        if (CountryAt(head) is not null)
        {
            // "the only European country besides Russia and the Vatican that remains outside"
            var list = ReadListBackward(head, out var listStart, stopAtPreposition: false);
            var b = listStart - 1;
            if (Is(b, "the")) b--;
            if (IsAny(b, "besides", "alongside", "except")) { beside = list; head = b - 1; }
            else if (IsAny(b, "than") && IsAny(b - 1, "other")) { beside = list; head = b - 2; }
            else if (IsAny(b, "from") && IsAny(b - 1, "apart")) { beside = list; head = b - 2; }
            else return;
        }
        if (!IsAny(head, "states", "members", "countries", "nations", "state", "member", "country", "nation")) return;
        var memberOf = -1;
        var copula = -1;
        for (var k = head - 1; k >= 0 && k >= head - 8; k--)
        {
            if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0) { memberOf = om.Entity; continue; }
            if (IsAny(k, "are", "is", "remain", "remains", "were", "was", "remained")) { copula = k; break; }
            // "Finland and Sweden, two EU members that have stayed outside the alliance,": an apposition of the states.
            if (Is(k, ",") && CountryAt(k - 1) is not null) { copula = k; break; }
            if (!T(k).IsWord && T(k).Kind != TokenKind.Number || IsAny(k, "that", "which", "who", "and", "but")) return;
        }
        if (copula < 0) return;
        var apposed = Is(copula, ",");
        List<Mention> subject;
        var negated = false;
        if (apposed) subject = ReadListBackward(copula - 1, out _, stopAtPreposition: false);
        else subject = Subject(copula + 1, out negated, out _);
        if (negated || subject.Count == 0) return;
        // ", alongside Malta and Cyprus" after the organisation.
        var more = new List<Mention>();
        for (var k = p + 1; k < _v.Count && k <= p + 10; k++)
        {
            if (!Is(k, ",")) continue;
            var a = k + 1;
            if (Is(a, "alongside")) a++;
            else if (IsAny(a, "along", "together") && Is(a + 1, "with")) a += 2;
            else if (Is(a, "as") && Is(a + 1, "well") && Is(a + 2, "as")) a += 3;
            else break;
            more = ReadList(a, out _);
            break;
        }
        Hit(outsideOf, RelationKind.NonMember, subject);
        Hit(outsideOf, RelationKind.NonMember, more);
        Hit(outsideOf, RelationKind.NonMember, beside);
        if (memberOf >= 0 && memberOf != outsideOf)
        {
            Hit(memberOf, RelationKind.Member, subject);
            Hit(memberOf, RelationKind.Member, more);
        }
    }

    /// <summary>
    /// "the Alliance of Sahel States (AES), whose leaders said that Togo and Chad were invited to join": an organisation
    /// named (not as a modifier) earlier in the sentence, else the article's main organisation.
    /// </summary>
    private int EarlierOrg(int p)
    {
        for (var q = p - 1; q >= 0; q--)
        {
            if (M(q) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0 && !_er.Orgs[om.Entity].IsInstitution
                && _er.At(om.Last + 1) is not { Type: MentionType.Person })
            {
                // "Turkey, a member of Nato, has applied to join": an organisation in the subject's apposition is not the one joined.
                if (InApposition(q) || InRelativeClause(q) && Is(q + 1, ",")) continue;
                // "The Energy Community was founded by a treaty signed ... by the European Union and the countries of South East
                // Europe, and Moldova and Ukraine joined later": an agent after "by" is a founder, not the body joined.
                var nameStart = q;
                while (nameStart > 0 && M(nameStart - 1) == om) nameStart--;
                var agent = Is(nameStart - 1, "the") ? nameStart - 2 : nameStart - 1;
                if (Is(agent, "by") && agent > 1 && NamedOrganizationAt(Is(0, "the") ? 1 : 0, out _) is var subjectOrg && subjectOrg >= 0 && subjectOrg != om.Entity) continue;
                return Ent(q);
            }
        }
        return PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
    }

    /// <summary>"it": the latest organisation named before, across clauses and into the previous sentence.</summary>
    private int LatestOrgBefore(int p)
    {
        for (var i = _v[p] - 1; i >= 0 && i >= _v[p] - 80; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization, Modifier: false } m && m.Entity >= 0) return m.Entity;
        }
        return _main;
    }

    /// <summary>"refused to return", "declined to rejoin" at view position <paramref name="k"/>.</summary>
    private bool RefusesToReturn(int k) => IsAny(k, "refused", "declined") && Is(k + 1, "to") && IsAny(k + 2, "return", "rejoin");

    /// <summary>"in the Group of 20", "in NATO" at view position <paramref name="k"/>: "in" a named body.</summary>
    private bool InABody(int k) => Is(k, "in") && (M(k + 1) is { Type: MentionType.Organization } || Is(k + 1, "the") && M(k + 2) is { Type: MentionType.Organization });

    /// <summary>
    /// "Egypt, suspended from the Union since July, and the Central African Republic, suspended after rebels seized Bangui,":
    /// the second state in apposition at <paramref name="p"/> is suspended from the same body, and so still a member.
    /// </summary>
    private bool SuspendedBesideAnother(int p)
    {
        if (!Is(p - 1, ",") || CountryAt(p - 2) is not { } second) return false;
        var secondAt = p - 2;
        while (secondAt > 0 && M(secondAt - 1) == second) secondAt--;
        if (!(Is(secondAt - 1, "and") || Is(secondAt - 1, "the") && Is(secondAt - 2, "and"))) return false;
        for (var k = 2; k < secondAt - 1; k++)
        {
            if (!(Is(k, "suspended") && Is(k + 1, "from") && Is(k - 1, ",") && CountryAt(k - 2) is not null)) continue;
            if (!JoinsAnOrganization(k + 1, out var first) || first < 0 || _er.Orgs[first].IsInstitution) return false;
            Hit(first, RelationKind.Member, new[] { second });
            return true;
        }
        return false;
    }

    /// <summary>"remain suspended from the African Union": still members.</summary>
    private void SuspendedCue(int p)
    {
        var q = p + 1;
        int org;
        // "Ghana's membership was suspended after the coup": suspended, so still a member.
        if (IsAny(p - 1, "was", "is", "remains", "remained") && Is(p - 2, "membership") && T(p - 3).Kind == TokenKind.Possessive && CountryAt(p - 4) is { } whose
            && (p - 4 == 0 || Is(p - 5, "the") && p - 5 == 0 || IsAny(p - 5, ",", "and", "after", "since", "when", "while")))
        {
            var suspendedIn = Is(q, "from") ? (JoinsAnOrganization(q, out var from) ? from : -1) : OrgFor(p);
            if (suspendedIn >= 0 && !_er.Orgs[suspendedIn].IsInstitution) Hit(suspendedIn, RelationKind.Member, new[] { whose });
            return;
        }
        if (Is(q, "from"))
        {
            // "Fiji has been suspended from the councils of the Commonwealth": the organisation whose councils.
            var from = q;
            if (Is(q + 1, "the") && IsAny(q + 2, "councils", "meetings", "activities", "institutions", "work", "bodies", "organs", "decision-making") && Is(q + 3, "of")) from = q + 3;
            if (!JoinsAnOrganization(from, out org)) return;
        }
        else
        {
            // "Guinea, which is also ruled by soldiers, remains suspended but did not follow its neighbours out".
            // "Mali has been suspended since 2021": suspended, so still a member.
            // "Libya was suspended in February over ... attacks on protesters": told with its date, in an article whose
            // organisation the sentence does not change.
            var dated = IsAny(p - 1, "was", "were") && Is(q, "in") && q + 1 < _v.Count && (TimeWords.IsMonth(W(q + 1)) || T(q + 1).Kind == TokenKind.Number && W(q + 1).Length == 4) && CountryAt(p - 2) is not null;
            // "Cuba was suspended in 1962 and has refused to return since": outside since.
            // "after Guinea and Niger, which were suspended last year": a relative clause on states, suspended and so members.
            if (IsAny(p - 1, "was", "were") && Is(p - 2, "which") && Is(p - 3, ",") && CountryAt(p - 4) is not null) dated = true;
            // "Mali, Guinea, Sudan and Burkina Faso, all of them under military rule ..., were suspended earlier."
            if (IsAny(p - 1, "was", "were") && IsAny(q, "earlier", "previously", "already") && (q + 1 >= _v.Count || IsAny(q + 1, ".", ";", ","))) dated = true;
            var refusedToReturn = -1;
            for (var k = q; k < _v.Count && dated; k++)
            {
                if (!IsAny(k, "refused", "never", "declined", "left", "quit")) continue;
                dated = false;
                // "Cuba, which was suspended in 1962, has refused to return to the organisation": outside since.
                if (RefusesToReturn(k)) refusedToReturn = k + 2;
            }
            if (refusedToReturn > 0 && IsAny(p - 1, "was", "were") && Is(p - 2, "which") && Is(p - 3, ",") && CountryAt(p - 4) is not null)
            {
                var returnTo = Is(refusedToReturn + 1, "to") && JoinsAnOrganization(refusedToReturn + 1, out var to) && to >= 0 ? to
                    : SentenceOrgBefore(p) is var before && before >= 0 ? before : PreviousSentenceOrg() ?? _main;
                if (returnTo >= 0 && !_er.Orgs[returnTo].IsInstitution) Departure(returnTo, ReadListBackward(p - 4, out _, stopAtPreposition: false));
                return;
            }
            if (!dated && (!(IsAny(p - 1, "remain", "remains", "remained") || Is(p - 1, "been") && Is(q, "since")) || !(q >= _v.Count || IsAny(q, WordsWord9)))) return;
            org = OrgFor(p);
        }
        var subject = Subject(p, out var negated, out _);
        if (subject.Count == 0 && !negated && ColonListOfCountedStates(p) is { Count: > 0 } named) subject = named;
        // "The military governments of Mali and Burkina Faso, both also suspended from ECOWAS,": the states in apposition.
        if (subject.Count == 0 && !negated)
        {
            var b = p - 1;
            while (b > 0 && b >= p - 3 && IsAny(b, "both", "all", "also", "now", "still")) b--;
            // "Mali, Burkina Faso and Niger, all three run by the military and suspended from ECOWAS,": over a first
            // predicate of the same apposition.
            if (Is(b, "and"))
            {
                var c = b - 1;
                while (c > 0 && c >= b - 8 && !IsAny(c, ",", ";", ".", "(", ")")) c--;
                if (Is(c, ",") && IsAny(c + 1, "all", "both", "each")) b = c;
            }
            // "Fiji, suspended from the forum between 2009 and 2014, is again taking part". Not "Cuba, suspended from the
            // OAS in 1962, has said it has no interest in going back": outside since.
            var outsideSince = false;
            for (var k = p + 1; k < _v.Count && !outsideSince; k++) outsideSince = IsAny(k, "refused", "never", "declined", "left", "quit", "back", "return", "rejoin", "expelled");
            if (Is(b, ",") && CountryAt(b - 1) is not null && !outsideSince) subject = ReadListBackward(b - 1, out _, stopAtPreposition: false);
            // "Cuba, suspended from the OAS in 1962, has refused to return": outside since.
            else if (Is(b, ",") && CountryAt(b - 1) is not null && !negated)
            {
                for (var k = p + 1; k + 2 < _v.Count; k++)
                {
                    if (!RefusesToReturn(k)) continue;
                    if (!_er.Orgs[org].IsInstitution) Departure(org, ReadListBackward(b - 1, out _, stopAtPreposition: false));
                    return;
                }
            }
        }
        if (subject.Count == 0 || negated) return;
        Hit(org, RelationKind.Member, subject);
        // "suspended from both Mercosur and the Union of South American Nations": from the second body too.
        if (Is(q, "from") && Is(q + 1, "both"))
        {
            for (var k = q + 2; k < _v.Count && k <= q + 10 && !IsAny(k, ",", ";", "."); k++)
            {
                if (!Is(k, "and")) continue;
                if (JoinsAnOrganization(k, out var second) && second >= 0 && second != org && !_er.Orgs[second].IsInstitution) Hit(second, RelationKind.Member, subject);
                break;
            }
        }
        // "..., as does Sudan": a state that shares the predicate.
        for (var k = p + 1; k < _v.Count && k <= p + 30; k++)
        {
            if (!(Is(k, ",") && Is(k + 1, "as") && IsAny(k + 2, "does", "do", "did", "is", "are", "was", "were"))) continue;
            Hit(org, RelationKind.Member, ReadList(k + 3, out _));
            break;
        }
    }

    /// <summary>
    /// "Six member states are currently suspended from the AU's activities ...: Mali, Guinea, ...": the states a colon
    /// lists after a verb whose subject counts member states.
    /// </summary>
    private List<Mention>? ColonListOfCountedStates(int verb)
    {
        var v = verb - 1;
        while (IsAny(v, WordsAre12)) v--;
        if (!IsAny(v, "states", "members", "countries", "member-states", "nations") || !(T(v - 1 - (IsAny(v, "states") && Is(v - 1, "member") ? 1 : 0)) is { } n
            && (n.Kind == TokenKind.Number || IsNumberWord(n.Text)))) return null;
        for (var k = verb + 1; k < _v.Count; k++)
        {
            if (Is(k, ";")) return null;
            if (Is(k, ":")) { var list = ReadList(k + 1, out var end); return end >= _v.Count - 2 ? list : null; }
        }
        return null;
    }

    /// <summary>"Angola, which left OPEC in 2024", "withdrew from the bloc": no longer members.</summary>
    /// <summary>"The African Union on Wednesday lifted the suspension of Gabon": back in, a member.</summary>
    private void SuspensionLifted(int p)
    {
        if (!Is(p + 1, "of") || !IsAny(p - 1, "the", "its", "their") || !IsAny(p - 2, "lifted", "lifts", "lift", "ended", "ends", "revoked", "lifting")) return;
        if (HasFutureMarker(p - 2) || IsAny(p - 3, "not", "n't", "to", "will", "would")) return;
        var list = ReadList(p + 2, out var end);
        if (list.Count == 0) return;
        // The organisation is the subject: the first one the sentence names before the verb, else the next one.
        var org = -1;
        for (var k = 0; k < p - 2 && org < 0; k++)
        {
            if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)))) org = om.Entity;
            // ("The union has also lifted the suspension of Guinea-Bissau": the noun the sentence opens with.)
            else if (k == 1 && Is(0, "the") && T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k))) org = Generic(W(k));
            if (CountryAt(k) is not null || M(k) is { Type: MentionType.Person }) return;
        }
        if (org < 0) return;
        Hit(org, RelationKind.Member, list);
    }

    /// <summary>
    /// "Ukraine, whose membership of the Council predates the war": a membership spoken of as a fact. Not an
    /// application, a bid, a suspension or a hope.
    /// </summary>
    private void WhoseMembership(int p)
    {
        // "Yemen, which has taken part in several of the council's bodies since 2001, has also sought full membership but
        // is not a member": on its way in, and not in yet.
        var soughtAt = Is(p - 1, "full") ? p - 2 : p - 1;
        // ("Afghanistan ... has asked for full membership": the same.)
        if (Is(soughtAt, "for") && Is(soughtAt - 1, "asked")) soughtAt--;
        // "Albania, Croatia and Macedonia, which are also seeking membership,": on their way in.
        if ((IsAny(soughtAt, "sought", "requested", "asked") && IsAny(soughtAt - 1, "has", "have", "also") || IsAny(soughtAt, "seeking", "seeks") && IsAny(soughtAt - 1, "is", "are", "also", "still"))
            && !HasFutureMarker(soughtAt) && !IsAny(soughtAt - 2, "not", "n't"))
        {
            var aux = Is(soughtAt - 1, "also") ? soughtAt - 2 : soughtAt - 1;
            var seekers = Subject(aux + (IsAny(aux, "has", "have") ? 0 : 1), out var notSeeking, out _);
            // Over a long relative clause: the state the sentence opens with.
            if (seekers.Count == 0 && !notSeeking && OpenerList(overApposition: true) is { Count: 1 } opener) seekers = opener;
            var into = OrgFor(p);
            if (notSeeking || seekers.Count == 0 || into < 0) return;
            Hit(into, RelationKind.Joining, seekers);
            if (Is(p + 1, "but") && IsAny(p + 2, "is", "are") && IsAny(p + 3, "not", "n't") && IsAny(p + 5, "member", "members")) Hit(into, RelationKind.NonMember, seekers);
            return;
        }
        // "Australia's membership of the Quad, with the US, Japan and India, and of AUKUS, with the US and Britain": the
        // state and those it is a member with.
        if (T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } membershipHolder && IsAny(p + 1, "of", "in"))
        {
            var k = p + 1;
            for (var round = 0; round < 3 && IsAny(k, "of", "in"); round++)
            {
                var heldIn = NamedOrganizationAt(k + 1, out var after);
                if (heldIn < 0) break;
                after = AfterAcronym(after);
                if (!(Is(after, ",") && Is(after + 1, "with") && ReadList(after + 2, out var withEnd) is { Count: > 0 } fellows)) break;
                Hit(heldIn, RelationKind.Member, new[] { membershipHolder });
                Hit(heldIn, RelationKind.Member, fellows);
                k = withEnd + 1;
                if (Is(k, ",")) k++;
                if (Is(k, "and")) k++;
            }
        }
        // "Syria's membership of the 22-member body has been suspended since 2011": a suspended member is a member; "Syria,
        // for its part, was not invited. Its membership of the 22-member Arab League has been suspended": "its" too.
        var holderOfIts = p == 1 && W(0) == "Its" ? ItState(0) : null;
        if ((T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is not null || holderOfIts is not null) && (holderOfIts ?? CountryAt(p - 2)) is { } suspendedHolder && IsAny(p + 1, "of", "in") && JoinsAnOrganization(p + 1, out var membershipSuspendedIn) && membershipSuspendedIn >= 0)
        {
            for (var k = p + 3; k < _v.Count && k <= p + 10; k++)
            {
                if (IsAny(k, ",", ";", ".")) break;
                if (IsAny(k, "suspended", "frozen") && IsAny(k - 1, "been", "was", "is", "remains", "remained", "were"))
                {
                    Hit(membershipSuspendedIn, RelationKind.Member, new[] { suspendedHolder });
                    break;
                }
            }
        }
        // "Syria's membership has been suspended since 2011": of the body the article speaks of.
        else if ((T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is not null || holderOfIts is not null) && (holderOfIts ?? CountryAt(p - 2)) is { } heldSuspended
            && (IsAny(p + 1, "was", "is", "remains", "remained", "were") && IsAny(p + 2, "suspended", "frozen") || IsAny(p + 1, "has", "had") && Is(p + 2, "been") && IsAny(p + 3, "suspended", "frozen"))
            && OrgFor(p) is var suspendedOf && suspendedOf >= 0)
        {
            Hit(suspendedOf, RelationKind.Member, new[] { heldSuspended });
        }
        // "Sweden's membership took effect on Thursday": an accession completed.
        if (T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } newMember
            && (IsAny(p + 1, "took", "takes") && Is(p + 2, "effect") || IsAny(p + 1, "became") && IsAny(p + 2, "effective", "official")
                || Is(p + 1, "came") && Is(p + 2, "into") && IsAny(p + 3, "force", "effect")))
        {
            var effectiveIn = OrgFor(p);
            // "Ghana's membership takes effect on July 1": the present of a date ahead, an accession to come.
            var ahead = Is(p + 1, "takes") && WhenAfter(p + 3) is { } aheadWhen && !IsRelativeToArticle(aheadWhen) && !IsBareYear(aheadWhen)
                && !aheadWhen.Equals("today", StringComparison.OrdinalIgnoreCase);
            if (effectiveIn >= 0) Hit(effectiveIn, ahead ? RelationKind.Joining : RelationKind.Member, new[] { newMember }, WhenAfter(p + 3));
            return;
        }
        // "Sudan has frozen its membership of the bloc": a member that stays away is a member. "Eritrea suspended its
        // membership of IGAD in 2007 and has not taken part since": a state that suspends its own membership is outside,
        // unless the sentence tells its return ("suspended its membership in 1992 and only returned in 2007").
        if (IsAny(p - 1, "its", "their") && IsAny(p - 2, "suspended", "froze", "frozen", "suspends", "freezes"))
        {
            var frozen = Subject(p - 2, out var notFrozen, out _);
            var frozenIn = IsAny(p + 1, "in", "of") && JoinsAnOrganization(p + 1, out var named) && named >= 0 ? named : OrgFor(p);
            var outside = IsAny(p - 2, "suspended", "suspends");
            for (var k = p + 1; k < _v.Count && outside; k++) if (IsAny(k, "returned", "rejoined", "resumed", "restored", "reinstated", "lifted", "back")) outside = false;
            if (!notFrozen && frozen.Count > 0 && frozenIn >= 0)
            {
                // A departure, which a return told later ends; one the headline already ended ("Eritrea returns to IGAD
                // after 16 years") is history.
                // Not "Indonesia, which rejoined in 2016, suspended its membership again the same year".
                if (outside) foreach (var r in _returns) if (r.Org == frozenIn && r.Sentence < _sentence && ContainsState(frozen, r.Country.Country)) outside = false;
                if (outside) Departure(frozenIn, frozen);
                else Hit(frozenIn, RelationKind.Member, frozen);
            }
            return;
        }
        // "The league froze Syria's membership in 2011": suspended, still a member, as "suspended Syria's membership" is.
        if (T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is not null && Is(p - 3, "froze"))
        {
            OrganizationSuspended(p - 3);
            return;
        }
        // "Mali, whose membership was suspended in 2022, was absent": a suspended member is a member.
        // "Honduras, whose OAS membership remains suspended after the coup": the organisation named before the noun.
        var whose = Is(p - 1, "whose") ? p - 1 : Is(p - 2, "whose") && M(p - 1) is { Type: MentionType.Organization } ownerOfMembership && ownerOfMembership.Entity >= 0 ? p - 2 : -1;
        // "Syria, whose membership of the league has been suspended since 2011": over the body it is a membership of.
        var of = -1;
        var v = p + 1;
        if (whose == p - 1 && IsAny(p + 1, "of", "in"))
        {
            var o = Is(p + 2, "the") ? p + 3 : p + 2;
            if (IsSizeWord(o)) o++;
            if (M(o) is { Type: MentionType.Organization } ofOrg && ofOrg.Entity >= 0)
            {
                of = ofOrg.Entity;
                while (o + 1 < _v.Count && M(o + 1) == ofOrg) o++;
                v = AfterAcronym(o + 1);
            }
        }
        if (whose > 0 && Is(whose - 1, ",") && CountryAt(whose - 2) is not null && IsAny(v, "was", "is", "has", "remains")
            && (IsAny(v + 1, "suspended", "frozen") || Is(v + 1, "been") && IsAny(v + 2, "suspended", "frozen")))
        {
            var suspendedIn = of >= 0 ? of : whose == p - 2 ? Ent(p - 1) : OrgFor(p);
            if (suspendedIn >= 0) Hit(suspendedIn, RelationKind.Member, ReadListBackward(whose - 2, out _, stopAtPreposition: false));
            return;
        }
        if (!IsAny(p + 1, "of", "in")) return;
        // "Sri Lanka has formally sought membership of the BRICS grouping ... and of its New Development Bank": an application.
        var seek = p - 1;
        if (IsAny(seek, "full")) seek--;
        if (IsAny(seek, "sought", "seeks", "seeking", "seek", "requested", "requests"))
        {
            var seekers = Subject(seek, out var notSeeking, out _);
            if (notSeeking || seekers.Count == 0) return;
            var sought = NamedOrganizationAt(p + 2, out var afterSought);
            if (sought < 0 && JoinsAnOrganization(p + 1, out var soughtGeneric)) sought = soughtGeneric;
            if (sought < 0) return;
            Hit(sought, RelationKind.Joining, seekers);
            for (var k = Math.Max(afterSought, p + 2); k < _v.Count && k <= p + 16; k++)
            {
                if (!(Is(k, "and") && Is(k + 1, "of"))) continue;
                var a = k + 2;
                if (IsAny(a, "its", "the")) a++;
                if (M(a) is { Type: MentionType.Organization } also && also.Entity >= 0) Hit(also.Entity, RelationKind.Joining, seekers);
                break;
            }
            return;
        }
        // "Tanzania left the bloc in 2000, choosing to concentrate on its membership of SADC and the EAC": the state's
        // memberships it keeps.
        if (Is(p - 1, "its") && IsAny(p - 2, "on", "to") && IsAny(p - 3, "concentrate", "focus", "committed", "attached")
            && ReadList(0, out var holderEnd) is { Count: 1 } holders && holders[0] is var holder && T(holderEnd + 1).IsWord && !T(holderEnd + 1).IsCapitalized
            && NamedOrganizationAt(p + 2, out var afterFirst) is var held && held >= 0)
        {
            Hit(held, RelationKind.Member, new[] { holder });
            afterFirst = AfterAcronym(afterFirst);
            if (Is(afterFirst, "and") && NamedOrganizationAt(afterFirst + 1, out _) is var alsoHeld && alsoHeld >= 0) Hit(alsoHeld, RelationKind.Member, new[] { holder });
            return;
        }
        List<Mention> subject;
        if (Is(p - 1, "whose") && Is(p - 2, ",") && CountryAt(p - 3) is not null) subject = ReadListBackward(p - 3, out _, stopAtPreposition: false);
        else return;
        if (subject.Count == 0) return;
        var q = p + 2;
        if (Is(q, "the")) q++;
        int org;
        if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) org = Ent(q);
        else if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) org = Generic(W(q));
        else if (T(q).IsCapitalized && Is(q - 1, "the") && _main >= 0 && _er.Orgs[_main].Name is { } mainName
                 && mainName.StartsWith(W(q) + " ", StringComparison.Ordinal)) org = _main; // "the Council" of the Council of Europe
        else return;
        for (var k = Math.Max(0, p - 30); k < _v.Count && k <= p + 15; k++)
        {
            if (IsAny(k, WordsApplication20)) return;
        }
        Hit(org, RelationKind.Member, subject);
    }

    /// <summary>
    /// "Armenia, which has frozen its participation in the Russian-led security alliance, the CSTO", "Prime Minister X
    /// froze his country's participation in the bloc": a member that stays away is still a member.
    /// </summary>
    private static readonly string[] WordsPartyAdverbs = { "also", "already", "still", "now", "formally", "not", "n't", "never", "yet" };

    /// <summary>"is not a party.", "are parties as well", "is not a party either": no "to" and no body after the noun.</summary>
    private bool PartyEndsClause(int p) => p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";", "either", "too", "also") || Is(p + 1, "as") && Is(p + 2, "well");

    /// <summary>
    /// "South Korea is not a party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, or CPTPP":
    /// a state party to an agreement is its member, one that is not is outside it.
    /// </summary>
    private void PartyTo(int p)
    {
        // "Fiji, Samoa, Tonga and Vanuatu ... are not parties to the agreement": the plural has no article.
        var plural = Is(p, "parties");
        // "Hungary has been a contracting party to GATT since 1973": over the kind of party.
        var adjective = IsAny(p - 1, "contracting", "founding", "full", "original", "signatory") ? 1 : 0;
        // "The United Kingdom now takes part in ICCAT as a contracting party in its own right": a member of the body.
        if (!plural && Is(p - 1 - adjective, "a") && Is(p - 2 - adjective, "as") && M(p - 3 - adjective) is { Type: MentionType.Organization, Entity: >= 0 } partIn)
        {
            var k = p - 3 - adjective;
            while (k > 0 && M(k - 1) == partIn) k--;
            if (Is(k - 1, "the")) k--;
            var verb = Is(k - 1, "in") && Is(k - 2, "part") && IsAny(k - 3, "take", "takes", "took", "taking") ? k - 3 : Is(k - 1, "in") && IsAny(k - 2, "participates", "participate", "participated") ? k - 2 : -1;
            if (verb > 0 && !_er.Orgs[partIn.Entity].IsInstitution && !HasFutureMarker(verb) && Subject(verb, out var notParty, out _) is { Count: > 0 } party && !notParty) Hit(partIn.Entity, RelationKind.Member, party);
            return;
        }
        // "Costa Rica ... is not a party.", "Sweden and Finland ... are parties as well.": the article's one treaty, bare.
        // "They are also parties, with the United States, El Salvador and Costa Rica, to the CAFTA-DR": the states between
        // commas are parties too.
        var to = p + 1;
        List<Mention>? fellowParties = null;
        if (plural && Is(p + 1, ",") && Is(p + 2, "with") && ReadList(p + 3, out var fellowsEnd) is { Count: > 0 } fellowList && Is(fellowsEnd + 1, ",") && Is(fellowsEnd + 2, "to"))
        {
            fellowParties = fellowList;
            to = fellowsEnd + 2;
        }
        var bare = !Is(to, "to") && PartyEndsClause(p);
        if (!Is(to, "to") && !bare || !plural && !IsAny(p - 1 - adjective, "a", "an")) return;
        var org = bare ? OnlyRatifiable() : NamedOrganizationAt(to + 1, out _);
        if (org < 0 && !bare && !JoinsAnOrganization(to, out org)) org = -1;
        // "the agreement", "the 1947 pact": the article's one pact or treaty.
        var pactAt = Is(to + 1, "the") && T(to + 2).Kind == TokenKind.Number ? to + 3 : to + 2;
        if (org < 0 && Is(to + 1, "the") && IsAny(pactAt, "agreement", "treaty", "pact", "convention")) org = OnlyRatifiable();
        // "not a party to the Rio Treaty": a treaty's short name, for the article's one pact.
        if (org < 0 && Is(to + 1, "the") && T(to + 2).IsCapitalized && M(to + 2) is null && IsAny(to + 3, "Treaty", "Pact")) org = OnlyRatifiable();
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        // "Colombia ... together with the United States, Brazil and Argentina, all parties to the 1947 pact": in apposition.
        if (plural && IsAny(p - 1, "all", "both") && Is(p - 2, ",") && CountryAt(p - 3) is not null)
        {
            var parties = ReadListBackward(p - 3, out var partiesStart, stopAtPreposition: false);
            var withAt = Is(partiesStart - 1, "the") ? partiesStart - 2 : partiesStart - 1;
            if (Is(withAt, "alongside") || Is(withAt, "with") && IsAny(withAt - 1, "together", "along"))
            {
                // "... led the push together with A, B and C, all parties": the subject, too.
                var leader = OpenerList(overApposition: true);
                if (leader is { Count: > 0 }) parties.AddRange(leader);
            }
            Hit(org, RelationKind.Member, parties);
            return;
        }
        var c = (plural ? p - 1 : p - 2) - adjective;
        var negated = false;
        while (c >= 0 && c >= p - 5 - adjective && IsAny(c, WordsPartyAdverbs)) { negated |= IsAny(c, "not", "n't", "never"); c--; }
        if (c < 0 || !IsCopula(W(c).ToLowerInvariant())) return;
        var subject = Subject(c, out var subjectNegated, out _);
        if (subject.Count == 0) return;
        Hit(org, negated || subjectNegated ? RelationKind.NonMember : RelationKind.Member, subject);
        if (negated || subjectNegated) return;
        if (fellowParties is not null) Hit(org, RelationKind.Member, fellowParties);
        // "Hungary is still a contracting party to the Zentral Fisheries Commission (ZFC), the London-based body that regulates
        // fishing in the north, alongside Norway, Iceland and the United Kingdom": over the apposition that describes it.
        for (var k = to + 2; k + 1 < _v.Count && k <= to + 32; k++)
        {
            if (IsAny(k, ";", ".", "but", "while") || M(k) is { Type: MentionType.Organization } other && other.Entity >= 0 && other.Entity != org) break;
            // ("Peru, which remains a party to the treaty along with Chile, Colombia and the United States": no comma.)
            if ((Is(k, ",") ? AlongWith(k + 1) : AlongWith(k)) is var along && along > 0)
            {
                if (ReadList(along, out _) is { Count: > 0 } fellows) Hit(org, RelationKind.Member, fellows);
                break;
            }
        }
    }

    private static readonly string[] WordsFrozenImplicit = { "have", "has", "had", "formally", "also", "then", "later" };

    private void FrozenParticipation(int p)
    {
        // "In April last year, Argentina, Brazil, ... and Peru suspended their participation, and ...": in the organisation
        // the text is about.
        var implicitOrg = p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";");
        if (!Is(p + 1, "in") && !implicitOrg) return;
        var v = p - 1;
        Mention? own = null;
        if (IsAny(v, "its", "their")) v--;
        else if (T(v).Kind == TokenKind.Possessive && Is(v - 1, "country") && IsAny(v - 2, "his", "her")) v -= 3;
        else return;
        if (!IsAny(v, "froze", "frozen", "suspended", "freezing", "freezes")) return;
        var org = -1;
        if (implicitOrg)
        {
            if (!IsAny(v - 1, WordsFrozenImplicit) && CountryAt(v - 1) is null) return;
            org = SentenceOrgBefore(v);
            if (org < 0) org = PreviousSentenceOrg() ?? _main;
        }
        else if (!JoinsAnOrganization(p + 1, out org)) return;
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        List<Mention> subject;
        if (W(p - 1).Length > 0 && T(p - 1).Kind == TokenKind.Possessive)
        {
            // The speaker of the title is the subject: "Armenian Prime Minister Tigran Avetisyan froze his country's".
            var s = v - 1;
            while (IsAny(s, "has", "had", "have")) s--;
            if (M(s) is { Type: MentionType.Person } person) own = TitleCountry(person);
            subject = new List<Mention>();
            if (own is not null) subject.Add(own);
        }
        else
        {
            subject = Subject(v, out var negated, out _);
            if (negated) return;
        }
        if (subject.Count > 0) Hit(org, RelationKind.Member, subject);
    }

    /// <summary>
    /// "Sudan is one of six member states currently suspended from the AU. The others are Mali, Burkina Faso ...": the
    /// rest of a set the previous sentence counted, with the relation it gave its one named state.
    /// </summary>
    private void OthersCue(int p)
    {
        if (!(p == 1 && Is(0, "the") && IsAny(p + 1, "are", "were", "include", "included"))) return;
        var list = ReadList(p + 2, out _);
        if (list.Count == 0) return;
        int org = -1;
        var kind = RelationKind.Member;
        var found = false;
        for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence >= _sentence - 1; i--)
        {
            var r = Relations[i];
            if (r.Sentence != _sentence - 1) continue;
            if (found && (r.Org != org || r.Kind != kind)) return;
            org = r.Org;
            kind = r.Kind;
            found = true;
        }
        if (!found) return;
        // The previous sentence must have counted the set: "one of six", "one of the five".
        var prev = _doc.Sentences[_sentence - 1];
        var counted = false;
        for (var i = prev.FirstToken; i + 2 <= prev.LastToken && !counted; i++)
        {
            if (_t[i].Text.Equals("one", StringComparison.OrdinalIgnoreCase) && _t[i + 1].Text == "of") counted = true;
        }
        if (counted) Hit(org, kind, list);
    }

    /// <summary>
    /// "left the treaty" in an article about the Collective Security Treaty Organization: a lower-case noun that is a
    /// word of an organisation's name (the main one first) stands for it. Returns the organisation, or -1.
    /// </summary>
    private int NameWordOf(int q)
    {
        if (q >= _v.Count || !T(q).IsWord || T(q).IsCapitalized || W(q).Length < 4 || M(q) is not null || OrganizationWords.IsEventWord(W(q))) return -1;
        if (!IsAny(q + 1, WordsIn15) && q + 1 < _v.Count) return -1;
        var word = " " + W(q) + " ";
        if (_main >= 0 && _er.Orgs[_main].Name is { } mainName && (" " + mainName + " ").IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return _main;
        return -1;
    }

    /// <summary>"Mali, Burkina Faso and Niger, which formed their own confederation after leaving the regional bloc ECOWAS".</summary>
    private void LeavingCue(int p)
    {
        // "Bolivia's new interim government said it was withdrawing the country from ALBA": over the state as the object.
        var from = Is(p + 1, "from") ? p + 1 : Is(p + 1, "the") && IsAny(p + 2, "country", "nation") && Is(p + 3, "from") ? p + 3 : p;
        if (IsAny(p - 1, "are", "were", "is", "was") && JoinsAnOrganization(from, out var leftOrg) && leftOrg >= 0 && !Is(from + 1, "in"))
        {
            // "Mali, Burkina Faso and Niger announced that they were leaving ECOWAS": on the way out, no longer counted in.
            var leaving = Subject(p - 1, out var notLeaving, out _);
            if (leaving.Count > 0 && !notLeaving) Departure(leftOrg, leaving, announced: true);
            return;
        }
        if (!IsAny(p - 1, "after", "since", "upon")) return;
        if (!JoinsAnOrganization(p, out var org) || org < 0 || Is(p + 1, "in") || p + 1 >= _v.Count) return;
        var subject = ClauseSubject(p - 1);
        if (subject.Count > 0) Departure(org, subject);
    }

    /// <summary>
    /// "The exit of Mali, Burkina Faso and Niger in January reduced the community from 15 members to 12": the states
    /// whose departure is told, out of the organisation named after "from" or as the sentence's object.
    /// </summary>
    private void ExitOfCue(int p)
    {
        if (!Is(p + 1, "of")) return;
        var list = ReadList(p + 2, out var end);
        if (list.Count == 0) return;
        for (var k = Math.Max(0, p - 20); k < _v.Count && k <= end + 20; k++) if (IsAny(k, WordsWill9)) return;
        var org = OrgAfter(end + 1);
        if (org < 0) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        Departure(org, list);
    }

    /// <summary>The organisation this sentence names last before view position p, across clauses, or -1.</summary>
    private int SentenceOrgBefore(int p)
    {
        for (var k = p - 1; k >= 0 && k >= p - 40; k--)
        {
            if (M(k) is { Type: MentionType.Organization } named && named.Entity >= 0 && !_er.Orgs[named.Entity].IsInstitution
                && _er.At(named.Last + 1) is not { Type: MentionType.Person }) return Ent(k);
        }
        return -1;
    }

    /// <summary>
    /// "The new grouping of twenty states, which newspapers have begun to call the "Zentral group,": the body a relative
    /// clause on the sentence's generic subject names it by, or -1.
    /// </summary>
    private int SubjectCalled()
    {
        if (!Is(0, "the")) return -1;
        var open = 1;
        while (open < _v.Count && open <= 10 && !Is(open, ",")) open++;
        if (!Is(open, ",") || !IsAny(open + 1, "which", "that") || !T(open - 1).IsWord || !(OrganizationWords.IsGenericNoun(W(open - 1)) || IsAny(open - 1, "states", "countries", "nations"))) return -1;
        var close = open + 2;
        while (close < _v.Count && close <= open + 20 && !Is(close, ",")) close++;
        return Is(close, ",") ? NamedInRelativeClause(open + 2, close) : -1;
    }

    /// <summary>
    /// The body a relative clause between view positions <paramref name="from"/> and <paramref name="to"/> names its antecedent
    /// by ("which newspapers have begun to call the "Zentral group"", "which delegates dubbed the Zentral Group"), or -1.
    /// </summary>
    private int NamedInRelativeClause(int from, int to)
    {
        for (var k = from; k < to && k < _v.Count; k++)
        {
            if (!IsAny(k, "call", "calls", "called", "calling", "dub", "dubbed", "dubbing", "name", "named", "naming", "nicknamed")) continue;
            var at = k + 1;
            if (Is(at, "it") || Is(at, "them")) at++;
            if (Is(at, "the")) at++;
            return M(at) is { Type: MentionType.Organization } called && called.Entity >= 0 && !(T(at).IsWord && !T(at).IsCapitalized) ? Ent(at) : -1;
        }
        return -1;
    }

    /// <summary>Whether the sentence names no organisation before view position <paramref name="p"/> other than <paramref name="org"/>.</summary>
    private bool OnlyOrganizationBefore(int p, int org)
    {
        for (var k = 0; k < p; k++) if (M(k) is { Type: MentionType.Organization } named && named.Entity >= 0 && Ent(k) != org) return false;
        return true;
    }

    /// <summary>The organisation a clause names after view position <paramref name="from"/> ("reduced the community"), or -1.</summary>
    private int OrgAfter(int from)
    {
        for (var k = from; k < _v.Count && k <= from + 30; k++)
        {
            if (M(k) is { Type: MentionType.Organization, Modifier: false } named && named.Entity >= 0 && !(T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)))) return named.Entity;
            if (T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)) && IsAny(k - 1, "the")) return Generic(W(k));
            if (IsAny(k, ";", "but", "while")) break;
        }
        return -1;
    }

    /// <summary>
    /// The subject of the clause an adverbial phrase at view position <paramref name="k"/> belongs to: the antecedent
    /// of ", which/who" before it, or the states at the sentence's start (or, with <paramref name="whileClause"/>, at the
    /// start of a ", while" clause).
    /// </summary>
    private static readonly string[] OfficeHolders = { "ministers", "leaders", "presidents", "representatives", "delegates", "heads", "governments", "parliaments", "ambassadors", "envoys", "delegations" };

    /// <summary>
    /// "the foreign ministers of Egypt, Syria and Oman", "energy ministers from ...", "the Ambassadors of ...", "the
    /// governments of ...": where the states whose office holders a phrase at <paramref name="at"/> names begin; else -1.
    /// </summary>
    private int StatesOfOfficeHolders(int at)
    {
        var office = Is(at, "the") ? at + 1 : at;
        if (T(office).IsWord && !T(office).IsCapitalized && IsAny(office + 1, OfficeHolders)) office++;
        if (!IsAny(office, OfficeHolders) || !IsAny(office + 1, "of", "from")) return -1;
        // "brings together the heads of the water management agencies of A, B and C": over the national bodies they head.
        if (Is(office, "heads") && Is(office + 2, "the"))
        {
            var of = office + 3;
            while (of < _v.Count && of <= office + 7 && T(of).IsWord && !T(of).IsCapitalized && !Is(of, "of")) of++;
            if (Is(of, "of") && IsAny(of - 1, "agencies", "ministries", "authorities", "services", "departments", "governments")) office = of - 1;
        }
        // ("by the leaders of Yugoslavia, Egypt, Indonesia and Ghana": a state of the past may open the list.)
        return CountryAt(office + 2) is not null || Is(office + 2, "the") && CountryAt(office + 3) is not null
            || T(office + 2).IsWord && T(office + 2).IsCapitalized && M(office + 2) is null && Is(office + 3, ",") && CountryAt(office + 4) is not null ? office + 2 : -1;
    }

    /// <summary>
    /// "The defence ministers of France, Germany, Italy and Poland have signed a letter of intent ..., under a project they
    /// have named the Zentral Strike Approach (ZSA)": the states the sentence opens with named, and so make up, the body.
    /// </summary>
    private void TheyNamedTheBody(int p)
    {
        var they = IsAny(p - 1, "have", "had") ? p - 2 : p - 1;
        if (!Is(they, "they") || !(Is(p + 1, "the") && M(p + 2) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(p + 2).IsCapitalized)) return;
        if (_er.Orgs[om.Entity].IsInstitution || HasFutureMarker(p)) return;
        var opener = OpenerList();
        if (opener is null && Is(0, "the"))
        {
            // "The defence ministers of A, B and C": the states whose office holders open the sentence.
            if (StatesOfOfficeHolders(0) is var officesAt && officesAt > 0 && ReadList(officesAt, out var officeEnd) is { Count: > 1 } offices
                && T(officeEnd + 1).IsWord && !T(officeEnd + 1).IsCapitalized) opener = offices;
        }
        if (opener is not { Count: > 1 }) return;
        for (var k = 0; k < they; k++) if (M(k) is { Type: MentionType.Organization }) return;
        Hit(om.Entity, RelationKind.Member, opener);
    }

    /// <summary>
    /// "... one of the five members of the Zentral Five (Z5), a grouping set up in 2014 with Chad, Mali, Mauritania and Niger":
    /// the states named after "with" in a participle that describes the body in apposition.
    /// </summary>
    private bool SetUpWithInApposition(int p)
    {
        if (!T(p - 1).IsWord || !OrganizationWords.IsGenericNoun(W(p - 1)) || ApposedOrganization(p - 1, anyArticle: true) is not (var body and >= 0)) return false;
        for (var k = p + 2; k < _v.Count && k <= p + 9; k++)
        {
            if (IsAny(k, ",", ";", ".", "by") || M(k) is { Type: MentionType.Country or MentionType.Organization }) return false;
            if (!Is(k, "with")) continue;
            if (ReadList(k + 1, out _) is not { Count: > 0 } with) return false;
            Hit(body, RelationKind.Member, with);
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when a body is named right at <paramref name="at"/> ("the ZTO", "NATO", "the alliance") and the clause goes on
    /// without a condition ("until 2030", "unless", "before", "while").
    /// </summary>
    private bool NamesABodyUntilClauseEnd(int at)
    {
        if (!(M(at) is { Type: MentionType.Organization } || Is(at, "the") && (M(at + 1) is { Type: MentionType.Organization } || T(at + 1).IsWord && OrganizationWords.IsGenericNoun(W(at + 1))))) return false;
        for (var k = at + 1; k < _v.Count && k <= at + 14; k++)
        {
            if (IsAny(k, ",", ";", ".")) break;
            if (IsAny(k, "until", "unless", "before", "while", "if", "as", "yet")) return false;
        }
        return true;
    }

    /// <summary>
    /// "Uganda is one of Kenya's four partners in the five-nation Zentral Community (ZC), along with Tanzania, Rwanda and
    /// Burundi": a state's partners in a body are its fellow members, not the body's partners (and the number counts them
    /// without the state).
    /// </summary>
    private bool StatesPartnersInABody(int n, int partners)
    {
        if (T(n - 1).Kind != TokenKind.Possessive || CountryAt(n - 2) is not { } state || !Is(partners + 1, "in")) return false;
        var at = partners + 2;
        if (Is(at, "the")) at++;
        if (IsSizeWord(at)) at++;
        var org = NamedOrganizationAt(at, out var orgEnd);
        if (org < 0 || _er.Orgs[org].IsInstitution) return false;
        var members = new List<Mention> { state };
        var of = n - 3;
        if (Is(of, "of") && IsAny(of - 1, "one", "among") && IsAny(of - 2, "is", "was", "are", "were", "remains") && Subject(of - 2, out var notOne, out _) is { Count: > 0 } one && !notOne) members.AddRange(one);
        var after = AfterAcronym(orgEnd);
        if (Is(after, ",") && AlongWith(after + 1) is var along && along > 0 && ReadList(along, out _) is { Count: > 0 } fellows) members.AddRange(fellows);
        Hit(org, RelationKind.Member, members);
        return true;
    }

    /// <summary>
    /// "Portugal is a member of the European Union, Brazil a founding member of Mercosur, and ...": the copula of the first
    /// clause, left out of the second.
    /// </summary>
    private bool GappedCopulaMember(int p)
    {
        if (!Is(p, "member") || !Is(p + 1, "of")) return false;
        var d = p - 1;
        if (IsAny(d, "founding", "full", "original", "key", "leading")) d--;
        if (!IsAny(d, "a", "an") || CountryAt(d - 1) is null) return false;
        var states = ReadListBackward(d - 1, out var start, stopAtPreposition: false);
        if (states.Count == 0 || !Is(start - 1, ",")) return false;
        var firstClause = false;
        for (var k = start - 2; k >= 1 && k >= start - 20 && !firstClause; k--)
        {
            if (IsAny(k, ";", ".")) return false;
            if (IsAny(k, "is", "was", "are", "were") && CountryAt(k - 1) is not null)
                for (var m = k + 1; m < start - 1 && m <= k + 4; m++) if (IsAny(m, "member", "members") && Is(m + 1, "of")) firstClause = true;
        }
        if (!firstClause) return false;
        var org = NamedOrganizationAt(p + 2, out _);
        if (org < 0 || _er.Orgs[org].IsInstitution) return false;
        Hit(org, RelationKind.Member, states);
        return true;
    }

    /// <summary>
    /// "Fiji is active in the Zentral Group, which it joined in 1996", "... its fellow members of BRICS, the bloc it joined in
    /// 2010": "it" is the one state the sentence opens with, when no other state stands between.
    /// </summary>
    private bool ItJoinedTheAntecedent(int p, string? when)
    {
        if (!Is(p, "joined") || !Is(p - 1, "it")) return false;
        int antecedent;
        if (Is(p - 2, "which") && Is(p - 3, ",")) antecedent = p - 4;
        else if (T(p - 2).IsWord && OrganizationWords.IsGenericNoun(W(p - 2)) && Is(p - 3, "the") && Is(p - 4, ",")) antecedent = p - 5;
        else return false;
        if (Is(antecedent, ")") && Is(antecedent - 2, "(")) antecedent -= 3;
        if (M(antecedent) is not { Type: MentionType.Organization } om || om.Entity < 0 || _er.Orgs[om.Entity].IsInstitution) return false;
        if (OpenerList() is not { Count: 1 } opener) return false;
        var openerEnd = Is(0, "the") ? 1 : 0;
        while (openerEnd + 1 < _v.Count && M(openerEnd + 1) == opener[0]) openerEnd++;
        for (var k = openerEnd + 1; k < p; k++) if (M(k) is { Type: MentionType.Country or MentionType.Person }) return false;
        Hit(om.Entity, RelationKind.Member, opener, when);
        return true;
    }

    /// <summary>
    /// "Lithuania and Estonia did not sign the treaty even after joining the ZTO in 2004", "After joining the ZTO in 2004,
    /// Malta signed ...": the subject of the clause the joining is told in joined.
    /// </summary>
    private bool JoinedBeforeTheClause(int p, int org, string? when)
    {
        if (!Is(p, "joining") || !IsAny(p - 1, "after", "since") || org < 0 || _er.Orgs[org].IsInstitution || HasFutureMarker(p)) return false;
        // Only a body named after the verb ("after joining the talks" is no membership).
        if (!(M(p + 1) is { Type: MentionType.Organization } || Is(p + 1, "the") && (M(p + 2) is { Type: MentionType.Organization } || T(p + 2).IsWord && OrganizationWords.IsGenericNoun(W(p + 2))))) return false;
        List<Mention> joined;
        if (p - 1 == 0)
        {
            var comma = p + 1;
            while (comma < _v.Count && comma <= p + 12 && !IsAny(comma, ",", ";", ".")) comma++;
            if (!Is(comma, ",")) return false;
            joined = ReadList(comma + 1, out var joinedEnd);
            if (!(T(joinedEnd + 1).IsWord && !T(joinedEnd + 1).IsCapitalized)) return false;
        }
        else joined = ClauseSubject(IsAny(p - 2, "even", "only", "shortly", "soon", "just") ? p - 2 : p - 1);
        if (joined.Count == 0) return false;
        Hit(org, RelationKind.Member, joined, when);
        return true;
    }

    /// <summary>
    /// "Finland and Sweden, which are not members but take part in ZTO exercises as partners,": partners of the named body
    /// whose work the clause's subject takes part in.
    /// </summary>
    private bool TakesPartAsPartners(int p)
    {
        var asAt = Is(p, "partners") ? p - 1 : Is(p, "partner") && IsAny(p - 1, "a") ? p - 2 : -1;
        // (Not "take part in the ZTO relationship only as partners in specific projects": partners in something else.)
        if (!Is(asAt, "as") || !(p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";", "and", "but", "since"))) return false;
        var verb = -1;
        for (var k = asAt - 1; k >= 1 && k >= asAt - 9 && verb < 0; k--)
        {
            if (IsAny(k, ",", ";", ".")) return false;
            if (Is(k, "part") && IsAny(k - 1, "take", "takes", "took", "taking", "taken")) verb = k - 1;
            else if (IsAny(k, "participate", "participates", "participated", "participating")) verb = k;
        }
        if (verb < 0) return false;
        var org = -1;
        for (var k = verb + 1; k < asAt && org < 0; k++) if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0) org = om.Entity;
        if (org < 0 || _er.Orgs[org].IsInstitution || HasFutureMarker(p)) return false;
        var subject = Subject(verb, out var negated, out _);
        if (subject.Count == 0 && !negated) subject = ClauseSubject(verb);
        if (negated || subject.Count == 0) return false;
        Hit(org, RelationKind.DialoguePartner, subject);
        return true;
    }

    private List<Mention> ClauseSubject(int k, bool whileClause = false)
    {
        for (var q = k - 1; q >= 2 && q >= k - 30; q--)
        {
            if (Is(q, ";") || T(q).Kind == TokenKind.Dash) break;
            if (IsAny(q, "which", "who", "whose") && Is(q - 1, ",") && CountryAt(q - 2) is not null) return ReadListBackward(q - 2, out _, stopAtPreposition: false);
            if (IsAny(q, "which", "who", "whose") && Is(q - 1, "and") && Is(q - 2, ","))
            {
                // "Armenia, which has frozen ..., and whose parliament passed a law launching a bid": the first relative's antecedent.
                for (var r = q - 3; r >= 2 && r >= q - 40; r--)
                {
                    if (Is(r, ";") || IsAny(r, "said", "says")) break;
                    if (IsAny(r, "which", "who", "whose") && Is(r - 1, ",") && CountryAt(r - 2) is not null) return ReadListBackward(r - 2, out _, stopAtPreposition: false);
                }
                break;
            }
            // "..., while the Philippines cooperates with the commission as a non-member": the states opening the clause.
            if (whileClause && IsAny(q, "while", "whereas") && Is(q - 1, ",") && ReadList(q + 1, out var clauseHeadEnd) is { Count: > 0 } clauseHead
                && T(clauseHeadEnd + 1).IsWord && !T(clauseHeadEnd + 1).IsCapitalized && !HasMentionBetween(clauseHeadEnd + 1, k)) return clauseHead;
            if (Is(q, ",")) break;
        }
        var first = IsAny(0, "the") ? 1 : 0;
        if (k > 60) return new List<Mention>();
        var head = ReadList(first, out var headEnd);
        if (head.Count == 0 || !(T(headEnd + 1).IsWord && !T(headEnd + 1).IsCapitalized) || HasMentionBetween(headEnd + 1, k)) return new List<Mention>();
        return head;
    }

    /// <summary>True when a state, a person, a body or a pronoun stands between view positions <paramref name="from"/> and <paramref name="to"/> (excluded).</summary>
    private bool HasMentionBetween(int from, int to)
    {
        for (var q = from; q < to; q++)
        {
            if (M(q) is { Type: MentionType.Country or MentionType.Person or MentionType.Body } || IsAny(q, WordsIt9)) return true;
        }
        return false;
    }

    /// <summary>The first view position of mention <paramref name="m"/>, which covers position <paramref name="p"/>.</summary>
    private int StartOf(int p, Mention m)
    {
        while (p > 0 && M(p - 1) == m) p--;
        return p;
    }

    private void LeftCue(int p)
    {
        // ("..., from which South Africa was expelled in 1961": the body the clause hangs on, read by ExcludedFrom.)
        if (Is(p, "expelled") && IsAny(p - 1, "was", "were") && CountryAt(p - 2) is { } expelledState && StartOf(p - 2, expelledState) is var expelledAt
            && Is(expelledAt - 1, "which") && Is(expelledAt - 2, "from")) return;
        if (IsAny(p, "withdrawal", "exit") && Is(p + 1, "of") && IsAny(p - 1, "the"))
        {
            ExitOfCue(p);
            return;
        }
        // "The Community has been without Rwanda since that country left the bloc in 2007": "that country" is the state just
        // named.
        if (IsAny(p, "left", "quit", "withdrew") && Is(p - 1, "country") && Is(p - 2, "that") && IsAny(p - 3, "since", "after", "when")
            && JoinsAnOrganization(Is(p + 1, "from") ? p + 1 : p, out var thatLeft) && thatLeft >= 0 && !_er.Orgs[thatLeft].IsInstitution)
        {
            for (var k = p - 4; k >= 0; k--)
            {
                if (CountryAt(k) is not { } thatCountry) continue;
                Departure(thatLeft, new List<Mention> { thatCountry });
                break;
            }
            return;
        }
        // "Ghana was the first country to leave the ZTO": a departure told with a superlative, as a join is.
        if (IsAny(p, "leave", "quit", "withdraw", "exit") && Is(p - 1, "to") && JoinsAnOrganization(Is(p + 1, "from") ? p + 1 : p, out var firstLeftOrg) && firstLeftOrg >= 0
            && SuperlativeSubject(p - 1, out var leavingLater) is { Count: > 0 } firstToLeave)
        {
            if (!leavingLater) Departure(firstLeftOrg, firstToLeave);
            return;
        }
        // "Nicaragua's withdrawal took effect in November 2023": the departure done.
        var tookEffect = IsAny(p + 1, "took", "takes", "had", "has") && (Is(p + 2, "effect") || IsAny(p + 2, "taken") && Is(p + 3, "effect"));
        // "Venezuela, whose withdrawal from the Organization of American States (OAS) takes effect next month,": the relative.
        var whoseLeaver = IsAny(p, "withdrawal", "exit", "departure") && Is(p - 1, "whose") && Is(p - 2, ",") ? CountryAt(p - 3) : null;
        if (whoseLeaver is not null && Is(p + 1, "from") && JoinsAnOrganization(p + 1, out var whoseFrom) && whoseFrom >= 0)
        {
            for (var k = p + 2; k < _v.Count && k <= p + 20; k++) if (IsAny(k, WordsWill11)) return;
            Departure(whoseFrom, new List<Mention> { whoseLeaver });
            return;
        }
        if (IsAny(p, "withdrawal", "exit", "departure") && T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } leaver
            && (Is(p + 1, "in") && T(p + 2).Kind == TokenKind.Number || Is(p + 1, "from") || tookEffect))
        {
            // "Venezuela's exit in 2006 reduced the community from five members to four": a departure told as a fact.
            var o = -1;
            if (Is(p + 1, "from") && !JoinsAnOrganization(p + 1, out o)) return;
            if (o < 0) o = OrgAfter(p + 1);
            // "The EU last grew in 2013 ...; Britain's departure in 2020 brought the number back to 27".
            if (o < 0) o = SentenceOrgBefore(p);
            if (o < 0) o = OrgFor(p, forward: false);
            if (o < 0) return;
            for (var k = Math.Max(0, p - 20); k < _v.Count && k <= p + 20; k++) if (IsAny(k, WordsWill11)) return;
            Departure(o, new List<Mention> { leaver });
            return;
        }
        // "The Maldives yesterday announced its withdrawal from the Commonwealth": a departure announced by the state.
        // "Colombia formally notified on Monday its withdrawal from Unasur": over the day between the verb and "its".
        var announcedVerb = p - 2;
        while (announcedVerb > 1 && announcedVerb >= p - 5 && (TimeWords.IsWeekday(W(announcedVerb)) || IsAny(announcedVerb, "on", "yesterday", "today", "formally", "officially"))) announcedVerb--;
        if (IsAny(p, "withdrawal", "exit", "departure") && IsAny(p - 1, "its", "their") && IsAny(announcedVerb, "announced", "confirmed", "declared", "notified") && Is(p + 1, "from")
            && JoinsAnOrganization(p + 1, out var announcedFrom) && announcedFrom >= 0)
        {
            var announcer = Subject(announcedVerb, out var notAnnounced0, out _);
            // "formally notified": a past verb's adverb is no future marker.
            var future = HasFutureMarker(announcedVerb) && !(IsAny(announcedVerb - 1, "formally", "officially") && !HasFutureMarker(announcedVerb - 1));
            if (!notAnnounced0 && announcer.Count > 0 && !future) Departure(announcedFrom, announcer, announced: true);
            return;
        }
        // "Colombia announced its withdrawal later that year": a departure told without its object.
        // "..., and Colombia later notified its withdrawal, which has taken effect."
        if (IsAny(p, "withdrawal", "exit") && IsAny(p - 1, "its", "their") && IsAny(p - 2, "announced", "completed", "confirmed", "notified")
            && !Is(p + 1, "from") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", "later", "in", "on", "last", "this")))
        {
            var announcedBy = Subject(p - 2, out var notAnnounced, out _);
            var from = OrgFor(p);
            if (!notAnnounced && announcedBy.Count > 0 && from >= 0) Departure(from, announcedBy);
            return;
        }
        // "Morales said Bolivia would not leave the Andean Community": a member that is staying.
        if (Is(p, "leave") && IsAny(p - 1, "not", "n't") && IsAny(p - 2, "would", "will", "wo", "does", "do") && JoinsAnOrganization(p, out var staysIn) && staysIn >= 0)
        {
            var staying = Subject(p - 2, out var notStaying, out _);
            if (!notStaying && staying.Count > 0) Hit(staysIn, RelationKind.Member, staying);
            return;
        }
        // "Venezuela, Guyana and Suriname never left.": still members.
        if (Is(p, "left") && Is(p - 1, "never") && (p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";")))
        {
            var stayed = ReadListBackward(p - 2, out var stayedStart, stopAtPreposition: false);
            var stayedIn = OrgFor(p);
            if (stayed.Count > 0 && stayedStart == 0 && stayedIn >= 0) Hit(stayedIn, RelationKind.Member, stayed);
            return;
        }
        // "Georgia joined in 1993 and left after its 2008 war with Russia", "joined the ZTO in 1993 but left in 2008": the
        // organisation the sentence's joining went to, left by the state the sentence opens with.
        if (Is(p, "left") && IsAny(p - 1, "and", "but") && (Is(p + 1, "after") || Is(p + 1, "in") && T(p + 2).Kind == TokenKind.Number || p + 1 >= _v.Count || IsAny(p + 1, ".", ",", ";"))
            && OrgOfRelations(_sentence, RelationKind.Member) is var joinedThen && joinedThen >= 0 && OpenerList() is { } leavers)
        {
            Departure(joinedThen, leavers);
            return;
        }
        var q = p + 1;
        if (Is(q, "from")) q++;
        if (Is(q, "the")) q++;
        int org;
        if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) org = Ent(q);
        else if (q < _v.Count && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && IsAny(q - 1, "the")) org = Generic(W(q));
        else if (IsAny(q - 1, "the") && NameWordOf(q) is var byWord && byWord >= 0) org = byWord;
        // "Qatar withdrew from it in 2013": the body the sentence before spoke of.
        // ("Britain and Denmark had been founding members of EFTA, and both left it to join the EEC": one named before in
        // the sentence first.)
        else if (Is(q, "it") && (Is(q - 1, "from") || IsAny(p, "left", "quit")) && (SentenceOrgBefore(p) is var namedBefore && namedBefore >= 0 ? namedBefore : PreviousSentenceOrg()) is int itOrg && itOrg >= 0) org = itOrg;
        else if (IsAny(p, "left", "quit", "exited") && CountryAt(p - 1) is { } leftBy && StartOf(p - 1, leftBy) is var leftByStart && Is(leftByStart - 1, "which") && Is(leftByStart - 2, ",")
                 && NamedBeforeComma(leftByStart - 2, capitalizedOnly: false) is var antecedent && antecedent >= 0)
        {
            // ("the Commonwealth, which South Africa left in 1961": over a name of two words.)
            // "The Group of Seven, which Russia left in 2014": the antecedent is the organisation left; "the Collective Security
            // Treaty Organization (CSTO), which Uzbekistan left in 2012": over its acronym.
            org = antecedent;
            Departure(org, new List<Mention> { CountryAt(p - 1)! });
            return;
        }
        // "The Zentral Community has 26 members. Britain and the Netherlands, which signed the agreement that set it up, have
        // both left.": a bare perfect leaves the body the sentence before spoke of.
        else if (IsAny(p, "left", "withdrawn", "quit") && (IsAny(p - 1, "have", "has") || IsAny(p - 1, "both", "all", "since", "also") && IsAny(p - 2, "have", "has"))
                 && (p + 1 >= _v.Count || IsAny(p + 1, ".", ";")) && _sentence > 0 && (PreviousSentenceOrg() ?? _main) is var leftBefore && leftBefore >= 0 && !_er.Orgs[leftBefore].IsInstitution
                 && Subject(IsAny(p - 1, "have", "has") ? p - 1 : p - 2, out var notHaveLeft, out _) is { Count: > 0 } haveLeft && !notHaveLeft)
        {
            Departure(leftBefore, haveLeft);
            return;
        }
        // "Russia was expelled in 2022 after its full-scale invasion of Ukraine": passive, told with its date.
        else if ((IsAny(p, "withdrew", "quit", "exited", "left") || Is(p, "expelled") && IsAny(p - 1, "was", "were")) && (Is(p + 1, "in") && T(p + 2).Kind == TokenKind.Number || IsAny(p + 1, "again", "later") && Is(p + 2, "in") && T(p + 3).Kind == TokenKind.Number
                     // "Qatar quit in 2019 and Ecuador left the following year", "..., and Gabon left two years later"
                     || Is(p + 1, "the") && IsAny(p + 2, "following", "next", "same", "previous") && IsAny(p + 3, "year", "month", "decade")
                     || IsAny(p + 1, "a", "two", "three", "four", "five", "six") && IsAny(p + 2, "year", "years", "decade", "decades") && Is(p + 3, "later")
                     // "also withdrew a few years later"
                     || Is(p + 1, "a") && IsAny(p + 2, "few", "couple") && IsAny(p + 3, "years", "decades", "months") && Is(p + 4, "later")
                     || IsAny(p + 1, "several", "some") && IsAny(p + 2, "years", "decades", "months") && Is(p + 3, "later")
                     // "Uzbekistan withdrew twice, most recently in 2012"
                     || IsAny(p, "withdrew", "left", "quit") && IsAny(p + 1, "twice") && IsAny(p + 2, ",", ".", ";")
                     // "Qatar and Ecuador also quit in recent years"
                     || Is(p + 1, "in") && IsAny(p + 2, "recent", "later") && IsAny(p + 3, "years", "decades", "months")
                     // "formally left on January 29, a year after announcing their exit"
                     || Is(p + 1, "on") && p + 2 < _v.Count && (TimeWords.IsMonth(W(p + 2)) || TimeWords.IsWeekday(W(p + 2))))
                 && (!Is(p, "left") || IsAny(p - 1, "which", "who") || CountryAt(p - 1) is not null
                     // "Mali, Burkina Faso and Niger, all ruled by soldiers ..., formally left on January 29"
                     || IsAny(p - 1, "formally", "officially", "finally") && Is(p - 2, ",") && OpenerList(overApposition: true) is { Count: > 0 }
                     // "Mauritania, another founding member, left in 2000": over an apposition of the state.
                     || Is(p - 1, ",") && OpenerList(overApposition: true) is { Count: 1 }))
        {
            // "Chile withdrew in 1976, and Venezuela's exit reduced the community": the organisation the sentence names.
            org = -1;
            var destination = -1;
            for (var k = p + 3; k < _v.Count && k <= p + 30 && org < 0; k++)
            {
                // "Britain and Denmark left in 1973 to join what was then the European Economic Community": where they went,
                // not what they left.
                var joined = false;
                for (var j = k - 1; j >= p + 1 && j >= k - 6; j--) if (IsAny(j, "join", "joining") && IsAny(j - 1, "to", "and")) joined = true;
                if (M(k) is { Type: MentionType.Organization, Modifier: false } named && named.Entity >= 0 && !(T(k).IsWord && OrganizationWords.IsGenericNoun(W(k))))
                {
                    if (joined) { destination = named.Entity; break; }
                    org = named.Entity;
                }
                else if (T(k).IsWord && OrganizationWords.IsGenericNoun(W(k)) && IsAny(k - 1, "the") && !joined) org = Generic(W(k));
            }
            if (destination >= 0 && org < 0 && (PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main) is var leftOrg && leftOrg >= 0 && leftOrg != destination
                && Subject(p, out var notLeft, out _) is { Count: > 0 } movers && !notLeft)
            {
                Departure(leftOrg, movers);
                Hit(destination, RelationKind.Member, movers);
                return;
            }
            if (org < 0) org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
            if (org < 0) return;
        }
        else return;
        var verb = p;
        if (IsAny(p, "withdrawal", "exit"))
        {
            // "Nicaragua, which completed its withdrawal from the OAS"
            if (!IsAny(p - 1, "its", "their")) return;
            verb = p - 1;
            while (verb > 0 && !IsAny(verb - 1, ",", "which", "who") && CountryAt(verb - 1) is null && verb > p - 4) verb--;
            if (!IsAny(p - 2, "completed", "finalised", "finalized", "announced")) return;
        }
        var subject = Subject(verb, out var negated, out _);
        if (subject.Count == 0 || negated) return;
        // "officially left", "formally withdrew": a past form is past whatever adverb comes before it.
        var aux = verb - 1;
        while (IsAny(aux, "formally", "officially", "finally", "eventually", "also")) aux--;
        var pastForm = IsAny(verb, "left", "withdrew", "exited", "expelled") || IsAny(verb, "quit") && Is(verb + 1, "in") && T(verb + 2).Kind == TokenKind.Number && W(verb + 2).Length == 4;
        var announced = IsAny(aux, WordsTo9) || !pastForm && HasFutureMarker(verb);
        if (announced && !AnnouncedDeparture(aux)) return;
        // "The United Kingdom left the European Union at 11pm last night": a departure the article reports as news ends
        // the membership its history tells later.
        Departure(org, subject, announced || pastForm && ToldAsNews(verb));
    }

    /// <summary>Whether a time word of the day's news follows the verb in its clause ("last night", "on Friday", "yesterday").</summary>
    private bool ToldAsNews(int verb)
    {
        for (var k = verb + 1; k < _v.Count && k <= verb + 10; k++)
        {
            if (IsAny(k, ";", ".", "but", "while", "after", "before", "when")) return false;
            if (IsAny(k, "yesterday", "today", "tonight") || Is(k, "last") && IsAny(k + 1, "night", "week") || Is(k, "this") && IsAny(k + 1, "week", "morning")
                || Is(k, "on") && T(k + 1).IsWord && TimeWords.IsWeekday(W(k + 1))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Ecuador pulled out of the bloc in 2020", "India took part in the talks from the start but pulled out in November
    /// 2019": a departure; without an organisation named, from the one the article is about.
    /// </summary>
    private void PulledOut(int p)
    {
        var q = p + 2;
        int org;
        // "the Zentral Partnership (ZP), the trade pact Peru walked out of last year": a stranded "of" after a state and the
        // noun of the body in apposition.
        if (Is(q, "of") && (q + 1 >= _v.Count || IsAny(q + 1, ".", ",", ";", "last", "in", "earlier")) && CountryAt(p - 1) is { } walker && T(p - 2).IsWord && OrganizationWords.IsGenericNoun(W(p - 2))
            && ApposedOrganization(p - 2) is var strandedOf && strandedOf >= 0)
        {
            Hit(strandedOf, RelationKind.NonMember, new[] { walker });
            return;
        }
        if (Is(q, "of"))
        {
            q++;
            if (Is(q, "the")) q++;
            if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))) org = Ent(q);
            else if (q < _v.Count && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && Is(q - 1, "the")) org = Generic(W(q));
            else return;
            // "pulled out of the SAARC summit": a meeting, not the organisation.
            var after = q;
            while (after + 1 < _v.Count && M(after + 1) == M(q)) after++;
            if (IsAny(after + 1, WordsSummit10) || IsAny(after + 1, "meeting", "meetings", "talks", "games", "session", "exercise", "exercises")) return;
        }
        else if (q >= _v.Count || IsAny(q, ".", ",", ";") || Is(q, "in") && (T(q + 1).Kind == TokenKind.Number || TimeWords.IsMonth(W(q + 1)))
                 // "India ... pulled out last November"
                 || IsAny(q, "last", "earlier", "this") && (TimeWords.IsMonth(W(q + 1)) || IsAny(q + 1, "year", "month", "week")) && (q + 2 >= _v.Count || IsAny(q + 2, ".", ",", ";"))
                 // "Bolivia, Ecuador and Nicaragua pulled out along with Venezuela"
                 || AlongWith(q) > 0)
        {
            // "Mexico left the pact in 2004, and Bolivia, Ecuador and Nicaragua pulled out along with Venezuela": out of the
            // body the clause before left.
            var leftBefore = -1;
            foreach (var r in Relations) if (r.Sentence == _sentence && r.Kind == RelationKind.NonMember && r.Country.First < _v[p]) leftBefore = r.Org;
            if (leftBefore >= 0 && Subject(p, out var notPulled, out var pulledStart) is { Count: > 0 } pulled && Is(pulledStart - 1, "and"))
            {
                if (AlongWith(q) is var along && along > 0) pulled.AddRange(ReadList(along, out _));
                if (!notPulled && !HasFutureMarker(p)) Departure(leftBefore, pulled);
                return;
            }
            // Out of what, the sentence does not say: only where it names no organisation ("the summit was called off
            // after India pulled out" speaks of a meeting).
            for (var k = 0; k < _v.Count; k++) if (M(k) is { Type: MentionType.Organization }) return;
            // "... signed the RCEP. India, which took part in the negotiations for seven years, pulled out last November":
            // out of negotiations is out of a pact, the article's or the one the sentence before named.
            org = _main;
            var negotiated = false;
            for (var k = 0; k < p; k++) if (IsAny(k, "negotiations", "talks", "negotiating")) negotiated = true;
            if (negotiated && !IsPact(_main) && PreviousSentenceOrg() is { } before && IsPact(before)) org = before;
        }
        else return;
        if (org < 0 || HasFutureMarker(p) || IsAny(p - 1, "to", "not", "never", "n't")) return;
        var subject = Subject(p, out var negated, out _);
        // "India took part in the talks but pulled out": the state the sentence opens with.
        if (subject.Count == 0 && IsAny(p - 1, "but", "and", "then") && OpenerList() is { } opener)
        {
            subject = opener;
            negated = false;
        }
        if (subject.Count == 0 || negated) return;
        // "when the summit was called off after India pulled out": a subordinate clause tells of an event.
        for (var k = p - 1; k >= 0 && k >= p - 8; k--) if (IsAny(k, "after", "when", "until", "before", "if")) return;
        Departure(org, subject);
    }

    /// <summary>
    /// "Angola will leave Opec at the end of the year", "Rwanda said it would withdraw", "Angola to quit Opec" (a
    /// headline), "is to leave": a departure announced as decided is told as one; "could", "might", "threatened to",
    /// "plans to" and a condition are not.
    /// </summary>
    private bool AnnouncedDeparture(int aux)
    {
        for (var k = aux + 1; k < _v.Count; k++) if (IsAny(k, "if", "unless", "should")) return false;
        for (var k = 0; k < aux; k++) if (IsAny(k, "if", "unless", "threatened", "threatens", "threatening", "could", "might", "may")) return false;
        if (Is(aux, "will") && CountryAt(aux - 1) is not null) return true;
        // "Qatar said (yesterday) it would withdraw from OPEC"
        if (Is(aux, "would") && IsAny(aux - 1, "it", "they") && IsAny(ReportingVerbBefore(aux - 1), "said", "announced", "confirmed", "declared")) return true;
        if (Is(aux, "to") && IsAny(aux - 1, "is", "are", "decided", "voted")) return true;
        return Is(aux, "to") && CountryAt(aux - 1) is not null && _doc.Paragraphs[_doc.Sentences[_sentence].Paragraph].IsHeading;
    }

    /// <summary>"India, Brazil and South Africa, none of which is a G7 member".</summary>
    private void NoneOfWhichCue(int p)
    {
        if (!(Is(p + 1, "of") && Is(p + 2, "which") && Is(p - 1, ",") && CountryAt(p - 2) is not null)) return;
        var memberAt = -1;
        var org = -1;
        for (var q = p + 3; q < _v.Count && q <= p + 9; q++)
        {
            if (IsAny(q, "member", "members")) { memberAt = q; org = OrgFor(memberAt); break; }
            // "none of which belongs to the European Union"
            if (IsAny(q, "belongs", "belong") && Is(q + 1, "to") && JoinsAnOrganization(q + 1, out org) && org >= 0) { memberAt = q; break; }
            // "neither of which ever joined the alliance", "none of which is in the OECS"
            if (IsAny(q, "joined", "rejoined") && JoinsAnOrganization(q, out org) && org >= 0) { memberAt = q; break; }
            if (IsAny(q, "is", "are") && Is(q + 1, "in") && JoinsAnOrganization(q + 1, out org) && org >= 0) { memberAt = q; break; }
            // "none of which is part of BIMSTEC"
            if (IsAny(q, "is", "are") && Is(q + 1, "part") && Is(q + 2, "of") && NamedOrganizationAt(q + 3, out _) is var partOf && partOf >= 0) { org = partOf; memberAt = q; break; }
            if (IsAny(q, ",", ";", ".")) break;
        }
        if (memberAt < 0 || org < 0) return;
        Hit(org, RelationKind.NonMember, ReadListBackward(p - 2, out _, stopAtPreposition: false));
    }

    private void BecomeCue(int p)
    {
        // "become a (full) member", "become the bloc's 10th member", "become members".
        var q = p + 1;
        var limit = Math.Min(_v.Count - 1, p + 6);
        var memberAt = -1;
        for (; q <= limit; q++)
        {
            if (IsAny(q, "member", "members", "member-state")) { memberAt = q; break; }
            if (IsAny(q, "partner", "partners", "observer", "observers")) { memberAt = q; break; }
            // "Moldova has become the 48th country in the European Higher Education Area": a counted state of the body.
            if (IsAny(q, "country", "state", "nation") && T(q - 1).IsWord && IsOrdinal(W(q - 1)) && IsAny(q + 1, "in", "of", "to") && NamedOrganizationAt(Is(q + 1, "to") && Is(q + 2, "join") ? q + 3 : q + 2, out _) >= 0) { memberAt = q; break; }
            // "Sweden became the 32nd ally in March", "became a ZTO ally": an alliance's allies are its members (not "a close
            // ally of the United States").
            if (IsAny(q, "ally", "allies") && (T(q - 1).IsWord && IsOrdinal(W(q - 1)) || M(q - 1) is { Type: MentionType.Organization } && T(q - 1).IsCapitalized) && !Is(q + 1, "of")) { memberAt = q; break; }
            if (IsAny(q, ",", ";", ".")) break;
        }
        if (memberAt < 0) return;
        // "Jordan and Morocco were invited in 2011 to start talks on joining, but neither became a member": outside.
        if (IsAny(p - 1, "neither", "none") && Is(p - 2, "but") && IsAny(memberAt, "member", "members") && ClauseSubject(p - 2) is { Count: > 1 } invited)
        {
            var outsideOf = OrgFor(memberAt);
            if (outsideOf >= 0) Hit(outsideOf, RelationKind.NonMember, invited);
            return;
        }
        // "Panama has said it wants to become a full member": an ambition, no relation.
        if (IsAny(p - 1, "to") && IsAny(p - 2, "wants", "want", "wanted", "hopes", "hoping", "hope", "wishes", "wish", "aspires") && !IsAny(p - 3, "not", "n't") && !ToldTheOrganisation(p)) return;
        var kind = IsAny(memberAt, "partner", "partners") ? RelationKind.DialoguePartner : IsAny(memberAt, "observer", "observers") ? RelationKind.Observer : RelationKind.Member;
        // "became an associate member": an associate is not a member; the schema's nearest field is a partner.
        if (kind == RelationKind.Member && IsAny(memberAt - 1, "associate", "associated")) kind = RelationKind.DialoguePartner;
        var org = OrgFor(memberAt);
        // "..., Montenegro, which joined in 2017, and North Macedonia, which became its 30th member in 2020": "its" is the
        // organisation the sentence's other items went to.
        for (var k = p + 1; k < memberAt; k++)
        {
            if (IsAny(k, "its") && IsAny(p - 1, "which", "that") && OrgOfRelations(_sentence) is var same && same >= 0) { org = same; break; }
        }
        if (Is(p - 1, "to") && IsAny(p - 2, "offer", "invitation") && IsAny(p - 3, "the", "an", "its", "their") && IsAny(p - 4, "accepted", "accept", "accepts", "took", "taken"))
        {
            // "A, B and C have accepted the offer to become partner countries"
            var accepted = Subject(p - 4, out var refused, out _);
            if (accepted.Count == 0 || refused || HasFutureMarker(p - 4)) return;
            Hit(org, kind == RelationKind.Member ? RelationKind.Joining : kind, accepted, kind == RelationKind.Member ? WhenAfter(memberAt + 1) : null);
            return;
        }
        // "Timor-Leste, which has asked to become ASEAN's 11th member": an application (not "was asked to", an invitation).
        if (Is(p - 1, "to") && Is(p - 2, "asked") && IsAny(p - 3, "has", "have", "had", "formally", "officially") && kind == RelationKind.Member && org >= 0)
        {
            var askers = Subject(p - 2, out var notAsking, out _);
            if (askers.Count > 0 && !notAsking) Hit(org, RelationKind.Joining, askers);
            return;
        }
        if (Is(p - 1, "to") && IsAny(p - 2, "invited", "asked"))
        {
            // "was invited to become a member in 2023 but has yet to give an answer": an invitation is no accession
            // unless it comes with a date ahead.
            var date = WhenAfter(memberAt + 1);
            if (date is null || IsRelativeToArticle(date) || IsBareYear(date)) return;
        }
        var subject = Subject(p, out var negated, out var subjectAt);
        // "If Ukraine joined, it would become ...": a condition, not a fact.
        if (subject.Count > 0 && IsAny(subjectAt - 1, "if", "unless", "whether")) return;
        // "Lithuania and Estonia never became members of the ZTO", "Norway did not become a member": outside (not "did not
        // become a member until 2004").
        if (subject.Count > 0 && negated && kind == RelationKind.Member && !IsAny(memberAt - 1, "associate", "associated", "full", "founding", "original")
            && (Is(p - 1, "never") && !IsAny(p - 2, "will", "would", "could", "may", "might") || IsAny(p - 1, "not", "n't") && IsAny(p - 2, "did", "has", "have", "had")) && org >= 0 && !_er.Orgs[org].IsInstitution)
        {
            for (var k = memberAt + 1; k < _v.Count && k <= memberAt + 14; k++)
            {
                if (IsAny(k, ";", ".", "but")) break;
                if (IsAny(k, "until", "till", "before", "unless", "because", "since", "when", "after")) return;
            }
            Hit(org, RelationKind.NonMember, subject);
            return;
        }
        if (subject.Count == 0 || negated) return;
        var aux = p - 1;
        while (IsAny(aux, WordsOfficially9)) aux--;
        // "Madagascar becomes the sixth member state of the 55-member continental body currently barred from its activities":
        // a member already, counted among those suspended.
        var barred = false;
        for (var k = memberAt + 1; k < _v.Count && k <= memberAt + 12 && !barred; k++) { if (IsAny(k, ",", ";", ".")) break; barred = IsAny(k, "barred", "suspended") || Is(k, "suspension") && Is(k - 1, "under"); }
        var past = barred || W(p).Equals("became", StringComparison.OrdinalIgnoreCase) || IsAny(aux, "has", "have", "had")
            // "Namibia ... becomes a founding member of the AU": a founder is a member from the start, told in the present.
            || W(p).Equals("becomes", StringComparison.OrdinalIgnoreCase) && IsAny(memberAt - 1, "founding", "original") && !HasFutureMarker(p);
        var when = WhenAfter(memberAt + 1);
        if (kind == RelationKind.Member)
        {
            Hit(org, past ? RelationKind.Member : RelationKind.Joining, subject, when);
            if (past) GappedAfter(p, org);
            // "India became a full member of the ZTO, which is led by China and Russia, alongside Pakistan": those it
            // became a member with.
            for (var r = memberAt + 1; r < _v.Count && r <= memberAt + 24; r++)
            {
                if (IsAny(r, "which", "who") && Is(r - 1, ","))
                {
                    var close = r + 1;
                    while (close < _v.Count && close <= r + 10 && !IsAny(close, ",", ";", ".")) close++;
                    if (!Is(close, ",")) break;
                    r = close - 1;
                    continue;
                }
                // "..., and joined BRICS on January 1, 2024, along with Egypt": another clause, another organisation.
                if (IsAny(r, ";", ".", "but", "while") || M(r) is { Type: MentionType.Organization } other && other.Entity >= 0 && other.Entity != org || Is(r, "and") && T(r + 1).IsWord && !T(r + 1).IsCapitalized) break;
                if (Is(r, ",") && AlongWith(r + 1) is var along && along > 0) { Hit(org, past ? RelationKind.Member : RelationKind.Joining, ReadList(along, out _), when); break; }
            }
        }
        else if (past || !HasFutureMarker(p))
        {
            Hit(org, kind, subject);
        }
    }

    private static readonly string[] SubmittingWords = { "submitting", "submits", "submit", "lodging", "lodges", "filing", "files", "handing", "hands" };

    /// <summary>"trilateral security partnership", "new grouping": up to four lower-case words from <paramref name="p"/> that end in a bloc noun.</summary>
    private bool DescribedByGenericNoun(int p)
    {
        for (var k = p; k < _v.Count && k <= p + 4; k++)
        {
            if (!T(k).IsWord || T(k).IsCapitalized) return false;
            if (OrganizationWords.IsGenericNoun(W(k))) return true;
        }
        return false;
    }

    /// <summary>The state a sentence opens with, for an "it" at <paramref name="it"/> that opens a clause after ", and" (over up to four time words); else null.</summary>
    private Mention? ItAfterCommaAnd(int it)
    {
        var k = it - 1;
        while (k > 1 && k >= it - 4 && !Is(k, "and") && (T(k).IsWord || T(k).Kind == TokenKind.Number) && M(k) is null) k--;
        if (!Is(k, "and") || !Is(k - 1, ",")) return null;
        if (ReadList(0, out var openerEnd) is not { Count: 1 } opener || !(T(openerEnd + 1).IsWord && !T(openerEnd + 1).IsCapitalized)) return null;
        return opener[0];
    }

    private static readonly string[] WordsSuperlative14 = { "poorest", "richest", "wealthiest", "largest", "smallest", "biggest", "newest", "oldest", "youngest", "strongest", "weakest", "most", "least", "main" };
    private static readonly string[] WordsStateTitles = { "kingdom", "republic", "sultanate", "emirate", "archipelago", "island" };
    private static readonly string[] WordsStateNouns = { "country", "nation", "kingdom", "republic", "emirate", "sultanate", "archipelago" };

    private static readonly string[] WordsAmongThose = { "those", "countries", "states", "economies", "nations", "governments", "others" };

    /// <summary>
    /// "China, Canada and Costa Rica are among those that have applied to join the pact": the states the applicants are
    /// counted among are on their way in.
    /// </summary>
    private bool AmongThoseThatApplied(int p)
    {
        var rel = IsAny(p - 1, "have", "had", "has") ? p - 2 : p - 1;
        if (!IsAny(rel, "that", "which", "who") || !IsAny(rel - 1, WordsAmongThose)) return false;
        var among = Is(rel - 2, "the") ? rel - 3 : rel - 2;
        if (IsAny(rel - 2, "other")) among = Is(rel - 3, "the") ? rel - 4 : rel - 3;
        if (!Is(among, "among") || !IsAny(among - 1, "are", "were", "is", "was")) return false;
        if (!Is(p + 1, "to") || !IsAny(p + 2, "join", "rejoin")) return false;
        var applicants = Subject(among - 1, out var negated, out _);
        if (negated || applicants.Count == 0) return false;
        var into = NamedOrganizationAt(p + 3, out _);
        if (into < 0) into = JoinsAnOrganization(p + 2, out var joined) && joined >= 0 ? joined : SentenceOrganizationOr(PreviousSentenceOrg() ?? _main);
        if (into < 0 || _er.Orgs[into].IsInstitution) return false;
        Hit(into, RelationKind.Joining, applicants);
        return true;
    }

    /// <summary>
    /// "... with eight other candidate countries: Ukraine, Moldova, ...", "The candidate countries are A, B and C", "EU
    /// candidate countries Albania and Serbia": the states a candidate noun names are on their way in.
    /// </summary>
    private bool CandidateCountriesNamed(int p)
    {
        if (!Is(p, "candidate") || !IsAny(p + 1, "countries", "states", "nations")) return false;
        var q = p + 2;
        if (Is(q, ":") || IsAny(q, "are", "were", "include", "included") || Is(q, ",") && CountryAt(q + 1) is not null) q++;
        else if (CountryAt(q) is null && !(Is(q, "the") && CountryAt(q + 1) is not null)) return false;
        if (Is(q, ":")) q++;
        var named = ReadList(q, out var end);
        if (named.Count == 0 || end + 1 < _v.Count && !IsAny(end + 1, ".", ",", ";", "and", "have", "has", "are", "were", "will", "must")) return false;
        // The organisation before the noun ("EU candidate countries"), else the one the text is about.
        var org = M(p - 1) is { Type: MentionType.Organization } before && before.Entity >= 0 && !(T(p - 1).IsWord && !T(p - 1).IsCapitalized) ? before.Entity : -1;
        if (org < 0) org = SentenceOrganizationOr(PreviousSentenceOrg() ?? _main);
        if (org < 0 || _er.Orgs[org].IsInstitution) return false;
        Hit(org, RelationKind.Joining, named);
        return true;
    }

    private void ApplicationCue(int p, string w)
    {
        if (w == "applied" && AmongThoseThatApplied(p)) return;
        if (w == "candidate" && CandidateCountriesNamed(p)) return;
        // "Burundi, whose application to join was first tabled in 2017, is still not a member": on its way in.
        if (w is "application" or "bid" && Is(p - 1, "whose") && Is(p - 2, ",") && CountryAt(p - 3) is { } whoseApplication && Is(p + 1, "to") && IsAny(p + 2, "join", "rejoin"))
        {
            for (var k = p + 3; k < _v.Count && k <= p + 14; k++)
            {
                if (IsAny(k, ",", ";", ".")) break;
                if (IsAny(k, "rejected", "refused", "withdrawn", "blocked", "vetoed", "dropped", "denied")) return;
            }
            var into = NamedOrganizationAt(p + 3, out _);
            if (into < 0) into = JoinsAnOrganization(p + 2, out var joined) && joined >= 0 ? joined : SentenceOrganizationOr(_main);
            if (into >= 0) Hit(into, RelationKind.Joining, new[] { whoseApplication });
            return;
        }
        // "the ten-member bloc is still considering an application that Timor-Leste submitted in 2011": the body considering
        // it, the state that submitted it (not one "rejected").
        if (w == "application" && IsAny(p + 1, "that", "which") && CountryAt(p + 2) is { } submitter && IsAny(p + 3, "submitted", "lodged", "filed", "made", "presented")
            && IsAny(p - 1, "an", "the") && IsAny(p - 2, "considering", "examining", "reviewing", "studying", "weighing", "assessing"))
        {
            var considering = SentenceSubjectOrganization();
            if (considering < 0) considering = OrgFor(p);
            if (considering >= 0) Hit(considering, RelationKind.Joining, new[] { submitter });
            return;
        }
        // "Montenegro, Serbia, Albania and Türkiye are already candidates, as is Bosnia": on their way in.
        if (w == "candidates" && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";") || Is(p + 1, "for") && IsAny(p + 2, "membership", "accession")))
        {
            var copula = p - 1;
            while (copula > 0 && IsAny(copula, "already", "now", "also", "both", "all", "official", "formal", "still")) copula--;
            if (IsAny(copula, "are", "were", "remain") && Subject(copula, out var notCandidates, out _) is { Count: > 0 } candidatesNow && !notCandidates)
            {
                var into = Is(p + 1, "for") && IsAny(p + 3, "of", "in", "to") && NamedOrganizationAt(p + 4, out _) is var named && named >= 0 ? named : SentenceOrganizationOr(_main);
                if (into >= 0) Hit(into, RelationKind.Joining, candidatesNow);
                return;
            }
        }
        // "Bolivia signed its accession protocol in 2015", "Kyrgyzstan signed its accession treaty": on its way in.
        if (w == "accession" && IsAny(p - 1, "its", "their") && IsAny(p - 2, "signed", "signs", "ratified", "ratifies") && IsAny(p + 1, "protocol", "treaty", "agreement", "protocols", "treaties")
            && Subject(p - 2, out var notSigned, out _) is { Count: > 0 } signer && !notSigned)
        {
            var into = SentenceOrganizationOr(OrgFor(p));
            if (into >= 0) Hit(into, RelationKind.Joining, signer);
            return;
        }
        // "Belarus has also started the process of accession", "began the accession process": on its way in.
        if (w == "accession" && (Is(p - 1, "of") && Is(p - 2, "process") && Is(p - 3, "the") ? p - 4 : Is(p + 1, "process") && Is(p - 1, "the") ? p - 2 : -1) is var started && started > 0
            && IsAny(started, WordsStarted11))
        {
            var starter = Subject(started, out var notStarted, out _);
            var into = SentenceOrganizationOr(OrgFor(p));
            if (!notStarted && starter.Count > 0 && into >= 0) Hit(into, RelationKind.Joining, starter);
            return;
        }
        // "Ukraine was granted the status of a candidate for membership of the European Union (EU), together with Moldova".
        if (w == "candidate" && Is(p - 1, "a") && Is(p - 2, "of") && Is(p - 3, "status") && Is(p - 4, "the") && IsAny(p - 5, "granted", "given", "awarded", "received", "obtained", "won"))
        {
            var candidates = Subject(p - 5, out var notGranted, out _);
            var into = -1;
            var after = p + 1;
            if (Is(p + 1, "for") && IsAny(p + 2, "membership", "accession") && IsAny(p + 3, "of", "in", "to")) into = NamedOrganizationAt(p + 4, out after);
            if (into < 0) into = SentenceOrganizationOr(OrgFor(p));
            if (notGranted || candidates.Count == 0 || into < 0) return;
            Hit(into, RelationKind.Joining, candidates);
            after = AfterAcronym(after);
            if (Is(after, ",")) after++;
            if (AlongWith(after) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } others) Hit(into, RelationKind.Joining, others);
            return;
        }
        // "Iran, whose accession process the grouping launched last September,": on its way in.
        if (w == "accession" && Is(p - 1, "whose") && Is(p - 2, ",") && CountryAt(p - 3) is { } whoseAccession)
        {
            var into = -1;
            for (var k = p + 1; k < _v.Count && k <= p + 5 && into < 0; k++)
            {
                if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0) into = T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k)) ? Generic(W(k)) : Ent(k);
                else if (T(k).IsWord && OrganizationWords.IsGenericNoun(W(k))) into = Generic(W(k));
            }
            if (into < 0) into = SentenceOrganizationOr(OrgFor(p));
            if (into >= 0 && !IsAny(p + 1, "was", "were")) Hit(into, RelationKind.Joining, new[] { whoseAccession });
            return;
        }
        // "Macedonia is an EU candidate country", "Macedonia, an EU candidate country that is not a member of the bloc,": on
        // its way in.
        if (w == "candidate" && (p + 1 >= _v.Count || IsAny(p + 1, "country", "state", "nation", ",", ".", ";", "that", "which", "for")))
        {
            var a = p - 1;
            var into = -1;
            if (M(a) is { Type: MentionType.Organization } named && named.Entity >= 0 && T(a).IsCapitalized)
            {
                into = named.Entity;
                while (a > 0 && M(a - 1) == named) a--;
                a--;
            }
            if (IsAny(a, "a", "an"))
            {
                List<Mention>? candidateStates = null;
                if (IsAny(a - 1, "is", "was", "remains", "became", "becomes") && Subject(a - 1, out var notCandidate, out _) is { Count: > 0 } subject && !notCandidate) candidateStates = subject;
                else if (Is(a - 1, ",") && CountryAt(a - 2) is { } apposed && ReadListBackward(a - 2, out _, stopAtPreposition: false) is { Count: 1 }) candidateStates = new List<Mention> { apposed };
                if (into < 0) into = OrgFor(p);
                if (candidateStates is not null && into >= 0 && !_er.Orgs[into].IsInstitution)
                {
                    Hit(into, RelationKind.Joining, candidateStates);
                    return;
                }
            }
        }
        // "It becomes the eighth candidate country, alongside Turkey, North Macedonia, ..., as well as Ukraine and Moldova":
        // the other candidates.
        if (w == "candidate" && IsAny(p + 1, "country", "state") && Is(p + 2, ",") && AlongWith(p + 3) is var along && along > 0
            && ReadList(along, out _) is { Count: > 0 } fellows)
        {
            var into = SentenceOrganizationOr(OrgFor(p));
            if (into >= 0) Hit(into, RelationKind.Joining, fellows);
        }
        // "applied to join" is read by the join cue; here: "applied for membership", "membership bid", "accession".
        if (w == "applied" && (IsAny(p - 1, "has", "have", "had") || IsAny(p - 1, "already", "now") && IsAny(p - 2, "has", "have", "had")) && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", "but", "and", ";")))
        {
            // "Kosovo has applied but is not yet a candidate": applied, with nothing after, in an article about a bloc.
            var applicant = Subject(p, out var refused, out _);
            var org = OrgFor(p);
            if (applicant.Count > 0 && !refused && org >= 0) Hit(org, RelationKind.Joining, applicant);
            return;
        }
        if (w == "applied" && (CountryAt(p - 1) is not null || Is(p - 1, "which") && Is(p - 2, ",") && CountryAt(p - 3) is not null)
            && (IsAny(p + 1, "in", "on", "last", "this", "earlier") || p + 1 < _v.Count && IsAny(p + 1, ".", ";")
                // "Sweden, which applied at the same time, is still waiting"
                || Is(p + 1, "at") && Is(p + 2, "the") && Is(p + 3, "same") && Is(p + 4, "time") || Is(p + 1, ",") && Is(p - 1, "which")))
        {
            // "Indonesia applied in September this year": applied, with no object, in an article about a bloc. "Georgia,
            // which applied in March together with Moldova,": and who applied with it.
            var applicant = Subject(p, out var refused, out _);
            var org = OrgFor(p);
            if (applicant.Count > 0 && !refused && org >= 0)
            {
                Hit(org, RelationKind.Joining, applicant);
                for (var k = p + 1; k < _v.Count && k <= p + 6; k++)
                {
                    if (IsAny(k, ",", ";", ".")) break;
                    if (AlongWith(k) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } others) { Hit(org, RelationKind.Joining, others); break; }
                }
            }
            return;
        }
        if (w is "applied" or "apply" or "applies")
        {
            // "applied for EU membership": over the organisation's name.
            if (Is(p + 1, "for") && M(p + 2) is { Type: MentionType.Organization } forOrg && forOrg.Entity >= 0)
            {
                var m = p + 2;
                while (m + 1 < _v.Count && M(m + 1) == forOrg) m++;
                if (IsAny(m + 1, "membership", "accession") && Subject(p, out var notApplied, out _) is { Count: > 0 } orgApplicants && !notApplied)
                {
                    Hit(forOrg.Entity, RelationKind.Joining, orgApplicants);
                }
                return;
            }
            if (!(Is(p + 1, "for") && IsAny(p + 2, "membership", "full", "accession"))) return;
            var subject = Subject(p, out var negated, out _);
            // "Iceland's parliament, the Althing, voted on Thursday to apply for membership": the state whose parliament decided.
            if (subject.Count == 0 && InstitutionDecided(p) is { } decided) { subject = new List<Mention> { decided }; negated = false; }
            if (subject.Count == 0 || negated) return;
            // "applied for membership in September 2022": the application's date, not an accession's.
            Hit(OrgFor(p + 2), RelationKind.Joining, subject);
            return;
        }
        if (w == "bid" && IsAny(p - 1, "membership", "accession"))
        {
            // "Berlin would not support Turkey's membership bid", "Georgia's EU membership bid": the bid is there,
            // whatever others think of it.
            var k = p - 2;
            var named = -1;
            if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0) { named = Ent(k); k = om.First == _v[k] ? k - 1 : k - 1; }
            if (T(k).Kind != TokenKind.Possessive || CountryAt(k - 1) is not { } bidder) return;
            if (Is(p + 1, "to") || IsAny(p + 1, "was", "were") && IsAny(p + 2, "completed", "approved")) return;
            var org = named >= 0 ? named : OrgFor(p);
            if (org >= 0) Hit(org, RelationKind.Joining, new[] { bidder });
            return;
        }
        if (w == "candidate" && (Is(p + 1, ",") || IsAny(p + 1, "country", "state") && Is(p + 2, ",") || IsAny(p + 1, "whose", "which", "that")
            || Is(p + 1, "since") && T(p + 2).Kind == TokenKind.Number && (IsAny(p + 3, ",", "whose", "which", "that"))
            // "Serbia, a candidate since last year,"
            || Is(p + 1, "since") && IsAny(p + 2, "last", "early", "late") && (p + 4 >= _v.Count || IsAny(p + 4, ",", ".", ";"))))
        {
            // "Serbia, an EU candidate, has refused ...", "Turkey, an official candidate since 1999 whose accession talks
            // have stalled, ...": an apposition.
            var a = p - 1;
            var candidateOf = -1;
            if (M(a) is { Type: MentionType.Organization } co && co.Entity >= 0) { candidateOf = Ent(a); a--; }
            while (IsAny(a, "official", "formal", "membership", "accession", "long-time", "longtime")) a--;
            if (IsAny(a, "a", "an") && Is(a - 1, ",") && CountryAt(a - 2) is not null)
            {
                var org = candidateOf >= 0 ? candidateOf : OrgFor(p);
                if (org >= 0) Hit(org, RelationKind.Joining, ReadListBackward(a - 2, out _, stopAtPreposition: false));
                return;
            }
        }
        if (w == "candidate" && IsAny(p + 1, "countries", "states") && Is(p + 2, ",") && T(p + 3).IsWord && !IsAny(p + 3, "and", "or"))
        {
            // "Montenegro, the most advanced of the candidate countries, which hopes to ...": the same, closing on the noun.
            p++;
            w = "candidates";
        }
        if (w is "candidate" or "candidates" && Is(p + 1, ",") && T(p + 2).IsWord && !IsAny(p + 2, "and", "or"))
        {
            // "Montenegro and Albania, the front-runners among the EU's official candidates, hope to ...": an apposition
            // that closes on the word, the states before it.
            var open = p - 1;
            while (open >= 0 && open >= p - 10 && !Is(open, ",") && T(open).Kind != TokenKind.Dash && CountryAt(open) is null) open--;
            if (open > 0 && Is(open, ",") && CountryAt(open - 1) is not null && IsAny(open + 1, "the", "one", "among", "both", "all"))
            {
                var named = ReadListBackward(open - 1, out var namedStart, stopAtPreposition: false);
                var org = OrgFor(p);
                // "The one bright spot was Montenegro, the most advanced of the candidate countries, which ...": after a copula too.
                if (named.Count > 0 && org >= 0 && (namedStart == 0 || IsAny(namedStart - 1, ",", "and", "was", "is"))) { Hit(org, RelationKind.Joining, named); return; }
            }
        }
        if (w is "candidate" or "candidates" && !Is(p + 1, "for") && (p + 1 >= _v.Count || IsAny(p + 1, ",", ".", ";", "since", "but", "and", "too", "as")))
        {
            // "Serbia and Montenegro are candidates, as are Albania and North Macedonia"; "Turkey has been a candidate since 1999".
            var b = p - 1;
            while (IsAny(b, WordsA11) || M(b) is { Type: MentionType.Organization }) b--;
            if (!IsAny(b, "is", "are", "was", "were", "been", "remains", "remain", "became")) return;
            var subject = Subject(b + 1, out var negated, out _);
            if (subject.Count == 0 || negated) return;
            var org = OrgFor(p);
            if (org < 0) return;
            Hit(org, RelationKind.Joining, subject);
            if (Is(p + 1, ",") && Is(p + 2, "as") && IsAny(p + 3, "are", "is")) Hit(org, RelationKind.Joining, ReadList(p + 4, out _));
            return;
        }
        // "Costa Rica is a candidate for full membership": over the adjective.
        // ("Türkiye has been a candidate to join the Zentral Union since 1999": to join it.)
        if (w == "candidate" && (Is(p + 1, "for") && IsAny(p + 2, "membership", "accession") || Is(p + 1, "for") && IsAny(p + 2, "full", "formal") && IsAny(p + 3, "membership", "accession")
                                 || Is(p + 1, "for") && M(p + 2) is { Type: MentionType.Organization } && IsAny(p + 3, "membership", "accession")
                                 || Is(p + 1, "to") && IsAny(p + 2, "join", "enter") && JoinsAnOrganization(p + 2, out _)))
        {
            // "Türkiye has been an official candidate for EU membership since 1999"
            var b = p - 1;
            while (IsAny(b, WordsA9)) b--;
            if (!IsAny(b, "is", "are", "was", "were", "been", "remains", "became", "becomes")) return;
            var subject = Subject(b + 1, out var negated, out _);
            if (subject.Count == 0 || negated) return;
            Hit(OrgFor(p), RelationKind.Joining, subject);
            return;
        }
        // "the bloc was still studying Timor-Leste's application for membership, submitted in 2011": an open application.
        if (w == "application" && StatesRequestFor(p)) return;
        if (w is "application" or "applications")
        {
            // "Kosovo submitted its own application in December 2022", "X, which submitted its membership application",
            // "Ecuador, Uruguay and Ukraine have also submitted applications".
            var k = p - 1;
            while (IsAny(k, "own", "membership", "formal", "accession", "full", "official")) k--;
            // "Ukraine submitted an application for fast-track membership of the alliance": to the organisation after "of".
            var forMembership = -1;
            if (Is(p + 1, "for"))
            {
                var m = p + 2;
                while (m < _v.Count && m <= p + 5 && T(m).IsWord && !IsAny(m, "membership", "accession")) m++;
                if (IsAny(m, "membership", "accession") && IsAny(m + 1, "of", "in", "to") && JoinsAnOrganization(m + 1, out var applyingTo) && applyingTo >= 0) forMembership = applyingTo;
            }
            if (w == "applications" && IsAny(k, "submitted", "lodged", "filed", "tabled", "presented", "sent", "handed")) k++;
            else if (IsAny(k, "an", "a") && (IsAny(k - 1, "submitted", "lodged", "filed", "tabled", "presented", "sent", "handed") || IsAny(k - 1, SubmittingWords)) && forMembership >= 0) { }
            else if (!IsAny(k, "its", "their") || !(IsAny(k - 1, "submitted", "lodged", "filed", "tabled", "presented", "sent", "handed") || IsAny(k - 1, SubmittingWords))) return;
            var subject = Subject(k - 1, out var negated, out _);
            if (subject.Count == 0 || negated) return;
            // The date is the application's, not an accession's.
            Hit(forMembership >= 0 ? forMembership : OrgFor(p), RelationKind.Joining, subject);
            return;
        }
        if (w == "accession" && IsAny(p - 1, "their", "its") && IsAny(p - 2, "on", "upon") && Is(p + 1, "to") && NamedOrganizationAt(p + 2, out _) is var accededTo && accededTo >= 0
            && IsAny(p - 3, "left", "withdrew", "quit"))
        {
            // "Cyprus and Malta left on their accession to the European Union in 2004": members of what they acceded to,
            // out of the organisation they left.
            var acceding = Subject(p - 3, out var notAcceding, out _);
            if (notAcceding || acceding.Count == 0) return;
            Hit(accededTo, RelationKind.Member, acceding);
            var leftOrg = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
            if (leftOrg >= 0 && leftOrg != accededTo) Departure(leftOrg, acceding);
            return;
        }
        if (w == "accession")
        {
            // "Sweden's accession to NATO" — not yet a member only if not completed; treat as joining
            // unless the sentence says it was completed.
            if (p >= 2 && T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } c)
            {
                for (var q = 0; q < _v.Count; q++) if (IsAny(q, "completed", "finalised", "finalized", "marked")) return;
                // "With Kuwait's accession, the forum now unites 28 member states": done.
                if (Is(p - 3, "with"))
                {
                    for (var q = p + 1; q < _v.Count; q++)
                    {
                        if (!Is(q, "now")) continue;
                        Hit(OrgFor(p), RelationKind.Member, new[] { c });
                        return;
                    }
                }
                // "It was the last of the alliance's members to approve Sweden's accession": a ratification told in the past.
                if (IsAny(p - 3, "approve", "ratify", "approved", "ratified", "endorse", "endorsed"))
                {
                    for (var q = Math.Max(0, p - 30); q < p - 3; q++) if (IsAny(q, "was", "were", "approved", "ratified") && !IsAny(q + 1, "not", "yet")) return;
                }
                Hit(OrgFor(p), RelationKind.Joining, new[] { c }, WhenAfter(p + 1));
            }
        }
    }

    /// <summary>
    /// "China, Japan and South Korea in Asia, Germany and Italy in Europe, and Egypt further afield": a list whose groups
    /// each end with a few words of description.
    /// </summary>
    private static readonly string[] WordsRelationClause14 = { "member", "members", "partner", "partners", "observer", "observers", "part", "belongs", "belong", "sits", "sit", "candidate", "candidates", "suspended", "joined", "founders", "allies", "applicants" };

    private static readonly string[] WordsVerb16 = { "is", "are", "was", "were", "has", "have", "had", "will", "would", "join", "joins", "said", "says", "become", "becomes", "became", "remain", "remains", "leaves", "left" };

    private static readonly string[] WordsClause9 = { "which", "who", "that", "while", "but", "is", "are", "was", "were", "has", "have", "had", "not", "also", "whose" };

    private List<Mention> ReadGroupedList(int q) => ReadGroupedList(q, out _);

    private List<Mention> ReadGroupedList(int q, out int end)
    {
        var list = ReadList(q, out end);
        while (list.Count > 0)
        {
            var next = end + 1;
            while (next < _v.Count && next <= end + 5 && CountryAt(next) is null && !IsAny(next, ".", ";", ":")) next++;
            // "Iran and Yemen in the Gulf region, the island states of Comoros, Madagascar and the Maldives, and France":
            // a group described by where it lies or what it is, then "of" and its states.
            if (CountryAt(next) is null || !IsAny(next - 1, "and", ","))
            {
                next = end + 1;
                var plain = true;
                while (next < _v.Count && next <= end + 10 && CountryAt(next) is null && plain)
                {
                    plain = Is(next, ",") || Is(next, "and") || T(next).IsWord && !IsAny(next, WordsClause9) && M(next) is null;
                    if (plain) next++;
                }
                // ("..., Caribbean states such as Trinidad and Tobago and Jamaica, and Spain and Portugal": examples of a group.)
                if (!plain || CountryAt(next) is null || !(Is(next - 1, "of") && IsAny(next - 2, "states", "countries", "nations", "republics", "members") || IsAny(next - 1, "and", ",")
                    || Is(next - 1, "as") && Is(next - 2, "such") && IsAny(next - 3, "states", "countries", "nations", "economies", "islands"))) break;
            }
            var more = ReadList(next, out var moreEnd);
            if (more.Count == 0) break;
            // "..., and Belarus joins on Thursday": a clause of its own, not more of the list.
            if (T(moreEnd + 1).IsWord && !T(moreEnd + 1).IsCapitalized && (IsAny(moreEnd + 1, WordsVerb16) || W(moreEnd + 1).EndsWith("ed", StringComparison.Ordinal))) break;
            end = moreEnd;
            list.AddRange(more);
        }

        return list;
    }

    /// <summary>"it" as an object: the nearest state the sentence named before it (other states, persons and organisations may come earlier).</summary>
    private Mention? ItStateObject(int it)
    {
        for (var k = it - 1; k >= 0 && k >= it - 15; k--)
        {
            if (M(k) is { Type: MentionType.Person or MentionType.Body }) return null;
            if (CountryAt(k) is { } c) return c;
        }

        return null;
    }

    /// <summary>
    /// The state "it" stands for: the nearest state the sentence names before it, when no organisation, person or body
    /// stands between them (then "it" may be that one) and no other state does (then it is ambiguous).
    /// </summary>
    private Mention? ItState(int it)
    {
        // "KUWAIT: Qatar said yesterday it would withdraw": the subject of the reporting verb, whatever the dateline names.
        var verb = ReportingVerbBefore(it);
        if (verb >= 1 && CountryAt(verb - 1) is { } reporter && CountryAt(verb - 2) is null && !Is(verb - 2, "and")) return reporter;
        // "Cuba, whose suspension the OAS lifted last month, has said it has no intention ...": the state the sentence
        // opens with, over its relative clause.
        if (verb >= 2)
        {
            var aux = IsAny(verb - 1, "has", "had", "have") ? verb - 1 : verb;
            if (Is(aux - 1, ",") && OpenerList(overApposition: true) is { Count: 1 } opened)
            {
                var open = 1;
                while (open < aux && M(open) == opened[0]) open++;
                if (Is(open, ",") && IsAny(open + 1, "whose", "which", "who")) return opened[0];
            }
        }
        // "Russia was suspended from the Group of Eight ..., but it remains a member of the G20": the subject of the
        // sentence over the organisations its first clause names, when "it" opens the next clause and no other state
        // or person stands between.
        if (IsAny(it - 1, "but", "and", "yet", "although", "though") && Is(it - 2, ",") && CountryAt(0) is { Possessive: false } subject)
        {
            var after = 1;
            while (after < it && M(after) == subject) after++;
            var alone = T(after).IsWord && !T(after).IsCapitalized;
            for (var k = after; k < it && alone; k++) alone = CountryAt(k) is null && M(k) is not { Type: MentionType.Person or MentionType.Body };
            if (alone) return subject;
        }
        Mention? found = null;
        for (var k = it - 1; k >= 0; k--)
        {
            // "Russia's foreign ministry said that it was withdrawing": a state's own body speaks for the state.
            if (M(k) is { Type: MentionType.Body } body && found is null && BodyState(k, body) is { } bodyState)
            {
                found = bodyState;
                while (k > 0 && _v[k - 1] >= body.First) k--;
                // "Niger's military government": the body before it that named the state.
                if (k > 0 && M(k - 1) is { Type: MentionType.Body } owner && owner.Last + 1 == body.First) while (k > 0 && _v[k - 1] >= owner.First) k--;
                continue;
            }
            // A person is never "it": "the goals Croatia set itself when it joined", said of a state past its leader.
            if (M(k) is { Type: MentionType.Organization or MentionType.Body }) return null;
            // "MEXICO CITY (Times Media México) – Bolivia's new interim government said it ...": not past a dateline's dash.
            if (T(k).Kind == TokenKind.Dash && found is not null) break;
            if (CountryAt(k) is not { } c) continue;
            if (found is null) { found = c; continue; }
            if (c.Country != found.Country) return null;
        }

        // "Kazakhstan is Russia's closest partner in the region. It is a founding member of ...": the state the previous
        // sentence opens with.
        if (found is null && it == 0 && _sentence > 0)
        {
            var previous = _doc.Sentences[_sentence - 1];
            var opens = previous.FirstToken;
            // "SYDNEY (Reuters) - Australia is ...": after a dateline.
            for (var i = opens; i <= previous.LastToken && i <= opens + 6; i++) if (_t[i].Kind == TokenKind.Dash) { opens = i + 1; break; }
            // "And Ireland remains militarily neutral. It is one of ...": over a conjunction.
            if (opens < previous.LastToken && _t[opens].Text is "And" or "But" or "Yet" or "So") opens++;
            // "The Philippines, a founding member of ASEAN, is not among them. It is ...": over the article of a name.
            if (opens < previous.LastToken && _t[opens].Text == "The" && _er.At(opens + 1) is { Type: MentionType.Country } theState && theState.First == opens + 1) opens++;
            if (opens <= previous.LastToken && _er.At(opens) is { Type: MentionType.Country, Compound: false, Possessive: false } opener && opener.First == opens && opener.FormKind is CountryFormKind.Name or CountryFormKind.Alias
                && opener.Last + 1 <= previous.LastToken && (_t[opener.Last + 1].IsWord && !_t[opener.Last + 1].IsCapitalized && !_t[opener.Last + 1].Is("and")
                    // "Syria, for its part, was not invited. Its membership ...": over an aside.
                    || _t[opener.Last + 1].Is(",") && opener.Last + 2 <= previous.LastToken && _t[opener.Last + 2].IsWord && !_t[opener.Last + 2].IsCapitalized && !_t[opener.Last + 2].Is("and")
                       && _er.At(opener.Last + 2) is null)) return opener;
        }

        return found;
    }

    /// <summary>The states that are the subject of the clause a conjunction at <paramref name="conjunction"/> follows.</summary>
    private List<Mention>? TheyOfClauseBefore(int conjunction)
    {
        var c = Is(conjunction - 1, ",") ? conjunction - 1 : conjunction;
        for (var v = c - 1; v >= 1 && v >= c - 8; v--)
        {
            if (IsAny(v, ",", ";", ".") && v != c - 1) return null;
            if (!IsAny(v, "are", "were", "remain", "have", "sit", "belong", "joined", "signed", "take", "took")) continue;
            var states = Subject(v, out var negated, out _);
            return !negated && states.Count > 1 ? states : null;
        }
        return null;
    }

    /// <summary>
    /// The states "they" stands for in "A, B and C announced that they ...": the list of states that is the subject of the
    /// reporting verb just before "(that) they"; none when anything else is.
    /// </summary>
    private List<Mention>? TheyStates(int they)
    {
        var verb = ReportingVerbBefore(they);
        if (verb < 1) return null;
        var states = ReadListBackward(verb - 1, out var start, stopAtPreposition: false);
        if (states.Count > 1 && (start == 0 || Is(start - 1, "after") || Is(start - 1, ",") || Is(start - 1, "when") || Is(start - 1, "as"))) return states;
        // "Mali, Burkina Faso and Niger, whose juntas formed the AES in September, announced ...": the subject over its clause.
        var subject = Subject(verb, out var negated, out _);
        return !negated && subject.Count > 1 ? subject : null;
    }

    /// <summary>
    /// The reporting verb a pronoun at <paramref name="pronoun"/> follows ("announced that they", "said yesterday it",
    /// "announced on January 28 that they"), over "that" and a short time; -1 when there is none.
    /// </summary>
    private int ReportingVerbBefore(int pronoun)
    {
        var verb = Is(pronoun - 1, "that") ? pronoun - 2 : pronoun - 1;
        if (IsAny(verb, "yesterday", "today", "earlier")) verb--;
        // "Russia said before the vote that it would withdraw": over a short time phrase.
        if (Is(pronoun - 1, "that") && T(verb).IsWord && !IsAny(verb, WordsAnnounced10))
        {
            for (var k = verb - 1; k >= 1 && k >= verb - 4; k--)
            {
                if (IsAny(k, "before", "after", "ahead", "during")) { if (IsAny(k - 1, WordsAnnounced10)) verb = k - 1; break; }
                // "Venezuela announced in April that it would leave the OAS", "announced last week that": over the time.
                if (IsAny(k, WordsAnnounced10) && (Is(k + 1, "in") && (TimeWords.IsMonth(W(k + 2)) || T(k + 2).Kind == TokenKind.Number) || Is(k + 1, "last") && IsAny(k + 2, "week", "month", "year"))) { verb = k; break; }
                if (!T(k).IsWord || T(k).IsCapitalized && M(k) is not null) break;
            }
        }
        var back = verb;
        while (back > 0 && back >= verb - 4 && (T(back).Kind == TokenKind.Number || T(back).IsWord && (TimeWords.IsMonth(W(back)) || TimeWords.IsWeekday(W(back))) || Is(back, "on"))) back--;
        if (back < verb && (Is(back + 1, "on") || T(back + 1).IsWord && TimeWords.IsWeekday(W(back + 1)))) verb = back;
        return IsAny(verb, WordsAnnounced10) ? verb : -1;
    }

    private static readonly string[] WordsAnnounced10 = { "announced", "said", "declared", "confirmed", "stated", "decided", "warned", "insisted", "agreed", "announce" };

    /// <summary>The state written just before a person's name and title ("Belize Prime Minister Johnny Briceño", "Brazilian President Lula").</summary>
    private Mention? PersonState(int k, Mention person)
    {
        var q = k;
        while (q > 0 && _v[q - 1] >= person.First) q--;
        // "Montenegro's prime minister, Dusko Markovic, whose country ...": the state before the title in apposition.
        if (Is(q - 1, ","))
        {
            var t = q - 2;
            while (t > 0 && t >= q - 5 && T(t).IsWord && !T(t).IsCapitalized) t--;
            if (t < q - 2 && T(t).Kind == TokenKind.Possessive && M(t - 1) is { Type: MentionType.Country, Country: not null } titleOwner) return titleOwner;
        }
        for (var b = q - 1; b >= 0 && b >= q - 4; b--)
        {
            if (M(b) is { Type: MentionType.Country, Country: not null } c) return c;
            // "Myanmar's State Counsellor Aung San Suu Kyi"
            if (T(b).Kind == TokenKind.Possessive && M(b - 1) is { Type: MentionType.Country, Country: not null } owner) return owner;
            if (!T(b).IsWord || !T(b).IsCapitalized) return null;
        }
        return null;
    }

    /// <summary>
    /// "the leaders of all six CSTO member states: Armenian Prime Minister Nikol Pashinyan, ..., Belarus President ...",
    /// "the heads of state and government of BIMSTEC: Bangladesh Prime Minister Sheikh Hasina, ...": the states of the
    /// leaders listed after the colon.
    /// </summary>
    private void LeadersListed()
    {
        for (var c = 3; c + 2 < _v.Count; c++)
        {
            // "... member states: A, B", "leaders from all 21 APEC economies, among them US President ..., Chinese President ...".
            var among = Is(c, "them") && Is(c - 1, "among") && Is(c - 2, ",");
            if (!Is(c, ":") && !among) continue;
            var org = -1;
            var trigger = false;
            for (var b = (among ? c - 3 : c - 1); b >= 0 && b >= c - 12; b--)
            {
                if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && org < 0) org = Ent(b);
                if (!among && IsAny(b, "states", "members") && (Is(b, "members") || Is(b - 1, "member")) || IsAny(b, "leaders", "heads") && IsAny(b + 1, "of", "from")) trigger = true;
                if (IsAny(b, ";", ".")) break;
            }
            // With "among them", the group must be the organisation's: "leaders from all 21 APEC economies".
            if (among && !(IsAny(c - 3, "economies", "members", "states", "countries", "nations") && M(c - 4) is { Type: MentionType.Organization })) continue;
            if (!trigger) continue;
            if (org < 0) org = OrgFor(c);
            if (org < 0) continue;
            var states = new List<Mention>();
            var leader = false;
            for (var k = c + 1; k < _v.Count; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (IsAny(k, ",", "and")) { leader = false; continue; }
                // "Prime Minister Begum Khaleda Zia of Bangladesh", "King Gyanendra of Nepal", "the head of the government of
                // Bhutan": the state after "of" in an item that names a leader.
                if (Is(k - 1, "of") && CountryAt(k) is { } ofState && (leader || IsAny(k - 2, "government", "state")) && !ContainsState(states, ofState.Country)) { states.Add(ofState); continue; }
                if (IsAny(k, "head", "heads", "leader", "king", "queen", "emir", "sultan", "president", "premier")) leader = true;
                if (M(k) is not { Type: MentionType.Person } person || _v[k] != person.First) continue;
                leader = true;
                if (PersonState(k, person) is { } state && !ContainsState(states, state.Country)) states.Add(state);
            }
            if (states.Count >= 2) Hit(org, RelationKind.Member, states);
        }
    }

    /// <summary>
    /// "Duque, Vizcarra and Moreno were among the presidents who launched Prosur": the states of the leaders who founded
    /// it are its members.
    /// </summary>
    private void LeadersWhoLaunched()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "among") && Is(k + 1, "the") && IsAny(k + 2, "presidents", "leaders", "heads", "prime") && IsAny(k - 1, "were", "was"))) continue;
            var who = k + 3;
            if (Is(k + 2, "heads") && Is(who, "of") && Is(who + 1, "state")) who += 2;
            if (Is(k + 2, "prime") && Is(who, "ministers")) who++;
            if (!Is(who, "who")) return;
            var v = who + 1;
            if (Is(v, "set") && Is(v + 1, "up")) v++;
            else if (!IsAny(v, "launched", "founded", "created", "formed", "signed")) return;
            var org = NamedOrganizationAt(v + 1, out _);
            if (org < 0) return;
            var states = new List<Mention>();
            for (var q = k - 2; q >= 0; q--)
            {
                if (M(q) is { Type: MentionType.Person } person)
                {
                    // A leader the article gives no state adds none.
                    if (StateOfPerson(person) is { } state && !ContainsState(states, state.Country)) states.Add(state);
                    while (q > 0 && M(q - 1) == person) q--;
                    continue;
                }
                if (IsAny(q, ",", "and")) continue;
                // "In March, Duque, ...": an opening adverbial.
                if (Is(q, ",") || q <= 3) break;
                return;
            }
            if (states.Count > 0) Hit(org, RelationKind.Member, states);
            return;
        }
    }

    /// <summary>
    /// The states of the leaders a clause opens with before the verb at <paramref name="verb"/> ("A, B and C signed"), each by
    /// the title's adjective, the state before the title, or the state the article gave the person; null when anything
    /// but leaders stands there.
    /// </summary>
    private List<Mention>? LeadersBefore(int verb)
    {
        var states = new List<Mention>();
        var k = verb - 1;
        if (IsAny(k, "yesterday", "today", "jointly", "formally")) k--;
        var people = 0;
        while (k >= 0)
        {
            if (M(k) is { Type: MentionType.Person } person)
            {
                people++;
                var state = TitleCountry(person) ?? PersonState(k, person) ?? StateOfPerson(person);
                if (state is not null && !ContainsState(states, state.Country)) states.Add(state);
                while (k > 0 && M(k - 1) == person) k--;
                k--;
                // The title before the name: "Canadian Prime Minister", "Mexican President".
                while (k >= 0 && T(k).IsWord && T(k).IsCapitalized && M(k) is null or { Type: MentionType.Country }) k--;
                continue;
            }
            if (IsAny(k, ",", "and")) { k--; continue; }
            break;
        }
        return people > 1 && k < 0 ? states : null;
    }

    /// <summary>The state a person was given where the article introduced them, as a mention of that state, else null.</summary>
    private Mention? StateOfPerson(Mention person)
    {
        if (person.Entity < 0 || person.Entity >= _er.People.Count || _er.People[person.Entity].Country is not { } name) return null;
        foreach (var m in _er.Mentions)
        {
            if (m.Type == MentionType.Country && !m.Compound && m.Country is { } c && c.Name == name) return m;
        }
        return null;
    }

    private bool BodyAfterPreposition(int k, Mention body)
    {
        var q = k;
        while (q > 0 && _v[q - 1] >= body.First) q--;
        while (q > 0 && T(q - 1).IsWord && !T(q - 1).IsCapitalized && !IsAny(q - 1, WordsPreposition12) && q > k - 5) q--;
        return IsAny(q - 1, WordsPreposition12);
    }

    private static readonly string[] WordsPreposition12 = { "under", "by", "with", "of", "from", "to", "for", "after", "amid", "against", "before", "since" };

    /// <summary>The state whose body a body mention names ("Russia's foreign ministry"), if one.</summary>
    private Mention? BodyState(int k, Mention body)
    {
        var q = k;
        for (; q >= 0 && _v[q] >= body.First; q--) if (CountryAt(q) is { } c) return c;
        // "Niger's military government": the body named right before it ("Niger's military") says whose it is.
        if (q >= 0 && M(q) is { Type: MentionType.Body } before && before != body && before.Last + 1 == body.First)
        {
            for (var i = before.First; i < before.Last; i++)
            {
                if (_t[i + 1].Kind == TokenKind.Possessive && CountryMentionAt(i) is { } owner) return owner;
            }
        }
        // "Bolivia's new interim government": a state's possessive over lowercase modifiers.
        for (var b = q; b >= 1 && b >= q - 3; b--)
        {
            if (T(b).Kind == TokenKind.Possessive && CountryAt(b - 1) is { } whose) return whose;
            if (!T(b).IsWord || T(b).IsCapitalized) break;
        }
        return null;
    }

    /// <summary>The country mention that ends at token <paramref name="i"/>, even under a longer mention ("Niger's military").</summary>
    private Mention? CountryMentionAt(int i)
    {
        var mentions = _er.Mentions;
        int lo = 0, hi = mentions.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].First < i - 4) lo = mid + 1; else hi = mid;
        }
        for (var k = lo; k < mentions.Count && mentions[k].First <= i; k++)
        {
            if (mentions[k] is { Type: MentionType.Country, Compound: false } c && c.Last == i && c.FormKind is CountryFormKind.Name or CountryFormKind.Alias) return c;
        }
        return null;
    }

    /// <summary>", among them A, B", ", including A", ", such as A", ", notably A": where the named states begin, else <paramref name="q"/>.</summary>
    private int AfterCommaIntroducer(int q)
    {
        if (!Is(q, ",")) return q;
        if (Is(q + 1, "among") && Is(q + 2, "them")) return q + 3;
        if (IsAny(q + 1, "including", "notably", "namely")) return q + 2;
        if (Is(q + 1, "such") && Is(q + 2, "as")) return q + 3;
        return q;
    }

    private void PartnerCue(int p)
    {
        if (TakesPartAsPartners(p)) return;
        // "China and Russia, which have the lesser status of consultative partners, will also attend": partners of a tier.
        if (Is(p, "partners") && T(p - 1).IsWord && !T(p - 1).IsCapitalized && Is(p - 2, "of") && Is(p - 3, "status"))
        {
            var have = p - 4;
            while (have > 0 && have >= p - 7 && !IsAny(have, "have", "has", "hold", "holds", "enjoy", "enjoys")) have--;
            if (IsAny(have, "have", "has", "hold", "holds", "enjoy", "enjoys") && Subject(have, out var notTier, out _) is { Count: > 0 } tier && !notTier)
            {
                var of = OrgFor(p);
                if (of >= 0) Hit(of, RelationKind.DialoguePartner, tier);
            }
            return;
        }
        // "The EAC has eight partner states: Burundi, ...": the East African word for member states.
        if (Is(p, "partner") && Is(p + 1, "states") && !Is(p - 1, "dialogue"))
        {
            var colon = p + 2;
            if (Is(colon, ":") || Is(colon, ",") && IsAny(colon + 1, "namely")) { var statesOf = OrgFor(p); if (statesOf >= 0) Hit(statesOf, RelationKind.Member, ReadList(Is(colon, ":") ? colon + 1 : colon + 2, out _)); }
            return;
        }
        // "agreed to begin the procedure for granting dialogue partner status to Egypt, Qatar and Saudi Arabia": not yet.
        for (var g = p - 1; g >= 1 && g >= p - 5; g--)
        {
            if (IsAny(g, "granting", "giving", "awarding", "conferring") && IsAny(g - 1, "for", "of", "towards", "toward") && IsAny(g - 2, "procedure", "process", "procedures")) return;
        }
        // "Mongolia was granted partner status in 2021", "Egypt holds partner status"
        if (Is(p, "partner") && Is(p + 1, "status") && IsAny(p - 1, WordsGranted12))
        {
            var statusOrg = OrgFor(p);
            var holders = Subject(p - 1, out var notHolders, out _);
            if (statusOrg >= 0 && !notHolders && holders.Count > 0) Hit(statusOrg, RelationKind.DialoguePartner, holders);
            return;
        }
        // "Finland and Sweden are NATO partners but not members": an alliance's partners (not "EU partners", fellow members
        // of a union, nor trading partners).
        if (Is(p, "partners") && M(p - 1) is { Type: MentionType.Organization } alliancePartner && alliancePartner.Entity >= 0 && T(p - 1).IsCapitalized && IsAlliance(alliancePartner.Entity))
        {
            var cop = p - 1;
            while (cop > 0 && M(cop - 1) == alliancePartner) cop--;
            cop--;
            if (IsAny(cop, "are", "were", "remain") && Subject(cop, out var notPartners, out _) is { Count: > 0 } partnersOfAlliance && !notPartners)
            {
                Hit(alliancePartner.Entity, RelationKind.DialoguePartner, partnersOfAlliance);
                return;
            }
            // "Finland and Sweden, close NATO partners that are not members of the alliance": in apposition.
            while (cop > 0 && IsAny(cop, "close", "closest", "key", "longtime", "long-time", "important", "both")) cop--;
            if (Is(cop, ",") && CountryAt(cop - 1) is not null && ReadListBackward(cop - 1, out _, stopAtPreposition: false) is { Count: > 0 } apposedPartners)
            {
                Hit(alliancePartner.Entity, RelationKind.DialoguePartner, apposedPartners);
                return;
            }
        }
        // "..., although both have worked closely with the alliance as partners for two decades": partners of the body worked
        // with; "both" and "they" are the states the sentence opens with.
        if (Is(p, "partners") && Is(p - 1, "as"))
        {
            var with = p - 2;
            while (with > 0 && with >= p - 6 && !Is(with, "with")) with--;
            var verb = Is(with - 1, "closely") ? with - 2 : with - 1;
            if (Is(with, "with") && IsAny(verb, "worked", "work", "works", "cooperated", "cooperates", "cooperate", "co-operated") && JoinsAnOrganization(with, out var partnerOf) && partnerOf >= 0
                && !_er.Orgs[partnerOf].IsInstitution && !HasFutureMarker(verb))
            {
                var aux = IsAny(verb - 1, "have", "has", "had") ? verb - 1 : verb;
                var workers = Subject(verb, out var notWorked, out _);
                if (workers.Count == 0 && IsAny(aux - 1, "both", "they") && OpenerList() is { Count: > 0 } opener) workers = opener;
                if (workers.Count > 0 && !notWorked) Hit(partnerOf, RelationKind.DialoguePartner, workers);
                return;
            }
        }
        // Only "dialogue partner(s)", "partner countries/states", "partner status", "partner country".
        var dialogue = Is(p - 1, "dialogue");
        var partnerCountries = Is(p, "partner") && IsAny(p + 1, "countries", "states", "nations", "country", "state", "status", "member", "members");
        if (!partnerCountries && Is(p, "partners") && Is(p + 1, ",") && (Is(p + 2, "along") && Is(p + 3, "with") || Is(p + 2, "alongside")))
        {
            // "Japan is one of the alliance's four Indo-Pacific partners, along with South Korea, Australia and New Zealand"
            var ob = p - 1;
            while (ob >= 0 && ob >= p - 4 && T(ob).Kind != TokenKind.Possessive && (T(ob).IsWord || T(ob).Kind == TokenKind.Number)) ob--;
            if (T(ob).Kind == TokenKind.Possessive)
            {
                // A named organisation; "the alliance's" could be any alliance of the article, so only the one the
                // previous sentence names ("Japan's relationship with NATO is also on the agenda. Japan is one of the
                // alliance's four Indo-Pacific partners").
                var owner = M(ob - 1) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(ob - 1).IsWord && OrganizationWords.IsGenericNoun(W(ob - 1))) ? om.Entity
                    : T(ob - 1).IsWord && OrganizationWords.IsGenericNoun(W(ob - 1)) && Is(ob - 2, "the") && PreviousSentenceOrg() is { } previous ? previous : -1;
                var oa = ob - 1;
                while (oa >= 0 && (M(oa) is { Type: MentionType.Organization } || IsAny(oa, "the") || T(oa).IsWord && OrganizationWords.IsGenericNoun(W(oa)))) oa--;
                if (owner >= 0 && Is(oa, "of") && IsAny(oa - 1, "one", "among") && IsAny(oa - 2, "is", "was", "remains"))
                {
                    var partner = Subject(oa - 1, out var negated, out _);
                    if (!negated && partner.Count > 0)
                    {
                        partner.AddRange(ReadList(Is(p + 2, "alongside") ? p + 3 : p + 4, out _));
                        Hit(owner, RelationKind.DialoguePartner, partner);
                        return;
                    }
                }
            }
        }
        // "four of NATO's partners in the Indo-Pacific, Australia, Japan, New Zealand and South Korea,": over the region.
        var partnersEnd = p;
        if (!dialogue && !partnerCountries && Is(p, "partners") && Is(p + 1, "in"))
        {
            var r = Is(p + 2, "the") ? p + 3 : p + 2;
            while (r < _v.Count && r <= p + 6 && T(r).IsWord && T(r).IsCapitalized && CountryAt(r) is null && M(r) is not { Type: MentionType.Organization }) r++;
            if (r > (Is(p + 2, "the") ? p + 3 : p + 2) && Is(r, ",")) partnersEnd = r - 1;
        }
        // "four of NATO's partners, Australia, Japan, New Zealand and South Korea, attended": an apposition of states.
        // (Not "its trading partners, Australia and Japan": partners in trade.)
        var apposed = !dialogue && !partnerCountries && Is(p, "partners") && !IsAny(p - 1, "trading", "trade", "commercial", "business", "economic") && Is(partnersEnd + 1, ",") && CountryAt(partnersEnd + 2) is not null
            && ReadList(partnersEnd + 2, out var apposedEnd) is { Count: > 1 } && (apposedEnd + 1 >= _v.Count || IsAny(apposedEnd + 1, ",", ".", ";"));
        if (!dialogue && !partnerCountries && Is(p, "partners") && (T(partnersEnd + 1).Kind == TokenKind.Dash || Is(partnersEnd + 1, ":") || apposed))
        {
            // "the alliance's four Indo-Pacific partners — Japan, South Korea, Australia and New Zealand —"
            var owner = -1;
            for (var ob = p - 1; ob >= 0 && ob >= p - 5; ob--)
            {
                if (T(ob).Kind == TokenKind.Possessive && M(ob - 1) is { Type: MentionType.Organization } om && om.Entity >= 0) { owner = om.Entity; break; }
                if (T(ob).Kind == TokenKind.Possessive && T(ob - 1).IsWord && OrganizationWords.IsGenericNoun(W(ob - 1))) { owner = Generic(W(ob - 1)); break; }
                if (IsAny(ob, "its")) { owner = _main; break; }
            }
            var listed = ReadList(partnersEnd + 2, out _);
            if (owner >= 0 && listed.Count > 0) Hit(owner, RelationKind.DialoguePartner, listed);
            if (owner >= 0 || !apposed) return;
        }
        if (Is(p, "partners") && !dialogue && !partnerCountries && Is(p + 1, "for") && T(p + 2).IsWord && T(p + 2).IsCapitalized)
        {
            // "11 Partners for Co-operation in Asia and the Mediterranean, among them Japan, Australia, Egypt and Israel"
            for (var k = p + 3; k < _v.Count && k <= p + 12; k++)
            {
                if (IsAny(k, ";", ".", ":")) break;
                if (!(Is(k, ",") && Is(k + 1, "among") && Is(k + 2, "them"))) continue;
                var among = ReadList(k + 3, out _);
                if (among.Count > 0) { Hit(OrgFor(p), RelationKind.DialoguePartner, among); return; }
                break;
            }
        }
        if (Is(p, "partners") && (!dialogue && !partnerCountries && Is(p + 1, "for") && T(p + 2).IsWord && Is(p + 3, ":") || dialogue && Is(p + 1, ":")))
        {
            // "The organisation also works with 11 Partners for Co-operation: Japan, South Korea and Thailand in Asia, and
            // Algeria, Egypt and Israel around the Mediterranean", "10 Dialogue Partners: ...": a list grouped by region.
            var partners = ReadGroupedList(Is(p + 1, ":") ? p + 2 : p + 4);
            if (partners.Count > 0) Hit(OrgFor(p), RelationKind.DialoguePartner, partners);
            return;
        }
        if (!dialogue && !partnerCountries) return;
        var introduced = IsAny(p - 1, "the", "its", "their") || p >= 2 && IsAny(p - 2, "the", "its") && T(p - 1).Kind == TokenKind.Number || T(p - 1).Kind == TokenKind.Number || IsNumberWord(W(p - 1));
        // ("now hold the status of "partner country"": the status the article's body gives, its name or not.)
        if (!dialogue && !OrgNear(p) && !((introduced || partnerCountries && (Is(p - 2, "of") && Is(p - 3, "status") || Is(p - 1, "of") && Is(p - 2, "status"))) && _main >= 0)) return;
        var org = OrgFor(p);
        var head = partnerCountries ? p + 1 : p;

        // "dialogue partners such as A and B", "dialogue partners include A", "partner countries (A, B)".
        var q = head + 1;
        if (Is(q, ",") && IsAny(q + 1, "such", "including", "notably", "like", "namely", "alongside"))
        {
            // "21 dialogue partners, such as China, Japan and the United States"
            q++;
        }
        else if (Is(q, ",") && Is(q + 1, "among") && Is(q + 2, "them"))
        {
            // "Asean's dialogue partners, among them the United States, China and Australia"
            q += 3;
        }
        // "counts Japan, Korea and Australia among its dialogue partners, as well as the United States, Canada and the EU".
        else if (Is(q, ",") && Is(q + 1, "as") && Is(q + 2, "well") && Is(q + 3, "as")) q += 4;
        else if (Is(q, ","))
        {
            // Skip an apposition: ", known in Mercosur jargon as associated states,".
            // "eight partner countries, a new tier created at the Kazan summit last October: Belarus, Bolivia, ...".
            var c = q + 1;
            while (c < _v.Count && c <= q + 14 && !Is(c, ",") && !Is(c, ":")) c++;
            // Not "seven dialogue partners, the United States, Japan, ...": a list that opens with "the" and a state.
            q = c < _v.Count && (Is(c, ",") || Is(c, ":") && IsAny(q + 1, "a", "an", "the")) && CountryAt(q + 1) is null && !(Is(q + 1, "the") && CountryAt(q + 2) is not null) ? c + 1 : q + 1;
        }
        if (Is(q, "of") && (M(q + 1) is { Type: MentionType.Organization } || Is(q + 1, "the"))) { q += 2; while (q < _v.Count && (M(q) is { Type: MentionType.Organization } || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))) q++; }
        if (Is(q, "such") && Is(q + 1, "as")) q += 2;
        else if (IsAny(q, "including", "include", "includes", "like", "are", ":", "(", "namely", "alongside")) q++;
        else if (IsAny(q, "along", "together") && Is(q + 1, "with")) q += 2;
        else if (q < _v.Count && T(q).Kind == TokenKind.Dash) q++;
        // "Armenia, ... and Sri Lanka are dialogue partners alongside Türkiye": the subject is a partner too.
        var alongside = Is(q - 1, "alongside") || Is(q - 1, "with") && IsAny(q - 2, "along", "together");
        var list = ReadList(q, out _);
        // "It now has nine dialogue partners, from Japan and Australia to Canada and the United States": both ends of the range.
        if (list.Count == 0 && HasCommaFrom(p + 1, p + 5) && FromToList(p + 1, out _) is { Count: > 0 } range) list = range;
        // "Its observer states and dialogue partners include A, B": a list shared by two kinds.
        _markShared = dialogue && Is(p - 2, "and") && (IsAny(p - 3, "observers", "observer") || IsAny(p - 3, "states", "countries") && IsAny(p - 4, "observer"));
        if (list.Count > 0) { Hit(org, RelationKind.DialoguePartner, list); }
        _markShared = false;

        // "the United States, one of ASEAN's 11 dialogue partners," / "China is one of the forum's 21 dialogue partners"
        var a = dialogue ? p - 2 : p - 1;
        while (a >= 0 && (T(a).Kind == TokenKind.Number || IsNumberWord(W(a)) || T(a).Kind == TokenKind.Possessive || M(a) is { Type: MentionType.Organization } || T(a).IsWord && OrganizationWords.IsGenericNoun(W(a)) && T(a + 1).Kind == TokenKind.Possessive || IsAny(a, "the", "its", "a", "an", "new", "other", "fellow"))) a--;
        var oneOf = false;
        if (Is(a, "of") && IsAny(a - 1, "one", "among")) { a -= 2; oneOf = true; }
        // "China is also among its dialogue partners"
        // ("is among ASEAN's dialogue partners": the name's possessive too.)
        else if (dialogue && Is(a, "among") && (IsAny(a + 1, "its", "the") || M(a + 1) is { Type: MentionType.Organization })) { a -= 1; oneOf = true; if (IsAny(a, "also", "now", "still")) a--; }
        if (Is(a, ",") && CountryAt(a - 1) is not null) { Hit(org, RelationKind.DialoguePartner, ReadListBackward(a - 1, out _, stopAtPreposition: false)); return; }
        // "A, B, C and D make up the ZRC, with Myanmar as one of its two dialogue partners": the state after "with".
        if (oneOf && Is(a, "as") && CountryAt(a - 1) is { } withState && Is(a - 2, "with")) { Hit(org, RelationKind.DialoguePartner, new[] { withState }); return; }
        // "The United States, China and Japan are among the 11 dialogue partners": plural subjects too.
        if (oneOf && a >= 0 && (IsAny(a, "is", "was", "remains", "became") || IsAny(a, "are", "were", "remain") && Is(a + 1, "among")))
        {
            var subject = Subject(a + 1, out var negated, out _);
            if (!negated && subject.Count > 0) { Hit(org, RelationKind.DialoguePartner, subject); return; }
        }
        if (list.Count > 0 && !alongside) return;

        // "X is a dialogue partner", "X and Y are dialogue partners", "X, a dialogue partner,".
        var b = (dialogue ? p - 2 : p - 1);
        while (IsAny(b, "a", "an", "the", "its", "new", "other", "fellow")) b--;
        // ("The United States, Japan and Peru are all dialogue partners of the ZTO": over "all", "both" after the copula.)
        if (IsAny(b, "all", "both") && IsAny(b - 1, "are", "were", "remain")) b--;
        // "India has been a full dialogue partner of ASEAN since 1995": a degree of the status.
        if (dialogue && IsAny(b, "full", "formal", "official", "longtime", "long-standing", "sectoral") && IsAny(b - 1, "a", "an")) b -= 2;
        while (b >= 0 && (M(b) is { Type: MentionType.Organization } || T(b).Kind == TokenKind.Possessive)) b--;
        // "China is a Forum dialogue partner": the article before the organisation.
        if (b < (dialogue ? p - 2 : p - 1) && IsAny(b, "a", "an") && IsCopula(W(b - 1).ToLowerInvariant())) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.DialoguePartner, ReadListBackward(b - 1, out _)); return; }
        if (b >= 0 && IsCopula(W(b).ToLowerInvariant()))
        {
            var subject = Subject(b + 1, out var negated, out _);
            if (!negated) Hit(org, RelationKind.DialoguePartner, subject);
            // "China and Myanmar ... are its dialogue partners and not members": outside it too.
            if (!negated && subject.Count > 0 && Is(p + 1, "and") && IsAny(p + 2, "not", "never") && IsAny(p + 3, "members", "member")) Hit(org, RelationKind.NonMember, subject);
        }
        // "Ten countries, among them Belarus, Bolivia ..., now hold the status of partner country"
        if (Is(p, "partner") && IsAny(p + 1, "country", "status"))
        {
            var v = p - 1;
            if (Is(v, "of") && Is(v - 1, "status") && Is(v - 2, "the")) v -= 3;
            if (IsAny(v, WordsHold11))
            {
                var holders = Subject(v, out var refused, out _);
                if (holders.Count > 0 && !refused && !HasFutureMarker(v))
                {
                    Hit(org, RelationKind.DialoguePartner, holders);
                    // "Ten countries, among them ...": the number of holders.
                    if (IsAny(1, "countries", "states", "nations") && Is(2, ",") && NumberWords.TryParse(W(0), out var holding) && holding > holders.Count) Count(org, RelationKind.DialoguePartner, holding, 0);
                    return;
                }
            }
        }
        // "granted dialogue partner status to Egypt, Qatar and Saudi Arabia"
        if (Is(p + 1, "status") && Is(p + 2, "to") && ReadList(p + 3, out _) is { Count: > 0 } grantedTo)
        {
            Hit(org, RelationKind.DialoguePartner, grantedTo);
            return;
        }
        // "granted X partner status"
        if (Is(p + 1, "status") || Is(p, "partner") && Is(p + 1, "status"))
        {
            var list2 = new List<Mention>();
            for (var k = p - 1; k >= 0 && k >= p - 6; k--) if (CountryAt(k) is { } c) { list2 = ReadListBackward(k, out _); break; }
            if (list2.Count > 0) Hit(org, RelationKind.DialoguePartner, list2);
        }
    }

    private void ObserverCue(int p)
    {
        // "Indonesia had been an observer in the group since 2011": a status since superseded.
        if (Is(p - 1, "an") && Is(p - 2, "been") && Is(p - 3, "had")) return;
        var org = OrgFor(p);
        // "the North Atlantic Marine Mammal Commission (NAMMCO), a regional body whose meetings Japan has attended as an
        // observer": the organisation the relative clause describes.
        for (var w = p - 1; w >= 3 && w >= p - 10; w--)
        {
            if (IsAny(w, ",", ";", ".")) break;
            if (!Is(w, "whose")) continue;
            var n = w - 1;
            if (!(T(n).IsWord && OrganizationWords.IsGenericNoun(W(n)))) break;
            var comma = n - 1;
            while (comma > 0 && comma >= n - 4 && !Is(comma, ",")) comma--;
            var o = comma - 1;
            if (Is(o, ")") && Is(o - 2, "(")) o -= 3;
            if (Is(comma, ",") && M(o) is { Type: MentionType.Organization } described && described.Entity >= 0)
            {
                var attending = new List<Mention>();
                for (var k = w + 1; k < p; k++) if (CountryAt(k) is { } c && !ContainsState(attending, c.Country)) attending.Add(c);
                if (attending.Count > 0) Hit(described.Entity, RelationKind.Observer, attending);
                return;
            }
            break;
        }
        // "A and B are members of the WTO, while Turkmenistan has been an observer since 2020": with no organisation
        // next to the noun, the one the sentence names.
        var near = false;
        for (var k = Math.Max(0, p - 3); k < _v.Count && k <= p + 3; k++) if (M(k) is { Type: MentionType.Organization } || T(k).Kind == TokenKind.Possessive || IsAny(k, "its", "their")) near = true;
        var contrast = false;
        for (var k = p - 1; k >= 1 && k >= p - 7; k--) if (IsAny(k, "while", "whereas") && Is(k - 1, ",")) contrast = true;
        if (!near && contrast && OnlyOrganizationIn(_doc.Sentences[_sentence]) is var named && named >= 0 && !_er.Orgs[named].IsInstitution) org = named;
        // "... also belong to the 120-member Movement, in which Brazil, China and Mexico, among others, have observer
        // status": the organisation the relative clause hangs on.
        for (var w = p - 1; w >= 2 && w >= p - 16; w--)
        {
            if (IsAny(w, ";", ".")) break;
            if (!(IsAny(w, "which") && IsAny(w - 1, "in", "within") && Is(w - 2, ","))) continue;
            var a = w - 3;
            if (Is(a, ")") && Is(a - 2, "(")) a -= 3;
            if (M(a) is { Type: MentionType.Organization } antecedent && antecedent.Entity >= 0)
            {
                org = T(a).IsWord && !T(a).IsCapitalized && OrganizationWords.IsGenericNoun(W(a)) ? Generic(W(a)) : Ent(a);
            }
            break;
        }
        // "Japan and the United States are among the countries with observer status".
        if (Is(p + 1, "status") && Is(p - 1, "with") && IsAny(p - 2, "countries", "states", "nations") && Is(p - 3, "the") && Is(p - 4, "among") && IsAny(p - 5, "are", "is", "were", "was")
            && Subject(p - 5, out var notAmong, out _) is { Count: > 0 } withStatus && !notAmong)
        {
            Hit(org, RelationKind.Observer, withStatus);
            return;
        }
        // "A, B, along with the European Union, have observer status in the association": the organisation after "in".
        if (Is(p + 1, "status") && IsAny(p + 2, "in", "at", "with") && JoinsAnOrganization(p + 2, out var statusIn) && statusIn >= 0) org = statusIn;
        // "Thirteen countries from outside the region have observer status, among them China, India and Japan".
        if (Is(p + 1, "status"))
        {
            for (var k = p + 2; k + 2 < _v.Count && k <= p + 8; k++)
            {
                if (IsAny(k, ";", ".")) break;
                if (!Is(k, ",")) continue;
                var exampleAt = Is(k + 1, "among") && Is(k + 2, "them") ? k + 3 : IsAny(k + 1, "including") ? k + 2 : -1;
                if (exampleAt < 0) break;
                var has = p - 1;
                while (has >= 0 && has >= p - 3 && IsAny(has, "an", "observer", "permanent", "formal", "full")) has--;
                if (IsAny(has, "have", "has", "hold", "holds", "enjoy", "enjoys") && ReadList(exampleAt, out _) is { Count: > 0 } examples) { Hit(org, RelationKind.Observer, examples); return; }
                break;
            }
        }
        var q = p + 1;
        if (IsAny(q, "states", "countries", "nations", "members", "status")) q++;
        // "observer states and dialogue partners include ..." is ambiguous: read as observers only if named so.
        if (Is(q, "and") && Is(q + 1, "dialogue")) return;
        if (Is(q, "of") && (M(q + 1) is { Type: MentionType.Organization } || Is(q + 1, "the"))) { q += 2; while (q < _v.Count && (M(q) is { Type: MentionType.Organization } || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))) q++; }
        if (Is(q, "such") && Is(q + 1, "as")) q += 2;
        else if (IsAny(q, "including", "include", "includes", "like", "are", ":", "(", "namely")) q++;
        // "the organization's four observer states, India, Pakistan, Iran and Mongolia,": a counted noun's apposition.
        else if (Is(q, ",") && (CountryAt(q + 1) is not null || Is(q + 1, "the") && CountryAt(q + 2) is not null) && (T(p - 1).Kind == TokenKind.Number || IsNumberWord(W(p - 1)))) q++;
        else q = AfterCommaIntroducer(q);
        if (Is(q, ":") && !Is(q - 1, ":")) q++; // "Observer states include:"
        var list = ReadList(q, out _);
        if (list.Count > 0 && !Is(p + 1, "status")) { Hit(org, RelationKind.Observer, list); return; }

        // "X has observer status", "X is an observer", "X, an observer,", "granted X observer status", "X and Y are among
        // the observer states".
        var b = p - 1;
        // ("a non-member observer state": the United Nations' word; "Libya has only observer status".)
        // ("Chile, Japan and the United States are among its nine observers": over the number too.)
        while (IsAny(b, WordsA10) || Is(b, "non-member") || Is(b, "only") || IsNumberOrWord(b) && IsAny(b - 1, WordsA10)) b--;
        if (Is(b, "among") && IsAny(b - 1, "are", "is", "were", "was")) b--;
        // "Belarus, currently an observer, signed ...": the state is an observer now.
        // "Afghanistan, also formally an observer, was not invited"
        var adverbs = b;
        while (IsAny(adverbs, "currently", "now", "still", "already", "also", "formally", "officially") && adverbs > b - 3) adverbs--;
        if (adverbs < b && Is(adverbs, ",")) b = adverbs;
        // "Ruritania, one of its four observers, is expected to sign ...": over "its" and the count; "Zentralia, another observer,".
        if (Is(p, "observers") && Is(p + 1, ","))
        {
            var c = p - 1;
            if (IsNumberOrWord(c)) c--;
            if (IsAny(c, "its", "their") && Is(c - 1, "of") && IsAny(c - 2, "one", "among") && Is(c - 3, ",") && CountryAt(c - 4) is not null)
            {
                Hit(org, RelationKind.Observer, ReadListBackward(c - 4, out _, stopAtPreposition: false));
                return;
            }
        }
        if (Is(p, "observer") && Is(p - 1, "another") && Is(p - 2, ",") && Is(p + 1, ",") && CountryAt(p - 3) is not null)
        {
            Hit(org, RelationKind.Observer, ReadListBackward(p - 3, out _, stopAtPreposition: false));
            return;
        }
        // "Japan, one of the ZTO's observers, sent a delegation"
        if (Is(p, "observers") && T(b).Kind == TokenKind.Possessive)
        {
            var c = b - 1;
            while (c >= 0 && (M(c) is { Type: MentionType.Organization } || T(c).IsWord && OrganizationWords.IsGenericNoun(W(c)) || IsAny(c, "the"))) c--;
            if (Is(c, "of") && IsAny(c - 1, "one", "among") && Is(c - 2, ",") && CountryAt(c - 3) is not null)
            {
                Hit(org, RelationKind.Observer, ReadListBackward(c - 3, out _, stopAtPreposition: false));
                return;
            }
        }
        while (b >= 0 && (M(b) is { Type: MentionType.Organization } || T(b).Kind == TokenKind.Possessive)) b--;
        // "The United States and Canada are among the Pacific Alliance's observer states": over "among the".
        if (Is(b, "the") && Is(b - 1, "among") && IsAny(b - 2, "are", "is", "were", "was") && T(b + 1).IsWord && M(b + 1) is { Type: MentionType.Organization }) b -= 2;
        // "Papua New Guinea, an ASEAN observer since 1976,": the article before the organisation.
        if (b < p - 1 && IsAny(b, "a", "an") && Is(b - 1, ",")) b--;
        // "Papua New Guinea has been an Asean observer since 1976": the copula before the article.
        // (Not "Belarus had been an ZTO observer since 2015 and applied for full membership": a status since superseded.)
        else if (b < p - 1 && IsAny(b, "a", "an") && IsCopula(W(b - 1).ToLowerInvariant()) && !(Is(b - 1, "been") && Is(b - 2, "had"))) b--;
        // "Afghanistan, Belarus and Mongolia are, like Iran, observer states": the subject and the state compared.
        if (Is(b, ",") && CountryAt(b - 1) is not null && ReadListBackward(b - 1, out var likeStart, stopAtPreposition: false) is { Count: > 0 } compared
            && Is(likeStart - 1, "like") && Is(likeStart - 2, ",") && IsAny(likeStart - 3, "are", "is", "were", "was", "remain", "remains")
            && Subject(likeStart - 3, out var notLike, out _) is { Count: > 0 } likeSubject && !notLike)
        {
            Hit(org, RelationKind.Observer, likeSubject);
            Hit(org, RelationKind.Observer, compared);
            return;
        }
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.Observer, ReadListBackward(b - 1, out _)); return; }
        // "They join France, Germany, ... and Britain, which were already observers": the states the relative clause hangs on.
        var cop = b;
        while (cop > b - 3 && IsAny(cop, "already", "still", "now", "long")) cop--;
        if (cop >= 3 && (IsCopula(W(cop).ToLowerInvariant()) || IsAny(cop, WordsHas10)) && Is(cop - 1, "which") && Is(cop - 2, ",") && CountryAt(cop - 3) is not null
            && ReadListBackward(cop - 3, out _, stopAtPreposition: false) is { Count: > 0 } whichAre)
        {
            Hit(org, RelationKind.Observer, whichAre);
            return;
        }
        if (b >= 0 && (IsCopula(W(b).ToLowerInvariant()) || IsAny(b, WordsHas10)))
        {
            var subject = Subject(IsCopula(W(b).ToLowerInvariant()) ? b + 1 : b, out var negated, out _);
            if (!negated && subject.Count > 0) { Hit(org, RelationKind.Observer, subject); return; }
        }
        // "Seychelles attended the meeting as an observer state": over the event attended.
        var attendedEvent = Is(b, "as") && IsAny(b - 1, "meeting", "summit", "talks", "session", "conference") && Is(b - 2, "the") && IsAny(b - 3, "attended", "attends", "attend");
        // "Timor-Leste, which has attended ASEAN meetings as an observer since 2022,": the organisation's meetings.
        var attendedOf = -1;
        var attendVerb = -1;
        if (!attendedEvent && Is(b, "as") && IsAny(b - 1, "meetings", "summits", "sessions", "meeting", "summit") && M(b - 2) is { Type: MentionType.Organization } attendedOrg && attendedOrg.Entity >= 0)
        {
            var a = b - 2;
            while (a > 0 && M(a - 1) == attendedOrg) a--;
            if (Is(a - 1, "the")) a--;
            if (IsAny(a - 1, "attended", "attends", "attend")) { attendedEvent = true; attendedOf = Ent(b - 2); attendVerb = a - 1; }
        }
        // "Timor-Leste now attends the bloc's meetings as an observer": the meetings of the body named before them.
        // ("Afghanistan and Mongolia attend its meetings as observer states": "its", the body the sentence before named.)
        if (!attendedEvent && Is(b, "as") && IsAny(b - 1, "meetings", "summits", "sessions") && IsAny(b - 2, "its", "their") && IsAny(b - 3, "attended", "attends", "attend")
            && (PreviousSentenceOrg() ?? _main) is var itsMeetings && itsMeetings >= 0)
        {
            attendedEvent = true;
            attendedOf = itsMeetings;
            attendVerb = b - 3;
        }
        if (!attendedEvent && Is(b, "as") && IsAny(b - 1, "meetings", "summits", "sessions") && T(b - 2).Kind == TokenKind.Possessive)
        {
            var owner = b - 3;
            var ownerOrg = M(owner) is { Type: MentionType.Organization } meetingsOf && meetingsOf.Entity >= 0 && !(T(owner).IsWord && OrganizationWords.IsGenericNoun(W(owner))) ? meetingsOf.Entity
                : T(owner).IsWord && OrganizationWords.IsGenericNoun(W(owner)) ? Generic(W(owner)) : -1;
            var a = owner;
            while (a > 0 && M(a - 1) is { Type: MentionType.Organization } && M(a - 1) == M(owner)) a--;
            if (Is(a - 1, "the")) a--;
            if (ownerOrg >= 0 && IsAny(a - 1, "attended", "attends", "attend")) { attendedEvent = true; attendedOf = ownerOrg; attendVerb = a - 1; }
        }
        // "takes part in the bloc's meetings as an observer": over the meetings taken part in.
        var partIn = -1;
        if (Is(b, "as") && IsAny(b - 1, WordsMeeting9))
        {
            for (var k = b - 2; k >= 0 && k >= b - 7; k--)
            {
                if (Is(k, "in") && Is(k - 1, "part") && IsAny(k - 2, "take", "takes", "took", "taking")) { partIn = k - 1; break; }
                // (and "take part in the movement as observers", below)
                if (!T(k).IsWord && T(k).Kind != TokenKind.Possessive || CountryAt(k) is not null) break;
            }
        }
        // "Countries such as China and Brazil take part in the movement as observers": the organisation taken part in.
        if (partIn < 0 && Is(b, "as") && (M(b - 1) is { Type: MentionType.Organization } || T(b - 1).IsWord && OrganizationWords.IsGenericNoun(W(b - 1))))
        {
            var k = b - 1;
            while (k > 0 && M(k - 1) is { Type: MentionType.Organization } && M(k - 1) == M(b - 1)) k--;
            if (Is(k - 1, "the")) k--;
            if (Is(k - 1, "in") && Is(k - 2, "part") && IsAny(k - 3, "take", "takes", "took", "taking"))
            {
                partIn = k - 2;
                if (JoinsAnOrganization(k - 1, out var partOf) && partOf >= 0) org = partOf;
            }
            // "takes part in the work of the Energy Community as an observer": over the work of the body.
            else if (Is(k - 1, "of") && IsAny(k - 2, "work", "activities") && Is(k - 3, "the") && Is(k - 4, "in") && Is(k - 5, "part") && IsAny(k - 6, "take", "takes", "took", "taking")
                && M(b - 1) is { Type: MentionType.Organization, Entity: >= 0 } worked && !_er.Orgs[worked.Entity].IsInstitution)
            {
                partIn = k - 5;
                org = worked.Entity;
            }
        }
        if (Is(b, "as") && (IsAny(b - 1, WordsAttend11) || attendedEvent || partIn > 0
            || Is(b - 1, "part") && IsAny(b - 2, "take", "takes", "took", "taking")))
        {
            if (partIn > 0) b = partIn + 1;
            // "Thirteen non-Arctic states, including China, India and Japan, attend as observers";
            // "Turkmenistan takes part as an observer, as does Hungary"
            var verb = attendVerb >= 0 ? attendVerb : attendedEvent ? b - 3 : Is(b - 1, "part") ? b - 2 : b - 1;
            var attending = Subject(verb, out var absent, out _);
            if (attendedOf >= 0) org = attendedOf;
            if (!absent && attending.Count > 0 && !HasFutureMarker(verb))
            {
                Hit(org, RelationKind.Observer, attending);
                for (var k = p + 1; k < _v.Count && k <= p + 4; k++)
                {
                    if (!(Is(k, ",") && Is(k + 1, "as") && IsAny(k + 2, "does", "do", "did"))) continue;
                    Hit(org, RelationKind.Observer, ReadList(k + 3, out _));
                    break;
                }
                return;
            }
        }
        // "Leaders also granted associate observer status to Japan, Turkey, Georgia and Namibia": those it was granted to.
        if (Is(p + 1, "status") && Is(p + 2, "to") && CountryAt(p + 3) is not null)
        {
            var g = p - 1;
            while (g >= 0 && g >= p - 3 && !IsAny(g, "granted", "gave", "grant", "grants", "granting", "given", "awarded", "accorded", "offered")) g--;
            if (IsAny(g, "granted", "gave", "grant", "grants", "granting", "given", "awarded", "accorded") && !IsAny(g - 1, "not", "never") && ReadList(p + 3, out _) is { Count: > 0 } grantedTo)
            {
                // "Leaders also granted ...": with no organisation in the sentence, the one whose leaders the article is about.
                Hit(SentenceOrganizationOr(_main) is var grantor && grantor >= 0 ? grantor : org, RelationKind.Observer, grantedTo);
                return;
            }
        }
        if (b >= 0 && IsAny(b, "granted", "given", "gained", "obtained", "received", "won", "awarded") && Is(p + 1, "status"))
        {
            var passive = IsAny(b - 1, "was", "were", "been", "be");
            var subject = Subject(passive ? b : b, out var negated, out _);
            if (!negated && subject.Count > 0) { Hit(org, RelationKind.Observer, subject); return; }
        }
        if (b >= 0 && CountryAt(b) is not null && Is(p + 1, "status"))
        {
            Hit(org, RelationKind.Observer, ReadListBackward(b, out _));
        }
        else if (W(b) == "it" && IsAny(b - 1, "granted", "gave", "given", "grant", "giving", "grants", "gives") && Is(p + 1, "status") && ItStateObject(b) is { } granted)
        {
            // "agreed to admit Timor-Leste as the association's 11th member and granted it observer status"
            Hit(org, RelationKind.Observer, new[] { granted });
        }
    }

    /// <summary>Whether ", including", ", such as" or ", among them" follows within a short description from <paramref name="q"/>.</summary>
    private bool ExamplesFollow(int q)
    {
        for (var k = q; k + 2 < _v.Count && k <= q + 12; k++)
        {
            if (IsAny(k, ";", ".")) return false;
            if (Is(k, ",") && (Is(k + 1, "including") || Is(k + 1, "such") && Is(k + 2, "as") || Is(k + 1, "among") && Is(k + 2, "them"))) return true;
        }
        return false;
    }

    /// <summary>
    /// "the ZTO, the trade alliance that links the United States, Britain and Canada": what a body described in apposition
    /// links is what it is made of.
    /// </summary>
    private bool ApposedBodyLinks(int p)
    {
        if (!Is(p, "links") || !Is(p - 1, "that") || !T(p - 2).IsWord || T(p - 2).IsCapitalized || M(p - 2) is not null) return false;
        var body = ApposedOrganization(p - 2);
        if (body < 0 || _er.Orgs[body].IsInstitution) return false;
        if (ReadList(p + 1, out var end) is not { Count: > 1 } linked || !(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";"))) return false;
        Hit(body, RelationKind.Member, linked);
        return true;
    }

    /// <summary>
    /// The organisation that is the subject of the sentence ("The 13-member Organization of ... is dominated by ..."), when
    /// the sentence opens with it and its verb follows at once, or -1; only a subject before <paramref name="before"/>.
    /// </summary>
    private int SentenceSubjectOrg(int before)
    {
        var k = 0;
        if (IsAny(k, "the")) k++;
        if (T(k).IsWord && !T(k).IsCapitalized && M(k) is null && (W(k).EndsWith("-member", StringComparison.Ordinal) || W(k).EndsWith("-nation", StringComparison.Ordinal) || W(k).EndsWith("-country", StringComparison.Ordinal))) k++;
        int org;
        if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0)
        {
            org = Ent(k);
            while (k + 1 < _v.Count && M(k + 1) == om) k++;
            k = AfterAcronym(k + 1);
        }
        else if (k == 1 && T(k).IsWord && OrganizationWords.IsGenericNoun(W(k))) { org = Generic(W(k)); k++; }
        else return -1;
        if (org < 0 || k >= before || !IsAny(k, "is", "was", "has", "had", "remains", "remained")) return -1;
        return org;
    }

    private void CompositionCue(int p, string w)
    {
        // ("whose members include A, B" is read by WhoseMembersInclude.)
        if (Is(p - 1, "members") && Is(p - 2, "whose")) return;
        // "The G20 brings together the European Union and 19 countries, including Korea, ...": examples of what the verb
        // before gathers, read with it (not members of the body named between).
        if (w == "including" && Is(p - 1, ","))
        {
            for (var k = p - 2; k >= 1 && k >= p - 14; k--)
            {
                if (IsAny(k, ";", ".") || M(k) is { Type: MentionType.Country }) break;
                if (Is(k, "together") && IsAny(k - 1, "brings", "bringing", "brought") || IsAny(k, "groups", "unites", "comprises", "gathers")) return;
            }
        }
        var q = p + 1;
        // "APEC's member economies, which include Hong Kong as well as sovereign states such as Russia and Canada":
        // the members named after a relative "which include", up to a "such as".
        if (w is "include" or "includes" && IsAny(p - 1, "which", "that") && Is(p - 2, ",")
            && (IsAny(p - 3, "members", "member-states") || IsAny(p - 3, "economies", "states", "countries", "nations") && Is(p - 4, "member")))
        {
            var start = p + 1;
            for (var k = p + 1; k < _v.Count && k <= p + 12; k++)
            {
                if (Is(k, "such") && Is(k + 1, "as")) { start = k + 2; break; }
                if (IsAny(k, ",", ";", ".")) break;
            }
            var named = ReadList(start, out _);
            if (named.Count > 0) Hit(OrgFor(p - 3), RelationKind.Member, named);
            return;
        }
        switch (w)
        {
            case "consists":
            case "consisting":
                if (!Is(q, "of")) return;
                q++;
                break;
            case "made":
                if (!Is(q, "up")) return;
                q++;
                if (IsAny(q, "mostly", "mainly", "largely", "chiefly", "primarily")) return; // a description, not the list
                if (!Is(q, "of")) return;
                q++;
                break;
            case "comprised":
                if (Is(q, "of")) q++;
                break;
            case "brings":
            case "bringing":
            case "brought":
                if (!Is(q, "together")) return;
                q++;
                break;
            case "launched":
            case "founded":
            case "formed":
            case "established":
            case "created":
            case "revived":
            case "relaunched":
            case "re-established":
                // "founded in Cairo in 1945 by Egypt, Iraq ...", "signed on November 30, 1999, by ...": over a date.
                // ("established in 1994 under a convention signed the year before by ...": further over a text signed.)
                var signedOver = false;
                while (q < _v.Count && (q <= p + 8 || signedOver && q <= p + 13) && !Is(q, "by") && !(Is(q, ",") && T(q + 1).Kind != TokenKind.Number && !Is(q + 1, "by")) && !Is(q, "as"))
                {
                    if (Is(q, "signed")) signedOver = true;
                    q++;
                }
                // "It was founded in 1971 as the South Pacific Forum by Australia, ...": over the name it had then.
                // ("founded as the South Pacific Forum in 1971 by ...": over a time after the name too.)
                if (Is(q, "as") && NamedOrganizationAt(q + 1, out var formerEnd) >= 0)
                {
                    var afterFormer = AfterAcronym(formerEnd);
                    if (TimeEnd(afterFormer) is var formerTime && formerTime > 0) afterFormer = formerTime + 1;
                    if (Is(afterFormer, "by")) q = afterFormer;
                }
                if (!Is(q, "by"))
                {
                    // "founded in Belgrade in 1961 on the initiative of the leaders of Yugoslavia, India, Egypt, ...": the
                    // founders are the states whose leaders took the initiative.
                    var initiative = -1;
                    for (var k = p + 1; k + 2 < _v.Count && k <= p + 10; k++) if (Is(k, "initiative") && Is(k - 1, "the") && Is(k - 2, "on") && Is(k + 1, "of")) { initiative = k + 2; break; }
                    if (initiative < 0) return;
                    if (Is(initiative, "the") && IsAny(initiative + 1, "leaders", "heads", "presidents", "governments") && Is(initiative + 2, "of")) initiative += 3;
                    q = initiative;
                    break;
                }
                q++;
                // "launched in Cairo in January by energy ministers from Egypt, Israel, ...": the states the office holders are of.
                if (StatesOfOfficeHolders(q) is var officeStates && officeStates > 0) q = officeStates;
                break;
            case "consisted":
            case "consist":
                if (!Is(q, "of")) return;
                q++;
                break;
            case "includes":
            case "include":
            case "including":
            case "included":
                break;
            case "involves":
                // "RCEP involves the ten ASEAN member states and five of their partners: A, B, ...": only over a described
                // group or a list of states, never "the deal involves cuts".
                if (!(Is(q, "the") && (IsNumberOrWord(q + 1) || CountryAt(q + 1) is not null) || CountryAt(q) is not null)) return;
                break;
            case "counts":
                if (Is(q, "among")) return;
                if (IsAny(q, "also")) q++;
                break;
        }
        // "The Core Group is made up of the Ambassadors of Germany, Brazil and Canada", "brings together the foreign ministers
        // of ...": the states whose envoys the body gathers.
        if (w is not ("launched" or "founded" or "formed" or "established" or "created" or "revived" or "relaunched" or "re-established") && Is(q, "the")
            && StatesOfOfficeHolders(q) is var envoysOf && envoysOf > 0) q = envoysOf;
        // "which includes fellow ASEAN states Brunei, Malaysia, Singapore and Vietnam": over the description of the states.
        if (Is(q, "fellow") && M(q + 1) is { Type: MentionType.Organization } fellowOrg)
        {
            var f = q + 1;
            while (f + 1 < _v.Count && M(f + 1) == fellowOrg) f++;
            if (IsAny(f + 1, "states", "members", "countries", "nations") && CountryAt(f + 2) is not null) q = f + 2;
        }
        var described = SkipDescription(q, out var describedCount);
        if (described < 0 && SkipCommaDescription(q) is var commaDescribed && commaDescribed > 0) described = commaDescribed;
        // "brings together all 33 countries of the region without the United States and Canada": who is left out.
        var excluded = ExcludedAfter(q);
        var extentAt = q;
        // "the New Development Bank (NDB), established by the BRICS countries in 2014": the members the article named of the
        // founding organisation.
        List<Mention>? foundedByMembers = null;
        if (described < 0 && w is "founded" or "established" or "created" or "formed" && Is(q - 1, "by") && Is(q, "the") && NamedOrganizationAt(q, out var foundersEnd) is var foundersOrg && foundersOrg >= 0
            && IsAny(AfterAcronym(foundersEnd), "countries", "states", "members", "nations", "governments") && KnownMembers(OwnerOf(foundersOrg)) is { Count: > 1 } knownFounders)
        {
            foundedByMembers = knownFounders;
        }
        // "the Zentral Power Integration Project, which was set up by the four countries in 2014": the list of that many named
        // in the sentences before, else the states the sentence before named, when that many.
        if (described < 0 && foundedByMembers is null && Is(q - 1, "by") && Is(q, "the") && IsNumberOrWord(q + 1) && NumberWords.TryParse(W(q + 1), out var byCount) && byCount > 1
            && IsAny(q + 2, "countries", "states", "nations", "governments") && !IsAny(q + 3, ",", ":", "(", "-") && T(q + 3).Kind != TokenKind.Dash)
        {
            foundedByMembers = CountedStatesNamedBefore(byCount);
            if (foundedByMembers is not null) q += 3;
        }
        if (described > 0) q = described;
        else if (foundedByMembers is null && Is(q, "the") && CountryAt(q + 1) is null && excluded is null && FromToList(q, out _) is null && !ExamplesFollow(q)) return;
        // "Its members also include Iran and Yemen in the Gulf region, the island states of Comoros and the Maldives, and
        // France": groups the list describes.
        var list = w is "include" or "includes" ? ReadGroupedList(q, out var end) : ReadList(q, out end);
        if (list.Count == 0 && foundedByMembers is not null) list = foundedByMembers;
        // "The wider OPEC+ group brings together those 12 and 10 other producers led by Russia, including Kazakhstan, Mexico
        // and Oman": the list of that size named before, the leader and the examples of the others.
        if (list.Count == 0 && w is "brings" or "bringing" or "groups" or "includes" or "unites" && Is(extentAt, "those") && IsNumberOrWord(extentAt + 1)
            && NumberWords.TryParse(W(extentAt + 1), out var those))
        {
            for (var k = _lists.Count - 1; k >= 0; k--)
            {
                var (sentence, _, earlier) = _lists[k];
                if (sentence == _sentence || earlier.Count != those) continue;
                list = new List<Mention>(earlier);
                end = extentAt + 1;
                break;
            }
            if (list.Count > 0 && Is(end + 1, "and") && IsNumberOrWord(end + 2))
            {
                for (var k = end + 3; k < _v.Count && k <= end + 14; k++)
                {
                    if (IsAny(k, ";", ".")) break;
                    if (Is(k, "led") && Is(k + 1, "by") && ReadList(k + 2, out _) is { Count: > 0 } leaders) list.AddRange(leaders);
                    if (Is(k, "including") && ReadList(k + 1, out _) is { Count: > 0 } others) { list.AddRange(others); break; }
                }
            }
        }
        // "brings together the 27 member states of the EU and the countries of the southern Mediterranean, from Morocco,
        // Algeria and Tunisia to Egypt, Jordan and Turkey, as well as Albania and Montenegro": the states an extent names.
        if (list.Count == 0 && FromToList(extentAt, out var extentEnd) is { Count: > 0 } extent)
        {
            list = extent;
            end = extentEnd;
        }
        // "which groups Arab oil producers including Kuwait, Saudi Arabia, Algeria and Libya": the states a description
        // names after "including" or "such as".
        if (list.Count == 0 && w is "groups" or "unites" or "brings" or "bringing" or "comprises")
        {
            var statesNoun = false;
            // "The G20 brings together the European Union and 19 countries, among them ...": over a body named first.
            var from = Is(extentAt, "the") ? extentAt + 1 : extentAt;
            if (M(from) is { Type: MentionType.Organization } firstBody)
            {
                while (from + 1 < _v.Count && M(from + 1) == firstBody) from++;
                from = AfterAcronym(from + 1);
                if (Is(from, "and")) extentAt = from + 1;
            }
            for (var k = extentAt; k < _v.Count && k <= extentAt + 10; k++)
            {
                // "brings together 21 member economies around the Pacific Rim, including ...": over a comma after the noun.
                if (Is(k, ",") && statesNoun && (Is(k + 1, "including") || Is(k + 1, "such") && Is(k + 2, "as") || Is(k + 1, "among") && Is(k + 2, "them"))) continue;
                if (!T(k).IsWord && T(k).Kind != TokenKind.Number && T(k).Kind != TokenKind.Possessive || M(k) is { Type: MentionType.Country or MentionType.Organization }) break;
                if (IsAny(k, "producers", "countries", "states", "nations", "economies", "members", "governments")) statesNoun = true;
                // "which brings together the world's largest economies, among them the United States, Canada and Mexico"
                var at = Is(k, "including") ? k + 1 : Is(k, "such") && Is(k + 1, "as") || Is(k, "among") && Is(k + 1, "them") ? k + 2 : -1;
                if (at < 0) continue;
                if ((IsAny(k - 1, "producers", "countries", "states", "nations", "economies", "members", "governments") || Is(k - 1, ",") && statesNoun) && ReadList(at, out var includedEnd) is { Count: > 0 } included)
                {
                    list = included;
                    end = includedEnd;
                }
                break;
            }
        }
        // "brings together Algeria, Libya, ... on the southern side of the sea and France, Italy, ... on the northern side": a
        // second list after the first one's place.
        if (w is "groups" or "brings" or "unites" && list.Count > 0 && IsAny(end + 1, "on", "in") && Is(end + 2, "the"))
        {
            var k = end + 3;
            while (k < _v.Count && k <= end + 9 && T(k).IsWord && !T(k).IsCapitalized && !Is(k, "and") && M(k) is null) k++;
            if (Is(k, "and") && k > end + 3 && ReadList(k + 1, out var secondEnd) is { Count: > 0 } secondPlace)
            {
                list.AddRange(secondPlace);
                end = secondEnd;
            }
        }
        // "which groups India with Bangladesh, Bhutan, ...", "brings together five SAARC countries with Myanmar and Thailand".
        if (w is "groups" or "brings" or "unites" && Is(list.Count > 0 ? end + 1 : -1, "with") && ReadList(end + 2, out var groupedWithEnd) is { Count: > 0 } grouped)
        {
            list.AddRange(grouped);
            end = groupedWithEnd;
        }
        else if (w is "groups" or "brings" or "unites" && list.Count == 0 && described < 0)
        {
            for (var k = q; k < _v.Count && k <= q + 6; k++)
            {
                if (IsAny(k, ",", ";", ".")) break;
                if (Is(k, "with") && ReadList(k + 1, out var groupedEnd) is { Count: > 0 } withOthers && (groupedEnd + 1 >= _v.Count || IsAny(groupedEnd + 1, ".", ",", ";")))
                {
                    list = withOthers;
                    end = groupedEnd;
                    break;
                }
            }
        }
        if (list.Count == 0 && excluded is null) return;
        if (list.Count == 0) end = q;
        // "counts Chile and Bolivia as associate members": the noun after "as" names the relation (HasStatesAsAssociates).
        if (w is "counts" && Is(end + 1, "as") && !Is(end + 2, "well")) return;

        // The subject must be the organisation: an organisation mention or a generic noun before the cue, in this clause.
        var org = -1;
        var kind = RelationKind.Member;
        // "The bloc counts Japan and China among its observers": the kind the text names after the list.
        if (Is(end + 1, "among") && IsAny(end + 2, "its", "their"))
        {
            if (IsAny(end + 3, "observers", "observer")) kind = RelationKind.Observer;
            else if (IsAny(end + 3, "partners", "partner") || Is(end + 3, "dialogue")) kind = RelationKind.DialoguePartner;
            else if (!IsAny(end + 3, "members", "member", "founders", "founding")) return;
        }
        var reach = p - 14;
        var skipFrom = -1;
        var skipTo = -1;
        // "The bloc, founded by Venezuela and Cuba in 2004, also includes ...": over an adverb after the apposition.
        var beforeCue = IsAny(p - 1, "also", "now", "still") ? p - 1 : p;
        // "The group, which first met ... in 2016, had until now brought together ...": over the auxiliary and its adverbs.
        while (beforeCue > 2 && beforeCue >= p - 4 && IsAny(beforeCue - 1, "had", "has", "have", "until", "now", "so", "far", "always", "long")) beforeCue--;
        if (Is(beforeCue - 1, ","))
        {
            // "The forum, set up in 2019 to complement the Caspian summits, groups ...": over the apposition.
            var open = beforeCue - 2;
            while (open >= 0 && open > p - 30 && !Is(open, ",") && !Is(open, ";")) open--;
            if (Is(open, ",") && open <= 4) reach = open - 6;
            // "The nine-member group, also known as EU Med, brings together ...": the other name is not the subject.
            if (Is(open, ",") && (Is(open + 1, "also") && Is(open + 2, "known") || Is(open + 1, "known") && Is(open + 2, "as") || IsAny(open + 1, "dubbed", "called", "nicknamed")))
            {
                skipFrom = open;
                skipTo = p - 1;
            }
            // "The new grouping of twenty states, which newspapers have begun to call the "Zentral group," is made up of": the
            // body the relative clause names the subject by.
            if (Is(open, ",") && SubjectCalled() is var calledBody && calledBody >= 0)
            {
                Hit(calledBody, kind, list);
                return;
            }
        }
        // "The 13-member Organization of the Petroleum Exporting Countries is dominated by its Gulf producers, led by A, B and
        // C, and also includes D, E and F": a second predicate of the sentence's subject, over the states of the first.
        if (w is "includes" or "include" && Is(beforeCue - 1, "and") && Is(beforeCue - 2, ",") && SentenceSubjectOrg(beforeCue - 2) is var coordinated && coordinated >= 0)
        {
            org = coordinated;
            reach = p;
        }
        for (var b = p - 1; b >= 0 && b >= reach; b--)
        {
            if (b >= skipFrom && b <= skipTo) continue;
            if (b < p - 1 && reach < p - 14 && b > reach + 6) continue;
            if (IsAny(b, "partners", "partner") && kind == RelationKind.Member) { kind = RelationKind.DialoguePartner; continue; }
            if (IsAny(b, "observers", "observer") && kind == RelationKind.Member) { kind = RelationKind.Observer; continue; }
            // A generic noun is resolved here, whatever organisation the recognizer linked it to.
            if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && !(T(b).IsWord && !T(b).IsCapitalized && OrganizationWords.IsGenericNoun(W(b)))) { org = Ent(b); break; }
            // "It is a cooperation initiative launched in 1994 by ...": "it" is what the sentence before was about.
            if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) && b <= 6 && Is(0, "it") && IsAny(1, "is", "was") && IsAny(2, "a", "an") && M(b) is null
                && PreviousSentenceOrg() is { } itOrg && itOrg >= 0) { org = itOrg; break; }
            if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)))
            {
                // "the OPEC+ alliance": the organisation named before the noun.
                org = M(b - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 ? named.Entity : ApposedOrganization(b) is var apposed && apposed >= 0 ? apposed : Generic(W(b));
                break;
            }
            // "it has consisted of": the organisation the previous sentence was about, else the main one.
            if (IsAny(b, "it") && b <= p - 1 && b >= p - 4) { org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main; break; }
            if (IsAny(b, "which", "that"))
            {
                // "the Indo-Pacific Economic Framework (IPEF), which ... and which also includes": the antecedent.
                var antecedent = -1;
                for (var a = b - 1; a >= 0 && a >= b - 40; a--)
                {
                    if (IsAny(a, "which") && a < b) continue;
                    if (M(a) is { Type: MentionType.Organization } am && am.Entity >= 0 && (Is(a + 1, ",") || Is(a + 1, "which") || Is(a + 1, ")") && Is(a + 2, ",")
                        // "the Group of 20 (G20) summit, which brings together the world's largest economies": the summit's organisation.
                        || IsAny(Is(a + 1, ")") ? a + 2 : AfterAcronym(a + 1), "summit", "summits") && Is((Is(a + 1, ")") ? a + 2 : AfterAcronym(a + 1)) + 1, ",")))
                    {
                        antecedent = Ent(a);
                        // "the Supreme Eurasian Economic Council, the union's top body, which brings together the leaders of its
                        // five member states": the organisation the body belongs to.
                        if (Is(a + 1, ",") && Is(a + 2, "the") && T(a + 3).IsWord && OrganizationWords.IsGenericNoun(W(a + 3)) && T(a + 4).Kind == TokenKind.Possessive && Generic(W(a + 3)) is var owner && owner >= 0) antecedent = owner;
                        break;
                    }
                }
                if (antecedent >= 0) { org = antecedent; break; }
            }
            // ("Its members are 24 countries and the Zentral Union. Member states include ...": of what the sentences were about.)
            if (IsAny(b, "members", "member", "membership")) { org = b <= 1 && _sentence > 0 && _t[_doc.Sentences[_sentence - 1].FirstToken].Text is "Its" or "Their" && PreviousSentenceOrg() is int itsOrg && itsOrg >= 0 ? itsOrg : OrgFor(b); break; }
            if (CountryAt(b) is not null && w is "includes" or "include" or "including" or "included") return;
            if (IsAny(b, ";", "but")) break;
        }
        if (org < 0) return;
        // "producers outside the alliance, including the US": examples of those outside (the outside cue reads them).
        if (w == "including")
        {
            for (var b = p - 1; b >= 0 && b >= p - 7; b--) if (Is(b, "outside")) return;
        }
        // "including" after a noun other than members/states lists examples of something else.
        if (w == "including" && !(IsAny(p - 1, ",") && (IsAny(BeforePlace(p - 2), "members", "states", "countries", "nations", "governments") || Is(p - 2, "economies") && IsNumberOrWord(p - 3) && Is(p - 4, "by") || M(p - 2) is { Type: MentionType.Organization }
                // "Several members of the Southern African Development Community (SADC), including South Africa, ...": the acronym.
                || Is(p - 2, ")") && Is(p - 4, "(") && M(p - 3) is { Type: MentionType.Organization }) || IsAny(p - 1, "members", "states", "countries", "nations")))
        {
            return;
        }
        // "deals with third countries, including China": countries other than the members.
        var noun = Is(p - 1, ",") ? p - 2 : p - 1;
        if (w == "including" && IsAny(noun, "states", "countries", "nations") && IsAny(noun - 1, WordsThird11))
        {
            return;
        }
        if (excluded is not null && kind == RelationKind.Member) Hit(org, RelationKind.NonMember, excluded);
        if (list.Count == 0) return;
        // "The 14-nation framework, which does not include China": left out.
        if (IsAny(p - 1, "not", "n't", "never") && kind == RelationKind.Member)
        {
            Hit(org, RelationKind.NonMember, list);
            return;
        }
        // "Other countries in accession talks include Argentina, Brazil and Peru": candidates.
        if (kind == RelationKind.Member && w is "include" or "includes" or "including")
        {
            for (var b = p - 1; b >= 0 && b >= p - 8; b--)
            {
                if (IsAny(b, ",", ";")) break;
                if (IsAny(b, "accession", "candidates", "candidate", "applicants", "applicant", "aspirants", "hopefuls")) { kind = RelationKind.Joining; break; }
                // "The bloc's other associate states include Chile, Colombia, Ecuador and Peru": associates, read as partners.
                if (IsAny(b, "states", "members", "countries") && IsAny(b - 1, "associate", "associated")) { kind = RelationKind.DialoguePartner; break; }
            }
        }
        Hit(org, kind, list);
        // "groups Türkiye, Azerbaijan, ... and Uzbekistan, with Hungary and Turkmenistan as observers"; "brings together five
        // Saarc countries, A, B, ..., with Myanmar and Thailand": the states added after "with".
        if (Is(end + 1, ",") && Is(end + 2, "with") && ReadList(end + 3, out var withEnd) is { Count: > 0 } with)
        {
            // "... with Hungary and Turkmenistan among its observers"
            if (Is(withEnd + 1, "among") && IsAny(withEnd + 2, "its", "their") && IsAny(withEnd + 3, "observers", "observer")) Hit(org, RelationKind.Observer, with);
            else if (Is(withEnd + 1, "among")) { }
            else if (Is(withEnd + 1, "as") && IsAny(withEnd + 2, "observers", "observer")) Hit(org, RelationKind.Observer, with);
            else if (Is(withEnd + 1, "as") && (IsAny(withEnd + 2, "partners", "partner") || Is(withEnd + 2, "dialogue"))) Hit(org, RelationKind.DialoguePartner, with);
            else if (!Is(withEnd + 1, "as") && kind == RelationKind.Member) Hit(org, kind, with);
        }
        // "brings together Brazil, Chile and Peru and, since last year, Egypt, Ethiopia and Ruritania": the states added
        // after a time between commas.
        if (kind == RelationKind.Member && Is(end + 1, "and") && Is(end + 2, ","))
        {
            var close = end + 3;
            while (close < _v.Count && close <= end + 8 && !IsAny(close, ",", ";", ".")) close++;
            if (Is(close, ",") && close > end + 3 && (CountryAt(close + 1) is not null || Is(close + 1, "the") && CountryAt(close + 2) is not null)
                && ReadList(close + 1, out _) is { Count: > 0 } addedSince) Hit(org, kind, addedSince);
        }
        // "set up in 1967 by Malaysia together with Singapore and the Philippines": the founders it was set up with.
        if (kind == RelationKind.Member && w is "founded" or "launched" or "formed" or "established" or "created" or "set" && AlongWith(Is(end + 1, ",") ? end + 2 : end + 1) is var foundedWith && foundedWith > 0
            && ReadList(foundedWith, out _) is { Count: > 0 } cofounders) Hit(org, kind, cofounders);
        if (described > 0 && T(end + 1).Kind == TokenKind.Dash && Is(end + 2, "and") && SecondDescribedGroup(end + 3) is { Count: > 0 } second)
        {
            // "brings together five South Asian countries -- A, B, C, D and E -- and two Southeast Asian countries, F and G"
            Hit(org, kind, second);
        }
        // "set up in 1949 by ten countries: ...": the founders, not the membership today.
        if (described > 0 && describedCount > 0 && kind == RelationKind.Member && w is not ("founded" or "launched" or "formed" or "established" or "created" or "set")) Count(org, kind, describedCount, p + 1);
        // "In addition to Russia, the CSTO includes Armenia, Belarus ...": the states set before the subject too.
        var lead = IsAny(0, "besides", "alongside") ? 1 : Is(0, "in") && Is(1, "addition") && Is(2, "to") ? 3 : Is(0, "apart") && Is(1, "from") ? 2 : -1;
        if (lead > 0 && w is "includes" or "include" or "comprises" or "counts" or "groups" or "unites")
        {
            var also = ReadList(lead, out var alsoEnd);
            if (also.Count > 0 && Is(alsoEnd + 1, ",")) Hit(org, kind, also);
        }

        // "founded by A, B and C in 2001 and later joined by D": the join cue reads "joined by".
    }
}
