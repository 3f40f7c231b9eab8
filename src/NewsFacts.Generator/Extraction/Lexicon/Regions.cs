using System;
using System.Collections.Generic;

namespace NewsFacts.Extraction.Lexicon;

/// <summary>
/// The world's regions as sets of states, and the regional adjectives an organisation's name can carry
/// ("European Union", "Community of Latin American and Caribbean States"). World data, like the gazetteer: it says
/// where a state lies, never which organisation it belongs to. Transcontinental states are in every region they
/// touch, so a region only ever rules a state out when it plainly lies elsewhere.
/// </summary>
internal static class Regions
{
    private const string Europe =
        "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK "
        + "TR GE AM AZ KZ";

    private const string Africa =
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH";

    private const string Asia =
        "AF AM AZ BH BD BT BN KH CN CY GE IN ID IR IQ IL JP JO KZ KW KG LA LB MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE RU EG";

    private const string Americas =
        "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE";

    private const string Oceania = "AU FJ KI MH FM NR NZ PW PG WS SB TO TV VU";

    private const string Arab = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE";

    private static readonly Dictionary<string, HashSet<string>> s_byAdjective = Build();

    private static Dictionary<string, HashSet<string>> Build()
    {
        static HashSet<string> Set(params string[] lists)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var list in lists) foreach (var code in list.Split(' ')) set.Add(code);
            return set;
        }

        var europe = Set(Europe);
        var africa = Set(Africa);
        var asia = Set(Asia);
        var americas = Set(Americas);
        return new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["European"] = europe,
            ["African"] = africa,
            ["Asian"] = asia,
            ["American"] = americas,
            ["Caribbean"] = americas,
            ["Oceanian"] = Set(Oceania),
            ["Arab"] = Set(Arab),
            ["Eurasian"] = Set(Europe, Asia),
        };
    }

    /// <summary>The states a region word of the text names ("the OACPS Pacific members", "its African members"), or null.</summary>
    public static HashSet<string>? OfWord(string word) => word switch
    {
        "Pacific" or "Oceania" or "Oceanian" => s_byAdjective["Oceanian"],
        "Africa" or "African" => s_byAdjective["African"],
        "Caribbean" or "American" or "Americas" => s_byAdjective["American"],
        "Europe" or "European" => s_byAdjective["European"],
        "Asia" or "Asian" => s_byAdjective["Asian"],
        "Arab" => s_byAdjective["Arab"],
        _ => null,
    };

    /// <summary>
    /// The states an organisation's name confines it to, by its regional adjectives ("European", "Latin American",
    /// "West African"; several are joined), or null when the name says nothing about where its members lie. Names of
    /// banks and funds, and names that reach across an ocean ("Asia-Pacific", "Atlantic"), are never confined.
    /// </summary>
    public static HashSet<string>? OfName(string? name)
    {
        if (name is null) return null;
        HashSet<string>? region = null;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && (char.IsLetter(name[i]) || name[i] == '\'')) continue;
            if (i > start)
            {
                var word = name.Substring(start, i - start);
                if (word is "Bank" or "Fund" or "Pacific" or "Atlantic" or "Indian" or "Mediterranean" or "Commonwealth" or "Islamic") return null;
                if (s_byAdjective.TryGetValue(word, out var set))
                {
                    region ??= new HashSet<string>(StringComparer.Ordinal);
                    region.UnionWith(set);
                }
            }
            start = i + 1;
        }
        return region;
    }
}
