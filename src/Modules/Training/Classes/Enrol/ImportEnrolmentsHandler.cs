using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes.Enrol;

/// <summary>Classes and people outside the caller's scope are unknown codes here: one such row rejects the
/// file.</summary>
internal sealed class ImportEnrolmentsHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    AuditTrail audit,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<ImportEnrolmentsCommand, ImportReport>
{
    public static readonly string[] Columns = ["class_code", "person_code"];

    public async Task<ImportReport> Handle(ImportEnrolmentsCommand request, CancellationToken cancellationToken)
    {
        var data = TabularFile.Read(request.Content);
        if (!data.HasColumns(Columns))
        {
            throw TabularFile.UnrecognisedColumns(
                texts["Import.EnrolmentColumns", string.Join(",", Columns), string.Join(",", data.Headers)]
            );
        }

        var classCodes = data.Rows.Select(r => r["class_code"]).Distinct().ToList();
        var classes = await caller
            .Scope.Filter(db.Classes.AsNoTracking(), c => c.UnitCode, c => c.ProvinceCode)
            .Where(c => c.Code != null && classCodes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code!, StringComparer.Ordinal, cancellationToken);
        var classIds = classes.Values.Select(c => c.Id).ToList();
        var people = await caller
            .Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode)
            .Select(p => new
            {
                p.Id,
                p.Code,
                p.UnitCode,
            })
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var current = (await db.Enrolments.AsNoTracking()
                .Where(e => classIds.Contains(e.ClassId)).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .ToLookup(e => e.ClassId);
        var rosters = classIds.ToDictionary(id => id, id => new ClassRoster(current[id]));
        var errors = new ImportErrors();
        var seen = new Dictionary<(int, int), int>();
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = new List<Enrolment>();
        foreach (var row in data.Rows)
        {
            if (!classes.TryGetValue(row["class_code"], out var training))
            {
                errors.Add(row, texts["Import.UnknownClassCode", row["class_code"]]);
                continue;
            }

            if (!people.TryGetValue(row["person_code"], out var person))
            {
                errors.Add(row, texts["Import.UnknownPerson", row["person_code"]]);
                continue;
            }

            // A completed class is reported on each of its rows, before any row is taken for a repeat.
            if (training.IsCompleted)
            {
                errors.Add(row, texts["Import.ClassCompletedNoEnrolment", training.Code!]);
                continue;
            }

            if (!seen.TryAdd((training.Id, person.Id), row.Number))
            {
                errors.Add(
                    row,
                    texts["Import.AlreadyEnrolledInFile", person.Code, training.Code!, seen[(training.Id, person.Id)]]
                );
                continue;
            }

            var tree = await sender.Send(GetUnitTreeQuery.OfYear(training.Year), cancellationToken);
            var decision = training.Enrol(rosters[training.Id], person.Id, person.UnitCode, tree, now);
            if (decision.Refusal == EnrolmentRefusal.OutsideClassUnit)
            {
                errors.Add(
                    row,
                    texts[
                        "Import.PersonOutsideClassUnit",
                        person.Code,
                        person.UnitCode,
                        training.UnitCode,
                        training.Code!
                    ]
                );
            }
            else if (decision.Enrolment is { } enrolment)
            {
                fresh.Add(enrolment);
            }

            // Someone already in the class stays as they are, so re-sending a file changes nothing.
        }

        errors.ThrowIfAny();
        var report = new ImportReport(seen.Count, fresh.Count, 0, seen.Count - fresh.Count);
        await using (
            var insert = BulkCommand.Insert<Enrolment>(
                db,
                [
                    nameof(Enrolment.ClassId),
                    nameof(Enrolment.PersonId),
                    nameof(Enrolment.Status),
                    nameof(Enrolment.EnrolledAtUtc),
                    nameof(Enrolment.Completed),
                ]
            )
        )
        {
            foreach (var e in fresh)
            {
                await insert
                    .Set(0, e.ClassId)
                    .Set(1, e.PersonId)
                    .Set(2, e.Status.ToString())
                    .Set(3, e.EnrolledAtUtc)
                    .Set(4, false)
                    .ExecuteAsync(cancellationToken);
            }
        }
        if (report.Changed)
        {
            // One summary entry for the file (ADR 0010): how many went to each class, and how many of them wait.
            var byClass = fresh
                .GroupBy(e => e.ClassId)
                .Select(g => new
                {
                    classCode = classes.Values.First(c => c.Id == g.Key).Code,
                    enrolled = g.Count(e => e.Status == EnrolmentStatus.Enrolled),
                    waiting = g.Count(e => e.Status == EnrolmentStatus.Waiting),
                })
                .Take(AuditSummary.Items)
                .ToList();
            await db.WriteAuditAsync(
                audit.Imported(nameof(Enrolment), request.Content, report, new { classes = byClass }),
                cancellationToken
            );
        }

        return report;
    }
}
