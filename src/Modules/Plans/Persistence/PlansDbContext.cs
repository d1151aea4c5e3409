using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Auditing;
using Platform.Plans.Contracts.ReadModels;
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

    /// <summary>The indicator catalogue as a table, rewritten from the code at start-up, so views and OData can join it.</summary>
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();

    // Read models over SQL views (migration ODataReadModels), read by the OData feed; never written.
    public DbSet<AdministrativeUnitRow> UnitRows => Set<AdministrativeUnitRow>();

    public DbSet<UnitStatisticRow> StatisticRows => Set<UnitStatisticRow>();

    public DbSet<PlanRow> PlanRows => Set<PlanRow>();

    public DbSet<TargetRow> TargetRows => Set<TargetRow>();

    public DbSet<ObligationRow> ObligationRows => Set<ObligationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDbContext).Assembly);
        modelBuilder.MapAuditEntries();
    }
}
