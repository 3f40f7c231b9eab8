using System.Diagnostics;
using System.Globalization;

namespace NewsFacts.Tests.Reliability;

/// <summary>Wall-clock and process CPU time of a test, for its output (never asserted).</summary>
public sealed class Cost
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly System.TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public static Cost Start() => new();

    /// <inheritdoc/>
    public override string ToString() =>
        _watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s ("
        + (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s CPU of the test process)";
}
