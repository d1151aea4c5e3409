using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Persistence;
using Platform.Training.Classes;
using Platform.Training.People;
using Platform.Training.Quotas;

namespace Platform.Training.Persistence;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("training_people");
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.SearchName).HasMaxLength(200);
        builder.Property(p => p.UnitCode).HasMaxLength(16);
        builder.Property(p => p.ProvinceCode).HasMaxLength(16);
        builder.Property(p => p.Audience).HasMaxLength(32);
        builder.Property(p => p.Gender).HasMaxLength(1);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.UnitCode, p.Audience });
        builder.HasIndex(p => p.ProvinceCode);
    }
}

internal sealed class TrainingClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<TrainingClass> builder)
    {
        builder.ToTable("training_classes");
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.UnitCode).HasMaxLength(16);
        builder.Property(c => c.ProvinceCode).HasMaxLength(16);
        builder.Property(c => c.Audience).HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Trainers).HasMaxLength(1000);
        builder.Property(c => c.Venue).HasMaxLength(300);
        builder.HasIndex(c => new { c.Year, c.UnitCode, c.Audience });
        builder.HasVersion();
        builder.HasIndex(c => c.ProvinceCode);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("training_enrolments");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => new { e.ClassId, e.PersonId }).IsUnique();
        builder.HasIndex(e => e.PersonId);
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        builder.ToTable("training_attendance");
        // The biggest table (160,000 marks a province-year): the key is the whole row, and the migration makes it a
        // WITHOUT ROWID table so a mark is one b-tree entry. The person is checked by the handlers (only enrolled
        // trainees are marked), not by a foreign key that would cost a look-up and an index per mark.
        builder.HasKey(a => new { a.ClassId, a.Session, a.PersonId });
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(a => a.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuotaObligationConfiguration : IEntityTypeConfiguration<QuotaObligation>
{
    public void Configure(EntityTypeBuilder<QuotaObligation> builder)
    {
        builder.ToTable("training_quota_obligations");
        builder.HasKey(q => q.ObligationId);
        builder.Property(q => q.ObligationId).ValueGeneratedNever();
        builder.Property(q => q.PlanCode).HasMaxLength(64);
        builder.Property(q => q.UnitCode).HasMaxLength(16);
        builder.Property(q => q.ParentUnitCode).HasMaxLength(16);
        builder.Property(q => q.IndicatorCode).HasMaxLength(32);
        builder.Property(q => q.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(q => new { q.Year, q.UnitCode, q.IndicatorCode });
    }
}
