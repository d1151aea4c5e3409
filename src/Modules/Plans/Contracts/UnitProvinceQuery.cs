using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>
/// The province of each unit code (the code itself for a province; null for the nation and for codes the register
/// does not hold); a code with several versions answers its latest one's. System-level, not held to the caller's scope:
/// Training and Monitoring record the province beside the unit of what they store, so that they can hold their own rows
/// to a scope in SQL.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetProvincesOfUnitsQuery(IReadOnlyCollection<string> UnitCodes)
    : IRequest<IReadOnlyDictionary<string, string?>>;
