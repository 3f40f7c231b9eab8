using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Model;

namespace NewsFacts.Diagnostics;

/// <summary>Turns the plain-data <see cref="ArticleDiagnostic"/>s into Roslyn diagnostics.</summary>
public static class DiagnosticFactory
{
    private const int MinimumArgs = 5;

    /// <summary>
    /// The location of a diagnostic in its article: the path, the character span, and the 0-based
    /// line/column span (shown as file(line,col)). <see cref="Location.None"/> when there is no path.
    /// </summary>
    public static Location ToLocation(ArticleDiagnostic diagnostic)
    {
        if (diagnostic is null || string.IsNullOrEmpty(diagnostic.Path))
        {
            return Location.None;
        }

        var start = Math.Max(0, diagnostic.Start);
        var length = Math.Max(0, diagnostic.Length);
        var startPosition = new LinePosition(Math.Max(0, diagnostic.Line), Math.Max(0, diagnostic.Column));
        var endPosition = new LinePosition(Math.Max(0, diagnostic.EndLine), Math.Max(0, diagnostic.EndColumn));
        if (endPosition < startPosition)
        {
            endPosition = startPosition;
        }

        return Location.Create(diagnostic.Path, new TextSpan(start, length), new LinePositionSpan(startPosition, endPosition));
    }

    /// <summary>A Roslyn diagnostic for the data; an unknown id becomes an internal error (NF0099).</summary>
    public static Diagnostic Create(ArticleDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.Find(diagnostic.Id);
        var args = new List<object>();
        if (descriptor is null)
        {
            descriptor = DiagnosticDescriptors.InternalError;
            args.Add("reporting a diagnostic");
            args.Add("unknown diagnostic id '" + diagnostic.Id + "'");
        }
        else
        {
            foreach (var arg in diagnostic.Args)
            {
                args.Add(arg ?? string.Empty);
            }
        }

        // Pad so that a message never fails to format for want of an argument.
        while (args.Count < MinimumArgs)
        {
            args.Add(string.Empty);
        }

        return Diagnostic.Create(descriptor, ToLocation(diagnostic), args.ToArray());
    }

    /// <summary>An internal-error diagnostic (NF0099) as data, at the start of the article when there is one.</summary>
    public static ArticleDiagnostic InternalError(string stage, Exception exception, string? path)
    {
        var message = exception.GetType().Name + ": " + (exception.Message ?? string.Empty);
        message = message.Replace("\r", " ").Replace("\n", " ");
        return new ArticleDiagnostic(
            DiagnosticDescriptors.InternalErrorId,
            new[] { stage, message }.ToEquatableArray(),
            path ?? string.Empty,
            0,
            0,
            0,
            0,
            0,
            0);
    }
}
