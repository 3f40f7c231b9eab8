using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Analyzers;

/// <summary>
/// Each NewsFacts diagnostic at its exact place in the article, written as markup in the article's
/// text (<c>{|NF0004:"|}</c>), through a build with the generator and the analyzers together. The
/// per-article diagnostics (the analyzer's) have a span; the merged ones (the generator's) are a point
/// at the line and column of their evidence, written as an empty span.
/// </summary>
public sealed class ArticleDiagnosticSpanTests
{
    private const string Folder = "/articles/";

    /// <summary>Ids reported by the analyzer, from one article: their character span is checked too.</summary>
    private static readonly HashSet<string> PerArticle = new(StringComparer.Ordinal) { "NF0004", "NF0005", "NF0006", "NF0007" };

    private static async Task AssertMarkedAsync(params (string File, string Markup)[] articles)
    {
        var parsed = articles.Select(a => (a.File, Markup: Markup.Parse(a.Markup))).ToList();
        var build = await BuildHarness.BuildAsync(parsed.Select(a => new TestArticle(Folder + a.File, a.Markup.Text)));
        foreach (var (file, markup) in parsed)
        {
            var text = SourceText.From(markup.Text);
            var expected = markup.Spans
                .Select(s => Describe(s.Id!, text.Lines.GetLinePositionSpan(s.Span), PerArticle.Contains(s.Id!) ? s.Span : null))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            var actual = build.NewsFacts
                .Where(d => d.Location.GetLineSpan().Path == Folder + file)
                .Select(d => Describe(d.Id, d.Location.GetLineSpan().Span, PerArticle.Contains(d.Id) ? d.Location.SourceSpan : null))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.SequenceEqual(actual), file + ":\nexpected:\n  " + string.Join("\n  ", expected) + "\nactual:\n  " + string.Join("\n  ", actual));
        }

        Assert.DoesNotContain(build.NewsFacts, d => !parsed.Any(a => d.Location.GetLineSpan().Path == Folder + a.File));
    }

    private static string Describe(string id, LinePositionSpan span, TextSpan? characters) =>
        id + " " + span + (characters is { } c ? " " + c : string.Empty);

    [Fact]
    public Task NF0001_StatedCountBelowTheStatesNamed_AtTheFirstStateTooMany() => AssertMarkedAsync(
        ("pact.txt", "Alliance leaders meet in Minsk\n\nThe three-member Steppe Defence Pact (SDP) met in Minsk on Monday. Its members are Russia, Belarus, Kazakhstan and {|NF0001:|}Armenia.\n"));

    [Fact]
    public Task NF0002_MemberAndNonMember_AtTheLaterStatement() => AssertMarkedAsync(
        ("turkey.txt", "Turkey and the grain compact\n\nTurkey is a member of the Caspian Grain Compact (CGC), officials said on Monday.\nLater, {|NF0002:|}Turkey, which is not a member of the CGC, sent an observer to the talks.\n"));

    [Fact]
    public Task NF0003_ContradictingJoinDates_AtTheSecondDate() => AssertMarkedAsync(
        ("belarus.txt", "Belarus to join the pact\n\nBelarus joins the Caspian Grain Compact (CGC) on July 4, the ministry said.\nDiplomats said {|NF0003:|}Belarus will join the CGC on September 1 instead.\n"));

    [Fact]
    public Task NF0004_UnclosedQuote_AtTheOpeningMark_AndNF0005_OverTheQuote() => AssertMarkedAsync(
        ("minsk.txt", "Ministers meet in Minsk\n\nThe minister said on Monday: {|NF0005:{|NF0004:\"|}we will never agree to this.|}\n\nTalks went on for hours.\n"));

    [Fact]
    public Task NF0005_UnattributedStatement_OverTheQuote() => AssertMarkedAsync(
        ("hall.txt", "Ministers meet in Minsk\n\n{|NF0005:\"We will never agree to this,\"|} a voice shouted from the back of the hall.\n"));

    [Fact]
    public Task NF0006_EmptyArticle_AtTheStart() => AssertMarkedAsync(
        ("empty.txt", "{|NF0006:|}   \n\n"));

    [Fact]
    public Task NF0007_NotText_AtTheStart() => AssertMarkedAsync(
        ("binary.txt", "{|NF0007:|}abc\0\0\0\0def\0\0"));

    [Fact]
    public Task NF0008_DuplicateArticle_AtTheStartOfTheLaterFile() => AssertMarkedAsync(
        ("a.txt", "Grain ministers meet in Baku\n\nThe ministers of the Caspian Grain Compact met in Baku on Tuesday.\n"),
        ("b.txt", "{|NF0008:|}Grain ministers meet in Baku\n\nThe ministers of the Caspian Grain Compact met in Baku on Tuesday.\n"));

    [Fact]
    public Task NF0010_CountsDisagreeAcrossArticles_AtTheCountOfTheLaterFile() => AssertMarkedAsync(
        ("aktau.txt", "Grain ministers meet again\n\nThe six-member Caspian Grain Compact (CGC) met in Aktau.\n"),
        ("baku.txt", "Grain ministers meet in Baku\n\nThe {|NF0010:|}five-member Caspian Grain Compact (CGC) met in Baku.\n"));

    [Fact]
    public Task NF0009_TwoFilesMakingOneName_AtTheSecond() => AssertMarkedAsync(
        ("grain report.txt", "Grain ministers meet in Baku\n\nThe ministers of the Caspian Grain Compact met in Baku on Tuesday.\n"),
        ("grain-report.txt", "{|NF0009:|}Grain ministers meet again\n\nThe ministers of the Caspian Grain Compact met in Aktau on Friday.\n"));

    [Fact]
    public Task CleanArticle_HasNoDiagnostic() => AssertMarkedAsync(
        ("grain.txt", IDE.IntelliSenseTests.GrainArticle));

    [Fact]
    public void Markup_ParsesNestedAndEmptySpans()
    {
        var markup = Markup.Parse("a{|X:b[|c|]|}d{|Y:|}$$e");
        Assert.Equal("abcde", markup.Text);
        Assert.Equal(4, markup.Position);
        Assert.Equal(
            new[] { "X [1..3)", "Y [4..4)", "[| |] [2..3)" },
            markup.Spans.Select(s => s.ToString()).OrderBy(s => s, StringComparer.Ordinal));
    }
}
