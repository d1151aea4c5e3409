using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Audit.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuditDbContext>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable(AuditDbContext.HistoryTable))
            .Options);
}
