using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Diagnostics;
using NewsFacts.Extraction;

namespace NewsFacts.Analyzers;

/// <summary>
/// Reports the problems of each article (unclosed quotes, unattributed quotes, empty or unreadable
/// articles, NF0004–NF0007, and NF0099 when extraction fails) through an additional-file action, so
/// that the IDE shows them live while the article is edited, not only after a build.
/// <para>
/// It runs the same extraction as the generator (<see cref="NewsFactsGenerator.Extract"/> over
/// <see cref="ArticleExtractor"/>) on the same files (those marked <c>NewsFactsArticle</c>). The work is
/// split so that nothing is reported twice: this analyzer owns the diagnostics of one article, the
/// generator owns those that need all the articles (counts, memberships and join dates compared
/// across sentences and articles, duplicates, NF0001–NF0003, NF0008–NF0010).
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArticleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.All.ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeArticle);
    }

    private static void AnalyzeArticle(AdditionalFileAnalysisContext context)
    {
        var input = ArticleInput.TryCreate(context.AdditionalFile, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        if (input is null)
        {
            return;
        }

        var facts = NewsFactsGenerator.Extract(input, context.CancellationToken);
        foreach (var diagnostic in facts.Diagnostics)
        {
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }
        }
    }
}
