using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsFacts.Model;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Compares what the extractor read from one article with hand-written expected facts (the JSON of
/// <c>shared/facts-schema.md</c>, one article per file) and counts true/false positives per kind of fact.
/// </summary>
internal sealed class FactsScorer
{
    private readonly Dictionary<string, int[]> _totals = new(StringComparer.Ordinal);

    public List<string> Differences { get; } = new();

    public static string TestsDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(TestsDirectory(), "..", ".."));

    public (int Tp, int Fp, int Fn) this[string category] =>
        _totals.TryGetValue(category, out var a) ? (a[0], a[1], a[2]) : (0, 0, 0);

    public double Precision(string category)
    {
        var (tp, fp, _) = this[category];
        return tp + fp == 0 ? 1 : (double)tp / (tp + fp);
    }

    public double Recall(string category)
    {
        var (tp, _, fn) = this[category];
        return tp + fn == 0 ? 1 : (double)tp / (tp + fn);
    }

    public IEnumerable<string> Categories => _totals.Keys;

    private void Add(string category, int tp, int fp, int fn)
    {
        if (!_totals.TryGetValue(category, out var a)) _totals[category] = a = new int[3];
        a[0] += tp;
        a[1] += fp;
        a[2] += fn;
    }

    private void Set<T>(string category, string article, HashSet<T> expected, HashSet<T> actual)
    {
        Add(category, expected.Intersect(actual).Count(), actual.Except(expected).Count(), expected.Except(actual).Count());
        foreach (var x in actual.Except(expected)) Differences.Add($"{article}: {category} unexpected {x}");
        foreach (var x in expected.Except(actual)) Differences.Add($"{article}: {category} missing {x}");
    }

    private void Agree(string category, string article, string what, string? expected, string? actual)
    {
        var ok = string.Equals(expected ?? string.Empty, actual ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Add(category, ok ? 1 : 0, ok ? 0 : 1, 0);
        if (!ok) Differences.Add($"{article}: {category} {what}: expected '{expected}', got '{actual}'");
    }

    public static string Fold(string? s)
    {
        s = (s ?? string.Empty).Normalize(NormalizationForm.FormD).ToLowerInvariant()
            .Replace("organisation", "organization").Replace("co-operation", "cooperation");
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s.Substring(4);
        // "Opec-plus" is "OPEC+" written out.
        if (s.EndsWith("-plus", StringComparison.Ordinal)) s = s.Substring(0, s.Length - 5) + "+";
        var sb = new StringBuilder();
        foreach (var c in s) if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '+') sb.Append(c);
        return sb.ToString();
    }

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "") : Array.Empty<string>();

    private static string OrgKey(string name, string? acronym) => Fold(acronym).Length > 0 ? Fold(acronym) : Fold(name);

    /// <summary>Scores one article's facts against its expected JSON.</summary>
    public void Score(ArticleFacts actual, string expectedJson)
    {
        using var doc = JsonDocument.Parse(expectedJson);
        var root = doc.RootElement;
        var article = actual.File;

        // Organisations are matched by acronym or folded name.
        var expectedOrgs = root.GetProperty("organizations").EnumerateArray().ToList();
        string KeyOf(OrganizationFacts o)
        {
            foreach (var e in expectedOrgs)
            {
                var en = Str(e, "name") ?? "";
                var ea = Str(e, "acronym");
                if (OrgKey(en, ea) == OrgKey(o.Name, o.Acronym) || Fold(en) == Fold(o.Name)
                    || ea is not null && o.Acronym is not null && Fold(ea) == Fold(o.Acronym)
                    || ea is not null && Fold(ea) == Fold(o.Name) || o.Acronym is not null && Fold(o.Acronym) == Fold(en))
                {
                    return OrgKey(en, ea);
                }
            }
            return "?" + OrgKey(o.Name, o.Acronym);
        }

        var eRel = new HashSet<string>();
        var eCount = new HashSet<string>();
        var eWhen = new Dictionary<string, string?>();
        foreach (var o in expectedOrgs)
        {
            var k = OrgKey(Str(o, "name") ?? "", Str(o, "acronym"));
            foreach (var c in Strings(o, "members")) eRel.Add($"{k} member {c}");
            foreach (var c in Strings(o, "partners")) eRel.Add($"{k} partner {c}");
            foreach (var c in Strings(o, "observers")) eRel.Add($"{k} observer {c}");
            foreach (var c in Strings(o, "nonMembers")) eRel.Add($"{k} non-member {c}");
            foreach (var j in o.GetProperty("joining").EnumerateArray())
            {
                eRel.Add($"{k} joining {Str(j, "country")}");
                eWhen[$"{k} {Str(j, "country")}"] = Str(j, "when");
            }
            if (Int(o, "memberCount") is { } mc) eCount.Add($"{k} members {mc}");
            if (Int(o, "partnerCount") is { } pc) eCount.Add($"{k} partners {pc}");
        }

        var aRel = new HashSet<string>();
        var aCount = new HashSet<string>();
        var aWhen = new Dictionary<string, string?>();
        foreach (var o in actual.Organizations)
        {
            var k = KeyOf(o);
            foreach (var r in o.Relations)
            {
                var kind = r.Kind switch
                {
                    RelationKind.Member => "member",
                    RelationKind.DialoguePartner => "partner",
                    RelationKind.Observer => "observer",
                    RelationKind.NonMember => "non-member",
                    _ => "joining",
                };
                aRel.Add($"{k} {kind} {r.Country}");
                if (r.Kind == RelationKind.Joining && !aWhen.ContainsKey($"{k} {r.Country}") || r.When is not null) aWhen[$"{k} {r.Country}"] = r.When ?? (aWhen.TryGetValue($"{k} {r.Country}", out var w0) ? w0 : null);
            }
            var member = o.Counts.FirstOrDefault(c => c.Kind == RelationKind.Member);
            if (member is not null) aCount.Add($"{k} members {member.Value}");
            var partner = o.Counts.FirstOrDefault(c => c.Kind == RelationKind.DialoguePartner);
            if (partner is not null) aCount.Add($"{k} partners {partner.Value}");
        }
        Set("relations", article, eRel, aRel);
        Set("counts", article, eCount, aCount);
        foreach (var kv in eWhen)
        {
            if (aWhen.TryGetValue(kv.Key, out var got)) Agree("when", article, kv.Key, kv.Value, got);
        }

        // People by full name; title and country compared where both find the person.
        var ePeople = root.GetProperty("people").EnumerateArray().ToDictionary(p => Str(p, "name") ?? "", p => p);
        var aPeople = actual.People.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        Set("people", article, new HashSet<string>(ePeople.Keys), new HashSet<string>(aPeople.Keys));
        foreach (var name in ePeople.Keys.Intersect(aPeople.Keys))
        {
            Agree("person title", article, name, Str(ePeople[name], "title"), aPeople[name].Title);
            Agree("person country", article, name, Str(ePeople[name], "country"), aPeople[name].Country);
        }

        // Quotes by (line, text); kind, speaker and addressee compared on the quotes both find.
        var eQuotes = new Dictionary<string, JsonElement>();
        foreach (var q in root.GetProperty("quotes").EnumerateArray()) eQuotes[$"L{Int(q, "line")} {Normalize(Str(q, "text") ?? "")}"] = q;
        var aQuotes = new Dictionary<string, QuoteFacts>();
        foreach (var q in actual.Quotes) aQuotes[$"L{q.Evidence.Line} {Normalize(q.Text)}"] = q;
        Set("quotes", article, new HashSet<string>(eQuotes.Keys), new HashSet<string>(aQuotes.Keys));
        foreach (var key in eQuotes.Keys.Intersect(aQuotes.Keys))
        {
            var e = eQuotes[key];
            var a = aQuotes[key];
            var eKind = Str(e, "kind");
            var aKind = a.Kind == QuoteKind.Term ? "term" : "statement";
            var shortKey = key.Length > 60 ? key.Substring(0, 60) : key;
            Agree("quote kind", article, shortKey, eKind, aKind);
            Agree(eKind == "term" ? "term speaker" : "statement speaker", article, shortKey, Str(e, "speaker"), a.Speaker);
            if (Str(e, "addressee") is not null || a.Addressee is not null) Agree("addressee", article, shortKey, Str(e, "addressee"), a.Addressee);
        }

        var title = root.GetProperty("articles")[0];
        Agree("title", article, "title", Str(title, "title"), actual.Title);
    }

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| facts | tp | fp | fn | precision | recall |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var c in Categories.OrderBy(c => c, StringComparer.Ordinal))
        {
            var (tp, fp, fn) = this[c];
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3} | {4:0.000} | {5:0.000} |", c, tp, fp, fn, Precision(c), Recall(c)));
        }
        return sb.ToString();
    }
}
