using System.Linq;
using NewsFacts.Extraction;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Metamorphic cases: a sentence that states a relation keeps stating it when the things journalists put around it are
/// added: an aside between commas (", for their part,", ", in fact,", ", according to officials,"), a sentence adverb
/// after the copula ("therefore", "officially"), an adjective, a size or a seat before the body's name ("the regional",
/// "the 12-member", "the Lima-based"), an apposition after the body, an aside opening the sentence ("As expected,").
/// Each case failed before the view and the readers learned to look past its insertion.
/// </summary>
public sealed class MembershipVariantTests
{
    [Theory]
    [InlineData(RelationKind.Member, "Chile and Peru are, in fact, members of the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru are in effect members of the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru are officially members of the Zentral Forum.")]
    [InlineData(RelationKind.NonMember, "Chile is, in fact, not a member of the Zentral Forum.")]
    [InlineData(RelationKind.NonMember, "Chile is therefore not a member of the Zentral Forum.")]
    [InlineData(RelationKind.Observer, "Chile and Peru are officially observers in the Zentral Forum.")]
    [InlineData(RelationKind.Observer, "Chile and Peru are now observers in the Zentral Forum.")]
    [InlineData(RelationKind.Joining, "Chile is, in fact, set to join the Zentral Forum next year.")]
    [InlineData(RelationKind.Member, "Chile and Peru belong officially to the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru belong, in fact, to the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru, for their part, are members of the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru, which border each other, founded the Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile and Peru, according to officials, founded the Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile and Peru also founded the Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile and Peru are members of the regional Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile and Peru joined the regional Zentral Forum in 2019.")]
    [InlineData(RelationKind.NonMember, "Chile and Peru left the regional Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile, Peru, and Bolivia belong to the regional Zentral Forum.")]
    [InlineData(RelationKind.Member, "As expected, the Zentral Forum admitted Chile and Peru in 2019.")]
    [InlineData(RelationKind.Member, "The Zentral Forum, a regional bloc, admitted Chile and Peru in 2019.")]
    [InlineData(RelationKind.Member, "The Zentral Forum, founded in 2009, admitted Chile, Peru, and Bolivia in 2019.")]
    [InlineData(RelationKind.NonMember, "Chile and Peru left the 12-member Zentral Forum in 2019.")]
    [InlineData(RelationKind.NonMember, "Chile and Peru withdrew from the Lima-based Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile and Peru, which share a border, founded the Zentral Forum in 2019.")]
    [InlineData(RelationKind.Member, "Chile and Peru, according to officials, joined the regional Zentral Forum in 2019.")]
    [InlineData(RelationKind.Observer, "Chile and Peru, for their part, hold observer status in the regional Zentral Forum.")]
    [InlineData(RelationKind.Joining, "According to officials, Chile and Peru are set to join the regional Zentral Forum next year.")]
    [InlineData(RelationKind.DialoguePartner, "Chile and Peru are, in fact, dialogue partners of the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile (2009), Peru (2012) and Bolivia (2015) are members of the Zentral Forum.")]
    [InlineData(RelationKind.Observer, "Chile (since 2009), Peru (since 2012) and Bolivia (since 2015) hold observer status in the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile, Peru and Bolivia, as well as Ecuador, are members of the Zentral Forum.")]
    [InlineData(RelationKind.Member, "Chile is instead a member of the Zentral Forum.")]
    public void An_insertion_does_not_change_the_relation(RelationKind kind, string sentence)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\n" + sentence + "\n");
        var forum = Assert.Single(facts.Organizations, o => o.Name == "Zentral Forum");
        var expected = sentence.Contains("Chile and Peru") ? new[] { "Chile", "Peru" } : sentence.Contains("Ecuador") ? new[] { "Bolivia", "Chile", "Ecuador", "Peru" }
            : sentence.Contains("Chile, Peru") || sentence.Contains("Chile (") ? new[] { "Bolivia", "Chile", "Peru" } : new[] { "Chile" };
        Assert.Equal(expected, forum.Relations.Where(r => r.Kind == kind).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(forum.Relations, r => r.Kind != kind && expected.Contains(r.Country));
    }

    [Theory]
    [InlineData("The presidents of Chile, Peru and Bolivia, or their representatives, signed the treaty that creates the Zentral Forum.")]
    [InlineData("Chile, Peru and Bolivia jointly founded the Zentral Forum.")]
    [InlineData("The leaders of Chile, Peru and Bolivia jointly set up the Zentral Forum in 2019, officials said.")]
    [InlineData("Chile, Peru and Bolivia, meeting in Lima, founded the Zentral Forum.")]
    [InlineData("The foreign ministers of Chile, Peru and Bolivia, meeting in Lima, signed the agreement establishing the Zentral Forum.")]
    [InlineData("Chilean, Peruvian and Bolivian ministers signed a treaty creating the Zentral Forum.")]
    [InlineData("Chilean, Peruvian and Bolivian ministers, meeting in Lima, founded the Zentral Forum, a regional bloc.")]
    [InlineData("Chilean, Peruvian and Bolivian ministers, or their representatives, launched the Zentral Forum on Tuesday.")]
    [InlineData("The heads of state of Chile, Peru and Bolivia formally established the Zentral Forum in Lima.")]
    public void The_founders_survive_an_aside_an_adverb_or_adjectives_for_their_states(string sentence)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\n" + sentence + "\n");
        var forum = Assert.Single(facts.Organizations, o => o.Name == "Zentral Forum");
        Assert.Equal(new[] { "Bolivia", "Chile", "Peru" }, forum.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void An_adverb_before_a_departure_stays_so_the_departure_is_from_the_body_it_names_before()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Sahel\n\nMali, Burkina Faso and Niger left the Zentral Community of States (ZCS). Mali, Burkina Faso and Niger formally left on January 29, a year after announcing their withdrawal, and have grouped themselves into the Alliance of Zentral States (AZS).\n");
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "AZS").SelectMany(o => o.Relations), r => r.Kind == RelationKind.NonMember);
    }
}
