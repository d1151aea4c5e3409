using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>One unit of the structure in force on a date, with its parent: enough for subtree checks and roll-ups.</summary>
public sealed record UnitNode(string Code, string Name, UnitLevel Level, string? ParentCode);

/// <summary>
/// The units in force on <paramref name="At"/> (default today), nation first, then by level and code; with
/// <paramref name="Codes"/>, only those of them in force that day and their ancestors, which is all a write to a few
/// units needs (a date before July 2025 has some 11,000 units). Asked again in the same request, the same date is not
/// read twice. System-level: not held to the caller's scope (the structure is reference data; what a module derives
/// from it is held to the scope by that module).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitTreeQuery(DateOnly? At = null, IReadOnlyCollection<string>? Codes = null) : IRequest<UnitTree>;

/// <summary>
/// Every unit in force at some time in <paramref name="Year"/> as far as its two ends show it: the structure of
/// 31 December, then the units of 1 January that had ended by then (a unit keeps its 31 December parent). System-level,
/// like <see cref="GetUnitTreeQuery"/>.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetYearUnitTreeQuery(int Year) : IRequest<UnitTree>;
