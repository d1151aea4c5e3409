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
        var campaignWindow = new Window(campaign.StartDate, campaign.EndDate);
        var windows = quotas.Select(q => new Window(q.WindowStart, q.WindowEnd)).Append(campaignWindow).Distinct();
        var totals = new Dictionary<Window, Totals>();
        foreach (var window in windows)
        {
            totals[window] = await TotalsAsync(campaign, window, asOf, ct);
        }

        var everything = await TotalsAsync(campaign, new Window(DateOnly.MinValue, asOf), asOf, ct);
        var units = quotas
            .GroupBy(q => q.UnitCode)
            .Select(g =>
            {
                var first = g.First();
                var within = totals[campaignWindow];
                return new CampaignUnitProgress(
                    first.UnitCode,
                    first.UnitName,
                    first.Level,
                    first.ParentUnitCode,
                    within.Of(first.UnitCode, _ => true),
                    within.Reached.GetValueOrDefault(first.UnitCode),
                    everything.Of(first.UnitCode, _ => true) - within.Of(first.UnitCode, _ => true),
                    within.Forms(first.UnitCode),
                    [.. g.Select(q => Progress(q, totals[new Window(q.WindowStart, q.WindowEnd)], everything, asOf))]);
            })
            .ToList();
        return new CampaignProgressView(campaign.Code, campaign.Title, campaign.StartDate, campaign.EndDate,
            campaign.StructureOn, campaign.StructureNote, asOf, units);
    }

    private static CampaignQuotaProgress Progress(CampaignUnitQuotaView q, Totals within, Totals all, DateOnly asOf)
    {
        var actual = Measured(q.Measure, q.UnitCode, within);
        var elapsed = ElapsedShare(q.WindowStart, q.WindowEnd, asOf);
        var (status, expected) = ProgressRules.Assess(q.MissingData ? null : q.Floor, actual, elapsed);
        return new CampaignQuotaProgress(q.QuotaCode, q.Measure, q.WindowStart, q.WindowEnd, q.Floor, q.Stretch,
            q.MissingData, q.MissingReason, actual,
            q.Measure == CampaignMeasures.NewVoluntaryParticipants ? 0 : Measured(q.Measure, q.UnitCode, all) - actual,
            Math.Round(elapsed, 4), expected, status);
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

    /// <summary>The campaign's activities and the new-participant reports inside <paramref name="window"/> (up to
    /// <paramref name="asOf"/>), each added to its unit and every unit above it.</summary>
    private async Task<Totals> TotalsAsync(CampaignView campaign, Window window, DateOnly asOf, CancellationToken ct)
    {
        var last = window.End < asOf ? window.End : asOf;
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.CampaignCode == campaign.Code && a.Date >= window.Start && a.Date <= last)
            .GroupBy(a => new { a.UnitCode, a.Kind, a.CommunicationForm })
            .Select(g => new
            {
                g.Key.UnitCode, g.Key.Kind, g.Key.CommunicationForm, Count = g.Sum(a => a.Count),
                Participants = g.Sum(a => a.Participants ?? 0),
            })
            .ToListAsync(ct);
        var reports = await db.NewParticipantsReports.AsNoTracking()
            .Where(r => r.FromDate >= window.Start && r.ToDate <= last)
            .GroupBy(r => r.UnitCode)
            .Select(g => new { UnitCode = g.Key, Value = g.Sum(r => r.Value) })
            .ToListAsync(ct);
        var codes = activities.Select(a => a.UnitCode).Concat(reports.Select(r => r.UnitCode)).Distinct().ToList();
        var tree = codes.Count == 0
            ? UnitTree.Empty
            : await sender.Send(new GetUnitTreeQuery(campaign.StructureOn, codes), ct);
        var totals = new Totals();
        foreach (var a in activities)
        {
            foreach (var unit in UpFrom(a.UnitCode, tree))
            {
                totals.Add(unit, new Key(a.Kind, a.CommunicationForm), a.Count, a.Participants);
            }
        }

        foreach (var r in reports)
        {
            foreach (var unit in UpFrom(r.UnitCode, tree))
            {
                totals.NewParticipants[unit] = totals.NewParticipants.GetValueOrDefault(unit) + r.Value;
            }
        }

        return totals;
    }

    /// <summary>A unit and the units above it (the nation last), or the unit alone when the structure date does not
    /// know it.</summary>
    private static IEnumerable<string> UpFrom(string code, UnitTree tree)
    {
        yield return code;
        for (var parent = tree.ParentOf(code); parent is not null; parent = tree.ParentOf(parent))
        {
            yield return parent;
        }
    }

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
