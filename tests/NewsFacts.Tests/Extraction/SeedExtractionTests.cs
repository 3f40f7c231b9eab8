using System.IO;
using NewsFacts.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// The two seed articles are the first acceptance case: their facts are read exactly. The expected facts
/// live here, in the tests, never in the product.
/// </summary>
public sealed class SeedExtractionTests
{
    private readonly ITestOutputHelper _output;

    public SeedExtractionTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("000_99aa43d0c3a88566")]
    [InlineData("003_fa682e9f9e295ebc")]
    public void Seed_article_facts_are_exact(string name)
    {
        var path = Path.Combine(FactsScorer.RepositoryRoot(), "seeds", name + ".txt");
        var expected = File.ReadAllText(Path.Combine(FactsScorer.TestsDirectory(), "Extraction", "Seeds", name + ".expected.json"));
        var facts = ArticleExtractor.Extract(path, File.ReadAllText(path));
        var scorer = new FactsScorer();
        scorer.Score(facts, expected);
        foreach (var d in scorer.Differences) _output.WriteLine(d);
        Assert.Empty(scorer.Differences);
    }
}
