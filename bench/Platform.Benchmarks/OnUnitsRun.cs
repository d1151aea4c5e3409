using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Monitoring.Activities.ImportActivities;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.Register;

namespace Platform.Benchmarks;

/// <summary>
/// <c>on-units [--runs N]</c>: a figure for each of the 10,035 old communes (metric <c>population</c>, 2024, made-up
/// values), read re-aggregated onto the 3,321 communes in force on 2025-07-01 through <c>GET /api/statistics</c>, the
/// whole request (view, scope, JSON) as a client sees it; then the same for an actual (one radio-broadcast activity per
/// old commune in 2024) through <c>GET /api/monitoring/actuals/on-units</c>. Goal (issue 14): &lt; 200 ms each.
/// </summary>
internal static class OnUnitsRun
{
    private const double GoalMilliseconds = 200;
    private const string Url = "/api/statistics?metric=population&year=2024&onUnitsAt=2025-07-01";

    private const string RawActualsUrl = "/api/monitoring/actuals?year=2024&indicator=RADIO_VOL";
    private const string ActualsUrl =
        "/api/monitoring/actuals/on-units?year=2024&indicator=RADIO_VOL&onUnitsAt=2025-07-01";

    public static async Task<int> RunAsync(int runs)
    {
        Console.WriteLine(
            $"# Re-aggregation of 10,035 old communes onto the communes of 2025-07-01, {runs} run(s) after 3 warm-ups; "
                + $"load average {Measure.Load()}"
        );
        using var platform = new PlatformRun();
        var (expectedTotal, csv, expectedBroadcasts, activities) = OldCommuneFigures();
        var report = await platform.SendAsync(new ImportStatisticsCommand(csv));
        Console.WriteLine($"imported: {report.Message}");
        var imported = await platform.SendAsync(new ImportActivitiesCommand(activities));
        Console.WriteLine($"imported: {imported.Added:N0} activities of 2024, one per old commune");
        using var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin:{PlatformRun.AdminKey}"))
        );

        var met = true;
        // The actuals on the old units themselves first: what computing the year costs before any carrying.
        foreach (
            var (url, expected, goal) in new[]
            {
                (Url, expectedTotal, true),
                (RawActualsUrl, expectedBroadcasts, false),
                (ActualsUrl, expectedBroadcasts, true),
            }
        )
        {
            var times = new List<double>();
            var rows = 0;
            long total = 0;
            for (var run = -3; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                var body = await client.GetStringAsync(url);
                watch.Stop();
                using var answer = JsonDocument.Parse(body);
                var communes = answer
                    .RootElement.EnumerateArray()
                    .Where(r => r.GetProperty("level").GetString() == "Commune")
                    .ToList();

                rows = communes.Count;
                total = communes.Sum(r => r.GetProperty("value").GetInt64());
                if (run >= 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            var median = Measure.Median(times);
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            Console.WriteLine(
                $"answer: {rows:N0} communes, total {total:N0} of {expected:N0} recorded on the old communes"
            );
            Console.WriteLine(
                $"| GET {url} | {runs} | median {median:0.0} ms | p95 {p95:0.0} ms | min {times[0]:0.0} ms | max "
                    + $"{times[^1]:0.0} ms |"
            );
            if (goal)
            {
                Console.WriteLine(
                    median < GoalMilliseconds
                        ? $"Goal met: < {GoalMilliseconds} ms."
                        : $"Goal missed: {median:0.0} ms ≥ {GoalMilliseconds} ms."
                );
                met &= median < GoalMilliseconds;
            }
        }

        return met ? 0 : 1;
    }

    /// <summary>
    /// A made-up population for every old commune of the shipped register (1,000 to 9,999, deterministic), and radio
    /// broadcasts of 2024 a thousandth of it (1 to 9) as activities.
    /// </summary>
    private static (long Total, byte[] Csv, long Broadcasts, byte[] Activities) OldCommuneFigures()
    {
        var lines = Encoding
            .UTF8.GetString(EmbeddedRegister.Read(EmbeddedRegister.Units2024))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var commune = Array.IndexOf(header, "commune_code");
        var csv = new StringBuilder("unit_code,year,metric,value,source\n");
        var activities = new StringBuilder(
            "unit_code,date,kind,audience_group,communication_form,count,participants,notes\n"
        );
        long total = 0,
            broadcasts = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var value = 1000 + (i * 37 % 9000);
            total += value;
            broadcasts += value / 1000;
            var code = lines[i].Split(',')[commune];
            csv.Append(CultureInfo.InvariantCulture, $"{code},2024,population,{value},benchmark\n");
            activities.Append(
                CultureInfo.InvariantCulture,
                $"{code},2024-03-04,radio_broadcast,voluntary_participants,loudspeaker_radio,{value / 1000},,\n"
            );
        }

        return (
            total,
            Encoding.UTF8.GetBytes(csv.ToString()),
            broadcasts,
            Encoding.UTF8.GetBytes(activities.ToString())
        );
    }
}
