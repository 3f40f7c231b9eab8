using System.Linq;
using NewsFacts.Emission;
using Xunit;

namespace NewsFacts.Tests.Reliability;

/// <summary>Generated names that no article can make invalid, too long or host-dependent.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("Nguyễn Thị Lan", "NguyenThiLan")]
    [InlineData("Đặng Văn Ngữ", "DangVanNgu")]
    [InlineData("Ελληνική Δημοκρατία", "ΕλληνικηΔημοκρατια")]
    [InlineData("Йошкар-Ола", "ИошкарОла")]
    [InlineData("Ǎǐǒǔ Ḃḉ", "AiouBc")]
    [InlineData("한국 대통령", "한국대통령")]
    public void Folds_DoNotDependOnTheGlobalizationMode(string name, string identifier)
    {
        // The tests run with InvariantGlobalization (no ICU), where string.Normalize does nothing:
        // the table gives the same names as a machine with ICU.
        Assert.Equal(identifier, Identifiers.ToPascalCase(name));
    }

    [Fact]
    public void LongNames_AreCut_FarBelowTheMetadataLimit()
    {
        var name = "A" + new string('b', 5000) + " " + new string('\u4E00', 3000);
        var identifier = Identifiers.ToPascalCase(name);
        Assert.Equal(Identifiers.MaxNameLength, identifier.Length);
        Assert.True(Identifiers.IsValidIdentifier(identifier));
        Assert.True(Identifiers.MakeValid(new string('\u4E00', 5000)).Length <= Identifiers.MaxIdentifierLength);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Identifiers.MakeValid(new string('\u4E00', 5000))) < 1023);
    }

    [Fact]
    public void ManyFactsOfOneName_AreNumberedInOrder()
    {
        var sources = Enumerable.Repeat("Reset", 20_000).Prepend("Reset3").ToList();
        var names = new NameAllocator(new[] { "All" }).Allocate(sources, Identifiers.ToPascalCase, collisions: null);
        Assert.Equal("Reset3", names[0]);
        Assert.Equal("Reset", names[1]);
        Assert.Equal("Reset2", names[2]);
        Assert.Equal("Reset4", names[3]);
        Assert.Equal("Reset20001", names[names.Length - 1]);
        Assert.Equal(names.Length, names.Distinct().Count());
    }
}
