using Platform.Plans.PlanBook;
using Platform.Plans.PlanBook.Documents;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.ImportUnits;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Platform.Benchmarks -- documents [--runs N]</c>: Đồng Nai's plan document
/// (95-commune annex) N times, then every plan document of the national cascade of VN-2026-2030 into one zip.
/// </summary>
internal static class DocumentsRun
{
    public static async Task<int> RunAsync(int runs)
    {
        var data = NationalData.Load(Platform.TestKit.SharedData.UnitsCsvPath, null);
        using var platform = new PlatformRun();
        await platform.SendAsync(new ImportUnitsCommand(data.UnitsCsv));
        await platform.SendAsync(new ImportStatisticsCommand(data.StatisticsCsv));
        var cascade = await platform.GenerateNationalCascadeAsync();
        Console.WriteLine(
            $"National cascade: {cascade.PlansCreated:N0} plans, {cascade.ObligationsAdded:N0} obligations; load "
                + $"average {Measure.Load()}"
        );

        var (cold, coldSample) = await Measure.RunAsync(() =>
            platform.SendAsync(new GetPlanDocumentQuery("75-2026-2030"))
        );
        var samples = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            samples.Add(
                (
                    await Measure.RunAsync(
                        () => platform.SendAsync(new GetPlanDocumentQuery("75-2026-2030")),
                        decommit: false
                    )
                ).Sample
            );
        }

        Console.WriteLine(
            $"| Đồng Nai's plan document (95-commune annexes, {cold.Content.Length:N0} bytes) | cold "
                + $"{coldSample.Seconds * 1000:0} ms | median of {runs}: "
                + $"{Measure.Median(samples.Select(s => s.Seconds)) * 1000:0.0} ms, best "
                + $"{samples.Min(s => s.Seconds) * 1000:0.0} ms | allocated "
                + $"{Measure.Mb(Measure.Median(samples.Select(s => (double)s.Allocated)))} |"
        );

        var zip = Path.Combine(platform.Folder, "documents.zip");
        var (count, all) = await Measure.RunAsync(async () =>
        {
            await using var output = new FileStream(zip, FileMode.CreateNew, FileAccess.Write);
            return await platform.SendAsync(new WritePlanDocumentsCommand(NationalPlans.To2030, output));
        });
        Console.WriteLine(
            $"| Every plan document of the national cascade into one zip ({count:N0} documents, "
                + $"{Measure.Mb(new FileInfo(zip).Length)}) | {all.Seconds:0.0} s | "
                + $"{count / all.Seconds:0} documents/s | working set before {Measure.Mb(all.WorkingSetBefore)}, peak "
                + $"{Measure.Mb(all.PeakWorkingSet)} | allocated {Measure.Mb(all.Allocated)} |"
        );
        return 0;
    }
}
