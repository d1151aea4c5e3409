using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>An administrative unit as other modules and the API see it.</summary>
public sealed record UnitSummary(
    string Code,
    string Name,
    string Type,
    UnitLevel Level,
    string? ParentCode,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    int Children);

/// <summary>
/// The unit with <paramref name="Code"/> in force on <paramref name="At"/> (default: today, else its latest version).
/// Held to the caller's scope, like the other queries of this file: outside it the unit is not found (404).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitQuery(string Code, DateOnly? At = null) : IRequest<UnitSummary>;

/// <summary>The direct children of a unit, ordered by code.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitChildrenQuery(string Code, DateOnly? At = null) : IRequest<IReadOnlyList<UnitSummary>>;

/// <summary>
/// Units whose name matches <paramref name="Search"/> ignoring case and diacritics ("dong nai" finds "Tỉnh Đồng Nai").
/// One version per code, as <see cref="GetUnitQuery"/> finds it: with <paramref name="At"/>, the units in force that
/// day; without, each code's version in force today, else its latest (so old Bình Phước 70 is found, old Đồng Nai 75 is
/// not).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record SearchUnitsQuery(
    string? Search,
    UnitLevel? Level = null,
    string? ParentCode = null,
    int Top = 50,
    DateOnly? At = null
) : IRequest<IReadOnlyList<UnitSummary>>;
