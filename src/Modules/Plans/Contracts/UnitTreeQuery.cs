using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>One unit of the structure in force on a date, with its parent: enough for subtree checks and
/// roll-ups.</summary>
public sealed record UnitNode(string Code, string Name, UnitLevel Level, string? ParentCode);

/// <summary>
/// The units in force on <paramref name="At"/> (default today), nation first, then by level and code. With
/// <paramref name="Since"/>, then also the units in force on that earlier date that had ended by <paramref name="At"/>
/// (a code is the unit <paramref name="At"/> knows by it, if any). With <paramref name="Codes"/>, only those of the
/// codes that such a tree holds and their ancestors, by level and code: all a write to a few units needs (a date
/// before July 2025 has some 11,000 units). A tree asked again in the same request is not read again. System-level:
/// not held to the caller's scope (the structure is reference data; what a module derives from it is held to the scope
/// by that module).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitTreeQuery(
    DateOnly? At = null, IReadOnlyCollection<string>? Codes = null, DateOnly? Since = null) : IRequest<UnitTree>
{
    /// <summary>
    /// Every unit in force at some time in <paramref name="year"/> as its two ends show: 31 December's, then those of 1
    /// January that had ended.
    /// </summary>
    public static GetUnitTreeQuery OfYear(int year) => new(new DateOnly(year, 12, 31), Since: new DateOnly(year, 1, 1));
}
