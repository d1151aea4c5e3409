using Microsoft.EntityFrameworkCore;
using Platform.Training.Classes;
using Platform.Training.Persistence;
using Platform.Training.Quotas;

namespace Platform.Training.ReadModel;

/// <summary>
/// Flat rows for the OData sets Trainees, TrainingClasses, Enrolments, Attendance and TrainingQuotas. The first four
/// are IQueryables that EF Core translates to SQL, projected with member initialisers (not constructors) so that
/// $filter, $orderby, $top/$skip and $apply compose on top of them and still run in SQLite. Quotas need the roll-up
/// over the unit tree, so they are computed per year and handed over as a list.
/// </summary>
internal sealed class TrainingReadModel(TrainingDbContext db, QuotaCalculator quotas)
{
    public IQueryable<TraineeRow> Trainees => db.People.AsNoTracking().Select(p => new TraineeRow
    {
        Id = p.Id, PersonCode = p.Code, FullName = p.FullName, SearchName = p.SearchName, UnitCode = p.UnitCode, Audience = p.Audience,
        Gender = p.Gender, BirthYear = p.BirthYear,
    });

    public IQueryable<TrainingClassRow> TrainingClasses => db.Classes.AsNoTracking().Select(c => new TrainingClassRow
    {
        Id = c.Id, Code = c.Code, UnitCode = c.UnitCode, Audience = c.Audience, Title = c.Title, StartDate = c.StartDate, EndDate = c.EndDate,
        Year = c.Year, Sessions = c.Sessions, Capacity = c.Capacity, Trainers = c.Trainers, Venue = c.Venue, Online = c.Online,
        Completed = c.CompletedAtUtc != null,
        Enrolled = db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Enrolled),
        Waiting = db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Waiting),
        CompletedTrainees = db.Enrolments.Count(e => e.ClassId == c.Id && e.Completed),
    });

    public IQueryable<EnrolmentRow> Enrolments =>
        from e in db.Enrolments.AsNoTracking()
        join c in db.Classes.AsNoTracking() on e.ClassId equals c.Id
        join p in db.People.AsNoTracking() on e.PersonId equals p.Id
        select new EnrolmentRow
        {
            Id = e.Id, ClassId = c.Id, ClassCode = c.Code, ClassTitle = c.Title, ClassUnitCode = c.UnitCode, Audience = c.Audience, Year = c.Year,
            PersonCode = p.Code, FullName = p.FullName, PersonUnitCode = p.UnitCode,
            Status = e.Status == EnrolmentStatus.Waiting ? "Waiting" : "Enrolled",
            AttendedSessions = e.AttendedSessions, Sessions = c.Sessions, Completed = e.Completed,
        };

    public IQueryable<AttendanceRow> Attendance =>
        from a in db.Attendance.AsNoTracking()
        join c in db.Classes.AsNoTracking() on a.ClassId equals c.Id
        join p in db.People.AsNoTracking() on a.PersonId equals p.Id
        select new AttendanceRow
        {
            ClassId = c.Id, ClassCode = c.Code, ClassTitle = c.Title, ClassUnitCode = c.UnitCode, Year = c.Year, Session = a.Session,
            PersonCode = p.Code, FullName = p.FullName, PersonUnitCode = p.UnitCode,
        };

    /// <summary>Every unit and audience with anything to show in <paramref name="year"/>, rolled up commune → province → nation.</summary>
    public async Task<IReadOnlyList<TrainingQuotaRow>> TrainingQuotasAsync(int year, CancellationToken cancellationToken) =>
        [.. (await quotas.ComputeAsync(year, cancellationToken)).Values.OrderBy(r => r.Level).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Audience, StringComparer.Ordinal)];
}

internal sealed record TraineeRow
{
    public int Id { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    /// <summary>Folded name (no diacritics, đ → d) so "nguyen van" finds "Nguyễn Văn".</summary>
    public required string SearchName { get; init; }

    public required string UnitCode { get; init; }

    public required string Audience { get; init; }

    public string? Gender { get; init; }

    public int? BirthYear { get; init; }
}

internal sealed record TrainingClassRow
{
    public int Id { get; init; }

    public string? Code { get; init; }

    public required string UnitCode { get; init; }

    public required string Audience { get; init; }

    public required string Title { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public int Year { get; init; }

    public int Sessions { get; init; }

    public int Capacity { get; init; }

    public required string Trainers { get; init; }

    public string? Venue { get; init; }

    public bool Online { get; init; }

    public bool Completed { get; init; }

    public int Enrolled { get; init; }

    public int Waiting { get; init; }

    public int CompletedTrainees { get; init; }
}

internal sealed record EnrolmentRow
{
    public int Id { get; init; }

    public int ClassId { get; init; }

    public string? ClassCode { get; init; }

    public required string ClassTitle { get; init; }

    public required string ClassUnitCode { get; init; }

    public required string Audience { get; init; }

    public int Year { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    public required string PersonUnitCode { get; init; }

    public required string Status { get; init; }

    public int? AttendedSessions { get; init; }

    public int Sessions { get; init; }

    public bool Completed { get; init; }
}

internal sealed record AttendanceRow
{
    public int ClassId { get; init; }

    public string? ClassCode { get; init; }

    public required string ClassTitle { get; init; }

    public required string ClassUnitCode { get; init; }

    public int Year { get; init; }

    public int Session { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    public required string PersonUnitCode { get; init; }
}
