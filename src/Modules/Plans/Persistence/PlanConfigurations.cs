using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans_plans");
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.Property(p => p.Title).HasMaxLength(400);
        builder.Property(p => p.UnitCode).HasMaxLength(16);
        builder.Property(p => p.Path).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasVersion();
        builder.HasIndex(p => p.ParentPlanId);
        builder.HasIndex(p => p.Path);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(p => p.Tasks, t => t.ToJson());
        builder.OwnsMany(p => p.Deadlines, d => d.ToJson());
        builder.OwnsMany(p => p.History, h =>
        {
            h.ToJson();
            h.Property(x => x.From).HasConversion<string>();
            h.Property(x => x.To).HasConversion<string>();
        });
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("plans_targets");
        builder.Property(t => t.IndicatorCode).HasMaxLength(40);
        builder.HasIndex(t => new { t.PlanId, t.IndicatorCode, t.Year }).IsUnique();
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> builder)
    {
        builder.ToTable("plans_obligations");
        builder.Property(o => o.UnitCode).HasMaxLength(16);
        builder.Property(o => o.IndicatorCode).HasMaxLength(40);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.ParentPlanCode).HasMaxLength(64);
        builder.Property(o => o.RuleName).HasMaxLength(120);
        builder.Property(o => o.RuleVersion).HasMaxLength(20);
        builder.HasIndex(o => new { o.PlanId, o.UnitId, o.Year, o.IndicatorCode }).IsUnique();
        builder.HasVersion();
        builder.HasIndex(o => new { o.UnitCode, o.Year });
        builder.HasOne<Plan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
