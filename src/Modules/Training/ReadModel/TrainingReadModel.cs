using Microsoft.EntityFrameworkCore;
using Platform.Training.Classes;
using Platform.Training.Persistence;
using Platform.Training.Quotas;

namespace Platform.Training.ReadModel;

/// <summary>
/// Flat rows for the OData sets Trainees, TrainingClasses, Enrolments, Attendance and TrainingQuotas. The first four
/// are IQueryables that EF Core translates to SQL (filters, paging and $apply run in SQLite); quotas need the roll-up
/// over the unit tree, so they are computed per year and handed over as a list.
/// </summary>
internal sealed class TrainingReadModel(TrainingDbContext db, QuotaCalculator quotas)
{
    public IQueryable<TraineeRow> Trainees => db.People.AsNoTracking()
        .Select(p => new TraineeRow(p.Id, p.Code, p.FullName, p.UnitCode, p.Audience, p.Gender, p.BirthYear));

    public IQueryable<TrainingClassRow> TrainingClasses => db.Classes.AsNoTracking()
        .Select(c => new TrainingClassRow(
            c.Id, c.UnitCode, c.Audience, c.Title, c.StartDate, c.EndDate, c.Year, c.Sessions, c.Capacity, c.Trainers, c.Venue, c.Online,
            c.CompletedAtUtc != null,
            db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Enrolled),
            db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Waiting),
            db.Enrolments.Count(e => e.ClassId == c.Id && e.Completed)));

    public IQueryable<EnrolmentRow> Enrolments =>
        from e in db.Enrolments.AsNoTracking()
        join c in db.Classes.AsNoTracking() on e.ClassId equals c.Id
        join p in db.People.AsNoTracking() on e.PersonId equals p.Id
        select new EnrolmentRow(
            e.Id, c.Id, c.Title, c.UnitCode, c.Audience, c.Year, p.Code, p.FullName, p.UnitCode,
            e.Status == EnrolmentStatus.Waiting ? "Waiting" : "Enrolled", e.AttendedSessions, c.Sessions, e.Completed);

    public IQueryable<AttendanceRow> Attendance =>
        from a in db.Attendance.AsNoTracking()
        join c in db.Classes.AsNoTracking() on a.ClassId equals c.Id
        join p in db.People.AsNoTracking() on a.PersonId equals p.Id
        select new AttendanceRow(c.Id, c.Title, c.UnitCode, c.Year, a.Session, p.Code, p.FullName, p.UnitCode);

    /// <summary>Every unit and audience with anything to show in <paramref name="year"/>, rolled up commune → province → nation.</summary>
    public async Task<IReadOnlyList<TrainingQuotaRow>> TrainingQuotasAsync(int year, CancellationToken cancellationToken) =>
        [.. (await quotas.ComputeAsync(year, cancellationToken)).Values.OrderBy(r => r.Level).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Audience, StringComparer.Ordinal)];
}

internal sealed record TraineeRow(int Id, string PersonCode, string FullName, string UnitCode, string Audience, string? Gender, int? BirthYear);

internal sealed record TrainingClassRow(
    int Id, string UnitCode, string Audience, string Title, DateOnly StartDate, DateOnly EndDate, int Year, int Sessions, int Capacity,
    string Trainers, string? Venue, bool Online, bool Completed, int Enrolled, int Waiting, int CompletedTrainees);

internal sealed record EnrolmentRow(
    int Id, int ClassId, string ClassTitle, string ClassUnitCode, string Audience, int Year, string PersonCode, string FullName, string PersonUnitCode,
    string Status, int? AttendedSessions, int Sessions, bool Completed);

internal sealed record AttendanceRow(int ClassId, string ClassTitle, string ClassUnitCode, int Year, int Session, string PersonCode, string FullName, string PersonUnitCode);
