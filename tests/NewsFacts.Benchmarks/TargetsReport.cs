using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Reports;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The targets of issue 6 against the figures of one run (every ratio between two benchmarks of the
/// same run), as Markdown: what docs/performance.md records. Benchmarks not run show "not run".
/// </summary>
public static class TargetsReport
{
    private static readonly int[] Sizes = { 10, 100, 1_000, 10_000 };

    public static string Create(IReadOnlyList<Summary> summaries, IncrementalCounts counts, bool quick)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        var md = new StringBuilder();
        md.AppendLine("## Targets (" + (quick ? "quick job: 1 warm-up, 3 iterations; noisier" : "full job") + ", " + DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
        md.AppendLine();
        md.AppendLine("Machine: " + Machine());
        md.AppendLine();
        md.AppendLine("| Target | Goal | Measured | Met |");
        md.AppendLine("| --- | --- | --- | --- |");

        // Extraction throughput and linearity.
        var extraction = Sizes.ToDictionary(n => n, n => Find(reports, nameof(ExtractionBenchmarks.Extract), n));
        var largest = Sizes.LastOrDefault(n => extraction[n] is not null);
        if (largest > 0)
        {
            var mbps = MegabytesPerSecond(extraction[largest]!, largest);
            var slowest = Sizes.Where(n => extraction[n] is not null).Min(n => MegabytesPerSecond(extraction[n]!, n));
            Row(md, "Extraction throughput, one core", ">= 50 MB/s",
                F(mbps, "F1") + " MB/s at " + N(largest) + " articles (lowest of all sizes: " + F(slowest, "F1") + " MB/s)", slowest >= 50);
        }
        else
        {
            Row(md, "Extraction throughput, one core", ">= 50 MB/s", "not run", null);
        }

        var steps = new List<string>();
        var linear = true;
        for (var i = 1; i < Sizes.Length; i++)
        {
            if (extraction[Sizes[i - 1]] is { } small && extraction[Sizes[i]] is { } big)
            {
                var ratio = Mean(big) / Mean(small);
                var bytes = (double)BenchCorpus.Bytes(Sizes[i]) / BenchCorpus.Bytes(Sizes[i - 1]);
                steps.Add(N(Sizes[i - 1]) + "→" + N(Sizes[i]) + ": " + F(ratio, "F2") + "× time (" + F(bytes, "F2") + "× text)");
                linear &= ratio <= 11;
            }
        }

        Row(md, "10× the articles", "<= 11× the time", steps.Count == 0 ? "not run" : string.Join("; ", steps), steps.Count == 0 ? null : linear);

        // The full run against the pass-through generator.
        var passThrough = Find(reports, nameof(GeneratorRunBenchmarks.PassThrough));
        var newsFacts = Find(reports, nameof(GeneratorRunBenchmarks.NewsFacts));
        if (passThrough is not null && newsFacts is not null)
        {
            var ratio = Mean(newsFacts) / Mean(passThrough);
            Row(md, "Full run, " + N(Categories.GeneratorArticles) + " articles, vs pass-through", "<= 3×",
                F(ratio, "F2") + "× (" + Ms(newsFacts) + " vs " + Ms(passThrough) + ")", ratio <= 3);
        }
        else
        {
            Row(md, "Full run vs pass-through", "<= 3×", "not run", null);
        }

        // Incremental runs against a full run.
        var full = Find(reports, nameof(IncrementalBenchmarks.FullRun));
        var edited = Find(reports, nameof(IncrementalBenchmarks.OneArticleEdited));
        var unrelated = Find(reports, nameof(IncrementalBenchmarks.UnrelatedCsEdited));
        var unchanged = Find(reports, nameof(IncrementalBenchmarks.NothingChanged));
        if (full is not null && edited is not null)
        {
            var share = Mean(edited) / Mean(full);
            Row(md, "One article of " + N(counts.Articles) + " edited", "<= 5% of a full run",
                Percent(share) + " (" + Ms(edited) + " vs " + Ms(full) + "); extracted again: " + counts.ExtractedAfterArticleEdit + " of " + N(counts.Articles)
                + "; files added again: " + counts.FilesAddedAgainAfterArticleEdit + " of " + counts.GeneratedFiles, share <= 0.05 && counts.ExtractedAfterArticleEdit == 1);
        }
        else
        {
            Row(md, "One article edited", "<= 5% of a full run", "not run; extracted again (counted): " + counts.ExtractedAfterArticleEdit + " of " + N(counts.Articles), null);
        }

        Row(md, "Unrelated .cs edit", "no extraction at all",
            "extracted: " + counts.ExtractedAfterUnrelatedEdit + " of " + N(counts.Articles) + ", steps run: " + counts.StepsRunAfterUnrelatedEdit
            + (full is not null && unrelated is not null ? "; " + Percent(Mean(unrelated) / Mean(full)) + " of a full run (" + Ms(unrelated) + ")" : string.Empty),
            counts.ExtractedAfterUnrelatedEdit == 0);
        Row(md, "Nothing changed", "(no target)",
            "extracted: " + counts.ExtractedWhenUnchanged + ", steps run: " + counts.StepsRunWhenUnchanged
            + (full is not null && unchanged is not null ? "; " + Percent(Mean(unchanged) / Mean(full)) + " of a full run (" + Ms(unchanged) + ")" : string.Empty),
            null);

        // The consumer's compile.
        var empty = Find(reports, nameof(ConsumerCompileBenchmarks.EmptyProject));
        var withPassThrough = Find(reports, nameof(ConsumerCompileBenchmarks.PassThroughOutput));
        var withNewsFacts = Find(reports, nameof(ConsumerCompileBenchmarks.NewsFactsOutput));
        if (empty is not null && withPassThrough is not null && withNewsFacts is not null)
        {
            var addedByPassThrough = Mean(withPassThrough) - Mean(empty);
            var addedByNewsFacts = Mean(withNewsFacts) - Mean(empty);
            var ratio = addedByNewsFacts / addedByPassThrough;
            Row(md, "Consumer compile, " + N(Categories.GeneratorArticles) + " articles: time added vs pass-through's", "<= 2×",
                F(ratio, "F2") + "× (+" + Ms(addedByNewsFacts) + " vs +" + Ms(addedByPassThrough) + " over an empty project's " + Ms(empty) + ")", ratio <= 2);
            Row(md, "Consumer compile: generated source, assembly", "(no target)",
                "NewsFacts " + Size(nameof(ConsumerCompileBenchmarks.NewsFactsOutput)) + "; pass-through " + Size(nameof(ConsumerCompileBenchmarks.PassThroughOutput))
                + "; empty project's assembly " + ComputedColumn.FormatBytes(ConsumerOutputs.AssemblyBytes(nameof(ConsumerCompileBenchmarks.EmptyProject))), null);
        }
        else
        {
            Row(md, "Consumer compile vs pass-through", "<= 2×", "not run", null);
        }

        if (largest > 0)
        {
            var allocated = ComputedColumn.Allocated(summaries.First(s => s.Reports.Contains(extraction[largest]!)), extraction[largest]!.BenchmarkCase);
            Row(md, "Allocations per MB extracted", "(no target)",
                allocated is { } a ? ComputedColumn.FormatBytes(a / (BenchCorpus.Bytes(largest) / 1e6)) + " per MB at " + N(largest) + " articles" : "not measured", null);
        }

        // The extraction figures per size.
        if (largest > 0)
        {
            md.AppendLine();
            md.AppendLine("| Articles | Text | Mean | MB/s | µs/article | Allocated/MB |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var n in Sizes.Where(n => extraction[n] is not null))
            {
                var report = extraction[n]!;
                var summary = summaries.First(s => s.Reports.Contains(report));
                var allocated = ComputedColumn.Allocated(summary, report.BenchmarkCase);
                md.AppendLine("| " + N(n) + " | " + ComputedColumn.FormatBytes(BenchCorpus.Bytes(n)) + " | " + Ms(report) + " | "
                    + F(MegabytesPerSecond(report, n), "F1") + " | " + F(Mean(report) / 1e3 / n, "F1") + " | "
                    + (allocated is { } a ? ComputedColumn.FormatBytes(a / (BenchCorpus.Bytes(n) / 1e6)) : "-") + " |");
            }
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string target, string goal, string measured, bool? met) =>
        md.AppendLine("| " + target + " | " + goal + " | " + measured + " | " + (met is null ? "-" : met.Value ? "**met**" : "**not met**") + " |");

    private static BenchmarkReport? Find(List<BenchmarkReport> reports, string method, int? articles = null) =>
        reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (articles is null || ComputedColumn.ArticleCount(r.BenchmarkCase) == articles));

    private static double Mean(BenchmarkReport report) => report.ResultStatistics!.Mean;

    private static double MegabytesPerSecond(BenchmarkReport report, int articles) => BenchCorpus.Bytes(articles) / 1e6 / (Mean(report) / 1e9);

    private static string Size(string benchmark) =>
        ComputedColumn.FormatBytes(ConsumerOutputs.SourceBytes(ConsumerOutputs.For(benchmark))) + " of source, "
        + ComputedColumn.FormatBytes(ConsumerOutputs.AssemblyBytes(benchmark)) + " assembly";

    private static string Ms(BenchmarkReport report) => Ms(Mean(report));

    private static string Ms(double ns) => ns >= 1e6 ? F(ns / 1e6, "F1") + " ms" : F(ns / 1e3, "F1") + " µs";

    private static string Percent(double share) => F(share * 100, share < 0.01 ? "F3" : "F1") + "%";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Cores, CPU model, runtime and OS, as docs/performance.md records them.</summary>
    public static string Machine()
    {
        var cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null)
                {
                    cpu = line.Substring(line.IndexOf(':') + 1).Trim();
                }
            }
        }
        catch (IOException)
        {
        }

        return Environment.ProcessorCount + " cores (nproc), " + cpu + ", " + RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription;
    }
}
