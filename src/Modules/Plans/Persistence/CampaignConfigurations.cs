using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Campaigns;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("plans_campaigns");
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Title).HasMaxLength(400);
        builder.Property(c => c.UnitCode).HasMaxLength(16);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.StartDate);
        builder.HasVersion();
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Audiences, a => a.ToJson());
        builder.OwnsMany(c => c.Forms, f => f.ToJson());
        builder.HasMany(c => c.Quotas).WithOne().HasForeignKey(q => q.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignQuotaConfiguration : IEntityTypeConfiguration<CampaignQuota>
{
    public void Configure(EntityTypeBuilder<CampaignQuota> builder)
    {
        builder.ToTable("plans_campaign_quotas");
        builder.Property(q => q.Code).HasMaxLength(40);
        builder.Property(q => q.Measure).HasMaxLength(40);
        builder.Property(q => q.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Basis).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Metric).HasMaxLength(40);
        builder.Property(q => q.Note).HasMaxLength(400);
        builder.HasIndex(q => new { q.CampaignId, q.Code }).IsUnique();
    }
}

internal sealed class CampaignUnitQuotaConfiguration : IEntityTypeConfiguration<CampaignUnitQuota>
{
    public void Configure(EntityTypeBuilder<CampaignUnitQuota> builder)
    {
        builder.ToTable("plans_campaign_unit_quotas");
        builder.Property(q => q.UnitCode).HasMaxLength(16);
        builder.Property(q => q.ParentUnitCode).HasMaxLength(16);
        builder.Property(q => q.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.BasisLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.MissingReason).HasMaxLength(400);
        builder.Property(q => q.RuleName).HasMaxLength(120);
        builder.Property(q => q.RuleVersion).HasMaxLength(20);
        builder.Property(q => q.DenominatorMetric).HasMaxLength(40);
        builder.HasVersion();
        builder.HasIndex(q => new { q.QuotaId, q.UnitId }).IsUnique();
        builder.HasIndex(q => new { q.CampaignId, q.UnitCode });
        builder.HasIndex(q => q.UnitCode);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(q => q.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CampaignQuota>().WithMany().HasForeignKey(q => q.QuotaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(q => q.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CampaignRebaseConfiguration : IEntityTypeConfiguration<CampaignRebase>
{
    public void Configure(EntityTypeBuilder<CampaignRebase> builder)
    {
        builder.ToTable("plans_campaign_rebases");
        builder.Property(r => r.Key).HasMaxLength(130);
        builder.Property(r => r.UnitCode).HasMaxLength(16);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RebasedBy).HasMaxLength(100);
        builder.HasVersion();
        builder.HasIndex(r => new { r.QuotaId, r.ProvinceId }).IsUnique();
        builder.HasIndex(r => r.CampaignId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CampaignQuota>().WithMany().HasForeignKey(r => r.QuotaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(r => r.ProvinceId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
