using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Cascade;

/// <summary>Progress of a generation run as a status endpoint shows it; kept in memory for the recent runs.</summary>
internal sealed record CascadeRunStatus(
    string RunId, string ParentPlan, string State, string Phase, int UnitsDone, int UnitsTotal, DateTime StartedAtUtc, DateTime? FinishedAtUtc, string? Message)
{
    public double Percent => UnitsTotal == 0 ? 0 : Math.Round(100.0 * UnitsDone / UnitsTotal, 1);

    /// <summary>The parent plan's unit and its province: who may see the run.</summary>
    [JsonIgnore]
    public string UnitCode { get; init; } = "";

    [JsonIgnore]
    public string? ProvinceCode { get; init; }
}

/// <summary>
/// The runs as one caller sees them (one instance per request): a run from a plan outside the caller's scope is not
/// listed and not found, like the plan itself.
/// </summary>
internal sealed class CascadeRuns(CascadeRunLog log, ICurrentCaller caller)
{
    public CascadeRunStatus Start(string parentPlan, string unitCode, string? provinceCode, int unitsTotal) => log.Start(parentPlan, unitCode, provinceCode, unitsTotal);

    public void Progress(string runId, string phase, int unitsDone) => log.Progress(runId, phase, unitsDone);

    public void Finish(string runId, string state, string message) => log.Finish(runId, state, message);

    public CascadeRunStatus? Find(string runId) => log.Find(runId) is { } run && caller.Scope.Covers(run.UnitCode, run.ProvinceCode) ? run : null;

    public IReadOnlyList<CascadeRunStatus> Recent() => log.Recent().Where(r => caller.Scope.Covers(r.UnitCode, r.ProvinceCode)).ToList();
}

/// <summary>Every recent run of the process, kept in memory.</summary>
internal sealed class CascadeRunLog(TimeProvider clock, ILogger<CascadeRunLog> logger)
{
    private const int Kept = 50;
    private readonly ConcurrentDictionary<string, CascadeRunStatus> runs = new(StringComparer.Ordinal);

    public CascadeRunStatus Start(string parentPlan, string unitCode, string? provinceCode, int unitsTotal)
    {
        var status = new CascadeRunStatus(Guid.NewGuid().ToString("N")[..12], parentPlan, "running", "computing", 0, unitsTotal, clock.GetUtcNow().UtcDateTime, null, null)
        {
            UnitCode = unitCode,
            ProvinceCode = provinceCode,
        };
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
