using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Contracts.Classes;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes.Attendance;

/// <summary>The registers of a class, session by session, so a session's checklist opens with the marks already
/// taken.</summary>
internal sealed class GetAttendanceHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<GetAttendanceQuery, ClassAttendance>
{
    public async Task<ClassAttendance> Handle(GetAttendanceQuery request, CancellationToken cancellationToken)
    {
        var training = await ClassScope.FindAsync(db, caller.Scope, request.ClassId, texts, cancellationToken);
        var marks = await (
            from a in db.Attendance.AsNoTracking()
            join p in db.People.AsNoTracking() on a.PersonId equals p.Id
            where a.ClassId == training.Id
            select new { a.Session, p.Code }).ToListAsync(cancellationToken);
        var bySession = marks.ToLookup(m => m.Session, m => m.Code);
        return new ClassAttendance(
            training.Id,
            training.Sessions,
            [
                .. Enumerable
                    .Range(1, training.Sessions)
                    .Select(s => new SessionRegister(s, [.. bySession[s].Order(StringComparer.Ordinal)])),
            ]
        );
    }
}
