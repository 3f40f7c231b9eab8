using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsFacts.Tests.Reliability;

/// <summary>
/// The CPU time of the calling thread (clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux and macOS,
/// GetThreadTimes on Windows; wall-clock time elsewhere). Unlike a stopwatch it does not grow when
/// other processes or tests share the cores, so cost ratios measured with it are stable on a busy
/// CI machine.
/// </summary>
public static class ThreadCpu
{
    /// <summary>
    /// Cancels a source after a delay from a thread of its own (not a timer: timer callbacks run on
    /// the thread pool, which parallel tests can keep busy for seconds).
    /// </summary>
    public static void CancelFromAnotherThread(System.Threading.CancellationTokenSource source, int milliseconds)
    {
        var thread = new System.Threading.Thread(() =>
        {
            System.Threading.Thread.Sleep(milliseconds);
            source.Cancel();
        })
        {
            IsBackground = true,
            Name = "canceller",
        };
        thread.Start();
    }

    /// <summary>The calling thread's CPU time so far.</summary>
    public static TimeSpan Now()
    {
        try
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
            {
                var clock = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? 3 : 16;
                if (clock_gettime(clock, out var time) == 0)
                {
                    return TimeSpan.FromTicks((time.Seconds * 1_000_000_000L + time.Nanoseconds) / 100);
                }
            }
            else if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                && GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
            {
                return TimeSpan.FromTicks(kernel + user);
            }
        }
        catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
        {
        }

        return Stopwatch.GetElapsedTime(0);
    }

    /// <summary>The CPU time the calling thread spends in an action.</summary>
    public static TimeSpan Measure(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    /// <summary>
    /// The least CPU time of a few runs of an action, each after a full garbage collection (so that
    /// no run pays for collecting what the process allocated before it).
    /// </summary>
    public static TimeSpan Best(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var cost = Measure(action);
            if (cost < best)
            {
                best = cost;
            }
        }

        return best;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [DllImport("kernel32")]
    private static extern IntPtr GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
