using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using NewsFacts.Tests.Infrastructure;
using Xunit;

namespace NewsFacts.Tests.Analyzers;

/// <summary>
/// What the string-keyed lookups do at run time, in the generated code compiled and loaded: the rule
/// the analyzer checks at compile time (name or ISO code, ignoring case) is the rule they run.
/// </summary>
public sealed class LookupRuntimeTests
{
    private const string Consumer = """
        using System.Collections.Generic;
        using NewsFacts;

        /// <summary>Calls the lookups.</summary>
        public static class Probe
        {
            /// <summary>The lookups' results, one per line.</summary>
            public static string Run(string runtimeName)
            {
                var lines = new List<string>();
                lines.Add("Get(Kazakhstan) same as field: " + ReferenceEquals(Countries.Get("Kazakhstan"), Countries.Kazakhstan));
                lines.Add("Get(kz): " + Countries.Get("kz").Name);
                lines.Add("Find(runtime): " + (Countries.Find(runtimeName)?.Name ?? "null"));
                lines.Add("Find(null): " + (Countries.Find(null)?.Name ?? "null"));
                try
                {
                    Countries.Get(runtimeName);
                    lines.Add("Get(runtime): found");
                }
                catch (KeyNotFoundException e)
                {
                    lines.Add("Get(runtime): " + e.Message);
                }

                lines.Add("IsMember(TM): " + Organizations.Cgc.IsMember("tm"));
                lines.Add("IsMember(Georgia): " + Organizations.Cgc.IsMember("Georgia"));
                lines.Add("IsMember(Countries.Iran): " + Organizations.Cgc.IsMember(Countries.Iran));
                lines.Add("IsMember(Countries.Georgia): " + Organizations.Cgc.IsMember(Countries.Georgia));
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public async Task Lookups_FindByNameOrCode_IgnoringCase_AndIsMemberFollowsTheMembers()
    {
        var build = await BuildHarness.BuildAsync(
            new[] { new TestArticle("/articles/grain.txt", IDE.IntelliSenseTests.GrainArticle) },
            new[] { Consumer });

        // The constants are checked: all name countries of the article, so only suggestions (NF0102).
        Assert.All(build.AnalyzerDiagnostics, d => Assert.Equal("NF0102", d.Id));
        Assert.Equal(4, build.AnalyzerDiagnostics.Length);
        NewsFacts.Tests.Generator.EmitterTests.AssertNoDiagnostics(build.CompilerDiagnostics, "probe");

        using var stream = new MemoryStream();
        var emitted = build.Compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("probe", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var run = assembly.GetType("Probe")!.GetMethod("Run")!;
            var output = (string)run.Invoke(null, new object[] { "Uzbekistan" })!;
            Assert.Equal(
                string.Join("\n", new[]
                {
                    "Get(Kazakhstan) same as field: True",
                    "Get(kz): Kazakhstan",
                    "Find(runtime): null",
                    "Find(null): null",
                    "Get(runtime): No country of the news articles is named 'Uzbekistan'.",
                    "IsMember(TM): True",
                    "IsMember(Georgia): False",
                    "IsMember(Countries.Iran): True",
                    "IsMember(Countries.Georgia): False",
                }),
                output);
        }
        finally
        {
            context.Unload();
        }
    }
}
