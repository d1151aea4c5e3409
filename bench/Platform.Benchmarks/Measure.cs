using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>One timed run: wall time, bytes allocated, GC pauses and collections, and the process's peak working set
/// during the run.</summary>
internal readonly record struct Sample(
    double Seconds,
    long Allocated,
    double GcPauseSeconds,
    int Collections,
    long PeakWorkingSet,
    long WorkingSetBefore
);

internal static class Measure
{
    /// <summary>
    /// Linux resets the peak RSS (VmHWM, what PeakWorkingSet64 reads) to the current RSS when "5" is written to
    /// /proc/self/clear_refs, so a run's peak excludes the imports before it.
    /// </summary>
    public static bool PeakIsPerRun { get; } = ResetPeak();

    /// <param name="decommit">
    /// Collect aggressively first: the GC also gives back the memory it keeps committed, so what an earlier part (the
    /// imports) left behind does not count in this run's peak; the run then pays for committing its memory again, as a
    /// fresh process would. </param>
    public static async Task<(T Result, Sample Sample)> RunAsync<T>(Func<Task<T>> action, bool decommit = true)
    {
        GC.Collect(
            2,
            decommit ? GCCollectionMode.Aggressive : GCCollectionMode.Forced,
            blocking: true,
            compacting: decommit
        );
        GC.WaitForPendingFinalizers();
        var pause = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var before = Environment.WorkingSet;
        ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        var allocatedDuring = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var pauseDuring = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return (
            result,
            new Sample(
                watch.Elapsed.TotalSeconds,
                allocatedDuring,
                pauseDuring,
                GC.CollectionCount(0) - collections,
                process.PeakWorkingSet64,
                before
            )
        );
    }

    public static (T Result, Sample Sample) Run<T>(Func<T> action, bool decommit = true) =>
        RunAsync(() => Task.FromResult(action()), decommit).GetAwaiter().GetResult();

    /// <summary>The 1-minute load average: another build on this 2-core machine shows here and in the spread of the
    /// runs.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Mb(double bytes) => $"{bytes / (1024.0 * 1024.0):N0} MB";

    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
