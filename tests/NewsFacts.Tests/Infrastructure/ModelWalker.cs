using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Walks an object graph by reflection (every instance field, every element of a collection) and
/// lists the places where a Roslyn object that must never be cached by a pipeline step is reached:
/// an <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="SyntaxTree"/>, <see cref="Compilation"/>,
/// <see cref="SemanticModel"/> or <see cref="AdditionalText"/>; and the objects that hold one or compare
/// by reference, which defeat caching as surely: a <see cref="Location"/>, a <see cref="Diagnostic"/>,
/// a <see cref="Microsoft.CodeAnalysis.Text.SourceText"/>, analyzer config options.
/// </summary>
public static class ModelWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxTree),
        typeof(Compilation),
        typeof(SemanticModel),
        typeof(AdditionalText),
        typeof(Location),
        typeof(Diagnostic),
        typeof(Microsoft.CodeAnalysis.Text.SourceText),
        typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions),
        typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider),
    };

    public static List<string> FindForbidden(object? root, string rootName)
    {
        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, rootName, found, visited, 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 64)
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in Forbidden)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                found.Add(path + " is a " + type.FullName);
                return;
            }
        }

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is DateTime || value is Type)
        {
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            var items = new List<object?>();
            try
            {
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }
            }
            catch (InvalidOperationException)
            {
                // A default ImmutableArray<T>: nothing to walk.
            }

            for (var i = 0; i < items.Count; i++)
            {
                Walk(items[i], path + "[" + i + "]", found, visited, depth + 1);
            }

            if (type.IsArray)
            {
                return;
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                object? fieldValue;
                try
                {
                    fieldValue = field.GetValue(value);
                }
                catch (Exception)
                {
                    continue;
                }

                // A field typed as a forbidden type is a leak even when it holds null now.
                foreach (var forbidden in Forbidden)
                {
                    if (forbidden.IsAssignableFrom(field.FieldType))
                    {
                        found.Add(path + "." + field.Name + " is declared as " + field.FieldType.FullName);
                    }
                }

                Walk(fieldValue, path + "." + field.Name, found, visited, depth + 1);
            }
        }
    }
}
