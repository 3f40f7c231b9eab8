using System;
using System.Collections.Generic;
using System.IO;
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

    /// <summary>The outputs a step computed in this run (New, Modified, or Unchanged: ran and gave an equal value); Cached ones were reused.</summary>
    private static List<object> Computed(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs)
                .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged)
                .Select(o => o.Value)
                .ToList()
            : new List<object>();

    /// <summary>The team's development articles (tests/NewsFacts.Tests/Corpus, copied to the output), as NewsArticle items.</summary>
    private static TestArticle[] CorpusArticles()
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new TestArticle("/corpus/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
        Assert.True(articles.Length >= 30, "the development corpus has " + articles.Length + " articles");
        return articles;
    }

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
    public void UnrelatedCSharpEdit_OverTheCorpus_ExtractsNothingAndRunsNoStep()
    {
        var articles = CorpusArticles();
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles), compilation);
        Assert.Equal(articles.Length, Computed(first.Result, TrackingNames.Extraction).Count);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText(GeneratorHarness.ConsumerSource.Replace("Value = 1", "Value = 2", StringComparison.Ordinal), GeneratorHarness.ParseOptions(), compilation.SyntaxTrees[0].FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        // Counted from the run reasons: no article extracted, no step of the pipeline computed anything.
        Assert.Empty(Computed(second.Result, TrackingNames.Extraction));
        foreach (var step in TrackingNames.All)
        {
            Assert.True(Computed(second.Result, step).Count == 0, step + " ran after an unrelated .cs edit");
        }

        AssertAllCached(second.Result, "edited a .cs file of the consumer");
        Assert.Equal(first.AllSources, second.AllSources);
    }

    [Fact]
    public void EditingOneArticleOfTheCorpus_ReextractsExactlyThatArticle()
    {
        var articles = CorpusArticles();
        var texts = articles.Select(a => a.ToAdditionalText()).ToArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles, texts), compilation);

        var index = articles.Length / 2;
        var edited = new InMemoryAdditionalText(
            articles[index].Path,
            articles[index].Text + "\n\n\"We will judge this meeting by what it delivers,\" said Tavel Morasko, a spokesperson for the delegation.\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(texts[index], edited), compilation);

        // Exactly one extraction ran, for the edited article; every other one was reused.
        var extracted = Computed(second.Result, TrackingNames.Extraction);
        var facts = Assert.IsType<NewsFacts.Model.ArticleFacts>(Assert.Single(extracted));
        Assert.Equal(articles[index].Path, facts.Path);
        Assert.Equal(articles.Length - 1, Reasons(second.Result, TrackingNames.Extraction).Count(r => r == IncrementalStepRunReason.Cached));

        // The edit adds a quotation at the end: the article's people and quotations change, its
        // organisations and countries do not. So the people's merge and plan run again (they see all
        // the articles), the organisations' merge and plan are not run at all; of the units (one per
        // generated file) only those whose data the edit changed are written again: the article's
        // quotations, the new speaker's initial, and the two index files that count them. Every
        // organisation, the countries and the types stay cached, so their source outputs are reused and
        // the driver keeps their syntax trees.
        Assert.Single(Computed(second.Result, TrackingNames.MergePeople));
        Assert.Single(Computed(second.Result, TrackingNames.PlanPeople));
        Assert.Empty(Computed(second.Result, TrackingNames.MergeOrganizations));
        Assert.Empty(Computed(second.Result, TrackingNames.PlanOrganizations));
        Assert.All(second.Result.TrackedSteps[TrackingNames.ArticleList].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        var files = second.Result.TrackedSteps[TrackingNames.GeneratedFiles].SelectMany(s => s.Outputs).ToList();
        string HintName(object value) => ((NewsFacts.Emission.GeneratedFile)value).HintName;
        var written = files.Where(f => f.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(f => HintName(f.Value)).OrderBy(h => h, StringComparer.Ordinal).ToList();
        var quotesPart = Assert.Single(written, h => h.StartsWith("NewsFacts.Quotes.", StringComparison.Ordinal) && h != NewsFacts.Emission.Emitter.QuotesHintName);
        Assert.Contains("Tavel Morasko", second.Sources[quotesPart], StringComparison.Ordinal);
        Assert.Contains("NewsFacts.People.Ta.g.cs", written);
        Assert.True(written.Count <= 4, "written again: " + string.Join(", ", written));
        Assert.All(files.Where(f => HintName(f.Value).StartsWith("NewsFacts.Organizations.", StringComparison.Ordinal) || HintName(f.Value) == NewsFacts.Emission.Emitter.CountriesHintName || HintName(f.Value) == NewsFacts.Emission.Emitter.TypesHintName),
            f => Assert.Equal(IncrementalStepRunReason.Cached, f.Reason));
        Assert.True(files.Count > 20, "the corpus gives many files: " + files.Count);
        var sourceOutputs = second.Result.TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(written.Count, sourceOutputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        // Every file not written again is reused, and so is the output of the diagnostics (unchanged too).
        Assert.Equal(files.Count - written.Count + 1, sourceOutputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void StepOutputs_OfTwoIndependentRuns_AreEqualByValue()
    {
        // What caching relies on: a step recomputed from equal inputs gives an equal output (records
        // and equatable arrays all the way down; no reference-compared object such as a SourceText).
        var articles = CorpusArticles();
        var a = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles), GeneratorHarness.CreateCompilation());
        var b = GeneratorHarness.Run(GeneratorHarness.CreateDriver(articles), GeneratorHarness.CreateCompilation());
        var compared = 0;
        foreach (var step in TrackingNames.All)
        {
            var left = a.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var right = b.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.Equal(left.Count, right.Count);
            for (var i = 0; i < left.Count; i++)
            {
                Assert.True(EqualByValue(left[i], right[i]), step + "[" + i + "] differs between two runs over the same input: " + left[i]?.GetType().FullName);
                compared++;
            }
        }

        Assert.True(compared > articles.Length * 3, "compared only " + compared + " outputs");
    }

    /// <summary>Equals, but element by element for a collected ImmutableArray (which Roslyn compares so, being no value type of ours).</summary>
    private static bool EqualByValue(object? left, object? right)
    {
        if (Equals(left, right))
        {
            return true;
        }

        return left is not null && right is not null
            && left.GetType() == right.GetType()
            && left.GetType().IsGenericType && left.GetType().GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            && ((System.Collections.IEnumerable)left).Cast<object?>().SequenceEqual(((System.Collections.IEnumerable)right).Cast<object?>());
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
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorTests.ThreeArticles().Concat(CorpusArticles())), compilation);
        var problems = new List<string>();
        var walked = 0;
        // Only the generator's own steps: Roslyn's input nodes ("AdditionalTexts", "Compilation"...) are
        // tracked too. (The source outputs take the GeneratedFiles and ModelDiagnostics outputs walked here.)
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
        Assert.NotEmpty(ModelWalker.FindForbidden(new object[] { compilation.GetTypeByMetadataName("Consumer.Existing")! }, "symbol"));
        Assert.NotEmpty(ModelWalker.FindForbidden((1, compilation.GetSemanticModel(compilation.SyntaxTrees[0])), "model"));
        Assert.NotEmpty(ModelWalker.FindForbidden(new { Text = Microsoft.CodeAnalysis.Text.SourceText.From("x") }, "text"));
        Assert.NotEmpty(ModelWalker.FindForbidden(new { At = compilation.SyntaxTrees[0].GetRoot().GetLocation() }, "location"));
    }
}
