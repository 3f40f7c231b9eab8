using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsFacts.Merge;
using NewsFacts.Model;

namespace NewsFacts.Cli.Report;

/// <summary>The formats of <c>newsfacts report</c>.</summary>
public enum ReportFormat
{
    /// <summary>Markdown (GitHub flavour: pipe tables, inline HTML anchors for the evidence).</summary>
    Markdown,

    /// <summary>One self-contained HTML page (inline style, no script, no external resource).</summary>
    Html,
}

/// <summary>
/// Writes the fact sheet of a set of articles: the articles, each organisation with tables of its stated counts,
/// members, dialogue partners, observers, non-members and joining states, a table of people, a table of quotes
/// with their speakers, the diagnostics, and an evidence section listing <c>file(line): sentence</c> for every
/// sentence a fact was read from. Every fact links to its evidence entries. Every text from the articles is
/// escaped for the format. The output depends on the facts alone (no date, no machine path) and uses LF line ends.
/// </summary>
public sealed class ReportWriter
{
    /// <summary>The title used when none is given.</summary>
    public const string DefaultTitle = "NewsFacts report";

    private static readonly RelationKind[] KindsInOrder =
    {
        RelationKind.Member,
        RelationKind.DialoguePartner,
        RelationKind.Observer,
        RelationKind.NonMember,
        RelationKind.Joining,
    };

    private readonly FactsModel _model;
    private readonly IReadOnlyList<ArticleDiagnostic> _diagnostics;
    private readonly string _title;
    private readonly EvidenceIndex _evidence;

    /// <param name="model">The merged facts.</param>
    /// <param name="diagnostics">The diagnostics to list (the model's own when null).</param>
    /// <param name="title">The report's title (<see cref="DefaultTitle"/> when null or blank).</param>
    public ReportWriter(FactsModel model, IReadOnlyList<ArticleDiagnostic>? diagnostics = null, string? title = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _diagnostics = diagnostics ?? model.Diagnostics.ToArray();
        _title = string.IsNullOrWhiteSpace(title) ? DefaultTitle : title!.Trim();
        _evidence = new EvidenceIndex(EvidenceIndex.All(model));
    }

    /// <summary>The evidence entries the report lists, in order.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence => _evidence.Entries;

    /// <summary>Writes the report in a format.</summary>
    public void Write(TextWriter writer, ReportFormat format)
    {
        if (format == ReportFormat.Html) WriteHtml(writer);
        else WriteMarkdown(writer);
    }

    /// <summary>The report in a format, as a string.</summary>
    public string ToString(ReportFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, format);
        return writer.ToString();
    }

    /// <summary>The display name of a relation kind, plural ("Members", "Dialogue partners"...).</summary>
    public static string KindTitle(RelationKind kind) => kind switch
    {
        RelationKind.Member => "Members",
        RelationKind.DialoguePartner => "Dialogue partners",
        RelationKind.Observer => "Observers",
        RelationKind.NonMember => "Non-members",
        RelationKind.Joining => "Joining",
        _ => kind.ToString(),
    };

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string OrganizationTitle(MergedOrganization org)
        => string.IsNullOrEmpty(org.Acronym) || string.Equals(org.Acronym, org.Name, StringComparison.Ordinal)
            ? org.Name ?? ""
            : (org.Name ?? "") + " (" + org.Acronym + ")";

    private string Summary()
    {
        string Plural(int n, string one, string many) => Num(n) + " " + (n == 1 ? one : many);
        return string.Join(" · ", new[]
        {
            Plural(_model.Articles.Count, "article", "articles"),
            Plural(_model.Organizations.Count, "organisation", "organisations"),
            Plural(_model.People.Count, "person", "people"),
            Plural(_model.Quotes.Count, "quote", "quotes"),
            Plural(_diagnostics.Count, "diagnostic", "diagnostics"),
        });
    }

    private int QuotesBy(string name) => _model.Quotes.Count(q => string.Equals(q.Speaker, name, StringComparison.Ordinal));

    private string StatedText(MergedOrganization org, RelationKind kind, int named)
    {
        var stated = kind is RelationKind.NonMember or RelationKind.Joining ? null : FactsJson.ChosenCount(org, kind);
        return Num(named) + " named" + (stated is null ? "" : ", " + Num(stated.Value) + " stated");
    }

    private static string Location(ArticleDiagnostic d)
        => (d.Path ?? "") + "(" + Num(d.Line + 1) + "," + Num(d.Column + 1) + ")";

    // ----- Markdown ----------------------------------------------------------------------------------------

    /// <summary>Escapes text for Markdown inline content (a table cell, a heading, a list item): backslash-escapes
    /// the characters that could start markup, and turns line breaks into spaces.</summary>
    public static string EscapeMarkdown(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text!.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
                case '|': case '#': case '~': case '&': case '!': case '{': case '}':
                    sb.Append('\\').Append(c);
                    break;
                case '\r': case '\n': case '\t': case '\f': case '\v': case '\u2028': case '\u2029':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c < ' ' || c == '\u007f' ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string MdCell(string? text) => string.IsNullOrEmpty(text) ? "—" : EscapeMarkdown(text);

    private string MdLinks(IEnumerable<Evidence?> evidence)
    {
        var entries = _evidence.For(evidence);
        return entries.Count == 0 ? "—" : string.Join(", ", entries.Select(e => "[" + EscapeMarkdown(e.Label) + "](#" + e.Anchor + ")"));
    }

    private static void MdTable(TextWriter w, string[] headers, IEnumerable<string[]> rows)
    {
        w.Write("| " + string.Join(" | ", headers) + " |\n");
        w.Write("|" + string.Concat(headers.Select(_ => " --- |")) + "\n");
        foreach (var row in rows) w.Write("| " + string.Join(" | ", row) + " |\n");
        w.Write("\n");
    }

    /// <summary>Writes the report as Markdown.</summary>
    public void WriteMarkdown(TextWriter w)
    {
        w.Write("# " + EscapeMarkdown(_title) + "\n\n");
        w.Write(EscapeMarkdown(Summary()) + "\n\n");

        w.Write("## Articles\n\n");
        if (_model.Articles.Count == 0) w.Write("None.\n\n");
        else MdTable(w, new[] { "File", "Title" }, _model.Articles.Select(a => new[] { MdCell(a.File), MdCell(a.Title) }));

        w.Write("## Organisations\n\n");
        if (_model.Organizations.Count == 0) w.Write("None found.\n\n");
        foreach (var org in _model.Organizations)
        {
            w.Write("### " + EscapeMarkdown(OrganizationTitle(org)) + "\n\n");
            w.Write("Named in: " + MdLinks(org.Evidence) + "\n\n");
            if (org.Counts.Count > 0)
            {
                w.Write("**Stated counts**\n\n");
                MdTable(w, new[] { "Of", "Value", "Evidence" }, org.Counts.Select(c => new[]
                {
                    MdCell(KindTitle(c.Kind).ToLowerInvariant()), Num(c.Value), MdLinks(c.Evidence),
                }));
            }
            foreach (var kind in KindsInOrder)
            {
                var relations = org.Relations.Where(r => r.Kind == kind).ToList();
                if (relations.Count == 0) continue;
                w.Write("**" + EscapeMarkdown(KindTitle(kind)) + "** (" + StatedText(org, kind, relations.Count) + ")\n\n");
                if (kind == RelationKind.Joining)
                {
                    MdTable(w, new[] { "State", "ISO", "When", "Evidence" }, relations.Select(r => new[]
                    {
                        MdCell(r.Country), MdCell(r.Iso2), MdCell(string.Join(" / ", r.Whens)), MdLinks(r.Evidence),
                    }));
                }
                else
                {
                    MdTable(w, new[] { "State", "ISO", "Evidence" }, relations.Select(r => new[]
                    {
                        MdCell(r.Country), MdCell(r.Iso2), MdLinks(r.Evidence),
                    }));
                }
            }
        }

        w.Write("## People\n\n");
        if (_model.People.Count == 0) w.Write("None found.\n\n");
        else
        {
            MdTable(w, new[] { "Name", "Title", "Country", "Quotes", "Evidence" }, _model.People.Select(p => new[]
            {
                MdCell(p.Name), MdCell(p.Title), MdCell(p.Country), Num(QuotesBy(p.Name)), MdLinks(p.Evidence),
            }));
        }

        w.Write("## Quotes\n\n");
        if (_model.Quotes.Count == 0) w.Write("None found.\n\n");
        else
        {
            MdTable(w, new[] { "Speaker", "Kind", "Quote", "To", "Evidence" }, _model.Quotes.Select(q => new[]
            {
                MdCell(q.Speaker ?? "(unattributed)"),
                q.Kind == QuoteKind.Term ? "term" : "statement",
                "“" + EscapeMarkdown(q.Text) + "”",
                MdCell(q.Addressee),
                MdLinks(new[] { q.Evidence }),
            }));
        }

        w.Write("## Diagnostics\n\n");
        if (_diagnostics.Count == 0) w.Write("None.\n\n");
        else
        {
            MdTable(w, new[] { "Where", "Severity", "Id", "Message" }, _diagnostics.Select(d => new[]
            {
                MdCell(Location(d)),
                DiagnosticFormatter.SeverityWord(DiagnosticCatalog.SeverityOf(d.Id)),
                MdCell(d.Id),
                MdCell(DiagnosticFormatter.Message(d)),
            }));
        }

        w.Write("## Evidence\n\n");
        if (_evidence.Entries.Count == 0) w.Write("None.\n");
        foreach (var e in _evidence.Entries)
        {
            w.Write("- <a id=\"" + e.Anchor + "\"></a>**" + EscapeMarkdown(e.Label) + "**: " + EscapeMarkdown(e.Sentence) + "\n");
        }
        w.Flush();
    }

    // ----- HTML --------------------------------------------------------------------------------------------

    /// <summary>Escapes text for HTML content and attribute values: <c>&amp; &lt; &gt; &quot; &#39;</c>, and control
    /// characters (never valid in HTML text) as spaces.</summary>
    public static string EscapeHtml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text!.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t': case '\n': case '\r': sb.Append(c); break;
                default:
                    sb.Append(c < ' ' || (c >= '\u007f' && c < '\u00a0') ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string HtmlCell(string? text) => string.IsNullOrEmpty(text) ? "<span class=\"none\">—</span>" : EscapeHtml(text);

    private string HtmlLinks(IEnumerable<Evidence?> evidence)
    {
        var entries = _evidence.For(evidence);
        return entries.Count == 0
            ? "<span class=\"none\">—</span>"
            : string.Join(", ", entries.Select(e => "<a class=\"ev\" href=\"#" + e.Anchor + "\" title=\"" + EscapeHtml(e.Sentence) + "\">" + EscapeHtml(e.Label) + "</a>"));
    }

    private static void HtmlTable(TextWriter w, string caption, string[] headers, IEnumerable<string[]> rows)
    {
        w.Write("<table>\n");
        if (caption.Length > 0) w.Write("<caption>" + caption + "</caption>\n");
        w.Write("<thead><tr>" + string.Concat(headers.Select(h => "<th scope=\"col\">" + EscapeHtml(h) + "</th>")) + "</tr></thead>\n<tbody>\n");
        foreach (var row in rows) w.Write("<tr>" + string.Concat(row.Select(c => "<td>" + c + "</td>")) + "</tr>\n");
        w.Write("</tbody>\n</table>\n");
    }

    private const string Style = @"
:root { color-scheme: light; --line: #d0d7de; --head: #f3f5f8; --accent: #0b5cad; --muted: #6a737d; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, ""Segoe UI"", Roboto, ""Noto Sans"", ""DejaVu Sans"", sans-serif; color: #1f2328; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 24px 0 8px; }
p.summary { color: var(--muted); margin: 0 0 12px; }
nav > ul { margin: 4px 0 8px; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; }
nav ul ul { display: inline; margin: 0; padding: 0; list-style: none; }
nav ul ul li { display: inline; }
nav ul ul li::before { content: ' · '; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num { text-align: right; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
a.ev { white-space: nowrap; font-size: 13px; }
.none { color: var(--muted); }
.kind { font-size: 12px; padding: 1px 6px; border-radius: 8px; background: #eef2f7; }
q { font-style: italic; }
ol.evidence { padding-left: 0; list-style: none; }
ol.evidence li { padding: 3px 6px; border-left: 3px solid transparent; }
ol.evidence li:target { background: #fff8c5; border-left-color: #d4a72c; }
.where { font-family: ui-monospace, ""DejaVu Sans Mono"", monospace; font-size: 13px; }
";

    /// <summary>Writes the report as one HTML page.</summary>
    public void WriteHtml(TextWriter w)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<title>" + EscapeHtml(_title) + "</title>\n<style>" + Style.Replace("\r\n", "\n") + "</style>\n</head>\n<body>\n<main>\n");
        w.Write("<h1>" + EscapeHtml(_title) + "</h1>\n<p class=\"summary\">" + EscapeHtml(Summary()) + "</p>\n");

        w.Write("<nav aria-label=\"Contents\"><ul>\n<li><a href=\"#articles\">Articles</a></li>\n<li><a href=\"#organisations\">Organisations</a>");
        if (_model.Organizations.Count > 0)
        {
            w.Write("<ul>\n");
            for (var i = 0; i < _model.Organizations.Count; i++)
            {
                w.Write("<li><a href=\"#org-" + Num(i + 1) + "\">" + EscapeHtml(OrganizationTitle(_model.Organizations[i])) + "</a></li>\n");
            }
            w.Write("</ul>");
        }
        w.Write("</li>\n<li><a href=\"#people\">People</a></li>\n<li><a href=\"#quotes\">Quotes</a></li>\n");
        w.Write("<li><a href=\"#diagnostics\">Diagnostics</a></li>\n<li><a href=\"#evidence\">Evidence</a></li>\n</ul></nav>\n");

        w.Write("<section id=\"articles\">\n<h2>Articles</h2>\n");
        if (_model.Articles.Count == 0) w.Write("<p class=\"none\">None.</p>\n");
        else HtmlTable(w, "", new[] { "File", "Title" }, _model.Articles.Select(a => new[] { HtmlCell(a.File), HtmlCell(a.Title) }));
        w.Write("</section>\n");

        w.Write("<section id=\"organisations\">\n<h2>Organisations</h2>\n");
        if (_model.Organizations.Count == 0) w.Write("<p class=\"none\">None found.</p>\n");
        for (var i = 0; i < _model.Organizations.Count; i++)
        {
            var org = _model.Organizations[i];
            w.Write("<article id=\"org-" + Num(i + 1) + "\">\n<h3>" + EscapeHtml(OrganizationTitle(org)) + "</h3>\n");
            w.Write("<p>Named in: " + HtmlLinks(org.Evidence) + "</p>\n");
            if (org.Counts.Count > 0)
            {
                HtmlTable(w, "Stated counts", new[] { "Of", "Value", "Evidence" }, org.Counts.Select(c => new[]
                {
                    EscapeHtml(KindTitle(c.Kind).ToLowerInvariant()), Num(c.Value), HtmlLinks(c.Evidence),
                }));
            }
            foreach (var kind in KindsInOrder)
            {
                var relations = org.Relations.Where(r => r.Kind == kind).ToList();
                if (relations.Count == 0) continue;
                var caption = EscapeHtml(KindTitle(kind)) + " <span class=\"none\">(" + EscapeHtml(StatedText(org, kind, relations.Count)) + ")</span>";
                if (kind == RelationKind.Joining)
                {
                    HtmlTable(w, caption, new[] { "State", "ISO", "When", "Evidence" }, relations.Select(r => new[]
                    {
                        HtmlCell(r.Country), HtmlCell(r.Iso2), HtmlCell(string.Join(" / ", r.Whens)), HtmlLinks(r.Evidence),
                    }));
                }
                else
                {
                    HtmlTable(w, caption, new[] { "State", "ISO", "Evidence" }, relations.Select(r => new[]
                    {
                        HtmlCell(r.Country), HtmlCell(r.Iso2), HtmlLinks(r.Evidence),
                    }));
                }
            }
            w.Write("</article>\n");
        }
        w.Write("</section>\n");

        w.Write("<section id=\"people\">\n<h2>People</h2>\n");
        if (_model.People.Count == 0) w.Write("<p class=\"none\">None found.</p>\n");
        else
        {
            HtmlTable(w, "", new[] { "Name", "Title", "Country", "Quotes", "Evidence" }, _model.People.Select(p => new[]
            {
                HtmlCell(p.Name), HtmlCell(p.Title), HtmlCell(p.Country), Num(QuotesBy(p.Name)), HtmlLinks(p.Evidence),
            }));
        }
        w.Write("</section>\n");

        w.Write("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
        if (_model.Quotes.Count == 0) w.Write("<p class=\"none\">None found.</p>\n");
        else
        {
            HtmlTable(w, "", new[] { "Speaker", "Kind", "Quote", "To", "Evidence" }, _model.Quotes.Select(q => new[]
            {
                q.Speaker is null ? "<span class=\"none\">(unattributed)</span>" : EscapeHtml(q.Speaker),
                "<span class=\"kind\">" + (q.Kind == QuoteKind.Term ? "term" : "statement") + "</span>",
                "<q>" + EscapeHtml(q.Text) + "</q>",
                HtmlCell(q.Addressee),
                HtmlLinks(new[] { q.Evidence }),
            }));
        }
        w.Write("</section>\n");

        w.Write("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n");
        if (_diagnostics.Count == 0) w.Write("<p class=\"none\">None.</p>\n");
        else
        {
            HtmlTable(w, "", new[] { "Where", "Severity", "Id", "Message" }, _diagnostics.Select(d => new[]
            {
                "<span class=\"where\">" + EscapeHtml(Location(d)) + "</span>",
                EscapeHtml(DiagnosticFormatter.SeverityWord(DiagnosticCatalog.SeverityOf(d.Id))),
                HtmlCell(d.Id),
                HtmlCell(DiagnosticFormatter.Message(d)),
            }));
        }
        w.Write("</section>\n");

        w.Write("<section id=\"evidence\">\n<h2>Evidence</h2>\n");
        if (_evidence.Entries.Count == 0) w.Write("<p class=\"none\">None.</p>\n");
        else
        {
            w.Write("<ol class=\"evidence\">\n");
            foreach (var e in _evidence.Entries)
            {
                w.Write("<li id=\"" + e.Anchor + "\"><span class=\"where\">" + EscapeHtml(e.Label) + "</span>: " + EscapeHtml(e.Sentence) + "</li>\n");
            }
            w.Write("</ol>\n");
        }
        w.Write("</section>\n</main>\n</body>\n</html>\n");
        w.Flush();
    }
}
