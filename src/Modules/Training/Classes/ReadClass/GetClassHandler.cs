using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.ReadClass;

internal sealed class GetClassHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<GetClassQuery, ClassView>
{
    public async Task<ClassView> Handle(GetClassQuery request, CancellationToken cancellationToken)
    {
        var c = await ClassScope.FindAsync(db, caller.Scope, request.Id, texts, cancellationToken);
        var trainees = await (
            from e in db.Enrolments.AsNoTracking()
            join p in db.People.AsNoTracking() on e.PersonId equals p.Id
            where e.ClassId == c.Id
            orderby e.Id
            select new
            {
                p.Code, p.FullName, p.UnitCode, e.Status, e.Completed,
                Attended = db.Attendance.Count(a => a.ClassId == c.Id && a.PersonId == p.Id),
            }).ToListAsync(cancellationToken);
        var done = c.CompletedAtUtc is not null;
        var waiting = 0;
        var views = trainees
            .Select(t => new TraineeView(
                t.Code,
                t.FullName,
                t.UnitCode,
                t.Status.ToString(),
                t.Status == EnrolmentStatus.Waiting ? ++waiting : null,
                t.Attended,
                done && t.Status == EnrolmentStatus.Enrolled ? t.Completed : null
            ))
            .ToList();
        return new ClassView(
            c.Id,
            c.Code,
            c.UnitCode,
            c.Audience,
            c.Title,
            c.StartDate,
            c.EndDate,
            c.Year,
            c.Sessions,
            c.Capacity,
            c.Trainers.Split("; ", StringSplitOptions.RemoveEmptyEntries),
            c.Venue,
            c.Online,
            done,
            c.CompletionShare,
            views.Count(v => v.Status == nameof(EnrolmentStatus.Enrolled)),
            waiting,
            trainees.Count(t => t.Completed),
            views,
            c.Version
        );
    }
}
