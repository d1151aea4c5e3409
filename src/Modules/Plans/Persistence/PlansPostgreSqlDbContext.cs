using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Persistence;

/// <summary>
/// The module's context on PostgreSQL (ADR 0028): the same model as <see cref="PlansDbContext"/>, in the schema
/// <c>plans</c>, with PostgreSQL's conventions (<see cref="PostgreSqlModel"/>) and its own migrations
/// (<c>Migrations/PostgreSql</c>).
/// </summary>
internal sealed class PlansPostgreSqlDbContext(DbContextOptions<PlansDbContext> options, ICurrentCaller caller)
    : PlansDbContext(options, caller)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PostgreSqlModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PostgreSqlModel.UseSchemaOf(modelBuilder, "Plans");
        base.OnModelCreating(modelBuilder);
    }
}
