using System.Collections.Generic;
using System.Linq;
using NewsFacts.Extraction;
using NewsFacts.Model;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Families of generated sentences: each family crosses a set of ways to state one relation with the things journalists
/// put around it (a time or an attribution opening the sentence, an aside after the states, an adjective, a size or a seat
/// before the body's name, an apposition after it, the states named by their adjectives or by their leaders). Every variant
/// states the same relation of the same states, so the share the extractor reads right measures how far a construction it
/// reads survives its variants. The floors are the shares measured when the family was written, less a small margin: a
/// change that breaks variants fails here even when no article of the corpus has them.
/// </summary>
public sealed class MembershipVariantFamilyTests
{
    private readonly ITestOutputHelper _output;

    public MembershipVariantFamilyTests(ITestOutputHelper output) => _output = output;

    private static readonly string[] Three = { "Bolivia", "Chile", "Peru" };

    private static readonly string[] Two = { "Chile", "Peru" };

    /// <summary>The relations of one kind to "Zentral Forum" (or its acronym) and whether the states are all there and nowhere else.</summary>
    private static bool Reads(string sentence, RelationKind kind, string[] states)
    {
        var facts = ArticleExtractor.Extract("v.txt", "Forum\n\n" + sentence + "\n");
        var forum = facts.Organizations.FirstOrDefault(o => o.Name == "Zentral Forum" || o.Acronym == "ZF");
        if (forum is null) return false;
        var got = forum.Relations.Where(r => r.Kind == kind).Select(r => r.Country).ToHashSet();
        if (!states.All(got.Contains)) return false;
        return !facts.Organizations.Any(o => o.Relations.Any(r => states.Contains(r.Country) && (o != forum || r.Kind != kind)));
    }

    private double Share(IEnumerable<(string Sentence, RelationKind Kind, string[] States)> family, string name)
    {
        int read = 0, all = 0;
        var missed = new List<string>();
        foreach (var (sentence, kind, states) in family)
        {
            all++;
            if (Reads(sentence, kind, states)) read++;
            else if (missed.Count < 20) missed.Add(kind + ": " + sentence);
        }
        _output.WriteLine($"{name}: {read} of {all} variants read");
        foreach (var m in missed) _output.WriteLine("  missed " + m);
        return (double)read / all;
    }

    /// <summary>A relation stated with the states as subject or as object, crossed with openings, asides and the body's modifiers.</summary>
    private static IEnumerable<(string, RelationKind, string[])> StatesAndBody()
    {
        var withSubject = new (string Template, RelationKind Kind)[]
        {
            ("{S} are members of {O}.", RelationKind.Member), ("{S} have been members of {O} since 2019.", RelationKind.Member),
            ("{S} became members of {O} in 2019.", RelationKind.Member), ("{S} joined {O} in 2019.", RelationKind.Member),
            ("{S} belong to {O}.", RelationKind.Member), ("{S} founded {O} in 2019.", RelationKind.Member),
            ("{S} are not members of {O}.", RelationKind.NonMember), ("{S} left {O} in 2019.", RelationKind.NonMember),
            ("{S} withdrew from {O} in 2019.", RelationKind.NonMember), ("{S} are observers in {O}.", RelationKind.Observer),
            ("{S} hold observer status in {O}.", RelationKind.Observer), ("{S} are dialogue partners of {O}.", RelationKind.DialoguePartner),
            ("{S} are set to join {O} next year.", RelationKind.Joining), ("{S} have applied to join {O}.", RelationKind.Joining),
        };
        var withBody = new (string Template, RelationKind Kind)[]
        {
            ("{B} members include {S}.", RelationKind.Member), ("{B} brings together {S}.", RelationKind.Member),
            ("{B} comprises {S}.", RelationKind.Member), ("{B} was founded in 2019 by {S}.", RelationKind.Member),
            ("{B} admitted {S} in 2019.", RelationKind.Member),
        };
        var subjects = new (string Text, string[] States, bool AsObject)[]
        {
            ("Chile and Peru", Two, true), ("Chile, Peru and Bolivia", Three, true), ("Chile, Peru, and Bolivia", Three, true),
            ("both Chile and Peru", Two, false), ("Chile and Peru, two neighbours,", Two, false), ("Chile and Peru, which share a border,", Two, false),
            ("Chile and Peru, however,", Two, false), ("Chile and Peru, for their part,", Two, false), ("Chile and Peru, according to officials,", Two, false),
        };
        var bodies = new (string Object, string Subject)[]
        {
            ("the Zentral Forum", "The Zentral Forum"), ("the Zentral Forum (ZF)", "The Zentral Forum (ZF)"), ("the 12-member Zentral Forum", "The 12-member Zentral Forum"),
            ("the Lima-based Zentral Forum", "The Lima-based Zentral Forum"), ("the regional Zentral Forum", "The Zentral Forum, founded in 2009,"),
            ("the Zentral Forum, a regional bloc,", "The Zentral Forum, a regional bloc,"),
        };
        var openings = new[] { "", "In 2023, ", "On Monday, ", "According to officials, ", "LIMA, Peru — ", "As expected, " };
        foreach (var opening in openings)
        {
            foreach (var (body, bodySubject) in bodies)
            {
                foreach (var (subject, states, asObject) in subjects)
                {
                    foreach (var (template, kind) in withSubject)
                    {
                        var s = template.Replace("{S}", subject).Replace("{O}", body).Replace(",,", ",").Replace(",.", ".");
                        yield return (Capitalise(opening, s), kind, states);
                    }
                    if (!asObject) continue;
                    foreach (var (template, kind) in withBody)
                    {
                        var b = template.StartsWith("{B} members", System.StringComparison.Ordinal) ? bodySubject.TrimEnd(',') + "'s" : bodySubject;
                        if (b.EndsWith(",'s", System.StringComparison.Ordinal)) continue;
                        var s = template.Replace("{B}", b).Replace("{S}", subject);
                        yield return (Capitalise(opening, s), kind, states);
                    }
                }
            }
        }
    }

    /// <summary>Founders named as states, by their leaders or by their adjectives, with asides and adverbs before the verb.</summary>
    private static IEnumerable<(string, RelationKind, string[])> Founders()
    {
        var subjects = new[]
        {
            "Chile, Peru and Bolivia", "The presidents of Chile, Peru and Bolivia", "The leaders of Chile, Peru and Bolivia",
            "The foreign ministers of Chile, Peru and Bolivia", "The heads of state of Chile, Peru and Bolivia", "Leaders from Chile, Peru and Bolivia",
            "Representatives of Chile, Peru and Bolivia", "The governments of Chile, Peru and Bolivia", "Chilean, Peruvian and Bolivian ministers",
        };
        var asides = new[] { "", ", or their representatives,", " on Tuesday", ", meeting in Lima,", " yesterday", " last week", ", after two days of talks,", " formally", " jointly" };
        var verbs = new[]
        {
            "signed the treaty that creates the Zentral Forum", "signed a treaty creating the Zentral Forum", "founded the Zentral Forum",
            "launched the Zentral Forum", "set up the Zentral Forum", "agreed to set up the Zentral Forum", "signed the founding charter of the Zentral Forum",
            "signed the agreement establishing the Zentral Forum", "established the Zentral Forum",
        };
        var endings = new[] { ".", " in Lima.", " on Tuesday.", ", a regional bloc.", " in 2019, officials said." };
        foreach (var subject in subjects)
            foreach (var aside in asides)
                foreach (var verb in verbs)
                    foreach (var ending in endings)
                        yield return (subject + aside + " " + verb + ending, RelationKind.Member, Three);
    }

    private static string Capitalise(string opening, string sentence)
    {
        if (opening.Length == 0 || opening.EndsWith("— ", System.StringComparison.Ordinal)) return opening + char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);
        return opening + (sentence.StartsWith("The ", System.StringComparison.Ordinal) ? "the " + sentence.Substring(4) : sentence);
    }

    [Fact]
    public void States_and_body_with_openings_asides_and_modifiers()
    {
        Assert.True(Share(StatesAndBody(), "states and body") >= 0.99);
    }

    [Fact]
    public void Founders_with_asides_adverbs_and_adjectives()
    {
        Assert.True(Share(Founders(), "founders") >= 0.92);
    }
}
