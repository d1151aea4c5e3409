using System.Diagnostics;
using System.Net.Http.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Campaigns;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Benchmarks;

/// <summary>
/// A national campaign landed on 34 provinces and 3,321 communes (a team and 50 new participants per commune in May
/// 2026), with campaign activities (a tenth dated outside the window) and a new-participants report per commune: how
/// long the progress of every unit takes (the goal: under a second).
/// </summary>
internal static class CampaignBenchmark
{
    private const string Code = "VN-MAY-2026-BENCH";
    private static readonly DateOnly AsOf = new(2026, 5, 31);

    private static readonly (string Kind, string Audience, string Form, int Weight)[] Mix =
    [
        ("mobile_team", "voluntary_participants", "campaign_mobile_team", 40),
        ("grassroots_conference", "voluntary_participants", "conference", 20),
        ("radio_broadcast", "general_public", "loudspeaker_radio", 20),
        ("livestream", "general_public", "livestream", 10),
        ("social_media_post", "general_public", "social_network", 10),
    ];

    public static async Task<int> RunAsync(int activityCount, int runs)
    {
        Console.WriteLine($"Campaign benchmark: {Code}, {activityCount:N0} campaign activities, progress of every unit "
            + $"as of {AsOf:yyyy-MM-dd}, {runs} warm runs");
        Console.WriteLine($"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, "
            + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        using var run = new MonitoringRun();
        using var client = run.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(30);
        var tree = await run.InScopeAsync(s =>
            s.GetRequiredService<IMediator>().Send(new GetUnitTreeQuery(new DateOnly(2026, 5, 1))));
        var communes = tree.All.Where(u => u.Level == UnitLevel.Commune).Select(u => u.Code).ToList();
        Console.WriteLine($"register of 01/05/2026 (embedded): {communes.Count:N0} communes");

        var watch = Stopwatch.StartNew();
        var created = await client.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2026-2030",
            code = Code,
            title = "Tháng vận động triển khai bảo hiểm xã hội toàn dân năm 2026 (benchmark)",
            kind = "CampaignMonth",
            startDate = "2026-05-01",
            endDate = "2026-05-31",
            quotas = new object[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 1.0,
                },
                new
                {
                    code = "NEW_VOL", measure = "CAMPAIGN_NEW_VOL", level = "Commune", basis = "PerUnit",
                    rateFloor = 50.0,
                },
            },
        });
        created.EnsureSuccessStatusCode();
        Console.WriteLine($"create the campaign and land its quotas (HTTP, rule set, bulk write): "
            + $"{watch.Elapsed.TotalMilliseconds:N0} ms");
        watch.Restart();
        var landed = await client.PostAsync($"/api/campaigns/{Code}/cascade", null);
        landed.EnsureSuccessStatusCode();
        var landing = await landed.Content.ReadFromJsonAsync<Platform.Plans.Contracts.Campaigns.CampaignLanding>();
        Console.WriteLine($"land again (POST /cascade): {watch.Elapsed.TotalMilliseconds:N0} ms ({landing!.Rows:N0} "
            + "rows)");

        watch.Restart();
        var written = await run.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<MonitoringDbContext>();
            return await s.GetRequiredService<UnitOfWork>().RunAsync(
                () => ActivityWriter.InsertAsync(db, Activities(activityCount, communes, tree), CancellationToken.None),
                CancellationToken.None);
        });
        var reports = await run.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<MonitoringDbContext>();
            db.NewParticipantsReports.AddRange(communes.Select((c, i) => new NewParticipantsReport
            {
                UnitCode = c,
                ProvinceCode = tree.ProvinceOf(c),
                FromDate = new DateOnly(2026, 5, 1),
                ToDate = new DateOnly(2026, 5, 20 + (i % 12)),
                Value = 20 + (i % 60),
                Source = "benchmark",
                RecordedAtUtc = DateTime.UtcNow,
            }));
            var saved = await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            return saved;
        });
        Console.WriteLine($"bulk-load {written:N0} activities and {reports:N0} reports: "
            + $"{watch.Elapsed.TotalMilliseconds:N0} ms");

        Console.WriteLine();
        Console.WriteLine("Progress of every unit (GetCampaignProgressQuery, all units: quotas asked of Plans, one "
            + "grouped read per window, roll-up in memory):");
        CampaignProgressView progress = null!;
        var timings = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            GC.Collect();
            watch.Restart();
            progress = await run.InScopeAsync(s => s.GetRequiredService<IMediator>()
                .Send(new GetCampaignProgressQuery(Code, AsOf: AsOf, AllUnits: true)));
            watch.Stop();
            if (i == 0)
            {
                Console.WriteLine($"  cold (first run, JIT and caches): {watch.Elapsed.TotalMilliseconds,8:N0} ms for "
                    + $"{progress.Units.Count:N0} units");
            }
            else
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine($"  warm: median {timings[timings.Count / 2]:N0} ms, min {timings[0]:N0} ms, max "
            + $"{timings[^1]:N0} ms over {runs} runs");
        var nation = progress.Units.Where(u => u.Level == UnitLevel.Province).ToList();
        Console.WriteLine($"  provinces' teams: {nation.Sum(u => u.Quotas[0].Actual):N0} of "
            + $"{nation.Sum(u => u.Quotas[0].Floor ?? 0):N0}; new participants "
            + $"{nation.Sum(u => u.Quotas[1].Actual):N0} of {nation.Sum(u => u.Quotas[1].Floor ?? 0):N0}; activities "
            + $"{nation.Sum(u => u.Activities):N0} counted, {nation.Sum(u => u.NotCounted):N0} outside the window");
        Console.WriteLine("  commune statuses (teams): " + string.Join(", ", progress.Units
            .Where(u => u.Level == UnitLevel.Commune).GroupBy(u => u.Quotas[0].Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count():N0}")));

        Console.WriteLine("  where the time goes (best of 3 warm):");
        await PartAsync("GetCampaignQuotasQuery, every landed row (Plans)", () => run.InScopeAsync(async s =>
            (await s.GetRequiredService<IMediator>().Send(
                new Platform.Plans.Contracts.Campaigns.GetCampaignQuotasQuery(Code, AllUnits: true))).Count));
        await PartAsync("activities of the window grouped by unit, kind and form (SQL)", () => run.InScopeAsync(
            async s => (await s.GetRequiredService<MonitoringDbContext>().Activities.AsNoTracking()
                .Where(a => a.CampaignCode == Code && a.Date >= new DateOnly(2026, 5, 1) && a.Date <= AsOf)
                .GroupBy(a => new { a.UnitCode, a.Kind, a.CommunicationForm })
                .Select(g => new { g.Key, Count = g.Sum(a => a.Count), People = g.Sum(a => a.Participants ?? 0) })
                .ToListAsync()).Count));
        await PartAsync("GetUnitTreeQuery of the 3,321 communes on the structure date (Plans)", () => run.InScopeAsync(
            async s => (await s.GetRequiredService<IMediator>().Send(
                new GetUnitTreeQuery(new DateOnly(2026, 5, 1), communes))).Count));

        // The feed computes CampaignProgress once for every caller and campaign, then keeps it until a module changes.
        var feed = $"/odata/CampaignProgress/$count?asOf={AsOf:yyyy-MM-dd}&$filter=CampaignCode eq '{Code}'";
        watch.Restart();
        var feedRows = await client.GetStringAsync(feed);
        Console.WriteLine($"  GET /odata/CampaignProgress/$count (first request: every landed quota of every campaign "
            + $"computed): {watch.Elapsed.TotalMilliseconds:N0} ms, {feedRows} rows of this campaign");

        foreach (var (name, url) in new[]
        {
            ("GET /odata/CampaignProgress, Đồng Nai's rows (kept)",
                $"/odata/CampaignProgress?asOf={AsOf:yyyy-MM-dd}&$filter=ProvinceCode eq '75'"),
            ("GET …/progress?all=true (HTTP, JSON, every unit)", $"/api/monitoring/campaigns/{Code}/progress?all=true"
                + $"&asOf={AsOf:yyyy-MM-dd}"),
            ("GET …/progress?unit=75 (HTTP, JSON, Đồng Nai's dashboard)",
                $"/api/monitoring/campaigns/{Code}/progress?unit=75&asOf={AsOf:yyyy-MM-dd}"),
        })
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            var best = double.MaxValue;
            long bytes = 0;
            for (var i = 0; i < 3; i++)
            {
                watch.Restart();
                var body = await client.GetByteArrayAsync(url);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                bytes = body.Length;
            }

            Console.WriteLine($"  {name}: {best:N0} ms (best of 3 warm), {bytes / 1024:N0} KiB");
        }

        return 0;
    }

    private static async Task PartAsync(string name, Func<Task<int>> work)
    {
        await work();
        var best = double.MaxValue;
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = await work();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"    {name}: {rows:N0} rows in {best:N0} ms");
    }

    /// <summary>Activities of the campaign at random communes: nine in ten in May 2026, the rest in the second half of
    /// April or the first half of June.</summary>
    private static IEnumerable<ActivityReport> Activities(int count, List<string> communes, UnitTree tree)
    {
        var random = new Random(42);
        var total = Mix.Sum(m => m.Weight);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            var kind = Mix.First(m => (pick -= m.Weight) < 0);
            var unit = communes[random.Next(communes.Count)];
            var date = i % 10 == 9
                ? (random.Next(2) == 0 ? new DateOnly(2026, 4, 16) : new DateOnly(2026, 6, 1)).AddDays(random.Next(15))
                : new DateOnly(2026, 5, 1).AddDays(random.Next(31));
            yield return new ActivityReport
            {
                UnitCode = unit,
                ProvinceCode = tree.ProvinceOf(unit),
                Date = date,
                Year = date.Year,
                Kind = kind.Kind,
                AudienceGroup = kind.Audience,
                CommunicationForm = kind.Form,
                Count = 1,
                Participants = 20 + random.Next(150),
                RecordedAtUtc = DateTime.UtcNow,
                CampaignCode = Code,
            };
        }
    }
}
