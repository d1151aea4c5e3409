using Microsoft.EntityFrameworkCore;
using Platform.Plans.Obligations;
using Platform.Plans.PlanBook;
using Platform.Plans.Statistics;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

internal sealed class PlansDbContext(DbContextOptions<PlansDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "plans_migrations_history";

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<UnitStatistic> Statistics => Set<UnitStatistic>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanTarget> Targets => Set<PlanTarget>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDbContext).Assembly);
    }
}
