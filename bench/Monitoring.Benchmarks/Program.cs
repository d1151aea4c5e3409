using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.IndicatorValues;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using Platform.Monitoring.ReadModel;
using Platform.Plans.Contracts;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.ImportUnits;
using Platform.Training.Contracts;

namespace Platform.Monitoring.Benchmarks;

/// <summary>Named so as not to clash with the Host's Program, which WebApplicationFactory starts.</summary>
internal static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        // dotnet run -c Release --project bench/Monitoring.Benchmarks [-- --activities 500000 --runs 5 --keep
        // /tmp/monitoring-bench.db]
        // dotnet run -c Release --project bench/Monitoring.Benchmarks -- campaign [--activities 100000 --runs 5]
        if (args.Length > 0 && args[0] == "campaign")
        {
            return await CampaignBenchmark.RunAsync(Option("--activities", 100_000), Option("--runs", 5));
        }

        var activityCount = Option("--activities", 500_000);
        var runs = Option("--runs", 5);
        var asOf = new DateOnly(NationalYear.Year, 6, 30);

        Console.WriteLine(
            $"Monitoring benchmark: a national year ({NationalYear.Year}), {activityCount:N0} activities, progress as "
                + $"of {asOf:yyyy-MM-dd}, {runs} warm runs"
        );
        Console.WriteLine(
            $"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, "
                + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}"
        );

        var data = NationalYear.Load(Platform.TestKit.SharedData.UnitsCsvPath);
        using var run = new MonitoringRun();
        using var client = run.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(30);

        await Step("import register (34 provinces, 3,321 communes) and 2026 statistics", async () =>
        {
            await run.InScopeAsync(s =>
                s.GetRequiredService<MediatR.IMediator>().Send(new ImportUnitsCommand(data.UnitsCsv))
            );
            await run.InScopeAsync(s =>
                s.GetRequiredService<MediatR.IMediator>().Send(new ImportStatisticsCommand(data.StatisticsCsv))
            );
            return $"{data.Communes.Count:N0} communes";
        });

        await Step("national cascade of VN-2026-2030 (Plans), ObligationsChanged → Monitoring's copy", async () =>
        {
            var response = await client.PostAsJsonAsync(
                "/api/plans/VN-2026-2030/subordinates",
                new { all = true, cascade = true }
            );
            response.EnsureSuccessStatusCode();
            var copied = await run.InScopeAsync(s =>
                s.GetRequiredService<MonitoringDbContext>().Obligations.CountAsync()
            );
            return $"{copied:N0} obligations copied";
        });

        var snapshots = await run.InScopeAsync(async s =>
            await s.GetRequiredService<MonitoringDbContext>()
                .Obligations.AsNoTracking()
                .Select(o => new ObligationSnapshot(
                    o.ObligationId,
                    o.PlanCode,
                    o.UnitCode,
                    o.Level,
                    o.ParentUnitCode,
                    o.Year,
                    o.IndicatorCode,
                    o.Floor,
                    o.Stretch,
                    o.MissingData,
                    false
                ))
                .ToListAsync()
        );
        await Step(
            "ObligationsChanged handler alone: the whole cascade's snapshots in one notification again",
            async () =>
            {
                await run.PublishAsync(new ObligationsChanged(snapshots));
                return $"{snapshots.Count:N0} snapshots upserted";
            }
        );

        await Step($"bulk-load {activityCount:N0} activities (prepared statement, one transaction)", async () =>
        {
            var written = await run.InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<MonitoringDbContext>();
                return await s.GetRequiredService<UnitOfWork>()
                    .RunAsync(
                        () =>
                            ActivityWriter.InsertAsync(
                                db,
                                data.Activities(activityCount, DateTime.UtcNow),
                                CancellationToken.None
                            ),
                        CancellationToken.None
                    );
            });
            return $"{written:N0} rows";
        });

        await Step("reported AWARE_LF reach for every commune, 340 completed classes of 30 collaborators", async () =>
        {
            await run.InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<MonitoringDbContext>();
                db.ReportedValues.AddRange(
                    data.Communes.Select(
                        (c, i) =>
                            new ReportedValue
                            {
                                UnitCode = c,
                                Year = NationalYear.Year,
                                IndicatorCode = "AWARE_LF",
                                Value = 1_000 + (i % 500),
                                Denominator = 10_000,
                                Source = "benchmark survey",
                                ReportedOn = new DateOnly(NationalYear.Year, 5, 1),
                                RecordedAtUtc = DateTime.UtcNow,
                            }
                    )
                );
                return await db.SaveChangesAsync();
            });
            var classId = 0;
            foreach (var province in data.Provinces)
            {
                var communes = data.Communes.Where(c => c.StartsWith(province, StringComparison.Ordinal)).ToList();
                for (var k = 0; k < 10; k++)
                {
                    classId++;
                    var trainees = Enumerable
                        .Range(0, 30)
                        .Select(t => new TraineeCompletion(
                            $"P{classId}-{t}",
                            data.Communes[(classId * 31 + t) % data.Communes.Count]
                        ))
                        .ToList();
                    await run.PublishAsync(
                        new TrainingCompleted(
                            classId,
                            province,
                            "collaborators",
                            NationalYear.Year,
                            new DateOnly(NationalYear.Year, 3, 1).AddDays(k * 7),
                            trainees
                        )
                    );
                }
            }

            return $"{data.Communes.Count:N0} values, {classId} classes";
        });

        await run.InScopeAsync(async s =>
        {
            await s.GetRequiredService<MonitoringDbContext>().Database.ExecuteSqlRawAsync("ANALYZE;");
            return 0;
        });

        Console.WriteLine();
        Console.WriteLine(
            "Progress of every obligation of every unit for the year (ProgressCalculator: grouped SQL + in-memory "
                + "roll-up and join):"
        );
        GC.Collect();
        var timings = new List<double>();
        IReadOnlyList<ProgressRow> rows = [];
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = await run.InScopeAsync(s =>
                s.GetRequiredService<ProgressCalculator>().ComputeAsync(NationalYear.Year, asOf, CancellationToken.None)
            );
            watch.Stop();
            if (i == 0)
            {
                Console.WriteLine(
                    $"  cold (first run, JIT and caches): {watch.Elapsed.TotalMilliseconds, 8:N0} ms for "
                        + $"{rows.Count:N0} obligations"
                );
            }
            else
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine(
            $"  warm: median {timings[timings.Count / 2]:N0} ms, min {timings[0]:N0} ms, max {timings[^1]:N0} ms over "
                + $"{runs} runs"
        );
        Console.WriteLine(
            "  statuses: "
                + string.Join(
                    ", ",
                    rows.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")
                )
        );
        foreach (var indicator in rows.GroupBy(r => r.IndicatorCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(
                $"    {indicator.Key, -22} "
                    + string.Join(
                        ", ",
                        indicator.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")
                    )
            );
        }

        Console.WriteLine();
        Console.WriteLine("Where the time goes (each part alone, best of 3 warm):");
        await Measure("GetUnitTreeQuery (Plans, asked twice per computation)", async () =>
            await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MediatR.IMediator>()
                        .Send(new GetUnitTreeQuery(new DateOnly(NationalYear.Year, 12, 31)))
                ).Count
            )
        );
        await Measure("activities grouped by unit and kind (SQL)", async () => await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MonitoringDbContext>()
                        .Activities.AsNoTracking()
                        .Where(a => a.Year == NationalYear.Year && a.Date <= asOf)
                        .GroupBy(a => new { a.UnitCode, a.Kind })
                        .Select(g => new
                        {
                            g.Key.UnitCode,
                            g.Key.Kind,
                            Count = g.Sum(a => a.Count),
                        })
                        .ToListAsync()
                ).Count
            ));
        await Measure("ActualsCalculator (all queries + roll-up)", async () =>
            await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<Platform.Monitoring.Actuals.ActualsCalculator>()
                        .ComputeAsync(NationalYear.Year, asOf, CancellationToken.None)
                )
                    .All
                    .Count
            )
        );
        await Measure("obligations of the year (SQL)", async () =>
            await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MonitoringDbContext>()
                        .Obligations.AsNoTracking()
                        .Where(o => o.Year == NationalYear.Year)
                        .ToListAsync()
                ).Count
            )
        );

        Console.WriteLine();
        Console.WriteLine("Read models (the rows the OData sets will serve):");
        await Measure("Progress read model (compute + flat rows)", async () =>
        {
            return await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MonitoringReadModel>()
                        .ProgressAsync(NationalYear.Year, asOf, CancellationToken.None)
                )
                    .ToList()
                    .Count
            );
        });
        await Measure("IndicatorActuals read model (compute + flat rows)", async () =>
        {
            return await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MonitoringReadModel>()
                        .IndicatorActualsAsync(NationalYear.Year, asOf, CancellationToken.None)
                )
                    .ToList()
                    .Count
            );
        });
        await Measure("ActivityReports read model (every activity read into the feed's rows)", async () =>
        {
            return await run.InScopeAsync(async s =>
                (
                    await s.GetRequiredService<MonitoringReadModel>().AllActivityReportsAsync(CancellationToken.None)
                ).Count
            );
        });
        await Measure("GET /api/monitoring/progress?year=2026 (HTTP, JSON)", async () =>
        {
            var response = await client.GetAsync(
                $"/api/monitoring/progress?year={NationalYear.Year}&asOf={asOf:yyyy-MM-dd}"
            );
            response.EnsureSuccessStatusCode();
            var list = await response.Content.ReadFromJsonAsync<List<System.Text.Json.JsonElement>>();
            return list!.Count;
        });

        Console.WriteLine();
        Console.WriteLine(
            $"OData Progress feed, ?asOf={asOf:yyyy-MM-dd}: every year with obligations, walked through "
                + $"@odata.nextLink (in-memory test server):"
        );
        var feedUrl = $"/odata/Progress?asOf={asOf:yyyy-MM-dd}";
        var expectedRows = long.Parse(
            await client.GetStringAsync($"/odata/Progress/$count?asOf={asOf:yyyy-MM-dd}"),
            CultureInfo.InvariantCulture
        );
        // A write makes the next walk compute again (the cache holds while the database's data_version does).
        await run.InScopeAsync(s =>
            s.GetRequiredService<MonitoringDbContext>()
                .Database.ExecuteSqlRawAsync("UPDATE monitoring_reported_values SET Source = Source WHERE Id = 1;")
        );
        var (coldRows, coldSeconds, coldPages) = await WalkAsync(feedUrl);
        Console.WriteLine(
            $"  first walk after a write (computes every year, then pages): {coldRows:N0} rows, {coldPages} pages in "
                + $"{coldSeconds * 1000:N0} ms = {coldRows / coldSeconds:N0} rows/s"
        );
        var walks = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (warmRows, warmSeconds, _) = await WalkAsync(feedUrl);
            if (warmRows != expectedRows)
            {
                throw new InvalidOperationException($"The feed walked {warmRows} rows, /$count says {expectedRows}.");
            }

            walks.Add(warmRows / warmSeconds);
        }

        walks.Sort();
        Console.WriteLine(
            $"  later walks (nothing written meanwhile): median {walks[walks.Count / 2]:N0} rows/s, min {walks[0]:N0}, "
                + $"max {walks[^1]:N0} over {runs} walks of {expectedRows:N0} rows"
        );

        if (Array.IndexOf(args, "--keep") is var keep and >= 0 && keep + 1 < args.Length)
        {
            // For looking at query plans afterwards: sqlite3 <file> "EXPLAIN QUERY PLAN ..."
            await run.InScopeAsync(s =>
                s.GetRequiredService<MonitoringDbContext>()
                    .Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);")
            );
            File.Copy(run.DatabasePath, args[keep + 1], overwrite: true);
            Console.WriteLine($"Database kept as {args[keep + 1]}");
        }

        return 0;

        async Task Step(string name, Func<Task<string>> work)
        {
            var watch = Stopwatch.StartNew();
            var what = await work();
            Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:N0} ms ({what})");
        }

        async Task<(long Rows, double Seconds, int Pages)> WalkAsync(string url)
        {
            var watch = Stopwatch.StartNew();
            long count = 0;
            var pages = 0;
            var next = url;
            while (next is not null)
            {
                using var response = await client.GetAsync(next);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync();
                using var page = await System.Text.Json.JsonDocument.ParseAsync(body);
                count += page.RootElement.GetProperty("value").GetArrayLength();
                next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
                pages++;
            }

            return (count, watch.Elapsed.TotalSeconds, pages);
        }

        async Task Measure(string name, Func<Task<int>> work)
        {
            await work();
            var best = double.MaxValue;
            var count = 0;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                count = await work();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(
                $"  {name}: {count:N0} rows in {best:N0} ms (best of 3 warm) = {count / (best / 1000):N0} rows/s"
            );
        }

        int Option(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length
                ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
                : fallback;
        }
    }
}
