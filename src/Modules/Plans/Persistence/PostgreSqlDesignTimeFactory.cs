using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Plans.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add --context PlansPostgreSqlDbContext</c> (no server is
/// contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PlansPostgreSqlDbContext>
{
    public PlansPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlansDbContext>()
            .UseNpgsql(
                "Host=localhost;Database=design",
                npgsql => npgsql
                    .MigrationsHistoryTable(PlansDbContext.HistoryTable, "plans")
                    .SetPostgresVersion(15, 0)
            )
            .Options, FixedCaller.System);
}
