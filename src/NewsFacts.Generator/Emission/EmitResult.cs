using NewsFacts.Model;

namespace NewsFacts.Emission;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The hint name ("NewsFacts.Types.g.cs"), unique in the output ignoring case.</param>
/// <param name="Text">The C# source, '\n' line ends.</param>
/// <param name="Error">NF0099 when the file could not be written (its text then says so), else null.</param>
public sealed record GeneratedFile(string HintName, string Text, ArticleDiagnostic? Error = null);

/// <summary>What the emitter produces: the files, and the naming diagnostics (NF0009) as plain data.</summary>
/// <param name="Diagnostics">Name collisions; their <see cref="ArticleDiagnostic.Path"/> holds the
/// article's file name (the emitter sees no paths), mapped to a path when reported.</param>
public sealed record EmitResult(EquatableArray<GeneratedFile> Files, EquatableArray<ArticleDiagnostic> Diagnostics);
