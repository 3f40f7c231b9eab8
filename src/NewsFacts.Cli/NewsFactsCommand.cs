using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;
using System.Threading;

namespace NewsFacts.Cli;

/// <summary>
/// The <c>newsfacts</c> command line: <c>extract FILE... [--output FILE] [--indent|--compact]</c> prints the facts
/// JSON; <c>check FILE...</c> prints the diagnostics as the compiler does. Exit codes: 0 success, 1 when
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

        root.Add(extract);
        root.Add(check);
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
        if (string.IsNullOrEmpty(outputPath))
        {
            stdout.Write(json);
            stdout.Flush();
            return ExitSuccess;
        }

        try
        {
            File.WriteAllText(outputPath, json, Utf8NoBom);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            stderr.Write("newsfacts: error: cannot write '" + outputPath + "': " + e.Message + "\n");
            return ExitUsage;
        }
        return ExitSuccess;
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
