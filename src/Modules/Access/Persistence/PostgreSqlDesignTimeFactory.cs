using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Access.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add --context AccessPostgreSqlDbContext</c> (no server is
/// contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<AccessPostgreSqlDbContext>
{
    public AccessPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccessDbContext>()
            .UseNpgsql(
                "Host=localhost;Database=design",
                npgsql => npgsql
                    .MigrationsHistoryTable(AccessDbContext.HistoryTable, "access")
                    .SetPostgresVersion(15, 0)
            )
            .Options);
}
