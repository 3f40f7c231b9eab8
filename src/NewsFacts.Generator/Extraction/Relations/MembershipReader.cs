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
internal sealed class MembershipReader
{
    private static readonly HashSet<string> SubjectSkip = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "also", "now", "already", "formally",
        "officially", "finally", "recently", "soon", "set", "to", "expected", "due", "poised", "slated", "scheduled", "likely",
        "about", "seeking", "seeks", "sought", "hoping", "hopes", "hoped", "planning", "plans", "planned", "wants", "wanted",
        "intends", "intended", "aiming", "aims", "aimed", "applied", "apply", "applies", "applying", "bid", "bidding", "trying",
        "tries", "tried", "keen", "eager", "ready", "still", "be", "been", "being", "fully", "eventually", "currently", "then",
        "later", "both", "all", "each", "itself", "themselves", "set", "expected", "invited", "preparing", "prepares", "moving",
        "moved", "able", "going", "seemed", "appears", "looks", "looking", "looked", "last", "this", "next", "year", "week", "month",
        "on", "in", "thursday", "wednesday", "monday", "tuesday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "not", "never", "n't", "no", "longer", "yet", "remain", "remains", "remained", "stay", "stays", "stayed", "effectively",
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
        foreach (var s in _doc.Sentences)
        {
            _ct.ThrowIfCancellationRequested();
            if (_doc.Paragraphs[s.Paragraph].IsHeading) continue;
            _sentence = s.Index;
            BuildView(s);
            if (_v.Count == 0) continue;
            RecordLists();
            ReadSentence();
            UpdateTopic(s);
        }
    }

    private void BuildView(Sentence s)
    {
        _v = new List<int>(s.LastToken - s.FirstToken + 1);
        for (var i = s.FirstToken; i <= s.LastToken; i++)
        {
            var tok = _t[i];
            if (tok.Kind == TokenKind.QuoteMark) continue;
            if (tok.Quote >= 0 && _doc.Quotes[tok.Quote].WordCount > 4) continue;
            _v.Add(i);
        }
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
    private List<Mention> ReadList(int p, out int end)
    {
        var list = new List<Mention>();
        end = p - 1;
        var expectItem = true;
        while (p < _v.Count)
        {
            if (expectItem)
            {
                while (IsAny(p, "the", "both")) p++;
                var c = CountryAt(p);
                if (c is null && p < _v.Count && T(p).IsWord && T(p).IsCapitalized && M(p) is null && (Is(p + 1, ",") || IsAny(p + 1, "and")) && (CountryAt(p + 2) is not null || Is(p + 2, "the") || IsAny(p + 2, "and")))
                {
                    // "Czechoslovakia, Hungary and Poland": an item that is not a state today.
                    p++;
                    expectItem = false;
                    continue;
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
                            expectItem = false;
                            continue;
                        }
                    }
                }
                if (c is null || c.Possessive) break;
                list.Add(c);
                // Skip to the last view position of this mention.
                while (p + 1 < _v.Count && M(p + 1) == c) p++;
                end = p;
                p++;
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
                if (Is(p, ",") && (CountryAt(p + 1) is not null || Is(p + 1, "the") && CountryAt(p + 2) is not null || IsAny(p + 1, "and", "plus", "or") || Is(p + 1, "as")))
                {
                    p++;
                    if (IsAny(p, "and", "plus", "or")) p++;
                    else if (Is(p, "as") && Is(p + 1, "well") && Is(p + 2, "as")) p += 3;
                    expectItem = true;
                }
                else if (IsAny(p, "and", "plus", "&", "or"))
                {
                    p++;
                    expectItem = true;
                }
                else if (Is(p, "as") && Is(p + 1, "well") && Is(p + 2, "as"))
                {
                    p += 3;
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
        while (p < _v.Count && words < 3 && T(p).IsWord && !IsAny(p, "states", "countries", "nations", "members", "republics", "economies") && M(p) is null or { Type: MentionType.Country, Compound: false, FormKind: CountryFormKind.Adjective }) { p++; words++; }
        if (!IsAny(p, "states", "countries", "nations", "members", "republics", "economies")) return -1;
        var noun = p;
        p++;
        // "bordering the sea", "of the region", "that ..." up to a separator.
        for (var k = p; k < _v.Count && k <= noun + 6; k++)
        {
            if (Is(k, ":") || Is(k, "(") || T(k).Kind == TokenKind.Dash || Is(k, "of") && CountryAt(k + 1) is not null)
            {
                return CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null ? k + 1 : -1;
            }
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
        while (p >= 0)
        {
            var c = CountryAt(p);
            if (c is null || c.Possessive) break;
            // A country in an "of"-phrase or after a preposition is not a subject ("support of Russia").
            while (p - 1 >= 0 && M(p - 1) == c) p--;
            if (stopAtPreposition && IsAny(p - 1, "of", "for", "to", "with", "by", "from", "against", "in", "on", "at", "into", "between", "than", "like", "toward", "towards")) break;
            list.Insert(0, c);
            start = p;
            var q = p - 1;
            while (Is(q, "the") || Is(q, "both")) q--;
            if (Is(q, ",") || IsAny(q, "and", "plus", "&"))
            {
                var sep = q;
                if (IsAny(q, "and", "plus") && Is(q - 1, ",")) q--;
                if (CountryAt(q - 1) is null && !(Is(q - 1, "the") && CountryAt(q - 2) is not null)) { start = p; break; }
                p = q - 1;
                _ = sep;
                continue;
            }
            if (Is(q, "as") && Is(q - 1, "well") && Is(q - 2, "as")) { p = q - 3; continue; }
            break;
        }
        return list;
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
        for (var guard = 0; guard < 40 && p >= 0; guard++)
        {
            var w = W(p);
            if (SubjectSkip.Contains(w))
            {
                if (w is "not" or "never" or "n't" or "no" || w == "yet") negated |= w != "yet" || true;
                p--;
                continue;
            }
            if (T(p).Kind == TokenKind.Number || T(p).IsWord && (TimeWords.IsWeekday(w) || TimeWords.IsMonth(w))) { p--; continue; }
            if (Is(p, ",") && CountryAt(p - 1) is not null)
            {
                var appositive = ReadListBackward(p - 1, out var listStart);
                if (appositive.Count > 1 && Is(listStart - 1, ","))
                {
                    subjectStart = listStart;
                    return appositive;
                }
            }
            if (Is(p, ",") || T(p).Kind == TokenKind.Dash)
            {
                // An apposition or a relative clause: ", ostracised by the West ...," / ", which ...,".
                var q = p - 1;
                var depth = 0;
                while (q >= 0 && depth < 30 && !Is(q, ",") && T(q).Kind != TokenKind.Dash && !Is(q, ";")) { q--; depth++; }
                if (q >= 0 && (Is(q, ",") || T(q).Kind == TokenKind.Dash) && CountryAt(q - 1) is not null)
                {
                    p = q - 1;
                    break;
                }
                // "Iran, under sanctions, joined": the apposition reaches the sentence start.
                if (q < 0) return new List<Mention>();
                return new List<Mention>();
            }
            if (IsAny(p, "which", "who", "that") && (Is(p - 1, ",") || T(p - 1).Kind == TokenKind.Dash) && CountryAt(p - 2) is not null)
            {
                return ReadListBackward(p - 2, out subjectStart, stopAtPreposition: false);
            }
            break;
        }
        if (p < 0) return new List<Mention>();
        var set = ResolveDescription(p, out var descStart);
        if (set is not null)
        {
            subjectStart = descStart;
            return set;
        }
        var list = ReadListBackward(p, out var start);
        subjectStart = start;
        return list;
    }

    /// <summary>
    /// "the four other Central Asian states", "the other two Baltic states", "the five countries": a list introduced
    /// earlier, minus the countries this sentence sets apart.
    /// </summary>
    private List<Mention>? ResolveDescription(int last, out int start)
    {
        start = -1;
        if (!IsAny(last, "states", "countries", "nations", "members", "republics")) return null;
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
        return null;
    }

    // ---------------------------------------------------------------- organisations

    /// <summary>The organisation a cue at view position p is about.</summary>
    private int OrgFor(int p, bool forward = true)
    {
        // "EU members", "the bloc's members": the organisation right before the cue.
        var adj = p - 1;
        if (adj >= 0 && T(adj).Kind == TokenKind.Possessive) adj--;
        while (adj >= 0 && T(adj).Kind == TokenKind.Number) adj--;
        if (M(adj) is { Type: MentionType.Organization } before && before.Entity >= 0 && _er.At(before.Last + 1) is not { Type: MentionType.Person }) return before.Entity;
        if (forward)
        {
            for (var q = p + 1; q < _v.Count && q <= p + 7; q++)
            {
                if (IsAny(q, "that", "which", "who", "where")) break;
                if (IsAny(q, ",", ";", "but", "while", "and") && q > p + 1 && !Is(q - 1, "of")) break;
                if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) return om.Entity;
                if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && IsAny(q - 1, "the", "this", "that")) return Generic(W(q));
                if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && (IsAny(q - 1, "its") || T(q - 1).IsWord)) return _main;
            }
        }
        for (var q = p - 1; q >= 0 && q >= p - 12; q--)
        {
            if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
            {
                if (_er.At(om.Last + 1) is { Type: MentionType.Person }) continue;
                return om.Entity;
            }
            if (IsAny(q, ";", "but", "while")) break;
        }
        return PreviousSentenceOrg() ?? _main;
    }

    /// <summary>The one organisation (named, not as a modifier) in the previous sentence, if exactly one.</summary>
    private int? PreviousSentenceOrg()
    {
        if (_sentence == 0) return null;
        var prev = _doc.Sentences[_sentence - 1];
        int? named = null;
        for (var i = prev.FirstToken; i <= prev.LastToken; i++)
        {
            if (_er.At(i) is not { Type: MentionType.Organization, Modifier: false } m || m.Entity < 0 || m.First != i) continue;
            if (_er.Orgs[m.Entity].IsInstitution) continue;
            if (named is not null && named != m.Entity) return null;
            named = m.Entity;
        }
        return named;
    }

    /// <summary>"the union" → the latest organisation whose name ends with that word; else the article's main organisation.</summary>
    private int Generic(string noun)
    {
        // "The Paris-based body has 38 members" right after "the OECD briefed ministers": the organisation just named.
        if (_sentence > 0 && _v.Count > 0)
        {
            var subjectPosition = false;
            for (var p = 0; p < Math.Min(5, _v.Count); p++) if (Is(p, noun)) subjectPosition = true;
            if (subjectPosition)
            {
                var prev = _doc.Sentences[_sentence - 1];
                var named = -1;
                var count = 0;
                for (var i = prev.FirstToken; i <= prev.LastToken; i++)
                {
                    if (_er.At(i) is { Type: MentionType.Organization, Modifier: false } m && m.Entity >= 0 && m.First == i && m.Entity != named)
                    {
                        named = m.Entity;
                        count++;
                    }
                }
                if (count == 1 && !_er.Orgs[named].IsInstitution) return named;
            }
        }
        if (_main >= 0 && _er.Orgs[_main].Name is { } mainName && mainName.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return _main;
        for (var i = _v.Count > 0 ? _v[0] : 0; i >= 0 && i >= (_v.Count > 0 ? _v[0] : 0) - 3000; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization } m && m.Entity >= 0 && _er.Orgs[m.Entity].Name is { } name
                && name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase))
            {
                return m.Entity;
            }
        }
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
            foreach (var words in RelativeExpressionWords)
            {
                if (!Is(q, words[0])) continue;
                var ok = true;
                for (var k = 0; k < words.Length && ok; k++) ok = Is(q + k, words[k]);
                if (ok) return Text(q, q + words.Length - 1);
            }
        }
        return null;
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
        if (org < 0) return;
        foreach (var c in countries)
        {
            if (Relations.Exists(r => r.Org == org && r.Kind == kind && r.Country.Country == c.Country && r.Sentence == _sentence)) continue;
            Relations.Add(new RelationHit(org, kind, c, _sentence, when));
        }
    }

    private void Count(int org, RelationKind kind, int value, int p)
    {
        if (org < 0 || value <= 0 || value > 500) return;
        if (Counts.Exists(c => c.Org == org && c.Kind == kind && c.Sentence == _sentence)) return;
        Counts.Add(new CountHit(org, kind, value, _v[p], W(p), _sentence));
    }

    /// <summary>"The G-7 — the U.S., Japan, Germany ... — said": the members between dashes or parentheses after its name.</summary>
    private void ListAfterOrganization()
    {
        for (var p = 0; p + 1 < _v.Count; p++)
        {
            if (M(p) is not { Type: MentionType.Organization } om || om.Entity < 0 || om.Modifier) continue;
            var q = p;
            while (q + 1 < _v.Count && M(q + 1) == om) q++;
            var open = q + 1;
            if (!(T(open).Kind == TokenKind.Dash || Is(open, "("))) continue;
            var list = ReadList(open + 1, out var end);
            if (list.Count < 2) continue;
            var close = end + 1;
            if (close < _v.Count && (T(close).Kind == TokenKind.Dash || Is(close, ")"))) Hit(om.Entity, RelationKind.Member, list);
        }
    }

    private void ReadSentence()
    {
        ListAfterOrganization();
        for (var p = 0; p < _v.Count; p++)
        {
            var tok = T(p);
            if (!tok.IsWord && tok.Kind != TokenKind.Number) continue;
            if (tok.Kind == TokenKind.Number || tok.Has(WordClass.Number))
            {
                if (tok.Text.IndexOf('-') > 0 && TryCompoundCount(p, tok.Text.ToLowerInvariant())) continue;
                TryCount(p);
            }
            if (!Cues.Contains(tok.Text)) continue;
            var w = tok.Text.ToLowerInvariant();

            switch (w)
            {
                case "member":
                case "members":
                case "member-state":
                case "member-states":
                    MemberCue(p);
                    break;
                case "part":
                    if (Is(p + 1, "of") && (IsCopula(W(p - 1).ToLowerInvariant()) || IsAny(p - 1, "not", "n't"))) MemberCue(p);
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
                    JoinCue(p);
                    break;
                case "suspended":
                    if (IsAny(p + 1, "from") || IsAny(p - 1, "remain", "remains", "was", "were", "are", "is", "been")) SuspendedCue(p);
                    break;
                case "readmitted":
                    AdmittedCue(p);
                    break;
                case "left":
                case "quit":
                case "exited":
                case "withdrew":
                case "withdrawn":
                case "expelled":
                case "withdrawal":
                case "exit":
                    LeftCue(p);
                    break;
                case "counts":
                    CompositionCue(p, w);
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
                    if (Is(p + 1, "up") && Is(p + 2, "by")) CompositionCue(p + 1, "founded");
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
                case "none":
                    NoneOfWhichCue(p);
                    break;
                case "admitted":
                case "accepted":
                    if (IsAny(p - 1, "was", "were", "been", "formally", "officially", "be")) AdmittedCue(p);
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
                case "bid":
                case "accession":
                case "candidate":
                case "candidacy":
                    ApplicationCue(p, w);
                    break;
                case "partner":
                case "partners":
                    PartnerCue(p);
                    break;
                case "observer":
                case "observers":
                    ObserverCue(p);
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
                case "groups":
                case "unites":
                case "brings":
                case "bringing":
                case "made":
                case "founded":
                case "formed":
                case "established":
                case "created":
                    CompositionCue(p, w);
                    break;
            }
        }
    }

    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "member-state", "member-states", "part", "non-member", "non-members", "nonmember", "join", "joins",
        "joined", "joining", "rejoin", "rejoined", "rejoins", "suspended", "readmitted", "left", "quit", "exited", "withdrew",
        "withdrawn", "expelled", "withdrawal", "exit", "counts", "none", "admitted", "accepted", "become", "became", "becomes",
        "becoming", "applied", "apply", "applies", "application", "bid", "accession", "candidate", "candidacy", "partner", "partners",
        "observer", "observers", "consists", "consisting", "consisted", "consist", "comprises", "comprising", "comprised", "includes",
        "include", "including", "included", "groups", "unites", "brings", "bringing", "made", "founded", "formed", "established", "created",
        "belong", "belongs", "belonged", "outside", "admit", "set", "added", "adds", "admits", "take", "took", "takes", "taking", "status", "talks",
        "negotiations",
    };

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
            if (M(q) is not { Type: MentionType.Organization } && Is(q + 1, ","))
            {
                // "The four-member grouping, formally the Quadrilateral Security Dialogue,": the name in the apposition.
                for (var a = q + 2; a < _v.Count && a <= q + 6; a++)
                {
                    if (M(a) is { Type: MentionType.Organization } named && named.Entity >= 0) { org = named.Entity; break; }
                    if (Is(a, ",")) break;
                }
            }
            Count(org, kind, n, p);
            return true;
        }
        if (Is(p + 1, "dialogue") || Is(p + 1, "observer")) return false;
        return false;
    }

    private void TryCount(int p)
    {
        if (!NumberWords.TryParse(W(p), out var n)) return;
        // Ordinals and years are not counts.
        if (T(p).Kind == TokenKind.Number && W(p).Length == 4 && n > 1900) return;
        if (Is(p - 1, "at") && Is(p - 2, "stands") || Is(p - 1, "to") && IsAny(p - 2, "rose", "grew", "risen", "grown", "rising"))
        {
            // "dialogue partners, whose number now stands at 15"
            for (var b = p - 3; b >= 0 && b >= p - 9; b--)
            {
                if (IsAny(b, "partners")) { Count(OrgFor(b), RelationKind.DialoguePartner, n, p); return; }
                if (IsAny(b, "members")) { Count(OrgFor(b), RelationKind.Member, n, p); return; }
                if (IsAny(b, "observers")) { Count(OrgFor(b), RelationKind.Observer, n, p); return; }
            }
        }
        var q = p + 1;
        if (IsAny(q, "full", "founding", "current", "permanent", "official")) q++;
        if (Is(q, "member") && IsAny(q + 1, "states", "countries", "nations", "economies") || IsAny(q, "members", "member-states"))
        {
            if (IsAny(p - 1, "of") && !IsAny(p - 2, "consists", "comprised", "up", "made")) { }
            if (Is(q + 1, "of") && !(M(q + 2) is { Type: MentionType.Organization } || Is(q + 2, "the") && (M(q + 3) is { Type: MentionType.Organization } || OrganizationWords.IsGenericNoun(W(q + 3))))) return;
            var org = OrgFor(p);
            var last = Is(q, "member") ? q + 1 : q;
            if (Is(p - 1, "from") && Is(last + 1, "to") && last + 2 < _v.Count && NumberWords.TryParse(W(last + 2), out var to))
            {
                // "reduces the bloc from 15 members to 12"
                Count(org, RelationKind.Member, to, last + 2);
                return;
            }
            Count(org, RelationKind.Member, n, p);
            ParenthesisList(last + 1, org, RelationKind.Member);
            return;
        }
        if (IsAny(q, "countries", "states", "nations", "economies") && (Is(q + 1, "(") || IsAny(p - 1, "its", "has", "have", "comprises", "comprising", "includes", "including", "of", "unites", "uniting", "groups", "grouping", "counts", "spans", "together", "now") && OrgNear(p)))
        {
            var org = OrgFor(p);
            Count(org, RelationKind.Member, n, p);
            ParenthesisList(q + 1, org, RelationKind.Member);
            return;
        }
        if (Is(q, "dialogue") && IsAny(q + 1, "partners", "partner") || Is(q, "partner") && IsAny(q + 1, "countries", "states", "nations") || Is(q, "partners") && OrgNear(p))
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

    private void MemberCue(int p)
    {
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
        // "Members: Argentina, Australia, ...": a table line belongs to the organisation the text was just about.
        if (p == 0 && IsAny(1, ":") && _topic >= 0 && org == _main) org = _topic;

        // Negation just before: "not a member", "not members", "no longer a member".
        var neg = false;
        for (var q = p - 1; q >= 0 && q >= p - 5; q--)
        {
            if (IsAny(q, "not", "never", "n't", "longer", "neither", "nor")) { neg = true; break; }
            if (IsAny(q, ",", ";", "but")) break;
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
        if (Is(q2, "of") && (M(q2 + 1) is { Type: MentionType.Organization } || Is(q2 + 1, "the"))) { q2 += 2; while (q2 < _v.Count && (M(q2) is { Type: MentionType.Organization } || T(q2).IsWord && OrganizationWords.IsGenericNoun(W(q2)))) q2++; }
        if (IsAny(q2, "include", "includes", "included", "including", "are", "were", "comprise", "like", ":", "namely") || Is(q2, "such") && Is(q2 + 1, "as"))
        {
            var s = Is(q2, "such") ? q2 + 2 : q2 + 1;
            var list = ReadList(s, out _);
            if (list.Count > 0 && !neg)
            {
                Hit(org, kind, list);
                return;
            }
        }
        if (Is(q2, ",") && CountryAt(q2 + 1) is not null && !neg)
        {
            var list = ReadList(q2 + 1, out var listEnd);
            if (list.Count > 0 && (Is(listEnd + 1, ",") || IsAny(listEnd + 1, "were", "are", "have", "had", "joined"))) { Hit(org, kind, list); return; }
        }
        if (Is(q2, "(") || q2 < _v.Count && T(q2).Kind == TokenKind.Dash)
        {
            var list = ReadList(q2 + 1, out _);
            if (list.Count > 0) { Hit(org, kind, list); return; }
        }

        // "X, a member of the bloc," / "India and Pakistan, other members." — a list right before the comma.
        var b = p - 1;
        while (b >= 0 && IsAny(b, "a", "an", "the", "other", "fellow", "full", "founding", "both", "also", "all", "key", "existing", "current", "longtime", "long-time", "two", "three", "core", "original")
               || b >= 0 && M(b) is { Type: MentionType.Organization } || b >= 0 && T(b).Kind == TokenKind.Possessive
               || b >= 0 && T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) || b >= 0 && (T(b).Kind == TokenKind.Number || IsNumberWord(W(b))) && !IsAny(b - 1, "of")) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null)
        {
            Hit(org, kind, ReadListBackward(b - 1, out _, stopAtPreposition: false));
            return;
        }

        // "The NATO member, which ...": the state named just before.
        if (b < 0 && (Is(0, "the") || Is(0, "a")) && !neg)
        {
            var prev = LastCountryOfPreviousSentence();
            if (prev is not null) Hit(org, kind, new[] { prev });
            return;
        }

        // "X is (not) a member of ORG", "X and Y are members", "X remains a member".
        var v = p - 1;
        while (v >= 0 && (IsAny(v, "a", "an", "the", "full", "founding", "fellow", "key", "permanent", "of", "last", "first", "latest", "newest", "only", "one", "among", "youngest", "oldest", "smallest", "largest", "biggest", "two", "three", "four", "five", "longtime", "long-time", "core", "also", "not", "no", "longer", "never", "n't", "already", "still", "both", "all", "now", "original", "an", "active", "official", "formal", "de", "facto") || M(v) is { Type: MentionType.Organization } || T(v).Kind == TokenKind.Possessive || T(v).IsWord && OrganizationWords.IsGenericNoun(W(v)))) v--;
        if (v >= 0 && IsCopula(W(v).ToLowerInvariant()))
        {
            var subject = Subject(v + 1, out _, out var start);
            if (subject.Count > 0)
            {
                Hit(org, kind, subject);
                // "a member of BRICS and the Caspian Littoral Forum"
                for (var q = p + 1; q < _v.Count && q <= p + 5; q++)
                {
                    if (M(q) is not { Type: MentionType.Organization } first || first.Entity != org) continue;
                    var r = q;
                    while (r + 1 < _v.Count && M(r + 1) == first) r++;
                    var a = r + 1;
                    if (!IsAny(a, "and", ",")) break;
                    a++;
                    if (Is(a, "the")) a++;
                    if (M(a) is { Type: MentionType.Organization } second && second.Entity >= 0 && second.Entity != org) Hit(second.Entity, kind, subject);
                    break;
                }
                // "Mongolia is not a member, but the four other states are, alongside India, Iran and Pakistan."
                Elliptical(p, org, neg);
            }
        }
    }

    /// <summary>After "X is (not) a member of ORG": ", but/while/and NP are[, alongside LIST]".</summary>
    private void Elliptical(int p, int org, bool firstNegated)
    {
        for (var q = p + 1; q < _v.Count; q++)
        {
            if (!IsAny(q, "but", "while", "whereas", "and")) continue;
            // Find the copula that ends the clause.
            for (var c = q + 1; c < _v.Count && c <= q + 12; c++)
            {
                if (!IsAny(c, "are", "is", "were", "was")) continue;
                var end = c + 1;
                var clauseEnds = end >= _v.Count || IsAny(end, ",", ".", ";") || IsAny(end, "alongside", "too", "also");
                var negHere = IsAny(end, "not") || Is(end, "n't");
                if (!clauseEnds && !negHere) break;
                var kind = (firstNegated ^ negHere) ? RelationKind.Member : RelationKind.NonMember;
                if (!firstNegated && !negHere) kind = RelationKind.Member;
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
        if (IsAny(a, "states", "state", "countries", "country")) a++;
        if (Is(a, "such") && Is(a + 1, "as")) a += 2;
        if (IsAny(a, "like", "including")) a++;
        var list = ReadList(a, out _);
        if (list.Count > 0) { Hit(org, RelationKind.NonMember, list); return; }
        // "X, a non-member," / "X is a non-member"
        var b = p - 1;
        while (IsAny(b, "a", "an", "the", "fellow")) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.NonMember, ReadListBackward(b - 1, out _)); return; }
        if (b >= 0 && IsCopula(W(b).ToLowerInvariant()))
        {
            Hit(org, RelationKind.NonMember, Subject(b + 1, out _, out _));
        }
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
        // "the 55-member African Union": the organisation after its size.
        if (q < _v.Count && T(q).IsWord && (W(q).EndsWith("-member", StringComparison.Ordinal) || W(q).EndsWith("-nation", StringComparison.Ordinal)) && M(q + 1) is { Type: MentionType.Organization } sized && sized.Entity >= 0)
        {
            org = sized.Entity;
            return true;
        }
        if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
        {
            // "join the G7 leaders for a session", "join the CLF summit": an event, not membership.
            var after = q;
            while (after + 1 < _v.Count && M(after + 1) == om) after++;
            if (IsAny(after + 1, "summit", "leaders", "meeting", "session", "talks", "discussions", "gathering", "dinner", "ministers", "outreach")) return false;
            org = om.Entity;
            return true;
        }
        if (q < _v.Count && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q))) { org = Generic(W(q)); return true; }
        if (q < _v.Count && T(q).IsWord && (W(q).EndsWith("-member", StringComparison.Ordinal) || W(q).EndsWith("-nation", StringComparison.Ordinal))) { org = _main; return true; }
        if (p + 1 >= _v.Count) { org = EarlierOrg(p); return true; }
        // "joined Russia in condemning", "join forces", "join in", "join talks": not membership.
        if (M(p + 1) is { Type: MentionType.Country or MentionType.Person or MentionType.Body } || M(q) is { Type: MentionType.Country or MentionType.Person or MentionType.Body }) return false;
        var inTime = Is(p + 1, "in") && p + 2 < _v.Count && (T(p + 2).Kind == TokenKind.Number || TimeWords.IsMonth(W(p + 2)) || IsAny(p + 2, "the") && IsAny(p + 3, "coming", "future", "next"));
        if (!inTime && IsAny(p + 1, "forces", "hands", "talks", "calls", "efforts", "protests", "ranks", "fight", "battle", "call", "appeal", "chorus",
                "campaign", "crowds", "queue", "us", "them", "him", "her", "in", "with", "together", "a", "an", "other", "others", "leaders", "those", "negotiations", "the")) return false;
        org = EarlierOrg(p);
        return true;
    }

    private static readonly string[] FutureMarkers =
    {
        "will", "'ll", "set", "expected", "due", "poised", "slated", "scheduled", "plans", "planning", "planned", "intends",
        "intend", "wants", "want", "hopes", "hoping", "seeks", "seeking", "sought", "applied", "apply", "bid", "invited",
        "aims", "aiming", "going", "shall", "would", "is", "are", "about", "eager", "keen", "ready", "preparing", "prepares",
        "formally", "officially", "to",
    };

    private void JoinCue(int p)
    {
        if (!JoinsAnOrganization(p, out var org)) return;
        var w = W(p).ToLowerInvariant();
        var when = WhenAfter(p + 1);
        // "applied to join in 2017": the date of the application, not of an accession.
        if (IsAny(p - 1, "to") && IsAny(p - 2, "applied", "apply", "applies", "applying", "bid", "sought", "seeks", "seeking")) when = null;

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
        if (IsAny(p - 1, "to") && IsAny(p - 2, "invited") && IsAny(p - 3, "was", "were", "been", "being"))
        {
            // "Saudi Arabia was invited to join": only with a date ahead ("from January 1"), not a past year.
            if (when is null || IsRelativeToArticle(when) || IsBareYear(when)) return;
        }

        // "joined by A and B" (passive): members.
        if (w == "joined" && Is(p + 1, "by"))
        {
            Hit(org, RelationKind.Member, ReadList(p + 2, out _));
            return;
        }

        var subject = Subject(p, out var negated, out _);
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
        if (subject.Count == 0 || negated) return;
        // "joined the bloc's dialogue partners", "joined as an observer": not membership.
        for (var k = p + 1; k < _v.Count && k <= p + 6; k++)
        {
            if (IsAny(k, "partners", "partner") && (Is(k - 1, "dialogue") || T(k - 1).Kind == TokenKind.Possessive || IsAny(k - 1, "as", "a")))
            {
                Hit(org, w is "joined" or "rejoined" ? RelationKind.DialoguePartner : RelationKind.Joining, subject, when);
                return;
            }
            if (IsAny(k, "observers", "observer")) { Hit(org, RelationKind.Observer, subject, when); return; }
            if (IsAny(k, ",", ";", "and", "but", "members", "member")) break;
        }
        var past = w is "joined" or "rejoined";
        // "joined both NATO and the EU": the second organisation too.
        var second = -1;
        for (var k = p + 1; k < _v.Count && k <= p + 5; k++)
        {
            if (!IsAny(k, "and")) continue;
            var k2 = Is(k + 1, "the") ? k + 2 : k + 1;
            if (M(k2) is { Type: MentionType.Organization } o2 && o2.Entity >= 0 && o2.Entity != org) second = o2.Entity;
            break;
        }
        if (second >= 0) Hit(second, past ? RelationKind.Member : RelationKind.Joining, subject, when);
        if (past && !(IsAny(p - 1, "have") && IsAny(p - 2, "will", "would", "should", "could", "might")))
        {
            Hit(org, RelationKind.Member, subject, when);
        }
        else if (w == "joining" && !IsAny(p - 1, "is", "are", "on", "about", "toward", "towards", "of", "for"))
        {
            // "since joining", "after joining": past.
            if (IsAny(p - 1, "since", "after", "upon")) Hit(org, RelationKind.Member, subject, when);
        }
        else
        {
            Hit(org, RelationKind.Joining, subject, when);
        }
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
        var org = OrgFor(p);
        // "admitted to the category", "admitted as partners": not membership.
        for (var k = p + 1; k < _v.Count && k <= p + 5; k++)
        {
            if (IsAny(k, "category", "partner", "partners", "observer", "observers", "status")) return;
            if (IsAny(k, ",", ";", ".")) break;
        }
        var subject = Subject(p, out var negated, out _);
        if (subject.Count == 0 || negated) return;
        var future = HasFutureMarker(p) || IsAny(p - 1, "be");
        Hit(org, future ? RelationKind.Joining : RelationKind.Member, subject, WhenAfter(p + 1));
    }

    /// <summary>"BRICS ... added South Africa a year later and expanded in 2024 to take in Egypt, Ethiopia ...".</summary>
    private void OrganizationTookIn(int p)
    {
        var q = Is(p + 1, "in") ? p + 2 : p + 1;
        var list = ReadList(q, out _);
        if (list.Count == 0) return;
        // The subject is the organisation: the first mention of the sentence, or a generic noun.
        var org = -1;
        for (var b = 0; b < p; b++)
        {
            if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0) { org = om.Entity; break; }
            if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) && IsAny(b - 1, "the")) { org = Generic(W(b)); break; }
            if (CountryAt(b) is not null || M(b) is { Type: MentionType.Person }) return;
        }
        if (org < 0) return;
        Hit(org, RelationKind.Member, list);
    }

    /// <summary>"A, B and C set up their own confederation, the Alliance of Sahel States (AES)": founding members.</summary>
    private void FoundedByCountries(int verb, int objectStart)
    {
        var subject = Subject(verb, out var negated, out _);
        if (negated || subject.Count == 0) return;
        for (var q = objectStart; q < _v.Count && q <= objectStart + 8; q++)
        {
            if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0)
            {
                Hit(om.Entity, RelationKind.Member, subject);
                return;
            }
            if (IsAny(q, ";", ".", "but", "while")) return;
        }
    }

    /// <summary>"leaders agreed to admit Timor-Leste as the bloc's newest member": joining.</summary>
    private void AgreedToAdmit(int p)
    {
        var list = ReadList(p + 1, out var end);
        if (list.Count == 0) return;
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
        if (IsAny(b, "granted", "given", "gained", "obtained", "received", "awarded", "has", "have", "holds", "hold", "won"))
        {
            var subject = Subject(b, out var negated, out _);
            if (!negated && subject.Count > 0) Hit(org, RelationKind.Joining, subject);
        }
    }

    /// <summary>"accession talks with Montenegro, Serbia ...", "membership negotiations with X": joining.</summary>
    private void AccessionTalks(int p)
    {
        var accession = false;
        for (var q = 0; q < _v.Count; q++) if (IsAny(q, "accession", "membership", "enlargement", "join", "joining")) { accession = true; break; }
        if (!accession) return;
        for (var q = p + 1; q < _v.Count && q <= p + 5; q++)
        {
            if (!Is(q, "with")) continue;
            var list = ReadList(q + 1, out _);
            if (list.Count > 0) Hit(OrgFor(p), RelationKind.Joining, list);
            return;
        }
    }

    /// <summary>"Denmark, Finland and Sweden belong to the European Union"; "the bloc to which both Congo and Rwanda belong".</summary>
    private void BelongCue(int p)
    {
        int org;
        List<Mention> subject;
        if (Is(p + 1, "to"))
        {
            if (!JoinsAnOrganization(p + 1, out org)) return;
            subject = Subject(p, out var negated, out _);
            if (negated || subject.Count == 0) return;
            Hit(org, RelationKind.Member, subject);
            return;
        }
        // "to which both Congo and Rwanda belong": the list between "to which" and the verb.
        var b = p - 1;
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
        Hit(org, RelationKind.Member, subject);
    }

    /// <summary>"Norway and Iceland remain outside it", "X stays outside the bloc".</summary>
    private void OutsideCue(int p)
    {
        if (!IsAny(p - 1, "remain", "remains", "remained", "stay", "stays", "stayed", "is", "are")) return;
        int org;
        if (Is(p + 1, "it")) org = LatestOrgBefore(p);
        else if (!JoinsAnOrganization(p, out org)) return;
        var subject = Subject(p - 1, out var negated, out _);
        if (negated || subject.Count == 0) return;
        Hit(org, RelationKind.NonMember, subject);
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
                return om.Entity;
            }
        }
        return _main;
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

    /// <summary>"remain suspended from the African Union": still members.</summary>
    private void SuspendedCue(int p)
    {
        var q = p + 1;
        if (!Is(q, "from")) return;
        if (!JoinsAnOrganization(q, out var org)) return;
        var subject = Subject(p, out var negated, out _);
        if (subject.Count == 0 || negated) return;
        Hit(org, RelationKind.Member, subject);
    }

    /// <summary>"Angola, which left OPEC in 2024", "withdrew from the bloc": no longer members.</summary>
    private void LeftCue(int p)
    {
        var q = p + 1;
        if (Is(q, "from")) q++;
        if (Is(q, "the")) q++;
        int org;
        if (M(q) is { Type: MentionType.Organization } om && om.Entity >= 0) org = om.Entity;
        else if (q < _v.Count && T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && IsAny(q - 1, "the")) org = Generic(W(q));
        else if (IsAny(p, "withdrew", "quit", "exited") && Is(p + 1, "in") && p + 2 < _v.Count && T(p + 2).Kind == TokenKind.Number && _main >= 0) org = _main;
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
        if (HasFutureMarker(verb) || IsAny(verb - 1, "to")) return;
        Hit(org, RelationKind.NonMember, subject);
    }

    /// <summary>"India, Brazil and South Africa, none of which is a G7 member".</summary>
    private void NoneOfWhichCue(int p)
    {
        if (!(Is(p + 1, "of") && Is(p + 2, "which") && Is(p - 1, ",") && CountryAt(p - 2) is not null)) return;
        var memberAt = -1;
        for (var q = p + 3; q < _v.Count && q <= p + 9; q++) if (IsAny(q, "member", "members")) { memberAt = q; break; }
        if (memberAt < 0) return;
        var org = OrgFor(memberAt);
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
            if (IsAny(q, ",", ";", ".")) break;
        }
        if (memberAt < 0) return;
        var kind = IsAny(memberAt, "partner", "partners") ? RelationKind.DialoguePartner : IsAny(memberAt, "observer", "observers") ? RelationKind.Observer : RelationKind.Member;
        var org = OrgFor(memberAt);
        var subject = Subject(p, out var negated, out _);
        if (subject.Count == 0 || negated) return;
        var aux = p - 1;
        while (IsAny(aux, "officially", "formally", "now", "finally", "already", "just", "recently", "effectively", "fully")) aux--;
        var past = W(p).Equals("became", StringComparison.OrdinalIgnoreCase) || IsAny(aux, "has", "have", "had");
        var when = WhenAfter(memberAt + 1);
        if (kind == RelationKind.Member)
        {
            Hit(org, past ? RelationKind.Member : RelationKind.Joining, subject, when);
        }
        else if (past || !HasFutureMarker(p))
        {
            Hit(org, kind, subject);
        }
    }

    private void ApplicationCue(int p, string w)
    {
        // "applied to join" is read by the join cue; here: "applied for membership", "membership bid", "accession".
        if (w is "applied" or "apply" or "applies")
        {
            if (!(Is(p + 1, "for") && IsAny(p + 2, "membership", "full", "accession"))) return;
            var subject = Subject(p, out var negated, out _);
            if (subject.Count == 0 || negated) return;
            Hit(OrgFor(p + 2), RelationKind.Joining, subject, WhenAfter(p + 3));
            return;
        }
        if (w == "accession")
        {
            // "Sweden's accession to NATO" — not yet a member only if not completed; treat as joining
            // unless the sentence says it was completed.
            if (p >= 2 && T(p - 1).Kind == TokenKind.Possessive && CountryAt(p - 2) is { } c)
            {
                for (var q = 0; q < _v.Count; q++) if (IsAny(q, "completed", "finalised", "finalized", "marked")) return;
                Hit(OrgFor(p), RelationKind.Joining, new[] { c }, WhenAfter(p + 1));
            }
        }
    }

    private void PartnerCue(int p)
    {
        // Only "dialogue partner(s)", "partner countries/states", "partner status", "partner country".
        var dialogue = Is(p - 1, "dialogue");
        var partnerCountries = Is(p, "partner") && IsAny(p + 1, "countries", "states", "nations", "country", "state", "status", "member", "members");
        if (!dialogue && !partnerCountries && Is(p, "partners") && (T(p + 1).Kind == TokenKind.Dash || Is(p + 1, ":")))
        {
            // "the alliance's four Indo-Pacific partners — Japan, South Korea, Australia and New Zealand —"
            var owner = -1;
            for (var ob = p - 1; ob >= 0 && ob >= p - 5; ob--)
            {
                if (T(ob).Kind == TokenKind.Possessive && M(ob - 1) is { Type: MentionType.Organization } om && om.Entity >= 0) { owner = om.Entity; break; }
                if (T(ob).Kind == TokenKind.Possessive && T(ob - 1).IsWord && OrganizationWords.IsGenericNoun(W(ob - 1))) { owner = Generic(W(ob - 1)); break; }
                if (IsAny(ob, "its")) { owner = _main; break; }
            }
            var listed = ReadList(p + 2, out _);
            if (owner >= 0 && listed.Count > 0) Hit(owner, RelationKind.DialoguePartner, listed);
            return;
        }
        if (!dialogue && !partnerCountries) return;
        var introduced = IsAny(p - 1, "the", "its", "their") || p >= 2 && IsAny(p - 2, "the", "its") && T(p - 1).Kind == TokenKind.Number || T(p - 1).Kind == TokenKind.Number || IsNumberWord(W(p - 1));
        if (!dialogue && !OrgNear(p) && !(introduced && _main >= 0)) return;
        var org = OrgFor(p);
        var head = partnerCountries ? p + 1 : p;

        // "dialogue partners such as A and B", "dialogue partners include A", "partner countries (A, B)".
        var q = head + 1;
        if (Is(q, ","))
        {
            // Skip an apposition: ", known in Mercosur jargon as associated states,".
            var c = q + 1;
            while (c < _v.Count && c <= q + 12 && !Is(c, ",")) c++;
            q = c < _v.Count && Is(c, ",") && CountryAt(q + 1) is null ? c + 1 : q + 1;
        }
        if (Is(q, "of") && (M(q + 1) is { Type: MentionType.Organization } || Is(q + 1, "the"))) { q += 2; while (q < _v.Count && (M(q) is { Type: MentionType.Organization } || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))) q++; }
        if (Is(q, "such") && Is(q + 1, "as")) q += 2;
        else if (IsAny(q, "including", "include", "includes", "like", "are", ":", "(", "namely", "alongside")) q++;
        else if (IsAny(q, "along", "together") && Is(q + 1, "with")) q += 2;
        else if (q < _v.Count && T(q).Kind == TokenKind.Dash) q++;
        var list = ReadList(q, out _);
        if (list.Count > 0) { Hit(org, RelationKind.DialoguePartner, list); }

        // "the United States, one of ASEAN's 11 dialogue partners,"
        var a = dialogue ? p - 2 : p - 1;
        while (a >= 0 && (T(a).Kind == TokenKind.Number || IsNumberWord(W(a)) || T(a).Kind == TokenKind.Possessive || M(a) is { Type: MentionType.Organization } || IsAny(a, "the", "its", "a", "an", "new", "other", "fellow"))) a--;
        if (Is(a, "of") && IsAny(a - 1, "one", "among")) a -= 2;
        if (Is(a, ",") && CountryAt(a - 1) is not null) { Hit(org, RelationKind.DialoguePartner, ReadListBackward(a - 1, out _, stopAtPreposition: false)); return; }
        if (list.Count > 0) return;

        // "X is a dialogue partner", "X and Y are dialogue partners", "X, a dialogue partner,".
        var b = (dialogue ? p - 2 : p - 1);
        while (IsAny(b, "a", "an", "the", "its", "new", "other", "fellow")) b--;
        while (b >= 0 && (M(b) is { Type: MentionType.Organization } || T(b).Kind == TokenKind.Possessive)) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.DialoguePartner, ReadListBackward(b - 1, out _)); return; }
        if (b >= 0 && IsCopula(W(b).ToLowerInvariant()))
        {
            var subject = Subject(b + 1, out var negated, out _);
            if (!negated) Hit(org, RelationKind.DialoguePartner, subject);
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
        var org = OrgFor(p);
        var q = p + 1;
        if (IsAny(q, "states", "countries", "nations", "members", "status")) q++;
        // "observer states and dialogue partners include ..." is ambiguous: read as observers only if named so.
        if (Is(q, "and") && Is(q + 1, "dialogue")) return;
        if (Is(q, "of") && (M(q + 1) is { Type: MentionType.Organization } || Is(q + 1, "the"))) { q += 2; while (q < _v.Count && (M(q) is { Type: MentionType.Organization } || T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)))) q++; }
        if (Is(q, "such") && Is(q + 1, "as")) q += 2;
        else if (IsAny(q, "including", "include", "includes", "like", "are", ":", "(", "namely")) q++;
        var list = ReadList(q, out _);
        if (list.Count > 0 && !Is(p + 1, "status")) { Hit(org, RelationKind.Observer, list); return; }

        // "X has observer status", "X is an observer", "X, an observer,", "granted X observer status".
        var b = p - 1;
        while (IsAny(b, "a", "an", "the", "its", "permanent")) b--;
        while (b >= 0 && (M(b) is { Type: MentionType.Organization } || T(b).Kind == TokenKind.Possessive)) b--;
        if (Is(b, ",") && CountryAt(b - 1) is not null) { Hit(org, RelationKind.Observer, ReadListBackward(b - 1, out _)); return; }
        if (b >= 0 && (IsCopula(W(b).ToLowerInvariant()) || IsAny(b, "has", "have", "holds", "hold", "enjoys", "retains", "had")))
        {
            var subject = Subject(IsCopula(W(b).ToLowerInvariant()) ? b + 1 : b, out var negated, out _);
            if (!negated && subject.Count > 0) { Hit(org, RelationKind.Observer, subject); return; }
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
    }

    private void CompositionCue(int p, string w)
    {
        var q = p + 1;
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
                if (!Is(q, "together")) return;
                q++;
                break;
            case "founded":
            case "formed":
            case "established":
            case "created":
                // "founded in Cairo in 1945 by Egypt, Iraq ..."
                while (q < _v.Count && q <= p + 8 && !Is(q, "by") && !Is(q, ",") && !Is(q, "as")) q++;
                if (!Is(q, "by")) return;
                q++;
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
            case "counts":
                if (Is(q, "among")) return;
                if (IsAny(q, "also")) q++;
                break;
        }
        var described = SkipDescription(q, out var describedCount);
        if (described > 0) q = described;
        else if (Is(q, "the") && CountryAt(q + 1) is null) return;
        var list = ReadList(q, out var end);
        if (list.Count == 0) return;

        // The subject must be the organisation: an organisation mention or a generic noun before the cue, in this clause.
        var org = -1;
        var kind = RelationKind.Member;
        for (var b = p - 1; b >= 0 && b >= p - 14; b--)
        {
            if (IsAny(b, "partners", "partner") && kind == RelationKind.Member) { kind = RelationKind.DialoguePartner; continue; }
            if (IsAny(b, "observers", "observer") && kind == RelationKind.Member) { kind = RelationKind.Observer; continue; }
            if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0) { org = om.Entity; break; }
            if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)))
            {
                // "the OPEC+ alliance": the organisation named before the noun.
                org = M(b - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 ? named.Entity : Generic(W(b));
                break;
            }
            if (IsAny(b, "it") && b <= p - 1 && b >= p - 4) { org = _main; break; }
            if (IsAny(b, "which", "that"))
            {
                // "the Indo-Pacific Economic Framework (IPEF), which ... and which also includes": the antecedent.
                var antecedent = -1;
                for (var a = b - 1; a >= 0 && a >= b - 40; a--)
                {
                    if (IsAny(a, "which") && a < b) continue;
                    if (M(a) is { Type: MentionType.Organization } am && am.Entity >= 0 && (Is(a + 1, ",") || Is(a + 1, "which") || Is(a + 1, ")") && Is(a + 2, ","))) { antecedent = am.Entity; break; }
                }
                if (antecedent >= 0) { org = antecedent; break; }
            }
            if (IsAny(b, "members", "member", "membership")) { org = OrgFor(b); break; }
            if (CountryAt(b) is not null && w is "includes" or "include" or "including" or "included") return;
            if (IsAny(b, ";", "but")) break;
        }
        if (org < 0) return;
        // "including" after a noun other than members/states lists examples of something else.
        if (w == "including" && !(IsAny(p - 1, ",") && (IsAny(p - 2, "members", "states", "countries", "nations") || M(p - 2) is { Type: MentionType.Organization }) || IsAny(p - 1, "members", "states", "countries", "nations")))
        {
            return;
        }
        Hit(org, kind, list);
        if (described > 0 && describedCount > 0 && kind == RelationKind.Member) Count(org, kind, describedCount, p + 1);

        // "founded by A, B and C in 2001 and later joined by D": the join cue reads "joined by".
    }
}
