using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
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

    /// <summary>An accepted row: the enrolment it makes, or null for someone already in the class (they stay as
    /// they are, so re-sending a file changes nothing).</summary>
    private sealed record Line(Enrolment? Fresh);

    public async Task<ImportReport> Handle(ImportEnrolmentsCommand request, CancellationToken cancellationToken)
    {
        Dictionary<string, TrainingClass> classes = [];
        Dictionary<string, (int Id, string Code, string UnitCode)> people = [];
        Dictionary<int, ClassRoster> rosters = [];
        var seen = new Dictionary<(int, int), int>();
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new TabularImport<Line>
        {
            Columns = Columns,
            Refuse = headers => TabularFile.UnrecognisedColumns(
                texts["Import.EnrolmentColumns", string.Join(",", Columns), string.Join(",", headers)]
            ),
            Prepare = async (rows, ct) =>
            {
                var classCodes = rows.Select(r => r["class_code"]).Distinct().ToList();
                classes = await caller
                    .Scope.Filter(db.Classes.AsNoTracking(), c => c.UnitCode, c => c.ProvinceCode)
                    .Where(c => c.Code != null && classCodes.Contains(c.Code))
                    .ToDictionaryAsync(c => c.Code!, StringComparer.Ordinal, ct);
                var classIds = classes.Values.Select(c => c.Id).ToList();
                people = await caller
                    .Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode)
                    .Select(p => new { p.Id, p.Code, p.UnitCode })
                    .ToDictionaryAsync(p => p.Code, p => (p.Id, p.Code, p.UnitCode), StringComparer.Ordinal, ct);
                var current = (await db.Enrolments.AsNoTracking()
                        .Where(e => classIds.Contains(e.ClassId)).OrderBy(e => e.Id).ToListAsync(ct))
                    .ToLookup(e => e.ClassId);
                rosters = classIds.ToDictionary(id => id, id => new ClassRoster(current[id]));
            },
            Read = async (row, errors, ct) =>
            {
                if (!classes.TryGetValue(row["class_code"], out var training))
                {
                    errors.Add(row, texts["Import.UnknownClassCode", row["class_code"]]);
                    return null;
                }

                if (!people.TryGetValue(row["person_code"], out var person))
                {
                    errors.Add(row, texts["Import.UnknownPerson", row["person_code"]]);
                    return null;
                }

                // A completed class is reported on each of its rows, before any row is taken for a repeat.
                if (training.IsCompleted)
                {
                    errors.Add(row, texts["Import.ClassCompletedNoEnrolment", training.Code!]);
                    return null;
                }

                if (!seen.TryAdd((training.Id, person.Id), row.Number))
                {
                    errors.Add(
                        row,
                        texts[
                            "Import.AlreadyEnrolledInFile",
                            person.Code,
                            training.Code!,
                            seen[(training.Id, person.Id)]
                        ]
                    );
                    return null;
                }

                var tree = await sender.Send(GetUnitTreeQuery.OfYear(training.Year), ct);
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
                    return null;
                }

                return new Line(decision.Enrolment);
            },
            Write = async (lines, ct) =>
            {
                var added = 0;
                await using var insert = BulkCommand.Insert<Enrolment>(
                    db,
                    [
                        nameof(Enrolment.ClassId),
                        nameof(Enrolment.PersonId),
                        nameof(Enrolment.Status),
                        nameof(Enrolment.EnrolledAtUtc),
                        nameof(Enrolment.Completed),
                    ]
                );
                foreach (var e in lines.Select(l => l.Fresh).OfType<Enrolment>())
                {
                    await insert
                        .Set(0, e.ClassId)
                        .Set(1, e.PersonId)
                        .Set(2, e.Status.ToString())
                        .Set(3, e.EnrolledAtUtc)
                        .Set(4, false)
                        .ExecuteAsync(ct);
                    added++;
                }

                return new ImportCounts(added, 0);
            },
            // One summary entry for the file (ADR 0010): how many went to each class, and how many of them wait.
            Audit = (report, lines, ct) => db.WriteAuditAsync(
                audit.Imported(nameof(Enrolment), request.Content, report, new
                {
                    classes = lines
                        .Select(l => l.Fresh)
                        .OfType<Enrolment>()
                        .GroupBy(e => e.ClassId)
                        .Select(g => new
                        {
                            classCode = classes.Values.First(c => c.Id == g.Key).Code,
                            enrolled = g.Count(e => e.Status == EnrolmentStatus.Enrolled),
                            waiting = g.Count(e => e.Status == EnrolmentStatus.Waiting),
                        })
                        .Take(AuditSummary.Items)
                        .ToList(),
                }),
                ct
            ),
        };
        return await import.RunAsync(request.Content, cancellationToken);
    }
}
