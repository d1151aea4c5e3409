using Microsoft.EntityFrameworkCore;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.Training.Classes;
using Platform.Training.Contracts.ReadModels;
using Platform.Training.Persistence;
using Platform.Training.Quotas;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.ReadModel;

/// <summary>
/// Flat rows for the OData sets Trainees, TrainingClasses, Enrolments, Attendance and TrainingQuotas, each read whole
/// in key order and kept while the modules it is read from do not change (<see cref="FeedRows"/>, ADR 0024). Quotas
/// need the roll-up over the unit tree, so they are computed per year.
/// </summary>
internal sealed class TrainingReadModel(
    TrainingDbContext db,
    QuotaCalculator quotas,
    TimeProvider clock,
    FeedRows cache,
    UnitOfWork unitOfWork
)
{
    private static readonly string[] TrainingOnly = ["Training"];

    // Quotas come from Training's copies of the obligations, over the unit tree of Plans.
    private static readonly string[] QuotasFrom = ["Plans", "Training"];

    public static readonly FeedKey<TraineeRow> TraineeKey = new(nameof(TraineeRow.Id), t => t.Id);
    public static readonly FeedKey<TrainingClassRow> ClassKey = new(nameof(TrainingClassRow.Id), c => c.Id);
    public static readonly FeedKey<EnrolmentRow> EnrolmentKey = new(nameof(EnrolmentRow.Id), e => e.Id);

    public static readonly FeedKey<AttendanceRow> AttendanceKey = new(
        [nameof(AttendanceRow.ClassId), nameof(AttendanceRow.PersonId), nameof(AttendanceRow.Session)],
        a => [a.ClassId, a.PersonId, a.Session]
    );

    public static readonly FeedKey<TrainingQuotaReportRow> QuotaKey = new(
        [
            nameof(TrainingQuotaReportRow.Year),
            nameof(TrainingQuotaReportRow.UnitCode),
            nameof(TrainingQuotaReportRow.Audience),
        ],
        q => [q.Year, q.UnitCode, q.Audience]
    );

    public Task<List<TraineeRow>> AllTraineesAsync(CancellationToken cancellationToken) =>
        Rows("Trainees", Trainees, TraineeKey, TrainingOnly, cancellationToken);

    public Task<List<TrainingClassRow>> AllTrainingClassesAsync(CancellationToken cancellationToken) =>
        Rows("TrainingClasses", TrainingClasses, ClassKey, TrainingOnly, cancellationToken);

    public Task<List<EnrolmentRow>> AllEnrolmentsAsync(CancellationToken cancellationToken) =>
        Rows("Enrolments", Enrolments, EnrolmentKey, TrainingOnly, cancellationToken);

    public Task<List<AttendanceRow>> AllAttendanceAsync(CancellationToken cancellationToken) =>
        Rows("Attendance", Attendance, AttendanceKey, TrainingOnly, cancellationToken);

    private Task<List<T>> Rows<T>(
        string set,
        IQueryable<T> query,
        FeedKey<T> key,
        string[] modules,
        CancellationToken cancellationToken
    ) =>
        cache.GetAsync(
            unitOfWork,
            "Training/" + set,
            modules,
            async token =>
            {
                var rows = await query.ToListAsync(token);
                rows.Sort(key);
                return SharedTexts.Share(rows);
            },
            cancellationToken
        );

    public IQueryable<TraineeRow> Trainees =>
        db
            .People.AsNoTracking()
            .Select(p => new TraineeRow
            {
                Id = p.Id,
                PersonCode = p.Code,
                FullName = p.FullName,
                SearchName = p.SearchName,
                UnitCode = p.UnitCode,
                ProvinceCode = p.ProvinceCode,
                Audience = p.Audience,
                Gender = p.Gender,
                BirthYear = p.BirthYear,
            });

    public IQueryable<TrainingClassRow> TrainingClasses =>
        db
            .Classes.AsNoTracking()
            .Select(c => new TrainingClassRow
            {
                Id = c.Id,
                Code = c.Code,
                UnitCode = c.UnitCode,
                ProvinceCode = c.ProvinceCode,
                Audience = c.Audience,
                Title = c.Title,
                StartDate = c.StartDate,
                EndDate = c.EndDate,
                Year = c.Year,
                Sessions = c.Sessions,
                Capacity = c.Capacity,
                Trainers = c.Trainers,
                Venue = c.Venue,
                Online = c.Online,
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
            Id = e.Id,
            ClassId = c.Id,
            ClassCode = c.Code,
            ClassTitle = c.Title,
            ClassUnitCode = c.UnitCode,
            ClassProvinceCode = c.ProvinceCode,
            Audience = c.Audience,
            Year = c.Year,
            PersonCode = p.Code,
            FullName = p.FullName,
            PersonUnitCode = p.UnitCode,
            PersonProvinceCode = p.ProvinceCode,
            Status = e.Status == EnrolmentStatus.Waiting ? "Waiting" : "Enrolled",
            AttendedSessions = e.AttendedSessions, Sessions = c.Sessions, Completed = e.Completed,
        };

    public IQueryable<AttendanceRow> Attendance =>
        from a in db.Attendance.AsNoTracking()
        join c in db.Classes.AsNoTracking() on a.ClassId equals c.Id
        join p in db.People.AsNoTracking() on a.PersonId equals p.Id
        select new AttendanceRow
        {
            ClassId = c.Id,
            ClassCode = c.Code,
            ClassTitle = c.Title,
            ClassUnitCode = c.UnitCode,
            ClassProvinceCode = c.ProvinceCode,
            Year = c.Year,
            Session = a.Session,
            PersonId = p.Id,
            PersonCode = p.Code,
            FullName = p.FullName,
            PersonUnitCode = p.UnitCode,
            PersonProvinceCode = p.ProvinceCode,
        };

    /// <summary>Every unit and audience with anything to show in <paramref name="year"/>, rolled up commune → province
    /// → nation.</summary>
    public async Task<IReadOnlyList<TrainingQuotaRow>> TrainingQuotasAsync(
        int year,
        CancellationToken cancellationToken
    ) =>
        [
            .. (await quotas.ComputeAsync(year, cancellationToken))
                .Values.OrderBy(r => r.Level)
                .ThenBy(r => r.UnitCode, StringComparer.Ordinal)
                .ThenBy(r => r.Audience, StringComparer.Ordinal),
        ];

    /// <summary>
    /// The years the quota set covers: every year with a quota obligation or a class; the current year (from the
    /// clock) when there is neither, so the set is never empty merely because nothing has been planned yet.
    /// </summary>
    public async Task<IReadOnlyList<int>> QuotaYearsAsync(CancellationToken cancellationToken)
    {
        var years = await db.QuotaObligations.AsNoTracking().Select(o => o.Year)
            .Union(db.Classes.AsNoTracking().Select(c => c.Year))
            .ToListAsync(cancellationToken);
        return years.Count > 0 ? [.. years.Order()] : [clock.GetUtcNow().Year];
    }

    /// <summary>The quota rows of every year of <see cref="QuotaYearsAsync"/>, flattened for the OData set
    /// TrainingQuotas.</summary>
    public Task<List<TrainingQuotaReportRow>> AllTrainingQuotasAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(
            unitOfWork,
            "Training/TrainingQuotas",
            QuotasFrom,
            ComputeAllTrainingQuotasAsync,
            cancellationToken
        );

    private async Task<List<TrainingQuotaReportRow>> ComputeAllTrainingQuotasAsync(CancellationToken cancellationToken)
    {
        var rows = new List<TrainingQuotaReportRow>();
        foreach (var year in await QuotaYearsAsync(cancellationToken))
        {
            rows.AddRange(
                (await TrainingQuotasAsync(year, cancellationToken)).Select(r => new TrainingQuotaReportRow
                {
                    Year = r.Year,
                    UnitCode = r.UnitCode,
                    UnitName = r.UnitName,
                    Level = r.Level.ToString(),
                    ParentCode = r.ParentCode,
                    ProvinceCode = r.ProvinceCode,
                    Audience = r.Audience,
                    RequiredClassesFloor = r.RequiredClassesFloor,
                    RequiredClassesStretch = r.RequiredClassesStretch,
                    RequiredTraineesFloor = r.RequiredTraineesFloor,
                    RequiredTraineesStretch = r.RequiredTraineesStretch,
                    ClassesScheduled = r.ClassesScheduled,
                    ClassesHeld = r.ClassesHeld,
                    Registered = r.Registered,
                    Trained = r.Trained,
                    CoveragePercent = r.CoveragePercent,
                    RegisteredTrainedPercent = r.RegisteredTrainedPercent,
                    TraineesFloorPercent = r.TraineesFloorPercent,
                    TraineesGap = r.TraineesGap,
                    TraineesStretchGap = r.TraineesStretchGap,
                    ClassesGap = r.ClassesGap,
                    MissingData = r.MissingData,
                })
            );
        }

        rows.Sort(QuotaKey);
        return rows;
    }
}
