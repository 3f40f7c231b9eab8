extern alias cli;

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using cli::NewsFacts.Cli;
using cli::NewsFacts.Cli.Report;
using cli::NewsFacts.Model;
using Xunit;
using static NewsFacts.Tests.Cli.CliModels;

namespace NewsFacts.Tests.Cli;

/// <summary>The fact sheet of <c>newsfacts report</c>: tables, evidence links, escaping, determinism, the command.</summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsfacts-report-" + Guid.NewGuid().ToString("N"));

    public ReportWriterTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static MergedRelation Relation(RelationKind kind, string country, string iso2, Evidence evidence, params string[] whens)
        => new(kind, country, iso2, Arr(whens), Arr(evidence));

    /// <summary>An organisation with every kind of relation, a person, two quotes and a diagnostic.</summary>
    private static FactsModel Model()
    {
        var lead = Ev("astana.txt", 5, 1, "Leaders met in Astana for a meeting of the Shanghai Cooperation Organization (SCO).");
        var members = Ev("astana.txt", 9, 1, "The SCO, a nine-member bloc, groups China, Russia and Kazakhstan.");
        var partner = Ev("astana.txt", 12, 1, "Turkey is one of its 14 dialogue partners.");
        var observer = Ev("astana.txt", 14, 1, "Mongolia is an observer.");
        var nonMember = Ev("astana.txt", 15, 1, "Turkmenistan is not a member.");
        var joining = Ev("minsk.txt", 3, 1, "Belarus joins the SCO on Thursday.");
        var quote = Ev("astana.txt", 20, 3, "\"We are stronger than ever,\" Putin said.");
        var org = new MergedOrganization(
            "SCO",
            "Shanghai Cooperation Organization",
            "SCO",
            Arr(
                Relation(RelationKind.Member, "China", "CN", members),
                Relation(RelationKind.Member, "Russia", "RU", members),
                Relation(RelationKind.Member, "Kazakhstan", "KZ", members),
                Relation(RelationKind.DialoguePartner, "Turkey", "TR", partner),
                Relation(RelationKind.Observer, "Mongolia", "MN", observer),
                Relation(RelationKind.NonMember, "Turkmenistan", "TM", nonMember),
                Relation(RelationKind.Joining, "Belarus", "BY", joining, "on Thursday")),
            Arr(new MergedCount(RelationKind.Member, 9, Arr(members)), new MergedCount(RelationKind.DialoguePartner, 14, Arr(partner))),
            Arr(lead));
        return BuildModel(
            articles: new[] { new ArticleInfo("astana.txt", "Putin and Xi in Astana"), new ArticleInfo("minsk.txt", null) },
            organizations: new[] { org },
            people: new[] { new MergedPerson("Vladimir Putin", "President", "Russia", Arr(lead, quote)) },
            quotes: new[]
            {
                new QuoteFacts("We are stronger than ever,", "Vladimir Putin", SpeakerKind.Person, "Xi Jinping", QuoteKind.Statement, quote, null, false),
                new QuoteFacts("no limits", null, SpeakerKind.None, null, QuoteKind.Term, Ev("astana.txt", 22, 10, "A \"no limits\" partnership."), null, false),
            },
            diagnostics: new[] { Diagnostic("NF0004", "astana.txt", 29, 0, "\u201C") });
    }

    private static string Markdown(FactsModel model) => new ReportWriter(model).ToString(ReportFormat.Markdown);

    private static string Html(FactsModel model) => new ReportWriter(model).ToString(ReportFormat.Html);

    [Fact]
    public void Markdown_has_a_table_per_relation_kind_people_quotes_and_evidence()
    {
        var md = Markdown(Model());

        Assert.StartsWith("# NewsFacts report\n", md);
        Assert.Contains("### Shanghai Cooperation Organization (SCO)\n", md);
        Assert.Contains("**Members** (3 named, 9 stated)\n\n| State | ISO | Evidence |\n| --- | --- | --- |\n| China | CN | [astana.txt(9)](#ev-2) |\n", md);
        Assert.Contains("**Dialogue partners** (1 named, 14 stated)", md);
        Assert.Contains("**Observers** (1 named)", md);
        Assert.Contains("| Mongolia | MN | [astana.txt(14)](#ev-4) |", md);
        Assert.Contains("**Non-members** (1 named)", md);
        Assert.Contains("| Belarus | BY | on Thursday | [minsk.txt(3)](#ev-8) |", md);
        Assert.Contains("| members | 9 | [astana.txt(9)](#ev-2) |", md);
        Assert.Contains("| Vladimir Putin | President | Russia | 1 | [astana.txt(5)](#ev-1), [astana.txt(20)](#ev-6) |", md);
        Assert.Contains("| Vladimir Putin | statement | “We are stronger than ever,” | Xi Jinping | [astana.txt(20)](#ev-6) |", md);
        Assert.Contains("| (unattributed) | term | “no limits” | — | [astana.txt(22)](#ev-7) |", md);
        Assert.Contains("| astana.txt(30,1) | warning | NF0004 |", md);
        Assert.Contains("- <a id=\"ev-1\"></a>**astana.txt(5)**: Leaders met in Astana for a meeting of the Shanghai Cooperation Organization (SCO).\n", md);
        Assert.Contains("- <a id=\"ev-8\"></a>**minsk.txt(3)**: Belarus joins the SCO on Thursday.\n", md);
    }

    [Fact]
    public void Html_shows_each_relation_kind_people_and_quotes_as_tables()
    {
        var html = Html(Model());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("<h3>Shanghai Cooperation Organization (SCO)</h3>", html);
        foreach (var caption in new[] { "Stated counts", "Members <span", "Dialogue partners <span", "Observers <span", "Non-members <span", "Joining <span" })
        {
            Assert.Contains("<caption>" + caption, html);
        }
        Assert.Contains("<tr><td>China</td><td>CN</td><td><a class=\"ev\" href=\"#ev-2\"", html);
        Assert.Contains("<th scope=\"col\">Speaker</th>", html);
        Assert.Contains("<q>We are stronger than ever,</q>", html);
        Assert.Contains("<li id=\"ev-8\"><span class=\"where\">minsk.txt(3)</span>: Belarus joins the SCO on Thursday.</li>", html);
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Every_link_goes_to_an_evidence_entry_and_every_entry_is_linked(ReportFormat format)
    {
        var writer = new ReportWriter(Model());
        var text = writer.ToString(format);

        var links = Regex.Matches(text, "href=\"#(ev-\\d+)\"|\\]\\(#(ev-\\d+)\\)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet();
        var anchors = Regex.Matches(text, "id=\"(ev-\\d+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(anchors.Count, anchors.Distinct().Count());
        Assert.Equal(writer.Evidence.Select(e => e.Anchor).OrderBy(a => a), anchors.OrderBy(a => a));
        Assert.Equal(anchors.ToHashSet(), links);
        // One entry per sentence: the three members read from one sentence share it.
        Assert.Equal(8, writer.Evidence.Count);
    }

    [Fact]
    public void Text_from_the_articles_is_escaped_in_html()
    {
        var evil = "<script>alert('x')</script> & \"quoted\"";
        var evidence = Ev("a<b>.txt", 1, 1, evil);
        var org = new MergedOrganization("X", "Org <b>bold</b> & Co", "O&C", Arr(Relation(RelationKind.Member, "Côte d'Ivoire <i>", "CI", evidence)), Arr<MergedCount>(), Arr(evidence));
        var model = BuildModel(
            articles: new[] { new ArticleInfo("a<b>.txt", evil) },
            organizations: new[] { org },
            people: new[] { new MergedPerson("A \"B\" <C>", "Title & co", null, Arr(evidence)) },
            quotes: new[] { new QuoteFacts("</q><script>", "A \"B\" <C>", SpeakerKind.Person, null, QuoteKind.Statement, evidence, null, false) });

        var html = new ReportWriter(model, title: "<title> & \u0001").ToString(ReportFormat.Html);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.DoesNotContain("\u0001", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", html);
        Assert.Contains("<h3>Org &lt;b&gt;bold&lt;/b&gt; &amp; Co (O&amp;C)</h3>", html);
        Assert.Contains("<td>Côte d&#39;Ivoire &lt;i&gt;</td>", html);
        Assert.Contains("<q>&lt;/q&gt;&lt;script&gt;</q>", html);
        Assert.Contains("<title>&lt;title&gt; &amp; ", html);
        Assert.Contains("a&lt;b&gt;.txt(1)", html);
        // Self-contained: nothing loaded from elsewhere, no script.
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain(" src=", html);
    }

    [Fact]
    public void Text_from_the_articles_is_escaped_in_markdown_and_keeps_the_tables_whole()
    {
        var evidence = Ev("a|b.txt", 1, 1, "Pipes | stars * and _under_ [link](x) <b>\nsecond line");
        var org = new MergedOrganization("X", "The # Org | *", null, Arr(Relation(RelationKind.Member, "A|B", "AB", evidence)), Arr<MergedCount>(), Arr(evidence));
        var model = BuildModel(
            organizations: new[] { org },
            quotes: new[] { new QuoteFacts("a | b `code`", "X|Y", SpeakerKind.Person, null, QuoteKind.Statement, evidence, null, false) });

        var md = Markdown(model);

        Assert.Contains("### The \\# Org \\| \\*\n", md);
        Assert.Contains("| A\\|B | AB | [a\\|b.txt(1)](#ev-1) |", md);
        Assert.Contains("| X\\|Y | statement | “a \\| b \\`code\\`” | — | [a\\|b.txt(1)](#ev-1) |", md);
        Assert.Contains("**a\\|b.txt(1)**: Pipes \\| stars \\* and \\_under\\_ \\[link\\](x) \\<b\\> second line\n", md);
        // Every row of a table has as many unescaped pipes as its header.
        var counts = md.Split("\n\n").Where(b => b.StartsWith("| ", StringComparison.Ordinal))
            .Select(b => b.Split('\n').Select(l => Regex.Matches(l, @"(?<!\\)\|").Count).Distinct().Count());
        Assert.All(counts, c => Assert.Equal(1, c));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void The_report_is_deterministic_with_LF_line_ends(ReportFormat format)
    {
        var first = new ReportWriter(Model()).ToString(format);
        var second = new ReportWriter(Model()).ToString(format);

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }

    [Fact]
    public void An_empty_model_gives_a_report_saying_none()
    {
        var md = Markdown(BuildModel());
        var html = Html(BuildModel());

        Assert.Contains("0 articles · 0 organisations · 0 people · 0 quotes · 0 diagnostics", md);
        Assert.Contains("## Organisations\n\nNone found.", md);
        Assert.Contains("## Evidence\n\nNone.", md);
        Assert.Contains("<p class=\"none\">None found.</p>", html);
        Assert.DoesNotContain("<table>", html);
    }

    // ----- the command ---------------------------------------------------------------------------

    private string Article(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private const string Text = "Leaders meet in Astana\n\nThe Shanghai Cooperation Organization (SCO) has nine members: China, Russia, India, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.\n\n\"We are stronger than ever,\" Vladimir Putin said.\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = NewsFactsCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Report_prints_markdown_by_default()
    {
        var path = Article("astana.txt", Text);

        var (code, stdout, stderr) = Run("report", path);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("# NewsFacts report\n", stdout);
        Assert.Contains("## Organisations", stdout);
        Assert.Contains("## Evidence", stdout);
    }

    [Fact]
    public void Report_writes_html_to_the_output_file_with_the_title()
    {
        var path = Article("astana.txt", Text);
        var output = Path.Combine(_dir, "report.html");

        var (code, stdout, stderr) = Run("report", "--format", "html", "--output", output, "--title", "Summit & co", path);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        var bytes = File.ReadAllBytes(output);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no byte-order mark");
        var html = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>Summit &amp; co</h1>", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public void Report_rejects_an_unknown_format_as_a_usage_error()
    {
        var path = Article("astana.txt", Text);

        var (code, stdout, stderr) = Run("report", "--format", "pdf", path);

        Assert.Equal(NewsFactsCommand.ExitUsage, code);
        Assert.Equal("", stdout);
        Assert.Contains("newsfacts: error:", stderr);
        Assert.Contains("pdf", stderr);
        Assert.Contains("Run 'newsfacts --help' for usage.", stderr);
    }

    [Fact]
    public void Report_of_a_missing_file_is_a_usage_error()
    {
        var (code, stdout, stderr) = Run("report", Path.Combine(_dir, "missing.txt"));

        Assert.Equal(NewsFactsCommand.ExitUsage, code);
        Assert.Equal("", stdout);
        Assert.Contains("file not found", stderr);
    }

    [Fact]
    public void Report_without_files_is_a_usage_error_and_help_lists_the_formats()
    {
        var (code, _, stderr) = Run("report");
        Assert.Equal(NewsFactsCommand.ExitUsage, code);
        Assert.Contains("newsfacts: error:", stderr);

        var help = Run("report", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("--format <markdown|html>", help.Out);
        Assert.Contains("--output", help.Out);
    }
}
