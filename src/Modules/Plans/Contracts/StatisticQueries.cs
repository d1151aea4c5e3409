using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

public sealed record UnitStatisticView(string UnitCode, int Year, string Metric, long Value, string Source);

/// <summary>
/// The statistics of one unit version (in force on <paramref name="At"/>, default today, else the latest), optionally
/// of one year, ordered by year and metric; a unit outside the caller's scope is not found.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitStatisticsQuery(string Code, int? Year = null, DateOnly? At = null)
    : IRequest<IReadOnlyList<UnitStatisticView>>;
