using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Auditing;

public static class AuditModelBuilderExtensions
{
    public const string Table = "audit_entries";

    public const string Schema = "audit";

    private const string NotAuditedAnnotation = "Platform:NotAudited";

    /// <summary>
    /// <see cref="NotAuditedAttribute"/> for an entity class the platform does not own (e.g. ASP.NET's Data Protection
    /// keys, which are secrets): its rows get no audit entry.
    /// </summary>
    public static EntityTypeBuilder<TEntity> IsNotAudited<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasAnnotation(NotAuditedAnnotation, true);
    }

    /// <summary>Whether rows of <paramref name="entityType"/> are left out of the audit log.</summary>
    public static bool IsNotAudited(this IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.ClrType.IsDefined(typeof(NotAuditedAttribute), inherit: false)
            || entityType.FindAnnotation(NotAuditedAnnotation)?.Value is true;
    }

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
