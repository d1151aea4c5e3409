using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>How a figure read on a unit was obtained (ADR 0019).</summary>
public enum StatisticMethod
{
    /// <summary>The unit's own figure, as recorded.</summary>
    Direct,

    /// <summary>The sum of its predecessors' figures, each old unit having gone whole into this one: exact when none is
    /// missing.</summary>
    Sum,

    /// <summary>
    /// At least one predecessor was split between several new units (<c>Nhập một phần</c>): its figure is shared
    /// equally among them, the units left over going one each to the new units in code order, so the national total is
    /// kept. An estimate.
    /// </summary>
    EqualSplit,
}

/// <summary>One figure on a unit in force on the date asked.</summary>
public sealed record StatisticOnUnit(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string? ProvinceCode,
    int Year,
    string Metric,
    long Value,
    StatisticMethod Method,
    bool Exact,
    int MissingPredecessors,
    string Source);

/// <summary>
/// The figures of <paramref name="Metric"/> (optionally of one <paramref name="Year"/>) on the units in force on
/// <paramref name="OnUnitsAt"/> (default today), or on unit <paramref name="UnitCode"/> alone: history recorded on old
/// units is re-aggregated through the lineage (2018–2024 employed persons of the old Bình Phước and Đồng Nai read as
/// the new Đồng Nai's). Held to the caller's scope; ordered by unit code and year.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetStatisticsOnUnitsQuery(
    string Metric,
    int? Year = null,
    string? UnitCode = null,
    DateOnly? OnUnitsAt = null
) : IRequest<IReadOnlyList<StatisticOnUnit>>;
