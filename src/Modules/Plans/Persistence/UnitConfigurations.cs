using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Plans.Units;
using Platform.Plans.Units.Lineage;

namespace Platform.Plans.Persistence;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ToTable("plans_units");
        builder.Property(u => u.Code).HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.SearchName).HasMaxLength(200);
        builder.Property(u => u.Type).HasMaxLength(32);
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => u.SearchName);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitStatisticConfiguration : IEntityTypeConfiguration<UnitStatistic>
{
    public void Configure(EntityTypeBuilder<UnitStatistic> builder)
    {
        builder.ToTable("plans_unit_statistics");
        builder.Property(s => s.Metric).HasMaxLength(40);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.HasIndex(s => new { s.UnitId, s.Year, s.Metric }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitLineageConfiguration : IEntityTypeConfiguration<UnitLineage>
{
    public void Configure(EntityTypeBuilder<UnitLineage> builder)
    {
        builder.ToTable("plans_unit_lineage");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Wording).HasMaxLength(200);
        builder.HasIndex(l => new { l.OldUnitId, l.NewUnitId }).IsUnique();
        builder.HasIndex(l => l.NewUnitId);
        builder
            .HasOne<AdministrativeUnit>()
            .WithMany()
            .HasForeignKey(l => l.OldUnitId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<AdministrativeUnit>()
            .WithMany()
            .HasForeignKey(l => l.NewUnitId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
