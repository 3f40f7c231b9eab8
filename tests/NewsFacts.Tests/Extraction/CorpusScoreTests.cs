using System.IO;
using System.Linq;
using NewsFacts.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Scores the extractor on the team's development corpus (tests/NewsFacts.Tests/Corpus: articles written
/// here with hand-made expected facts). The floors are the figures measured when they were last raised:
/// a change that makes extraction worse fails; raise them when it gets better.
/// </summary>
public sealed class CorpusScoreTests
{
    private readonly ITestOutputHelper _output;

    public CorpusScoreTests(ITestOutputHelper output) => _output = output;

    private static FactsScorer ScoreCorpus()
    {
        var dir = Path.Combine(FactsScorer.TestsDirectory(), "Corpus");
        var scorer = new FactsScorer();
        foreach (var expected in Directory.GetFiles(dir, "*.expected.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var article = expected.Substring(0, expected.Length - ".expected.json".Length) + ".txt";
            var facts = ArticleExtractor.Extract(article, File.ReadAllText(article));
            scorer.Score(facts, File.ReadAllText(expected));
        }
        return scorer;
    }

    /// <summary>
    /// The holdout sets whose texts have been read after their blind scoring (see docs/extraction.md): they now guard
    /// against regressions like the corpus does. A new set joins this list only after it has been scored blind.
    /// </summary>
    private static readonly string[] ReadHoldouts = { "Holdout", "Holdout2", "Holdout3", "Holdout4", "Holdout5", "Holdout6", "Holdout7", "Holdout8", "Holdout9", "Holdout10", "Holdout11", "Holdout12", "Holdout13", "Holdout14", "Holdout15", "Holdout16", "Holdout17", "Holdout18", "Holdout19", "Holdout20", "Holdout21", "Holdout22", "Holdout23", "Holdout24", "Holdout25", "Holdout26", "Holdout27", "Holdout28", "Holdout29", "Holdout30", "Holdout31", "Holdout32", "Holdout33", "Holdout34", "Holdout35", "Holdout36", "Holdout37", "Holdout38", "Holdout39", "Holdout40", "Holdout41", "Holdout42", "Holdout43", "Holdout44", "Holdout45", "Holdout46", "Holdout47", "Holdout48", "Holdout49", "Holdout50", "Holdout51", "Holdout52", "Holdout53", "Holdout54", "Holdout55", "Holdout56", "Holdout57", "Holdout58", "Holdout59", "Holdout60", "Holdout61", "Holdout62", "Holdout63", "Holdout64", "Holdout65", "Holdout66", "Holdout67", "Holdout68", "Holdout69", "Holdout70", "Holdout71", "Holdout72", "Holdout73", "Holdout74", "Holdout75", "Holdout76", "Holdout77", "Holdout78", "Holdout79", "Holdout80", "Holdout81", "Holdout82", "Holdout83", "Holdout84", "Holdout85", "Holdout86", "Holdout87", "Holdout88", "Holdout89", "Holdout90", "Holdout91", "Holdout92", "Holdout93", "Holdout94", "Holdout95", "Holdout96", "Holdout97", "Holdout98", "Holdout99", "Holdout100", "Holdout101", "Holdout102", "Holdout103", "Holdout104", "Holdout105", "Holdout106", "Holdout107", "Holdout108", "Holdout109", "Holdout110", "Holdout111", "Holdout112", "Holdout113", "Holdout114", "Holdout115", "Holdout116", "Holdout117", "Holdout118", "Holdout119", "Holdout120", "Holdout121", "Holdout122", "Holdout123", "Holdout124", "Holdout125", "Holdout126", "Holdout127", "Holdout128", "Holdout129", "Holdout130", "Holdout131", "Holdout132", "Holdout133", "Holdout134", "Holdout135", "Holdout136", "Holdout137", "Holdout138", "Holdout139", "Holdout140", "Holdout141", "Holdout142", "Holdout144", "Holdout145", "Holdout146", "Holdout147", "Holdout148", "Holdout149", "Holdout150", "Holdout151", "Holdout152", "Holdout153", "Holdout154", "Holdout155", "Holdout156", "Holdout157", "Holdout158", "Holdout159", "Holdout160", "Holdout161", "Holdout162", "Holdout163", "Holdout164", "Holdout165", "Holdout166", "Holdout167", "Holdout168", "Holdout169", "Holdout170", "Holdout171", "Holdout172", "Holdout173", "Holdout174", "Holdout175", "Holdout176", "Holdout177", "Holdout178", "Holdout179", "Holdout180" };

    [Fact]
    public void Membership_on_the_read_holdouts_stays_above_its_floors()
    {
        var scorer = new FactsScorer();
        foreach (var set in ReadHoldouts)
        {
            var dir = Path.Combine(FactsScorer.TestsDirectory(), set);
            foreach (var expected in Directory.GetFiles(dir, "*.expected.json").OrderBy(f => f, System.StringComparer.Ordinal))
            {
                var article = expected.Substring(0, expected.Length - ".expected.json".Length) + ".txt";
                scorer.Score(ArticleExtractor.Extract(article, File.ReadAllText(article)), File.ReadAllText(expected));
            }
        }
        _output.WriteLine(scorer.Report());
        Assert.True(scorer.Precision("relations") >= FloorPrecision, $"membership precision {scorer.Precision("relations"):0.000}");
        Assert.True(scorer.Recall("relations") >= FloorRecall, $"membership recall {scorer.Recall("relations"):0.000}");
    }

    private const double FloorPrecision = 0.967;
    private const double FloorRecall = 0.795;

    [Fact]
    public void Corpus_has_at_least_30_articles_and_60_quotations()
    {
        var dir = Path.Combine(FactsScorer.TestsDirectory(), "Corpus");
        var articles = Directory.GetFiles(dir, "*.expected.json");
        Assert.True(articles.Length >= 30, $"{articles.Length} articles");
        var scorer = ScoreCorpus();
        var (tp, _, fn) = scorer["quotes"];
        Assert.True(tp + fn >= 60, $"{tp + fn} quotations");
    }

    [Fact]
    public void Extraction_scores_on_the_corpus_stay_above_their_floors()
    {
        var scorer = ScoreCorpus();
        _output.WriteLine(scorer.Report());
        foreach (var d in scorer.Differences) _output.WriteLine(d);

        Assert.True(scorer.Precision("relations") >= 1.0, $"membership precision {scorer.Precision("relations"):0.000}");
        Assert.True(scorer.Recall("relations") >= 0.965, $"membership recall {scorer.Recall("relations"):0.000}");
        Assert.True(scorer.Precision("counts") >= 0.99, $"count precision {scorer.Precision("counts"):0.000}");
        Assert.True(scorer.Precision("people") >= 0.95 && scorer.Recall("people") >= 0.95, $"people P {scorer.Precision("people"):0.000} R {scorer.Recall("people"):0.000}");
        Assert.True(scorer.Precision("quotes") >= 0.99 && scorer.Recall("quotes") >= 0.99, $"quote spans P {scorer.Precision("quotes"):0.000} R {scorer.Recall("quotes"):0.000}");
        Assert.True(scorer.Precision("quote kind") >= 0.95, $"quote kinds {scorer.Precision("quote kind"):0.000}");
        Assert.True(scorer.Precision("statement speaker") >= 0.97, $"statement speakers {scorer.Precision("statement speaker"):0.000}");
    }
}
