using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Access.Persistence;

/// <summary>
/// The module's context on PostgreSQL (ADR 0028): the same model as <see cref="AccessDbContext"/>, in the schema
/// <c>access</c>, with PostgreSQL's conventions (<see cref="PostgreSqlModel"/>) and its own migrations
/// (<c>Migrations/PostgreSql</c>).
/// </summary>
internal sealed class AccessPostgreSqlDbContext(DbContextOptions<AccessDbContext> options) : AccessDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PostgreSqlModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PostgreSqlModel.UseSchemaOf(modelBuilder, "Access");
        base.OnModelCreating(modelBuilder);
    }
}
