using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>One obligation left without a figure: which indicator and year, the statistic it needed, and why.</summary>
public sealed record MissingDataEntry(string PlanCode, string IndicatorCode, int Year, string? Metric, string? Reason);

/// <summary>A unit and what is missing for it: the distinct metrics to import, then each obligation
/// concerned.</summary>
public sealed record UnitMissingData(
    string UnitCode,
    string UnitName,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<MissingDataEntry> Obligations
);

/// <summary>
/// Per unit below (and including) plan <paramref name="Code"/>, the obligations its last generation marked "missing
/// data", within the caller's scope, ordered by unit code. Empty before a generation, or when every figure was found.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetPlanMissingDataQuery(string Code) : IRequest<IReadOnlyList<UnitMissingData>>;
