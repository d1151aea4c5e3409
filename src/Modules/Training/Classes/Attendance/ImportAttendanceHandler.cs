using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes.Attendance;

/// <summary>A class outside the caller's scope is an unknown class here: one such row rejects the file.</summary>
internal sealed class ImportAttendanceHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    AuditTrail audit,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<ImportAttendanceCommand, ImportReport>
{
    public static readonly string[] Columns = ["session", "person_code"];

    private sealed record Mark(int ClassId, int Session, int PersonId);

    public async Task<ImportReport> Handle(ImportAttendanceCommand request, CancellationToken cancellationToken)
    {
        var byCode = false;
        var column = "class_id";
        Dictionary<string, (int Id, int Sessions, DateTime? CompletedAtUtc)> classes = [];
        Dictionary<(int, string), int> trainees = [];
        var marks = new Dictionary<(int ClassId, int Session, int PersonId), int>();
        var import = new TabularImport<Mark>
        {
            Columns = Columns,
            Accepts = headers =>
            {
                bool Has(string c) => headers.Contains(c, StringComparer.Ordinal);
                byCode = Has("class_code") && !Has("class_id");
                column = byCode ? "class_code" : "class_id";
                return Columns.All(Has) && (byCode || Has("class_id"));
            },
            Refuse = headers => TabularFile.UnrecognisedColumns(
                texts["Import.AttendanceColumns", string.Join(",", headers)]
            ),
            Prepare = async (rows, ct) =>
            {
                var keys = rows.Select(r => r.Raw(column)).ToHashSet(StringComparer.Ordinal);
                var numbers = keys.Select(k =>
                        int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1
                    )
                    .ToHashSet();
                var visible = caller.Scope.Filter(db.Classes.AsNoTracking(), c => c.UnitCode, c => c.ProvinceCode);
                var candidates = byCode
                    ? visible.Where(c => c.Code != null && keys.Contains(c.Code))
                    : visible.Where(c => numbers.Contains(c.Id));
                var found = await candidates
                    .Select(c => new { c.Id, c.Code, c.Sessions, c.CompletedAtUtc })
                    .ToListAsync(ct);
                classes = found.ToDictionary(
                    c => byCode ? c.Code! : c.Id.ToString(CultureInfo.InvariantCulture),
                    c => (c.Id, c.Sessions, c.CompletedAtUtc),
                    StringComparer.Ordinal
                );
                trainees = await AttendanceRules.EnrolledAsync(db, found.Select(c => c.Id).ToList(), ct);
            },
            Read = (row, errors, _) => ValueTask.FromResult(Read(row, errors)),
            Write = async (lines, ct) =>
            {
                var added = 0;
                await using var insert = BulkCommand.Insert<AttendanceMark>(
                    db,
                    [nameof(AttendanceMark.ClassId), nameof(AttendanceMark.Session), nameof(AttendanceMark.PersonId)],
                    "ON CONFLICT DO NOTHING"
                );
                foreach (var m in lines)
                {
                    added += await insert.Set(0, m.ClassId).Set(1, m.Session).Set(2, m.PersonId).ExecuteAsync(ct);
                }

                return new ImportCounts(added, 0);
            },
            // One summary entry for the file (ADR 0010): the classes and sessions it marked.
            Audit = (report, lines, ct) => db.WriteAuditAsync(
                audit.Imported(nameof(AttendanceMark), request.Content, report, new
                {
                    classes = lines
                        .GroupBy(m => m.ClassId)
                        .OrderBy(g => g.Key)
                        .Select(g => new
                        {
                            classId = g.Key,
                            sessions = g.Select(m => m.Session).Distinct().Order().ToList(),
                            marks = g.Count(),
                        })
                        .Take(AuditSummary.Items)
                        .ToList(),
                }),
                ct
            ),
        };
        return await import.RunAsync(request.Content, cancellationToken);

        // Ids, session numbers and codes are plain ASCII, so trimming is all the cleaning they need (TabularRow.Raw);
        // skipping the full Vietnamese clean-up of 480,000 cells is a third of a 160,000-mark file's time.
        Mark? Read(TabularRow row, ImportErrors errors)
        {
            var (key, code) = (row.Raw(column), row.Raw("person_code"));
            if (!classes.TryGetValue(key, out var training))
            {
                errors.Add(row, texts[byCode ? "Import.UnknownClassCode" : "Import.UnknownClassId", key]);
                return null;
            }

            var classId = training.Id;
            if (training.CompletedAtUtc is not null)
            {
                errors.Add(row, texts["Import.ClassCompletedAttendanceFinal", classId]);
                return null;
            }

            var sessionText = row.Raw("session");
            if (
                !int.TryParse(sessionText, NumberStyles.None, CultureInfo.InvariantCulture, out var session)
                || session < 1
                || session > training.Sessions
            )
            {
                errors.Add(row, texts["Import.SessionInvalid", sessionText, classId, training.Sessions]);
                return null;
            }

            if (!trainees.TryGetValue((classId, code), out var personId))
            {
                errors.Add(row, texts["Import.NotEnrolled", code, classId]);
                return null;
            }

            if (!marks.TryAdd((classId, session, personId), row.Number))
            {
                errors.Add(
                    row,
                    texts["Import.AlreadyPresent", code, session, classId, marks[(classId, session, personId)]]
                );
                return null;
            }

            return new Mark(classId, session, personId);
        }
    }
}
