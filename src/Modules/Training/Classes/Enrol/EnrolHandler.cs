using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Training.Persistence;
using Platform.Training.Units;

namespace Platform.Training.Classes.Enrol;

/// <summary>Enrols people of the caller's scope in a class of it; a class or person outside the scope is not found.</summary>
internal sealed class EnrolHandler(TrainingDbContext db, UnitTreeCache units, ICurrentCaller caller, TimeProvider clock) : IRequestHandler<EnrolCommand, EnrolmentResult>
{
    public async Task<EnrolmentResult> Handle(EnrolCommand request, CancellationToken cancellationToken)
    {
        var training = await ClassScope.FindAsync(db, caller.Scope, request.ClassId, cancellationToken);
        if (training.CompletedAtUtc is not null)
        {
            throw new ConflictException($"Class {training.Id} is completed; it takes no more enrolments.");
        }

        var codes = request.PersonCodes!.Select(c => c.Trim()).ToList();
        var people = await caller.Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode).Where(p => codes.Contains(p.Code))
            .Select(p => new { p.Id, p.Code, p.UnitCode }).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var unknown = codes.Where(c => !people.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new NotFoundException($"No registered person has the code {List(unknown)}; nobody was enrolled.");
        }

        var ids = people.Values.Select(p => p.Id).ToList();
        var already = await db.Enrolments.AsNoTracking().Where(e => e.ClassId == training.Id && ids.Contains(e.PersonId))
            .Select(e => e.PersonId).ToListAsync(cancellationToken);
        if (already.Count > 0)
        {
            var names = people.Values.Where(p => already.Contains(p.Id)).Select(p => p.Code).ToList();
            throw new ConflictException($"Already enrolled in class {training.Id}: {List(names)}; nobody was enrolled.");
        }

        var tree = await units.InYearAsync(training.Year, cancellationToken);
        var outside = codes.Where(c => !tree.IsWithin(people[c].UnitCode, training.UnitCode)).ToList();
        if (outside.Count > 0)
        {
            throw new RuleViolationException(
                $"Class {training.Id} is held by unit {training.UnitCode} for its own people and those of the units below it; {List(outside)} {(outside.Count == 1 ? "is" : "are")} registered elsewhere. Nobody was enrolled.",
                new Dictionary<string, string[]> { ["personCodes"] = [.. outside.Select(c => $"{c} is registered in unit {people[c].UnitCode}, outside {training.UnitCode}")] });
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

    private static string List(IReadOnlyCollection<string> codes) =>
        string.Join(", ", codes.Take(20).Select(c => $"'{c}'")) + (codes.Count > 20 ? $" and {codes.Count - 20} more" : string.Empty);
}
