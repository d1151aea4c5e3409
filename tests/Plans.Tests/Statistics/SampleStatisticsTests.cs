using System.Net.Http.Json;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Statistics;

/// <summary>The example figures load only when asked, and the missing-data list says per unit what a cascade
/// lacked.</summary>
public sealed class SampleStatisticsTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string Example = "ví dụ — example figures";

    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task The_missing_data_list_names_each_units_missing_metrics_until_the_sample_is_loaded()
    {
        var before = await client.GetAsync<List<UnitStatisticView>>("/api/units/75/statistics");
        (
            await client.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75" })
        ).EnsureSuccessStatusCode();
        var missing = await client.GetAsync<List<UnitMissingData>>("/api/plans/VN-2026-2030/missing-data");

        var loaded = await (await client.PostAsync("/api/statistics/sample", null)).ReadAsync<ImportReport>();
        var again = await (await client.PostAsync("/api/statistics/sample", null)).ReadAsync<ImportReport>();
        var figures = await client.GetAsync<List<UnitStatisticView>>("/api/units/75/statistics?year=2025");
        (
            await client.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75" })
        ).EnsureSuccessStatusCode();
        var after = await client.GetAsync<List<UnitMissingData>>("/api/plans/VN-2026-2030/missing-data");

        before.Should().BeEmpty("no figure of the new Đồng Nai ships: the sample is loaded only when asked");
        missing.Select(m => m.UnitCode).Should().Equal("75");
        missing[0]
            .Metrics.Should()
            .Equal("cadres", "collaborators", "communication_staff", "steering_committee_members");
        loaded.Should().Be(new ImportReport(Rows: 16775, Added: 16775, Updated: 0, Unchanged: 0));
        again.Should().Be(new ImportReport(Rows: 16775, Added: 0, Updated: 0, Unchanged: 16775));
        figures.Should().HaveCount(5).And.OnlyContain(f => f.Source == Example);
        after.Should().BeEmpty("VN-2026-2030 needs none of the metrics with a public source");
    }
}
