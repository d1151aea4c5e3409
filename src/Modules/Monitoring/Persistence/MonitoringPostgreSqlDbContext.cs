using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Monitoring.Persistence;

/// <summary>
/// The module's context on PostgreSQL (ADR 0028): the same model as <see cref="MonitoringDbContext"/>, in the schema
/// <c>monitoring</c>, with PostgreSQL's conventions (<see cref="PostgreSqlModel"/>) and its own migrations
/// (<c>Migrations/PostgreSql</c>).
/// </summary>
internal sealed class MonitoringPostgreSqlDbContext(DbContextOptions<MonitoringDbContext> options)
    : MonitoringDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PostgreSqlModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PostgreSqlModel.UseSchemaOf(modelBuilder, "Monitoring");
        base.OnModelCreating(modelBuilder);
    }
}
