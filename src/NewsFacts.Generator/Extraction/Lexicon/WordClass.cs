using System;
using System.Collections.Generic;

namespace NewsFacts.Extraction.Lexicon;

/// <summary>What the word lists say about a word, computed once per distinct word of an article.</summary>
/// <remarks>At most 16 flags: a token holds them in 16 bits (<c>Token.Class</c>).</remarks>
[Flags]
public enum WordClass
{
    None = 0,
    CountryStart = 1 << 0,
    NamedBodyStart = 1 << 1,
    TitleStart = 1 << 2,
    TitleEnd = 1 << 3,
    BodyHeadStart = 1 << 4,
    Document = 1 << 5,
    SpeechVerb = 1 << 6,
    MonthOrWeekday = 1 << 7,
    FunctionWord = 1 << 8,
    OrganizationHead = 1 << 9,
    GenericOrganization = 1 << 10,
    Pronoun = 1 << 11,
    Number = 1 << 12,

    /// <summary>A one-word title or role ("President", "minister", "envoy"): <see cref="WordClasses.IsTitleWord"/>.</summary>
    TitleWord = 1 << 13,

    /// <summary>A word the membership reader reads a construction from: <see cref="MembershipWords.Cues"/>.</summary>
    MembershipCue = 1 << 14,

    /// <summary>A word that switches on a membership sentence reader: <see cref="MembershipWords.Anchors"/>.</summary>
    MembershipAnchor = 1 << 15,
}

/// <summary>Classifies words with every word list at once; callers test bits instead of hashing the word again.</summary>
public static class WordClasses
{
    private static readonly Dictionary<string, int> CountryStarts = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NamedBodyStarts = new(StringComparer.Ordinal);
    private static readonly HashSet<string> TitleStarts = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TitleEnds = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> BodyHeadStarts = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DocumentWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TitleWordSet = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words that are titles on their own ("aide", "envoy", "sheikh"), beyond the one-word titles of <see cref="Titles.All"/>.</summary>
    public static readonly string[] RoleWords =
    {
        "leader", "official", "head", "diplomat", "envoy", "spokesman", "spokeswoman", "spokesperson", "premier", "aide",
        "adviser", "advisor", "analyst", "economist", "negotiator", "chief", "researcher", "expert", "lawmaker", "legislator",
        "commander", "host", "president-elect", "strongman", "ruler", "monarch", "minister", "secretary", "ambassador", "senator",
        "Sherpa", "sherpa", "frontrunner", "candidate", "emir", "king", "sheikh",
    };

    /// <summary>A one-word title of <see cref="Titles.All"/> (without its points) or a <see cref="RoleWords">role word</see>, ignoring case.</summary>
    public static bool IsTitleWord(string word) => TitleWordSet.Contains(word);

    static WordClasses()
    {
        foreach (var form in CountryGazetteer.Forms)
        {
            var first = FirstToken(form.Key);
            CountryStarts[first] = 1;
        }
        foreach (var name in BodyNouns.NamedBodies) NamedBodyStarts.Add(FirstToken(name));
        foreach (var title in Titles.All)
        {
            var words = title.Split(' ');
            TitleStarts.Add(words[0].TrimEnd('.'));
            TitleEnds.Add(words[words.Length - 1].TrimEnd('.'));
        }
        foreach (var title in Titles.All)
        {
            if (title.IndexOf(' ') < 0)
            {
                TitleWordSet.Add(title.TrimEnd('.'));
            }
        }

        foreach (var role in RoleWords)
        {
            TitleWordSet.Add(role);
        }

        foreach (var extra in ExtraTitles)
        {
            TitleStarts.Add(extra);
            TitleEnds.Add(extra);
        }
        foreach (var head in BodyNouns.Heads) BodyHeadStarts.Add(head.Split(' ')[0]);
        foreach (var doc in BodyNouns.DocumentNouns) DocumentWords.Add(doc.Split(' ')[0]);
    }

    /// <summary>Role words used as titles before names beyond <see cref="Titles.All"/> ("aide", "economist").</summary>
    public static readonly string[] ExtraTitles =
    {
        "leader", "official", "head", "diplomat", "envoy", "spokesman", "spokeswoman", "spokesperson", "premier", "aide",
        "adviser", "advisor", "analyst", "economist", "negotiator", "chief", "researcher", "expert", "lawmaker", "legislator",
        "commander", "host", "president-elect", "strongman", "ruler", "monarch", "minister", "secretary", "ambassador", "senator",
    };

    /// <summary>The first token of a multi-word surface as the tokenizer cuts it ("People's Republic" → "People").</summary>
    private static string FirstToken(string surface)
    {
        var space = surface.IndexOf(' ');
        var first = (space > 0 ? surface.Substring(0, space) : surface).Replace('\u2019', '\'');
        if (first.EndsWith("'s", StringComparison.Ordinal) && first.Length > 2) first = first.Substring(0, first.Length - 2);
        return first;
    }

    /// <summary>Every class of a word (as written: countries and named bodies are case-sensitive).</summary>
    public static WordClass Classify(string word)
    {
        var c = WordClass.None;
        if (word.Length == 0) return c;
        var trimmed = word.EndsWith(".", StringComparison.Ordinal) ? word.TrimEnd('.') : word;
        if (CountryStarts.ContainsKey(word.IndexOf('\u2019') >= 0 ? word.Replace('\u2019', '\'') : word)) c |= WordClass.CountryStart;
        if (NamedBodyStarts.Contains(word)) c |= WordClass.NamedBodyStart;
        if (TitleStarts.Contains(trimmed)) c |= WordClass.TitleStart;
        if (TitleEnds.Contains(trimmed)) c |= WordClass.TitleEnd;
        if (TitleWordSet.Contains(trimmed)) c |= WordClass.TitleWord;
        if (BodyHeadStarts.Contains(word)) c |= WordClass.BodyHeadStart;
        if (DocumentWords.Contains(word)) c |= WordClass.Document;
        if (SpeechVerbs.TryGetLemma(word, out _, out _)) c |= WordClass.SpeechVerb;
        if (TimeWords.IsMonth(word) || TimeWords.IsWeekday(word)) c |= WordClass.MonthOrWeekday;
        if (CommonWords.IsSentenceStartFunctionWord(word)) c |= WordClass.FunctionWord;
        if (OrganizationWords.IsNameHead(word)) c |= WordClass.OrganizationHead;
        if (OrganizationWords.IsGenericNoun(word)) c |= WordClass.GenericOrganization;
        if (Pronouns.TryGet(word, out _, out _, out _)) c |= WordClass.Pronoun;
        if (MembershipWords.Cues.Contains(word)) c |= WordClass.MembershipCue;
        if (MembershipWords.Anchors.Contains(word)) c |= WordClass.MembershipAnchor;
        if (char.IsDigit(word[0]) || NumberWords.TryParse(word, out _) || word.IndexOf('-') > 0 && NumberWords.TryParse(word.Substring(0, word.IndexOf('-')), out _)) c |= WordClass.Number;
        return c;
    }
}
