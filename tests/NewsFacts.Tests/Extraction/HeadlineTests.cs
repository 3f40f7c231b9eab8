using NewsFacts.Extraction;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>The headline is the article's title, also when a standfirst or a date follows it with no blank line.</summary>
public sealed class HeadlineTests
{
    [Theory]
    [InlineData("EAC admits DR Congo as seventh member\nWednesday March 30 2022\n\nBy Citizen Reporter\n\nDar es Salaam. The bloc met.\n", "EAC admits DR Congo as seventh member")]
    [InlineData("Finland becomes Nato's 31st member\nMembership doubles the alliance's land border with Russia.\n\nFinland joined Nato on Tuesday.\n", "Finland becomes Nato's 31st member")]
    [InlineData("Leaders meet in Geneva\n\nGENEVA, May 2 (Reuters) - Leaders met on Monday.\n", "Leaders meet in Geneva")]
    public void The_first_line_is_the_title(string text, string title) => Assert.Equal(title, ArticleExtractor.Extract("a.txt", text).Title);

    [Theory]
    [InlineData("SKOPJE, Oct 9 (Reuters) - Leaders of six countries agreed on Thursday\nto scrap roaming charges between them.\n\nThe deal was struck in Skopje.\n")]
    [InlineData("Leaders of six south-east European countries agreed on Thursday\nto scrap mobile roaming charges between them.\n\nThe deal was struck in Skopje.\n")]
    public void A_hard_wrapped_lead_is_no_title(string text) => Assert.Null(ArticleExtractor.Extract("a.txt", text).Title);
}
