using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>A column computed from a benchmark's mean time, allocations and input; "-" where it does not apply.</summary>
public sealed class ComputedColumn : IColumn
{
    private readonly Func<Summary, BenchmarkCase, string?> _value;

    private ComputedColumn(string name, string legend, Func<Summary, BenchmarkCase, string?> value)
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
    }

    /// <summary>MB/s of article text (UTF-8, 10^6 bytes) for the extraction and full runs.</summary>
    public static readonly ComputedColumn Throughput = new(
        "MB/s",
        "Megabytes (10^6 bytes, UTF-8) of article text per second",
        (summary, bc) => InputBytes(bc) is { } bytes && MeanNs(summary, bc) is { } ns
            ? (bytes / 1e6 / (ns / 1e9)).ToString("F2", CultureInfo.InvariantCulture)
            : null);

    /// <summary>Mean time per article: flat across sizes when the cost grows linearly.</summary>
    public static readonly ComputedColumn PerArticle = new(
        "us/article",
        "Mean time per article in microseconds (flat when the cost is linear)",
        (summary, bc) => ArticleCount(bc) is { } n && MeanNs(summary, bc) is { } ns
            ? (ns / 1e3 / n).ToString("F1", CultureInfo.InvariantCulture)
            : null);

    /// <summary>Bytes allocated per MB of article text.</summary>
    public static readonly ComputedColumn AllocatedPerMb = new(
        "Alloc/MB",
        "Bytes allocated per megabyte of article text",
        (summary, bc) => InputBytes(bc) is { } bytes && Allocated(summary, bc) is { } allocated
            ? FormatBytes(allocated / (bytes / 1e6))
            : null);

    /// <summary>The size of the generated sources the consumer compiles.</summary>
    public static readonly ComputedColumn GeneratedSize = new(
        "Generated",
        "Size of the generated sources compiled (UTF-8)",
        (_, bc) => IsIn(bc, Categories.ConsumerCompile)
            ? FormatBytes(ConsumerOutputs.SourceBytes(ConsumerOutputs.For(bc.Descriptor.WorkloadMethod.Name)))
            : null);

    /// <summary>The size of the consumer's emitted assembly.</summary>
    public static readonly ComputedColumn AssemblySize = new(
        "Assembly",
        "Size of the consumer's emitted assembly",
        (_, bc) => IsIn(bc, Categories.ConsumerCompile)
            ? FormatBytes(ConsumerOutputs.AssemblyBytes(bc.Descriptor.WorkloadMethod.Name))
            : null);

    public static readonly IColumn[] All = { Throughput, PerArticle, AllocatedPerMb, GeneratedSize, AssemblySize };

    public string Id => nameof(ComputedColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _value(summary, benchmarkCase) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(bc => _value(summary, bc) is not null);

    public override string ToString() => ColumnName;

    /// <summary>The articles a benchmark reads per operation: its Articles parameter, or 1,000 for the full runs.</summary>
    public static int? ArticleCount(BenchmarkCase bc)
    {
        if (IsIn(bc, Categories.Extraction) && bc.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ExtractionBenchmarks.Articles))?.Value is int n)
        {
            return n;
        }

        return IsIn(bc, Categories.FullRun) || (IsIn(bc, Categories.Incremental) && bc.Descriptor.WorkloadMethod.Name == nameof(IncrementalBenchmarks.FullRun))
            ? Categories.GeneratorArticles
            : null;
    }

    public static long? InputBytes(BenchmarkCase bc) => ArticleCount(bc) is { } n ? BenchCorpus.Bytes(n) : null;

    public static double? MeanNs(Summary summary, BenchmarkCase bc) => summary[bc]?.ResultStatistics?.Mean;

    public static long? Allocated(Summary summary, BenchmarkCase bc) =>
        summary[bc] is { } report && report.GcStats.GetBytesAllocatedPerOperation(bc) is { } bytes ? bytes : null;

    public static bool IsIn(BenchmarkCase bc, string category) => bc.Descriptor.Categories.Contains(category);

    public static string FormatBytes(double bytes) =>
        bytes >= 1e6 ? (bytes / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1e3 ? (bytes / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString("F0", CultureInfo.InvariantCulture) + " B";
}
