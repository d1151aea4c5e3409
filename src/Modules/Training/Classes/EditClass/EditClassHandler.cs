using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Training.Classes.ReadClass;
using Platform.Training.Persistence;
using Platform.Training.Units;

namespace Platform.Training.Classes.EditClass;

/// <summary>Only a class held by a unit in the caller's scope; any other is not found.</summary>
internal sealed class EditClassHandler(TrainingDbContext db, UnitTreeCache units, IMediator mediator, ICurrentCaller caller) : IRequestHandler<EditClassCommand, ClassView>
{
    public async Task<ClassView> Handle(EditClassCommand request, CancellationToken cancellationToken)
    {
        await ClassScope.FindAsync(db, caller.Scope, request.Id, cancellationToken);
        var training = await db.Classes.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"No training class has the id {request.Id}.");
        request.IfMatch?.Ensure(training.Version, $"Class {training.Id}");
        if (training.CompletedAtUtc is not null)
        {
            throw new ConflictException($"Class {training.Id} was completed on {training.CompletedAtUtc:yyyy-MM-dd}; it can no longer be edited.");
        }

        var (start, end, capacity) = (request.StartDate!.Value, request.EndDate!.Value, request.Capacity!.Value);
        if ((await units.InYearAsync(start.Year, cancellationToken)).Find(training.UnitCode) is null)
        {
            throw new RuleViolationException(
                $"Unit {training.UnitCode}, which holds class {training.Id}, is not in force in {start.Year}; the class cannot start then.",
                new Dictionary<string, string[]> { ["startDate"] = [$"unit {training.UnitCode} is not in force in {start.Year}"] });
        }

        var enrolments = await db.Enrolments.Where(e => e.ClassId == training.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var enrolled = enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled);
        if (capacity < enrolled)
        {
            throw new RuleViolationException(
                $"{enrolled} trainees are enrolled in class {training.Id}; its capacity may not go below {enrolled}.",
                new Dictionary<string, string[]> { ["capacity"] = [$"must be at least {enrolled}, the trainees enrolled"] });
        }

        // Seats a larger capacity opens go to the waiting list, first come first served.
        foreach (var waiting in enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).Take(capacity - enrolled))
        {
            waiting.Status = EnrolmentStatus.Enrolled;
        }

        training.Title = VietnameseText.Clean(request.Title);
        (training.StartDate, training.EndDate, training.Year, training.Capacity) = (start, end, end.Year, capacity);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetClassQuery(training.Id), cancellationToken);
    }
}
