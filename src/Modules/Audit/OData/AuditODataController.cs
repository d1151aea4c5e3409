using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Persistence;
using Platform.Audit.ReadEntries;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit.OData;

/// <summary>
/// The set <c>AuditEntries</c> of the feed at <c>/odata</c>, for administrators only: a database query, so filters
/// (<c>$filter=EntityType eq 'Obligation' and At ge 2026-03-01T00:00:00Z</c>) and paging run as SQL. Public because MVC
/// only finds public controllers.
/// </summary>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Administer)]
public sealed class AuditODataController : ODataController
{
    public const string AuditEntries = nameof(AuditEntries);

    // The DbContext is internal to the module, so it cannot appear in a public constructor.
    private IQueryable<AuditEntryRow> Rows => HttpContext.RequestServices.GetRequiredService<AuditDbContext>().Rows();

    [PlatformQuery]
    [HttpGet(AuditEntries)]
    [HttpGet(AuditEntries + "/$count")]
    public IQueryable<AuditEntryRow> GetAuditEntries() => Rows;

    [PlatformQuery]
    [HttpGet(AuditEntries + "({key})")]
    public SingleResult<AuditEntryRow> GetAuditEntry(long key) => SingleResult.Create(Rows.Where(r => r.Id == key));
}
