using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsFacts.Emission;
using Xunit;

namespace NewsFacts.Tests.Emission;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("Kazakhstan", "Kazakhstan")]
    [InlineData("Vladimir Putin", "VladimirPutin")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("Côte d'Ivoire", "CoteDIvoire")]
    [InlineData("Côte d\u2019Ivoire", "CoteDIvoire")]
    [InlineData("São Tomé and Príncipe", "SaoTomeAndPrincipe")]
    [InlineData("Kassym-Jomart Tokayev", "KassymJomartTokayev")]
    [InlineData("China's foreign ministry", "ChinasForeignMinistry")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Łukasz Żółć", "LukaszZolc")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Ștefan Țiriac", "StefanTiriac")]
    [InlineData("SCO", "Sco")]
    [InlineData("BRICS", "Brics")]
    [InlineData("EU", "EU")]
    [InlineData("U.S.", "US")]
    [InlineData("G20", "G20")]
    [InlineData("McDonald", "McDonald")]
    [InlineData("united states", "UnitedStates")]
    [InlineData("2024 Summit", "_2024Summit")]
    [InlineData("7", "_7")]
    [InlineData("000_99aa43d0c3a88566", "_000_99aa43d0c3a88566")]
    [InlineData("2024 05 report", "_2024_05Report")]
    [InlineData("", "_")]
    [InlineData("!!!", "_")]
    [InlineData(null, "_")]
    [InlineData("Москва", "Москва")]
    [InlineData("a\u202Eb", "AB")]
    public void ToPascalCase_MakesValidIdentifiers(string? name, string expected)
    {
        var identifier = Identifiers.ToPascalCase(name);
        Assert.Equal(expected, identifier);
        Assert.True(SyntaxFacts.IsValidIdentifier(identifier.TrimStart('@')));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("int", "@int")]
    [InlineData("Class", "Class")]
    [InlineData("var", "var")]
    [InlineData("2nd", "_2nd")]
    [InlineData("a-b", "ab")]
    public void MakeValid_EscapesKeywords(string candidate, string expected)
    {
        Assert.Equal(expected, Identifiers.MakeValid(candidate));
    }

    [Fact]
    public void Allocator_NumbersCollisions_InTheGivenOrder_AndReportsThem()
    {
        var allocator = new NameAllocator(new[] { "All" });
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(
            new[] { "Cote d'Ivoire", "Côte d'Ivoire", "Côte-d'Ivoire", "All", "Cote d Ivoire2" },
            Identifiers.ToPascalCase,
            collisions);

        Assert.Equal(new[] { "CoteDIvoire", "CoteDIvoire3", "CoteDIvoire4", "All2", "CoteDIvoire2" }, names);
        Assert.Equal(
            new[]
            {
                new NameCollision("CoteDIvoire", "Cote d'Ivoire", "Côte d'Ivoire", "CoteDIvoire3"),
                new NameCollision("CoteDIvoire", "Cote d'Ivoire", "Côte-d'Ivoire", "CoteDIvoire4"),
                new NameCollision("All", "the generated member All", "All", "All2"),
            },
            collisions);
    }

    [Fact]
    public void Allocator_UsesAnUnderscoreAfterADigit_AndIgnoresSameSourceDuplicates()
    {
        var allocator = new NameAllocator(Array.Empty<string>());
        var collisions = new List<NameCollision>();
        var names = allocator.Allocate(new[] { "G20", "G-20", "G20" }, Identifiers.ToPascalCase, collisions);
        Assert.Equal(new[] { "G20", "G20_2", "G20_3" }, names);
        Assert.Single(collisions);
    }
}

public sealed class LiteralsTests
{
    public static IEnumerable<object[]> Strings() => new[]
    {
        new object[] { "plain" },
        new object[] { "quote \" and backslash \\ and */ and </summary>" },
        new object[] { "line\nbreaks\r\nand\ttabs\0nul\a\b\f\v" },
        new object[] { "separators \u2028 \u2029 \u0085 end" },
        new object[] { "bidi \u202A\u202B\u202C\u202D\u202E \u2066\u2067\u2068\u2069 \u200E\u200F" },
        new object[] { "lone \uD800 high and \uDC00 low, and a pair \uD83D\uDE00" },
        new object[] { "bom \uFEFF and \uFFFF and private \uE000" },
        new object[] { "Türkiye, Côte d'Ivoire, Москва, 北京" },
        new object[] { "\"" },
        new object[] { "\\" },
        new object[] { string.Empty },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_RoundTripsThroughTheCompiler(string value)
    {
        var literal = Literals.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(value, token.ValueText);
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_HasNoCharacterThatChangesTheCodeStructure(string value)
    {
        var literal = Literals.String(value);
        foreach (var c in literal)
        {
            Assert.False(c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F), "control character U+" + ((int)c).ToString("X4"));
            Assert.False(c == '\u2028' || c == '\u2029' || c == '\u0085', "line separator");
            Assert.False(c >= '\u202A' && c <= '\u202E', "bidi embedding");
            Assert.False(c >= '\u2066' && c <= '\u2069', "bidi isolate");
            Assert.False(c == '\u200E' || c == '\u200F' || c == '\uFEFF', "invisible format character");
        }

        // A lone surrogate is always escaped; a valid pair is kept.
        for (var i = 0; i < literal.Length; i++)
        {
            if (char.IsHighSurrogate(literal[i]))
            {
                Assert.True(i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]));
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(literal[i]));
            }
        }
    }

    [Fact]
    public void Null_IsTheNullLiteral()
    {
        Assert.Equal("null", Literals.String(null));
        Assert.Equal("null", Literals.Int((int?)null));
        Assert.Equal("-12", Literals.Int(-12));
    }
}

public sealed class XmlDocTests
{
    [Fact]
    public void Escape_EscapesMarkup_AndSplitsLines()
    {
        Assert.Equal("a &lt;/summary&gt; &amp; b", XmlDoc.Escape("a </summary> & b"));
        Assert.Equal("one\ntwo\nthree\nfour\nfive", XmlDoc.Escape("one\r\ntwo\nthree\u2028four\u0085five"));
        Assert.Equal("ab", XmlDoc.Escape("a\u0001\u007Fb"));
        Assert.Equal("x&#x202E;y", XmlDoc.Escape("x\u202Ey"));
        Assert.Equal("xy", XmlDoc.Escape("x\uD800y"));
    }

    [Fact]
    public void Text_InADocComment_NeverEndsTheComment()
    {
        var writer = new IndentedWriter { Indent = 1 };
        writer.WriteSummary(new[] { XmlDoc.Escape("first */ line\nsecond </summary> line\u2028third\r\n") });
        writer.WriteLine("public const int X = 1;");
        var text = writer.ToString();
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.All(lines.Take(lines.Length - 1), l => Assert.StartsWith("    ///", l, StringComparison.Ordinal));
        Assert.Equal("    public const int X = 1;", lines.Last());

        var tree = CSharpSyntaxTree.ParseText(
            "class C\n{\n" + text + "}\n",
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        var field = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single();
        Assert.Contains("second &lt;/summary&gt; line", field.GetLeadingTrivia().ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_CutsAtAWord_WithAnEllipsis()
    {
        var sentence = string.Join(" ", Enumerable.Repeat("word", 100));
        var shortened = XmlDoc.Shorten(sentence);
        Assert.True(shortened.Length <= XmlDoc.MaxSentenceLength + 1);
        Assert.EndsWith("word\u2026", shortened, StringComparison.Ordinal);
        Assert.Equal("short one", XmlDoc.Shorten("short \n  one"));
    }
}
