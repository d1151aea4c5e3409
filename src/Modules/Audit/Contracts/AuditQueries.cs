using MediatR;
using Platform.Audit.Contracts.ReadModels;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit.Contracts;

/// <summary>
/// Audit entries, newest first: of one entity type (and key), by one user, of one unit, of one action, between two
/// instants (UTC, from inclusive, to exclusive); a page at a time.
/// </summary>
[RequiresPermission(Permission.Administer)]
public sealed record GetAuditEntriesQuery(
    string? Entity,
    string? Key,
    string? User,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Top = 100,
    int Skip = 0,
    string? UnitCode = null,
    string? Action = null
) : IRequest<AuditPage>;

/// <summary>A page of entries and how many match in all.</summary>
public sealed record AuditPage(int Total, int Skip, int Top, IReadOnlyList<AuditEntryRow> Items);

/// <summary>The entity types the log holds entries of (Plan, Obligation, ActivityReport…), in alphabetical order: what
/// a filter may choose from.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record GetAuditEntityTypesQuery : IRequest<IReadOnlyList<string>>;
