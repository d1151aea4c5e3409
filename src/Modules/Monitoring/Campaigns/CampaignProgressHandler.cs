using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Monitoring.Campaigns;

/// <summary>
/// A campaign's progress, computed on read like the yearly actuals (ADR 0008): the quotas as Plans landed them (asked
/// through its contracts, held to the caller's scope), and for each distinct window one grouped read of the
/// campaign's activities (by unit, kind and form, over the covering index) and one of the new-participant reports,
/// each group added to its unit and the units above it on the campaign's structure date.
/// </summary>
internal sealed class CampaignProgressHandler(MonitoringDbContext db, IMediator sender, TimeProvider clock)
    : IRequestHandler<GetCampaignProgressQuery, CampaignProgressView>
{
    private const string MobileTeam = "mobile_team";
    private const string Livestream = "livestream";

    public async Task<CampaignProgressView> Handle(GetCampaignProgressQuery request, CancellationToken ct)
    {
        var campaign = await sender.Send(new GetCampaignQuery(request.Code), ct);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var quotas = await sender.Send(new GetCampaignQuotasQuery(campaign.Code, request.UnitCode, request.AllUnits),
            ct);
        var province = request.AllUnits ? null : await ProvinceAsync(campaign, request.UnitCode, quotas, ct);
        var dates = new CampaignDates(campaign.Code, campaign.StartDate, campaign.EndDate, campaign.StructureOn);
        var units = await UnitsAsync(db, sender, dates, quotas, province, asOf, ct);
        return new CampaignProgressView(campaign.Code, campaign.Title, campaign.StartDate, campaign.EndDate,
            campaign.StructureOn, campaign.StructureNote, asOf, units);
    }

    /// <summary>
    /// The progress of each unit <paramref name="quotas"/> landed on, from the campaign's activities of <paramref
    /// name="province"/> (null: of the whole nation) and the new-participant reports, up to <paramref name="asOf"/>.
    /// </summary>
    public static async Task<List<CampaignUnitProgress>> UnitsAsync(
        MonitoringDbContext db,
        IMediator sender,
        CampaignDates campaign,
        IReadOnlyList<CampaignUnitQuotaView> quotas,
        string? province,
        DateOnly asOf,
        CancellationToken ct
    )
    {
        var parents = quotas.GroupBy(q => q.UnitCode).ToDictionary(g => g.Key, g => g.First().ParentUnitCode);
        var reads = new Reads(campaign, province, asOf);
        var dates = new Window(campaign.StartDate, campaign.EndDate);
        var windows = quotas.Select(q => new Window(q.WindowStart, q.WindowEnd)).Append(dates).Distinct().ToList();
        foreach (var window in windows)
        {
            await reads.ReadAsync(db, window, ct);
        }

        await reads.ReadOutsideAsync(db, ct);
        await reads.PlaceAsync(sender, parents, ct);
        var outside = reads.Outside!;
        return quotas
            .GroupBy(q => q.UnitCode)
            .Select(g =>
            {
                var first = g.First();
                var within = reads[dates];
                return new CampaignUnitProgress(
                    first.UnitCode,
                    first.UnitName,
                    first.Level,
                    first.ParentUnitCode,
                    within.Of(first.UnitCode, _ => true),
                    within.Reached.GetValueOrDefault(first.UnitCode),
                    outside.Of(first.UnitCode, _ => true),
                    within.Forms(first.UnitCode),
                    [.. g.Select(q => Progress(q, reads[new Window(q.WindowStart, q.WindowEnd)], within, outside,
                        asOf))]);
            })
            .ToList();
    }

    /// <summary>The province whose activities can count for the asked unit (null: the whole nation's).</summary>
    private async Task<string?> ProvinceAsync(
        CampaignView campaign,
        string? unitCode,
        IReadOnlyList<CampaignUnitQuotaView> quotas,
        CancellationToken ct
    )
    {
        var unit = string.IsNullOrWhiteSpace(unitCode) ? campaign.UnitCode : unitCode.Trim();
        if (unit == NationalUnit.Code)
        {
            return null;
        }

        if (quotas.FirstOrDefault(q => q.UnitCode == unit) is { Level: UnitLevel.Province })
        {
            return unit;
        }

        var tree = await sender.Send(new GetUnitTreeQuery(campaign.StructureOn, [unit]), ct);
        return tree.ProvinceOf(unit) ?? unit;
    }

    /// <summary>One quota of a unit: what its measure counts inside the quota's window, and among the campaign's
    /// activities (inside its dates or outside) what the window leaves out.</summary>
    private static CampaignQuotaProgress Progress(
        CampaignUnitQuotaView q,
        Totals window,
        Totals campaignDates,
        Totals outside,
        DateOnly asOf
    )
    {
        var actual = Measured(q.Measure, q.UnitCode, window);
        var elapsed = ElapsedShare(q.WindowStart, q.WindowEnd, asOf);
        var (status, expected) = ProgressRules.Assess(q.MissingData ? null : q.Floor, actual, elapsed);
        var notCounted = q.Measure == CampaignMeasures.NewVoluntaryParticipants
            ? 0
            : Measured(q.Measure, q.UnitCode, campaignDates) + Measured(q.Measure, q.UnitCode, outside) - actual;
        return new CampaignQuotaProgress(q.QuotaCode, q.Measure, q.WindowStart, q.WindowEnd, q.Floor, q.Stretch,
            q.MissingData, q.MissingReason, actual, notCounted, Math.Round(elapsed, 4), expected, status);
    }

    private static long Measured(string measure, string unit, Totals totals) =>
        measure switch
        {
            CampaignMeasures.Teams => totals.Of(unit, k => k.Kind == MobileTeam),
            CampaignMeasures.BridgePoints => totals.Of(unit, k => k.Form == Livestream),
            CampaignMeasures.Reached => totals.Reached.GetValueOrDefault(unit),
            CampaignMeasures.NewVoluntaryParticipants => totals.NewParticipants.GetValueOrDefault(unit),
            _ => totals.Of(unit, _ => true),
        };

    /// <summary>Days of the window elapsed on <paramref name="asOf"/> (itself included) over the window's days, from
    /// 0 before it to 1 on its last day and after.</summary>
    public static double ElapsedShare(DateOnly start, DateOnly end, DateOnly asOf)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var elapsed = asOf.DayNumber - start.DayNumber + 1;
        return Math.Clamp((double)elapsed / days, 0, 1);
    }

    /// <summary>
    /// The grouped reads of one computation: the campaign's activities in each window and outside its dates (up to
    /// the as-of date, of one province when the asked unit lies in one), the new-participant reports of each window;
    /// then each group added to its unit and every unit above it, as the landed rows link them, else as the
    /// structure date's tree does (asked once, for the units the rows do not name).
    /// </summary>
    private sealed class Reads(CampaignDates campaign, string? province, DateOnly asOf)
    {
        private readonly List<(Totals Totals, List<ActivityGroup> Activities, List<ReportGroup> Reports)> read = [];
        private readonly Dictionary<Window, Totals> byWindow = [];

        public Totals? Outside { get; private set; }

        public Totals this[Window window] => byWindow[window];

        public async Task ReadAsync(MonitoringDbContext db, Window window, CancellationToken ct)
        {
            var last = window.End < asOf ? window.End : asOf;
            var activities = await Grouped(Activities(db).Where(a => a.Date >= window.Start && a.Date <= last), ct);
            var reports = db.NewParticipantsReports.AsNoTracking()
                .Where(r => r.FromDate >= window.Start && r.ToDate <= last);
            if (province is not null)
            {
                reports = reports.Where(r => r.ProvinceCode == province);
            }

            var totals = new Totals();
            byWindow[window] = totals;
            read.Add((totals, activities, await reports
                .GroupBy(r => r.UnitCode)
                .Select(g => new ReportGroup(g.Key, g.Sum(r => r.Value)))
                .ToListAsync(ct)));
        }

        public async Task ReadOutsideAsync(MonitoringDbContext db, CancellationToken ct)
        {
            var (start, end) = (campaign.StartDate, campaign.EndDate);
            var activities = await Grouped(
                Activities(db).Where(a => a.Date <= asOf && (a.Date < start || a.Date > end)), ct);
            Outside = new Totals();
            read.Add((Outside, activities, []));
        }

        public async Task PlaceAsync(IMediator sender, Dictionary<string, string> parents, CancellationToken ct)
        {
            // Units the landed rows do not name: those of the groups, and parents of landed units that have no row
            // (a district above per-commune rows before the reform).
            var unknown = read
                .SelectMany(r => r.Activities.Select(a => a.UnitCode).Concat(r.Reports.Select(g => g.UnitCode)))
                .Concat(parents.Values.Where(p => p != NationalUnit.Code))
                .Where(c => !parents.ContainsKey(c))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var tree = unknown.Count == 0
                ? UnitTree.Empty
                : await sender.Send(new GetUnitTreeQuery(campaign.StructureOn, unknown), ct);
            string? ParentOf(string code) =>
                parents.TryGetValue(code, out var parent) ? parent : tree.ParentOf(code);
            IEnumerable<string> UpFrom(string code)
            {
                var at = (string?)code;
                while (at is not null)
                {
                    yield return at;
                    at = ParentOf(at);
                }
            }

            foreach (var (totals, activities, reports) in read)
            {
                foreach (var a in activities)
                {
                    foreach (var unit in UpFrom(a.UnitCode))
                    {
                        totals.Add(unit, new Key(a.Kind, a.Form), a.Count, a.Participants);
                    }
                }

                foreach (var r in reports)
                {
                    foreach (var unit in UpFrom(r.UnitCode))
                    {
                        totals.NewParticipants[unit] = totals.NewParticipants.GetValueOrDefault(unit) + r.Value;
                    }
                }
            }
        }

        private IQueryable<Activities.ActivityReport> Activities(MonitoringDbContext db)
        {
            var activities = db.Activities.AsNoTracking().Where(a => a.CampaignCode == campaign.Code);
            return province is null ? activities : activities.Where(a => a.ProvinceCode == province);
        }

        private static Task<List<ActivityGroup>> Grouped(
            IQueryable<Activities.ActivityReport> activities,
            CancellationToken ct
        ) =>
            activities
                .GroupBy(a => new { a.UnitCode, a.Kind, a.CommunicationForm })
                .Select(g => new ActivityGroup(g.Key.UnitCode, g.Key.Kind, g.Key.CommunicationForm,
                    g.Sum(a => a.Count), g.Sum(a => a.Participants ?? 0)))
                .ToListAsync(ct);
    }

    /// <summary>What the computation needs of a campaign: its code, dates and structure date.</summary>
    public sealed record CampaignDates(string Code, DateOnly StartDate, DateOnly EndDate, DateOnly StructureOn);

    private sealed record ActivityGroup(string UnitCode, string Kind, string Form, long Count, long Participants);

    private sealed record ReportGroup(string UnitCode, long Value);

    private sealed record Window(DateOnly Start, DateOnly End);

    private sealed record Key(string Kind, string Form);

    /// <summary>Counts by unit, kind and form, people reached and new participants, each unit holding its own and
    /// those of the units below it.</summary>
    private sealed class Totals
    {
        private readonly Dictionary<string, Dictionary<Key, long>> counts = [];

        public Dictionary<string, long> Reached { get; } = [];

        public Dictionary<string, long> NewParticipants { get; } = [];

        public void Add(string unit, Key key, long count, long participants)
        {
            if (!counts.TryGetValue(unit, out var byKey))
            {
                counts[unit] = byKey = [];
            }

            byKey[key] = byKey.GetValueOrDefault(key) + count;
            Reached[unit] = Reached.GetValueOrDefault(unit) + participants;
        }

        public long Of(string unit, Func<Key, bool> counted) =>
            counts.TryGetValue(unit, out var byKey) ? byKey.Where(k => counted(k.Key)).Sum(k => k.Value) : 0;

        public IReadOnlyList<CampaignFormCount> Forms(string unit) =>
            counts.TryGetValue(unit, out var byKey)
                ? [.. byKey.GroupBy(k => k.Key.Form).Select(g => new CampaignFormCount(g.Key, g.Sum(k => k.Value)))
                    .OrderBy(f => f.Form, StringComparer.Ordinal)]
                : [];
    }
}
