using Microsoft.EntityFrameworkCore;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Campaigns;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.IndicatorValues;
using Platform.Monitoring.Obligations;
using Platform.Monitoring.Training;

namespace Platform.Monitoring.Persistence;

internal class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "monitoring_migrations_history";

    public DbSet<ActivityReport> Activities => Set<ActivityReport>();

    public DbSet<ReportedValue> ReportedValues => Set<ReportedValue>();

    public DbSet<CompletedClass> CompletedClasses => Set<CompletedClass>();

    public DbSet<TrainingCompletion> TrainingCompletions => Set<TrainingCompletion>();

    public DbSet<MonitoredObligation> Obligations => Set<MonitoredObligation>();

    public DbSet<ReportSubmission> Submissions => Set<ReportSubmission>();

    public DbSet<NewParticipantsReport> NewParticipantsReports => Set<NewParticipantsReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActivityReport>(e =>
        {
            e.ToTable("monitoring_activity_reports");
            e.Property(a => a.UnitCode).HasMaxLength(16);
            e.Property(a => a.ProvinceCode).HasMaxLength(16);
            e.Property(a => a.Kind).HasMaxLength(40);
            e.Property(a => a.AudienceGroup).HasMaxLength(40);
            e.Property(a => a.CommunicationForm).HasMaxLength(40);
            e.Property(a => a.Notes).HasMaxLength(2000);
            e.Property(a => a.CampaignCode).HasMaxLength(64);
            // Covers the yearly aggregation without the table, in GROUP BY order (unit, kind), so SQLite streams the
            // groups
            // instead of sorting: 75 ms instead of 600 ms for 500,000 activities (docs/benchmarks.md).
            e.HasIndex(a => new { a.Year, a.UnitCode, a.Kind, a.Date, a.Count });
            e.HasIndex(a => new { a.UnitCode, a.Date });
            e.HasVersion();
            e.HasIndex(a => a.ProvinceCode);
            // Covers a campaign's progress (a window's activities, the nation's or one province's, grouped by unit,
            // kind and form) without the table; partial, so activities outside campaigns do not pay for it (the
            // yearly bulk load took 21 s instead of 12.5 s for 500,000 with it whole: docs/benchmarks.md). The same
            // SQL on both providers.
            e.HasIndex(a => new
            {
                a.CampaignCode, a.ProvinceCode, a.Date, a.UnitCode, a.Kind, a.CommunicationForm, a.Count,
                a.Participants,
            }).HasFilter("\"CampaignCode\" IS NOT NULL");
        });
        modelBuilder.Entity<NewParticipantsReport>(e =>
        {
            e.ToTable("monitoring_new_participants");
            e.Property(r => r.UnitCode).HasMaxLength(16);
            e.Property(r => r.ProvinceCode).HasMaxLength(16);
            e.Property(r => r.Source).HasMaxLength(500);
            e.HasIndex(r => new { r.ToDate, r.UnitCode, r.FromDate, r.Value });
            e.HasIndex(r => r.ProvinceCode);
            e.HasVersion();
        });
        modelBuilder.Entity<ReportedValue>(e =>
        {
            e.ToTable("monitoring_reported_values");
            e.Property(v => v.UnitCode).HasMaxLength(16);
            e.Property(v => v.IndicatorCode).HasMaxLength(40);
            e.Property(v => v.Source).HasMaxLength(500);
            e.HasIndex(v => new { v.UnitCode, v.Year, v.IndicatorCode }).IsUnique();
        });
        modelBuilder.Entity<CompletedClass>(e =>
        {
            e.ToTable("monitoring_training_classes");
            e.HasKey(c => c.ClassId);
            e.Property(c => c.ClassId).ValueGeneratedNever();
            e.HasIndex(c => c.Year);
        });
        modelBuilder.Entity<TrainingCompletion>(e =>
        {
            e.ToTable("monitoring_training_completions");
            e.HasIndex(c => c.ClassId);
            e.HasIndex(c => new { c.Year, c.UnitCode });
        });
        modelBuilder.Entity<MonitoredObligation>(e =>
        {
            e.ToTable("monitoring_obligations");
            e.HasKey(o => o.ObligationId);
            e.Property(o => o.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.ObligationId).ValueGeneratedNever();
            e.HasIndex(o => new { o.Year, o.UnitCode });
            e.HasIndex(o => o.PlanCode);
        });
        modelBuilder.Entity<ReportSubmission>(e =>
        {
            e.ToTable("monitoring_report_submissions");
            e.HasIndex(s => new { s.PlanCode, s.Year }).IsUnique();
            e.HasIndex(s => s.Year);
            e.HasVersion();
        });
        modelBuilder.MapAuditEntries();
    }
}
