using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

// The OData feed against plain JSON over the same read model, after a national VN-2026-2030 cascade. SQLite by
// default; PostgreSQL with the tests' PLATFORM_TEST_PROVIDER=PostgreSQL and PLATFORM_TEST_POSTGRES (an administrator's
// connection string: the run makes and drops its own database).
// dotnet run -c Release --project bench/OData.Benchmarks [-- --rounds 3]
var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var inv = CultureInfo.InvariantCulture;

// A console program has no test host to tell WebApplicationFactory where the host's content root is.
Environment.SetEnvironmentVariable(
    "ASPNETCORE_TEST_CONTENTROOT_PLATFORM_HOST",
    Path.Combine(SharedData.RepositoryRoot, "src", "Host")
);
using var platform = new PlatformFactory();
platform.UseKestrel(0); // real Kestrel on loopback, not the in-memory test server
platform.StartServer();
using var client = platform.CreateClient();
client.Timeout = TimeSpan.FromMinutes(10);
Console.WriteLine($"Host: Kestrel at {client.BaseAddress}; {TestDatabase.Provider} database; load average "
    + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)));

var watch = Stopwatch.StartNew();
(await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
var cascade = await client.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { all = true, cascade = true });
cascade.EnsureSuccessStatusCode();
// The first request after a write reads the whole set into the feed's rows (ADR 0024): timed once, cold.
var firstPage = Stopwatch.StartNew();
var total = long.Parse(await client.GetStringAsync("/odata/Obligations/$count"), inv);
var firstPageMs = firstPage.Elapsed.TotalMilliseconds;
Console.WriteLine($"Import + national cascade: {watch.Elapsed.TotalSeconds:F1} s, {total} obligations");

// Warm-up: JIT, EF query cache, SQLite page cache.
await ReadPlainAsync(client);
await ReadFeedAsync(client, "/odata/Obligations", null);

var plain = new List<double>();
var feed = new List<double>();
List<(int Rows, double Ms, double HeadersMs, long WorkingSet)> lastPages = [];
for (var round = 0; round < rounds; round++)
{
    var (plainRows, plainSeconds) = await ReadPlainAsync(client);
    if (plainRows != total)
    {
        throw new InvalidOperationException($"Plain JSON read {plainRows} rows, expected {total}.");
    }

    plain.Add(plainRows / plainSeconds);

    var pages = new List<(int Rows, double Ms, double HeadersMs, long WorkingSet)>();
    var (feedRows, feedSeconds) = await ReadFeedAsync(client, "/odata/Obligations", pages);
    if (feedRows != total)
    {
        throw new InvalidOperationException($"The feed read {feedRows} rows, expected {total}.");
    }

    feed.Add(feedRows / feedSeconds);
    lastPages = pages;
    Console.WriteLine(
        $"Round {round + 1}: plain JSON {plain[^1]:N0} rows/s, OData {feed[^1]:N0} rows/s over {pages.Count} pages"
    );
}

var (groups, applyMs) = await ApplyAsync(
    client,
    "groupby((ProvinceCode,IndicatorCode),aggregate(Floor with sum as Total))",
    rounds
);
var (yearGroups, yearApplyMs) = await ApplyAsync(
    client,
    "filter(Year eq 2026)/groupby((ProvinceCode,IndicatorCode),aggregate(Floor with sum as Total))",
    rounds
);

var process = Process.GetCurrentProcess();
process.Refresh();
var workingSets = lastPages.Select(p => p.WorkingSet / 1024.0 / 1024.0).ToList();
Console.WriteLine();
Console.WriteLine($"| measure | result |");
Console.WriteLine($"| --- | --- |");
Console.WriteLine($"| rows | {total:N0} |");
Console.WriteLine(
    $"| plain JSON `/api/obligations/export` (one streamed array), median of {rounds} (best {plain.Max():N0}) | "
        + $"{Median(plain):N0} rows/s |"
);
Console.WriteLine(
    $"| OData `/odata/Obligations` followed through nextLink ({lastPages.Count} pages of ≤ 2,500), median of {rounds} "
        + $"(worst {feed.Min():N0}, best {feed.Max():N0}) | {Median(feed):N0} rows/s |"
);
Console.WriteLine($"| OData ÷ plain JSON | {Median(feed) / Median(plain):F2} |");
Console.WriteLine(
    $"| `$apply=groupby((ProvinceCode,IndicatorCode),aggregate(Floor with sum as Total))`, every year ({groups} "
        + $"groups), median / worst of {applyMs.Count} | {Median(applyMs):F0} ms / {applyMs.Max():F0} ms |"
);
Console.WriteLine(
    $"| `$apply=filter(Year eq 2026)/groupby((ProvinceCode,IndicatorCode),aggregate(Floor with sum as Total))`, a "
        + $"national year ({yearGroups} groups), median / worst of {yearApplyMs.Count} | {Median(yearApplyMs):F0} ms / "
        + $"{yearApplyMs.Max():F0} ms |"
);
Console.WriteLine(
    $"| the first request after the cascade, `/odata/Obligations/$count` (reads units, plans, targets and obligations "
        + $"into the feed's rows) | {firstPageMs:F0} ms |"
);
Console.WriteLine(
    $"| page time, median / worst | {Median(lastPages.Select(p => p.Ms).ToList()):F1} ms / "
        + $"{lastPages.Max(p => p.Ms):F1} ms |"
);
Console.WriteLine(
    $"| time to a page's headers, median / worst | {Median(lastPages.Select(p => p.HeadersMs).ToList()):F1} ms / "
        + $"{lastPages.Max(p => p.HeadersMs):F1} ms |"
);
Console.WriteLine(
    $"| working set over the pages of the last walk: first / min / max / last | {workingSets[0]:F0} / "
        + $"{workingSets.Min():F0} / {workingSets.Max():F0} / {workingSets[^1]:F0} MiB |"
);
Console.WriteLine(
    $"| peak working set of the process (host + client) | {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB |"
);
return 0;

static async Task<(long Rows, double Seconds)> ReadPlainAsync(HttpClient client)
{
    var started = Stopwatch.GetTimestamp();
    using var response = await client.GetAsync("/api/obligations/export", HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    await using var stream = await response.Content.ReadAsStreamAsync();
    long rows = 0;
    await foreach (var row in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream))
    {
        rows += row.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    return (rows, Stopwatch.GetElapsedTime(started).TotalSeconds);
}

static async Task<(long Rows, double Seconds)> ReadFeedAsync(
    HttpClient client,
    string url,
    List<(int Rows, double Ms, double HeadersMs, long WorkingSet)>? pages
)
{
    var started = Stopwatch.GetTimestamp();
    long rows = 0;
    var next = url;
    var process = Process.GetCurrentProcess();
    while (next is not null)
    {
        var pageStarted = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(next, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var headersMs = Stopwatch.GetElapsedTime(pageStarted).TotalMilliseconds;
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var page = await JsonDocument.ParseAsync(stream);
        var count = page.RootElement.GetProperty("value").GetArrayLength();
        rows += count;
        next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        process.Refresh();
        pages?.Add((count, Stopwatch.GetElapsedTime(pageStarted).TotalMilliseconds, headersMs, process.WorkingSet64));
    }

    return (rows, Stopwatch.GetElapsedTime(started).TotalSeconds);
}

static async Task<(int Groups, List<double> Ms)> ApplyAsync(HttpClient client, string apply, int rounds)
{
    var url = "/odata/Obligations?$apply=" + Uri.EscapeDataString(apply);
    var ms = new List<double>();
    var groups = 0;
    for (var i = 0; i < 1 + (rounds * 2); i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var document = JsonDocument.Parse(await client.GetStringAsync(url));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        groups = document.RootElement.GetProperty("value").GetArrayLength();
        if (document.RootElement.TryGetProperty("@odata.nextLink", out _))
        {
            throw new InvalidOperationException("The aggregation was paged.");
        }

        if (i > 0)
        {
            ms.Add(elapsed); // the first run warms the query up
        }
    }

    return (groups, ms);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
