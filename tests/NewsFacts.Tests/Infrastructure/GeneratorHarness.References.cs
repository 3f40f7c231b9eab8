using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Tests.Infrastructure;

public static partial class GeneratorHarness
{
    /// <summary>
    /// .NET 10's reference assemblies, from Basic.Reference.Assemblies. (NewsFacts.Tests.MinRoslyn has
    /// its own copy of this file: that package needs a newer Roslyn than the 4.8 it tests.)
    /// </summary>
    public static IReadOnlyList<MetadataReference> DefaultReferences => Basic.Reference.Assemblies.Net100.References.All;
}
