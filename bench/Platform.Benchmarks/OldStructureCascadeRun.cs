using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plans.Cascade;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.PlanBook;

namespace Platform.Benchmarks;

/// <summary>
/// <c>cascade-2021 [--runs N]</c>: the national cascade of VN-2021-2025 over the structure of its time (ADR 0020), on a
/// fresh database with only what ships (63 provinces, 10,035 communes under their districts, employed persons),
/// persisted; each run on the same database reset to no subordinate plans. Goal (issue 14): &lt; 4 s.
/// </summary>
internal static class OldStructureCascadeRun
{
    private const double GoalSeconds = 4.0;

    public static async Task<int> RunAsync(int runs)
    {
        Console.WriteLine(
            $"# VN-2021-2025 cascaded over the old structure, persisted; {runs} run(s) after a cold one; load average "
                + $"{Measure.Load()}"
        );
        using var platform = new PlatformRun();
        var phases = new Dictionary<string, List<double>>();
        async Task<GenerationResult> Generate()
        {
            // The run's log, read every 10 ms on the side: when each phase (computing, saving, notifying) began.
            var runId = Guid.NewGuid().ToString("N")[..16];
            var log = platform.Services.GetRequiredService<CascadeRunLog>();
            using var stop = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            var seen = new List<(string Phase, double At)>();
            var poll = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    if (log.Find(runId)?.Phase is { } phase && (seen.Count == 0 || seen[^1].Phase != phase))
                    {
                        seen.Add((phase, watch.Elapsed.TotalSeconds));
                    }

                    await Task.Delay(10);
                }
            });
            var result = await platform.SendAsync(
                new GenerateSubordinatePlansCommand(NationalPlans.To2025, All: true, Cascade: true, RunId: runId)
            );
            var end = watch.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await poll;
            for (var i = 0; i < seen.Count; i++)
            {
                var (phase, at) = seen[i];
                (phases.TryGetValue(phase, out var list) ? list : phases[phase] = []).Add(
                    (i + 1 < seen.Count ? seen[i + 1].At : end) - at
                );
            }

            return result;
        }

        var (first, cold) = await Measure.RunAsync(Generate);
        Console.WriteLine(
            $"cold: {cold.Seconds:0.000} s — {first.PlansCreated:N0} plans, {first.ObligationsAdded:N0} obligations, "
                + $"{first.MissingData:N0} missing data"
        );
        var seconds = new List<double>();
        var peak = 0L;
        for (var run = 0; run < runs; run++)
        {
            await platform.ResetAsync();
            var (result, sample) = await Measure.RunAsync(Generate);
            if (result.ObligationsAdded != first.ObligationsAdded || result.PlansCreated != first.PlansCreated)
            {
                throw new InvalidOperationException(
                    $"run {run + 1} added {result.ObligationsAdded} obligations in {result.PlansCreated} plans, the "
                        + $"cold one {first.ObligationsAdded} in {first.PlansCreated}"
                );
            }

            seconds.Add(sample.Seconds);
            peak = Math.Max(peak, sample.PeakWorkingSet);
            Console.WriteLine($"run {run + 1}: {sample.Seconds:0.000} s, allocated {Measure.Mb(sample.Allocated)}");
        }

        var median = Measure.Median(seconds);
        Console.WriteLine(
            "phases (median of all runs, seconds): "
                + string.Join(", ", phases.Select(p => $"{p.Key} {Measure.Median(p.Value):0.000}"))
        );
        Console.WriteLine(
            $"| VN-2021-2025, national cascade persisted ({first.PlansCreated:N0} plans, {first.ObligationsAdded:N0} "
                + $"obligations) | {runs} | median {median:0.000} s | min {seconds.Min():0.000} s | max "
                + $"{seconds.Max():0.000} s | peak working set {Measure.Mb(peak)} |"
        );
        Console.WriteLine(
            median < GoalSeconds ? $"Goal met: < {GoalSeconds} s." : $"Goal missed: {median:0.000} s ≥ {GoalSeconds} s."
        );
        return median < GoalSeconds ? 0 : 1;
    }
}
