using Microsoft.EntityFrameworkCore;
using Platform.Auditing;
using Platform.Training.Classes;
using Platform.Training.People;
using Platform.Training.Quotas;

namespace Platform.Training.Persistence;

internal class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "training_migrations_history";

    public DbSet<Person> People => Set<Person>();

    public DbSet<TrainingClass> Classes => Set<TrainingClass>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<AttendanceMark> Attendance => Set<AttendanceMark>();

    public DbSet<QuotaObligation> QuotaObligations => Set<QuotaObligation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        modelBuilder.MapAuditEntries();
    }
}
