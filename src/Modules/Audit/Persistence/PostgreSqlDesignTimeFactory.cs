using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Audit.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add --context AuditPostgreSqlDbContext</c> (no server is
/// contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<AuditPostgreSqlDbContext>
{
    public AuditPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuditDbContext>()
            .UseNpgsql(
                "Host=localhost;Database=design",
                npgsql => npgsql
                    .MigrationsHistoryTable(AuditDbContext.HistoryTable, "audit")
                    .SetPostgresVersion(15, 0)
            )
            .Options);
}
