using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Tests.Reliability;

/// <summary>The values of the generated API as a loaded assembly gives them (read by reflection).</summary>
public sealed record ApiValues(
    IReadOnlyList<ApiQuote> Quotes,
    IReadOnlyList<(string Name, string? Title, string? Country)> People,
    IReadOnlyList<(string File, string? Title)> Articles,
    IReadOnlyList<(string Name, string Iso2)> Countries,
    IReadOnlyList<(string Name, string? Acronym)> Organizations);

/// <summary>One generated quote's values.</summary>
public sealed record ApiQuote(string Text, string? Speaker, string? Addressee, string Kind, string File, int Line, int Column);

/// <summary>
/// Emits a compilation to memory, loads it into a collectible <see cref="AssemblyLoadContext"/>, reads
/// every <c>All</c> list of the generated API by reflection (running the static initializers), and
/// unloads it.
/// </summary>
public static class CompiledApi
{
    public static ApiValues Load(Compilation compilation, string ns = "NewsFacts")
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("emit failed:\n" + string.Join("\n", result.Diagnostics.Take(20)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("NewsFacts.RoundTrip", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            return new ApiValues(
                All(assembly, ns + ".Quotes").Select(q => new ApiQuote(
                    (string)Get(q, "Text")!,
                    (string?)Get(q, "Speaker"),
                    (string?)Get(q, "Addressee"),
                    Get(q, "Kind")!.ToString()!,
                    (string)Get(q, "File")!,
                    (int)Get(q, "Line")!,
                    (int)Get(q, "Column")!)).ToList(),
                All(assembly, ns + ".People").Select(p => ((string)Get(p, "Name")!, (string?)Get(p, "Title"), (string?)Get(p, "Country"))).ToList(),
                All(assembly, ns + ".Articles").Select(a => ((string)Get(a, "File")!, (string?)Get(a, "Title"))).ToList(),
                All(assembly, ns + ".Countries").Select(c => ((string)Get(c, "Name")!, (string)Get(c, "Iso2")!)).ToList(),
                All(assembly, ns + ".Organizations").Select(o => ((string)Get(o, "Name")!, (string?)Get(o, "Acronym"))).ToList());
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<object> All(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        // A field, or a property where the list is built from the parts of a partial class (People, Quotes).
        var value = type.GetField("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException(typeName + ".All is missing");
        return ((IEnumerable)value).Cast<object>().ToList();
    }

    private static object? Get(object instance, string property) =>
        instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);
}
