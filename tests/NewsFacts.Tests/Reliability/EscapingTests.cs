using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Emission;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// Every UTF-16 code unit through the emitter's escaping: a string literal that compiles and holds
/// the text exactly, and doc-comment text that is well-formed XML (CS1570 is an error here).
/// </summary>
public sealed class EscapingTests
{
    /// <summary>All 65,536 code units, in chunks: lone surrogates, controls, U+FFFE/U+FFFF, bidi.</summary>
    private static string[] AllCodeUnits(int chunk)
    {
        var chunks = new string[0x10000 / chunk];
        for (var i = 0; i < chunks.Length; i++)
        {
            var builder = new StringBuilder(chunk);
            for (var c = i * chunk; c < (i + 1) * chunk; c++)
            {
                builder.Append((char)c);
            }

            chunks[i] = builder.ToString();
        }

        return chunks;
    }

    [Fact]
    public void EveryCodeUnit_RoundTripsThroughALiteral_AndMakesWellFormedDocs()
    {
        var chunks = AllCodeUnits(1024);
        var source = new StringBuilder("namespace Escaping\n{\n    /// <summary>Values.</summary>\n    public static class Values\n    {\n");
        for (var i = 0; i < chunks.Length; i++)
        {
            source.Append("        /// <summary>\n");
            foreach (var line in XmlDoc.Lines(XmlDoc.Escape(chunks[i])))
            {
                source.Append("        /// ").Append(line).Append('\n');
            }

            source.Append("        /// ").Append(XmlDoc.EscapeInline(chunks[i])).Append('\n');
            source.Append("        /// </summary>\n");
            source.Append("        public const string V").Append(i).Append(" = ").Append(Literals.String(chunks[i])).Append(";\n");
        }

        source.Append("    }\n}\n");

        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.CSharp7_3, new[] { source.ToString() });
        var shown = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(shown.Count == 0, string.Join("\n", shown.Take(10)));

        var type = compilation.GetTypeByMetadataName("Escaping.Values")!;
        for (var i = 0; i < chunks.Length; i++)
        {
            var field = (IFieldSymbol)type.GetMembers("V" + i).Single();
            Assert.True(string.Equals(chunks[i], (string)field.ConstantValue!, StringComparison.Ordinal), "chunk " + i + " does not round-trip");
        }
    }

    [Theory]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    [InlineData('\uD800')]
    [InlineData('\uDFFF')]
    [InlineData('\0')]
    public void XmlDoc_DropsCharactersXmlCannotHold(char c)
    {
        Assert.Equal("ab", XmlDoc.Escape("a" + c + "b"));
    }

    [Fact]
    public void Literal_IsOneLine_AndPrintable()
    {
        foreach (var chunk in AllCodeUnits(4096))
        {
            var literal = Literals.String(chunk);
            Assert.DoesNotContain(literal, c => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u202E');
            for (var i = 0; i < literal.Length; i++)
            {
                if (char.IsHighSurrogate(literal[i]))
                {
                    Assert.True(i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]), "a lone high surrogate in the literal");
                    i++;
                }
                else
                {
                    Assert.False(char.IsLowSurrogate(literal[i]), "a lone low surrogate in the literal");
                }
            }

            Assert.True(SyntaxFactory.ParseExpression(literal).IsKind(SyntaxKind.StringLiteralExpression), "not a single literal");
            Assert.False(SyntaxFactory.ParseExpression(literal).ContainsDiagnostics);
        }
    }
}
