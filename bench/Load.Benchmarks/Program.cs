using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Load.Benchmarks;
using Platform.TestKit;

// Concurrent writers (activities and reported values through REST) and OData readers against one host (or --hosts N
// hosts on one database) on real Kestrel on loopback over a fresh database, for a fixed time; then every acknowledged
// write is looked up in the database. SQLite by default; PostgreSQL with the tests' PLATFORM_TEST_PROVIDER=PostgreSQL
// and PLATFORM_TEST_POSTGRES (an administrator's connection string: the run makes and drops its own database).
// dotnet run -c Release --project bench/Load.Benchmarks [-- --seconds 60 --writers 4 --readers 4 --hosts 1]
var inv = CultureInfo.InvariantCulture;
var seconds = Option("--seconds", 60);
var writerCount = Option("--writers", 4);
var readerCount = Option("--readers", 4);
var hostCount = Option("--hosts", 1);

Environment.SetEnvironmentVariable(
    "ASPNETCORE_TEST_CONTENTROOT_PLATFORM_HOST",
    Path.Combine(SharedData.RepositoryRoot, "src", "Host")
);
using var platform = new PlatformFactory();
platform.UseKestrel(0);
platform.StartServer();
using var setup = platform.CreateClient();
setup.Timeout = TimeSpan.FromMinutes(10);
var hosts = new List<PlatformFactory> { platform };
for (var i = 1; i < hostCount; i++)
{
    hosts.Add(PlatformFactory.InFolder(platform.Folder));
    hosts[^1].UseKestrel(0);
    hosts[^1].StartServer();
}

Console.WriteLine(
    $"Load test: {writerCount} writers, {readerCount} OData readers, {seconds} s; {hostCount} host(s) on Kestrel "
        + $"({string.Join(", ", hosts.Select(BaseAddress))}); {TestDatabase.Provider} database"
);
Console.WriteLine(
    $"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {LoadAverage()}"
);

var watch = Stopwatch.StartNew();
(await setup.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
(
    await setup.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { all = true, cascade = true })
).EnsureSuccessStatusCode();
// Today's communes only: the register also holds the pre-reform ones, closed on 2025-06-30, before every date written.
var communes = await CodesAsync(
    setup,
    "/odata/AdministrativeUnits?$filter=Level eq 'Commune' and ValidTo eq null&$select=Code"
);
var obligations = long.Parse(await setup.GetStringAsync("/odata/Obligations/$count"), inv);
var walBefore = WalMegabytes(platform.DatabasePath);
Console.WriteLine(
    $"Set-up (register import + national VN-2026-2030 cascade): {watch.Elapsed.TotalSeconds:F1} s; {communes.Count:N0} "
        + $"communes, {obligations:N0} obligations"
);

var run = new LoadRun([.. hosts], [.. communes], obligations, TimeSpan.FromSeconds(seconds));
var started = Stopwatch.StartNew();
await Task.WhenAll(
    Enumerable.Range(0, writerCount).Select(i => run.WriteAsync(i, writerCount))
        .Concat(Enumerable.Range(0, readerCount).Select(run.ReadAsync)));
var elapsed = started.Elapsed.TotalSeconds;

var check = await run.VerifyAsync();
var tallies = new[] { run.Activities, run.Values, run.ActivityPages, run.ObligationPages };
Console.WriteLine();
Console.WriteLine($"Ran {elapsed:F1} s; load average afterwards {LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine(Tally.Header);
foreach (var tally in tallies)
{
    Console.WriteLine(tally.Row(elapsed));
}

Console.WriteLine();
Console.WriteLine("| check | result |");
Console.WriteLine("| --- | --- |");
Console.WriteLine(
    $"| acknowledged activities (201) found in the database with their notes | {check.ActivitiesFound:N0} of "
        + $"{check.ActivitiesAcknowledged:N0} |"
);
Console.WriteLine(
    $"| reported values (200): the database holds each unit's last acknowledged value or a later one | "
        + $"{check.ValuesFound:N0} of {check.ValuesAcknowledged:N0} |"
);
Console.WriteLine($"| acknowledged writes lost | **{check.Lost}** |");
Console.WriteLine($"| 5xx answers | **{tallies.Sum(t => t.ServerErrors)}** |");
Console.WriteLine($"| 503 \"database is busy\" answers | {tallies.Sum(t => t.Count503)} |");
Console.WriteLine($"| transport failures (no answer) | {tallies.Sum(t => t.Failures)} |");
if (File.Exists(platform.DatabasePath))
{
    Console.WriteLine(
        $"| database file after the run; WAL before / after the run | "
            + $"{new FileInfo(platform.DatabasePath).Length / 1024.0 / 1024.0:F0} MiB; {walBefore:F0} / "
            + $"{WalMegabytes(platform.DatabasePath):F0} MiB |"
    );
}

foreach (var host in hosts.Skip(1))
{
    host.Dispose();
}

return check.Lost == 0 && tallies.Sum(t => t.ServerErrors + t.Failures) == 0 ? 0 : 1;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], inv) : fallback;
}

static async Task<List<string>> CodesAsync(HttpClient client, string url)
{
    var codes = new List<string>();
    for (var next = url; next is not null;)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(next);
        codes.AddRange(page.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("Code").GetString()!));
        next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
    }

    return codes;
}

static Uri? BaseAddress(PlatformFactory host)
{
    using var client = host.CreateClient();
    return client.BaseAddress;
}

static double WalMegabytes(string database) =>
    File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length / 1024.0 / 1024.0 : 0;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
