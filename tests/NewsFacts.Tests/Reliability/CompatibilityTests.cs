using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Generator;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// The generated code, from the whole generator over ordinary and hostile articles, compiles with no
/// diagnostic for every consumer: C# 7.3, 9, 12 and the latest, on netstandard2.0, .NET Framework
/// 4.7.2, .NET 8 and .NET 10 reference assemblies, public and internal, and a consumer's code using
/// the API compiles with it.
/// </summary>
public sealed class CompatibilityTests
{
    /// <summary>Uses the API as a C# 7.3 consumer would, whatever the articles hold.</summary>
    private const string Usage = """
        namespace Consumer
        {
            internal static class Usage
            {
                internal static int Count()
                {
                    int n = 0;
                    foreach (global::NewsFacts.Organization o in global::NewsFacts.Organizations.All)
                    {
                        n += o.Members.Count + o.DialoguePartners.Count + o.Observers.Count + o.NonMembers.Count;
                        n += o.MemberCount.HasValue ? o.MemberCount.Value : 0;
                        foreach (global::NewsFacts.Accession a in o.Joining)
                        {
                            n += a.Whens.Count + (a.When == null ? 0 : a.When.Length) + a.Country.Name.Length;
                        }
                    }

                    foreach (global::NewsFacts.Person p in global::NewsFacts.People.All)
                    {
                        n += p.Quotes.Count + (p.Title == null ? 0 : p.Title.Length) + p.Name.Length;
                    }

                    foreach (global::NewsFacts.Quote q in global::NewsFacts.Quotes.All)
                    {
                        n += q.Kind == global::NewsFacts.QuoteKind.Term ? q.Text.Length : q.Line + q.Column;
                        n += q.Speaker == null ? 0 : q.Speaker.Length;
                    }

                    foreach (global::NewsFacts.Article a in global::NewsFacts.Articles.All)
                    {
                        n += a.File.Length + (a.Title == null ? 0 : a.Title.Length);
                    }

                    foreach (global::NewsFacts.Country c in global::NewsFacts.Countries.All)
                    {
                        n += c.Iso2.Length + c.ToString().Length;
                    }

                    n += global::NewsFacts.Organizations.Sco.Members.All.Count + global::NewsFacts.Organizations.Sco.Name.Length;
                    return n;
                }
            }
        }
        """;

    /// <summary>Corpus files whose facts stress the generated code: escapes, names, collisions, titles.</summary>
    private static readonly string[] HostileFiles =
    {
        "quote-summary-close.txt", "quote-backslashes.txt", "quote-bidi-override.txt", "quote-noncharacters.txt",
        "lone-surrogates.u.txt", "names-diacritics.txt", "names-same-identifier.txt", "names-api-members.txt",
        "title-hostile.txt", "name-2000-chars.txt",
    };

    public static IEnumerable<object[]> Matrix()
    {
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp9, LanguageVersion.CSharp12, LanguageVersion.Latest })
        {
            foreach (var framework in new[] { "netstandard2.0", "net472", "net8.0", "net10.0" })
            {
                yield return new object[] { version, framework };
            }
        }
    }

    public static IReadOnlyList<MetadataReference> References(string framework) => framework switch
    {
        "net8.0" => Basic.Reference.Assemblies.Net80.References.All,
        "net10.0" => Basic.Reference.Assemblies.Net100.References.All,
        _ => GeneratorHarness.ReferencesFromOutput(framework),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void GeneratedCode_CompilesClean_ForEveryLanguageVersionAndFramework(LanguageVersion version, string framework)
    {
        var ordinary = GeneratorTests.ThreeArticles();
        var texts = ordinary.Select(a => (AdditionalText)a.ToAdditionalText())
            .Concat(HostileFiles.Select(f => AdversarialCorpusTests.Open(f, "/articles/hostile/" + f)))
            .ToList();
        var articles = texts.Select(t => new TestArticle(t.Path, null)).ToList();

        foreach (var visibility in new[] { "public", "internal" })
        {
            var driver = GeneratorHarness.CreateDriver(articles, texts, visibility: visibility, languageVersion: version);
            var compilation = GeneratorHarness.CreateCompilation(version, new[] { GeneratorHarness.ConsumerSource, Usage }, References(framework));
            var run = GeneratorHarness.Run(driver, compilation);
            GeneratorChecks.AssertCleanRun(run, version + " on " + framework + ", " + visibility);

            // Emitting finds what binding does not (names past the metadata limits, CS7013).
            using var stream = new System.IO.MemoryStream();
            var emitted = run.OutputCompilation.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(10)));
            var nullable = run.Result.GeneratedSources.All(s => s.SourceText.ToString().Contains("#nullable enable", StringComparison.Ordinal));
            Assert.Equal(version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8, nullable);
        }
    }
}
