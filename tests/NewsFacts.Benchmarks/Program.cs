using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet's command line: --filter, --list...), then prints the targets
/// of docs/performance.md against the figures of this run and writes them to
/// artifacts/benchmarks/targets.md. <c>--quick</c> runs the short job.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "--write-corpus")
        {
            return WriteCorpus(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
        }

        if (args.Length == 1 && args[0] == "--counts")
        {
            Console.WriteLine(IncrementalCounts.Measure());
            return 0;
        }

        if (args.Length == 1 && args[0] == "--compile-split")
        {
            // Where the consumer's compile of the generated code goes: parse, declarations, bodies, emit.
            foreach (var (name, sources) in new[] { ("pass-through", ConsumerOutputs.PassThrough), ("NewsFacts", ConsumerOutputs.NewsFacts) })
            {
                for (var round = 0; round < 3; round++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    var trees = sources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s.Text, GeneratorSetup.ParseOptions, s.HintName, System.Text.Encoding.UTF8)).ToList();
                    foreach (var tree in trees)
                    {
                        tree.GetRoot();
                    }

                    var parse = watch.Elapsed;
                    var compilation = GeneratorSetup.CreateCompilation(trees);
                    compilation.GetDeclarationDiagnostics();
                    var declarations = watch.Elapsed;
                    compilation.GetMethodBodyDiagnostics();
                    var bodies = watch.Elapsed;
                    using var stream = new System.IO.MemoryStream();
                    compilation.Emit(stream);
                    var emit = watch.Elapsed;
                    Console.WriteLine(string.Format(
                        System.Globalization.CultureInfo.InvariantCulture,
                        "{0}: parse {1:F0} ms, declarations {2:F0} ms, bodies {3:F0} ms, emit {4:F0} ms",
                        name,
                        parse.TotalMilliseconds,
                        (declarations - parse).TotalMilliseconds,
                        (bodies - declarations).TotalMilliseconds,
                        (emit - bodies).TotalMilliseconds));
                }
            }

            return 0;
        }

        if (args.Length >= 1 && args[0] == "--repeat-edit")
        {
            // For a profiler: the OneArticleEdited operation N times (default 200), nothing else after setup.
            var benchmarks = new IncrementalBenchmarks();
            benchmarks.Setup();
            var times = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < times; i++)
            {
                benchmarks.OneArticleEdited();
            }

            Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:F1} ms per edit", watch.Elapsed.TotalMilliseconds / times));
            return 0;
        }

        if (args.Length >= 1 && args[0] == "--edit-stages")
        {
            return StageTimes.RunEdit(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Categories.GeneratorArticles);
        }

        if (args.Length >= 1 && args[0] == "--stages")
        {
            return StageTimes.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Categories.GeneratorArticles,
                args.Length > 2 ? args[2] : null);
        }

        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Create(quick)).ToList();
        if (summaries.Count == 0 || summaries.All(s => s.Reports.IsEmpty))
        {
            return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
        }

        Console.WriteLine();
        Console.WriteLine("Counting the incremental runs' work (tracked steps)...");
        var counts = IncrementalCounts.Measure();
        var report = TargetsReport.Create(summaries, counts, quick);
        Directory.CreateDirectory(BenchmarkConfig.ArtifactsPath);
        var path = Path.Combine(BenchmarkConfig.ArtifactsPath, "targets.md");
        File.WriteAllText(path, report);
        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine("Written to " + path);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    /// <summary><c>--write-corpus N DIR</c>: writes the first N articles of the corpus to DIR (to read them, or to run the CLI on them).</summary>
    private static int WriteCorpus(int count, string directory)
    {
        var corpus = Corpus.CorpusBuilder.Build(count);
        foreach (var article in corpus)
        {
            var path = Path.Combine(directory, article.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, article.Text);
        }

        Console.WriteLine("Wrote " + corpus.Count + " articles (" + Corpus.CorpusBuilder.Utf8Bytes(corpus) + " bytes) to " + directory);
        return 0;
    }
}
