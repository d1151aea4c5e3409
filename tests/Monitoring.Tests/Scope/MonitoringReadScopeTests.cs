using System.Globalization;
using System.Net;
using System.Text.Json;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Progress;
using Platform.Monitoring.YearlyReports;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Scope;

/// <summary>What each scope reads of monitoring, through the REST endpoints and the OData sets.</summary>
public sealed class MonitoringReadScopeTests(TwoProvincesMonitoringFixture platform)
    : IClassFixture<TwoProvincesMonitoringFixture>
{
    [Theory]
    [InlineData("nation", 23)]
    [InlineData("province", 15)]
    [InlineData("commune", 10)]
    public async Task Activity_lists_count_only_the_activities_in_scope(string scope, int expected)
    {
        var page = await platform.For(scope).GetAsync<ActivityPage>("/api/monitoring/activities?year=2022&top=1000");

        page.Total.Should().Be(expected);
        page.Items.Should().HaveCount(expected);
    }

    [Theory]
    [InlineData("ActivityReports", "nation", 23)]
    [InlineData("ActivityReports", "province", 15)]
    [InlineData("ActivityReports", "commune", 10)]
    // The computed sets cover 2021–2025 (the years with obligations or activities), as of today; every unit with a plan
    // has a UNITS_WITH_PLAN actual each year (a commune's 1, the roll-ups above it).
    [InlineData("IndicatorActuals", "nation", 562)]
    [InlineData("IndicatorActuals", "province", 485)]
    [InlineData("IndicatorActuals", "commune", 6)]
    // The fixture's provinces were in force until 30/06/2025 and went into no unit of today: on today's units only the
    // nation's rows of each year remain (a province reader has none).
    [InlineData("IndicatorActualsOnUnits", "nation", 8)]
    [InlineData("IndicatorActualsOnUnits", "province", 0)]
    [InlineData("IndicatorActualsOnUnits", "commune", 0)]
    [InlineData("Progress", "nation", 4390)]
    [InlineData("Progress", "province", 3855)]
    [InlineData("Progress", "commune", 40)]
    [InlineData("ReportingDeadlines", "nation", 545)]
    [InlineData("ReportingDeadlines", "province", 480)]
    [InlineData("ReportingDeadlines", "commune", 5)]
    public async Task Each_scope_counts_its_own_rows_inline_and_by_path(string set, string scope, int expected)
    {
        var client = platform.For(scope);

        var path = await client.GetStringAsync($"/odata/{set}/$count");
        var inline = await client.GetAsync<JsonElement>($"/odata/{set}?$count=true&$top=0");

        path.Should().Be(expected.ToString(CultureInfo.InvariantCulture));
        inline.GetProperty("@odata.count").GetInt64().Should().Be(expected);
    }

    [Theory]
    [InlineData("nation", "T1:15,T2:8")]
    [InlineData("province", "T1:15")]
    [InlineData("commune", "T1:10")]
    public async Task Apply_groupby_province_sums_only_the_activities_in_scope(string scope, string expected)
    {
        var rows = await Values(
            platform.For(scope),
            "ActivityReports?$apply=groupby((ProvinceCode),aggregate(Count with sum as Total))&$orderby=ProvinceCode"
        );

        string.Join(
                ',',
                rows.Select(r => $"{r.GetProperty("ProvinceCode").GetString()}:{r.GetProperty("Total").GetInt64()}")
            )
            .Should()
            .Be(expected);
    }

    [Theory]
    [InlineData("ActivityReports?$filter=ProvinceCode eq 'T2'")]
    [InlineData("ActivityReports?$filter=UnitCode eq 'T2001'")]
    [InlineData("IndicatorActuals?$filter=UnitCode eq 'T2' or UnitCode eq 'VN'")]
    [InlineData("Progress?$filter=PlanCode eq 'T2-2021-2025'")]
    [InlineData("ReportingDeadlines?$filter=PlanCode eq 'T2-2021-2025' or PlanCode eq 'VN-2021-2025'")]
    public async Task A_filter_aimed_at_another_province_finds_nothing(string query)
    {
        (await Values(platform.Province, query)).Should().BeEmpty();
        (await Values(platform.Nation, query))
            .Should()
            .NotBeEmpty("the nation sees these rows, so the filter itself is not what hides them");
    }

    [Fact]
    public async Task An_activity_of_another_province_is_not_found_by_its_key()
    {
        var id = (await Values(platform.Nation, "ActivityReports?$filter=UnitCode eq 'T2001'&$top=1&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();

        (await platform.Nation.GetAsync($"/odata/ActivityReports({id})")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await platform.Province.GetAsync($"/odata/ActivityReports({id})"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Actuals_and_progress_hold_only_the_units_in_scope()
    {
        var actuals = await platform.Province.GetAsync<List<ActualView>>("/api/monitoring/actuals?year=2022");
        var national = await platform.Nation.GetAsync<List<ActualView>>("/api/monitoring/actuals?year=2022");
        var progress = await platform.Province.GetAsync<List<ProgressRow>>(
            "/api/monitoring/progress?year=2022&asOf=2022-12-31"
        );
        var commune = await platform.Commune.GetAsync<List<ProgressRow>>(
            "/api/monitoring/progress?year=2022&asOf=2022-12-31"
        );

        actuals
            .Where(a => a.IndicatorCode != "UNITS_WITH_PLAN")
            .Select(a => $"{a.UnitCode} {a.IndicatorCode} {a.Value}")
            .Should()
            .BeEquivalentTo(
                "T1 AWARE_LF 480000",
                "T1 ENTERPRISE_CONF 1",
                "T1 RADIO_VOL 14",
                "T1001 RADIO_VOL 10",
                "T1002 RADIO_VOL 4"
            );
        actuals
            .Where(a => a.IndicatorCode == "UNITS_WITH_PLAN")
            .Should()
            .HaveCount(96)
            .And.OnlyContain(a => a.Value == (a.UnitCode == "T1" ? 95 : 1));
        national
            .Where(a => a.IndicatorCode != "UNITS_WITH_PLAN")
            .Select(a => a.UnitCode)
            .Distinct()
            .Should()
            .BeEquivalentTo(["VN", "T1", "T1001", "T1002", "T2", "T2001"]);
        progress.Should().HaveCount(771).And.OnlyContain(p => p.ProvinceCode == "T1");
        commune.Should().HaveCount(8).And.OnlyContain(p => p.UnitCode == "T1001");
        (await platform.Province.GetAsync<List<ActualView>>("/api/monitoring/actuals?year=2022&unitCode=T2"))
            .Should()
            .BeEmpty();
    }

    [Fact]
    public async Task Deadlines_list_only_the_plans_in_scope()
    {
        var province = await platform.Province.GetAsync<List<DeadlineRow>>("/api/monitoring/deadlines?year=2022");
        var commune = await platform.Commune.GetAsync<List<DeadlineRow>>("/api/monitoring/deadlines?year=2022");

        province.Should().HaveCount(96).And.OnlyContain(d => d.ProvinceCode == "T1");
        commune.Select(d => d.PlanCode).Should().Equal("T1001-2021-2025");
        (await platform.Province.GetAsync("/api/monitoring/deadlines?year=2022&planCode=T2-2021-2025"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_yearly_report_of_a_plan_outside_the_scope_is_not_found()
    {
        foreach (
            var url in new[]
            {
                "/api/monitoring/plans/T2-2021-2025/reports/2022",
                "/api/monitoring/plans/T2-2021-2025/reports/2022/xlsx",
                "/api/monitoring/plans/VN-2021-2025/reports/2022",
            }
        )
        {
            (await platform.Province.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }

        (await platform.Province.GetAsync<YearlyReport>("/api/monitoring/plans/T1-2021-2025/reports/2022"))
            .UnitCode.Should()
            .Be("T1");
        (await platform.Commune.GetAsync("/api/monitoring/plans/T1-2021-2025/reports/2022"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    private static async Task<List<JsonElement>> Values(HttpClient client, string query) =>
        [.. (await client.GetAsync<JsonElement>("/odata/" + query)).GetProperty("value").EnumerateArray()];
}
