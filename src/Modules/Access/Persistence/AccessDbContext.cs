using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Access.Users;
using Platform.Auditing;

namespace Platform.Access.Persistence;

/// <summary>Users, their keys, and the keys that sign the web interface's cookies (ASP.NET Data Protection), kept in
/// the database so that every host serving it reads every host's cookies and a restart signs nobody out.</summary>
internal class AccessDbContext(DbContextOptions<AccessDbContext> options)
    : DbContext(options),
        IDataProtectionKeyContext
{
    public const string HistoryTable = "access_migrations_history";

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> Keys => Set<ApiKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccessDbContext).Assembly);
        // Users and keys are audited like every other change; the Audit module owns the table.
        modelBuilder.MapAuditEntries();
    }
}
