using Microsoft.EntityFrameworkCore;
using Platform.Auditing;

namespace Platform.Audit.Persistence;

/// <summary>Owns the <c>audit_entries</c> table (its migrations create it); the other modules map it without migrating
/// it.</summary>
internal class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "audit_migrations_history";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapAuditEntries(ownsTable: true);
}
