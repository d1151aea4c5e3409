using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade;

/// <summary>
/// The runs as one caller sees them (one instance per request): a run from a plan outside the caller's scope is not
/// listed and not found, like the plan itself.
/// </summary>
internal sealed class CascadeRuns(CascadeRunLog log, ICurrentCaller caller)
{
    public CascadeRunStatus Start(
        string parentPlan,
        string unitCode,
        string? provinceCode,
        int unitsTotal,
        string? runId = null
    ) => log.Start(parentPlan, unitCode, provinceCode, unitsTotal, runId);

    public void Progress(string runId, string phase, int unitsDone) => log.Progress(runId, phase, unitsDone);

    public void Finish(string runId, string state, string message, GenerationResult? result = null) =>
        log.Finish(runId, state, message, result);

    public GenerationResult? ResultOf(string runId) => Find(runId) is not null ? log.ResultOf(runId) : null;

    public CascadeRunStatus? Find(string runId) =>
        log.Find(runId) is { } run && caller.Scope.Covers(run.UnitCode, run.ProvinceCode) ? run : null;

    public IReadOnlyList<CascadeRunStatus> Recent() =>
        log.Recent().Where(r => caller.Scope.Covers(r.UnitCode, r.ProvinceCode)).ToList();
}

/// <summary>
/// The recent runs: kept in memory by the one host on SQLite; on PostgreSQL also in a table every host reads (
/// <see cref="SharedCascadeRuns"/>), so a run started on one host is followed on any other.
/// </summary>
internal sealed partial class CascadeRunLog(TimeProvider clock, ILogger<CascadeRunLog> logger, SharedCascadeRuns shared)
{
    private const int Kept = 50;

    /// <summary>How often a run's progress is written to the shared table at most (and at each tenth).</summary>
    private static readonly TimeSpan SharedProgressEvery = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, DateTime> sharedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CascadeRunStatus> runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GenerationResult> results = new(StringComparer.Ordinal);

    /// <summary>Starts a run under <paramref name="runId"/> when the sender chose one (409 when a recent run has it),
    /// else under a new id.</summary>
    public CascadeRunStatus Start(
        string parentPlan,
        string unitCode,
        string? provinceCode,
        int unitsTotal,
        string? runId = null
    )
    {
        var status = new CascadeRunStatus(
            runId ?? Guid.NewGuid().ToString("N")[..12],
            parentPlan,
            "running",
            "computing",
            0,
            unitsTotal,
            clock.GetUtcNow().UtcDateTime,
            null,
            null
        )
        {
            UnitCode = unitCode,
            ProvinceCode = provinceCode,
        };
        if ((shared.Enabled && !shared.TryStart(status, status.StartedAtUtc)) || !runs.TryAdd(status.RunId, status))
        {
            throw new ConflictException(
                Wording.Get("CascadeRun.IdTaken", System.Globalization.CultureInfo.CurrentUICulture, status.RunId)
            );
        }

        foreach (var old in runs.Values.OrderByDescending(r => r.StartedAtUtc).Skip(Kept))
        {
            runs.TryRemove(old.RunId, out _);
            results.TryRemove(old.RunId, out _);
            sharedAt.TryRemove(old.RunId, out _);
        }

        LogStarted(logger, status.RunId, parentPlan, unitsTotal);
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
        var nextTenth = updated.UnitsTotal > 0 && unitsDone * 10 / updated.UnitsTotal > previousTenth;
        if (nextTenth)
        {
            LogProgress(logger, runId, phase, unitsDone, updated.UnitsTotal, updated.Percent);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (shared.Enabled
            && (nextTenth || phase != status.Phase || now - sharedAt.GetValueOrDefault(runId) >= SharedProgressEvery))
        {
            sharedAt[runId] = now;
            shared.Save(updated, null, now);
        }
    }

    public void Finish(string runId, string state, string message, GenerationResult? result = null)
    {
        if (runs.TryGetValue(runId, out var status))
        {
            if (result is not null)
            {
                results[runId] = result;
            }

            var finished = status with
            {
                State = state,
                Phase = "done",
                FinishedAtUtc = clock.GetUtcNow().UtcDateTime,
                Message = message,
                UnitsDone = state == "succeeded" ? status.UnitsTotal : status.UnitsDone,
            };
            runs[runId] = finished;
            if (shared.Enabled)
            {
                shared.Save(finished, result, finished.FinishedAtUtc!.Value);
            }

            LogFinished(logger, runId, state, message);
        }
    }

    public CascadeRunStatus? Find(string runId) =>
        shared.Enabled ? shared.Find(runId) : runs.GetValueOrDefault(runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cascade {RunId} from {Plan}: {Units} units to generate")]
    private static partial void LogStarted(ILogger logger, string runId, string plan, int units);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Cascade {RunId}: {Phase}, {Done}/{Total} units ({Percent}%)"
    )]
    private static partial void LogProgress(
        ILogger logger,
        string runId,
        string phase,
        int done,
        int total,
        double percent
    );

    [LoggerMessage(Level = LogLevel.Information, Message = "Cascade {RunId} {State}: {Message}")]
    private static partial void LogFinished(ILogger logger, string runId, string state, string message);

    public GenerationResult? ResultOf(string runId) =>
        shared.Enabled ? shared.ResultOf(runId) : results.GetValueOrDefault(runId);

    public IReadOnlyList<CascadeRunStatus> Recent() =>
        shared.Enabled ? shared.Recent(Kept) : runs.Values.OrderByDescending(r => r.StartedAtUtc).ToList();
}
