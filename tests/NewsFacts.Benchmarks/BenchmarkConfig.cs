using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The configuration of every run: in-process (no project generated and built per run), allocations
/// measured, the computed columns, results under artifacts/benchmarks (git-ignored). The full job
/// has 3 warm-ups and 10 to 20 iterations (some 15 minutes on two cores); the quick one 1 warm-up
/// and 3 iterations, noisier but done in about five minutes.
/// </summary>
public static class BenchmarkConfig
{
    public static string ArtifactsPath => Path.Combine(GeneratorSetup.RepositoryRoot(), "artifacts", "benchmarks");

    public static IConfig Create(bool quick)
    {
        var job = quick
            ? Job.ShortRun.WithWarmupCount(1).WithId("Quick")
            : Job.Default.WithWarmupCount(3).WithMinIterationCount(10).WithMaxIterationCount(20).WithId("Full");

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(ComputedColumn.All)
            .WithArtifactsPath(ArtifactsPath);
    }
}
