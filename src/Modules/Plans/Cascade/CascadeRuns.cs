using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Plans.Cascade;

/// <summary>Progress of a generation run as a status endpoint shows it; kept in memory for the recent runs.</summary>
internal sealed record CascadeRunStatus(
    string RunId, string ParentPlan, string State, string Phase, int UnitsDone, int UnitsTotal, DateTime StartedAtUtc, DateTime? FinishedAtUtc, string? Message)
{
    public double Percent => UnitsTotal == 0 ? 0 : Math.Round(100.0 * UnitsDone / UnitsTotal, 1);
}

internal sealed class CascadeRuns(TimeProvider clock, ILogger<CascadeRuns> logger)
{
    private const int Kept = 50;
    private readonly ConcurrentDictionary<string, CascadeRunStatus> runs = new(StringComparer.Ordinal);

    public CascadeRunStatus Start(string parentPlan, int unitsTotal)
    {
        var status = new CascadeRunStatus(Guid.NewGuid().ToString("N")[..12], parentPlan, "running", "computing", 0, unitsTotal, clock.GetUtcNow().UtcDateTime, null, null);
        runs[status.RunId] = status;
        foreach (var old in runs.Values.OrderByDescending(r => r.StartedAtUtc).Skip(Kept))
        {
            runs.TryRemove(old.RunId, out _);
        }

        logger.LogInformation("Cascade {RunId} from {Plan}: {Units} units to generate", status.RunId, parentPlan, unitsTotal);
        return status;
    }

    public void Progress(string runId, string phase, int unitsDone)
    {
        if (!runs.TryGetValue(runId, out var status))
        {
            return;
        }

        var previousTenth = status.UnitsTotal == 0 ? 0 : status.UnitsDone * 10 / status.UnitsTotal;
        var updated = status with { Phase = phase, UnitsDone = unitsDone };
        runs[runId] = updated;
        if (updated.UnitsTotal > 0 && unitsDone * 10 / updated.UnitsTotal > previousTenth)
        {
            logger.LogInformation("Cascade {RunId}: {Phase}, {Done}/{Total} units ({Percent}%)", runId, phase, unitsDone, updated.UnitsTotal, updated.Percent);
        }
    }

    public void Finish(string runId, string state, string message)
    {
        if (runs.TryGetValue(runId, out var status))
        {
            runs[runId] = status with { State = state, Phase = "done", FinishedAtUtc = clock.GetUtcNow().UtcDateTime, Message = message, UnitsDone = state == "succeeded" ? status.UnitsTotal : status.UnitsDone };
            logger.LogInformation("Cascade {RunId} {State}: {Message}", runId, state, message);
        }
    }

    public CascadeRunStatus? Find(string runId) => runs.GetValueOrDefault(runId);

    public IReadOnlyList<CascadeRunStatus> Recent() => runs.Values.OrderByDescending(r => r.StartedAtUtc).ToList();
}
