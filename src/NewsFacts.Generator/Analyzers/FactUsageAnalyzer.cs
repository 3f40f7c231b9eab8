using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NewsFacts.Diagnostics;
using NewsFacts.Emission;

namespace NewsFacts.Analyzers;

/// <summary>
/// Checks, at compile time, the constant strings that the consumer's code passes to the generated
/// string-keyed lookups: <c>Countries.Get("...")</c> and <c>Organizations.X.IsMember("...")</c>.
/// A string that names no country of the articles is an error (NF0101) with the nearest name; one
/// that does is a suggestion to use the typed member instead (NF0102). The code fixes of
/// NewsFacts.CodeFixes rewrite the call with the typed member.
/// <para>
/// The countries are read from the generated <c>Countries</c> class of the compilation (its fields
/// and their <c>new Country("Name", "XX")</c> initialisers), so the check follows the articles, the
/// configured namespace and the generator's naming without running the generator again.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The name of the lookup on <c>Countries</c>.</summary>
    public const string GetMethod = "Get";

    /// <summary>The name of the membership check on each organisation.</summary>
    public const string IsMemberMethod = "IsMember";

    private const string CountriesType = "Countries";
    private const string OrganizationsType = "Organizations";
    private const string CountryType = "Country";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.Usage.ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var catalogs = new ConcurrentDictionary<INamedTypeSymbol, CountryCatalog?>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, catalogs), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, CountryCatalog?> catalogs)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Parameters.Length != 1
            || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || invocation.Arguments.Length != 1)
        {
            return;
        }

        var countries = CountriesOf(method);
        if (countries is null)
        {
            return;
        }

        var value = invocation.Arguments[0].Value;
        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text)
        {
            return;
        }

        var catalog = catalogs.GetOrAdd(countries, type => CountryCatalog.Read(type, context.CancellationToken));
        if (catalog is null)
        {
            return;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[DiagnosticDescriptors.LookupProperty] = method.Name;
        properties[DiagnosticDescriptors.CountriesTypeProperty] = countries.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        var location = value.Syntax.GetLocation();
        var exact = catalog.Find(text);
        if (exact is not null)
        {
            properties[DiagnosticDescriptors.MemberProperty] = exact.Identifier;
            properties[DiagnosticDescriptors.CountryNameProperty] = exact.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UseTypedMember,
                location,
                properties.ToImmutable(),
                text,
                CountriesType + "." + exact.Identifier));
            return;
        }

        var nearest = catalog.Nearest(text);
        if (nearest is not null)
        {
            properties[DiagnosticDescriptors.MemberProperty] = nearest.Identifier;
            properties[DiagnosticDescriptors.CountryNameProperty] = nearest.Name;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnknownCountry,
            location,
            properties.ToImmutable(),
            text,
            nearest is null ? string.Empty : "; did you mean '" + nearest.Name + "'?"));
    }

    /// <summary>
    /// The generated <c>Countries</c> class whose names the method's string argument must be:
    /// <c>Countries.Get(string)</c>, or <c>Organizations.X.IsMember(string)</c>; null for other methods.
    /// </summary>
    private static INamedTypeSymbol? CountriesOf(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null || !method.IsStatic)
        {
            return null;
        }

        if (method.Name == GetMethod && type.Name == CountriesType && type.ContainingType is null && IsGenerated(type))
        {
            return type;
        }

        if (method.Name == IsMemberMethod
            && type.ContainingType is { Name: OrganizationsType, ContainingType: null } organizations
            && IsGenerated(type)
            && IsGenerated(organizations))
        {
            return organizations.ContainingNamespace?.GetTypeMembers(CountriesType).FirstOrDefault(t => t.Arity == 0 && IsGenerated(t));
        }

        return null;
    }

    /// <summary>True for a type carrying <c>[GeneratedCode("NewsFacts", ...)]</c>.</summary>
    private static bool IsGenerated(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && tool == Emitter.GeneratorName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field of <c>Countries</c>: its identifier, and the country's name and ISO code.</summary>
    private sealed record CountryEntry(string Identifier, string Name, string Iso2);

    /// <summary>The countries of one generated <c>Countries</c> class.</summary>
    private sealed class CountryCatalog
    {
        private readonly IReadOnlyList<CountryEntry> _entries;

        private CountryCatalog(IReadOnlyList<CountryEntry> entries) => _entries = entries;

        /// <summary>
        /// Reads the fields of type Country and their initialisers; null when a field's initialiser
        /// cannot be read (a <c>Countries</c> from metadata), so that nothing is reported rather than
        /// something wrong.
        /// </summary>
        public static CountryCatalog? Read(INamedTypeSymbol countries, CancellationToken cancellationToken)
        {
            var entries = new List<CountryEntry>();
            foreach (var member in countries.GetMembers())
            {
                if (member is not IFieldSymbol { IsStatic: true } field || field.Type.Name != CountryType)
                {
                    continue;
                }

                var reference = field.DeclaringSyntaxReferences.FirstOrDefault();
                if (reference?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
                    || declarator.Initializer?.Value is not BaseObjectCreationExpressionSyntax creation
                    || creation.ArgumentList is not { Arguments.Count: >= 2 } arguments
                    || arguments.Arguments[0].Expression is not LiteralExpressionSyntax name
                    || arguments.Arguments[1].Expression is not LiteralExpressionSyntax iso2
                    || !name.IsKind(SyntaxKind.StringLiteralExpression)
                    || !iso2.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return null;
                }

                entries.Add(new CountryEntry(field.Name, name.Token.ValueText, iso2.Token.ValueText));
            }

            return new CountryCatalog(entries);
        }

        /// <summary>The country that <c>Countries.Get</c> finds for the text (its name or ISO code, ignoring case), or null.</summary>
        public CountryEntry? Find(string text) =>
            _entries.FirstOrDefault(e =>
                string.Equals(e.Name, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.Iso2, text, StringComparison.OrdinalIgnoreCase));

        /// <summary>The country whose name is nearest to the text, or null when none is near.</summary>
        public CountryEntry? Nearest(string text)
        {
            var name = NearestName.Find(text, _entries.Select(e => e.Name));
            return name is null ? null : _entries.First(e => e.Name == name);
        }
    }
}
