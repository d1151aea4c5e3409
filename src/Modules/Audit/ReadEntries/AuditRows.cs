using Microsoft.EntityFrameworkCore;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Persistence;

namespace Platform.Audit.ReadEntries;

internal static class AuditRows
{
    /// <summary>The entries as rows, a projection the database runs (filters and paging stay SQL).</summary>
    public static IQueryable<AuditEntryRow> Rows(this AuditDbContext db) =>
        db.Entries.AsNoTracking().Select(e => new AuditEntryRow
        {
            Id = e.Id,
            At = e.AtUtc,
            UserName = e.UserName,
            Action = e.Action,
            EntityType = e.EntityType,
            EntityKey = e.EntityKey,
            UnitCode = e.UnitCode,
            Before = e.Before,
            After = e.After,
            Operation = e.Operation,
        });
}
