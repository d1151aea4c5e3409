using System.Globalization;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Monitoring.Activities.ImportActivities;

/// <summary>A row of a unit outside the caller's scope is reported as an unknown unit, and rejects the file with
/// it.</summary>
internal sealed class ImportActivitiesHandler(
    MonitoringDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    AuditTrail audit,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<ImportActivitiesCommand, ImportReport>
{
    private static readonly string[] Required = ["unit_code", "date", "kind", "audience_group", "communication_form"];

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "d/M/yyyy",
        "dd/MM/yyyy",
        "MM/dd/yyyy HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss",
    ];

    public async Task<ImportReport> Handle(ImportActivitiesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        Dictionary<DateOnly, UnitTree> units = [];
        Dictionary<string, CampaignView?> campaigns = [];
        List<ActivityReport> fresh = [];
        var import = new TabularImport<ActivityReport>
        {
            Columns = Required,
            Refuse = headers =>
            {
                var errors = new ImportErrors();
                var missing = Required.Where(c => !headers.Contains(c, StringComparer.Ordinal));
                errors.Add("file", texts["Import.Columns", string.Join(",", Required), string.Join(", ", missing)]);
                return errors.Rejection();
            },
            Prepare = async (rows, ct) =>
            {
                campaigns = await CampaignsOfRowsAsync(rows, ct);
                units = await UnitsOfRowsAsync(rows, campaigns, ct);
            },
            Read = (row, errors, _) => ValueTask.FromResult(Read(row, errors, units, campaigns, today, now)),
            Write = async (activities, ct) =>
            {
                fresh = await WithoutRecordedAsync(activities, ct);
                await ActivityWriter.InsertAsync(db, fresh, ct);
                return new ImportCounts(fresh.Count, 0);
            },
            // One summary entry for the file (ADR 0010): how many activities each unit and year got.
            Audit = (report, _, ct) => db.WriteAuditAsync(
                audit.Imported(nameof(ActivityReport), request.Content, report, new
                {
                    units = fresh
                        .GroupBy(a => (a.UnitCode, a.Year))
                        .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal)
                        .ThenBy(g => g.Key.Year)
                        .Select(g => new
                        {
                            unitCode = g.Key.UnitCode,
                            year = g.Key.Year,
                            activities = g.Count(),
                        })
                        .Take(AuditSummary.Items)
                        .ToList(),
                }),
                ct
            ),
        };
        return await import.RunAsync(request.Content, cancellationToken);
    }

    private ActivityReport? Read(
        TabularRow row,
        ImportErrors errors,
        Dictionary<DateOnly, UnitTree> units,
        Dictionary<string, CampaignView?> campaigns,
        DateOnly today,
        DateTime now
    )
    {
        var unreadable = errors.Count;
        var input = Parse(row, errors);
        // A cell that could not be read was reported as such; do not report it again as missing.
        var problems = input
            .Problems(today, texts)
            .Where(p => errors.Count == unreadable || input.Date is not null || p.Field != "date")
            .ToList();
        foreach (var (field, message) in problems)
        {
            errors.Add(row, $"{ColumnOf(field)}: {message}");
        }

        if (problems.Count > 0 || errors.Count != unreadable)
        {
            return null;
        }

        var day = input.Date!.Value;
        var campaign = input.CampaignCode is { } code ? campaigns.GetValueOrDefault(code) : null;
        if (input.CampaignCode is not null && campaign is null)
        {
            errors.Add(row, $"campaign_code: {texts["Activity.CampaignUnknown", input.CampaignCode]}");
            return null;
        }

        if (campaign is not null && ActivityCampaigns.YearsProblem(day, campaign, texts) is { } years)
        {
            errors.Add(row, $"date: {years}");
            return null;
        }

        var tree = units[ActivityCampaigns.PlacedOn(day, campaign)];
        var province = tree.ProvinceOf(input.UnitCode!);
        if (tree.Find(input.UnitCode!) is null || !caller.Scope.Covers(input.UnitCode!, province))
        {
            errors.Add(
                row,
                $"unit_code: "
                    + $"{texts["Activity.UnitNotInForce", input.UnitCode!, ActivityInputRules.Iso(input.Date.Value)]}"
            );
            return null;
        }

        if (campaign is not null
            && ActivityCampaigns.AreaProblem(input.UnitCode!, province, campaign, texts) is { } area)
        {
            errors.Add(row, $"campaign_code: {area}");
            return null;
        }

        return input.ToEntity(province, now);
    }

    /// <summary>The campaigns the file's rows name, each asked of Plans once (null: none the caller may
    /// read).</summary>
    private async Task<Dictionary<string, CampaignView?>> CampaignsOfRowsAsync(
        IReadOnlyList<TabularRow> rows, CancellationToken cancellationToken)
    {
        var campaigns = new Dictionary<string, CampaignView?>(StringComparer.Ordinal);
        var codes = rows.Select(r => Text(r["campaign_code"])).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            campaigns[code] = await sender.FindAsync(code, cancellationToken);
        }

        return campaigns;
    }

    /// <summary>
    /// For each date of the file, the units its rows name on that date and their ancestors: one question to Plans per
    /// date, of a few units rather than the whole structure (some 11,000 units before July 2025).
    /// </summary>
    private async Task<Dictionary<DateOnly, UnitTree>> UnitsOfRowsAsync(
        IReadOnlyList<TabularRow> rows, Dictionary<string, CampaignView?> campaigns,
        CancellationToken cancellationToken)
    {
        var units = new Dictionary<DateOnly, UnitTree>();
        var named = rows
            .Select(r => (Code: Text(r["unit_code"]), Date: DateOf(r["date"]),
                Campaign: Text(r["campaign_code"]) is { } c ? campaigns.GetValueOrDefault(c) : null))
            .Where(r => r.Code is not null && r.Date is not null)
            .GroupBy(r => ActivityCampaigns.PlacedOn(r.Date!.Value, r.Campaign), r => r.Code!);
        foreach (var date in named)
        {
            var codes = date.Distinct(StringComparer.Ordinal).ToList();
            units[date.Key] = await sender.Send(new GetUnitTreeQuery(date.Key, codes), cancellationToken);
        }

        return units;
    }

    /// <summary>Drops rows matching an activity already recorded, one recorded activity per matching row.</summary>
    private async Task<List<ActivityReport>> WithoutRecordedAsync(
        IReadOnlyList<ActivityReport> activities,
        CancellationToken cancellationToken
    )
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var from = activities.Min(a => a.Date);
        var to = activities.Max(a => a.Date);
        var unitCodes = activities.Select(a => a.UnitCode).ToHashSet(StringComparer.Ordinal);
        var recorded = (
            await db.Activities.AsNoTracking().Where(a => a.Date >= from && a.Date <= to).ToListAsync(cancellationToken)
        )
            .Where(a => unitCodes.Contains(a.UnitCode))
            .GroupBy(Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var fresh = new List<ActivityReport>(activities.Count);
        foreach (var activity in activities)
        {
            var key = Key(activity);
            if (recorded.TryGetValue(key, out var left) && left > 0)
            {
                recorded[key] = left - 1;
            }
            else
            {
                fresh.Add(activity);
            }
        }

        return fresh;
    }

    private static string Key(ActivityReport a) =>
        string.Join(
            '\u001f',
            a.UnitCode,
            a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.Kind,
            a.AudienceGroup,
            a.CommunicationForm,
            a.Count,
            a.Participants,
            a.Notes,
            a.CampaignCode
        );

    private ActivityInput Parse(TabularRow row, ImportErrors errors)
    {
        var dateText = row["date"];
        var date = DateOf(dateText);
        if (dateText.Length > 0 && date is null)
        {
            errors.Add(row, $"date: {texts["Import.NotADate", dateText]}");
        }

        return new ActivityInput(
            Text(row["unit_code"]),
            date,
            Text(row["kind"])?.ToLowerInvariant(),
            Text(row["audience_group"])?.ToLowerInvariant(),
            Text(row["communication_form"])?.ToLowerInvariant(),
            Number(row, "count") ?? 1,
            Number(row, "participants"),
            Text(row["notes"]),
            Text(row["campaign_code"])
        );

        long? Number(TabularRow r, string column)
        {
            var text = r[column];
            if (text.Length == 0)
            {
                return null;
            }

            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(r, $"{column}: {texts["Import.NotWhole", text]}");
            return null;
        }
    }

    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static DateOnly? DateOf(string text) =>
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;

    private static string ColumnOf(string field) => field switch
    {
        "unitCode" => "unit_code",
        "audienceGroup" => "audience_group",
        "communicationForm" => "communication_form",
        _ => field,
    };
}
