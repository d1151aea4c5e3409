using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.Load.Benchmarks;

/// <summary>What the verification found: acknowledged writes looked up in the database file.</summary>
internal sealed record Verification(
    int ActivitiesAcknowledged,
    int ActivitiesFound,
    int ValuesAcknowledged,
    int ValuesFound
)
{
    public int Lost => ActivitiesAcknowledged - ActivitiesFound + ValuesAcknowledged - ValuesFound;
}

/// <summary>
/// Writers post activities (3 of 4 requests) and reported values (1 of 4) for communes of their own, so each value's
/// last acknowledged write is known; readers walk three OData pages (through nextLink) of ActivityReports from the
/// start, or of Obligations from a random point, as Power Query pages a feed. With several hosts on one database,
/// writer and reader <c>i</c> use host <c>i mod n</c>, as a load balancer would spread them.
/// </summary>
internal sealed class LoadRun(PlatformFactory[] hosts, string[] communes, long obligations, TimeSpan duration)
{
    private static readonly DateOnly FirstDay = new(2025, 7, 1);
    private readonly ConcurrentDictionary<int, (string Unit, string Notes)> activities = new();
    private readonly ConcurrentDictionary<string, (long Value, string Source)> values = new(StringComparer.Ordinal);
    private readonly DateTime deadline = DateTime.UtcNow + duration;

    public Tally Activities { get; } = new("POST /api/monitoring/activities");

    public Tally Values { get; } = new("POST /api/monitoring/indicator-values");

    public Tally ActivityPages { get; } = new("GET /odata/ActivityReports (pages)");

    public Tally ObligationPages { get; } = new("GET /odata/Obligations (pages)");

    public async Task WriteAsync(int writer, int writers)
    {
        using var client = hosts[writer % hosts.Length].CreateClient();
        var mine = communes.Where((_, i) => i % writers == writer).ToArray();
        var random = new Random(writer);
        var days = PlatformFactory.DefaultNow.DayNumber() - FirstDay.DayNumber;
        for (var seq = 1; DateTime.UtcNow < deadline; seq++)
        {
            var unit = mine[random.Next(mine.Length)];
            var tag = string.Create(CultureInfo.InvariantCulture, $"load w{writer} #{seq}");
            if (seq % 4 == 0)
            {
                var body = new
                {
                    unitCode = unit,
                    year = 2025,
                    indicatorCode = "AWARE_LF",
                    value = seq,
                    denominator = 1_000_000,
                    source = tag,
                };
                var answer = await SendAsync(Values, () =>
                    client.PostAsJsonAsync("/api/monitoring/indicator-values", body)
                );
                if (answer is { Status: 200 })
                {
                    values[unit] = (seq, tag);
                }
            }
            else
            {
                var body = new
                {
                    unitCode = unit,
                    date = FirstDay.AddDays(random.Next(days + 1)),
                    kind = "radio_broadcast",
                    audienceGroup = "voluntary_participants",
                    communicationForm = "loudspeaker_radio",
                    count = 1 + random.Next(3),
                    participants = random.Next(500),
                    notes = tag,
                };
                var answer = await SendAsync(Activities, () =>
                    client.PostAsJsonAsync("/api/monitoring/activities", body)
                );
                if (answer is { Status: 201 } created)
                {
                    activities[created.Body.GetProperty("id").GetInt32()] = (unit, tag);
                }
            }
        }
    }

    public async Task ReadAsync(int reader)
    {
        using var client = hosts[reader % hosts.Length].CreateClient();
        var random = new Random(100 + reader);
        for (var round = 0; DateTime.UtcNow < deadline; round++)
        {
            var (tally, url) = round % 2 == 0
                ? (ActivityPages, "/odata/ActivityReports?$count=true")
                : (ObligationPages, $"/odata/Obligations?$skiptoken=Id-{random.NextInt64(obligations)}");
            for (var page = 0; url is not null && page < 3 && DateTime.UtcNow < deadline; page++)
            {
                var answer = await SendAsync(tally, () => client.GetAsync(url));
                url =
                    answer is { Status: 200 } ok && ok.Body.TryGetProperty("@odata.nextLink", out var next)
                        ? next.GetString()
                        : null;
            }
        }
    }

    /// <summary>Reads the database directly: every acknowledged activity with its notes, every unit's last acknowledged
    /// value (or a later one).</summary>
    public async Task<Verification> VerifyAsync()
    {
        await using var connection = await hosts[0].OpenConnectionAsync();
        var stored = new Dictionary<int, (string Unit, string Notes)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                $"SELECT \"Id\", \"UnitCode\", \"Notes\" FROM {Table("monitoring_activity_reports")} "
                    + "WHERE \"Notes\" LIKE 'load %';";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        var reported = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                $"SELECT \"UnitCode\", \"Value\" FROM {Table("monitoring_reported_values")} WHERE \"Year\" = 2025 "
                    + "AND \"IndicatorCode\" = 'AWARE_LF';";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                reported[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        // A later value than the last acknowledged one is a write whose answer was lost in transit, not a lost write.
        return new Verification(
            activities.Count, activities.Count(a => stored.TryGetValue(a.Key, out var row) && row == a.Value),
            values.Count, values.Count(v => reported.TryGetValue(v.Key, out var value) && value >= v.Value.Value));
    }

    private static string Table(string name) => PlatformFactory.Table("monitoring", name);

    private static async Task<(int Status, JsonElement Body)?> SendAsync(
        Tally tally,
        Func<Task<HttpResponseMessage>> send
    )
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            tally.Add((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if ((int)response.StatusCode >= 400)
            {
                Console.Error.WriteLine(
                    $"{tally.Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}"
                );
            }

            return (
                (int)response.StatusCode,
                body.Length > 0 && body[0] == '{' ? JsonDocument.Parse(body).RootElement.Clone() : default
            );
        }
        catch (HttpRequestException exception)
        {
            tally.Fail();
            Console.Error.WriteLine($"{tally.Name}: no answer ({exception.Message})");
            return null;
        }
    }
}

internal static class DateExtensions
{
    public static int DayNumber(this DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime).DayNumber;
}
