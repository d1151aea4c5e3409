using System.Diagnostics;
using Npgsql;

namespace Platform.Benchmarks;

/// <summary>
/// <c>cascade-providers --postgres "Host=…;Username=…;Password=…" [--runs N]</c>: the national cascade of VN-2026-2030
/// persisted through the whole platform on SQLite and on PostgreSQL in the same run, alternately, each reset between
/// runs (issue 17's goal: PostgreSQL within 1.5× of SQLite). A fresh database is created on the server and dropped at
/// the end.
/// </summary>
internal static class ProvidersRun
{
    private const double GoalRatio = 1.5;

    public static async Task<int> RunAsync(string administrator, int runs)
    {
        var database = $"platform_bench_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(administrator, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8';");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(administrator) { Database = database }.ConnectionString;
            using var sqlite = new PlatformRun();
            using var server = PlatformRun.OnPostgreSql(postgres);
            var hosts = new[] { ("SQLite", sqlite), ("PostgreSQL", server) };
            var seconds = hosts.ToDictionary(h => h.Item1, _ => new List<double>());
            Console.WriteLine($"# The national cascade persisted on each provider, {runs} run(s) each after a warm-up; "
                + $"load average {Measure.Load()}");
            foreach (var (_, host) in hosts)
            {
                var warm = await host.GenerateNationalCascadeAsync();
                Console.WriteLine($"warm-up: {warm.ObligationsAdded:N0} obligations, {warm.PlansCreated:N0} plans");
                await host.ResetAsync();
            }

            for (var run = 0; run < runs; run++)
            {
                foreach (var (name, host) in hosts)
                {
                    var clock = Stopwatch.StartNew();
                    var result = await host.GenerateNationalCascadeAsync();
                    seconds[name].Add(clock.Elapsed.TotalSeconds);
                    Console.WriteLine($"{name} run {run + 1}: {clock.Elapsed.TotalSeconds:0.000} s, "
                        + $"{result.ObligationsAdded:N0} obligations");
                    await host.ResetAsync();
                }
            }

            var sqliteMedian = Measure.Median(seconds["SQLite"]);
            var serverMedian = Measure.Median(seconds["PostgreSQL"]);
            Console.WriteLine();
            Console.WriteLine("| provider | runs | median | min | × SQLite |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (name, samples) in seconds)
            {
                Console.WriteLine($"| {name} | {samples.Count} | {Measure.Median(samples):0.000} s "
                    + $"| {samples.Min():0.000} s | {Measure.Median(samples) / sqliteMedian:0.00}× |");
            }

            var ratio = serverMedian / sqliteMedian;
            Console.WriteLine($"Goal: PostgreSQL within {GoalRatio}× of SQLite: {ratio:0.00}× — "
                + (ratio <= GoalRatio ? "met" : "missed"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(administrator, $"DROP DATABASE IF EXISTS {database} WITH (FORCE);");
        }
    }

    /// <summary>Runs one statement as the server's administrator (CREATE / DROP DATABASE).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
