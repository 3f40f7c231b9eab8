using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Snapshot testing in Verify's convention: the expected text is <c>Snapshots/&lt;Name&gt;.verified.cs</c>
/// beside the test class's source file. On a mismatch the actual text is written to
/// <c>&lt;Name&gt;.received.cs</c> and the test fails with the first differing lines. With
/// <c>NEWSFACTS_ACCEPT_SNAPSHOTS=1</c> the actual text is accepted (written as verified).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "NEWSFACTS_ACCEPT_SNAPSHOTS";

    private const int ContextLines = 3;
    private const int MaxDiffLines = 40;

    public static void Verify(string name, string actual, [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(SourceDirectory(sourceFile), "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            throw new XunitException(
                $"No verified snapshot {verifiedPath}. The output was written to {receivedPath}; "
                + $"review it and rename it, or run the tests with {AcceptVariable}=1.");
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException(
            $"Snapshot {name} differs from {verifiedPath}; the output was written to {receivedPath}. "
            + $"Accept it with {AcceptVariable}=1 if the change is intended.\n" + Diff(expected, actual));
    }

    /// <summary>A unified-style diff of the first differing region (a few lines of context around it).</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        // Common suffix, not crossing the first difference.
        var endA = a.Length - 1;
        var endB = b.Length - 1;
        while (endA >= first && endB >= first && a[endA] == b[endB])
        {
            endA--;
            endB--;
        }

        var builder = new StringBuilder();
        var start = Math.Max(0, first - ContextLines);
        builder.Append("@@ -").Append(start + 1).Append(" +").Append(start + 1).Append(" @@\n");
        for (var i = start; i < first; i++)
        {
            builder.Append("  ").Append(a[i]).Append('\n');
        }

        var shown = 0;
        for (var i = first; i <= endA && shown < MaxDiffLines; i++, shown++)
        {
            builder.Append("- ").Append(a[i]).Append('\n');
        }

        shown = 0;
        for (var i = first; i <= endB && shown < MaxDiffLines; i++, shown++)
        {
            builder.Append("+ ").Append(b[i]).Append('\n');
        }

        for (var i = endA + 1; i < Math.Min(a.Length, endA + 1 + ContextLines); i++)
        {
            builder.Append("  ").Append(a[i]).Append('\n');
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>
    /// The directory of the test's source file. When the compiler mapped source paths (deterministic
    /// CI builds give "/_/tests/..."), the directory is found above the test assembly instead.
    /// </summary>
    private static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? string.Empty;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var marker = "tests" + Path.DirectorySeparatorChar;
        var normalized = directory.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
        var index = normalized.IndexOf(marker, StringComparison.Ordinal);
        var relative = index >= 0 ? normalized.Substring(index) : normalized.TrimStart(Path.DirectorySeparatorChar);
        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return directory;
    }
}
