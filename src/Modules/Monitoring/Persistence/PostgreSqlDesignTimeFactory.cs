using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Monitoring.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add --context MonitoringPostgreSqlDbContext</c> (no server is
/// contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<MonitoringPostgreSqlDbContext>
{
    public MonitoringPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MonitoringDbContext>()
            .UseNpgsql(
                "Host=localhost;Database=design",
                npgsql => npgsql
                    .MigrationsHistoryTable(MonitoringDbContext.HistoryTable, "monitoring")
                    .SetPostgresVersion(15, 0)
            )
            .Options);
}
