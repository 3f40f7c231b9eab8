using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsFacts.Merge;
using NewsFacts.Model;

namespace NewsFacts.Cli;

/// <summary>
/// Writes the facts JSON of shared/facts-schema.md (camelCase): <c>articles</c>, <c>organizations</c>,
/// <c>people</c>, <c>quotes</c>, with extra fields beside them (<c>evidence</c>, <c>relations</c>, <c>counts</c>,
/// <c>countries</c>, <c>diagnostics</c>, <c>statistics</c>). Deterministic: the same model gives the same bytes
/// (LF line ends, non-ASCII kept readable).
/// </summary>
public static class FactsJson
{
    /// <summary>Writes the JSON of a model and its diagnostics (the model's own when null) to a stream, as UTF-8 without BOM.</summary>
    public static void Write(Stream stream, FactsModel model, IReadOnlyList<ArticleDiagnostic>? diagnostics = null, bool indented = true)
    {
        var options = new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        using var writer = new Utf8JsonWriter(stream, options);
        Write(writer, model, diagnostics ?? model.Diagnostics.ToArray());
        writer.Flush();
    }

    /// <summary>The JSON of a model and its diagnostics (the model's own when null), without a final line break.</summary>
    public static string ToJson(FactsModel model, IReadOnlyList<ArticleDiagnostic>? diagnostics = null, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, model, diagnostics, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON object with a writer the caller owns.</summary>
    public static void Write(Utf8JsonWriter writer, FactsModel model, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        writer.WriteStartObject();

        writer.WriteStartArray("articles");
        foreach (var article in model.Articles)
        {
            writer.WriteStartObject();
            writer.WriteString("file", article.File);
            WriteStringOrNull(writer, "title", article.Title);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("organizations");
        foreach (var org in model.Organizations) WriteOrganization(writer, org);
        writer.WriteEndArray();

        writer.WriteStartArray("people");
        foreach (var person in model.People)
        {
            writer.WriteStartObject();
            writer.WriteString("name", person.Name);
            WriteStringOrNull(writer, "title", person.Title);
            WriteStringOrNull(writer, "country", person.Country);
            WriteEvidenceArray(writer, "evidence", person.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var quote in model.Quotes) WriteQuote(writer, quote);
        writer.WriteEndArray();

        writer.WriteStartArray("countries");
        foreach (var country in model.Countries)
        {
            writer.WriteStartObject();
            writer.WriteString("name", country.Name);
            writer.WriteString("iso2", country.Iso2);
            WriteStrings(writer, "asWritten", country.AsWritten);
            WriteEvidenceArray(writer, "evidence", country.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics) WriteDiagnostic(writer, diagnostic);
        writer.WriteEndArray();

        WriteStatistics(writer, model, diagnostics);

        writer.WriteEndObject();
    }

    /// <summary>The camelCase name of a relation kind ("member", "dialoguePartner", "observer", "nonMember", "joining").</summary>
    public static string KindName(RelationKind kind) => kind switch
    {
        RelationKind.Member => "member",
        RelationKind.DialoguePartner => "dialoguePartner",
        RelationKind.Observer => "observer",
        RelationKind.NonMember => "nonMember",
        RelationKind.Joining => "joining",
        _ => kind.ToString(),
    };

    /// <summary>
    /// The count written as <c>memberCount</c>/<c>partnerCount</c>/<c>observerCount</c>: the value stated
    /// most often, the earliest stated on a tie; null when none is stated.
    /// </summary>
    public static int? ChosenCount(MergedOrganization org, RelationKind kind)
    {
        MergedCount? best = null;
        foreach (var count in org.Counts)
        {
            if (count.Kind != kind) continue;
            if (best is null || count.Evidence.Count > best.Evidence.Count
                || (count.Evidence.Count == best.Evidence.Count && FactsMerger.CompareEvidence(First(count.Evidence), First(best.Evidence)) < 0))
            {
                best = count;
            }
        }
        return best?.Value;
    }

    private static Evidence? First(EquatableArray<Evidence> evidence) => evidence.Count == 0 ? null : evidence[0];

    private static void WriteOrganization(Utf8JsonWriter writer, MergedOrganization org)
    {
        writer.WriteStartObject();
        writer.WriteString("name", org.Name);
        WriteStringOrNull(writer, "acronym", org.Acronym);
        WriteCountries(writer, "members", org, RelationKind.Member);
        WriteIntOrNull(writer, "memberCount", ChosenCount(org, RelationKind.Member));
        WriteCountries(writer, "partners", org, RelationKind.DialoguePartner);
        WriteIntOrNull(writer, "partnerCount", ChosenCount(org, RelationKind.DialoguePartner));
        WriteCountries(writer, "observers", org, RelationKind.Observer);
        WriteCountries(writer, "nonMembers", org, RelationKind.NonMember);

        writer.WriteStartArray("joining");
        foreach (var relation in org.Relations.Where(r => r.Kind == RelationKind.Joining))
        {
            writer.WriteStartObject();
            writer.WriteString("country", relation.Country);
            WriteStringOrNull(writer, "when", relation.Whens.Count == 0 ? null : relation.Whens[0]);
            WriteStrings(writer, "whens", relation.Whens);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        // Extra fields.
        writer.WriteString("key", org.Key);
        WriteIntOrNull(writer, "observerCount", ChosenCount(org, RelationKind.Observer));

        writer.WriteStartArray("relations");
        foreach (var relation in org.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindName(relation.Kind));
            writer.WriteString("country", relation.Country);
            writer.WriteString("iso2", relation.Iso2);
            WriteStrings(writer, "whens", relation.Whens);
            WriteEvidenceArray(writer, "evidence", relation.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("counts");
        foreach (var count in org.Counts)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindName(count.Kind));
            writer.WriteNumber("value", count.Value);
            WriteEvidenceArray(writer, "evidence", count.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        WriteEvidenceArray(writer, "evidence", org.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, QuoteFacts quote)
    {
        var evidence = quote.Evidence;
        writer.WriteStartObject();
        WriteStringOrNull(writer, "speaker", quote.Speaker);
        writer.WriteString("text", quote.Text ?? "");
        writer.WriteString("file", evidence?.File ?? "");
        writer.WriteNumber("line", evidence?.Line ?? 0);
        writer.WriteString("kind", quote.Kind == QuoteKind.Term ? "term" : "statement");
        WriteStringOrNull(writer, "addressee", quote.Addressee);
        writer.WriteNumber("column", evidence?.Column ?? 0);
        writer.WriteString("speakerKind", quote.SpeakerKind switch
        {
            SpeakerKind.Person => "person",
            SpeakerKind.Body => "body",
            _ => "none",
        });
        WriteStringOrNull(writer, "sieve", quote.Sieve);
        writer.WriteBoolean("repaired", quote.Repaired);
        if (evidence is null)
        {
            writer.WriteNull("evidence");
        }
        else
        {
            writer.WritePropertyName("evidence");
            WriteEvidence(writer, evidence);
        }
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, ArticleDiagnostic diagnostic)
    {
        var path = diagnostic.Path ?? "";
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id ?? "");
        writer.WriteString("severity", DiagnosticFormatter.SeverityWord(DiagnosticCatalog.SeverityOf(diagnostic.Id)));
        writer.WriteString("file", FileName(path));
        writer.WriteNumber("line", diagnostic.Line + 1);
        writer.WriteNumber("column", diagnostic.Column + 1);
        writer.WriteString("message", DiagnosticFormatter.Message(diagnostic));
        writer.WriteString("path", path);
        writer.WriteNumber("endLine", diagnostic.EndLine + 1);
        writer.WriteNumber("endColumn", diagnostic.EndColumn + 1);
        WriteStrings(writer, "args", diagnostic.Args);
        writer.WriteEndObject();
    }

    private static void WriteStatistics(Utf8JsonWriter writer, FactsModel model, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        int Count(FactsDiagnosticSeverity severity) => diagnostics.Count(d => DiagnosticCatalog.SeverityOf(d.Id) == severity);

        writer.WriteStartObject("statistics");
        writer.WriteNumber("articles", model.Articles.Count);
        writer.WriteNumber("organizations", model.Organizations.Count);
        writer.WriteNumber("relations", model.Organizations.Sum(o => o.Relations.Count));
        writer.WriteNumber("countries", model.Countries.Count);
        writer.WriteNumber("people", model.People.Count);
        writer.WriteNumber("quotes", model.Quotes.Count);
        writer.WriteNumber("statements", model.Quotes.Count(q => q.Kind == QuoteKind.Statement));
        writer.WriteNumber("terms", model.Quotes.Count(q => q.Kind == QuoteKind.Term));
        writer.WriteNumber("attributed", model.Quotes.Count(q => q.Kind == QuoteKind.Statement && !string.IsNullOrEmpty(q.Speaker)));
        writer.WriteNumber("diagnostics", diagnostics.Count);
        writer.WriteNumber("errors", Count(FactsDiagnosticSeverity.Error));
        writer.WriteNumber("warnings", Count(FactsDiagnosticSeverity.Warning));
        writer.WriteNumber("infos", Count(FactsDiagnosticSeverity.Info));
        writer.WriteEndObject();
    }

    private static void WriteCountries(Utf8JsonWriter writer, string name, MergedOrganization org, RelationKind kind)
    {
        writer.WriteStartArray(name);
        foreach (var relation in org.Relations)
        {
            if (relation.Kind == kind) writer.WriteStringValue(relation.Country);
        }
        writer.WriteEndArray();
    }

    private static void WriteEvidenceArray(Utf8JsonWriter writer, string name, EquatableArray<Evidence> evidence)
    {
        writer.WriteStartArray(name);
        foreach (var item in evidence)
        {
            if (item is null) writer.WriteNullValue();
            else WriteEvidence(writer, item);
        }
        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("file", evidence.File ?? "");
        writer.WriteNumber("line", evidence.Line);
        writer.WriteNumber("column", evidence.Column);
        writer.WriteString("sentence", evidence.Sentence ?? "");
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, EquatableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteIntOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
