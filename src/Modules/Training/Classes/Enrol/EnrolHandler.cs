using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.Enrol;

/// <summary>Enrols people of the caller's scope in a class of it; a class or person outside the scope is not
/// found.</summary>
internal sealed class EnrolHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<EnrolCommand, EnrolmentResult>
{
    public async Task<EnrolmentResult> Handle(EnrolCommand request, CancellationToken cancellationToken)
    {
        var training = await ClassScope.FindAsync(db, caller.Scope, request.ClassId, texts, cancellationToken);
        if (training.IsCompleted)
        {
            throw new ConflictException(texts["Class.CompletedNoEnrolment", training.Id]);
        }

        var codes = request.PersonCodes!.Select(c => c.Trim()).ToList();
        var people = await caller
            .Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode)
            .Where(p => codes.Contains(p.Code))
            .Select(p => new
            {
                p.Id,
                p.Code,
                p.UnitCode,
            })
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var unknown = codes.Where(c => !people.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new NotFoundException(texts["Enrol.UnknownPeople", List(unknown)]);
        }

        // The class's rules decide person by person; all or nothing, so a refusal anywhere saves nobody.
        var roster = new ClassRoster(await db.Enrolments.AsNoTracking()
            .Where(e => e.ClassId == training.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken));
        var tree = await sender.Send(GetUnitTreeQuery.OfYear(training.Year), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var decisions = codes
            .Select(c => (Code: c, Decision: training.Enrol(roster, people[c].Id, people[c].UnitCode, tree, now)))
            .ToList();
        List<string> Refused(EnrolmentRefusal refusal) =>
            [.. decisions.Where(d => d.Decision.Refusal == refusal).Select(d => d.Code)];
        var already = Refused(EnrolmentRefusal.AlreadyInClass);
        if (already.Count > 0)
        {
            throw new ConflictException(texts["Enrol.AlreadyEnrolled", training.Id, List(already)]);
        }

        var outside = Refused(EnrolmentRefusal.OutsideClassUnit);
        if (outside.Count > 0)
        {
            throw new RuleViolationException(
                texts[
                    outside.Count == 1 ? "Enrol.OutsideOne" : "Enrol.OutsideMany",
                    training.Id,
                    training.UnitCode,
                    List(outside)
                ],
                new Dictionary<string, string[]>
                {
                    ["personCodes"] =
                    [
                        .. outside.Select(c =>
                            texts["Enrol.OutsideField", c, people[c].UnitCode, training.UnitCode].Value
                        ),
                    ],
                }
            );
        }

        db.Enrolments.AddRange(decisions.Select(d => d.Decision.Enrolment!));
        await db.SaveChangesAsync(cancellationToken);
        return new EnrolmentResult(training.Id, roster.Enrolled, roster.Waiting, [.. decisions.Select(d =>
            new EnrolmentOutcome(d.Code, d.Decision.Enrolment!.Status.ToString(), d.Decision.WaitingPosition))]);
    }

    /// <summary>The first 20 codes, quoted; "and N more" for the rest.</summary>
    private string List(List<string> codes)
    {
        var shown = string.Join(", ", codes.Take(20).Select(c => $"'{c}'"));
        return codes.Count > 20 ? texts["List.More", shown, codes.Count - 20] : shown;
    }
}
