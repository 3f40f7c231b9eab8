using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;
using System.Threading;
using NewsFacts.Cli.Report;

namespace NewsFacts.Cli;

/// <summary>
/// The <c>newsfacts</c> command line: <c>extract FILE... [--output FILE] [--indent|--compact]</c> prints the facts
/// JSON; <c>check FILE...</c> prints the diagnostics as the compiler does; <c>report FILE... [--format markdown|html]
/// [--output FILE] [--title TEXT]</c> prints a fact sheet (<see cref="ReportWriter"/>). Exit codes: 0 success, 1 when
/// <c>check</c> finds an error-severity diagnostic, 2 for usage errors and files that cannot be read.
/// </summary>
public static class NewsFactsCommand
{
    public const int ExitSuccess = 0;
    public const int ExitErrorDiagnostics = 1;
    public const int ExitUsage = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command line with the given writers (the console's in <c>Main</c>, strings in tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = Build(stdout, stderr, cancellationToken);
        var parse = root.Parse(args ?? Array.Empty<string>());
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                stderr.Write("newsfacts: error: " + error.Message + "\n");
            }
            stderr.Write("Run 'newsfacts --help' for usage.\n");
            return ExitUsage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Builds the root command; its actions write to the given writers.</summary>
    public static RootCommand Build(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Reads news articles and prints the facts they state: organisations and their member states, people, quotes.");

        var extractFiles = FilesArgument();
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of the standard output." };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (the default)." };
        var compact = new Option<bool>("--compact") { Description = "Write the JSON on one line." };
        var extract = new Command("extract", "Print the facts of the articles as one JSON object.") { extractFiles, output, indent, compact };
        extract.SetAction(parse =>
        {
            var files = parse.GetValue(extractFiles) ?? Array.Empty<string>();
            var indented = parse.GetValue(indent);
            var isCompact = parse.GetValue(compact);
            if (indented && isCompact)
            {
                stderr.Write("newsfacts: error: --indent and --compact cannot be used together.\n");
                return ExitUsage;
            }
            return Extract(files, parse.GetValue(output), !isCompact, stdout, stderr, cancellationToken);
        });

        var checkFiles = FilesArgument();
        var check = new Command("check", "Print the diagnostics of the articles (path(line,col): severity id: message); exit code 1 on any error.") { checkFiles };
        check.SetAction(parse => Check(parse.GetValue(checkFiles) ?? Array.Empty<string>(), stdout, stderr, cancellationToken));

        var reportFiles = FilesArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report's format: markdown (the default) or html (one self-contained page).",
            DefaultValueFactory = _ => "markdown",
            HelpName = "markdown|html",
        };
        format.AcceptOnlyFromAmong("markdown", "html");
        var reportOutput = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the standard output." };
        var title = new Option<string?>("--title") { Description = "The report's title (default: \"" + ReportWriter.DefaultTitle + "\")." };
        var report = new Command("report", "Print a fact sheet of the articles: organisations and their states, people and quotes as tables, each fact linked to its evidence sentence.")
        {
            reportFiles, format, reportOutput, title,
        };
        report.SetAction(parse => Report(
            parse.GetValue(reportFiles) ?? Array.Empty<string>(),
            parse.GetValue(format) == "html" ? ReportFormat.Html : ReportFormat.Markdown,
            parse.GetValue(reportOutput),
            parse.GetValue(title),
            stdout,
            stderr,
            cancellationToken));

        root.Add(extract);
        root.Add(check);
        root.Add(report);
        return root;
    }

    /// <summary>The <c>extract</c> command.</summary>
    public static int Extract(IReadOnlyList<string> files, string? outputPath, bool indented, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!CheckFiles(files, stderr)) return ExitUsage;

        FactsResult result;
        try
        {
            result = FactsPipeline.Run(files, cancellationToken);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            stderr.Write("newsfacts: error: " + e.Message + "\n");
            return ExitUsage;
        }

        var json = FactsJson.ToJson(result.Model, result.Diagnostics, indented) + "\n";
        return WriteOutput(json, outputPath, stdout, stderr);
    }

    /// <summary>The <c>check</c> command.</summary>
    public static int Check(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!CheckFiles(files, stderr)) return ExitUsage;

        FactsResult result;
        try
        {
            result = FactsPipeline.Run(files, cancellationToken);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            stderr.Write("newsfacts: error: " + e.Message + "\n");
            return ExitUsage;
        }

        var anyError = DiagnosticFormatter.Write(stdout, result.Diagnostics);
        stdout.Flush();
        return anyError ? ExitErrorDiagnostics : ExitSuccess;
    }

    /// <summary>The <c>report</c> command.</summary>
    public static int Report(IReadOnlyList<string> files, ReportFormat format, string? outputPath, string? title, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!CheckFiles(files, stderr)) return ExitUsage;

        FactsResult result;
        try
        {
            result = FactsPipeline.Run(files, cancellationToken);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            stderr.Write("newsfacts: error: " + e.Message + "\n");
            return ExitUsage;
        }

        var text = new ReportWriter(result.Model, result.Diagnostics, title).ToString(format);
        return WriteOutput(text, outputPath, stdout, stderr);
    }

    /// <summary>Writes text to a file (UTF-8 without BOM) or, without a path, to the standard output.</summary>
    private static int WriteOutput(string text, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(outputPath))
        {
            stdout.Write(text);
            stdout.Flush();
            return ExitSuccess;
        }

        try
        {
            File.WriteAllText(outputPath, text, Utf8NoBom);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            stderr.Write("newsfacts: error: cannot write '" + outputPath + "': " + e.Message + "\n");
            return ExitUsage;
        }
        return ExitSuccess;
    }

    private static Argument<string[]> FilesArgument() => new("FILE")
    {
        Description = "The article files (.txt).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Reports every file that does not exist or is a directory; true when all can be read.</summary>
    private static bool CheckFiles(IReadOnlyList<string> files, TextWriter stderr)
    {
        var ok = true;
        foreach (var file in files)
        {
            if (File.Exists(file)) continue;
            ok = false;
            stderr.Write(Directory.Exists(file)
                ? "newsfacts: error: '" + file + "' is a directory, not an article file.\n"
                : "newsfacts: error: file not found: '" + file + "'.\n");
        }
        return ok;
    }
}
