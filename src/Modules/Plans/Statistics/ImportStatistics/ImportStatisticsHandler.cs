using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Units;

namespace Platform.Plans.Statistics.ImportStatistics;

internal sealed class ImportStatisticsHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    TimeProvider clock,
    AuditTrail audit,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<ImportStatisticsCommand, ImportReport>
{
    public static readonly string[] Columns = ["unit_code", "year", "metric", "value", "source"];

    private static readonly string[] Inserted =
    [
        nameof(UnitStatistic.UnitId),
        nameof(UnitStatistic.Year),
        nameof(UnitStatistic.Metric),
        nameof(UnitStatistic.Value),
        nameof(UnitStatistic.Source),
        nameof(UnitStatistic.UpdatedAtUtc),
    ];

    private static readonly string[] Revised =
    [
        nameof(UnitStatistic.Value),
        nameof(UnitStatistic.Source),
        nameof(UnitStatistic.UpdatedAtUtc),
    ];

    private sealed record Existing(int Id, int UnitId, int Year, string Metric, long Value, string Source);

    public async Task<ImportReport> Handle(ImportStatisticsCommand request, CancellationToken cancellationToken)
    {
        var data = TabularFile.Open(request.Content);
        if (!data.HasColumns(Columns))
        {
            throw TabularFile.UnrecognisedColumns(
                texts["Import.Statistics.Columns", string.Join(",", Columns), string.Join(",", data.Headers)]
            );
        }

        // Only the caller's units: a row naming another is rejected as an unknown code, and the whole file with it.
        var units = (await db.UnitsIn(caller.Scope).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(
            u => u.Code,
            StringComparer.Ordinal
        );
        var existing = await db
            .Statistics.AsNoTracking()
            .Select(s => new Existing(s.Id, s.UnitId, s.Year, s.Metric, s.Value, s.Source))
            .ToDictionaryAsync(s => (s.UnitId, s.Year, s.Metric), cancellationToken);
        var errors = new ImportErrors();
        var firstRows = new Dictionary<(int UnitId, int Year, string Metric), int>();

        // Tens of thousands of figures (the NSO series is 151,020) are read, checked and written one row at a time by
        // two
        // prepared statements in the command's transaction; a file with any row error is refused whole, which rolls
        // back
        // what was written (ADR 0022). One summary entry for the file (ADR 0010).
        int lines = 0, added = 0, updated = 0;
        var revised = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var insert = BulkCommand.Insert<UnitStatistic>(db, Inserted))
        await using (var update = BulkCommand.Update<UnitStatistic>(db, nameof(UnitStatistic.Id), Revised))
        {
            foreach (var row in data.Rows)
            {
                if (Parse(row, units, errors, texts) is not { } line)
                {
                    continue;
                }

                if (!firstRows.TryAdd(line.Key, row.Number))
                {
                    errors.Add(
                        row,
                        texts[
                            "Import.Statistics.Duplicate",
                            row["metric"],
                            row["unit_code"],
                            line.Key.Year,
                            firstRows[line.Key]
                        ]
                    );
                    continue;
                }

                lines++;
                if (errors.Count > 0)
                {
                    continue;
                }

                var key = line.Key;
                if (!existing.TryGetValue(key, out var statistic))
                {
                    added += await insert
                        .Set(0, key.UnitId)
                        .Set(1, key.Year)
                        .Set(2, key.Metric)
                        .Set(3, line.Value)
                        .Set(4, line.Source)
                        .Set(5, now)
                        .ExecuteAsync(cancellationToken);
                    continue;
                }

                if (statistic.Value == line.Value && statistic.Source == line.Source)
                {
                    continue;
                }

                if (revised.Count < AuditSummary.Items)
                {
                    revised.Add($"{row["unit_code"]} {key.Metric} {key.Year}: {statistic.Value} → {line.Value}");
                }

                updated += await update
                    .Set(0, line.Value)
                    .Set(1, line.Source)
                    .Set(2, now)
                    .Set(3, statistic.Id)
                    .ExecuteAsync(cancellationToken);
            }
        }

        errors.ThrowIfAny();
        var report = new ImportReport(lines, added, updated, lines - added - updated);
        if (report.Changed)
        {
            await db.WriteAuditAsync(
                audit.Imported(nameof(UnitStatistic), request.Content, report, new { revised }),
                cancellationToken
            );
        }

        return report;
    }

    private static ((int UnitId, int Year, string Metric) Key, long Value, string Source)? Parse(
        TabularRow row,
        ILookup<string, AdministrativeUnit> units,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        var code = row["unit_code"];
        var metric = row["metric"].ToLowerInvariant();
        var source = row["source"];
        var valid = true;
        if (
            !int.TryParse(row["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1945 or > 2100
        )
        {
            errors.Add(row, texts["Import.Statistics.YearInvalid", row["year"]]);
            valid = false;
        }

        if (!StatisticMetrics.IsKnown(metric))
        {
            errors.Add(
                row,
                texts["Import.Statistics.UnknownMetric", row["metric"], string.Join(", ", StatisticMetrics.All)]
            );
            valid = false;
        }

        if (!long.TryParse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(row, texts["Import.Statistics.ValueInvalid", row["value"]]);
            valid = false;
        }

        if (source.Length == 0 || source.Length > 500)
        {
            errors.Add(row, texts["Import.Statistics.SourceRequired"]);
            valid = false;
        }

        // The version of the code in force at the end of the year, else at its start (a structure changed that year).
        var unit = valid
            ? units[code].FirstOrDefault(u => u.IsValidOn(new DateOnly(year, 12, 31)))
                ?? units[code].FirstOrDefault(u => u.IsValidOn(new DateOnly(year, 1, 1)))
            : null;
        if (valid && unit is null)
        {
            errors.Add(row, units[code].Any()
                ? texts["Import.Statistics.UnitNotInForce", code, year]
                : texts["Import.Statistics.UnknownUnit", code]);
            valid = false;
        }

        return valid ? ((unit!.Id, year, metric), value, source) : null;
    }
}
