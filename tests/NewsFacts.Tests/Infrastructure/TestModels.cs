using System.Linq;
using NewsFacts.Model;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>Hand-built models for the emitter: every feature of the generated API in a small space.</summary>
public static class TestModels
{
    public const string Astana = "000_astana.txt";
    public const string Report = "2024 report.txt";
    public const string Class = "class.txt";

    public static Evidence Ev(string file, int line, int column = 1, string? sentence = null) =>
        new(file, line, column, sentence ?? "A sentence of " + file + " at line " + line + ".");

    private static EquatableArray<T> A<T>(params T[] items)
        where T : System.IEquatable<T> => items.ToEquatableArray();

    private static MergedRelation Rel(RelationKind kind, string country, string iso2, params Evidence[] evidence) =>
        new(kind, country, iso2, EquatableArray<string>.Empty, A(evidence));

    private static MergedRelation Join(string country, string iso2, string[] whens, params Evidence[] evidence) =>
        new(RelationKind.Joining, country, iso2, A(whens), A(evidence));

    /// <summary>
    /// An organisation with every relation kind and disagreeing counts, one named with a digit first,
    /// one by an acronym with a digit; countries with diacritics; two people whose names collide;
    /// quotes holding quotes, backslashes, comment ends, XML, line breaks, U+2028 and a bidi control.
    /// </summary>
    public static FactsModel AllFeatures()
    {
        var longSentence = "The Shanghai Cooperation Organization, which was founded in 2001 by China, Russia, Kazakhstan, "
            + "Kyrgyzstan, Tajikistan and Uzbekistan, has since grown into the largest regional organisation in the world "
            + "by population and area, covering most of Eurasia.";

        var sco = new MergedOrganization(
            "SCO",
            "Shanghai Cooperation Organization",
            "SCO",
            A(
                Rel(RelationKind.Member, "Russia", "RU", Ev(Astana, 3, 5, "Russia is a founding member of the SCO.")),
                Rel(RelationKind.Member, "China", "CN", Ev(Astana, 3, 20, longSentence)),
                Rel(RelationKind.Member, "Kazakhstan", "KZ", Ev(Astana, 4, 1, "Kazakhstan hosts the summit of the <SCO> & friends.")),
                Rel(RelationKind.DialoguePartner, "Turkey", "TR", Ev(Astana, 8, 1, "Türkiye is a dialogue partner.")),
                Rel(RelationKind.DialoguePartner, "Côte d'Ivoire", "CI", Ev(Astana, 9, 1, "Côte d'Ivoire became a partner.")),
                Rel(RelationKind.Observer, "Mongolia", "MN", Ev(Astana, 10, 1, "Mongolia is an observer.")),
                Rel(RelationKind.NonMember, "United States", "US", Ev(Astana, 11, 1, "The United States is not a member.")),
                Join("Belarus", "BY", new[] { "on Thursday" }, Ev(Astana, 12, 1, "Belarus joins the SCO on Thursday.")),
                Join("Laos", "LA", new[] { "in 2025", "next year" }, Ev(Astana, 13, 1, "Laos joins in 2025."), Ev(Report, 2, 1, "Laos joins next year.")),
                Join("Cambodia", "KH", System.Array.Empty<string>(), Ev(Astana, 14, 1, "Cambodia is joining."))),
            A(
                new MergedCount(RelationKind.Member, 9, A(Ev(Report, 5, 1, "The nine-member bloc met."))),
                new MergedCount(RelationKind.Member, 10, A(Ev(Astana, 2, 1, "The 10-member SCO met."), Ev(Report, 6, 1, "Its ten members agreed."))),
                new MergedCount(RelationKind.DialoguePartner, 14, A(Ev(Astana, 7, 1, "The bloc has 14 dialogue partners.")))),
            A(Ev(Astana, 2, 1, "The 10-member SCO met."), Ev(Report, 1, 1, "The SCO, again.")));

        var group = new MergedOrganization(
            "2024 summit group",
            "2024 Summit Group",
            null,
            A(Rel(
                RelationKind.Member,
                "China",
                "CN",
                Ev(Report, 1, 1, "China leads the 2024 Summit Group."),
                Ev(Report, 2, 1, "China again."),
                Ev(Report, 3, 1, "China once more."),
                Ev(Report, 4, 1, "China, a fourth time."),
                Ev(Astana, 20, 1, "China, a fifth time."))),
            EquatableArray<MergedCount>.Empty,
            A(Ev(Report, 1, 1, "China leads the 2024 Summit Group.")));

        var g20 = new MergedOrganization(
            "G20",
            "Group of 20",
            "G20",
            EquatableArray<MergedRelation>.Empty,
            EquatableArray<MergedCount>.Empty,
            A(Ev(Class, 1, 1, "The Group of 20 (G20) met.")));

        var countries = A(
            new MergedCountry("China", "CN", A("China", "Chinese"), A(Ev(Astana, 3, 20, longSentence))),
            new MergedCountry("Kazakhstan", "KZ", A("Kazakhstan"), A(Ev(Astana, 4, 1))),
            new MergedCountry("Russia", "RU", A("Russia", "Russian"), A(Ev(Astana, 3, 5))),
            new MergedCountry("Turkey", "TR", A("Türkiye"), A(Ev(Astana, 8, 1))),
            new MergedCountry("Côte d'Ivoire", "CI", A("Côte d'Ivoire"), A(Ev(Astana, 9, 1))),
            new MergedCountry("Mongolia", "MN", A("Mongolia"), A(Ev(Astana, 10, 1))),
            new MergedCountry("United States", "US", A("U.S.", "United States"), A(Ev(Astana, 11, 1))));

        var people = A(
            new MergedPerson("Vladimir Putin", "President", "Russia", A(Ev(Astana, 5, 1, "Vladimir Putin and Xi Jinping were in Astana."))),
            new MergedPerson("Xi Jinping", "President", "China", A(Ev(Astana, 5, 20, "Vladimir Putin and Xi Jinping were in Astana."))),
            new MergedPerson("José Martí", null, "Cuba", A(Ev(Report, 8, 1, "José Martí wrote."))),
            new MergedPerson("Jose Marti", "Poet", null, A(Ev(Class, 3, 1, "Jose Marti, the poet."))),
            new MergedPerson("Kassym-Jomart Tokayev", null, null, A(Ev(Astana, 6, 1, "Kassym-Jomart Tokayev welcomed them."))));

        var quotes = A(
            new QuoteFacts(
                "Russian-Chinese relations are experiencing their best period in history",
                "Vladimir Putin",
                SpeakerKind.Person,
                "Xi Jinping",
                QuoteKind.Statement,
                Ev(Astana, 15, 1, "\"Russian-Chinese relations are experiencing their best period in history,\" Putin told Xi."),
                "said-after",
                false),
            new QuoteFacts(
                "hegemony",
                null,
                SpeakerKind.None,
                null,
                QuoteKind.Term,
                Ev(Astana, 16, 40, "Both countries railed against U.S.-led \"hegemony\"."),
                null,
                false),
            new QuoteFacts(
                "He said \"no\", then C:\\path\\file */ and </summary> <b>bold</b> & more\nsecond line\u2028third line \u202Eevil\u202C end",
                "Vladimir Putin",
                SpeakerKind.Person,
                null,
                QuoteKind.Statement,
                Ev(Astana, 17, 3, "A tricky quote."),
                "said-before",
                true),
            new QuoteFacts(
                "make contributions to promoting security",
                "China's foreign ministry",
                SpeakerKind.Body,
                null,
                QuoteKind.Statement,
                Ev(Report, 3, 10, "China's foreign ministry said the summit would \"make contributions to promoting security\"."),
                "body",
                false),
            new QuoteFacts(
                "We will see",
                null,
                SpeakerKind.None,
                null,
                QuoteKind.Statement,
                Ev(Class, 2, 1, "\"We will see.\""),
                null,
                false));

        var articles = A(
            new ArticleInfo(Astana, "Putin and Xi hail ties at the SCO summit in Astana"),
            new ArticleInfo(Report, null),
            new ArticleInfo(Class, "The \"class\" article & <friends>"));

        return new FactsModel(
            articles,
            A(sco, group, g20),
            countries,
            people,
            quotes,
            A(new ArticleDiagnostic(DiagnosticIds.CountsDisagreeAcrossArticles, A("SCO", "member states", "9", "10"), "/articles/2024 report.txt", 0, 1, 4, 0, 4, 1)));
    }

    /// <summary>The same model with every list reversed: the emitter must not care.</summary>
    public static FactsModel Reversed(FactsModel model) => new(
        model.Articles.Reverse().ToEquatableArray(),
        model.Organizations.Reverse()
            .Select(o => o with
            {
                Relations = o.Relations.Reverse().ToEquatableArray(),
                Counts = o.Counts.Reverse().ToEquatableArray(),
                Evidence = o.Evidence.Reverse().ToEquatableArray(),
            })
            .ToEquatableArray(),
        model.Countries.Reverse().ToEquatableArray(),
        model.People.Reverse().ToEquatableArray(),
        model.Quotes.Reverse().ToEquatableArray(),
        model.Diagnostics);

    /// <summary>A model with nothing in it.</summary>
    public static FactsModel Empty() => FactsModel.Empty;
}
