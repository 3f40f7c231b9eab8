using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Tests.Infrastructure;

public static partial class GeneratorHarness
{
    private static IReadOnlyList<MetadataReference>? _defaultReferences;

    /// <summary>
    /// .NET 10's reference assemblies, copied from the targeting pack to refs/net10.0 by the project
    /// (Basic.Reference.Assemblies, which NewsFacts.Tests uses, needs a newer Roslyn than 4.8).
    /// </summary>
    public static IReadOnlyList<MetadataReference> DefaultReferences => _defaultReferences ??= ReferencesFromOutput("net10.0");
}
