using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Plans.Contracts.ReadModels;

namespace Platform.Plans.Persistence;

/// <summary>The read-model views (created by the migrations); the feed's SQLite pages name them too.</summary>
internal static class ReadModelViews
{
    public const string Units = "plans_v_units";
    public const string UnitStatistics = "plans_v_unit_statistics";
    public const string Plans = "plans_v_plans";
    public const string Targets = "plans_v_targets";
    public const string Obligations = "plans_v_obligations";
    public const string UnitLineage = "plans_v_unit_lineage";
    public const string StatisticsOnUnits = "plans_v_statistics_on_units";
}

// The read models are mapped to views (created by the ODataReadModels migration, so EF never creates tables for
// them); the relationships exist for OData's $expand and have no foreign keys in the database.

internal sealed class IndicatorRowConfiguration : IEntityTypeConfiguration<IndicatorRow>
{
    public void Configure(EntityTypeBuilder<IndicatorRow> builder)
    {
        builder.ToTable("plans_indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.Name).HasMaxLength(400);
        builder.Property(i => i.NameEn).HasMaxLength(400);
        builder.Property(i => i.UnitOfMeasure).HasMaxLength(60);
        builder.Property(i => i.CascadeKind).HasMaxLength(40);
        builder.Property(i => i.DenominatorMetric).HasMaxLength(40);
        builder.Property(i => i.BasedOn).HasMaxLength(40);
        builder.Property(i => i.CountUnit).HasMaxLength(40);
    }
}

internal sealed class AdministrativeUnitRowConfiguration : IEntityTypeConfiguration<AdministrativeUnitRow>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnitRow> builder)
    {
        builder.ToView(ReadModelViews.Units);
        builder.HasKey(u => u.Id);
    }
}

internal sealed class UnitLineageRowConfiguration : IEntityTypeConfiguration<UnitLineageRow>
{
    public void Configure(EntityTypeBuilder<UnitLineageRow> builder)
    {
        builder.ToView(ReadModelViews.UnitLineage);
        builder.HasKey(l => l.Id);
    }
}

internal sealed class StatisticOnUnitRowConfiguration : IEntityTypeConfiguration<StatisticOnUnitRow>
{
    public void Configure(EntityTypeBuilder<StatisticOnUnitRow> builder)
    {
        builder.ToView(ReadModelViews.StatisticsOnUnits);
        builder.HasKey(s => s.Key);
    }
}

internal sealed class UnitStatisticRowConfiguration : IEntityTypeConfiguration<UnitStatisticRow>
{
    public void Configure(EntityTypeBuilder<UnitStatisticRow> builder)
    {
        builder.ToView(ReadModelViews.UnitStatistics);
        builder.HasKey(s => s.Id);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId);
    }
}

internal sealed class PlanRowConfiguration : IEntityTypeConfiguration<PlanRow>
{
    public void Configure(EntityTypeBuilder<PlanRow> builder)
    {
        builder.ToView(ReadModelViews.Plans);
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId);
        builder.HasMany(p => p.Targets).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId);
    }
}

internal sealed class TargetRowConfiguration : IEntityTypeConfiguration<TargetRow>
{
    public void Configure(EntityTypeBuilder<TargetRow> builder)
    {
        builder.ToView(ReadModelViews.Targets);
        builder.HasKey(t => t.Id);
        builder.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorCode);
    }
}

internal sealed class ObligationRowConfiguration : IEntityTypeConfiguration<ObligationRow>
{
    public void Configure(EntityTypeBuilder<ObligationRow> builder)
    {
        builder.ToView(ReadModelViews.Obligations);
        builder.HasKey(o => o.Id);
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId);
        builder.HasOne(o => o.Indicator).WithMany().HasForeignKey(o => o.IndicatorCode);
        builder.HasOne(o => o.Plan).WithMany().HasForeignKey(o => o.PlanId);
    }
}
