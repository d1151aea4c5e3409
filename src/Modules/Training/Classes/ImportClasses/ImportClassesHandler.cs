using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Training.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes.ImportClasses;

/// <summary>
/// Classes of units in the caller's scope only: a row naming another unit is an unknown unit, and a row whose code is
/// a class of a unit outside the scope is refused; either rejects the whole file.
/// </summary>
internal sealed class ImportClassesHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    AuditTrail audit,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<ImportClassesCommand, ImportReport>
{
    public static readonly string[] Columns =
    [
        "code",
        "unit_code",
        "audience",
        "title",
        "start_date",
        "end_date",
        "sessions",
        "capacity",
        "trainers",
    ];

    public async Task<ImportReport> Handle(ImportClassesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Dictionary<string, TrainingClass>? existing = null;
        HashSet<int> attended = [];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int added = 0, updated = 0;
        var changedCodes = new List<string>();
        var resized = new List<(TabularRow Row, TrainingClass Training, int Capacity)>();
        var import = new TabularImport<TrainingClass>
        {
            Columns = Columns,
            Refuse = headers => TabularFile.UnrecognisedColumns(
                texts["Import.ClassColumns", string.Join(",", Columns), string.Join(",", headers)]
            ),
            Read = async (row, errors, ct) =>
            {
                if (existing is null)
                {
                    // Classes created without a code (POST /api/training/classes) cannot be named by a file: only
                    // coded ones are matched.
                    existing = await db
                        .Classes.Where(c => c.Code != null)
                        .ToDictionaryAsync(c => c.Code!, StringComparer.Ordinal, ct);
                    attended = (
                        await db.Attendance.AsNoTracking().Select(a => a.ClassId).Distinct().ToListAsync(ct)
                    ).ToHashSet();
                }

                if (await ParseAsync(row, errors, ct) is not { } line)
                {
                    return null;
                }

                if (!seen.TryAdd(line.Code!, row.Number))
                {
                    errors.Add(row, texts["Import.DuplicateClass", line.Code!, seen[line.Code!]]);
                    return null;
                }

                if (
                    existing.TryGetValue(line.Code!, out var other)
                    && !caller.Scope.Covers(other.UnitCode, other.ProvinceCode)
                )
                {
                    errors.Add(row, texts["Import.ClassCodeTaken", line.Code!]);
                    return null;
                }

                if (!existing.TryGetValue(line.Code!, out var training))
                {
                    line.CreatedAtUtc = now;
                    db.Classes.Add(line);
                    added++;
                    return line;
                }

                if (Same(training, line))
                {
                    return line;
                }

                if (training.CompletedAtUtc is not null || attended.Contains(training.Id))
                {
                    errors.Add(
                        row,
                        texts[
                            training.CompletedAtUtc is null ? "Import.ClassAttended" : "Import.ClassAttendedCompleted",
                            line.Code!
                        ]
                    );
                    return null;
                }

                Apply(line, training, row, resized);
                changedCodes.Add(line.Code!);
                updated++;
                return line;
            },
            Check = (_, errors, ct) => ResizeAsync(resized, errors, ct),
            // The rows are tracked as they are read; they are saved with the audit entry below.
            Write = (_, _) => Task.FromResult(new ImportCounts(added, updated)),
            // One summary entry for the file rather than one per class (ADR 0010); the classes' versions still move
            // on.
            Audit = (report, _, _) =>
            {
                db.Set<AuditEntry>()
                    .Add(
                        audit.Imported(
                            nameof(TrainingClass),
                            request.Content,
                            report,
                            new
                            {
                                addedCodes = db
                                    .ChangeTracker.Entries<TrainingClass>()
                                    .Where(e => e.State == EntityState.Added)
                                    .Select(e => e.Entity.Code)
                                    .Take(AuditSummary.Items)
                                    .ToList(),
                                changedCodes = changedCodes.Take(AuditSummary.Items).ToList(),
                            }
                        )
                    );
                return Task.CompletedTask;
            },
        };
        var report = await import.RunAsync(request.Content, cancellationToken);
        using (audit.Bulk())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>A changed class takes the file's line; a new capacity is applied as an edit would, once every row is
    /// read.</summary>
    private static void Apply(
        TrainingClass line,
        TrainingClass training,
        TabularRow row,
        List<(TabularRow Row, TrainingClass Training, int Capacity)> resized
    )
    {
        (
            training.UnitCode,
            training.ProvinceCode,
            training.Audience,
            training.Title,
            training.StartDate,
            training.EndDate,
            training.Year
        ) = (line.UnitCode, line.ProvinceCode, line.Audience, line.Title, line.StartDate, line.EndDate, line.Year);
        (training.Sessions, training.Trainers, training.Venue, training.Online) = (
            line.Sessions,
            line.Trainers,
            line.Venue,
            line.Online
        );
        if (line.Capacity != training.Capacity)
        {
            resized.Add((row, training, line.Capacity));
        }
    }

    /// <summary>
    /// A new capacity as an edit applies it: never below the trainees enrolled, the seats it opens to the waiting list
    /// in turn.
    /// </summary>
    private async Task ResizeAsync(
        List<(TabularRow Row, TrainingClass Training, int Capacity)> resized,
        ImportErrors errors,
        CancellationToken cancellationToken)
    {
        var ids = resized.Select(r => r.Training.Id).ToList();
        var enrolments = (await db.Enrolments
                .Where(e => ids.Contains(e.ClassId)).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .ToLookup(e => e.ClassId);
        foreach (var (row, training, capacity) in resized)
        {
            var roster = new ClassRoster(enrolments[training.Id]);
            if (!training.TryChangeCapacity(capacity, roster))
            {
                errors.Add(row, texts["Import.CapacityBelowEnrolled", training.Code!, capacity, roster.Enrolled]);
            }
        }
    }

    private static bool Same(TrainingClass a, TrainingClass b) =>
        (a.UnitCode, a.Audience, a.Title, a.StartDate, a.EndDate, a.Sessions, a.Capacity, a.Trainers, a.Venue, a.Online)
        == (
            b.UnitCode,
            b.Audience,
            b.Title,
            b.StartDate,
            b.EndDate,
            b.Sessions,
            b.Capacity,
            b.Trainers,
            b.Venue,
            b.Online
        );

    private async Task<TrainingClass?> ParseAsync(
        TabularRow row,
        ImportErrors errors,
        CancellationToken cancellationToken
    )
    {
        var before = errors.Count;
        var code = row["code"];
        if (!ClassCodes.IsValid(code))
        {
            errors.Add(row, texts["Import.ClassCodeInvalid", code, texts["Class.CodeRule"]]);
        }

        var audience = row["audience"].ToLowerInvariant();
        if (!TrainingAudiences.IsKnown(audience))
        {
            errors.Add(row, texts["Import.UnknownAudience", row["audience"], string.Join(", ", TrainingAudiences.All)]);
        }

        var title = row["title"];
        if (title.Length is 0 or > 300)
        {
            errors.Add(row, texts["Import.TitleRequired"]);
        }

        var start = Date(row, "start_date", errors);
        var end = Date(row, "end_date", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(row, texts["Import.EndBeforeStart"]);
        }

        var sessions = Whole(row, "sessions", 1, 100, errors);
        var capacity = Whole(row, "capacity", 1, 1000, errors);
        var trainers = row["trainers"]
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(VietnameseText.Clean)
            .ToList();
        if (trainers.Count is 0 or > 20 || trainers.Any(t => t.Length > 100))
        {
            errors.Add(row, texts["Import.TrainersCount"]);
        }

        var online = row["online"].ToLowerInvariant() is "true" or "yes" or "1" or "x" or "có";
        var venue = row["venue"];
        if (!online && venue.Length == 0)
        {
            errors.Add(row, texts["Import.VenueRequired"]);
        }

        var unitCode = row["unit_code"];
        string? province = null;
        // The structure of the class's year (two look-ups a year, whatever the number of classes and dates); a unit
        // outside the caller's scope is reported exactly as an unknown one.
        if (start is not null)
        {
            var tree = await sender.Send(GetUnitTreeQuery.OfYear(start.Value.Year), cancellationToken);
            province = tree.ProvinceOf(unitCode);
            if (tree.Find(unitCode) is null || !caller.Scope.Covers(unitCode, province))
            {
                errors.Add(row, texts["Import.UnknownUnitInYear", unitCode, start.Value.Year]);
            }
        }

        return errors.Count > before
            ? null
            : new TrainingClass
            {
                Code = code,
                UnitCode = unitCode,
                ProvinceCode = province,
                Audience = audience,
                Title = title,
                StartDate = start!.Value,
                EndDate = end!.Value,
                Year = end.Value.Year,
                Sessions = sessions!.Value,
                Capacity = capacity!.Value,
                Trainers = string.Join("; ", trainers),
                Venue = venue.Length == 0 ? null : venue,
                Online = online,
            };
    }

    private DateOnly? Date(TabularRow row, string column, ImportErrors errors)
    {
        if (
            DateOnly.TryParseExact(
                row[column],
                ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date
            )
        )
        {
            return date;
        }

        errors.Add(row, texts[$"Import.NotADate.{column}", row[column]]);
        return null;
    }

    private int? Whole(TabularRow row, string column, int min, int max, ImportErrors errors)
    {
        if (
            int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max
        )
        {
            return value;
        }

        errors.Add(row, texts[$"Import.NotWhole.{column}", row[column], min, max]);
        return null;
    }
}
