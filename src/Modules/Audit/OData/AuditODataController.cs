using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Persistence;
using Platform.Audit.ReadEntries;
using Microsoft.EntityFrameworkCore;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit.OData;

/// <summary>
/// The set <c>AuditEntries</c> of the feed at <c>/odata</c>, for administrators only, read through the feed's one path
/// (<see cref="FeedRows"/>): filters such as <c>$filter=EntityType eq 'Obligation' and At ge 2026-03-01T00:00:00Z</c>
/// run in memory over the entries. Public because MVC only finds public controllers.
/// </summary>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Administer)]
public sealed class AuditODataController : ODataController
{
    public const string AuditEntries = nameof(AuditEntries);

    private static readonly FeedKey<AuditEntryRow> Key = new(nameof(AuditEntryRow.Id), r => r.Id);

    [PlatformQuery]
    [HttpGet(AuditEntries)]
    [HttpGet(AuditEntries + "/$count")]
    public async Task<IQueryable<AuditEntryRow>> GetAuditEntries() =>
        KeyOrderedPaging.Page(Request, await RowsAsync(), Key, _ => true);

    [PlatformQuery]
    [HttpGet(AuditEntries + "({key})")]
    public async Task<SingleResult<AuditEntryRow>> GetAuditEntry(long key) =>
        FeedQuery.SingleResult((await RowsAsync()).Where(r => r.Id == key));

    /// <summary>
    /// Every entry in Id order, kept while no module writes: each module writes its entries through its own DbContext,
    /// in the transaction of the change they describe, so every module's counter is read.
    /// </summary>
    private Task<List<AuditEntryRow>> RowsAsync()
    {
        var services = HttpContext.RequestServices;
        var modules = services
            .GetServices<ModuleDatabase>()
            .Select(m => DatabaseChanges.ModuleOf(m.ContextType))
            .ToList();
        return services
            .GetRequiredService<FeedRows>()
            .GetAsync(
                services.GetRequiredService<UnitOfWork>(),
                "Audit/AuditEntries",
                modules,
                token => services.GetRequiredService<AuditDbContext>().Rows().OrderBy(r => r.Id).ToListAsync(token),
                HttpContext.RequestAborted
            );
    }
}
