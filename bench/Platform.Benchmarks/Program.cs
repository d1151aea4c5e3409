using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.ImportUnits;

namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Platform.Benchmarks -- cascade [--quick] [--runs N]</c>: the national
/// cascade of VN-2026-2030 persisted through the platform, then the same obligations in memory through the rules and by
/// a direct loop.
/// </summary>
internal static class BenchProgram
{
    // Issue 16's goals.
    private const double GoalSeconds = 2.0;
    private const double GoalPeakBytes = 450.0 * 1024 * 1024;
    private const double GoalRatio = 2.0;
    private const double GoalOverFloor = 2.5;

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (
            args.FirstOrDefault()
            is not (
                "cascade" or "documents" or "web" or "first-start" or "on-units" or "cascade-2021"
                or "cascade-providers"
            )
        )
        {
            Console.Error.WriteLine(
                "Usage: Platform.Benchmarks cascade [--quick] [--runs N] | documents [--runs N] | web [--loads N] "
                    + "[--pages /a,/b] | first-start [--runs N] [--postgres CONNECTION] | on-units [--runs N] "
                    + "| cascade-2021 [--runs N] "
                    + "| cascade-providers --postgres CONNECTION [--runs N]"
            );
            return 2;
        }

        if (args[0] == "first-start")
        {
            return await FirstStartRun.RunAsync(
                Array.IndexOf(args, "--runs") is var r and >= 0 && r + 1 < args.Length
                    ? int.Parse(args[r + 1], CultureInfo.InvariantCulture)
                    : 5,
                Array.IndexOf(args, "--postgres") is var fp and >= 0 && fp + 1 < args.Length ? args[fp + 1] : null
            );
        }

        if (args[0] == "cascade-providers")
        {
            var postgres = Array.IndexOf(args, "--postgres") is var p and >= 0 && p + 1 < args.Length
                ? args[p + 1]
                : Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
            if (string.IsNullOrEmpty(postgres))
            {
                Console.Error.WriteLine("cascade-providers needs --postgres \"Host=…;Username=…;Password=…\" (an "
                    + "administrator of a PostgreSQL server: the benchmark creates and drops its own database).");
                return 2;
            }

            return await ProvidersRun.RunAsync(
                postgres,
                Array.IndexOf(args, "--runs") is var pr and >= 0 && pr + 1 < args.Length
                    ? int.Parse(args[pr + 1], CultureInfo.InvariantCulture)
                    : 3
            );
        }

        if (args[0] == "cascade-2021")
        {
            return await OldStructureCascadeRun.RunAsync(
                Array.IndexOf(args, "--runs") is var c and >= 0 && c + 1 < args.Length
                    ? int.Parse(args[c + 1], CultureInfo.InvariantCulture)
                    : 3
            );
        }

        if (args[0] == "on-units")
        {
            return await OnUnitsRun.RunAsync(
                Array.IndexOf(args, "--runs") is var u and >= 0 && u + 1 < args.Length
                    ? int.Parse(args[u + 1], CultureInfo.InvariantCulture)
                    : 30
            );
        }

        if (args[0] == "web")
        {
            var loads =
                Array.IndexOf(args, "--loads") is var l and >= 0 && l + 1 < args.Length
                    ? int.Parse(args[l + 1], CultureInfo.InvariantCulture)
                    : 200;
            var pages =
                Array.IndexOf(args, "--pages") is var g and >= 0 && g + 1 < args.Length
                    ? args[g + 1].Split(',')
                    : WebPagesRun.MainPages;
            return await WebPagesRun.RunAsync(loads, pages);
        }

        var quick = args.Contains("--quick");
        if (args[0] == "documents")
        {
            return await DocumentsRun.RunAsync(
                Array.IndexOf(args, "--runs") is var n and >= 0 && n + 1 < args.Length
                    ? int.Parse(args[n + 1], CultureInfo.InvariantCulture)
                    : 20
            );
        }

        var runs =
            Array.IndexOf(args, "--runs") is var at and >= 0 && at + 1 < args.Length
                ? int.Parse(args[at + 1], CultureInfo.InvariantCulture)
            : quick ? 2
            : 5;
        Console.WriteLine(
            $"# Cascade benchmark{(quick ? " (--quick: communes of 2 provinces)" : string.Empty)}, {runs} measured "
                + $"run(s) after a warm-up"
        );
        Console.WriteLine(
            $"{Environment.ProcessorCount} cores, {Measure.Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory, "
                + $"{RuntimeInformation.FrameworkDescription}, "
                + $"{RuntimeInformation.OSDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, "
                + $"per-run peak RSS: {(Measure.PeakIsPerRun ? "yes" : "no (process lifetime)")}, load average "
                + $"{Measure.Load()}"
        );

        var data = NationalData.Load(Platform.TestKit.SharedData.UnitsCsvPath, quick ? 2 : null);
        Console.WriteLine(
            $"Units: 1 nation, {data.Provinces.Count} provinces, {data.CommuneCount} communes; statistics: "
                + $"{data.StatisticRows:N0} figures"
        );
        var rows = new List<string>();
        void Row(string part, IReadOnlyList<Sample> samples, int obligations = 0, string note = "")
        {
            var median = Measure.Median(samples.Select(s => s.Seconds));
            var perSecond = obligations > 0 ? $"{obligations / median:N0}" : "";
            rows.Add(
                $"| {part} | {samples.Count} | {median:0.000} s | {samples.Min(s => s.Seconds):0.000} s | {perSecond} "
                    + $"| "
                    + $"{Measure.Mb(Measure.Median(samples.Select(s => (double)s.Allocated)))} | "
                    + $"{Measure.Median(samples.Select(s => s.GcPauseSeconds)):0.000} s / "
                    + $"{Measure.Median(samples.Select(s => (double)s.Collections)):0} | "
                    + $"{Measure.Mb(samples.Max(s => s.PeakWorkingSet))} | "
                    + $"{Measure.Mb(samples.Min(s => s.WorkingSetBefore))} | {note} |"
            );
        }

        using var platform = new PlatformRun();
        var (_, startup) = Measure.Run(() => platform.Services);
        Row("Start-up: migrations, seed of nation, 34 provinces, 2 national plans", [startup]);
        var (unitsReport, unitsImport) = await Measure.RunAsync(() =>
            platform.SendAsync(new ImportUnitsCommand(data.UnitsCsv))
        );
        Row("Import units (ImportUnitsCommand)", [unitsImport], note: unitsReport.Message);
        var (statisticsReport, statisticsImport) = await Measure.RunAsync(() =>
            platform.SendAsync(new ImportStatisticsCommand(data.StatisticsCsv))
        );
        Row("Import statistics (ImportStatisticsCommand)", [statisticsImport], note: statisticsReport.Message);

        // The generation: a cold first run (JIT, first queries), then runs on the same database reset to its state
        // before generating.
        var (first, cold) = await Measure.RunAsync(platform.GenerateNationalCascadeAsync);
        Row(
            "Generation, cold (first in the process)",
            [cold],
            first.ObligationsAdded,
            $"{first.PlansCreated:N0} plans, {first.ObligationsAdded:N0} obligations added"
        );
        var generations = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            await platform.ResetAsync();
            var (result, sample) = await Measure.RunAsync(platform.GenerateNationalCascadeAsync);
            Require(
                result.ObligationsAdded == first.ObligationsAdded && result.PlansCreated == first.PlansCreated,
                $"run {run + 1} added {result.ObligationsAdded} obligations, the first {first.ObligationsAdded}"
            );
            generations.Add(sample);
        }

        Row(
            "**Generation, whole national cascade persisted**",
            generations,
            first.ObligationsAdded,
            "fresh: no subordinate plans before"
        );
        var regenerations = new List<Sample>();
        var unchanged = first;
        for (var run = 0; run < runs; run++)
        {
            (unchanged, var sample) = await Measure.RunAsync(platform.GenerateNationalCascadeAsync);
            Require(!unchanged.Changed, $"regeneration changed something: {unchanged.Message}");
            regenerations.Add(sample);
        }

        Row(
            "Regeneration, nothing changed",
            regenerations,
            unchanged.ObligationsUnchanged,
            unchanged.Message.Split(':')[0]
        );
        var persisted = await platform.ReadObligationsAsync(data);
        // The floor of the persisted figure: the direct loop, and the same rows by one prepared statement.
        var national = InMemoryCascade.NationalTargets();
        using var floor = new PersistedFloor(platform.DatabasePath);
        var floors = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            var path = floor.Prepare();
            floors.Add(Measure.Run(() => floor.Run(path, () => InMemoryCascade.Direct(data, national))).Sample);
        }

        Row(
            "(c) Floor persisted: direct loop + the same rows by one prepared statement, one transaction, empty tables",
            floors,
            first.ObligationsAdded,
            $"{floor.Rows:N0} rows of plans_plans and plans_obligations"
        );

        // The same obligations in memory: (a) through CascadeCalculator and the compiled rules, (b) by a direct loop.
        var calculator = platform.Calculator;
        var viaRules = ObligationTable.From(
            InMemoryCascade.ViaCalculator(calculator, national: national, data: data),
            data.ById.Length
        );
        var direct = InMemoryCascade.Direct(data, national);
        string Code(int id) => data.ById[id].Code;
        viaRules.AssertSame(direct, "rules engine (a) vs direct loop (b)", Code);
        persisted.AssertSame(direct, "persisted by the generation vs direct loop (b)", Code);
        Require(
            direct.Count == first.ObligationsAdded,
            $"the direct loop has {direct.Count} obligations, the generation added {first.ObligationsAdded}"
        );
        // Milliseconds each: warm up until tiered JIT has settled, and take more runs.
        List<Sample> rules = [], loop = [];
        for (var run = 0; run < 5; run++)
        {
            InMemoryCascade.ViaCalculator(calculator, data, national);
            InMemoryCascade.Direct(data, national);
        }

        for (var run = 0; run < runs * 4; run++)
        {
            rules.Add(
                Measure.Run(() => InMemoryCascade.ViaCalculator(calculator, data, national), decommit: false).Sample
            );
            loop.Add(Measure.Run(() => InMemoryCascade.Direct(data, national), decommit: false).Sample);
        }

        Row("(a) Rule evaluation in memory: CascadeCalculator + NRules rule set", rules, direct.Count, "no database");
        var phases = Enumerable.Range(0, 5).Select(_ => InMemoryCascade.Phases(calculator, data, national))
            .OrderBy(p => p.Create + p.Insert + p.Fire + p.Read).ElementAt(2);
        Row(
            "(b) Direct C# loop, no rules engine, no database (floor)",
            loop,
            direct.Count,
            "same floors/stretches as (a) and the database: checked"
        );

        Console.WriteLine();
        Console.WriteLine(
            "| Part | Runs | Median | Min | Obligations/s (median) | Allocated (median) | GC pause / GCs (median) | "
                + "Peak working set (max) | Working set before (min) | Note |"
        );
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.ForEach(Console.WriteLine);

        static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0.0} ms";
        Console.WriteLine();
        Console.WriteLine(
            $"Where (a) spends its time (the walk with the median total of 5, summed over its {phases.Sessions} "
                + $"sessions, {phases.Facts:N0} facts in working memory at their ends): create the sessions "
                + $"{Ms(phases.Create)}, insert the facts {Ms(phases.Insert)} (the joins and aggregates run as facts "
                + $"go in), fire {Ms(phases.Fire)}, read the drafts {Ms(phases.Read)}. With the session's events on, "
                + $"the {phases.Firings} actions took {Ms(phases.Actions)} (the obligations computed and inserted, and "
                + "those going through the network); by rule: "
                + string.Join(", ", phases.ActionsByRule.OrderByDescending(r => r.Value)
                    .Select(r => $"{r.Key.Split('/')[1]} {Ms(r.Value)}")) + "."
        );
        var seconds = Measure.Median(generations.Select(s => s.Seconds));
        var overFloor = seconds / Measure.Median(floors.Select(s => s.Seconds));
        var peak = generations.Max(s => s.PeakWorkingSet);
        var ratio = Measure.Median(rules.Select(s => s.Seconds)) / Measure.Median(loop.Select(s => s.Seconds));
        var ratioMin = rules.Min(s => s.Seconds) / loop.Min(s => s.Seconds);
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {Measure.Load()}.");
        Console.WriteLine(
            $"Obligations: {first.ObligationsAdded:N0} in {first.PlansCreated:N0} plans. Imports (not in the cascade "
                + $"figure): units {unitsImport.Seconds:0.00} s, statistics {statisticsImport.Seconds:0.00} s."
        );
        if (quick)
        {
            Console.WriteLine("Smoke run (--quick): the goals are judged on the full national cascade only.");
            return 0;
        }

        Console.WriteLine(
            $"Goal: national cascade persisted < {GoalSeconds} s: {Verdict(seconds <= GoalSeconds)} (median "
                + $"{seconds:0.000} s, {seconds / GoalSeconds:0.00}× the goal)"
        );
        Console.WriteLine(
            $"Goal: persisted within {GoalOverFloor}× of the floor (c): {Verdict(overFloor <= GoalOverFloor)} "
                + $"({overFloor:0.00}× by median)"
        );
        var regenerationPeak = regenerations.Max(s => s.PeakWorkingSet);
        Console.WriteLine(
            $"Goal: regeneration peak < {Measure.Mb(GoalPeakBytes)}: {Verdict(regenerationPeak <= GoalPeakBytes)} "
                + $"({Measure.Mb(regenerationPeak)})"
        );
        Console.WriteLine(
            $"Goal: peak memory < {Measure.Mb(GoalPeakBytes)}: {Verdict(peak <= GoalPeakBytes)} (peak working set "
                + $"{Measure.Mb(peak)} during the generation)"
        );
        Console.WriteLine(
            $"Goal: rule evaluation within {GoalRatio}× of the direct loop: {Verdict(ratio <= GoalRatio)} ((a)/(b) = "
                + $"{ratio:0.0}× by median, {ratioMin:0.0}× by min)"
        );
        return 0;
    }

    private static string Verdict(bool met) => met ? "MET" : "MISSED";

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
