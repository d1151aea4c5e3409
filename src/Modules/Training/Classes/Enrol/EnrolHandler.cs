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

/// <summary>Enrols people of the caller's scope in a class of it; a class or person outside the scope is not found.</summary>
internal sealed class EnrolHandler(TrainingDbContext db, IMediator sender, ICurrentCaller caller, TimeProvider clock, IStringLocalizer<TrainingTexts> texts) : IRequestHandler<EnrolCommand, EnrolmentResult>
{
    public async Task<EnrolmentResult> Handle(EnrolCommand request, CancellationToken cancellationToken)
    {
        var training = await ClassScope.FindAsync(db, caller.Scope, request.ClassId, texts, cancellationToken);
        if (training.CompletedAtUtc is not null)
        {
            throw new ConflictException(texts["Class.CompletedNoEnrolment", training.Id]);
        }

        var codes = request.PersonCodes!.Select(c => c.Trim()).ToList();
        var people = await caller.Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode).Where(p => codes.Contains(p.Code))
            .Select(p => new { p.Id, p.Code, p.UnitCode }).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var unknown = codes.Where(c => !people.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new NotFoundException(texts["Enrol.UnknownPeople", List(unknown)]);
        }

        var ids = people.Values.Select(p => p.Id).ToList();
        var already = await db.Enrolments.AsNoTracking().Where(e => e.ClassId == training.Id && ids.Contains(e.PersonId))
            .Select(e => e.PersonId).ToListAsync(cancellationToken);
        if (already.Count > 0)
        {
            var names = people.Values.Where(p => already.Contains(p.Id)).Select(p => p.Code).ToList();
            throw new ConflictException(texts["Enrol.AlreadyEnrolled", training.Id, List(names)]);
        }

        var tree = await sender.Send(GetUnitTreeQuery.OfYear(training.Year), cancellationToken);
        var outside = codes.Where(c => !tree.IsWithin(people[c].UnitCode, training.UnitCode)).ToList();
        if (outside.Count > 0)
        {
            throw new RuleViolationException(
                texts[outside.Count == 1 ? "Enrol.OutsideOne" : "Enrol.OutsideMany", training.Id, training.UnitCode, List(outside)],
                new Dictionary<string, string[]> { ["personCodes"] = [.. outside.Select(c => texts["Enrol.OutsideField", c, people[c].UnitCode, training.UnitCode].Value)] });
        }

        var enrolled = await db.Enrolments.CountAsync(e => e.ClassId == training.Id && e.Status == EnrolmentStatus.Enrolled, cancellationToken);
        var waiting = await db.Enrolments.CountAsync(e => e.ClassId == training.Id && e.Status == EnrolmentStatus.Waiting, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new List<EnrolmentOutcome>(codes.Count);
        foreach (var code in codes)
        {
            var status = enrolled < training.Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting;
            if (status == EnrolmentStatus.Enrolled)
            {
                enrolled++;
            }
            else
            {
                waiting++;
            }

            db.Enrolments.Add(new Enrolment { ClassId = training.Id, PersonId = people[code].Id, Status = status, EnrolledAtUtc = now });
            outcomes.Add(new EnrolmentOutcome(code, status.ToString(), status == EnrolmentStatus.Waiting ? waiting : null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new EnrolmentResult(training.Id, enrolled, waiting, outcomes);
    }

    /// <summary>The first 20 codes, quoted; "and N more" for the rest.</summary>
    private string List(IReadOnlyCollection<string> codes)
    {
        var shown = string.Join(", ", codes.Take(20).Select(c => $"'{c}'"));
        return codes.Count > 20 ? texts["List.More", shown, codes.Count - 20] : shown;
    }
}
