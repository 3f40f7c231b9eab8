using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Diagnostics;
using NewsFacts.Emission;
using NewsFacts.Extraction;
using NewsFacts.Merge;
using NewsFacts.Model;

namespace NewsFacts;

/// <summary>
/// Reads the news articles given as <c>&lt;NewsArticle Include="..." /&gt;</c> and generates typed
/// constants and classes for their facts.
/// <para>
/// The pipeline: each article file (chosen by its NewsFactsArticle metadata) becomes an equatable
/// <see cref="ArticleInput"/>; each is extracted on its own (<see cref="ArticleExtractor"/>), so an edit
/// re-extracts only that article; the facts are collected and merged (<see cref="FactsMerger"/>); the
/// merged model and the options are emitted (<see cref="Emitter"/>). Diagnostics travel as data and are
/// reported from their own outputs: the cross-article and naming ones here, those of one article by
/// <see cref="Analyzers.ArticleAnalyzer"/>. The generator never throws: failures become NF0099.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsFactsGenerator : IIncrementalGenerator
{
    /// <summary>The global option of the namespace of the generated types.</summary>
    public const string NamespaceProperty = "build_property.NewsFactsNamespace";

    /// <summary>The global option of the accessibility of the generated types (internal or public).</summary>
    public const string VisibilityProperty = "build_property.NewsFactsVisibility";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Options: read once from the global options, and the language version of the parse options.
        var buildProperties = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadBuildProperties(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.BuildProperties);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : (int)LanguageVersion.CSharp7_3)
            .WithTrackingName(TrackingNames.LanguageVersion);

        var options = buildProperties
            .Combine(languageVersion)
            .Select(static (pair, _) => pair.Left with { LanguageVersion = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        // Articles: the additional files marked as NewsArticle, as values (path, title, text).
        var articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ArticleInput.TryCreate(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleFiles);

        var articles = articleFiles
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Articles);

        // Extraction: one step per article, cached by the article's value.
        var extracted = articles
            .Select(static (input, cancellationToken) => Extract(input, cancellationToken))
            .WithTrackingName(TrackingNames.Extraction);

        // The diagnostics of each article alone (NF0004-NF0007) are not reported here but by
        // Analyzers/ArticleAnalyzer, from the same extraction, so that the IDE shows them live and a
        // build reports each once. The generator reports those of the merged model and its names.

        // Merge, in two halves: the organisations and countries of all the articles (with the
        // cross-article checks), and their people and quotations. Each half sees only its side of each
        // article's facts, so an edit that changes one side (a new quotation) leaves the other side's
        // merge and plan cached. The article list is a third, small input.
        var organizationFacts = extracted
            .Select(static (facts, _) => OrganizationsOf(facts))
            .WithTrackingName(TrackingNames.OrganizationFacts);

        var peopleFacts = extracted
            .Select(static (facts, _) => PeopleOf(facts))
            .WithTrackingName(TrackingNames.PeopleFacts);

        var articleHeads = extracted
            .Select(static (facts, _) => HeadOf(facts))
            .WithTrackingName(TrackingNames.ArticleHeads);

        // Articles with the same text as an earlier one (by path) count once: found from the heads
        // (which carry the content hashes), so that the halves do not change with every edit.
        var allHeads = articleHeads.Collect();

        var articleList = allHeads
            .Select(static (all, cancellationToken) => MergeAll(all, FactsMerger.MergeParts.Duplicates, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleList);

        var duplicates = allHeads
            .Select(static (all, _) => all.IsDefaultOrEmpty ? EquatableArray<string>.Empty : FactsMerger.LaterDuplicatePaths(all))
            .WithTrackingName(TrackingNames.Duplicates);

        var mergedOrganizations = organizationFacts
            .Collect()
            .Combine(duplicates)
            .Select(static (pair, cancellationToken) => MergeAll(Without(pair.Left, pair.Right), FactsMerger.MergeParts.Organizations, cancellationToken))
            .WithTrackingName(TrackingNames.MergeOrganizations);

        var mergedPeople = peopleFacts
            .Collect()
            .Combine(duplicates)
            .Select(static (pair, cancellationToken) => MergeAll(Without(pair.Left, pair.Right), FactsMerger.MergeParts.People, cancellationToken))
            .WithTrackingName(TrackingNames.MergePeople);

        var mergeDiagnostics = mergedOrganizations
            .Combine(articleList)
            .Select(static (pair, _) => pair.Left.Diagnostics.IsEmpty && pair.Right.Diagnostics.IsEmpty
                ? EquatableArray<ArticleDiagnostic>.Empty
                : FactsMerger.SortDiagnostics(pair.Left.Diagnostics.Concat(pair.Right.Diagnostics)))
            .WithTrackingName(TrackingNames.MergeDiagnostics);

        // Emission, in two steps keyed on the facts and the options alone. The plan orders and names
        // the facts and cuts the output into units, one per file (the parts of the organisations, of
        // the people and of the quotations, and the index files), planned per half; each unit is
        // written on its own, so an edit writes again only the units whose data changed. The others
        // stay cached: no text is written and the driver keeps their syntax trees (nothing new to
        // parse or compile).
        var typesPlan = options
            .Select(static (options, cancellationToken) => PlanAll(FactsModel.Empty, options, EmitParts.Types, cancellationToken))
            .WithTrackingName(TrackingNames.PlanTypes);

        var organizationsPlan = mergedOrganizations
            .Select(static (model, _) => WithoutDiagnostics(model))
            .Combine(options)
            .Select(static (pair, cancellationToken) => PlanAll(pair.Left, pair.Right, EmitParts.Organizations, cancellationToken))
            .WithTrackingName(TrackingNames.PlanOrganizations);

        var peoplePlan = mergedPeople
            .Combine(articleList)
            .Select(static (pair, _) => WithoutDiagnostics(pair.Left) with { Articles = pair.Right.Articles })
            .Combine(options)
            .Select(static (pair, cancellationToken) => PlanAll(pair.Left, pair.Right, EmitParts.People, cancellationToken))
            .WithTrackingName(TrackingNames.PlanPeople);

        var articlesPlan = articleList
            .Select(static (model, _) => WithoutDiagnostics(model))
            .Combine(options)
            .Select(static (pair, cancellationToken) => PlanAll(pair.Left, pair.Right, EmitParts.Articles, cancellationToken))
            .WithTrackingName(TrackingNames.PlanArticles);

        var plan = typesPlan
            .Combine(organizationsPlan)
            .Combine(peoplePlan)
            .Combine(articlesPlan)
            .Select(static (all, _) => Concat(all.Left.Left.Left, all.Left.Left.Right, all.Left.Right, all.Right))
            .WithTrackingName(TrackingNames.Emit);

        var units = plan
            .SelectMany(static (result, _) => result.Units)
            .WithTrackingName(TrackingNames.EmitUnits);

        var generatedFiles = units
            .Select(static (unit, cancellationToken) => WriteUnit(unit, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedFiles);

        var emitDiagnostics = plan
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.EmitDiagnostics);

        context.RegisterSourceOutput(generatedFiles, static (spc, file) =>
        {
            if (file.Error is not null)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(file.Error));
            }

            spc.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
        });

        // Cross-article and naming diagnostics, placed in the articles by their file names.
        var articlePaths = articles
            .Select(static (input, _) => input.Path)
            .Collect()
            .Select(static (paths, _) => paths.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.ArticlePaths);

        var modelDiagnostics = mergeDiagnostics
            .Combine(emitDiagnostics)
            .Combine(articlePaths)
            .Select(static (pair, _) => PlaceDiagnostics(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ModelDiagnostics);

        context.RegisterSourceOutput(modelDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));
    }

    /// <summary>Reads NewsFactsNamespace and NewsFactsVisibility (the language version is set later).</summary>
    public static GeneratorOptions ReadBuildProperties(AnalyzerConfigOptions globalOptions)
    {
        var ns = GeneratorOptions.DefaultNamespace;
        if (globalOptions.TryGetValue(NamespaceProperty, out var configuredNamespace) && !string.IsNullOrWhiteSpace(configuredNamespace))
        {
            ns = configuredNamespace.Trim();
        }

        var isPublic = globalOptions.TryGetValue(VisibilityProperty, out var visibility)
            && string.Equals(visibility?.Trim(), "public", StringComparison.OrdinalIgnoreCase);

        return new GeneratorOptions(ns, isPublic, 0);
    }

    /// <summary>Extracts one article; never throws (but for cancellation).</summary>
    public static ArticleFacts Extract(ArticleInput input, CancellationToken cancellationToken)
    {
        var path = input?.Path ?? string.Empty;
        var file = FileNameOf(path);
        try
        {
            if (input!.Text is null)
            {
                return Empty(input.Path, file, input.Title, new ArticleDiagnostic(
                    DiagnosticIds.NotText,
                    new[] { file, "the file could not be read" }.ToEquatableArray(),
                    input.Path,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0));
            }

            var facts = ArticleExtractor.Extract(input.Path, input.Text, cancellationToken);
            if (facts is null)
            {
                return Empty(input.Path, file, input.Title);
            }

            return input.Title is null ? facts : facts with { Title = input.Title };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Empty(path, file, input?.Title, DiagnosticFactory.InternalError("extracting the facts of " + file, ex, path));
        }
    }

    /// <summary>Merges the articles' facts in path order; never throws (but for cancellation).</summary>
    public static FactsModel MergeAll(ImmutableArray<ArticleFacts> articles, CancellationToken cancellationToken) =>
        MergeAll(articles, FactsMerger.MergeParts.All, cancellationToken);

    /// <summary>Merges some of the articles' facts in path order; never throws (but for cancellation).</summary>
    public static FactsModel MergeAll(ImmutableArray<ArticleFacts> articles, FactsMerger.MergeParts parts, CancellationToken cancellationToken)
    {
        // The merger puts the articles in its own total order (whatever order the driver gives them in).
        IReadOnlyList<ArticleFacts> all = articles.IsDefault ? Array.Empty<ArticleFacts>() : articles;
        try
        {
            return FactsMerger.Merge(all, parts, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new FactsModel(
                all.Where(a => a is not null).OrderBy(a => a.File, StringComparer.Ordinal).Select(a => new ArticleInfo(a.File, a.Title)).ToEquatableArray(),
                EquatableArray<MergedOrganization>.Empty,
                EquatableArray<MergedCountry>.Empty,
                EquatableArray<MergedPerson>.Empty,
                EquatableArray<QuoteFacts>.Empty,
                new[] { DiagnosticFactory.InternalError("merging the facts of the articles", ex, null) }.ToEquatableArray());
        }
    }

    /// <summary>Emits the whole source at once (tests and tools); never throws (but for cancellation).</summary>
    public static EmitResult EmitAll(FactsModel model, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var plan = PlanAll(model, options, cancellationToken);
        var files = new List<GeneratedFile>(plan.Units.Count);
        var diagnostics = new List<ArticleDiagnostic>(plan.Diagnostics);
        foreach (var unit in plan.Units)
        {
            var file = WriteUnit(unit, cancellationToken);
            if (file.Error is not null)
            {
                diagnostics.Add(file.Error);
            }

            files.Add(file);
        }

        return new EmitResult(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Plans the emission (order, names, units); never throws (but for cancellation).</summary>
    public static EmitPlanResult PlanAll(FactsModel model, GeneratorOptions options, CancellationToken cancellationToken) =>
        PlanAll(model, options, EmitParts.All, cancellationToken);

    /// <summary>Plans some parts of the emission; never throws (but for cancellation).</summary>
    public static EmitPlanResult PlanAll(FactsModel model, GeneratorOptions options, EmitParts parts, CancellationToken cancellationToken)
    {
        try
        {
            return Emitter.Plan(model, options, parts, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new EmitPlanResult(
                EquatableArray<EmitUnit>.Empty,
                new[] { DiagnosticFactory.InternalError("generating the source", ex, null) }.ToEquatableArray());
        }
    }

    /// <summary>An article's organisations and countries alone (with its path and file name, to order them).</summary>
    public static ArticleFacts OrganizationsOf(ArticleFacts facts) =>
        facts with
        {
            Title = null,
            ContentHash = string.Empty,
            People = EquatableArray<PersonFacts>.Empty,
            Quotes = EquatableArray<QuoteFacts>.Empty,
            Diagnostics = EquatableArray<ArticleDiagnostic>.Empty,
        };

    /// <summary>An article's people and quotations alone.</summary>
    public static ArticleFacts PeopleOf(ArticleFacts facts) =>
        facts with
        {
            Title = null,
            ContentHash = string.Empty,
            Organizations = EquatableArray<OrganizationFacts>.Empty,
            Countries = EquatableArray<CountryFacts>.Empty,
            Diagnostics = EquatableArray<ArticleDiagnostic>.Empty,
        };

    /// <summary>An article's path, file name, headline and content hash alone.</summary>
    public static ArticleFacts HeadOf(ArticleFacts facts) =>
        facts with
        {
            Organizations = EquatableArray<OrganizationFacts>.Empty,
            Countries = EquatableArray<CountryFacts>.Empty,
            People = EquatableArray<PersonFacts>.Empty,
            Quotes = EquatableArray<QuoteFacts>.Empty,
            Diagnostics = EquatableArray<ArticleDiagnostic>.Empty,
        };

    private static ImmutableArray<ArticleFacts> Without(ImmutableArray<ArticleFacts> articles, EquatableArray<string> paths)
    {
        if (paths.IsEmpty || articles.IsDefault)
        {
            return articles;
        }

        var skip = new HashSet<string>(paths, StringComparer.Ordinal);
        return articles.Where(a => a is null || !skip.Contains(a.Path)).ToImmutableArray();
    }

    private static FactsModel WithoutDiagnostics(FactsModel model) =>
        model.Diagnostics.IsEmpty ? model : model with { Diagnostics = EquatableArray<ArticleDiagnostic>.Empty };

    /// <summary>The units of the parts, in file order (types, organisations, people, articles), and their naming diagnostics.</summary>
    private static EmitPlanResult Concat(params EmitPlanResult[] plans) =>
        new(
            plans.SelectMany(p => p.Units).ToEquatableArray(),
            plans.SelectMany(p => p.Diagnostics).ToEquatableArray());

    /// <summary>Writes one file; never throws (but for cancellation): a failure gives a file saying so, and NF0099.</summary>
    public static GeneratedFile WriteUnit(EmitUnit unit, CancellationToken cancellationToken)
    {
        try
        {
            return Emitter.Write(unit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new GeneratedFile(
                unit?.HintName ?? "NewsFacts.Error.g.cs",
                "// <auto-generated/>\n// NewsFacts could not write this file (NF0099).\n",
                DiagnosticFactory.InternalError("generating " + (unit?.HintName ?? "a file"), ex, null));
        }
    }

    /// <summary>
    /// The merged and naming diagnostics, with the emitter's file names (it sees no paths) replaced by
    /// the paths of the articles, in a fixed order.
    /// </summary>
    public static EquatableArray<ArticleDiagnostic> PlaceDiagnostics(
        EquatableArray<ArticleDiagnostic> mergeDiagnostics,
        EquatableArray<ArticleDiagnostic> emitDiagnostics,
        EquatableArray<string> articlePaths)
    {
        if (mergeDiagnostics.IsEmpty && emitDiagnostics.IsEmpty)
        {
            return EquatableArray<ArticleDiagnostic>.Empty;
        }

        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in articlePaths)
        {
            var file = FileNameOf(path);
            if (!byFile.ContainsKey(file))
            {
                byFile.Add(file, path);
            }
        }

        var result = new List<ArticleDiagnostic>(mergeDiagnostics);
        foreach (var diagnostic in emitDiagnostics)
        {
            result.Add(diagnostic.Path.Length > 0 && byFile.TryGetValue(diagnostic.Path, out var path)
                ? diagnostic with { Path = path }
                : diagnostic);
        }

        return result.ToEquatableArray();
    }

    private static void Report(SourceProductionContext context, EquatableArray<ArticleDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }
        }
    }

    private static ArticleFacts Empty(string path, string file, string? title, params ArticleDiagnostic[] diagnostics) =>
        new(
            path,
            file,
            title,
            string.Empty,
            EquatableArray<OrganizationFacts>.Empty,
            EquatableArray<CountryFacts>.Empty,
            EquatableArray<PersonFacts>.Empty,
            EquatableArray<QuoteFacts>.Empty,
            diagnostics.ToEquatableArray());

    private static string FileNameOf(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
