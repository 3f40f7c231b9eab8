using System.Linq;
using Microsoft.CodeAnalysis;
using NewsFacts.Benchmarks.Corpus;

namespace NewsFacts.Benchmarks;

/// <summary>
/// What each incremental run re-did, counted from the driver's tracked steps (not timed): how many of
/// the 1,000 articles were extracted again, and which steps ran. The tests prove the same on small
/// inputs (tests/NewsFacts.Tests/Generator/IncrementalTests.cs); this shows it at benchmark size.
/// </summary>
public sealed record IncrementalCounts(
    int Articles,
    int ExtractedOnFullRun,
    int ExtractedAfterArticleEdit,
    int ExtractedAfterUnrelatedEdit,
    int ExtractedWhenUnchanged,
    int StepsRunAfterUnrelatedEdit,
    int StepsRunWhenUnchanged,
    int GeneratedFiles,
    int FilesAddedAgainAfterArticleEdit)
{
    public static IncrementalCounts Measure()
    {
        var corpus = BenchCorpus.Get(Categories.GeneratorArticles);
        var texts = GeneratorSetup.Texts(corpus);
        var compilation = GeneratorSetup.CreateCompilation();
        var first = GeneratorSetup.Run(GeneratorSetup.CreateDriver(new NewsFactsGenerator(), texts, track: true), compilation, out _);

        var edited = CorpusBuilder.Edited(corpus[IncrementalBenchmarks.EditedIndex]);
        var afterEdit = GeneratorSetup.Run(first.ReplaceAdditionalText(texts[IncrementalBenchmarks.EditedIndex], new MemoryAdditionalText(edited.Path, edited.Text)), compilation, out _);
        var afterUnrelated = GeneratorSetup.Run(first, GeneratorSetup.WithUnrelatedEdit(compilation, 3), out _);
        var unchanged = GeneratorSetup.Run(first, compilation, out _);
        return new IncrementalCounts(
            corpus.Count,
            Ran(first, TrackingNames.Extraction),
            Ran(afterEdit, TrackingNames.Extraction),
            Ran(afterUnrelated, TrackingNames.Extraction),
            Ran(unchanged, TrackingNames.Extraction),
            TrackingNames.All.Sum(step => Ran(afterUnrelated, step)),
            TrackingNames.All.Sum(step => Ran(unchanged, step)),
            Ran(first, TrackingNames.GeneratedFiles),
            AddedAgain(afterEdit));
    }

    /// <summary>The generated files given to the compilation again (their source output not Cached).</summary>
    private static int AddedAgain(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        return result.TrackedOutputSteps.TryGetValue("SourceOutput", out var steps)
            ? steps.SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            : 0;
    }

    /// <summary>The outputs of a step computed in this run (New, Modified, or Unchanged: ran and gave an equal value), not reused (Cached).</summary>
    private static int Ran(GeneratorDriver driver, string step)
    {
        var result = driver.GetRunResult().Results.Single();
        return result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged)
            : 0;
    }
}
