using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Plans.Persistence;

namespace Platform.Benchmarks;

/// <summary>
/// <c>first-start [--runs N] [--postgres CONNECTION]</c>: a host started on an empty database (migrations, the embedded
/// register with its old structure, lineage and employed persons, the national plans), each run on a new temp file
/// (or a new database on the PostgreSQL server the administrator's connection string names); then the same host's
/// restart over the database it wrote, which must load nothing. Goal (issue 14): first start &lt; 5 s.
/// </summary>
internal static class FirstStartRun
{
    private const double GoalSeconds = 5.0;

    public static async Task<int> RunAsync(int runs, string? postgres)
    {
        Console.WriteLine(
            $"# First start on an empty {(postgres is null ? "SQLite" : "PostgreSQL")} database, {runs} run(s) after a "
                + $"warm-up; load average {Measure.Load()}"
        );
        var firsts = new List<double>();
        var restarts = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var database = postgres is null ? null : $"platform_first_{Guid.NewGuid():N}"[..24];
            if (database is not null)
            {
                await ProvidersRun.ExecuteAsync(postgres!, $"CREATE DATABASE {database} TEMPLATE template0;");
            }

            var server = database is null
                ? null
                : new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
            var first = server is null ? new PlatformRun() : PlatformRun.OnPostgreSql(server);
            PlatformRun? again = null;
            try
            {
                var (_, start) = Measure.Run(() => first.Services);
                var units = await CountUnitsAsync(first);
                Require(units == 14150, $"the fresh database holds {units} units, not 14,150");
                again = server is null ? new PlatformRun(first.Folder) : PlatformRun.OnPostgreSql(server);
                var (_, restart) = Measure.Run(() => again.Services);
                Require(await CountUnitsAsync(again) == units, "the restart changed the register");
                if (run > 0)
                {
                    firsts.Add(start.Seconds);
                    restarts.Add(restart.Seconds);
                }

                Console.WriteLine(
                    $"run {run}{(run == 0 ? " (warm-up)" : string.Empty)}: first start {start.Seconds:0.000} s, "
                        + $"restart {restart.Seconds:0.000} s"
                );
            }
            finally
            {
                again?.Dispose();
                first.Dispose();
                if (database is not null)
                {
                    NpgsqlConnection.ClearAllPools();
                    await ProvidersRun.ExecuteAsync(postgres!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE);");
                }
            }
        }

        var median = Measure.Median(firsts);
        Console.WriteLine(
            $"| first start on an empty database, median of {runs} | {median:0.000} s | min {firsts.Min():0.000} s | "
                + $"max {firsts.Max():0.000} s |"
        );
        Console.WriteLine(
            $"| restart over that database, median of {runs} | {Measure.Median(restarts):0.000} s | min "
                + $"{restarts.Min():0.000} s | max {restarts.Max():0.000} s |"
        );
        Console.WriteLine(
            median < GoalSeconds ? $"Goal met: < {GoalSeconds} s." : $"Goal missed: {median:0.000} s ≥ {GoalSeconds} s."
        );
        return median < GoalSeconds ? 0 : 1;
    }

    private static async Task<int> CountUnitsAsync(PlatformRun platform)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlansDbContext>().Units.CountAsync();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
