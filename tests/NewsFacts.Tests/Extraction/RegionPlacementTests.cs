using System.Linq;
using NewsFacts.Extraction;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// An article about two blocs ("EU and CELAC leaders met ..."): "a member of the bloc" that names neither goes to the
/// bloc whose regional name fits the state, and a sentence that names its organisation is taken at its word.
/// </summary>
public sealed class RegionPlacementTests
{
    private const string Lead =
        "EU and African leaders meet in Brussels\n\n"
        + "BRUSSELS, March 3 (Reuters) - Leaders of the European Union and the African Union (AU) opened a summit in Brussels on Monday.\n\n"
        + "The AU groups 55 states of the continent and was founded in 2002 to replace the Organisation of African Unity.\n\n"
        + "The talks were dominated by migration and trade.\n\n";

    private static string[] MembersOf(ArticleFacts facts, string acronym)
        => facts.Organizations.Where(o => o.Acronym == acronym).SelectMany(o => o.Relations)
            .Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c).ToArray();

    [Fact]
    public void A_generic_noun_goes_to_the_bloc_whose_region_holds_the_state()
    {
        var facts = ArticleExtractor.Extract("summit.txt", Lead + "Ghana, a member of the bloc, sent only its foreign minister.\n");

        Assert.Equal(new[] { "Ghana" }, MembersOf(facts, "AU"));
        Assert.Empty(MembersOf(facts, "EU"));
    }

    [Fact]
    public void A_state_inside_the_named_region_stays_where_the_text_put_it()
    {
        var facts = ArticleExtractor.Extract("summit.txt", Lead + "Portugal, a member of the bloc, sent only its foreign minister.\n");

        Assert.Equal(new[] { "Portugal" }, MembersOf(facts, "EU"));
        Assert.Empty(MembersOf(facts, "AU"));
    }

    [Fact]
    public void A_sentence_that_names_the_organisation_is_taken_at_its_word()
    {
        var facts = ArticleExtractor.Extract("summit.txt", Lead + "Ghana, which is not a member of the EU, has applied to join the European Union.\n");

        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "AU").SelectMany(o => o.Relations), r => r.Country == "Ghana");
        Assert.Contains(facts.Organizations.Where(o => o.Acronym == "EU").SelectMany(o => o.Relations), r => r.Country == "Ghana" && r.Kind == RelationKind.Joining);
    }
}
