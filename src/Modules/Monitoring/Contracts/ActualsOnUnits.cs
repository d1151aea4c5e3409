using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Contracts;

/// <summary>
/// An indicator's actual of a year read on a unit in force on <paramref name="OnUnitsAt"/>: the actuals of the units
/// that answered for the year (in force on its 1 January, ADR 0020) carried over by the lineage (ADR 0019).
/// <paramref name="Method"/>: <c>Direct</c> when the unit itself answered for the year, <c>Sum</c> when old units went
/// whole into it, <c>EqualSplit</c> when a split old commune's figure was shared (then not <paramref name="Exact"/>).
/// <paramref name="Predecessors"/> counts the units of the year whose figures it holds.
/// </summary>
public sealed record ActualOnUnit(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string? ProvinceCode,
    int Year,
    string IndicatorCode,
    long Value,
    long? Denominator,
    double? Percent,
    StatisticMethod Method,
    bool Exact,
    int Predecessors,
    DateOnly AsOf,
    DateOnly OnUnitsAt);

/// <summary>
/// The actuals of <paramref name="Year"/> as of <paramref name="AsOf"/> (default today) on the units in force on
/// <paramref name="OnUnitsAt"/> (default today, or the year's 1 January for a year to come; not before that day),
/// optionally of one unit or indicator,
/// held to the caller's scope: what the old Bình Phước and old Đồng Nai did in 2024, read as the new Đồng Nai's.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetActualsOnUnitsQuery(
    int Year,
    DateOnly? OnUnitsAt = null,
    DateOnly? AsOf = null,
    string? UnitCode = null,
    string? IndicatorCode = null
) : IRequest<IReadOnlyList<ActualOnUnit>>;
