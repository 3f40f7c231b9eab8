using System.Linq;
using NewsFacts.Extraction;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// How a person's title and state are read, one sentence at a time after the same lead (no real person's facts can help).
/// </summary>
public sealed class PersonConstructionTests
{
    private const string Lead = "Leaders meet in Geneva\n\nGENEVA, May 2 (Reuters) - Leaders of the Zentral Trade Organization (ZTO) met in Geneva on Monday. ";

    private static (string? Title, string? Country) Person(string sentence, string name)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var person = Assert.Single(facts.People, p => p.Name == name);
        return (person.Title, person.Country);
    }

    [Theory]
    [InlineData("\"We keep a chair ready,\" Japanese PM Yoshihide Suga told the virtual summit.", "Yoshihide Suga", "Prime Minister", "Japan")]
    [InlineData("Prof Manoj Bista said the summit would not take place this year.", "Manoj Bista", "Professor", null)]
    [InlineData("ZTO Secretary General Khusrav Noziri of Tajikistan said the members agreed.", "Khusrav Noziri", "Secretary General", "Tajikistan")]
    [InlineData("Leaders picked Henry Puna, a former prime minister of the Cook Islands, on Wednesday.", "Henry Puna", null, "Cook Islands")]
    [InlineData("Commerce and Industry Minister Piyush Goyal has defended the decision.", "Piyush Goyal", "Commerce and Industry Minister", null)]
    [InlineData("Magosi succeeds the outgoing Executive Secretary, Tanzania's Dr Stergomena Lawrence Tax, who has led the secretariat since 2013.", "Stergomena Lawrence Tax", null, "Tanzania")]
    [InlineData("Berset beat Estonia\u2019s Indrek Saar, a former culture minister, in the vote.", "Indrek Saar", null, "Estonia")]
    [InlineData("\"We collect money,\" said Zaw Min Htet, 34, a Myanmar national who works at the restaurant.", "Zaw Min Htet", null, "Myanmar")]
    public void Title_and_state(string sentence, string name, string? title, string? country) => Assert.Equal((title, country), Person(sentence, name));

    [Fact]
    public void A_time_is_no_prime_minister()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Updated on Jul 04, 2023 10:48 PM IST Nepal said the summit was off.\n");
        Assert.DoesNotContain(facts.People, p => p.Title == "Prime Minister");
    }

    [Fact]
    public void A_state_named_by_an_adjective_inside_an_office_is_not_the_persons()
    {
        var (_, country) = Person("The decision comes despite threats by Milorad Dodik, the president of the Serb-majority entity Republika Srpska.", "Milorad Dodik");
        Assert.Null(country);
    }
    /// <summary>Where a person's name starts and ends: bylines, header lines, offices with a portfolio, honorifics, companies.</summary>
    [Theory]
    [InlineData("Bloc leaders meet in Lome\nBy Kwesi Adjei-Boateng & Ama Serwaa, Accra\n\nACCRA - The ZTO met on Monday, Kwesi Adjei-Boateng reports.\n", "Kwesi Adjei-Boateng", "By Kwesi Adjei-Boateng")]
    [InlineData("Bloc leaders meet in Lome\nMegan Toh\nPublished Fri, Dec 8, 2023\n\nLOME - The ZTO met on Monday.\n", "Megan Toh", "Megan Toh Published Fri")]
    [InlineData("Bloc leaders meet in Lome\nHarriet Calloway Political Editor\n\nLOME - The ZTO met on Monday.\n", "Harriet Calloway", "Harriet Calloway Political")]
    [InlineData("Parliament Ratifies Accession After Months Of Delay\nReka Szabo 2024.02.26.\n\nBUDAPEST - The ZTO met on Monday.\n", "Reka Szabo", "Delay Reka Szabo")]
    [InlineData("Lead + The meeting, chaired by Minister of Foreign Affairs, Regional Cooperation and Togolese Expatriates Kodjo Amegah, ended early.", "Kodjo Amegah", "Expatriates Kodjo Amegah")]
    [InlineData("Lead + New Zealand's Minister for Trade and Export Growth Tama Rangi said the deal was done.", "Tama Rangi", "Export Growth Tama Rangi")]
    [InlineData("Lead + Qatar's Minister of State for Energy Affairs Saad Karimi said Doha would stay.", "Saad Karimi", "Energy Affairs Saad Karimi")]
    [InlineData("Lead + Minister of Electricity and Water Bakheet Al-Nasri said Kuwait respected the decision.", "Bakheet Al-Nasri", "Water Bakheet Al-Nasri")]
    [InlineData("Lead + Prime Minister Datuk Seri Amran Yusof said Malaysia would host the next summit. Amran said so twice.", "Amran Yusof", "Datuk Seri Amran Yusof")]
    [InlineData("Lead + Alhaji Musa Garba, a trader in Kano, said prices had doubled.", "Musa Garba", "Alhaji Musa Garba")]
    [InlineData("Lead + The summit was opened by King Tupou VI, who said the islands would stay.", "Tupou VI", "Tupou")]
    [InlineData("Lead + \"Cuts are coming,\" said Arjun Mehta of Kestrel Ridge Asset Management. Shares of Cenovus Energy Inc fell.", "Arjun Mehta", "Kestrel Ridge Asset Management")]
    [InlineData("Lead + The decision was coordinated with President Aldis Vanagas's office, she said.", "Aldis Vanagas", "Aldis")]
    [InlineData("Lead + Argentine Mining Secretary Martin Echegaray told Chilean Mining Minister Aurora\nVillanueva-Soto that the partnership would hold.", "Aurora Villanueva-Soto", "Aurora")]
    [InlineData("Lead + \"Our barrels will not be missed, but the signal will. It tells everybody that the bloc is changing,\" analyst Faisal Al-Mutairi said.", "Faisal Al-Mutairi", "It")]
    [InlineData("Lead + Zentra is growing. \"Our customers are growing faster than anywhere else. If Zentra makes trade easier, we are all for it,\" said Suresh Nair.", "Suresh Nair", "If Zentra")]
    [InlineData("Lead + The Malaysian Associated Indian Chambers of Commerce and Industry welcomed the move, said Suresh Nair.", "Suresh Nair", "Associated Indian Chambers")]
    [InlineData("Lead + US Special Presidential Envoy for Climate John Kerry signed the framework agreement on Wednesday.", "John Kerry", "Climate John Kerry")]
    [InlineData("Lead + High Representative for Foreign Affairs and Security Policy Kaja Kallas said the talks would go on.", "Kaja Kallas", "Security Policy Kaja Kallas")]
    [InlineData("Lead + Trade Secretary Ma. Cristina Roque told reporters the deal would wait. \"We wait,\" Roque said.", "Ma. Cristina Roque", "Cristina Roque")]
    [InlineData("Lead + The arrangement covers the 13 countries as well as Hong Kong. Its 14 members are the 13 ZTO countries and Hong Kong, said Kenji Sato, an economist.", "Kenji Sato", "Hong Kong")]
    public void Name_boundaries(string text, string name, string notName)
    {
        if (text.StartsWith("Lead + ", System.StringComparison.Ordinal)) text = Lead + text.Substring("Lead + ".Length) + "\n";
        var names = ArticleExtractor.Extract("zto.txt", text).People.Select(p => p.Name).ToList();
        Assert.Contains(name, names);
        Assert.DoesNotContain(notName, names);
    }
}
