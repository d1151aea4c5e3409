using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>One unit of the structure in force on a date, with its parent: enough for subtree checks and roll-ups.</summary>
public sealed record UnitNode(string Code, string Name, UnitLevel Level, string? ParentCode);

/// <summary>
/// Every unit in force on <paramref name="At"/> (default today), nation first, then by level and code. System-level:
/// not held to the caller's scope (the structure is reference data; what a module derives from it is held to the scope by that module).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitTreeQuery(DateOnly? At = null) : IRequest<IReadOnlyList<UnitNode>>;
