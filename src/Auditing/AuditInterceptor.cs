using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Auditing;

/// <summary>
/// Bumps the version of every modified <see cref="IVersioned"/> row, and records an <see cref="AuditEntry"/> for every
/// row added, modified or deleted through EF Core, atomically with it: before saving it captures the changes and opens
/// a transaction if the caller has none; after saving (when generated keys are known) it adds the entries, saves them
/// in that transaction and commits. A failed save rolls the transaction back, entries and all. Scoped: one per request,
/// shared by the modules' DbContexts.
/// </summary>
public sealed class AuditInterceptor(AuditTrail trail) : SaveChangesInterceptor, IModuleContextInterceptor
{
    private readonly Dictionary<DbContext, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Capture(eventData.Context) is { } captured)
        {
            var db = eventData.Context!;
            pending[db] = new Pending(
                captured,
                db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null
            );
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Capture(eventData.Context) is { } captured)
        {
            var db = eventData.Context!;
            pending[db] = new Pending(
                captured,
                db.Database.CurrentTransaction is null
                    ? await db.Database.BeginTransactionAsync(cancellationToken)
                    : null
            );
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && pending.Remove(db, out var work))
        {
            using (work.Transaction)
            {
                db.Set<AuditEntry>().AddRange(work.Changes.Select(c => c.ToEntry(trail)));
                db.SaveChanges();
                work.Transaction?.Commit();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && pending.Remove(db, out var work))
        {
            await using (work.Transaction)
            {
                db.Set<AuditEntry>().AddRange(work.Changes.Select(c => c.ToEntry(trail)));
                await db.SaveChangesAsync(cancellationToken);
                if (work.Transaction is not null)
                {
                    await work.Transaction.CommitAsync(cancellationToken);
                }
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData?.Context);

    public override Task SaveChangesFailedAsync(
        DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Abandon(eventData?.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData?.Context);

    public override Task SaveChangesCanceledAsync(
        DbContextEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Abandon(eventData?.Context);
        return Task.CompletedTask;
    }

    /// <summary>Nothing of a failed save may stay: disposing the transaction we opened rolls it back.</summary>
    private void Abandon(DbContext? db)
    {
        if (db is not null && pending.Remove(db, out var work))
        {
            work.Transaction?.Dispose();
        }
    }

    /// <summary>The changes to record, or null when there are none (or this is the save of the entries
    /// themselves).</summary>
    private List<AuditedChange>? Capture(DbContext? db)
    {
        if (db is null || pending.ContainsKey(db))
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        BumpVersions(db);
        if (trail.InBulk)
        {
            return null;
        }

        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e =>
                e.Entity is not AuditEntry && !e.Metadata.IsOwned() && !e.Metadata.IsNotAudited()
            )
            .Select(AuditedChange.Of)
            .OfType<AuditedChange>()
            .ToList();
        return changes.Count > 0 ? changes : null;
    }

    private static void BumpVersions(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }

    private sealed record Pending(List<AuditedChange> Changes, IDbContextTransaction? Transaction);
}
