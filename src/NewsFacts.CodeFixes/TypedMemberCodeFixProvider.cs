using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using NewsFacts.Diagnostics;

namespace NewsFacts.CodeFixes;

/// <summary>
/// Replaces a country named by a string with the typed member of the generated <c>Countries</c> class
/// (NF0101 with a suggestion, NF0102): <c>Countries.Get("Kazakstan")</c> becomes
/// <c>Countries.Kazakhstan</c>, and <c>Organizations.Sco.IsMember("Kazakstan")</c> becomes
/// <c>Organizations.Sco.IsMember(Countries.Kazakhstan)</c>. The member comes from the diagnostic's
/// properties, set by the analyzer from the compilation's generated code.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedMemberCodeFixProvider))]
[Shared]
public sealed class TypedMemberCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix (one for all, so that Fix All fixes every occurrence).</summary>
    public const string EquivalenceKey = "NewsFacts.UseTypedMember";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownCountryId, DiagnosticDescriptors.UseTypedMemberId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.MemberProperty, out var member)
                || string.IsNullOrEmpty(member)
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.CountriesTypeProperty, out var countriesType)
                || string.IsNullOrEmpty(countriesType)
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.LookupProperty, out var lookup))
            {
                continue;
            }

            var argument = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .OfType<ArgumentSyntax>()
                .FirstOrDefault();
            if (argument?.Parent?.Parent is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            var typed = "Countries." + member;
            var title = lookup == "IsMember" ? "Use IsMember(" + typed + ")" : "Use " + typed;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    ct => ReplaceAsync(context.Document, invocation, argument, lookup!, countriesType!, member!, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(
        Document document,
        InvocationExpressionSyntax invocation,
        ArgumentSyntax argument,
        string lookup,
        string countriesType,
        string member,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var name = SyntaxFactory.IdentifierName(Identifier(member));
        var qualified = SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseExpression(countriesType),
                name)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        SyntaxNode newRoot;
        if (lookup == "IsMember")
        {
            // IsMember("Kazakstan") -> IsMember(Countries.Kazakhstan): the typed overload.
            newRoot = root.ReplaceNode(argument.Expression, qualified.WithTriviaFrom(argument.Expression));
        }
        else
        {
            // Countries.Get("Kazakstan") -> Countries.Kazakhstan, keeping how the class was written.
            ExpressionSyntax replacement = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.WithName(name),
                IdentifierNameSyntax => name,
                _ => qualified,
            };
            newRoot = root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation));
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The identifier token for a member name, with '@' before a keyword.</summary>
    private static SyntaxToken Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? SyntaxFactory.VerbatimIdentifier(default, "@" + name, name, default)
            : SyntaxFactory.Identifier(name);
}
