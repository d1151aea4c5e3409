using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>
/// The platform as shipped (no reporting schedule configured), with the synthetic province's plan to 2025 and Đồng
/// Nai's plan 2026–2030 generated down to its 95 communes.
/// </summary>
public sealed class ShippedScheduleFixture : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new() { ReportingDatesFor2021To2025 = false };

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SyntheticProvince.ImportAndCascadeAsync(Client);
        var generated = await Client.PostAsJsonAsync(
            "/api/plans/VN-2026-2030/subordinates",
            new { unitCode = "75", cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Deadlines as the seeds state them: 001 has Đồng Nai's departments and communes report to the provincial People's
/// Committee (through the Department of Home Affairs) before 15/12; no seed states when a province reports to the
/// ministry (15/12 unless the province sets its own) nor when the nation reports, and 000 states no yearly date for
/// 2021–2025, so no deadline is made from those.
/// </summary>
public sealed class SeededScheduleTests(ShippedScheduleFixture fixture) : IClassFixture<ShippedScheduleFixture>
{
    private const string DongNai = "75-2026-2030";

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Dong_Nai_and_its_95_communes_report_by_15_December_the_communes_to_the_provincial_committee_through_Home_Affairs()
    {
        var deadlines = await MonitoringApi.DeadlinesAsync(Client, 2026, "asOf=2026-12-01");

        deadlines
            .Should()
            .HaveCount(96)
            .And.OnlyContain(d => d.Due == new DateOnly(2026, 12, 15) && d.Status == DeadlineStatus.Pending);
        deadlines
            .Where(d => d.Level == UnitLevel.Commune)
            .Should()
            .HaveCount(95)
            .And.OnlyContain(d => d.Recipient == "Ủy ban nhân dân tỉnh Đồng Nai (thông qua Sở Nội vụ)");
        deadlines
            .Single(d => d.Level == UnitLevel.Province)
            .Should()
            .Match<DeadlineRow>(d => d.PlanCode == DongNai && d.Recipient == "Bộ Nội vụ");
    }

    [Fact]
    public async Task No_deadline_is_made_for_the_plan_to_2025_nor_for_the_nation_as_no_seed_states_a_date()
    {
        var plan = await Client.GetAsync<PlanView>($"/api/plans/{SyntheticProvince.Plan}");
        var national = await Client.GetAsync<PlanView>("/api/plans/VN-2026-2030");
        var report = await Client.GetAsync($"/api/monitoring/plans/{SyntheticProvince.Plan}/reports/2022");

        plan.ReportingDeadlines.Should().BeEmpty();
        national.ReportingDeadlines.Should().BeEmpty();
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            (await MonitoringApi.DeadlinesAsync(Client, year)).Should().BeEmpty();
        }

        report.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Units_with_plan_counts_the_95_communes_of_Dong_Nai_that_have_a_plan()
    {
        var province = await MonitoringApi.ProgressAsync(
            Client,
            2026,
            "75",
            "UNITS_WITH_PLAN",
            new DateOnly(2026, 6, 30)
        );
        var commune = (await MonitoringApi.ProgressAsync(Client, 2026, "indicator=UNITS_WITH_PLAN&asOf=2026-06-30"))
            .Where(r => r.ProvinceCode == "75" && r.Level == UnitLevel.Commune).ToList();

        province.Floor.Should().Be(95);
        province.Actual.Should().Be(95);
        province.Status.Should().Be(ProgressStatus.Achieved);
        commune
            .Should()
            .HaveCount(95)
            .And.OnlyContain(r => r.Floor == 1 && r.Actual == 1 && r.Status == ProgressStatus.Achieved);
    }

    [Fact]
    public async Task Units_with_plan_counts_the_communes_of_the_synthetic_province_in_each_year_of_the_plan_to_2025()
    {
        var t1 = await MonitoringApi.ProgressAsync(
            Client,
            2023,
            SyntheticProvince.Code,
            "UNITS_WITH_PLAN",
            new DateOnly(2023, 12, 31)
        );

        t1.Floor.Should().Be(95);
        t1.Actual.Should().Be(95);
        t1.Status.Should().Be(ProgressStatus.Achieved);
    }
}
