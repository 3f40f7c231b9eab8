extern alias cli;

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using cli::NewsFacts.Cli;
using cli::NewsFacts.Merge;
using cli::NewsFacts.Model;
using Xunit;
using static NewsFacts.Tests.Cli.CliModels;

namespace NewsFacts.Tests.Cli;

public sealed class FactsJsonTests
{
    private static FactsModel Sample() => BuildModel(
        articles: new[] { new ArticleInfo("a.txt", "SCO summit opens"), new ArticleInfo("b.txt", null) },
        organizations: new[]
        {
            new MergedOrganization(
                "SCO",
                "Shanghai Cooperation Organization",
                "SCO",
                Arr(
                    new MergedRelation(RelationKind.Member, "China", "CN", Arr<string>(), Arr(Ev("a.txt", 3))),
                    new MergedRelation(RelationKind.Member, "Russia", "RU", Arr<string>(), Arr(Ev("a.txt", 3, 20), Ev("b.txt", 2))),
                    new MergedRelation(RelationKind.DialoguePartner, "Turkey", "TR", Arr<string>(), Arr(Ev("a.txt", 5))),
                    new MergedRelation(RelationKind.Observer, "Mongolia", "MN", Arr<string>(), Arr(Ev("a.txt", 6))),
                    new MergedRelation(RelationKind.NonMember, "Japan", "JP", Arr<string>(), Arr(Ev("a.txt", 7))),
                    new MergedRelation(RelationKind.Joining, "Belarus", "BY", Arr("on Thursday", "July 4"), Arr(Ev("a.txt", 8), Ev("b.txt", 9))),
                    new MergedRelation(RelationKind.Joining, "Laos", "LA", Arr<string>(), Arr(Ev("b.txt", 10)))),
                Arr(
                    new MergedCount(RelationKind.Member, 9, Arr(Ev("a.txt", 2))),
                    new MergedCount(RelationKind.Member, 10, Arr(Ev("b.txt", 2), Ev("b.txt", 4))),
                    new MergedCount(RelationKind.DialoguePartner, 14, Arr(Ev("a.txt", 5)))),
                Arr(Ev("a.txt", 1), Ev("b.txt", 1))),
            new MergedOrganization("imf", "International Monetary Fund", null, Arr<MergedRelation>(), Arr<MergedCount>(), Arr(Ev("b.txt", 12))),
        },
        countries: new[] { new MergedCountry("Turkey", "TR", Arr("Türkiye", "Turkish"), Arr(Ev("a.txt", 5))) },
        people: new[]
        {
            new MergedPerson("Vladimir Putin", "President", "Russia", Arr(Ev("a.txt", 4))),
            new MergedPerson("Xi Jinping", null, null, Arr(Ev("a.txt", 4, 30))),
        },
        quotes: new[]
        {
            new QuoteFacts("best period in history", "Vladimir Putin", SpeakerKind.Person, "Xi Jinping", QuoteKind.Statement, Ev("a.txt", 11, 5, "\"Best period,\" Putin said."), "S1", false),
            new QuoteFacts("hegemony", null, SpeakerKind.None, null, QuoteKind.Term, Ev("a.txt", 14, 40), null, false),
        },
        diagnostics: new[] { Diagnostic("NF0010", "/news/b.txt", 1, 4, "Shanghai Cooperation Organization", "members", "9", "10") });

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Writes_the_schema_fields_with_their_types()
    {
        var root = Parse(FactsJson.ToJson(Sample()));

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        foreach (var name in new[] { "articles", "organizations", "people", "quotes" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }

        var article = root.GetProperty("articles")[0];
        Assert.Equal("a.txt", article.GetProperty("file").GetString());
        Assert.Equal("SCO summit opens", article.GetProperty("title").GetString());

        var org = root.GetProperty("organizations")[0];
        Assert.Equal("Shanghai Cooperation Organization", org.GetProperty("name").GetString());
        Assert.Equal("SCO", org.GetProperty("acronym").GetString());
        Assert.Equal(new[] { "China", "Russia" }, Strings(org.GetProperty("members")));
        Assert.Equal(10, org.GetProperty("memberCount").GetInt32()); // stated twice, against 9 once
        Assert.Equal(new[] { "Turkey" }, Strings(org.GetProperty("partners")));
        Assert.Equal(14, org.GetProperty("partnerCount").GetInt32());
        Assert.Equal(new[] { "Mongolia" }, Strings(org.GetProperty("observers")));
        Assert.Equal(new[] { "Japan" }, Strings(org.GetProperty("nonMembers")));
        var joining = org.GetProperty("joining");
        Assert.Equal(2, joining.GetArrayLength());
        Assert.Equal("Belarus", joining[0].GetProperty("country").GetString());
        Assert.Equal("on Thursday", joining[0].GetProperty("when").GetString());
        Assert.Equal("Laos", joining[1].GetProperty("country").GetString());

        var person = root.GetProperty("people")[0];
        Assert.Equal(("Vladimir Putin", "President", "Russia"), (person.GetProperty("name").GetString(), person.GetProperty("title").GetString(), person.GetProperty("country").GetString()));

        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("Vladimir Putin", quote.GetProperty("speaker").GetString());
        Assert.Equal("best period in history", quote.GetProperty("text").GetString());
        Assert.Equal("a.txt", quote.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Number, quote.GetProperty("line").ValueKind);
        Assert.Equal(11, quote.GetProperty("line").GetInt32());
        Assert.Equal("statement", quote.GetProperty("kind").GetString());
        Assert.Equal("Xi Jinping", quote.GetProperty("addressee").GetString());
        Assert.Equal(5, quote.GetProperty("column").GetInt32());
        Assert.Equal("term", root.GetProperty("quotes")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void The_required_fields_come_first_in_the_schema_order()
    {
        var root = Parse(FactsJson.ToJson(Sample()));

        Assert.Equal(new[] { "articles", "organizations", "people", "quotes" }, root.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(
            new[] { "name", "acronym", "members", "memberCount", "partners", "partnerCount", "observers", "nonMembers", "joining" },
            root.GetProperty("organizations")[0].EnumerateObject().Select(p => p.Name).Take(9));
        Assert.Equal(new[] { "name", "title", "country" }, root.GetProperty("people")[0].EnumerateObject().Select(p => p.Name).Take(3));
        Assert.Equal(new[] { "speaker", "text", "file", "line", "kind" }, root.GetProperty("quotes")[0].EnumerateObject().Select(p => p.Name).Take(5));
    }

    [Fact]
    public void Writes_the_extra_fields_evidence_diagnostics_and_statistics()
    {
        var root = Parse(FactsJson.ToJson(Sample()));

        var org = root.GetProperty("organizations")[0];
        var russia = org.GetProperty("relations").EnumerateArray().Single(r => r.GetProperty("country").GetString() == "Russia");
        Assert.Equal("member", russia.GetProperty("kind").GetString());
        Assert.Equal(new[] { "a.txt", "b.txt" }, russia.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("file").GetString()));
        var evidence = russia.GetProperty("evidence")[0];
        Assert.Equal((3, 20), (evidence.GetProperty("line").GetInt32(), evidence.GetProperty("column").GetInt32()));
        Assert.Equal("Sentence at a.txt:3.", evidence.GetProperty("sentence").GetString());
        Assert.Equal(new[] { "on Thursday", "July 4" }, Strings(org.GetProperty("joining")[0].GetProperty("whens")));
        Assert.Equal(3, org.GetProperty("counts").GetArrayLength());

        Assert.Equal("a.txt", root.GetProperty("people")[0].GetProperty("evidence")[0].GetProperty("file").GetString());
        Assert.Equal("\"Best period,\" Putin said.", root.GetProperty("quotes")[0].GetProperty("evidence").GetProperty("sentence").GetString());
        Assert.Equal(new[] { "Türkiye", "Turkish" }, Strings(root.GetProperty("countries")[0].GetProperty("asWritten")));

        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NF0010", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("b.txt", diagnostic.GetProperty("file").GetString());
        Assert.Equal("/news/b.txt", diagnostic.GetProperty("path").GetString());
        Assert.Equal((2, 5), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.Equal("The articles disagree on the number of members of Shanghai Cooperation Organization: 9 and 10", diagnostic.GetProperty("message").GetString());

        var statistics = root.GetProperty("statistics");
        Assert.Equal(2, statistics.GetProperty("articles").GetInt32());
        Assert.Equal(2, statistics.GetProperty("organizations").GetInt32());
        Assert.Equal(7, statistics.GetProperty("relations").GetInt32());
        Assert.Equal(2, statistics.GetProperty("quotes").GetInt32());
        Assert.Equal(1, statistics.GetProperty("diagnostics").GetInt32());
        Assert.Equal(1, statistics.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Absent_values_are_written_as_null_never_omitted()
    {
        var root = Parse(FactsJson.ToJson(Sample()));

        Assert.Equal(JsonValueKind.Null, root.GetProperty("articles")[1].GetProperty("title").ValueKind);
        var imf = root.GetProperty("organizations")[1];
        Assert.Equal(JsonValueKind.Null, imf.GetProperty("acronym").ValueKind);
        Assert.Equal(JsonValueKind.Null, imf.GetProperty("memberCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, imf.GetProperty("partnerCount").ValueKind);
        foreach (var list in new[] { "members", "partners", "observers", "nonMembers", "joining" })
        {
            Assert.Equal(0, imf.GetProperty(list).GetArrayLength());
        }
        Assert.Equal(JsonValueKind.Null, root.GetProperty("organizations")[0].GetProperty("joining")[1].GetProperty("when").ValueKind);
        var xi = root.GetProperty("people")[1];
        Assert.Equal(JsonValueKind.Null, xi.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, xi.GetProperty("country").ValueKind);
        var term = root.GetProperty("quotes")[1];
        Assert.Equal(JsonValueKind.Null, term.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, term.GetProperty("addressee").ValueKind);
    }

    [Fact]
    public void An_empty_model_gives_empty_arrays()
    {
        var json = FactsJson.ToJson(BuildModel(), indented: false);

        Assert.StartsWith("{\"articles\":[],\"organizations\":[],\"people\":[],\"quotes\":[],\"countries\":[],\"diagnostics\":[],\"statistics\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_what_json_needs_and_keeps_non_ascii_readable()
    {
        const string text = "He said \"no\" \\ then\nleft <b>&</b> — Türkiye, 習近平 'ok' \u0001 😀";
        var model = BuildModel(
            articles: new[] { new ArticleInfo("ü.txt", "Ribeiro says BRICS \"not against anyone\"") },
            quotes: new[] { new QuoteFacts(text, "Recep Tayyip Erdoğan", SpeakerKind.Person, null, QuoteKind.Statement, Ev("ü.txt", 1), null, false) });

        var json = FactsJson.ToJson(model);

        Assert.Contains("Türkiye", json, StringComparison.Ordinal);
        Assert.Contains("習近平", json, StringComparison.Ordinal);
        Assert.Contains("Erdoğan", json, StringComparison.Ordinal);
        Assert.Contains("—", json, StringComparison.Ordinal);
        Assert.Contains("<b>&</b>", json, StringComparison.Ordinal);
        Assert.Contains("\\\"no\\\"", json, StringComparison.Ordinal);
        Assert.Contains("\\n", json, StringComparison.Ordinal);
        Assert.Contains("\\u0001", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", json, StringComparison.Ordinal);

        var root = Parse(json);
        Assert.Equal(text, root.GetProperty("quotes")[0].GetProperty("text").GetString());
        Assert.Equal("Ribeiro says BRICS \"not against anyone\"", root.GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.Equal("ü.txt", root.GetProperty("quotes")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Output_is_deterministic_with_lf_line_ends()
    {
        var first = FactsJson.ToJson(Sample());
        var second = FactsJson.ToJson(Sample());

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.Contains("\n  \"articles\": [", first, StringComparison.Ordinal);

        var compact = FactsJson.ToJson(Sample(), indented: false);
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.Equal(
            JsonSerializer.Serialize(Parse(first)),
            JsonSerializer.Serialize(Parse(compact)));
    }

    [Fact]
    public void Stream_output_is_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        FactsJson.Write(stream, BuildModel(articles: new[] { new ArticleInfo("é.txt", null) }));
        var bytes = stream.ToArray();

        Assert.Equal((byte)'{', bytes[0]);
        Assert.Contains("é.txt", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_input_in_any_order_gives_the_same_bytes()
    {
        ArticleFacts Article(string file, string country, int line)
            => new(
                "/news/" + file,
                file,
                "Title of " + file,
                "hash-" + file,
                Arr(new OrganizationFacts("SCO", "Shanghai Cooperation Organisation", "SCO",
                    Arr(new StateRelation(RelationKind.Member, country, country.Substring(0, 2).ToUpperInvariant(), country, null, Ev(file, line))),
                    Arr(new StatedCount(RelationKind.Member, 8 + line, "n", Ev(file, 1))),
                    Ev(file, 1))),
                Arr<CountryFacts>(),
                Arr(new PersonFacts("Putin", null, null, Ev(file, 2)), new PersonFacts("Vladimir Putin", "President", "Russia", Ev(file, 3))),
                Arr(new QuoteFacts("q " + file, "Putin", SpeakerKind.Person, null, QuoteKind.Statement, Ev(file, 4), null, false)),
                Arr<ArticleDiagnostic>());

        var articles = new[] { Article("a.txt", "China", 2), Article("b.txt", "India", 3), Article("c.txt", "Iran", 4), Article("d.txt", "Russia", 5) };
        var expected = FactsJson.ToJson(FactsMerger.Merge(articles));
        Assert.Contains("\"NF0010\"", expected, StringComparison.Ordinal);

        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var shuffled = articles.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, FactsJson.ToJson(FactsMerger.Merge(shuffled)));
        }
    }

    [Fact]
    public void The_count_stated_most_often_is_written_the_earliest_on_a_tie()
    {
        var org = new MergedOrganization("X", "X", null, Arr<MergedRelation>(),
            Arr(new MergedCount(RelationKind.Member, 9, Arr(Ev("b.txt", 1))), new MergedCount(RelationKind.Member, 10, Arr(Ev("a.txt", 1)))),
            Arr<Evidence>());

        Assert.Equal(10, FactsJson.ChosenCount(org, RelationKind.Member));
        Assert.Null(FactsJson.ChosenCount(org, RelationKind.Observer));
    }

    private static string?[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();
}
