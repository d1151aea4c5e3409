using System.Text.Json.Serialization;
using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>Progress of a generation run as a status endpoint shows it; kept in memory for the recent runs.</summary>
public sealed record CascadeRunStatus(
    string RunId,
    string ParentPlan,
    string State,
    string Phase,
    int UnitsDone,
    int UnitsTotal,
    DateTime StartedAtUtc,
    DateTime? FinishedAtUtc,
    string? Message
)
{
    public double Percent => UnitsTotal == 0 ? 0 : Math.Round(100.0 * UnitsDone / UnitsTotal, 1);

    /// <summary>The parent plan's unit (the caller's own, when generated from the plan above it) and its province: who
    /// may see the run.</summary>
    [JsonIgnore]
    public string UnitCode { get; init; } = "";

    [JsonIgnore]
    public string? ProvinceCode { get; init; }
}

/// <summary>
/// A recent generation run (<see cref="GenerateSubordinatePlansCommand"/>) as the run log of this process knows it:
/// its phase (<c>computing</c>, <c>saving</c>, <c>notifying</c>, <c>done</c>), units done of the total, and once it
/// ended its state and message. A run from a plan outside the caller's scope is not found, like the plan.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCascadeRunQuery(string RunId) : IRequest<CascadeRunStatus>;

/// <summary>
/// What a recent run that succeeded wrote (counts, the differences of a regeneration, the missing data), as its sender
/// was answered: a page left during the run shows it on return. Not found while the run goes on, after it failed, or
/// for a run the caller may not see.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCascadeRunResultQuery(string RunId) : IRequest<GenerationResult>;

/// <summary>The recent runs the caller may see, newest first; with <see cref="ParentPlan"/>, those from that plan
/// only.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCascadeRunsQuery(string? ParentPlan = null) : IRequest<IReadOnlyList<CascadeRunStatus>>;
