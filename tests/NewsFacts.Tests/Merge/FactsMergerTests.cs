using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsFacts.Merge;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Merge;

public sealed class FactsMergerTests
{
    // ----- Builders ------------------------------------------------------------------------------

    private static Evidence Ev(string file, int line, int column = 1, string? sentence = null)
        => new(file, line, column, sentence ?? $"Sentence at {file}:{line}:{column}.");

    private static StateRelation Rel(RelationKind kind, string country, string iso2, Evidence evidence, string? when = null, string? asWritten = null)
        => new(kind, country, iso2, asWritten ?? country, when, evidence);

    private static StatedCount Count(RelationKind kind, int value, Evidence evidence)
        => new(kind, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence);

    private static OrganizationFacts Org(string key, string name, string? acronym, Evidence evidence, StateRelation[]? relations = null, StatedCount[]? counts = null)
        => new(key, name, acronym, (relations ?? Array.Empty<StateRelation>()).ToEquatableArray(), (counts ?? Array.Empty<StatedCount>()).ToEquatableArray(), evidence);

    private static PersonFacts Person(string name, Evidence evidence, string? title = null, string? country = null)
        => new(name, title, country, evidence);

    private static QuoteFacts Quote(string text, string? speaker, Evidence evidence, SpeakerKind kind = SpeakerKind.Person, string? addressee = null, QuoteKind quoteKind = QuoteKind.Statement)
        => new(text, speaker, speaker is null ? SpeakerKind.None : kind, addressee, quoteKind, evidence, null, false);

    private static ArticleFacts Article(
        string file,
        string? title = null,
        string? hash = null,
        OrganizationFacts[]? orgs = null,
        CountryFacts[]? countries = null,
        PersonFacts[]? people = null,
        QuoteFacts[]? quotes = null,
        string? path = null)
        => new(
            path ?? "/articles/" + file,
            file,
            title,
            hash ?? "hash-" + file,
            (orgs ?? Array.Empty<OrganizationFacts>()).ToEquatableArray(),
            (countries ?? Array.Empty<CountryFacts>()).ToEquatableArray(),
            (people ?? Array.Empty<PersonFacts>()).ToEquatableArray(),
            (quotes ?? Array.Empty<QuoteFacts>()).ToEquatableArray(),
            EquatableArray<ArticleDiagnostic>.Empty);

    private static FactsModel Merge(params ArticleFacts[] articles) => FactsMerger.Merge(articles);

    private static ArticleDiagnostic[] Diagnostics(FactsModel model, string id) => model.Diagnostics.Where(d => d.Id == id).ToArray();

    // ----- Organisations -------------------------------------------------------------------------

    [Fact]
    public void Organisations_merge_across_british_and_american_spellings_case_and_a_leading_the()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("shanghai cooperation organisation", "Shanghai Cooperation Organisation", null, Ev("a.txt", 2)) }),
            Article("b.txt", orgs: new[] { Org("shanghai co-operation organization", "the Shanghai Co-operation Organization", null, Ev("b.txt", 3)) }),
            Article("c.txt", orgs: new[] { Org("european centre for defence studies", "European Centre for Defence Studies", null, Ev("c.txt", 1)) }),
            Article("d.txt", orgs: new[] { Org("european center for defense studies", "EUROPEAN CENTER FOR DEFENSE STUDIES", null, Ev("d.txt", 1)) }));

        Assert.Equal(2, model.Organizations.Count);
        var sco = model.Organizations.Single(o => o.Name.Contains("Shanghai"));
        Assert.Equal(new[] { "a.txt", "b.txt" }, sco.Evidence.Select(e => e.File));
        var centre = model.Organizations.Single(o => o.Name.IndexOf("Studies", StringComparison.OrdinalIgnoreCase) >= 0);
        Assert.Equal(new[] { "c.txt", "d.txt" }, centre.Evidence.Select(e => e.File));
    }

    [Fact]
    public void Organisations_merge_by_acronym_and_take_the_longest_full_name_and_the_first_acronym()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1)) }),
            Article("b.txt", orgs: new[] { Org("SCO", "Shanghai Cooperation Organization", "SCO", Ev("b.txt", 4)) }),
            Article("c.txt", orgs: new[] { Org("shanghai cooperation organisation", "Shanghai Cooperation Organisation", null, Ev("c.txt", 2)) }),
            Article("d.txt", orgs: new[] { Org("sco", "Sco", "Sco", Ev("d.txt", 2)) }));

        var org = Assert.Single(model.Organizations);
        Assert.Equal("Shanghai Cooperation Organization", org.Name); // longest, first of equal length, not the acronym
        Assert.Equal("SCO", org.Acronym);
        Assert.Equal("SCO", org.Key);
        Assert.Equal(4, org.Evidence.Count);
    }

    [Fact]
    public void An_organisation_named_only_by_its_acronym_keeps_the_acronym_as_name()
    {
        var model = Merge(Article("a.txt", orgs: new[] { Org("NATO", "NATO", "NATO", Ev("a.txt", 1)) }));

        var org = Assert.Single(model.Organizations);
        Assert.Equal("NATO", org.Name);
        Assert.Equal("NATO", org.Acronym);
    }

    [Fact]
    public void Different_organisations_stay_apart()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("NATO", "North Atlantic Treaty Organization", "NATO", Ev("a.txt", 1)), Org("EU", "European Union", "EU", Ev("a.txt", 2)) }),
            Article("b.txt", orgs: new[] { Org("association of southeast asian nations", "Association of Southeast Asian Nations", null, Ev("b.txt", 1)) }));

        Assert.Equal(new[] { "North Atlantic Treaty Organization", "European Union", "Association of Southeast Asian Nations" }, model.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void Relation_evidence_is_merged_and_ordered_by_file_line_and_column()
    {
        var model = Merge(
            Article("b.txt", orgs: new[]
            {
                Org("SCO", "Shanghai Cooperation Organization", "SCO", Ev("b.txt", 1), new[]
                {
                    Rel(RelationKind.Member, "China", "CN", Ev("b.txt", 7, 12)),
                    Rel(RelationKind.Member, "China", "CN", Ev("b.txt", 3, 40)),
                    Rel(RelationKind.Member, "India", "IN", Ev("b.txt", 3, 50)),
                }),
            }),
            Article("a.txt", orgs: new[]
            {
                Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[]
                {
                    Rel(RelationKind.Member, "China", "CN", Ev("a.txt", 9, 5), asWritten: "Chinese"),
                    Rel(RelationKind.Member, "China", "CN", Ev("a.txt", 9, 2)),
                }),
            }));

        var org = Assert.Single(model.Organizations);
        var china = org.Relations.Single(r => r.Country == "China");
        Assert.Equal(RelationKind.Member, china.Kind);
        Assert.Equal("CN", china.Iso2);
        Assert.Equal(
            new[] { ("a.txt", 9, 2), ("a.txt", 9, 5), ("b.txt", 3, 40), ("b.txt", 7, 12) },
            china.Evidence.Select(e => (e.File, e.Line, e.Column)));
        Assert.Equal(new[] { "China", "India" }, org.Relations.Select(r => r.Country));
    }

    [Fact]
    public void Identical_evidence_is_kept_once()
    {
        var evidence = Ev("a.txt", 2, 3, "China is a member.");
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Member, "China", "CN", evidence), Rel(RelationKind.Member, "China", "CN", evidence) }),
        }));

        Assert.Single(Assert.Single(model.Organizations[0].Relations).Evidence);
    }

    [Fact]
    public void A_member_in_one_article_and_joining_in_another_is_kept_in_both_relations()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Member, "Iran", "IR", Ev("a.txt", 4)) }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Joining, "Iran", "IR", Ev("b.txt", 6), when: "on Thursday") }) }));

        var org = Assert.Single(model.Organizations);
        Assert.Equal(2, org.Relations.Count);
        Assert.Equal(RelationKind.Member, org.Relations[0].Kind);
        Assert.Equal(RelationKind.Joining, org.Relations[1].Kind);
        Assert.Equal(new[] { "on Thursday" }, org.Relations[1].Whens);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Joining_relations_keep_every_distinct_when_as_written()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 2), "on Thursday"), Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 5)) }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 2), "Thursday"), Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 3), "on Thursday") }) }));

        var joining = Assert.Single(model.Organizations[0].Relations);
        Assert.Equal(new[] { "on Thursday", "Thursday" }, joining.Whens);
        Assert.Equal(4, joining.Evidence.Count);
        Assert.Empty(Diagnostics(model, DiagnosticIds.ContradictingJoinDates));
    }

    [Fact]
    public void Counts_group_by_kind_and_value()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), counts: new[] { Count(RelationKind.Member, 9, Ev("a.txt", 2)), Count(RelationKind.DialoguePartner, 14, Ev("a.txt", 3)) }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), counts: new[] { Count(RelationKind.Member, 9, Ev("b.txt", 2)) }) }));

        var counts = model.Organizations[0].Counts;
        Assert.Equal(2, counts.Count);
        Assert.Equal((RelationKind.Member, 9, 2), (counts[0].Kind, counts[0].Value, counts[0].Evidence.Count));
        Assert.Equal((RelationKind.DialoguePartner, 14, 1), (counts[1].Kind, counts[1].Value, counts[1].Evidence.Count));
    }

    // ----- Countries and articles ----------------------------------------------------------------

    [Fact]
    public void Countries_merge_by_iso2_with_every_form_as_written()
    {
        var model = Merge(
            Article("b.txt", countries: new[] { new CountryFacts("Turkey", "TR", "Türkiye", Ev("b.txt", 2)) }),
            Article("a.txt", countries: new[] { new CountryFacts("Turkey", "TR", "Turkey", Ev("a.txt", 5)), new CountryFacts("Turkey", "TR", "Turkish", Ev("a.txt", 1)), new CountryFacts("Kazakhstan", "KZ", "Kazakh", Ev("a.txt", 3)) }));

        Assert.Equal(new[] { "Turkey", "Kazakhstan" }, model.Countries.Select(c => c.Name));
        var turkey = model.Countries[0];
        Assert.Equal("TR", turkey.Iso2);
        Assert.Equal(new[] { "Turkish", "Turkey", "Türkiye" }, turkey.AsWritten);
        Assert.Equal(3, turkey.Evidence.Count);
    }

    [Fact]
    public void Articles_are_listed_by_file()
    {
        var model = Merge(Article("b.txt", "B title"), Article("a.txt"), Article("c.txt", "C"));

        Assert.Equal(new[] { new ArticleInfo("a.txt", null), new ArticleInfo("b.txt", "B title"), new ArticleInfo("c.txt", "C") }, model.Articles);
    }

    // ----- People --------------------------------------------------------------------------------

    [Fact]
    public void A_surname_merges_into_the_full_name()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("Putin", Ev("a.txt", 3), "President", "Russia") }),
            Article("b.txt", people: new[] { Person("Vladimir Putin", Ev("b.txt", 2), null, "Russia") }));

        var person = Assert.Single(model.People);
        Assert.Equal("Vladimir Putin", person.Name);
        Assert.Equal("President", person.Title); // the longer name has none: the shorter one's is taken
        Assert.Equal("Russia", person.Country);
        Assert.Equal(2, person.Evidence.Count);
    }

    [Fact]
    public void The_longer_names_title_is_preferred()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("Putin", Ev("a.txt", 3), "Mr") }),
            Article("b.txt", people: new[] { Person("Vladimir Vladimirovich Putin", Ev("b.txt", 2), "President", "Russia"), Person("Vladimir Putin", Ev("b.txt", 1), "Leader") }));

        var person = Assert.Single(model.People);
        Assert.Equal("Vladimir Vladimirovich Putin", person.Name);
        Assert.Equal("President", person.Title);
        Assert.Equal(3, person.Evidence.Count);
    }

    [Fact]
    public void A_family_name_first_merges_into_the_full_chinese_name()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("Xi", Ev("a.txt", 4)) }),
            Article("b.txt", people: new[] { Person("Xi Jinping", Ev("b.txt", 2), "President", "China") }));

        var person = Assert.Single(model.People);
        Assert.Equal("Xi Jinping", person.Name);
        Assert.Equal("President", person.Title);
    }

    [Fact]
    public void A_surname_shared_by_two_people_is_not_merged()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("John Smith", Ev("a.txt", 1)), Person("Smith", Ev("a.txt", 5)) }),
            Article("b.txt", people: new[] { Person("Jane Smith", Ev("b.txt", 1)) }));

        Assert.Equal(new[] { "John Smith", "Smith", "Jane Smith" }, model.People.Select(p => p.Name));
    }

    [Fact]
    public void Names_merge_case_insensitively_and_through_middle_names()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("Marcos Ribeiro", Ev("a.txt", 1)), Person("RIBEIRO", Ev("a.txt", 4)) }),
            Article("b.txt", people: new[] { Person("Marcos Tavares Ribeiro", Ev("b.txt", 1), "President", "Brazil") }));

        var person = Assert.Single(model.People);
        Assert.Equal("Marcos Tavares Ribeiro", person.Name);
        Assert.Equal(3, person.Evidence.Count);
    }

    [Fact]
    public void Names_merge_whatever_their_diacritics()
    {
        var model = Merge(
            Article("a.txt",
                people: new[] { Person("Recep Tayyip Erdoğan", Ev("a.txt", 1), "President", "Turkey") },
                quotes: new[] { Quote("we are ready", "Erdogan", Ev("a.txt", 5)) }),
            Article("b.txt", people: new[] { Person("Recep Tayyip Erdogan", Ev("b.txt", 1)), Person("ERDOGAN", Ev("b.txt", 3)) }));

        var person = Assert.Single(model.People);
        Assert.Equal("Recep Tayyip Erdoğan", person.Name); // the first spelling of the fullest name
        Assert.Equal(3, person.Evidence.Count);
        Assert.Equal("Recep Tayyip Erdoğan", Assert.Single(model.Quotes).Speaker);
    }

    // ----- Quotes --------------------------------------------------------------------------------

    [Fact]
    public void Speakers_and_addressees_are_rewritten_to_the_merged_full_name()
    {
        var model = Merge(
            Article("a.txt", people: new[] { Person("Vladimir Putin", Ev("a.txt", 1)), Person("Xi Jinping", Ev("a.txt", 1, 20)) }),
            Article("b.txt",
                people: new[] { Person("Putin", Ev("b.txt", 1)), Person("John Smith", Ev("b.txt", 2)), Person("Jane Smith", Ev("b.txt", 3)) },
                quotes: new[]
                {
                    Quote("best period in history", "Putin", Ev("b.txt", 4, 2), addressee: "Xi"),
                    Quote("contributions", "China's foreign ministry", Ev("b.txt", 6, 2), SpeakerKind.Body),
                    Quote("who said it", "Smith", Ev("b.txt", 8, 2)),
                    Quote("hegemony", null, Ev("b.txt", 5, 30), quoteKind: QuoteKind.Term),
                }));

        Assert.Equal(new[] { "Vladimir Putin", null, "China's foreign ministry", "Smith" }, model.Quotes.Select(q => q.Speaker));
        Assert.Equal("Xi Jinping", model.Quotes[0].Addressee);
        Assert.Equal(new[] { 4, 5, 6, 8 }, model.Quotes.Select(q => q.Evidence.Line));
    }

    [Fact]
    public void Quotes_are_ordered_by_file_line_and_column()
    {
        var model = Merge(
            Article("b.txt", quotes: new[] { Quote("b2", null, Ev("b.txt", 2, 1)), Quote("b1", null, Ev("b.txt", 1, 9)) }),
            Article("a.txt", quotes: new[] { Quote("a3c5", null, Ev("a.txt", 3, 5)), Quote("a3c1", null, Ev("a.txt", 3, 1)) }));

        Assert.Equal(new[] { "a3c1", "a3c5", "b1", "b2" }, model.Quotes.Select(q => q.Text));
    }

    // ----- Diagnostics ---------------------------------------------------------------------------

    [Fact]
    public void NF0010_when_two_articles_state_different_counts()
    {
        var model = Merge(
            Article("b.txt", orgs: new[] { Org("SCO", "Shanghai Cooperation Organization", "SCO", Ev("b.txt", 1), counts: new[] { Count(RelationKind.Member, 10, Ev("b.txt", 5, 7)) }) }),
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), counts: new[] { Count(RelationKind.Member, 9, Ev("a.txt", 2)), Count(RelationKind.DialoguePartner, 14, Ev("a.txt", 3)) }) }),
            Article("c.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("c.txt", 1), counts: new[] { Count(RelationKind.Member, 9, Ev("c.txt", 2)), Count(RelationKind.DialoguePartner, 14, Ev("c.txt", 3)) }) }));

        var d = Assert.Single(Diagnostics(model, DiagnosticIds.CountsDisagreeAcrossArticles));
        Assert.Equal(new[] { "Shanghai Cooperation Organization", "members", "9", "10" }, d.Args);
        Assert.Equal("/articles/b.txt", d.Path);
        Assert.Equal((4, 6, 4, 6), (d.Line, d.Column, d.EndLine, d.EndColumn));
        Assert.Equal((0, 0), (d.Start, d.Length));
    }

    [Fact]
    public void NF0010_not_reported_for_two_counts_in_one_article()
    {
        var model = Merge(Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), counts: new[] { Count(RelationKind.Member, 9, Ev("a.txt", 2)), Count(RelationKind.Member, 10, Ev("a.txt", 8)) }) }));

        Assert.Empty(Diagnostics(model, DiagnosticIds.CountsDisagreeAcrossArticles));
    }

    [Fact]
    public void NF0002_when_a_state_is_a_member_and_a_non_member()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("NATO", "NATO", "NATO", Ev("a.txt", 1), new[] { Rel(RelationKind.Member, "Sweden", "SE", Ev("a.txt", 3, 4)) }) }),
            Article("b.txt", orgs: new[] { Org("NATO", "North Atlantic Treaty Organization", "NATO", Ev("b.txt", 1), new[] { Rel(RelationKind.NonMember, "Sweden", "SE", Ev("b.txt", 6, 10)) }) }));

        var d = Assert.Single(Diagnostics(model, DiagnosticIds.MemberAndNonMember));
        Assert.Equal(new[] { "Sweden", "North Atlantic Treaty Organization" }, d.Args);
        Assert.Equal(("/articles/b.txt", 5, 9), (d.Path, d.Line, d.Column));
        Assert.Equal(2, model.Organizations[0].Relations.Count); // both statements kept
    }

    [Fact]
    public void NF0002_within_one_article_is_located_at_the_later_statement()
    {
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("NATO", "NATO", "NATO", Ev("a.txt", 1), new[] { Rel(RelationKind.NonMember, "Sweden", "SE", Ev("a.txt", 9, 1)), Rel(RelationKind.Member, "Sweden", "SE", Ev("a.txt", 2, 5)) }),
        }));

        var d = Assert.Single(Diagnostics(model, DiagnosticIds.MemberAndNonMember));
        Assert.Equal((8, 0), (d.Line, d.Column));
    }

    [Fact]
    public void NF0003_when_two_different_join_dates_are_given()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 2, 3), "on July 11") }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 4, 8), "in July 2024"), Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 9, 1), "July 2024") }) }));

        var d = Assert.Single(Diagnostics(model, DiagnosticIds.ContradictingJoinDates));
        Assert.Equal(new[] { "Belarus", "SCO", "on July 11", "in July 2024" }, d.Args);
        Assert.Equal(("/articles/b.txt", 3, 7), (d.Path, d.Line, d.Column));
    }

    [Theory]
    [InlineData("Thursday", "July 4")]
    [InlineData("next year", "2026")]
    [InlineData("this month", "on Monday")]
    public void NF0003_is_not_reported_when_a_time_is_relative_to_the_article(string first, string second)
    {
        // "Thursday" in one article and "July 4" in another may be the same day: only calendar dates can contradict.
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 2, 3), first) }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 4, 8), second) }) }));

        Assert.Empty(Diagnostics(model, DiagnosticIds.ContradictingJoinDates));
    }

    [Fact]
    public void NF0003_ignores_case_and_a_leading_on_or_in()
    {
        var model = Merge(
            Article("a.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("a.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 2), "On Thursday"), Rel(RelationKind.Joining, "Belarus", "BY", Ev("a.txt", 3)) }) }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Joining, "Belarus", "BY", Ev("b.txt", 4), "thursday") }) }));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void NF0008_when_two_articles_have_the_same_content_and_their_facts_count_once()
    {
        var b = Article("b.txt", hash: "same", path: "/x/b.txt", quotes: new[] { Quote("q", null, Ev("b.txt", 1)) }, people: new[] { Person("Ana Ruiz", Ev("b.txt", 1)) });
        var a = Article("a.txt", hash: "same", path: "/x/a.txt", quotes: new[] { Quote("q", null, Ev("a.txt", 1)) }, people: new[] { Person("Ana Ruiz", Ev("a.txt", 1)) });
        var model = Merge(b, a, Article("c.txt", hash: ""), Article("d.txt", hash: ""));

        var d = Assert.Single(model.Diagnostics);
        Assert.Equal(DiagnosticIds.DuplicateArticle, d.Id);
        Assert.Equal(new[] { "b.txt", "a.txt" }, d.Args);
        Assert.Equal("/x/b.txt", d.Path);
        Assert.Equal(4, model.Articles.Count);
        Assert.Equal("a.txt", Assert.Single(model.Quotes).Evidence.File);
        Assert.Single(Assert.Single(model.People).Evidence);
    }

    [Fact]
    public void NF0001_when_more_states_are_named_than_the_count_across_articles()
    {
        var model = Merge(
            Article("a.txt", orgs: new[]
            {
                Org("SCO", "SCO", "SCO", Ev("a.txt", 1),
                    new[] { Rel(RelationKind.Member, "China", "CN", Ev("a.txt", 3)), Rel(RelationKind.Member, "Russia", "RU", Ev("a.txt", 4)) },
                    new[] { Count(RelationKind.Member, 2, Ev("a.txt", 2)) }),
            }),
            Article("b.txt", orgs: new[] { Org("SCO", "SCO", "SCO", Ev("b.txt", 1), new[] { Rel(RelationKind.Member, "India", "IN", Ev("b.txt", 7, 3)), Rel(RelationKind.Member, "China", "CN", Ev("b.txt", 8)) }) }));

        var d = Assert.Single(Diagnostics(model, DiagnosticIds.CountMismatch));
        Assert.Equal(new[] { "SCO", "members", "2", "3", "China, Russia, India" }, d.Args);
        Assert.Equal(("/articles/b.txt", 6, 2), (d.Path, d.Line, d.Column)); // where the third member is named
    }

    [Fact]
    public void NF0001_when_a_complete_list_differs_from_the_count_in_its_sentence()
    {
        const string sentence = "The bloc's nine members are China, Russia, India, Pakistan, Iran, Kazakhstan, Kyrgyzstan and Tajikistan.";
        var countries = new[] { ("China", "CN"), ("Russia", "RU"), ("India", "IN"), ("Pakistan", "PK"), ("Iran", "IR"), ("Kazakhstan", "KZ"), ("Kyrgyzstan", "KG"), ("Tajikistan", "TJ") };
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("SCO", "SCO", "SCO", Ev("a.txt", 1),
                countries.Select((c, i) => Rel(RelationKind.Member, c.Item1, c.Item2, Ev("a.txt", 5, 30 + (i * 8), sentence))).ToArray(),
                new[] { Count(RelationKind.Member, 9, Ev("a.txt", 5, 12, sentence)) }),
        }));

        var d = Assert.Single(model.Diagnostics);
        Assert.Equal(DiagnosticIds.CountMismatch, d.Id);
        Assert.Equal(new[] { "SCO", "members", "9", "8", "China, Russia, India, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan" }, d.Args);
        Assert.Equal((4, 11), (d.Line, d.Column));
    }

    [Fact]
    public void NF0001_also_checks_partner_and_observer_counts()
    {
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("SCO", "SCO", "SCO", Ev("a.txt", 1),
                new[] { Rel(RelationKind.Observer, "Mongolia", "MN", Ev("a.txt", 3)), Rel(RelationKind.Observer, "Afghanistan", "AF", Ev("a.txt", 4)), Rel(RelationKind.DialoguePartner, "Turkey", "TR", Ev("a.txt", 5)) },
                new[] { Count(RelationKind.Observer, 1, Ev("a.txt", 2)), Count(RelationKind.DialoguePartner, 14, Ev("a.txt", 2, 30)) }),
        }));

        var d = Assert.Single(model.Diagnostics);
        Assert.Equal(new[] { "SCO", "observers", "1", "2", "Mongolia, Afghanistan" }, d.Args);
    }

    [Fact]
    public void NF0001_not_reported_when_running_prose_names_fewer_states_than_the_count()
    {
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("SCO", "SCO", "SCO", Ev("a.txt", 1),
                new[]
                {
                    Rel(RelationKind.Member, "China", "CN", Ev("a.txt", 3, 1, "China and Russia lead the nine-member bloc.")),
                    Rel(RelationKind.Member, "Russia", "RU", Ev("a.txt", 3, 11, "China and Russia lead the nine-member bloc.")),
                    Rel(RelationKind.Member, "India", "IN", Ev("a.txt", 6, 1, "Its members include India, Iran and Pakistan.")),
                    Rel(RelationKind.Member, "Iran", "IR", Ev("a.txt", 6, 30, "Its members include India, Iran and Pakistan.")),
                    Rel(RelationKind.Member, "Pakistan", "PK", Ev("a.txt", 6, 40, "Its members include India, Iran and Pakistan.")),
                },
                new[] { Count(RelationKind.Member, 9, Ev("a.txt", 3, 27, "China and Russia lead the nine-member bloc.")), Count(RelationKind.Member, 9, Ev("a.txt", 6, 5, "Its members include India, Iran and Pakistan.")) }),
        }));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void NF0001_not_reported_for_a_few_states_named_beside_a_count()
    {
        const string sentence = "Egypt, Ethiopia, Iran and the UAE were admitted last year, and Indonesia formally joined on January 6, making the Rio meeting the first summit with 10 members.";
        var countries = new[] { ("Egypt", "EG"), ("Ethiopia", "ET"), ("Iran", "IR"), ("United Arab Emirates", "AE"), ("Indonesia", "ID") };
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("BRICS", "BRICS", "BRICS", Ev("a.txt", 1),
                countries.Select((c, i) => Rel(RelationKind.Member, c.Item1, c.Item2, Ev("a.txt", 15, 1 + (i * 8), sentence))).ToArray(),
                new[] { Count(RelationKind.Member, 10, Ev("a.txt", 16, 60, sentence)) }),
        }));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void NF0001_for_a_list_two_short_of_its_count()
    {
        const string sentence = "The SCO, which has nine member states (China, India, Iran, Kazakhstan, Pakistan, Russia and Tajikistan), meets yearly.";
        var countries = new[] { ("China", "CN"), ("India", "IN"), ("Iran", "IR"), ("Kazakhstan", "KZ"), ("Pakistan", "PK"), ("Russia", "RU"), ("Tajikistan", "TJ") };
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("SCO", "Shanghai Cooperation Organisation", "SCO", Ev("a.txt", 1),
                countries.Select((c, i) => Rel(RelationKind.Member, c.Item1, c.Item2, Ev("a.txt", 8, 40 + (i * 8), sentence))).ToArray(),
                new[] { Count(RelationKind.Member, 9, Ev("a.txt", 8, 21, sentence)) }),
        }));

        var d = Assert.Single(model.Diagnostics);
        Assert.Equal(new[] { "Shanghai Cooperation Organisation", "members", "9", "7", "China, India, Iran, Kazakhstan, Pakistan, Russia, Tajikistan" }, d.Args);
        Assert.Equal((7, 20), (d.Line, d.Column));
    }

    [Fact]
    public void NF0001_not_reported_for_a_short_list_under_three_quarters_of_its_count()
    {
        const string sentence = "The CSTO, which has six member states (Russia, Belarus, Kazakhstan, Kyrgyzstan), was created in 2002.";
        var countries = new[] { ("Russia", "RU"), ("Belarus", "BY"), ("Kazakhstan", "KZ"), ("Kyrgyzstan", "KG") };
        var model = Merge(Article("a.txt", orgs: new[]
        {
            Org("CSTO", "Collective Security Treaty Organization", "CSTO", Ev("a.txt", 1),
                countries.Select((c, i) => Rel(RelationKind.Member, c.Item1, c.Item2, Ev("a.txt", 8, 40 + (i * 8), sentence))).ToArray(),
                new[] { Count(RelationKind.Member, 6, Ev("a.txt", 8, 21, sentence)) }),
        }));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Diagnostics_locate_the_path_of_the_article_holding_the_later_fact()
    {
        var model = Merge(
            Article("one.txt", path: "C:/news/one.txt", orgs: new[] { Org("NATO", "NATO", "NATO", Ev("one.txt", 1), new[] { Rel(RelationKind.NonMember, "Sweden", "SE", Ev("one.txt", 1, 1)) }) }),
            Article("two.txt", path: "relative/two.txt", orgs: new[] { Org("NATO", "NATO", "NATO", Ev("two.txt", 1), new[] { Rel(RelationKind.Member, "Sweden", "SE", Ev("two.txt", 12, 33)) }) }));

        var d = Assert.Single(model.Diagnostics);
        Assert.Equal(("relative/two.txt", 11, 32, 11, 32), (d.Path, d.Line, d.Column, d.EndLine, d.EndColumn));
    }

    // ----- Robustness and determinism ------------------------------------------------------------

    [Fact]
    public void Empty_and_null_inputs_give_an_empty_model()
    {
        var empty = FactsMerger.Merge(Array.Empty<ArticleFacts>());
        Assert.Empty(empty.Articles);
        Assert.Empty(empty.Organizations);
        Assert.Empty(empty.Diagnostics);

        Assert.Empty(FactsMerger.Merge(null!).Articles);
        Assert.Single(FactsMerger.Merge(new ArticleFacts[] { null!, Article("a.txt") }).Articles);
    }

    [Fact]
    public void Never_throws_on_missing_fields()
    {
        var broken = new ArticleFacts(
            null!,
            null!,
            null,
            null!,
            new[] { new OrganizationFacts(null!, null!, null, new[] { new StateRelation(RelationKind.Member, null!, null!, null!, null, null!) }.ToEquatableArray(), new[] { new StatedCount(RelationKind.Member, 0, null!, null!) }.ToEquatableArray(), null!) }.ToEquatableArray(),
            new[] { new CountryFacts(null!, null!, null!, null!) }.ToEquatableArray(),
            new[] { new PersonFacts(null!, null, null, null!), new PersonFacts("Ana", null, null, null!) }.ToEquatableArray(),
            new[] { new QuoteFacts(null!, "Ana", SpeakerKind.Person, null, QuoteKind.Statement, null!, null, false) }.ToEquatableArray(),
            default);

        var model = FactsMerger.Merge(new[] { broken, Article("a.txt") });
        Assert.Equal(2, model.Articles.Count);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FactsMerger.Merge(Corpus(), cts.Token));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_input_order()
    {
        var articles = Corpus();
        var expected = FactsMerger.Merge(articles);
        Assert.NotEmpty(expected.Diagnostics);
        Assert.NotEmpty(expected.People);

        var random = new Random(20240704);
        for (var i = 0; i < 300; i++)
        {
            var shuffled = articles.OrderBy(_ => random.Next()).Select(a => ShuffleInside(a, random)).ToArray();
            var actual = FactsMerger.Merge(shuffled);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_result_is_the_same_for_every_permutation_of_five_articles()
    {
        var articles = Corpus().Take(5).ToArray();
        var expected = FactsMerger.Merge(articles);
        foreach (var permutation in Permutations(articles))
        {
            Assert.Equal(expected, FactsMerger.Merge(permutation));
        }
    }

    private static ArticleFacts ShuffleInside(ArticleFacts article, Random random)
        => article with
        {
            Organizations = article.Organizations
                .Select(o => o with
                {
                    Relations = o.Relations.OrderBy(_ => random.Next()).ToEquatableArray(),
                    Counts = o.Counts.OrderBy(_ => random.Next()).ToEquatableArray(),
                })
                .OrderBy(_ => random.Next())
                .ToEquatableArray(),
            Countries = article.Countries.OrderBy(_ => random.Next()).ToEquatableArray(),
            People = article.People.OrderBy(_ => random.Next()).ToEquatableArray(),
            Quotes = article.Quotes.OrderBy(_ => random.Next()).ToEquatableArray(),
        };

    private static IEnumerable<ArticleFacts[]> Permutations(ArticleFacts[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return new[] { items[i] }.Concat(tail).ToArray();
            }
        }
    }

    /// <summary>Six articles with every kind of fact and every cross-article diagnostic.</summary>
    private static ArticleFacts[] Corpus() => new[]
    {
        Article("001_sco.txt", "SCO summit", "h1",
            orgs: new[]
            {
                Org("SCO", "Shanghai Cooperation Organization", "SCO", Ev("001_sco.txt", 5, 40), new[]
                {
                    Rel(RelationKind.Member, "China", "CN", Ev("001_sco.txt", 7, 1)),
                    Rel(RelationKind.Member, "Russia", "RU", Ev("001_sco.txt", 7, 10)),
                    Rel(RelationKind.Joining, "Belarus", "BY", Ev("001_sco.txt", 9, 1), "on July 11"),
                }, new[] { Count(RelationKind.Member, 9, Ev("001_sco.txt", 6, 3)) }),
                Org("nato", "Nato", null, Ev("001_sco.txt", 12, 1)),
            },
            countries: new[] { new CountryFacts("China", "CN", "Chinese", Ev("001_sco.txt", 7, 1)), new CountryFacts("Russia", "RU", "Russia", Ev("001_sco.txt", 7, 10)) },
            people: new[] { Person("Vladimir Putin", Ev("001_sco.txt", 4, 1), "President", "Russia"), Person("Xi Jinping", Ev("001_sco.txt", 4, 20)) },
            quotes: new[] { Quote("best period", "Putin", Ev("001_sco.txt", 10, 2), addressee: "Xi"), Quote("hegemony", null, Ev("001_sco.txt", 11, 30), quoteKind: QuoteKind.Term) }),
        Article("002_sco.txt", null, "h2",
            orgs: new[]
            {
                Org("shanghai cooperation organisation", "Shanghai Cooperation Organisation", null, Ev("002_sco.txt", 2, 1), new[]
                {
                    Rel(RelationKind.Member, "India", "IN", Ev("002_sco.txt", 3, 1)),
                    Rel(RelationKind.NonMember, "Turkey", "TR", Ev("002_sco.txt", 4, 1)),
                    Rel(RelationKind.Member, "Belarus", "BY", Ev("002_sco.txt", 5, 1)),
                    Rel(RelationKind.Joining, "Belarus", "BY", Ev("002_sco.txt", 5, 20), "July 4"),
                }, new[] { Count(RelationKind.Member, 10, Ev("002_sco.txt", 2, 50)) }),
            },
            people: new[] { Person("Putin", Ev("002_sco.txt", 6, 1)), Person("Xi", Ev("002_sco.txt", 6, 20), "Chinese leader") },
            quotes: new[] { Quote("a fair world", "Putin", Ev("002_sco.txt", 7, 5)) }),
        Article("003_nato.txt", "NATO", "h3",
            orgs: new[]
            {
                Org("NATO", "North Atlantic Treaty Organisation", "NATO", Ev("003_nato.txt", 1, 1), new[]
                {
                    Rel(RelationKind.Member, "Turkey", "TR", Ev("003_nato.txt", 3, 1), asWritten: "Türkiye"),
                    Rel(RelationKind.Member, "Sweden", "SE", Ev("003_nato.txt", 4, 1)),
                }, new[] { Count(RelationKind.Member, 1, Ev("003_nato.txt", 2, 1)) }),
                Org("SCO", "SCO", "SCO", Ev("003_nato.txt", 8, 1), new[] { Rel(RelationKind.Member, "Turkey", "TR", Ev("003_nato.txt", 8, 30)) }),
            },
            countries: new[] { new CountryFacts("Turkey", "TR", "Türkiye", Ev("003_nato.txt", 3, 1)) },
            people: new[] { Person("John Smith", Ev("003_nato.txt", 5, 1)), Person("Smith", Ev("003_nato.txt", 6, 1)), Person("Jane Smith", Ev("003_nato.txt", 6, 30)) },
            quotes: new[] { Quote("ready", "Smith", Ev("003_nato.txt", 6, 10)), Quote("steady", "Jane Smith", Ev("003_nato.txt", 6, 40)) }),
        Article("004_copy.txt", "SCO summit", "h1",
            orgs: new[] { Org("SCO", "SCO", "SCO", Ev("004_copy.txt", 5, 40)) }),
        Article("005_empty.txt", null, ""),
        Article("006_more.txt", "More", "h6",
            orgs: new[] { Org("nato", "the North Atlantic Treaty Organization", null, Ev("006_more.txt", 1, 1), counts: new[] { Count(RelationKind.Member, 32, Ev("006_more.txt", 2, 2)) }) },
            people: new[] { Person("Ana Ruiz", Ev("006_more.txt", 3, 1), "Minister", "Spain"), Person("Ruiz", Ev("006_more.txt", 4, 1)) },
            quotes: new[] { Quote("we agree", "Ruiz", Ev("006_more.txt", 4, 20), addressee: "Smith") }),
    };

    [Fact]
    public void The_corpus_yields_every_cross_article_diagnostic()
    {
        var model = FactsMerger.Merge(Corpus());

        Assert.Equal(
            new[] { DiagnosticIds.CountMismatch, DiagnosticIds.MemberAndNonMember, DiagnosticIds.ContradictingJoinDates, DiagnosticIds.DuplicateArticle, DiagnosticIds.CountsDisagreeAcrossArticles },
            model.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(new[] { "Vladimir Putin", "Xi Jinping", "John Smith", "Smith", "Jane Smith", "Ana Ruiz" }, model.People.Select(p => p.Name));
        Assert.Equal("Chinese leader", model.People[1].Title);
        Assert.Equal(new[] { "Shanghai Cooperation Organization", "North Atlantic Treaty Organisation" }, model.Organizations.Select(o => o.Name));
        Assert.Equal(new[] { "Vladimir Putin", null, "Vladimir Putin", "Smith", "Jane Smith", "Ana Ruiz" }, model.Quotes.Select(q => q.Speaker));
    }
}
