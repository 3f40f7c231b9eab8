using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Analyzers;

namespace NewsFacts.Tests.IDE;

/// <summary>
/// The NewsFacts analyzer assembly as the IDE loads it from a package: the generator and both
/// analyzers, behind one <see cref="AnalyzerReference"/>.
/// </summary>
public sealed class NewsFactsAnalyzerReference : AnalyzerReference
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer(), new FactUsageAnalyzer());

    private static readonly ImmutableArray<ISourceGenerator> Generators =
        ImmutableArray.Create(new NewsFactsGenerator().AsSourceGenerator());

    public static readonly NewsFactsAnalyzerReference Instance = new();

    private NewsFactsAnalyzerReference()
    {
    }

    public override string? FullPath => null;

    public override string Display => "NewsFacts";

    public override object Id => typeof(NewsFactsGenerator).Assembly.GetName().Name!;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) =>
        language == LanguageNames.CSharp ? Analyzers : ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => Analyzers;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? Generators : ImmutableArray<ISourceGenerator>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
}

/// <summary>
/// A consuming project in an <see cref="AdhocWorkspace"/> with the IDE's features (completion, quick
/// info, code fixes) composed by MEF, as an editor has it: C# documents, the articles as additional
/// documents, and the configuration MSBuild would write (a global analyzer config with the
/// <c>build_property.*</c> values and a section per NewsArticle with
/// <c>build_metadata.AdditionalFiles.NewsFactsArticle = true</c>), plus any .editorconfig given.
/// All paths are virtual, under <see cref="Root"/>.
/// </summary>
public sealed class WorkspaceHarness : IDisposable
{
    public const string Root = "/consumer/";

    private static readonly Lazy<MefHostServices> Host = new(() => MefHostServices.Create(
        MefHostServices.DefaultAssemblies
            .Add(typeof(CompletionService).Assembly)
            .Add(Assembly.Load("Microsoft.CodeAnalysis.CSharp.Features"))
            .Distinct()));

    private WorkspaceHarness(AdhocWorkspace workspace, ProjectId projectId)
    {
        Workspace = workspace;
        ProjectId = projectId;
    }

    public AdhocWorkspace Workspace { get; }

    public ProjectId ProjectId { get; }

    public Project Project => Workspace.CurrentSolution.GetProject(ProjectId)!;

    /// <summary>
    /// A workspace with one project: the given C# sources (name → text), articles (file name → text,
    /// under articles/), build properties and extra analyzer config files (path under the root → text).
    /// </summary>
    public static WorkspaceHarness Create(
        IReadOnlyDictionary<string, string> sources,
        IReadOnlyDictionary<string, string> articles,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IReadOnlyDictionary<string, string>? configFiles = null)
    {
        var workspace = new AdhocWorkspace(Host.Value);
        var projectId = ProjectId.CreateNewId("Consumer");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            filePath: Root + "Consumer.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            metadataReferences: Basic.Reference.Assemblies.Net100.References.All,
            analyzerReferences: new AnalyzerReference[] { NewsFactsAnalyzerReference.Instance }));

        foreach (var (name, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(text, Encoding.UTF8), filePath: Root + name);
        }

        foreach (var (name, text) in articles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(text, Encoding.UTF8), filePath: ArticlePath(name));
        }

        // What the SDK writes to obj/<project>.GeneratedMSBuildEditorConfig.editorconfig.
        var generated = new StringBuilder("is_global = true\n");
        foreach (var (key, value) in buildProperties ?? new Dictionary<string, string>())
        {
            generated.Append("build_property.").Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var name in articles.Keys)
        {
            generated.Append('\n').Append('[').Append(ArticlePath(name)).Append("]\n")
                .Append("build_metadata.AdditionalFiles.NewsFactsArticle = true\n")
                .Append("build_metadata.AdditionalFiles.NewsFactsTitle = \n");
        }

        solution = AddConfig(solution, projectId, "obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig", generated.ToString());
        foreach (var (path, text) in configFiles ?? new Dictionary<string, string>())
        {
            solution = AddConfig(solution, projectId, path, text);
        }

        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace did not take the project.");
        }

        return new WorkspaceHarness(workspace, projectId);
    }

    public static string ArticlePath(string name) => Root + "articles/" + name;

    public Document Document(string name) => Project.Documents.Single(d => d.Name == name);

    public TextDocument Article(string name) => Project.AdditionalDocuments.Single(d => d.Name == name);

    /// <summary>Replaces the text of an article, as typing in the editor does.</summary>
    public void EditArticle(string name, string text)
    {
        var solution = Workspace.CurrentSolution.WithAdditionalDocumentText(Article(name).Id, SourceText.From(text, Encoding.UTF8));
        if (!Workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace did not take the edit.");
        }
    }

    /// <summary>The compilation with the generated sources, as the IDE has it.</summary>
    public async Task<Compilation> CompilationAsync(CancellationToken cancellationToken = default) =>
        (await Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;

    /// <summary>The project's analyzers over its compilation, with its options (additional files, configuration).</summary>
    public async Task<CompilationWithAnalyzers> AnalyzersAsync(CancellationToken cancellationToken = default)
    {
        var compilation = await CompilationAsync(cancellationToken).ConfigureAwait(false);
        var project = Project;
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        return compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
    }

    /// <summary>
    /// The diagnostics the IDE shows for one article while it is open: the additional-file analysis of
    /// that file alone (no build, no generator run), as the editor asks for them on each change.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> LiveArticleDiagnosticsAsync(string name, CancellationToken cancellationToken = default)
    {
        var withAnalyzers = await AnalyzersAsync(cancellationToken).ConfigureAwait(false);
        var file = Project.AnalyzerOptions.AdditionalFiles.Single(f => f.Path == ArticlePath(name));
        var result = await withAnalyzers.GetAnalysisResultAsync(file, cancellationToken).ConfigureAwait(false);
        return result.GetAllDiagnostics();
    }

    public void Dispose() => Workspace.Dispose();

    private static Solution AddConfig(Solution solution, ProjectId projectId, string path, string text) =>
        solution.AddAnalyzerConfigDocument(
            DocumentId.CreateNewId(projectId, path),
            path.Substring(path.LastIndexOf('/') + 1),
            SourceText.From(text, Encoding.UTF8),
            filePath: Root + path);
}
