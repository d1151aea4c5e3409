using Microsoft.EntityFrameworkCore;

namespace Platform.Auditing;

public static class AuditDbContextExtensions
{
    /// <summary>
    /// Saves a summary entry through <paramref name="db"/>, inside the bulk operation's open transaction so it commits
    /// (or rolls back) with the rows it describes.
    /// </summary>
    public static async Task WriteAuditAsync(this DbContext db, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "A summary audit entry is written inside the transaction of the operation it describes."
            );
        }

        db.Set<AuditEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
