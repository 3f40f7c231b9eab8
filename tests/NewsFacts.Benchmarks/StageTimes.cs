using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Benchmarks.Corpus;
using NewsFacts.Model;

namespace NewsFacts.Benchmarks;

/// <summary>
/// <c>--stages [N [DIR]]</c>: a rough, single-shot split of one full run over N articles (default 1,000) into
/// its stages (extract, merge, emit, parse the output), with a Stopwatch: to see where the time
/// goes before reaching for a profiler. With DIR, the generated files are written there. Not a benchmark: no warm-up beyond one run, no statistics.
/// </summary>
public static class StageTimes
{
    public static int Run(int articles, string? outputDirectory = null)
    {
        var corpus = BenchCorpus.Get(articles);
        for (var round = 0; round < 6; round++)
        {
            var watch = Stopwatch.StartNew();
            var facts = corpus.Select(a => NewsFactsGenerator.Extract(new ArticleInput(a.Path, null, a.Text), CancellationToken.None)).ToImmutableArray();
            var extract = watch.Elapsed;

            watch.Restart();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var model = NewsFactsGenerator.MergeAll(facts, CancellationToken.None);
            var merge = watch.Elapsed;
            var a1 = GC.GetAllocatedBytesForCurrentThread();

            watch.Restart();
            var plan = NewsFactsGenerator.PlanAll(model with { Diagnostics = EquatableArray<ArticleDiagnostic>.Empty }, GeneratorOptions.Default, CancellationToken.None);
            var planned = watch.Elapsed;
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            var emitted = new NewsFacts.Emission.EmitResult(plan.Units.Select(u => NewsFactsGenerator.WriteUnit(u, CancellationToken.None)).ToEquatableArray(), plan.Diagnostics);
            var emit = watch.Elapsed - planned;
            Console.WriteLine("allocated: merge " + ((a1 - a0) >> 20) + " MB, plan " + ((a2 - a1) >> 20) + " MB, write " + ((GC.GetAllocatedBytesForCurrentThread() - a2) >> 20) + " MB");

            watch.Restart();
            var trees = emitted.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorSetup.ParseOptions, f.HintName)).ToList();
            foreach (var tree in trees)
            {
                tree.GetRoot();
            }

            var parse = watch.Elapsed;
            var size = emitted.Files.Sum(f => (long)f.Text.Length);
            if (outputDirectory is not null)
            {
                System.IO.Directory.CreateDirectory(outputDirectory);
                foreach (var file in emitted.Files)
                {
                    System.IO.File.WriteAllText(System.IO.Path.Combine(outputDirectory, file.HintName), file.Text);
                }
            }

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "round {0}: {1:N0} articles: extract {2:F0} ms, merge {3:F0} ms, plan {13:F0} ms, write {4:F0} ms ({5:N0} chars in {6} files: {7}), parse {8:F0} ms; model: {9} organisations, {10} countries, {11} people, {12} quotes",
                round + 1, articles, extract.TotalMilliseconds, merge.TotalMilliseconds, emit.TotalMilliseconds, size, emitted.Files.Count,
                string.Join(", ", emitted.Files.Take(8).Select(f => f.HintName + " " + (f.Text.Length / 1000) + "K")) + (emitted.Files.Count > 8 ? ", ..." : string.Empty),
                parse.TotalMilliseconds, model.Organizations.Count, model.Countries.Count, model.People.Count, model.Quotes.Count, planned.TotalMilliseconds));
        }

        return 0;
    }

    /// <summary>
    /// <c>--edit-stages [N]</c>: the work one edited article repeats over all N articles (default 1,000), timed stage by
    /// stage with a Stopwatch over 50 repetitions each: the people half's merge and its plan (the organisations' half
    /// stays cached when an edit adds a quotation). Not a benchmark; for finding where an edit's time goes.
    /// </summary>
    public static int RunEdit(int articles)
    {
        var corpus = BenchCorpus.Get(articles);
        var extracted = corpus.Select(a => NewsFactsGenerator.Extract(new ArticleInput(a.Path, null, a.Text), CancellationToken.None)).ToList();
        var facts = extracted.Select(NewsFactsGenerator.PeopleOf).ToImmutableArray();
        var heads = NewsFactsGenerator.MergeAll(extracted.Select(NewsFactsGenerator.HeadOf).ToImmutableArray(), NewsFacts.Merge.FactsMerger.MergeParts.Duplicates, CancellationToken.None);
        const int Times = 50;
        for (var round = 0; round < 3; round++)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            FactsModel model = null!;
            for (var i = 0; i < Times; i++) model = NewsFactsGenerator.MergeAll(facts, NewsFacts.Merge.FactsMerger.MergeParts.People, CancellationToken.None);
            var merge = watch.Elapsed.TotalMilliseconds / Times;
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            var input = model with { Diagnostics = EquatableArray<ArticleDiagnostic>.Empty, Articles = heads.Articles };
            watch.Restart();
            NewsFacts.Emission.EmitPlanResult plan = null!;
            for (var i = 0; i < Times; i++) plan = NewsFactsGenerator.PlanAll(input, GeneratorOptions.Default, NewsFacts.Emission.EmitParts.People, CancellationToken.None);
            var planned = watch.Elapsed.TotalMilliseconds / Times;
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "round {0}: people half of {1:N0} articles: merge {2:F1} ms ({7:F1} MB), plan {3:F1} ms ({8:F1} MB) ({4} people, {5} quotes, {6} units)",
                round + 1, articles, merge, planned, model.People.Count, model.Quotes.Count, plan.Units.Count, (a1 - a0) / Times / 1048576.0, (a2 - a1) / Times / 1048576.0));
        }

        return 0;
    }
}
