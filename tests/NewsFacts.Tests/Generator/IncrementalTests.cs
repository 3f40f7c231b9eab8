using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Generator;

/// <summary>The pipeline's caching: which steps run again after which edits.</summary>
public sealed class IncrementalTests
{
    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> AllOutputs(GeneratorRunResult result) =>
        result.TrackedSteps
            .Concat(result.TrackedOutputSteps)
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs.Select(output => (pair.Key, output.Reason))));

    private static void AssertAllCached(GeneratorRunResult result, string context)
    {
        var notCached = AllOutputs(result)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged)
            .ToList();
        Assert.True(notCached.Count == 0, context + ": " + string.Join(", ", notCached.Select(o => o.Step + "=" + o.Reason)));
        Assert.NotEmpty(AllOutputs(result));
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void SecondRun_Unchanged_IsAllCached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorTests.ThreeArticles()), compilation);
        var second = GeneratorHarness.Run(first.Driver, compilation.Clone());
        AssertAllCached(second.Result, "unchanged");
        Assert.Equal(first.AllSources, second.AllSources);
    }

    [Fact]
    public void UnrelatedCSharpEdit_IsAllCached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorTests.ThreeArticles()), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Added { internal const int X = 2; } }",
            GeneratorHarness.ParseOptions(),
            "Added.cs"));
        var second = GeneratorHarness.Run(first.Driver, edited);
        AssertAllCached(second.Result, "added a syntax tree");

        var replaced = edited.ReplaceSyntaxTree(
            edited.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Added { internal const int X = 3; } }", GeneratorHarness.ParseOptions(), "Added.cs"));
        var third = GeneratorHarness.Run(second.Driver, replaced);
        AssertAllCached(third.Result, "edited a syntax tree");
    }

    [Fact]
    public void EditingOneOfThreeArticles_ReextractsOnlyThatOne()
    {
        var articles = GeneratorTests.ThreeArticles();
        var texts = articles.Select(a => a.ToAdditionalText()).ToArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles, texts), compilation);
        Assert.Equal(3, Reasons(first.Result, TrackingNames.Extraction).Length);

        // Replace the second article (same path, new text).
        var edited = new InMemoryAdditionalText(articles[1].Path, GeneratorTests.SecondArticle + "\nTurkey's president said \"maybe later\".\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(texts[1], edited), compilation);

        var inputs = Reasons(second.Result, TrackingNames.Articles);
        Assert.Equal(1, inputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, inputs.Count(r => r == IncrementalStepRunReason.Cached));

        var extraction = Reasons(second.Result, TrackingNames.Extraction);
        Assert.Equal(3, extraction.Length);
        Assert.Equal(2, extraction.Count(r => r == IncrementalStepRunReason.Cached));

        // The edited article ran again, and its facts changed (a new quote, a new content hash).
        Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.Modified));

        // And a run after that, unchanged, is all cached again.
        var third = GeneratorHarness.Run(second.Driver, compilation);
        AssertAllCached(third.Result, "after the edit");
    }

    [Fact]
    public void ChangingTheOptions_ReemitsButDoesNotReextract()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var articles = GeneratorTests.ThreeArticles();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles), compilation);

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptionsProvider(articles, ns: "Other.Facts"));
        var second = GeneratorHarness.Run(driver, compilation);

        Assert.All(Reasons(second.Result, TrackingNames.Extraction), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(second.Result, TrackingNames.Options)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(second.Result, TrackingNames.Emit)));
        Assert.Contains("namespace Other.Facts", second.AllSources, StringComparison.Ordinal);
    }

    [Fact]
    public void StepOutputs_HoldNoRoslynObjects()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorTests.ThreeArticles()), compilation);
        var problems = new List<string>();
        var walked = 0;
        // Only the generator's own steps: Roslyn's input nodes ("AdditionalTexts", "Compilation"...) are tracked too.
        foreach (var pair in run.Result.TrackedSteps.Where(p => TrackingNames.All.Contains(p.Key)))
        {
            foreach (var step in pair.Value)
            {
                foreach (var output in step.Outputs)
                {
                    walked++;
                    problems.AddRange(ModelWalker.FindForbidden(output.Value, pair.Key));
                }
            }
        }

        Assert.True(walked > 10, "walked only " + walked + " outputs");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void ModelWalker_FindsALeak()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var leaky = new { Name = "x", Inner = new List<object> { compilation.SyntaxTrees[0].GetRoot() } };
        Assert.NotEmpty(ModelWalker.FindForbidden(leaky, "leaky"));
        Assert.NotEmpty(ModelWalker.FindForbidden(Tuple.Create(1, (AdditionalText)new InMemoryAdditionalText("a", "b")), "tuple"));
    }
}
