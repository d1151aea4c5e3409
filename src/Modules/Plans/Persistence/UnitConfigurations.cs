using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Plans.Statistics;
using Platform.Plans.Units;

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
