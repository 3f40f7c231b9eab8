namespace NewsFacts.Model;

/// <summary>
/// The generator's settings, read once from the MSBuild properties (<c>NewsFactsNamespace</c>,
/// <c>NewsFactsVisibility</c>) and the consumer's C# language version. Equatable, so that the pipeline
/// re-emits only when a setting changes.
/// </summary>
/// <param name="Namespace">The namespace of the generated types (default "NewsFacts").</param>
/// <param name="IsPublic">True for public generated types, false (the default) for internal ones.</param>
/// <param name="LanguageVersion">The consumer's effective C# language version, as Roslyn's number
/// (703 for C# 7.3, 800 for C# 8, ...).</param>
public sealed record GeneratorOptions(string Namespace, bool IsPublic, int LanguageVersion)
{
    /// <summary>The namespace used when none is configured.</summary>
    public const string DefaultNamespace = "NewsFacts";

    /// <summary>Roslyn's number of C# 8, the first version with nullable reference types.</summary>
    public const int CSharp8 = 800;

    /// <summary>Internal types in the default namespace, for the newest language version.</summary>
    public static GeneratorOptions Default { get; } = new(DefaultNamespace, false, int.MaxValue - 1);

    /// <summary>True when the consumer's language version has nullable reference types (C# 8+).</summary>
    public bool SupportsNullable => LanguageVersion >= CSharp8;

    /// <summary>The accessibility keyword of top-level generated types.</summary>
    public string Visibility => IsPublic ? "public" : "internal";
}
