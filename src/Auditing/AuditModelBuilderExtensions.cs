using Microsoft.EntityFrameworkCore;

namespace Platform.Auditing;

public static class AuditModelBuilderExtensions
{
    public const string Table = "audit_entries";

    public const string Schema = "audit";

    /// <summary>
    /// Maps <see cref="AuditEntry"/> to the one table every module writes its entries to. Only the Audit module's
    /// context (<paramref name="ownsTable"/>) creates it in a migration; the others leave it out of theirs. When the
    /// model has a default schema (PostgreSQL: one per module), the table is in the Audit module's,
    /// <see cref="Schema"/>.
    /// </summary>
    public static ModelBuilder MapAuditEntries(this ModelBuilder modelBuilder, bool ownsTable = false)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            var schema = modelBuilder.Model.GetDefaultSchema() is null ? null : Schema;
            e.ToTable(Table, schema, t =>
            {
                if (!ownsTable)
                {
                    t.ExcludeFromMigrations();
                }
            });
            e.Property(a => a.UserName).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityKey).HasMaxLength(200);
            e.Property(a => a.UnitCode).HasMaxLength(16);
            e.Property(a => a.Operation).HasMaxLength(300);
            if (ownsTable)
            {
                e.HasIndex(a => a.AtUtc);
                e.HasIndex(a => new { a.EntityType, a.EntityKey, a.AtUtc });
                e.HasIndex(a => new { a.UserName, a.AtUtc });
            }
        });
        return modelBuilder;
    }
}
