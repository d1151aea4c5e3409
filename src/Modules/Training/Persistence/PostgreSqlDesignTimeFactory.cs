using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Training.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add --context TrainingPostgreSqlDbContext</c> (no server is
/// contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<TrainingPostgreSqlDbContext>
{
    public TrainingPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TrainingDbContext>()
            .UseNpgsql(
                "Host=localhost;Database=design",
                npgsql => npgsql
                    .MigrationsHistoryTable(TrainingDbContext.HistoryTable, "training")
                    .SetPostgresVersion(15, 0)
            )
            .Options);
}
