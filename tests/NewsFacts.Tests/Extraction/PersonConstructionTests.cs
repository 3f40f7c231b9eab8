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
}
