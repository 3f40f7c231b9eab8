using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsFacts.Merge;
using NewsFacts.Model;

namespace NewsFacts.Cli;

/// <summary>Formats diagnostics the way the C# compiler prints them: <c>path(line,col): warning NF0001: message</c>.</summary>
public static class DiagnosticFormatter
{
    /// <summary>The severity word the compiler uses ("error", "warning", "info", "hidden").</summary>
    public static string SeverityWord(FactsDiagnosticSeverity severity) => severity switch
    {
        FactsDiagnosticSeverity.Error => "error",
        FactsDiagnosticSeverity.Warning => "warning",
        FactsDiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The message of a diagnostic, in the catalogue's wording.</summary>
    public static string Message(ArticleDiagnostic diagnostic) => DiagnosticCatalog.FormatMessage(diagnostic.Id, diagnostic.Args.ToArray());

    /// <summary>One line: the path, the 1-based line and column, the severity, the id and the message.</summary>
    public static string Format(ArticleDiagnostic diagnostic)
        => string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            diagnostic.Path ?? "",
            diagnostic.Line + 1,
            diagnostic.Column + 1,
            SeverityWord(DiagnosticCatalog.SeverityOf(diagnostic.Id)),
            diagnostic.Id,
            Message(diagnostic));

    /// <summary>Writes one line per diagnostic (LF line ends) and tells whether any has error severity.</summary>
    public static bool Write(TextWriter writer, IEnumerable<ArticleDiagnostic> diagnostics)
    {
        var anyError = false;
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(Format(diagnostic));
            writer.Write('\n');
            anyError |= DiagnosticCatalog.SeverityOf(diagnostic.Id) == FactsDiagnosticSeverity.Error;
        }
        return anyError;
    }
}
