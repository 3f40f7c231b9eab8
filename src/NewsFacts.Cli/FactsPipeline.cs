using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using NewsFacts.Extraction;
using NewsFacts.Merge;
using NewsFacts.Model;

namespace NewsFacts.Cli;

/// <summary>What the CLI computed for a set of articles: the merged facts and every diagnostic.</summary>
/// <param name="Model">The merged facts.</param>
/// <param name="Articles">The per-article facts, in the order of the files given.</param>
/// <param name="Diagnostics">Per-article, unreadable-file and cross-article diagnostics, sorted by path, line, column and id.</param>
public sealed record FactsResult(FactsModel Model, IReadOnlyList<ArticleFacts> Articles, IReadOnlyList<ArticleDiagnostic> Diagnostics);

/// <summary>The CLI's pipeline: read each article, extract its facts, merge them (the generator's code).</summary>
public static class FactsPipeline
{
    /// <summary>Runs the pipeline over files that exist (the caller checks).</summary>
    public static FactsResult Run(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var inputs = new List<(string Path, byte[] Bytes)>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inputs.Add((path, File.ReadAllBytes(path)));
        }
        return Run(inputs, cancellationToken);
    }

    /// <summary>Runs the pipeline over articles held in memory (path as it should be shown, and the bytes).</summary>
    public static FactsResult Run(IReadOnlyList<(string Path, byte[] Bytes)> inputs, CancellationToken cancellationToken = default)
    {
        var articles = new List<ArticleFacts>();
        var diagnostics = new List<ArticleDiagnostic>();
        foreach (var (path, bytes) in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decoded = ArticleReader.Decode(bytes);
            if (decoded.Problem is not null)
            {
                diagnostics.Add(new ArticleDiagnostic(
                    DiagnosticIds.NotText,
                    new[] { Path.GetFileName(path), decoded.Problem }.ToEquatableArray(),
                    path,
                    0, 0, 0, 0, 0, 0));
                continue;
            }

            var facts = ArticleExtractor.Extract(path, decoded.Text, cancellationToken);
            articles.Add(facts);
            diagnostics.AddRange(facts.Diagnostics);
        }

        var model = FactsMerger.Merge(articles, cancellationToken);
        diagnostics.AddRange(model.Diagnostics);
        return new FactsResult(model, articles, Sort(diagnostics));
    }

    /// <summary>Sorts diagnostics by path, line, column, id, then arguments (ordinal), removing exact duplicates.</summary>
    public static IReadOnlyList<ArticleDiagnostic> Sort(IEnumerable<ArticleDiagnostic> diagnostics)
        => diagnostics
            .Where(d => d is not null)
            .Distinct()
            .OrderBy(d => d.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id ?? "", StringComparer.Ordinal)
            .ThenBy(d => string.Join("\u0001", d.Args), StringComparer.Ordinal)
            .ToList();
}
