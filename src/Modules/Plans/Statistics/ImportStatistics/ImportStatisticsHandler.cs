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

/// <summary>
/// Tens of thousands of figures (the NSO series is 151,020) on the import pipeline: each row checked as the file is
/// read, then written by two prepared statements in the command's transaction; any row error refuses the file whole.
/// One summary entry for the file (ADR 0010).
/// </summary>
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

    public async Task<ImportReport> Handle(ImportStatisticsCommand request, CancellationToken cancellationToken)
    {
        // Only the caller's units: a row naming another is rejected as an unknown code, and the whole file with it.
        StatisticRows? rows = null;
        var revised = new List<string>();
        var import = new TabularImport<StatisticLine>
        {
            Columns = Columns,
            Refuse = headers => TabularFile.UnrecognisedColumns(
                texts["Import.Statistics.Columns", string.Join(",", Columns), string.Join(",", headers)]
            ),
            Read = async (row, errors, ct) =>
            {
                rows ??= await StatisticRows.LoadAsync(db, caller.Scope, ct);
                return rows.Read(row, errors, texts);
            },
            Write = async (lines, ct) => await WriteAsync(lines, rows!, revised, ct),
            Audit = (report, _, ct) => db.WriteAuditAsync(
                audit.Imported(nameof(UnitStatistic), request.Content, report, new { revised }),
                ct
            ),
        };
        return await import.RunAsync(request.Content, cancellationToken);
    }

    private async Task<ImportCounts> WriteAsync(
        IReadOnlyList<StatisticLine> lines,
        StatisticRows rows,
        List<string> revised,
        CancellationToken cancellationToken
    )
    {
        int added = 0, updated = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var insert = BulkCommand.Insert<UnitStatistic>(db, Inserted);
        await using var update = BulkCommand.Update<UnitStatistic>(db, nameof(UnitStatistic.Id), Revised);
        foreach (var line in lines)
        {
            if (!rows.Existing(line, out var statistic))
            {
                added += await insert
                    .Set(0, line.UnitId)
                    .Set(1, line.Year)
                    .Set(2, line.Metric)
                    .Set(3, line.Value)
                    .Set(4, line.Source)
                    .Set(5, now)
                    .ExecuteAsync(cancellationToken);
                continue;
            }

            if (statistic.Value == line.Value && rows.SameSource(statistic, line.Source))
            {
                continue;
            }

            if (revised.Count < AuditSummary.Items)
            {
                revised.Add($"{line.UnitCode} {line.Metric} {line.Year}: {statistic.Value} → {line.Value}");
            }

            updated += await update
                .Set(0, line.Value)
                .Set(1, line.Source)
                .Set(2, now)
                .Set(3, statistic.Id)
                .ExecuteAsync(cancellationToken);
        }

        return new ImportCounts(added, updated);
    }
}
