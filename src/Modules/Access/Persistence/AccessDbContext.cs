using Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Platform.Access.Users;

namespace Platform.Access.Persistence;

internal class AccessDbContext(DbContextOptions<AccessDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "access_migrations_history";

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> Keys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccessDbContext).Assembly);
        // Users and keys are audited like every other change; the Audit module owns the table.
        modelBuilder.MapAuditEntries();
    }
}
