using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Training.Persistence;

/// <summary>
/// The module's context on PostgreSQL (ADR 0028): the same model as <see cref="TrainingDbContext"/>, in the schema
/// <c>training</c>, with PostgreSQL's conventions (<see cref="PostgreSqlModel"/>) and its own migrations
/// (<c>Migrations/PostgreSql</c>).
/// </summary>
internal sealed class TrainingPostgreSqlDbContext(DbContextOptions<TrainingDbContext> options)
    : TrainingDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PostgreSqlModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PostgreSqlModel.UseSchemaOf(modelBuilder, "Training");
        base.OnModelCreating(modelBuilder);
    }
}
