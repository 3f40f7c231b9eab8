using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace NewsFacts.Tests.Packaging;

/// <summary>
/// Packs NewsFacts (the generator) and NewsFacts.Cli (the tool) once per test run into a local folder feed.
/// The projects are packed from a copy of the repository's <c>src/</c> and build files in a temporary folder,
/// so that the pack never touches the bin/obj folders of the checkout (a build or an IDE may be using them),
/// and so that it also proves the packages build outside a git checkout.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(6);

    public PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "newsfacts-packaging-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);

        var watch = Stopwatch.StartNew();
        var copy = Path.Combine(WorkDirectory, "repo");
        CopyRepository(RepositoryRoot, copy);

        // The two packs are independent (the tool compiles the generator's source, it does not reference it).
        var generator = Task.Run(() => Pack(Path.Combine(copy, "src", "NewsFacts.Generator", "NewsFacts.Generator.csproj")));
        var tool = Task.Run(() => Pack(Path.Combine(copy, "src", "NewsFacts.Cli", "NewsFacts.Cli.csproj")));
        GeneratorPack = generator.GetAwaiter().GetResult();
        ToolPack = tool.GetAwaiter().GetResult();
        PackDuration = watch.Elapsed;

        GeneratorPackage = Directory.GetFiles(FeedDirectory, "NewsFacts.*.nupkg")
            .FirstOrDefault(p => !Path.GetFileName(p).StartsWith("NewsFacts.Cli.", StringComparison.Ordinal));
        ToolPackage = Directory.GetFiles(FeedDirectory, "NewsFacts.Cli.*.nupkg").FirstOrDefault();
        Version = GeneratorPackage is null ? null : Path.GetFileNameWithoutExtension(GeneratorPackage).Substring("NewsFacts.".Length);
    }

    /// <summary>The checkout the tests run from (the folder holding Generators.sln).</summary>
    public string RepositoryRoot { get; }

    /// <summary>A temporary folder for everything the packaging tests make; deleted at the end.</summary>
    public string WorkDirectory { get; }

    /// <summary>The local feed holding the two packages.</summary>
    public string FeedDirectory { get; }

    public ProcessResult GeneratorPack { get; }

    public ProcessResult ToolPack { get; }

    public TimeSpan PackDuration { get; }

    /// <summary>The path of NewsFacts.&lt;version&gt;.nupkg, or null when the pack failed.</summary>
    public string? GeneratorPackage { get; }

    /// <summary>The path of NewsFacts.Cli.&lt;version&gt;.nupkg, or null when the pack failed.</summary>
    public string? ToolPackage { get; }

    /// <summary>The packages' version, read from the generator package's file name.</summary>
    public string? Version { get; }

    public string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>
    /// Writes a nuget.config for a project outside the repository: the local feed, then the repository's own
    /// sources (read from its nuget.config, so that no source is named here), with NewsFacts* taken from the
    /// local feed only.
    /// </summary>
    public void WriteNuGetConfig(string directory)
    {
        var repositoryConfig = XDocument.Load(Path.Combine(RepositoryRoot, "nuget.config"));
        var sources = repositoryConfig.Root?.Element("packageSources")?.Elements("add").ToList() ?? new List<XElement>();
        const string localKey = "newsfacts-local-feed";
        var config = new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", localKey), new XAttribute("value", FeedDirectory)),
                sources.Select(s => new XElement(s))),
            new XElement("packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", localKey),
                    new XElement("package", new XAttribute("pattern", "NewsFacts")),
                    new XElement("package", new XAttribute("pattern", "NewsFacts.*"))),
                sources.Select(s => new XElement("packageSource", new XAttribute("key", (string?)s.Attribute("key") ?? ""),
                    new XElement("package", new XAttribute("pattern", "*"))))));
        new XDocument(new XDeclaration("1.0", "utf-8", null), config).Save(Path.Combine(directory, "nuget.config"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private ProcessResult Pack(string project)
        => ProcessRunner.Dotnet(
            Path.GetDirectoryName(project)!,
            // Packed as a developer would, not as CI (no CI path maps in a folder that is not a checkout).
            new Dictionary<string, string?> { ["CI"] = null, ["ContinuousIntegrationBuild"] = null },
            CommandTimeout,
            "pack", project, "-c", "Release", "-o", FeedDirectory, "-nodeReuse:false");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies src/ (without bin/ and obj/) and the build files at the root.</summary>
    private static void CopyRepository(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "nuget.config", "global.json" })
        {
            var source = Path.Combine(from, file);
            if (File.Exists(source)) File.Copy(source, Path.Combine(to, file));
        }
        CopyDirectory(Path.Combine(from, "src"), Path.Combine(to, "src"));
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj" or ".vs" or "TestResults") continue;
            CopyDirectory(directory, Path.Combine(to, name));
        }
    }
}
