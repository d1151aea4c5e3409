using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Training.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.Complete;

internal sealed class CompleteClassHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    IConfiguration configuration,
    TimeProvider clock,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<CompleteClassCommand, ClassView>
{
    public async Task<ClassView> Handle(CompleteClassCommand request, CancellationToken cancellationToken)
    {
        var share = CompletionRule.Share(configuration);
        var training = await caller
            .Scope.Filter(db.Classes, c => c.UnitCode, c => c.ProvinceCode)
            .SingleOrDefaultAsync(c => c.Id == request.ClassId, cancellationToken)
            ?? throw new NotFoundException(texts["Class.NotFound", request.ClassId]);
        if (training.CompletedAtUtc is not null)
        {
            throw new ConflictException(texts["Class.AlreadyCompleted", training.Id, training.CompletedAtUtc]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (DateOnly.FromDateTime(now) < training.EndDate)
        {
            throw new RuleViolationException(
                texts["Class.NotEnded", training.Id, training.EndDate]);
        }

        var attended = await db.Attendance.AsNoTracking().Where(a => a.ClassId == training.Id)
            .GroupBy(a => a.PersonId).Select(g => new { PersonId = g.Key, Sessions = g.Count() })
            .ToDictionaryAsync(a => a.PersonId, a => a.Sessions, cancellationToken);
        var enrolments = await db
            .Enrolments.Where(e => e.ClassId == training.Id && e.Status == EnrolmentStatus.Enrolled)
            .ToListAsync(cancellationToken);
        foreach (var enrolment in enrolments)
        {
            enrolment.AttendedSessions = attended.GetValueOrDefault(enrolment.PersonId);
            enrolment.Completed = CompletionRule.Completes(enrolment.AttendedSessions.Value, training.Sessions, share);
        }

        training.CompletedAtUtc = now;
        training.CompletionShare = share;
        await db.SaveChangesAsync(cancellationToken);

        var completedIds = enrolments.Where(e => e.Completed).Select(e => e.PersonId).ToList();
        var completions = await db.People.AsNoTracking().Where(p => completedIds.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new TraineeCompletion(p.Code, p.UnitCode)).ToListAsync(cancellationToken);
        await mediator.Publish(
            new TrainingCompleted(
                training.Id,
                training.UnitCode,
                training.Audience,
                training.Year,
                training.EndDate,
                completions
            ),
            cancellationToken
        );
        return await mediator.Send(new GetClassQuery(training.Id), cancellationToken);
    }
}
