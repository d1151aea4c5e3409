using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Auditing;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Campaigns;
using Platform.Plans.Contracts.ReadModels;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;
using Platform.Plans.Units.Lineage;

namespace Platform.Plans.Persistence;

/// <summary>
/// The Plans tables and, over SQL views, the read models of the OData feed. The read models are held to the caller's
/// unit scope by query filters, so every query over them — a set, an <c>$expand</c> into a navigation, <c>$count</c>,
/// the obligations export — sees only the caller's units. The write entities carry no filter: the cascade, imports and
/// rule checks need the whole structure, and their handlers check the scope of what the caller names.
/// </summary>
internal class PlansDbContext(DbContextOptions<PlansDbContext> options, ICurrentCaller caller)
    : DbContext(options)
{
    public const string HistoryTable = "plans_migrations_history";

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<UnitStatistic> Statistics => Set<UnitStatistic>();

    /// <summary>Old unit version → new unit version, from the official conversion tables.</summary>
    public DbSet<UnitLineage> Lineage => Set<UnitLineage>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanTarget> Targets => Set<PlanTarget>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignUnitQuota> CampaignUnitQuotas => Set<CampaignUnitQuota>();

    public DbSet<CampaignRebase> CampaignRebases => Set<CampaignRebase>();

    /// <summary>The indicator catalogue as a table, rewritten from the code at start-up, so views and OData can join
    /// it.</summary>
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();

    // Read models over SQL views (migration ODataReadModels), read by the OData feed; never written.
    public DbSet<AdministrativeUnitRow> UnitRows => Set<AdministrativeUnitRow>();

    public DbSet<UnitStatisticRow> StatisticRows => Set<UnitStatisticRow>();

    public DbSet<UnitLineageRow> LineageRows => Set<UnitLineageRow>();

    /// <summary>Figures re-aggregated onto every unit version through the lineage (migration StatisticsOnUnits, ADR
    /// 0019).</summary>
    public DbSet<StatisticOnUnitRow> StatisticOnUnitRows => Set<StatisticOnUnitRow>();

    public DbSet<PlanRow> PlanRows => Set<PlanRow>();

    public DbSet<TargetRow> TargetRows => Set<TargetRow>();

    public DbSet<ObligationRow> ObligationRows => Set<ObligationRow>();

    // Read by the query filters on every query (EF Core turns them into parameters of this context instance).
    private bool ScopeIsNation => caller.Scope.IsNation;

    private bool ScopeIsProvince => caller.Scope.Level == ScopeLevel.Province;

    private string? ScopeUnit => caller.Scope.UnitCode;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDbContext).Assembly);
        modelBuilder.MapAuditEntries();
        modelBuilder
            .Entity<AdministrativeUnitRow>()
            .HasQueryFilter(InScope<AdministrativeUnitRow>(r => r.Code, r => r.ProvinceCode));
        modelBuilder
            .Entity<UnitStatisticRow>()
            .HasQueryFilter(InScope<UnitStatisticRow>(r => r.UnitCode, r => r.ProvinceCode));
        modelBuilder
            .Entity<StatisticOnUnitRow>()
            .HasQueryFilter(InScope<StatisticOnUnitRow>(r => r.UnitCode, r => r.ProvinceCode));
        modelBuilder
            .Entity<UnitLineageRow>()
            .HasQueryFilter(InScope<UnitLineageRow>(r => r.NewCode, r => r.NewProvinceCode));
        modelBuilder.Entity<PlanRow>().HasQueryFilter(InScope<PlanRow>(r => r.UnitCode, r => r.ProvinceCode));
        modelBuilder.Entity<TargetRow>().HasQueryFilter(InScope<TargetRow>(r => r.UnitCode, r => r.ProvinceCode));
        modelBuilder
            .Entity<ObligationRow>()
            .HasQueryFilter(InScope<ObligationRow>(r => r.UnitCode, r => r.ProvinceCode));
    }

    /// <summary>The test of <see cref="UnitScope.Covers"/> over a row's unit and province, against this context's
    /// caller.</summary>
    private Expression<Func<T, bool>> InScope<T>(
        Expression<Func<T, string>> unit,
        Expression<Func<T, string?>> province
    )
    {
        Expression<Func<bool>> nation = () => ScopeIsNation;
        Expression<Func<bool>> isProvince = () => ScopeIsProvince;
        Expression<Func<string?>> code = () => ScopeUnit;
        return UnitScope.Test(unit, province, nation.Body, isProvince.Body, code.Body);
    }
}
