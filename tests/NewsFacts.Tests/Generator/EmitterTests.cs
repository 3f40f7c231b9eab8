using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Emission;
using NewsFacts.Model;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Generator;

/// <summary>The emitter alone, on hand-built models: snapshots, compilation, determinism.</summary>
public sealed class EmitterTests
{
    /// <summary>Uses the generated API the way a consumer on C# 7.3 would.</summary>
    private const string Usage = """
        namespace Consumer
        {
            internal static class Usage
            {
                internal static int Count()
                {
                    int n = 0;
                    foreach (global::NewsFacts.Organization organization in global::NewsFacts.Organizations.All)
                    {
                        n += organization.Members.Count + organization.Joining.Count;
                        if (organization.MemberCount.HasValue)
                        {
                            n += organization.MemberCount.Value;
                        }
                    }

                    n += global::NewsFacts.Organizations.Sco.Members.All.Count + global::NewsFacts.Organizations.Sco.MemberCount;
                    n += global::NewsFacts.Organizations.Sco.Members.Kazakhstan.Name.Length;
                    n += global::NewsFacts.Organizations.Sco.Joining.Laos.Whens.Count;
                    n += global::NewsFacts.Organizations._2024SummitGroup.Members.China.Iso2.Length;
                    n += global::NewsFacts.Organizations.Sco.Acronym.Length + global::NewsFacts.Organizations.G20.Name.Length;
                    n += global::NewsFacts.Countries.CoteDIvoire.Name.Length + global::NewsFacts.Countries.All.Count;
                    n += global::NewsFacts.People.VladimirPutin.Quotes.Count + global::NewsFacts.People.JoseMarti2.Name.Length;
                    foreach (global::NewsFacts.Quote quote in global::NewsFacts.Quotes.All)
                    {
                        n += quote.Kind == global::NewsFacts.QuoteKind.Term ? 1 : quote.Line;
                    }

                    n += global::NewsFacts.Articles._2024Report.File.Length + global::NewsFacts.Articles.All.Count;
                    return n;
                }
            }
        }
        """;

    public static IEnumerable<object[]> LanguageVersions() => new[]
    {
        new object[] { LanguageVersion.CSharp7_3 },
        new object[] { LanguageVersion.CSharp8 },
        new object[] { LanguageVersion.Latest },
    };

    private static GeneratorOptions Options(LanguageVersion version = LanguageVersion.Latest, bool isPublic = false, string ns = "NewsFacts") =>
        new(ns, isPublic, (int)version.MapSpecifiedToEffectiveVersion());

    private static string Concat(EmitResult result) =>
        string.Concat(result.Files.Select(f => "//----- " + f.HintName + "\n" + f.Text));

    [Fact]
    public void AllFeatures_MatchesSnapshot()
    {
        var result = Emitter.Emit(TestModels.AllFeatures(), Options());
        Snapshot.Verify("AllFeatures", Concat(result));
    }

    [Fact]
    public void AllFeatures_CSharp73_MatchesSnapshot()
    {
        var result = Emitter.Emit(TestModels.AllFeatures(), Options(LanguageVersion.CSharp7_3, isPublic: true));
        Snapshot.Verify("AllFeatures.CSharp73.Public.Types", result.Files.Single(f => f.HintName == Emitter.TypesHintName).Text);
    }

    [Fact]
    public void EmptyModel_MatchesSnapshot()
    {
        var result = Emitter.Emit(TestModels.Empty(), Options());
        Snapshot.Verify("Empty", Concat(result));
    }

    [Fact]
    public void Emit_GivesTheIndexFiles_AndTheirParts_WithUniqueHintNames()
    {
        var result = Emitter.Emit(TestModels.AllFeatures(), Options());
        Assert.Equal(
            new[]
            {
                "NewsFacts.Types.g.cs", "NewsFacts.Organizations.g.cs", "NewsFacts.Countries.g.cs",
                "NewsFacts.People.g.cs", "NewsFacts.Quotes.g.cs", "NewsFacts.Articles.g.cs",
            },
            result.Files.Select(f => f.HintName).Where(h => Reliability.GeneratorChecks.IndexFiles.Contains(h)));
        Assert.Equal(result.Files.Count, result.Files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var organizationParts = result.Files.Where(f => f.HintName.StartsWith("NewsFacts.Organizations.", StringComparison.Ordinal) && f.HintName != Emitter.OrganizationsHintName).ToList();
        Assert.Equal(TestModels.AllFeatures().Organizations.Count, organizationParts.Sum(f => System.Text.RegularExpressions.Regex.Matches(f.Text, "\n        public static class ").Count));
        Assert.All(result.Files, f => Assert.Matches("^NewsFacts\\.[A-Za-z]+(\\.[A-Za-z0-9_]+)?\\.g\\.cs$", f.HintName));
        Assert.Contains(result.Files, f => f.HintName.StartsWith("NewsFacts.Quotes.", StringComparison.Ordinal) && f.HintName != Emitter.QuotesHintName);
        Assert.Contains(result.Files, f => f.HintName.StartsWith("NewsFacts.People.", StringComparison.Ordinal) && f.HintName != Emitter.PeopleHintName);
        foreach (var file in result.Files)
        {
            Assert.StartsWith("// <auto-generated/>\n", file.Text, StringComparison.Ordinal);
            Assert.Contains("#nullable enable", file.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", file.Text, StringComparison.Ordinal);
            const string attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"NewsFacts\", \"" + Emitter.GeneratorVersion + "\")]";
            if (Reliability.GeneratorChecks.IndexFiles.Contains(file.HintName) || file.HintName.StartsWith("NewsFacts.Organizations.", StringComparison.Ordinal))
            {
                Assert.Contains(attribute, file.Text, StringComparison.Ordinal);
            }
            else
            {
                // A part of People or Quotes: the attribute (and the doc) are on the class's index part; a
                // second one would be CS0579.
                Assert.DoesNotContain(attribute, file.Text, StringComparison.Ordinal);
                Assert.Contains("static partial class", file.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void GeneratedCode_Compiles_WithoutAnyDiagnostic(LanguageVersion version)
    {
        foreach (var isPublic in new[] { false, true })
        {
            var result = Emitter.Emit(TestModels.AllFeatures(), Options(version, isPublic));
            var diagnostics = GeneratorHarness.Compile(result.Files.Select(f => f.Text).Append(Usage), version);
            AssertNoDiagnostics(diagnostics, version + (isPublic ? " public" : " internal"));
        }
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net472")]
    public void GeneratedCode_Compiles_ForOlderFrameworks_AsCSharp73(string framework)
    {
        var references = GeneratorHarness.ReferencesFromOutput(framework);
        var result = Emitter.Emit(TestModels.AllFeatures(), Options(LanguageVersion.CSharp7_3, isPublic: true));
        var diagnostics = GeneratorHarness.Compile(result.Files.Select(f => f.Text).Append(Usage), LanguageVersion.CSharp7_3, references);
        AssertNoDiagnostics(diagnostics, framework);
    }

    [Fact]
    public void EmptyModel_Compiles()
    {
        var result = Emitter.Emit(TestModels.Empty(), Options(LanguageVersion.CSharp7_3));
        AssertNoDiagnostics(GeneratorHarness.Compile(result.Files.Select(f => f.Text), LanguageVersion.CSharp7_3), "empty");
    }

    [Fact]
    public void CSharp73_HasNoNullableAnnotations()
    {
        var result = Emitter.Emit(TestModels.AllFeatures(), Options(LanguageVersion.CSharp7_3));
        foreach (var file in result.Files)
        {
            Assert.DoesNotContain("#nullable", file.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("string?", file.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_DoesNotDependOnTheOrderOfTheModel()
    {
        var model = TestModels.AllFeatures();
        var first = Emitter.Emit(model, Options());
        var second = Emitter.Emit(TestModels.Reversed(model), Options());
        Assert.Equal(Concat(first), Concat(second));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void CollidingNames_AreNumbered_AndReportedAsNF0009()
    {
        var result = Emitter.Emit(TestModels.AllFeatures(), Options());
        var people = Files(result, "NewsFacts.People.");
        Assert.Contains("Person JoseMarti = new", people, StringComparison.Ordinal);
        Assert.Contains("Person JoseMarti2 = new", people, StringComparison.Ordinal);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NameCollision, diagnostic.Id);
        Assert.Equal(new[] { "JoseMarti", "Jose Marti", "José Martí", "JoseMarti2" }, diagnostic.Args);
        Assert.Equal(TestModels.Report, diagnostic.Path);
        Assert.Equal(7, diagnostic.Line);
    }

    [Fact]
    public void CrossArticleDiagnostics_DoNotReachTheEmitterOutput()
    {
        var model = TestModels.AllFeatures();
        var withoutDiagnostics = model with { Diagnostics = EquatableArray<ArticleDiagnostic>.Empty };
        Assert.Equal(Concat(Emitter.Emit(model, Options())), Concat(Emitter.Emit(withoutDiagnostics, Options())));
    }

    [Fact]
    public void Quotes_AreEscaped_InLiteralsAndDocs()
    {
        var quotes = Files(Emitter.Emit(TestModels.AllFeatures(), Options()), "NewsFacts.Quotes.");
        Assert.Contains(
            "\"He said \\\"no\\\", then C:\\\\path\\\\file */ and </summary> <b>bold</b> & more\\nsecond line\\u2028third line \\u202Eevil\\u202C end\"",
            quotes,
            StringComparison.Ordinal);
        Assert.Contains("&lt;/summary&gt; &lt;b&gt;bold&lt;/b&gt; &amp; more", quotes, StringComparison.Ordinal);
        Assert.Contains("/// second line", quotes, StringComparison.Ordinal);
        Assert.Contains("&#x202E;evil&#x202C;", quotes, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", quotes, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", quotes, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_IsConfigurable_AndMadeValid()
    {
        var result = Emitter.Emit(TestModels.Empty(), Options(ns: "My.Company.2nd.class"));
        var types = result.Files.Single(f => f.HintName == Emitter.TypesHintName).Text;
        Assert.Contains("namespace My.Company._2nd.@class\n", types, StringComparison.Ordinal);
        AssertNoDiagnostics(GeneratorHarness.Compile(result.Files.Select(f => f.Text), LanguageVersion.Latest), "namespace");
    }

    [Fact]
    public void Evidence_IsShortened_AndLimitedToThree()
    {
        var organizations = Files(Emitter.Emit(TestModels.AllFeatures(), Options()), "NewsFacts.Organizations.");
        Assert.Contains("… and 2 more.", organizations, StringComparison.Ordinal);
        Assert.Contains("has since grown into the largest regional organisation in the…", organizations, StringComparison.Ordinal);
    }

    /// <summary>The text of the files of one class (the index and its parts), in output order.</summary>
    private static string Files(EmitResult result, string prefix) =>
        string.Concat(result.Files.Where(f => f.HintName.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Text));

    internal static void AssertNoDiagnostics(IEnumerable<Diagnostic> diagnostics, string context)
    {
        var shown = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(shown.Count == 0, context + ":\n" + string.Join("\n", shown.Take(20).Select(d => d.ToString())));
    }
}
