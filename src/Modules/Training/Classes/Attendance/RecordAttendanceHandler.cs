using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.Attendance;

internal sealed class RecordAttendanceHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    AuditTrail audit,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<RecordAttendanceCommand, AttendanceResult>
{
    public async Task<AttendanceResult> Handle(RecordAttendanceCommand request, CancellationToken cancellationToken)
    {
        var training = await AttendanceRules.OpenClassAsync(
            db,
            caller.Scope,
            request.ClassId,
            texts,
            cancellationToken
        );
        if (request.Session > training.Sessions)
        {
            throw new RuleViolationException(
                texts["Attendance.NoSuchSession", training.Id, training.Sessions, request.Session],
                new Dictionary<string, string[]>
                {
                    ["session"] = [texts["Attendance.NoSuchSessionField", training.Sessions]],
                }
            );
        }

        var trainees = await AttendanceRules.EnrolledAsync(db, [training.Id], cancellationToken);
        var codes = request.Present!.Select(c => c.Trim()).ToList();
        var strangers = codes.Where(c => !trainees.ContainsKey((training.Id, c))).ToList();
        if (strangers.Count > 0)
        {
            throw new RuleViolationException(
                texts[
                    strangers.Count == 1 ? "Attendance.NotEnrolledOne" : "Attendance.NotEnrolledMany",
                    training.Id,
                    string.Join(", ", strangers.Take(20).Select(c => $"'{c}'"))
                ],
                new Dictionary<string, string[]>
                {
                    ["present"] =
                    [
                        .. strangers.Select(c => texts["Attendance.NotEnrolledField", c, training.Id].Value),
                    ],
                }
            );
        }

        var session = db.Attendance.Where(a => a.ClassId == training.Id && a.Session == request.Session);
        var before = await session.Select(a => a.PersonId).ToListAsync(cancellationToken);
        await session.ExecuteDeleteAsync(cancellationToken);
        db.Attendance.AddRange(
            codes.Select(c => new AttendanceMark
            {
                ClassId = training.Id,
                Session = request.Session,
                PersonId = trainees[(training.Id, c)],
            })
        );
        var codeOf = trainees.ToDictionary(t => t.Value, t => t.Key.Code);
        var wasPresent = before
            .Select(id => codeOf.GetValueOrDefault(id) ?? $"person {id}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var isPresent = codes.Order(StringComparer.Ordinal).ToList();
        if (!wasPresent.SequenceEqual(isPresent))
        {
            // The register replaces the session's marks as a whole: one entry, who was present before and after.
            db.Set<AuditEntry>().Add(audit.Entry(
                AuditActions.Recorded, nameof(AttendanceMark), $"{training.Id}:{request.Session}", training.UnitCode,
                new { present = wasPresent }, new { present = isPresent }));
        }

        await db.SaveChangesAsync(cancellationToken);
        var enrolled = trainees.Count;
        return new AttendanceResult(training.Id, request.Session, codes.Count, enrolled - codes.Count);
    }
}

internal static class AttendanceRules
{
    public static async Task<Classes.TrainingClass> OpenClassAsync(
        TrainingDbContext db,
        UnitScope scope,
        int classId,
        IStringLocalizer<TrainingTexts> texts,
        CancellationToken cancellationToken
    )
    {
        var training = await ClassScope.FindAsync(db, scope, classId, texts, cancellationToken);
        return training.CompletedAtUtc is null
            ? training
            : throw new ConflictException(texts["Class.CompletedAttendanceFinal", training.Id]);
    }

    /// <summary>(class, person code) → person id of every trainee enrolled (not waiting) in the classes.</summary>
    public static async Task<Dictionary<(int ClassId, string Code), int>> EnrolledAsync(
        TrainingDbContext db,
        IReadOnlyCollection<int> classIds,
        CancellationToken cancellationToken
    )
    {
        var rows = await (
            from e in db.Enrolments.AsNoTracking()
            join p in db.People.AsNoTracking() on e.PersonId equals p.Id
            where classIds.Contains(e.ClassId) && e.Status == EnrolmentStatus.Enrolled
            select new { e.ClassId, p.Code, p.Id }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.ClassId, r.Code), r => r.Id);
    }
}
