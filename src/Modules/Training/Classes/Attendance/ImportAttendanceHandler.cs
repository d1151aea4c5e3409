using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Tabular;
using Platform.Training.Persistence;

namespace Platform.Training.Classes.Attendance;

internal sealed class ImportAttendanceHandler(TrainingDbContext db) : IRequestHandler<ImportAttendanceCommand, ImportReport>
{
    public static readonly string[] Columns = ["class_id", "session", "person_code"];

    public async Task<ImportReport> Handle(ImportAttendanceCommand request, CancellationToken cancellationToken)
    {
        var data = TabularFile.Read(request.Content);
        if (!data.HasColumns(Columns))
        {
            throw new ImportRejectedException(
                "The file was rejected and nothing was imported: its columns are not recognised.",
                new Dictionary<string, string[]> { ["file"] = [$"Expected the columns {string.Join(",", Columns)}; found {string.Join(",", data.Headers)}."] });
        }

        var ids = new HashSet<int>();
        foreach (var row in data.Rows)
        {
            if (int.TryParse(row["class_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
        }

        var classes = await db.Classes.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Sessions, c.CompletedAtUtc }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var trainees = await AttendanceRules.EnrolledAsync(db, ids, cancellationToken);
        var errors = new ImportErrors();
        var marks = new Dictionary<(int ClassId, int Session, int PersonId), int>();
        foreach (var row in data.Rows)
        {
            var code = row["person_code"];
            if (!int.TryParse(row["class_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var classId) || !classes.TryGetValue(classId, out var training))
            {
                errors.Add(row, $"unknown class id '{row["class_id"]}'.");
                continue;
            }

            if (training.CompletedAtUtc is not null)
            {
                errors.Add(row, $"class {classId} is completed; its attendance is final.");
                continue;
            }

            if (!int.TryParse(row["session"], NumberStyles.None, CultureInfo.InvariantCulture, out var session) || session < 1 || session > training.Sessions)
            {
                errors.Add(row, $"the session '{row["session"]}' is not a session of class {classId} (1 to {training.Sessions}).");
                continue;
            }

            if (!trainees.TryGetValue((classId, code), out var personId))
            {
                errors.Add(row, $"'{code}' is not enrolled in class {classId} (or is on its waiting list).");
                continue;
            }

            if (!marks.TryAdd((classId, session, personId), row.Number))
            {
                errors.Add(row, $"'{code}' is already marked present at session {session} of class {classId} on row {marks[(classId, session, personId)]}.");
            }
        }

        errors.ThrowIfAny();
        var added = await BulkSql.ExecuteAsync(
            db,
            "INSERT OR IGNORE INTO training_attendance (ClassId, Session, PersonId) VALUES ($c, $s, $p)",
            ["$c", "$s", "$p"],
            marks.Keys,
            m => [m.ClassId, m.Session, m.PersonId],
            cancellationToken);
        return new ImportReport(marks.Count, added, 0, marks.Count - added);
    }
}
