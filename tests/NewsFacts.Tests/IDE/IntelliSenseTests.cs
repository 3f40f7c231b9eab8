using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.QuickInfo;
using Xunit;

namespace NewsFacts.Tests.IDE;

/// <summary>
/// IntelliSense on the facts, through Roslyn's own completion and quick info services over a
/// workspace that runs the generator on the articles (additional documents), as an editor does.
/// </summary>
public sealed class IntelliSenseTests
{
    /// <summary>A hand-written article about an invented bloc.</summary>
    public const string GrainArticle = """
        Grain ministers meet in Baku

        BAKU — Agriculture ministers of the Caspian Grain Compact (CGC) met in Baku on Tuesday
        to set export quotas for the coming harvest. The five-member bloc groups Azerbaijan,
        Kazakhstan, Turkmenistan, Iran and Russia. Georgia attends as an observer.

        "We will not let bread prices double again, whatever the weather brings to the steppe this year and next, and whatever the traders in the ports of the Caspian and the Black Sea may want us to believe about the markets," said Leyla Huseynova, Azerbaijan's
        agriculture minister.
        """;

    private static readonly Dictionary<string, string> Articles = new() { ["grain.txt"] = GrainArticle };

    /// <summary>Creates a workspace whose Program.cs is <paramref name="code"/> without its "$$", and the position of "$$".</summary>
    private static (WorkspaceHarness Harness, Document Document, int Position) Open(string code)
    {
        var position = code.IndexOf("$$", StringComparison.Ordinal);
        Assert.True(position >= 0, "no $$ in the code");
        var harness = WorkspaceHarness.Create(new Dictionary<string, string> { ["Program.cs"] = code.Remove(position, 2) }, Articles);
        return (harness, harness.Document("Program.cs"), position);
    }

    private static async Task<IReadOnlyList<string>> CompletionsAsync(string code)
    {
        var (harness, document, position) = Open(code);
        using (harness)
        {
            var service = CompletionService.GetService(document);
            Assert.NotNull(service);
            var completions = await service!.GetCompletionsAsync(document, position);
            return completions.ItemsList.Select(i => i.DisplayText).ToList();
        }
    }

    private static async Task<string> QuickInfoAsync(string code)
    {
        var (harness, document, position) = Open(code);
        using (harness)
        {
            var service = QuickInfoService.GetService(document);
            Assert.NotNull(service);
            var info = await service!.GetQuickInfoAsync(document, position);
            Assert.NotNull(info);
            return string.Join("\n", info!.Sections.Select(s => s.Text));
        }
    }

    [Fact]
    public async Task Completion_AfterMembers_OffersTheMemberStates()
    {
        var items = await CompletionsAsync("""
            class C
            {
                void M()
                {
                    var x = NewsFacts.Organizations.Cgc.Members.$$
                }
            }
            """);

        Assert.Contains("Azerbaijan", items);
        Assert.Contains("Kazakhstan", items);
        Assert.Contains("Turkmenistan", items);
        Assert.Contains("Iran", items);
        Assert.Contains("Russia", items);
        Assert.Contains("All", items);

        // Georgia is named, but not as a member.
        Assert.DoesNotContain("Georgia", items);
    }

    [Fact]
    public async Task Completion_AfterOrganizations_OffersTheBloc_AndAfterCountries_TheCountriesAndLookups()
    {
        var organizations = await CompletionsAsync("class C { object M() => NewsFacts.Organizations.$$ }");
        Assert.Contains("Cgc", organizations);
        Assert.Contains("All", organizations);

        var countries = await CompletionsAsync("class C { object M() => NewsFacts.Countries.$$ }");
        Assert.Contains("Georgia", countries);
        Assert.Contains("Kazakhstan", countries);
        Assert.Contains("Get", countries);
        Assert.Contains("Find", countries);
    }

    [Fact]
    public async Task QuickInfo_OnAMemberState_ShowsTheFact_ItsValue_AndItsEvidence()
    {
        var text = await QuickInfoAsync("class C { object M() => NewsFacts.Organizations.Cgc.Members.Kaza$$khstan; }");

        Assert.Contains("Kazakhstan — member state of the Caspian Grain Compact (CGC).", text, StringComparison.Ordinal);
        Assert.Contains("Value: \"Kazakhstan\" (KZ)", text, StringComparison.Ordinal);
        Assert.Contains(
            "grain.txt(5): \"The five-member bloc groups Azerbaijan, Kazakhstan, Turkmenistan, Iran and Russia.\"",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_OnTheStatedCount_ShowsItsValueAndEvidence()
    {
        var text = await QuickInfoAsync("class C { int M() => NewsFacts.Organizations.Cgc.Member$$Count; }");

        Assert.Contains("The number of member states of the Caspian Grain Compact (CGC), as the articles state it.", text, StringComparison.Ordinal);
        Assert.Contains("Value: 5", text, StringComparison.Ordinal);
        Assert.Contains("grain.txt(4)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_OnAQuote_ShowsItsFullText_AndItsSpeaker()
    {
        var quote = (await CompletionsAsync("class C { object M() => NewsFacts.Quotes.$$ }")).Single(i => i.StartsWith("LeylaHuseynova", StringComparison.Ordinal));
        var text = await QuickInfoAsync("class C { object M() => NewsFacts.Quotes." + quote.Insert(3, "$$") + "; }");

        Assert.Contains("Leyla Huseynova said, in grain.txt(7):", text, StringComparison.Ordinal);

        // The whole quotation, long as it is (217 characters): no ellipsis.
        Assert.Contains(
            "\"We will not let bread prices double again, whatever the weather brings to the steppe this year and next, "
                + "and whatever the traders in the ports of the Caspian and the Black Sea may want us to believe about the markets,\"",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_OnAPerson_ShowsTheEvidenceSentence_Shortened()
    {
        var text = await QuickInfoAsync("class C { object M() => NewsFacts.People.Leyla$$Huseynova; }");

        Assert.Contains("Leyla Huseynova — Agriculture Minister, Azerbaijan; 1 quotation.", text, StringComparison.Ordinal);

        // The sentence (271 characters) is cut at a word before 200, with an ellipsis.
        var evidence = text.Split('\n').Single(l => l.StartsWith("grain.txt(7): ", StringComparison.Ordinal));
        Assert.StartsWith("grain.txt(7): \"\"We will not let bread prices double again,", evidence, StringComparison.Ordinal);
        Assert.EndsWith("…\"", evidence, StringComparison.Ordinal);
        Assert.True(evidence.Length < "grain.txt(7): \"\"".Length + 202, evidence);
    }

    [Fact]
    public async Task QuickInfo_OnACountry_ShowsItsRelations_AndEvidence()
    {
        var text = await QuickInfoAsync("class C { object M() => NewsFacts.Countries.Azer$$baijan; }");

        Assert.Contains("Azerbaijan (AZ) — a country named in the articles", text, StringComparison.Ordinal);
        Assert.Contains("Member state of the CGC.", text, StringComparison.Ordinal);
        Assert.Contains("grain.txt(", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_OnTheLookup_ExplainsTheCompileTimeCheck()
    {
        var text = await QuickInfoAsync("class C { object M() => NewsFacts.Countries.G$$et(\"Iran\"); }");

        Assert.Contains("ISO 3166-1 alpha-2 code", text, StringComparison.Ordinal);
        Assert.Contains("NF0101", text, StringComparison.Ordinal);
    }
}
