using MediatR;

namespace Platform.Plans.Contracts;

public sealed record UnitStatisticView(string UnitCode, int Year, string Metric, long Value, string Source);

/// <summary>The statistics of one unit, optionally of one year, ordered by year and metric.</summary>
public sealed record GetUnitStatisticsQuery(string Code, int? Year = null) : IRequest<IReadOnlyList<UnitStatisticView>>;
