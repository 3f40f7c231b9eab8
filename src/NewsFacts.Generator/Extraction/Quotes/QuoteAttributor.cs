using System;
using System.Collections.Generic;
using System.Threading;
using NewsFacts.Extraction.Entities;
using NewsFacts.Extraction.Lexicon;
using NewsFacts.Extraction.Text;
using NewsFacts.Model;

namespace NewsFacts.Extraction.Quotes;

/// <summary>A quotation with its kind and speaker, before it becomes model data.</summary>
internal sealed class AttributedQuote
{
    public AttributedQuote(QuoteSpan span) { Span = span; }

    public QuoteSpan Span { get; }

    public QuoteKind Kind { get; set; }

    public string? Speaker { get; set; }

    public SpeakerKind SpeakerKind { get; set; }

    public string? Addressee { get; set; }

    public string? Sieve { get; set; }

    /// <summary>The attribution was blocked on purpose (a plural or first-person subject): no later guess.</summary>
    public bool Blocked { get; set; }
}

/// <summary>
/// Attributes quotations with a cascade of deterministic sieves, after the CoreNLP / Gender Gap Tracker design:
/// adjacent frames (", Velasco said" / "said Velasco" / "it added"), the clause cue (the subject of the nearest speech
/// verb left of the quote: "Velasco said Wednesday that the bloc was "...""; "X told Y that ..."), "according to",
/// split quotes and continuation paragraphs, colon lead-ins, and a single candidate. Each quote records the sieve
/// that chose its speaker. Mentions are resolved to entities: names to the fullest name, pronouns to the latest
/// compatible person or body, descriptions ("the Chinese president") to the person with that role and country.
/// </summary>
internal sealed class QuoteAttributor
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "earlier", "then", "again", "further", "previously", "recently", "repeatedly", "once", "simply", "bluntly",
        "flatly", "firmly", "publicly", "privately", "separately", "tersely", "frankly", "openly", "already", "has", "had", "have",
        "had", "reportedly", "quickly", "reportedly", "last", "this", "week", "month", "year", "yesterday", "today", "on",
        "jointly", "both", "himself", "herself", "themselves", "itself", "was", "were", "is", "would", "will",
    };

    /// <summary>Speech words that are as often nouns ("a government question session", "calls for").</summary>
    private static readonly HashSet<string> AmbiguousNounVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "questions", "call", "calls", "report", "reports", "post", "posts", "comment", "comments", "answer", "answers",
        "reply", "replies", "claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows", "note", "notes", "remark",
        "remarks", "praise", "welcome", "demand", "demands", "appeal", "appeals", "tweet", "tweets", "statement", "warning", "warnings",
        "criticism", "denial", "promise", "request", "requests", "suggestion",
    };

    private static readonly HashSet<string> TermLeadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "labelled", "labeled", "termed", "titled", "entitled", "nicknamed", "branded", "coined", "call", "calls",
        "called", "calling",
    };

    /// <summary>How far back (in tokens) a pronoun or description looks for its referent: keeps long articles linear.</summary>
    private const int LookBack = 3000;

    /// <summary>How far (in tokens) a frame around a quote is searched within its sentence.</summary>
    private const int Window = 200;

    private readonly Document _doc;
    private readonly EntityRecognizer _er;
    private readonly List<Token> _t;
    private readonly CancellationToken _ct;

    public QuoteAttributor(Document doc, EntityRecognizer er, CancellationToken cancellationToken)
    {
        _doc = doc;
        _er = er;
        _t = doc.Tokens;
        _ct = cancellationToken;
    }

    public List<AttributedQuote> Quotes { get; } = new();

    private Token? Tok(int i) => i >= 0 && i < _t.Count ? _t[i] : null;

    private static bool IsSpeechVerb(Token t, out SpeechVerbClass cls)
    {
        cls = SpeechVerbClass.Core;
        return t.Has(WordClass.SpeechVerb) && !t.IsCapitalized && SpeechVerbs.TryGetLemma(t.Text, out _, out cls);
    }

    private static bool IsSpeechVerbAnyCase(Token t) => t.IsWord && SpeechVerbs.TryGetLemma(t.Text, out _, out _);

    public void Run()
    {
        foreach (var span in _doc.Quotes)
        {
            _ct.ThrowIfCancellationRequested();
            var q = new AttributedQuote(span);
            Quotes.Add(q);
            var open = _t[span.First.OpenToken];
            var heading = _doc.Paragraphs[open.Paragraph].IsHeading;
            q.Kind = ClassifyKind(span);
            if (TryPostFrame(q) || TryClauseCue(q) || !heading && TryAccordingTo(q)) { }
            if (heading && q.Speaker is null && q.Kind == QuoteKind.Statement && span.WordCount <= 3) q.Kind = QuoteKind.Term;
        }

        // Second pass: quotes that borrow a speaker from a neighbour.
        for (var i = 0; i < Quotes.Count; i++)
        {
            var q = Quotes[i];
            if (q.Speaker is not null || q.Blocked || q.Kind != QuoteKind.Statement) continue;
            if (_doc.Paragraphs[_t[q.Span.First.OpenToken].Paragraph].IsHeading) continue;
            if (TrySplitOrContinuation(i) || TryColonLeadIn(q) || TrySingleCandidate(q)) { }
        }
    }

    // ---------------------------------------------------------------- kinds

    private QuoteKind ClassifyKind(QuoteSpan span)
    {
        var open = span.First.OpenToken;
        // "so-called "...", dubbed "...", what they call "...""
        for (int k = open - 1, seen = 0; k >= 0 && seen < 3; k--)
        {
            var t = _t[k];
            if (t.Quote >= 0 || t.Sentence != _t[open].Sentence) break;
            if (t.IsWord)
            {
                seen++;
                if (TermLeadIns.Contains(t.Text) && !IsPredicativeNaming(k, open)) return QuoteKind.Term;
                if (t.Is("as") && Tok(k - 1) is { } known && (known.Is("known") || known.Is("referred") || known.Is("described") && false)) return QuoteKind.Term;
            }
        }

        var words = span.WordCount;
        var text = span.Text.TrimEnd(',', ' ');
        var hasSentencePunct = text.IndexOfAny(new[] { '.', '!', '?', ';', ':' }) >= 0;
        if (words <= 3 && !hasSentencePunct)
        {
            // A short fragment is still speech when a speech verb frames it, or when it ends a clause
            // reported by a speech verb earlier in the sentence ("said progress had been "uneven" and ...").
            if (HasAdjacentPostFrame(span) || GovernedByVerb(open)) return QuoteKind.Statement;
            if (ReportedEarlier(open) && !ModifiesNoun(span)) return QuoteKind.Statement;
            return QuoteKind.Term;
        }
        if (words <= 6 && !hasSentencePunct && AllContentWordsCapitalised(span)) return QuoteKind.Term;
        return QuoteKind.Statement;
    }

    /// <summary>
    /// "Harlan calls the summit "a disgrace"": a naming verb with its own object before the quote is an evaluation
    /// by the subject (a statement); "what they call "encirclement"" and "so-called "..."" are terms.
    /// </summary>
    private bool IsPredicativeNaming(int verb, int open)
    {
        var v = _t[verb];
        if (!(v.Is("call") || v.Is("calls") || v.Is("called") || v.Is("calling") || v.Is("branded") || v.Is("labelled") || v.Is("labeled") || v.Is("dubbed"))) return false;
        // "so-called", "what they call", "known as", "is called": terms.
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (_t[k].IsIgnoreCase("what") || _t[k].Is("is") || _t[k].Is("was") || _t[k].Is("are") || _t[k].Is("be") || _t[k].Is("been")) return false;
        }
        // An object between the verb and the quote: "calls summit", "called the plan".
        var words = 0;
        for (var k = verb + 1; k < open; k++) if (_t[k].IsWord) words++;
        return words >= 1 && SubjectOf(verb) is not null;
    }

    /// <summary>A quoted word used as a modifier before its noun: a "no red lines" partnership.</summary>
    private bool ModifiesNoun(QuoteSpan span)
    {
        if (span.Text.Length > 0 && span.Text[span.Text.Length - 1] is ',' or '.' or '!' or '?') return false;
        var next = Tok(span.EndToken + 1);
        if (next is null || !next.IsWord || next.IsCapitalized || next.Paragraph != _t[span.EndToken].Paragraph) return false;
        // Words that continue a clause are not nouns.
        if (next.Has(WordClass.FunctionWord) || next.Has(WordClass.SpeechVerb) || next.Text is "and" or "or" or "but" or "to" or "of" or "in" or "on"
            or "for" or "with" or "at" or "by" or "from" or "as" or "that" or "which" or "who" or "if" or "than" or "among" or "about" or "over"
            or "between" or "against" or "into" or "after" or "before" or "while" or "when" or "is" or "are" or "was" or "were" or "would" or "will"
            or "could" or "should" or "had" or "has" or "have" or "not" or "because" or "since" or "until" or "unless" or "across") return false;
        return true;
    }

    /// <summary>A non-naming speech verb, with a subject, earlier in the sentence's narrative.</summary>
    private bool ReportedEarlier(int open)
    {
        var s = _doc.Sentences[_t[open].Sentence];
        for (var k = open - 1; k >= s.FirstToken && k >= open - Window; k--)
        {
            var t = _t[k];
            if (!t.IsNarrative) continue;
            if (IsSpeechVerb(t, out var cls))
            {
                if (cls == SpeechVerbClass.Naming) return false;
                if (SubjectOf(k) is not null || t.Is("said") || t.Is("says") || t.Is("told")) return true;
            }
        }
        return false;
    }

    private bool AllContentWordsCapitalised(QuoteSpan span)
    {
        var any = false;
        for (var i = span.First.OpenToken + 1; i < span.EndToken; i++)
        {
            var t = _t[i];
            if (!t.IsWord) continue;
            if (t.Text.Length <= 3 && !t.IsCapitalized) continue; // of, the, and
            if (!t.IsCapitalized) return false;
            any = true;
        }
        return any;
    }

    private bool GovernedByVerb(int open)
    {
        // "praised the "...", "hailed a "...", "warned of "...", "said "..."".
        for (int k = open - 1, seen = 0; k >= 0 && seen < 4; k--)
        {
            var t = _t[k];
            if (t.Quote >= 0 || t.Sentence != _t[open].Sentence) break;
            if (t.Kind == TokenKind.Punct && !t.Is(",") && !t.Is(":")) break;
            if (!t.IsWord) continue;
            seen++;
            if (IsSpeechVerb(t, out var cls)) return cls != SpeechVerbClass.Naming || IsPredicativeNaming(k, open);
        }
        return false;
    }

    private bool HasAdjacentPostFrame(QuoteSpan span)
    {
        var j = span.EndToken + 1;
        while (Tok(j) is { } t && (t.Is(",") || t.Kind == TokenKind.Dash)) j++;
        if (Tok(j) is not { } first || first.Sentence != _t[span.EndToken].Sentence && !_t[span.EndToken].Is(",")) return false;
        if (IsSpeechVerb(first, out _)) return true;
        var m = MentionStartingAt(j);
        if (m is null) return false;
        var v = SkipAdverbs(m.Last + 1);
        return Tok(v) is { } verb && IsSpeechVerb(verb, out _);
    }

    // ---------------------------------------------------------------- mentions

    private int SkipAdverbs(int i)
    {
        while (Tok(i) is { } t && t.IsNarrative && (t.IsWord && (Adverbs.Contains(t.Text) || TimeWords.IsWeekday(t.Text))))
        {
            i++;
        }
        return i;
    }

    private Mention? MentionStartingAt(int i)
    {
        while (Tok(i) is { } t && (t.Is("the") || t.Is("The") || t.Is("a") || t.Is("A") || t.Is("an"))) i++;
        // "Mr. Modi", "Ms Sandu"
        if (Tok(i) is { } h && Titles.IsHonorific(h.Text) && _er.At(i) is null)
        {
            i++;
            if (Tok(i) is { } dot && dot.Is(".")) i++;
        }
        var m = _er.At(i);
        // "Commission Chairperson X", "NATO chief X": words of a title before a person.
        for (var k = i; k <= i + 2 && (m is null || m.Type == MentionType.Organization); k++)
        {
            if (Tok(k) is not { } w || !(w.IsWord && w.IsCapitalized || _er.At(k) is { Type: MentionType.Organization })) break;
            if (Tok(k + 1) is not { } w1 || w1.Sentence != w.Sentence) break;
            if (_er.At(k + 1) is { Type: MentionType.Person } person) { m = person; break; }
        }
        if (m is null && Tok(i) is { } titleWord && titleWord.IsWord && (titleWord.Has(WordClass.TitleStart) || titleWord.Has(WordClass.TitleEnd)))
        {
            // "the president of the European Council, Henrik Aaltonen": the name after the title's apposition comma.
            for (var k = i + 1; k < _t.Count && k <= i + 10 && _t[k].Sentence == titleWord.Sentence; k++)
            {
                if (!_t[k].Is(",")) continue;
                if (_er.At(k + 1) is { Type: MentionType.Person } named) return named;
                break;
            }
        }
        if (m is null) return null;
        // "Kazakh President Tokayev": a country adjective before a person.
        if (m.Type == MentionType.Country && _er.At(m.Last + 1) is { Type: MentionType.Person or MentionType.Body } next) return next;
        if (m.Type is MentionType.Country or MentionType.Body or MentionType.Organization)
        {
            // "Qatar's ruler Sheikh Tamim", "the Kremlin spokesman Dmitry Peskov": role words between the owner and the person.
            var k = m.Last + 1;
            if (Tok(k) is { Kind: TokenKind.Possessive }) k++;
            var start = k;
            while (Tok(k) is { } w && w.IsWord && !w.IsCapitalized && k - start < 4 && _er.At(k) is null) k++;
            if (_er.At(k) is { Type: MentionType.Person or MentionType.Body } owned && (k > m.Last + 1)) return owned;
            // "the Kremlin spokesman said": a role word after a body stands for the person in that role.
            if (k > start && m.Type == MentionType.Body && Tok(k - 1) is { } role && IsRoleWord(role.Text))
            {
                return new Mention(MentionType.Nominal, m.First, k - 1) { Role = role.Text.ToLowerInvariant(), Country = null, Text = _doc.Slice(m.First, k - 1) };
            }
        }
        return IsSpeakerCapable(m) ? m : null;
    }

    /// <summary>"quoted him as saying", "quoted the minister as saying": the one quoted speaks.</summary>
    private bool QuotedObject(int quotedVerb, AttributedQuote q, string sieve)
    {
        var o = Tok(quotedVerb + 1);
        if (o is null) return false;
        if ((o.Is("him") || o.Is("her")) && Tok(quotedVerb + 2) is { } as1 && as1.Is("as"))
        {
            if (ResolvePronounBySentence(quotedVerb, o.Is("him") ? 'm' : 'f', out var name) && name is not null)
            {
                q.Speaker = name;
                q.SpeakerKind = SpeakerKind.Person;
                q.Sieve = sieve;
                return true;
            }
            return false;
        }
        if (MentionStartingAt(quotedVerb + 1) is { } quotedOne && Tok(quotedOne.Last + 1) is { } asTok && asTok.Is("as"))
        {
            return Assign(q, quotedOne, sieve);
        }
        return false;
    }

    private static bool IsRoleWord(string word) => word is "spokesman" or "spokeswoman" or "spokesperson" or "official" or "officials"
        or "aide" or "adviser" or "advisor" or "chief" or "head" or "envoy" or "minister" or "secretary" or "diplomat" or "negotiator";

    private Mention? MentionEndingAt(int i)
    {
        var m = _er.At(i);
        if (m is null || m.Last != i && !(m.Type == MentionType.Organization && m.Last >= i)) return m is not null && IsSpeakerCapable(m) && m.Last == i ? m : null;
        return IsSpeakerCapable(m) ? m : null;
    }

    private static bool IsSpeakerCapable(Mention m) => m.Type switch
    {
        MentionType.Person or MentionType.Body or MentionType.Document or MentionType.Pronoun or MentionType.Nominal => true,
        MentionType.Organization => !m.Modifier,
        MentionType.Country => !m.Compound && !m.Possessive && m.FormKind is CountryFormKind.Name or CountryFormKind.Alias or CountryFormKind.Capital,
        _ => false,
    };

    /// <summary>Resolves a mention to a speaker: a person's full name or a body's name.</summary>
    private bool Resolve(Mention m, int at, AttributedQuote q, out string? name, out SpeakerKind kind)
    {
        name = null;
        kind = SpeakerKind.None;
        switch (m.Type)
        {
            case MentionType.Person:
                if (m.Entity < 0) return false;
                name = _er.People[m.Entity].Name;
                kind = SpeakerKind.Person;
                return true;
            case MentionType.Body:
                if (m.Entity >= 0)
                {
                    name = _er.Bodies[m.Entity].Name;
                    kind = SpeakerKind.Body;
                    return true;
                }
                // "the ministry": the latest body with this head, else as written.
                var body = LatestBody(at, m.Role) ?? LatestOrgWithHead(at, m.Role);
                name = body ?? EntityRecognizer.StripArticle(m.Text);
                kind = SpeakerKind.Body;
                return true;
            case MentionType.Document:
                if (m.Issuer is not null) return Resolve(m.Issuer, at, q, out name, out kind);
                name = EntityRecognizer.StripArticle(m.Text);
                kind = SpeakerKind.Body;
                return true;
            case MentionType.Organization:
                if (m.Entity < 0) return false;
                name = _er.Orgs[m.Entity].Display;
                kind = SpeakerKind.Body;
                return true;
            case MentionType.Country:
                name = m.Text;
                kind = SpeakerKind.Body;
                return true;
            case MentionType.Pronoun:
                if (m.Plural) { q.Blocked = true; return false; }
                if (m.Gender == '\0') return ResolveIt(at, out name, out kind);
                return ResolvePerson(at, m.Gender, null, null, out name, out kind);
            case MentionType.Nominal:
                // "a Malian official", "one diplomat": someone not named.
                if (Tok(m.First) is { } det && (det.IsIgnoreCase("a") || det.IsIgnoreCase("an") || det.IsIgnoreCase("one") || det.IsIgnoreCase("another")))
                {
                    q.Blocked = true;
                    return false;
                }
                return ResolvePerson(at, '\0', m.Role, m.Country?.Name, out name, out kind);
        }
        return false;
    }

    private string? LatestBody(int at, string? head)
    {
        for (var i = at - 1; i >= 0 && i >= at - LookBack; i--)
        {
            if (_er.At(i) is { Type: MentionType.Body } b && b.Entity >= 0 && _t[i].IsNarrative)
            {
                var e = _er.Bodies[b.Entity];
                if (head is null || e.Head.EndsWith(head, StringComparison.OrdinalIgnoreCase) || head.EndsWith(e.Head, StringComparison.OrdinalIgnoreCase)) return e.Name;
            }
        }
        return null;
    }

    private string? LatestOrgWithHead(int at, string? head)
    {
        if (head is null) return null;
        for (var i = at - 1; i >= 0 && i >= at - LookBack; i--)
        {
            if (_er.At(i) is { Type: MentionType.Organization } o && o.Entity >= 0 && _er.Orgs[o.Entity].Name is { } n
                && n.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }
        return null;
    }

    private bool ResolveIt(int at, out string? name, out SpeakerKind kind)
    {
        name = null;
        kind = SpeakerKind.None;
        for (var i = at - 1; i >= 0 && i >= at - LookBack; i--)
        {
            if (!_t[i].IsNarrative) continue;
            var m = _er.At(i);
            if (m is null) continue;
            if (m.Type == MentionType.Document && m.Issuer is null) continue;
            if (m.Type is MentionType.Body or MentionType.Document || m.Type == MentionType.Organization && !m.Modifier)
            {
                if (m.Type == MentionType.Organization && _er.At(m.Last + 1) is { Type: MentionType.Person }) continue;
                var dummy = new AttributedQuote(_doc.Quotes.Count > 0 ? _doc.Quotes[0] : null!);
                return Resolve(m, m.First, dummy, out name, out kind);
            }
        }
        return false;
    }

    private bool ResolvePerson(int at, char gender, string? role, string? country, out string? name, out SpeakerKind kind)
    {
        name = null;
        kind = SpeakerKind.None;
        if (role is null && ResolvePronounBySentence(at, gender, out name))
        {
            kind = SpeakerKind.Person;
            return true;
        }
        if (role is not null && IntroducedAnonymously(at, role)) return false;
        if (ResolveByRole(at, role, country, out name))
        {
            kind = SpeakerKind.Person;
            return true;
        }
        // "the former general", "the emir": a description that fits nobody by title refers back like a pronoun,
        // as long as the country (if any) agrees.
        if (role is not null && ResolvePronounBySentence(at, '\0', out name) && (country is null || PersonCountry(name) is null || PersonCountry(name) == country))
        {
            kind = SpeakerKind.Person;
            return true;
        }
        name = null;
        return false;
    }

    private string? PersonCountry(string? name)
    {
        for (var k = _er.People.Count - 1; k >= 0 && k >= _er.People.Count - 200; k--) if (_er.People[k].Name == name) return _er.People[k].Country;
        return null;
    }

    /// <summary>"A senior African diplomat ... said" then "the diplomat said": an anonymous source, not a named person.</summary>
    private bool IntroducedAnonymously(int at, string role)
    {
        var here = _t[Math.Min(at, _t.Count - 1)].Sentence;
        var head = role.Split(' ');
        var last = head[head.Length - 1];
        for (var si = here; si >= 0 && si >= here - 4; si--)
        {
            var s = _doc.Sentences[si];
            for (var i = Math.Max(s.FirstToken, at - Window); i <= s.LastToken && i < at; i++)
            {
                if (!_t[i].IsNarrative || !_t[i].IsIgnoreCase(last)) continue;
                for (var b = i - 1; b >= s.FirstToken && b >= i - 4; b--)
                {
                    var w = _t[b];
                    if (w.IsIgnoreCase("a") || w.IsIgnoreCase("an") || w.IsIgnoreCase("one") || w.IsIgnoreCase("another"))
                    {
                        // "Jaak Kuusik, a retired general": an apposition of someone named.
                        if (Tok(b - 1) is { } comma && comma.Is(",") && _er.At(b - 2) is { Type: MentionType.Person }) break;
                        return true;
                    }
                    if (!w.IsWord || w.IsIgnoreCase("the")) break;
                }
            }
        }
        return false;
    }

    private bool ResolveByRole(int at, string? role, string? country, out string? name)
    {
        name = null;
        if (role is null) return false;
        for (var i = at - 1; i >= 0 && i >= at - LookBack; i--)
        {
            if (!_t[i].IsNarrative) continue;
            if (_er.At(i) is not { Type: MentionType.Person } m || m.Entity < 0 || m.Last != i) continue;
            var p = _er.People[m.Entity];
            if (role != "year-old")
            {
                if (p.Title is null) continue;
                var title = p.Title.ToLowerInvariant();
                if (!RoleHypernyms.Covers(role, title) && !title.EndsWith(role, StringComparison.Ordinal)) continue;
            }
            if (country is not null && !string.Equals(country, p.Country, StringComparison.Ordinal)) continue;
            name = p.Name;
            return true;
        }
        if (country is not null && role != "year-old")
        {
            for (var pk = Math.Max(0, _er.People.Count - 200); pk < _er.People.Count; pk++)
            {
                var p = _er.People[pk];
                if (p.Title is not null && p.Country == country && (RoleHypernyms.Covers(role, p.Title.ToLowerInvariant()) || p.Title.ToLowerInvariant().EndsWith(role, StringComparison.Ordinal)))
                {
                    name = p.Name;
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// he/she: the nearest earlier sentence that names a compatible person; in it, the person in subject position
    /// (the first one named, not one who was told something) — the last speaker when that sentence quoted someone.
    /// </summary>
    private bool ResolvePronounBySentence(int at, char gender, out string? name)
    {
        name = null;
        var sentence = _t[Math.Max(0, at - 1)].Sentence;
        var here = at < _t.Count ? _t[at].Sentence : sentence;
        for (var si = here; si >= 0 && si >= here - 8; si--)
        {
            var s = _doc.Sentences[si];
            var limit = si == here ? at - 1 : s.LastToken;
            string? first = null;
            for (var i = Math.Max(s.FirstToken, limit - Window); i <= limit; i++)
            {
                if (!_t[i].IsNarrative) continue;
                if (_er.At(i) is not { Type: MentionType.Person } m || m.Entity < 0 || m.First != i) continue;
                var p = _er.People[m.Entity];
                if (gender != '\0' && p.Gender != '\0' && p.Gender != gender) continue;
                // Someone told something is not the one speaking next.
                if (Tok(i - 1) is { } told && (told.Is("told") || told.Is("met") || told.Is("with") || told.Is("and"))) continue;
                if (m.Possessive) continue;
                first ??= p.Name;
            }
            if (first is not null)
            {
                name = first;
                return true;
            }
        }
        return false;
    }

    private bool Assign(AttributedQuote q, Mention m, string sieve)
    {
        if (!Resolve(m, m.First, q, out var name, out var kind) || name is null)
        {
            // A frame named a speaker we cannot resolve: better no speaker than a neighbour's.
            if (m.Type is MentionType.Nominal or MentionType.Pronoun) q.Blocked = true;
            return false;
        }
        q.Speaker = name;
        q.SpeakerKind = kind;
        q.Sieve = sieve;
        return true;
    }

    private void Addressee(AttributedQuote q, int verb)
    {
        if (!_t[verb].Is("told") && !_t[verb].Is("tells") && !_t[verb].Is("tell") && !_t[verb].Is("telling")) return;
        var m = MentionStartingAt(verb + 1);
        if (m is { Type: MentionType.Person } && m.Entity >= 0) q.Addressee = _er.People[m.Entity].Name;
        else if (m is { Type: MentionType.Nominal or MentionType.Pronoun } && Resolve(m, m.First, new AttributedQuote(q.Span), out var name, out var kind) && kind == SpeakerKind.Person) q.Addressee = name;
    }

    /// <summary>True when the subject mention is one of several coordinated people ("Velasco and Lin said").</summary>
    private bool IsCoordinated(Mention m)
    {
        var prev = Tok(m.First - 1);
        if (prev is null || !(prev.Is("and") || prev.Is("&"))) return false;
        return _er.At(m.First - 2) is { Type: MentionType.Person or MentionType.Nominal or MentionType.Body or MentionType.Country };
    }

    // ---------------------------------------------------------------- sieves

    /// <summary>S1: ", Velasco said." / ", said Velasco," / ", it added" / "Lin told Velasco" right after the quote.</summary>
    private bool TryPostFrame(AttributedQuote q)
    {
        var end = q.Span.EndToken;
        var j = end + 1;
        while (Tok(j) is { } t && (t.Is(",") || t.Kind == TokenKind.Dash)) j++;
        if (Tok(j) is not { } first || !first.IsNarrative) return false;
        if (first.Paragraph != _t[end].Paragraph) return false;
        // A new sentence after the quote is not its frame unless the quote ended with a comma or no punctuation.
        if (first.Sentence != _t[end].Sentence) return false;

        if (IsSpeechVerb(first, out _))
        {
            // "said Velasco", "added the ministry"; not "said the summit would ...".
            var m = MentionStartingAt(j + 1);
            if (m is not null && m.Type != MentionType.Pronoun || m is { Type: MentionType.Pronoun })
            {
                if (m is not null && Assign(q, m, "post-frame:verb-speaker")) { Addressee(q, j); return true; }
            }
            return false;
        }
        var speaker = MentionStartingAt(j);
        if (speaker is null) return false;
        var v = SkipAdverbs(speaker.Last + 1);
        if (Tok(v) is { } quotedVerb && quotedVerb.Is("quoted"))
        {
            // "the agency quoted him as saying": him.
            if (QuotedObject(v, q, "post-frame:quoted-as-saying")) return true;
        }
        if (Tok(v) is { } comma && comma.Is(",") && speaker.Type is MentionType.Person or MentionType.Body)
        {
            var k = v + 1;
            while (Tok(k) is { } w && !w.Is(",") && w.Sentence == comma.Sentence && k - v < 14) k++;
            if (Tok(k) is { } close && close.Is(",")) v = SkipAdverbs(k + 1);
        }
        // "Velasco, 71, said" / "Velasco, who ..., said" are rare after a quote: keep adjacent frames only.
        if (Tok(v) is not { } verb || !IsSpeechVerb(verb, out _)) return false;
        if (speaker.Type == MentionType.Pronoun && Pronouns.IsFirstPerson(speaker.Text)) return false;
        if (IsCoordinated(speaker)) { q.Blocked = true; return false; }
        if (_t[v].Is("quoted") && MentionStartingAt(v + 1) is { } quoted && Tok(quoted.Last + 1) is { } asW && asW.Is("as"))
        {
            // "the agency quoted him as saying": him.
            return Assign(q, quoted, "post-frame:quoted-as-saying");
        }
        if (!Assign(q, speaker, "post-frame:speaker-verb")) return false;
        Addressee(q, v);
        return true;
    }

    /// <summary>S3: the subject of the nearest speech verb to the left of the quote, in the same sentence.</summary>
    private bool TryClauseCue(AttributedQuote q)
    {
        var open = q.Span.First.OpenToken;
        var sentence = _t[open].Sentence;
        var s = _doc.Sentences[sentence];
        if (CollectiveSpeaks(s.FirstToken, open))
        {
            q.Blocked = true;
            return false;
        }
        for (var k = open - 1; k >= s.FirstToken && k >= open - Window; k--)
        {
            var t = _t[k];
            if (!t.IsNarrative) continue;
            if (!IsSpeechVerb(t, out var cls)) continue;
            // "he continued" frames a quote only right after it.
            if (t.Text.StartsWith("continu", StringComparison.Ordinal)) continue;
            // "a call for", "the statement", "its report": nouns, not verbs.
            if (Tok(k - 1) is { } det && det.IsWord && det.Text is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "that" or "whose" or "any" or "no") continue;
            if (Tok(k - 1) is { Kind: TokenKind.Possessive }) continue;
            if (AmbiguousNounVerbs.Contains(t.Text) && Tok(k - 1) is { } nn && nn.IsWord && !nn.IsCapitalized && _er.At(k - 1) is null && !Adverbs.Contains(nn.Text)) continue;
            if (t.Is("saying") && Tok(k - 1) is { } asWord && asWord.Is("as"))
            {
                for (var b = k - 2; b >= s.FirstToken && b >= k - 14; b--)
                {
                    if (!_t[b].Is("quoted")) continue;
                    if (Tok(b + 1) is { } pr && (pr.Is("him") || pr.Is("her")))
                    {
                        if (QuotedObject(b, q, "clause:quoted-as-saying")) return true;
                        break;
                    }
                    if (Tok(b - 1) is { } aux && (aux.Is("was") || aux.Is("were") || aux.Is("is")))
                    {
                        // "X was quoted by the agency as saying": X.
                        var quotedSubject = SubjectOf(b - 1);
                        if (quotedSubject is not null && Assign(q, quotedSubject, "clause:quoted-as-saying")) return true;
                    }
                    else if (MentionStartingAt(b + 1) is { } quoted && quoted.Last < k)
                    {
                        // "X quoted Y as saying": Y.
                        if (Assign(q, quoted, "clause:quoted-as-saying")) return true;
                    }
                    break;
                }
            }
            // ", adding that ...", ", saying ...": the participle shares the main clause's subject.
            if (t.Text.EndsWith("ing", StringComparison.Ordinal) && Tok(k - 1) is { } pc && pc.Is(",")) continue;
            // "the leaders said", "officials told": a collective, unnamed speaker.
            if (PluralNounSubject(k))
            {
                // "X's office said in a statement that leaders had agreed to "...": the outer reporter speaks.
                if (OuterReporter(k) is { } outer && Assign(q, outer.Subject, "clause:outer-verb"))
                {
                    Addressee(q, outer.Verb);
                    return true;
                }
                q.Blocked = true;
                return false;
            }
            var subject = SubjectOf(k);
            // "Zhukova said Moscow welcomed the "...": the outer reporting verb's subject speaks.
            if (subject is not null && subject.Type is not MentionType.Person and not MentionType.Pronoun and not MentionType.Nominal)
            {
                var outer = subject.First - 1;
                if (Tok(outer) is { } that && that.Is("that")) outer--;
                if (Tok(outer) is { } ov && ov.IsNarrative && IsSpeechVerb(ov, out var ocls) && ocls != SpeechVerbClass.Naming && SubjectOf(outer) is { } outerSubject
                    && outerSubject.Type is MentionType.Person or MentionType.Nominal or MentionType.Pronoun)
                {
                    subject = outerSubject;
                    k = outer;
                }
            }
            if (subject is null)
            {
                if (cls == SpeechVerbClass.Naming) return false;
                continue;
            }
            if (subject.Type == MentionType.Pronoun && (subject.Plural || Pronouns.IsFirstPerson(subject.Text)))
            {
                q.Blocked = true;
                return false;
            }
            if (IsCoordinated(subject)) { q.Blocked = true; return false; }
            if (!Assign(q, subject, "clause:" + (cls == SpeechVerbClass.Core ? "verb" : cls.ToString().ToLowerInvariant()))) return false;
            Addressee(q, k);
            return true;
        }
        return false;
    }

    /// <summary>The mention that is the subject of the verb at token k: right before it, skipping adverbs and appositions.</summary>
    private Mention? SubjectOf(int k)
    {
        var i = k - 1;
        for (var guard = 0; guard < 12 && i >= 0; guard++)
        {
            var t = _t[i];
            if (!t.IsNarrative) return null;
            if (t.IsWord && (Adverbs.Contains(t.Text) || TimeWords.IsWeekday(t.Text)) && _er.At(i) is null) { i--; continue; }
            if (t.Is(","))
            {
                // "Argentina's frontrunner, Javier Milei, has said": the name right before the comma.
                if (MentionEndingAt(i - 1) is { Type: MentionType.Person } named) return named;
                // "The Gulf Cooperation Council (GCC), which groups A, B and C, called": back to ", which".
                for (var w = i - 1; w >= 0 && w >= i - 40 && _t[w].Sentence == t.Sentence; w--)
                {
                    if (!(_t[w].Is("which") || _t[w].Is("who") || _t[w].Is("whose"))) continue;
                    if (Tok(w - 1) is { } relComma && relComma.Is(","))
                    {
                        var ante = w - 2;
                        if (Tok(ante) is { } paren && paren.Is(")")) { while (ante > 0 && !_t[ante].Is("(")) ante--; ante--; }
                        if (MentionEndingAt(ante) is { Type: MentionType.Organization or MentionType.Person or MentionType.Body } antecedent) return antecedent;
                    }
                    break;
                }
                // "Velasco, 71, said" / "Okafor, who ..., told": back to the previous comma.
                var j = i - 1;
                var n = 0;
                while (j >= 0 && n < 25 && !_t[j].Is(",") && _t[j].Sentence == t.Sentence) { j--; n++; }
                if (j >= 0 && _t[j].Is(",") && MentionEndingAt(j - 1) is { } app) return app;
                return null;
            }
            if (t.Is("and") || t.Is("but"))
            {
                // "Ruto congratulated the winner ... and said": the subject of the first verb, at the clause's start.
                return ClauseSubject(i);
            }
            if (t.Kind == TokenKind.Possessive) return null;
            var found = MentionEndingAt(i);
            if (found is not null && Tok(found.First - 1) is { } before && before.IsNarrative && before.IsWord && !before.IsCapitalized
                && !SubjectLeaders.Contains(before.Text) && !before.Has(WordClass.TitleEnd) && !before.Has(WordClass.TitleStart))
            {
                // "an official who accompanied Kishida told": Kishida is the object of "accompanied".
                return null;
            }
            return found;
        }
        return null;
    }

    private static readonly HashSet<string> SubjectLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "but", "also", "then", "while", "as", "because", "that", "when", "after", "before", "so", "yet",
        "where", "whereas", "although", "though", "since", "if", "now", "later", "earlier", "meanwhile", "both", "former", "late",
        "outgoing", "incoming", "veteran", "host", "what", "who", "which", "whom", "whose", "how", "why", "said", "says", "told",
        "added", "insisted", "argued", "stressed", "warned", "noted", "believes", "thinks", "hopes", "said,",
    };

    /// <summary>A core reporting verb further left, with a named subject, whose clause holds the verb at <paramref name="k"/>.</summary>
    private (Mention Subject, int Verb)? OuterReporter(int k)
    {
        var s = _doc.Sentences[_t[k].Sentence];
        for (var b = k - 1; b >= s.FirstToken && b >= k - 30; b--)
        {
            var t = _t[b];
            if (!t.IsNarrative || !IsSpeechVerb(t, out var cls) || cls != SpeechVerbClass.Core) continue;
            // "member states" is a noun, not "states" the verb: keep looking for a reporter with a subject.
            if (Tok(b - 1) is { } det && det.IsWord && det.Text is "member" or "the" or "a" or "its" or "their") continue;
            var subject = SubjectOf(b);
            if (subject is null) continue;
            if (subject.Type == MentionType.Pronoun && subject.Plural) return null;
            return (subject, b);
        }
        return null;
    }

    private static readonly HashSet<string> CollectiveNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "officials", "ministers", "diplomats", "critics", "analysts", "sources", "observers", "experts", "delegates",
        "participants", "governments", "members", "states", "countries", "lawmakers", "legislators", "protesters", "activists",
        "residents", "people", "economists", "investors", "traders", "others", "some", "many", "both", "all", "negotiators", "envoys",
    };

    /// <summary>"the leaders said in a joint statement that ... and urged "...": a collective speaks in this sentence.</summary>
    private bool CollectiveSpeaks(int from, int to)
    {
        for (var k = Math.Max(from, to - Window); k < to; k++)
        {
            if (!_t[k].IsNarrative || !IsSpeechVerb(_t[k], out var cls) || cls == SpeechVerbClass.Naming) continue;
            if (!PluralNounSubject(k)) continue;
            // Only when nobody is named as the reporter before it ("X said leaders agreed" is X's).
            if (OuterReporter(k) is not null) return false;
            return true;
        }
        return false;
    }

    /// <summary>The word before the verb (past adverbs) is a plural noun that names no one: "the leaders said".</summary>
    private bool PluralNounSubject(int verb)
    {
        var i = verb - 1;
        while (Tok(i) is { } t && t.IsNarrative && t.IsWord && Adverbs.Contains(t.Text) && _er.At(i) is null) i--;
        return Tok(i) is { } w && w.IsWord && _er.At(i) is null && CollectiveNouns.Contains(w.Text);
    }

    /// <summary>The first speaker-capable mention of the sentence before <paramref name="i"/>, skipping introductory phrases.</summary>
    private Mention? ClauseSubject(int i)
    {
        var s = _doc.Sentences[_t[i].Sentence];
        var depth = 0;
        for (var k = Math.Max(s.FirstToken, i - Window); k < i; k++)
        {
            var t = _t[k];
            if (!t.IsNarrative) continue;
            if (t.Is(",")) depth = 0;
            var m = _er.At(k);
            if (m is null || m.First != k && !(m.Type == MentionType.Person && k == m.First)) continue;
            if (!IsSpeakerCapable(m) || m.Type == MentionType.Country && m.FormKind != CountryFormKind.Name) continue;
            // Not inside an introductory prepositional phrase ("In Brasilia, ...").
            if (Tok(m.First - 1) is { } prep && prep.IsWord && !prep.IsCapitalized && prep.Text is "in" or "at" or "with" or "for" or "to" or "of" or "from" or "by") continue;
            if (m.Type == MentionType.Pronoun && (m.Plural || Pronouns.IsFirstPerson(m.Text))) return null;
            _ = depth;
            return m;
        }
        return null;
    }

    /// <summary>"according to a readout from the Turkish presidency", "according to Xinhua" anywhere in the sentence.</summary>
    private bool TryAccordingTo(AttributedQuote q)
    {
        var open = q.Span.First.OpenToken;
        var s = _doc.Sentences[_t[open].Sentence];
        var last = Math.Min(Math.Max(s.LastToken, q.Span.EndToken), q.Span.EndToken + Window);
        for (var k = Math.Max(s.FirstToken, open - Window); k < last; k++)
        {
            if (!_t[k].IsNarrative || !_t[k].IsIgnoreCase("according") || !(Tok(k + 1)?.Is("to") ?? false)) continue;
            var m = MentionStartingAt(k + 2);
            if (m is not null && Assign(q, m, "according-to")) return true;
        }
        return false;
    }

    /// <summary>S2/S5: a split quote or a continuation paragraph takes the previous quote's speaker.</summary>
    private bool TrySplitOrContinuation(int index)
    {
        if (index == 0) return false;
        var q = Quotes[index];
        var prev = Quotes[index - 1];
        if (prev.Speaker is null || prev.Kind != QuoteKind.Statement) return false;
        var open = q.Span.First.OpenToken;
        var prevEnd = prev.Span.EndToken;
        var sameParagraph = _t[open].Paragraph == _t[prevEnd].Paragraph;
        if (!sameParagraph)
        {
            // The quote must open its paragraph, and the previous paragraph must hold the previous quote.
            var p = _doc.Paragraphs[_t[open].Paragraph];
            if (p.FirstToken != open) return false;
            if (_t[prevEnd].Paragraph < _t[open].Paragraph - 1) return false;
        }
        // No other speaker-capable mention in the narrative between them (the previous quote's own frame aside).
        var prevSentence = _t[prevEnd].Sentence;
        for (var k = prevEnd + 1; k < open; k++)
        {
            if (!_t[k].IsNarrative || _t[k].Sentence == prevSentence) continue;
            if (_er.At(k) is { } m && m.Type is MentionType.Person or MentionType.Body or MentionType.Document or MentionType.Nominal)
            {
                var sameSpeaker = m.Type == MentionType.Person && m.Entity >= 0 && _er.People[m.Entity].Name == prev.Speaker;
                if (!sameSpeaker) return false;
            }
        }
        q.Speaker = prev.Speaker;
        q.SpeakerKind = prev.SpeakerKind;
        q.Sieve = sameParagraph ? "split-quote" : "continuation";
        return true;
    }

    /// <summary>S4: "Velasco said:" ending the previous paragraph.</summary>
    private bool TryColonLeadIn(AttributedQuote q)
    {
        var open = q.Span.First.OpenToken;
        var p = _doc.Paragraphs[_t[open].Paragraph];
        if (p.FirstToken != open || p.Index == 0) return false;
        var prev = _doc.Paragraphs[p.Index - 1];
        if (prev.IsEmpty || !_t[prev.LastToken].Is(":")) return false;
        for (var k = prev.LastToken - 1; k >= prev.FirstToken && k >= prev.LastToken - 12; k--)
        {
            if (!_t[k].IsNarrative || !IsSpeechVerb(_t[k], out _)) continue;
            var subject = SubjectOf(k);
            if (subject is not null && Assign(q, subject, "colon-lead-in")) return true;
        }
        return false;
    }

    /// <summary>S6: the only person or body named in the sentence's narrative.</summary>
    private bool TrySingleCandidate(AttributedQuote q)
    {
        var open = q.Span.First.OpenToken;
        var s = _doc.Sentences[_t[open].Sentence];
        Mention? only = null;
        var count = 0;
        for (var k = Math.Max(s.FirstToken, open - Window); k <= s.LastToken && k <= open + Window; k++)
        {
            if (!_t[k].IsNarrative) continue;
            var m = _er.At(k);
            if (m is null || m.First != k) continue;
            if (m.Type == MentionType.Pronoun) return false;
            if (m.Type is MentionType.Person or MentionType.Body && m.Entity >= 0 && k < open
                && !(Tok(m.First - 1) is { } objVerb && objVerb.IsWord && !objVerb.IsCapitalized && !SubjectLeaders.Contains(objVerb.Text) && !objVerb.Has(WordClass.TitleEnd)))
            {
                if (only is null || !(m.Type == only.Type && m.Entity == only.Entity && m.Entity >= 0)) count++;
                only ??= m;
            }
        }
        if (count != 1 || only is null) return false;
        // A speech verb must appear in the sentence's narrative.
        var hasVerb = false;
        for (var k = Math.Max(s.FirstToken, open - Window); k <= s.LastToken && k <= open + Window && !hasVerb; k++) hasVerb = _t[k].IsNarrative && IsSpeechVerb(_t[k], out _);
        return hasVerb && Assign(q, only, "single-candidate");
    }
}
