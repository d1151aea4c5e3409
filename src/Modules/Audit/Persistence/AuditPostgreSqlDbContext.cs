using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Audit.Persistence;

/// <summary>
/// The module's context on PostgreSQL (ADR 0028): the same model as <see cref="AuditDbContext"/>, in the schema
/// <c>audit</c>, with PostgreSQL's conventions (<see cref="PostgreSqlModel"/>) and its own migrations
/// (<c>Migrations/PostgreSql</c>).
/// </summary>
internal sealed class AuditPostgreSqlDbContext(DbContextOptions<AuditDbContext> options) : AuditDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PostgreSqlModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PostgreSqlModel.UseSchemaOf(modelBuilder, "Audit");
        base.OnModelCreating(modelBuilder);
    }
}
