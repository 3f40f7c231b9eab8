using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace NewsFacts.Tests.Packaging;

/// <summary>What a command printed and how it ended.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>The command and its output, for a failure message.</summary>
    public override string ToString() => $"$ {Command}\n(exit {ExitCode} after {Duration.TotalSeconds:0.0}s)\n{Output}";
}

/// <summary>
/// Runs the .NET SDK and other programs for the packaging tests, with a clean environment: no MSBuild variables
/// inherited from the <c>dotnet test</c> that runs the tests, no telemetry, no first-run text.
/// </summary>
public static class ProcessRunner
{
    /// <summary>The dotnet executable running these tests (the one the SDK build used).</summary>
    public static string DotnetPath { get; } = FindDotnet();

    /// <summary>The folder of <see cref="DotnetPath"/> (DOTNET_ROOT for the tool's app host).</summary>
    public static string DotnetRoot => Path.GetDirectoryName(DotnetPath)!;

    public static ProcessResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
        => Run(DotnetPath, workingDirectory, environment, timeout, args);

    /// <summary>
    /// Runs a program and gathers its output (stdout and stderr interleaved). Build servers the SDK starts may keep
    /// the output pipes open after the program exits, so the end of the program, not of its output, ends the wait.
    /// </summary>
    public static ProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);

        foreach (var name in new List<string>(EnvironmentNames(start)))
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD", StringComparison.Ordinal)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                if (pair.Value is null) start.Environment.Remove(pair.Key);
                else start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        var outputDone = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorDone = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) outputDone.TrySetResult(true);
            else lock (output) output.Append(e.Data).Append('\n');
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) errorDone.TrySetResult(true);
            else lock (output) output.Append(e.Data).Append('\n');
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var command = fileName + " " + string.Join(" ", args);
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            lock (output) return new ProcessResult(command, -1, output + $"\n(timed out after {timeout.TotalSeconds:0}s)", watch.Elapsed);
        }
        // The output the program wrote is in the pipe; a build server holding the pipe must not hold the test.
        Task.WaitAll(new Task[] { outputDone.Task, errorDone.Task }, TimeSpan.FromSeconds(5));
        lock (output) return new ProcessResult(command, process.ExitCode, output.ToString(), watch.Elapsed);
    }

    private static IEnumerable<string> EnvironmentNames(ProcessStartInfo start) => start.Environment.Keys;

    private static string FindDotnet()
    {
        var exe = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileName(processPath).Equals(exe, StringComparison.OrdinalIgnoreCase)) return processPath;
        // .../shared/Microsoft.NETCore.App/<version>/ → the root holding the dotnet executable.
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent;
        if (root is not null && File.Exists(Path.Combine(root.FullName, exe))) return Path.Combine(root.FullName, exe);
        return exe;
    }
}
