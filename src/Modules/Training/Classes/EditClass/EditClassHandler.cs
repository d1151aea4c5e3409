using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.EditClass;

/// <summary>Only a class held by a unit in the caller's scope; any other is not found.</summary>
internal sealed class EditClassHandler(
    TrainingDbContext db,
    IMediator mediator,
    ICurrentCaller caller,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<EditClassCommand, ClassView>
{
    public async Task<ClassView> Handle(EditClassCommand request, CancellationToken cancellationToken)
    {
        await ClassScope.FindAsync(db, caller.Scope, request.Id, texts, cancellationToken);
        var training = await db.Classes.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(texts["Class.NotFound", request.Id]);
        request.IfMatch?.Ensure(training.Version, VersionedRecord.Class, training.Id);
        if (training.CompletedAtUtc is not null)
        {
            throw new ConflictException(texts["Class.CompletedNoEdit", training.Id, training.CompletedAtUtc]);
        }

        var (start, end, capacity) = (request.StartDate!.Value, request.EndDate!.Value, request.Capacity!.Value);
        if (
            (await mediator.Send(GetUnitTreeQuery.OfYear(start.Year), cancellationToken)).Find(training.UnitCode)
            is null
        )
        {
            throw new RuleViolationException(
                texts["Class.UnitNotInForce", training.UnitCode, training.Id, start.Year],
                new Dictionary<string, string[]>
                {
                    ["startDate"] = [texts["Class.UnitNotInForceField", training.UnitCode, start.Year]],
                }
            );
        }

        var roster = new ClassRoster(
            await db.Enrolments.Where(e => e.ClassId == training.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken));
        if (!training.TryChangeCapacity(capacity, roster))
        {
            throw new RuleViolationException(
                texts["Class.CapacityBelowEnrolled", roster.Enrolled, training.Id],
                new Dictionary<string, string[]>
                {
                    ["capacity"] = [texts["Class.CapacityBelowEnrolledField", roster.Enrolled]],
                });
        }

        training.Title = VietnameseText.Clean(request.Title);
        (training.StartDate, training.EndDate, training.Year) = (start, end, end.Year);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetClassQuery(training.Id), cancellationToken);
    }
}
