using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Progress;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>
/// Yearly reports: due 15/12 for the province and for its communes, which report to the provincial People's Committee
/// (seed 001's date; the suite's factory configures it for the plan to 2025, whose seed states none); submissions
/// freeze the figures; late and missing reports are listed.
/// </summary>
public sealed class ReportingDeadlineTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task The_province_report_and_its_communes_reports_are_due_on_15_December()
    {
        var deadlines = await MonitoringApi.DeadlinesAsync(Client, 2022, $"asOf=2022-12-16&planCode={Plan}");

        deadlines.Should().HaveCount(96);
        deadlines.Single(d => d.PlanCode == Plan).Due.Should().Be(new DateOnly(2022, 12, 15));
        deadlines.Single(d => d.PlanCode == Plan).Status.Should().Be(DeadlineStatus.Overdue);
        deadlines.Single(d => d.PlanCode == Plan).Recipient.Should().Be("Bộ Lao động - Thương binh và Xã hội");
        deadlines
            .Where(d => d.Level == UnitLevel.Commune)
            .Should()
            .HaveCount(95)
            .And.OnlyContain(d =>
                d.Due == new DateOnly(2022, 12, 15)
                && d.Status == DeadlineStatus.Overdue
                && d.DaysLate == 1
                && d.Recipient == "Ủy ban nhân dân tỉnh Thử Nghiệm (thông qua Sở Nội vụ)"
            );
    }

    [Fact]
    public async Task The_deadlines_of_one_unit_are_those_of_its_own_plans_only()
    {
        var commune = await MonitoringApi.DeadlinesAsync(Client, 2022, $"asOf=2022-12-01&unitCode={CommuneCode(5)}");
        var province = await MonitoringApi.DeadlinesAsync(Client, 2022, $"asOf=2022-12-01&unitCode={Code}");

        commune.Select(d => (d.PlanCode, d.Due)).Should().Equal((CommunePlan(5), new DateOnly(2022, 12, 15)));
        province
            .Select(d => (d.PlanCode, d.UnitName, d.Due))
            .Should()
            .Equal((Plan, "Tỉnh Thử Nghiệm", new DateOnly(2022, 12, 15)));
    }

    [Fact]
    public async Task The_figures_of_a_submitted_report_do_not_change_when_later_activities_arrive()
    {
        var commune = CommuneCode(20);
        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Line(commune, new DateOnly(2024, 3, 1), "radio_broadcast", 10)
        );
        var submitted = await MonitoringApi.SubmitAsync(Client, CommunePlan(20), 2024);

        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Line(commune, new DateOnly(2024, 10, 1), "radio_broadcast", 5)
        );
        var report = await MonitoringApi.ReportAsync(Client, CommunePlan(20), 2024);
        var live = await MonitoringApi.ProgressAsync(Client, 2024, commune, "RADIO_VOL");

        submitted.Lines.Single(l => l.IndicatorCode == "RADIO_VOL").Actual.Should().Be(10);
        report.Lines.Single(l => l.IndicatorCode == "RADIO_VOL").Actual.Should().Be(10);
        report.Submission!.Late.Should().BeTrue();
        report.Submission.SubmittedBy.Should().Be("Nguyễn Văn A");
        live.Actual.Should().Be(15);
    }

    [Fact]
    public async Task A_second_submission_is_a_409_and_an_unknown_plan_a_404()
    {
        await MonitoringApi.SubmitAsync(Client, CommunePlan(7), 2023);

        var again = await Client.PostAsJsonAsync(
            $"/api/monitoring/plans/{CommunePlan(7)}/reports/2023/submission",
            new { by = "B" }
        );
        var unknown = await Client.PostAsJsonAsync(
            "/api/monitoring/plans/NOPE-2021-2025/reports/2023/submission",
            new { by = "B" }
        );
        var nobody = await Client.PostAsJsonAsync(
            $"/api/monitoring/plans/{CommunePlan(8)}/reports/2023/submission",
            new { by = "" }
        );

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        nobody.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(nobody)).Errors!.Keys.Should().Equal("by");
        (await MonitoringApi.DeadlinesAsync(Client, 2023, $"planCode={CommunePlan(8)}"))
            .Single()
            .Status.Should()
            .Be(DeadlineStatus.Overdue);
    }

    [Fact]
    public async Task The_yearly_report_lists_the_units_obligations_with_actuals_and_statuses_as_JSON_and_as_a_workbook()
    {
        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Line(Code, new DateOnly(2022, 4, 2), "enterprise_conference", 11)
        );

        var report = await MonitoringApi.ReportAsync(Client, Plan, 2022);
        var workbook = await Client.GetAsync($"/api/monitoring/plans/{Plan}/reports/2022/xlsx");

        report.UnitName.Should().Be("Tỉnh Thử Nghiệm");
        report.Due.Should().Be(new DateOnly(2022, 12, 15));
        var enterprise = report.Lines.Single(l => l.IndicatorCode == "ENTERPRISE_CONF");
        enterprise.Floor.Should().Be(10);
        enterprise.Stretch.Should().Be(15);
        enterprise.Actual.Should().Be(11);
        enterprise.Status.Should().Be(ProgressStatus.Achieved);
        report.Lines.Single(l => l.IndicatorCode == "RADIO_VOL").Floor.Should().Be(9_880);

        workbook.StatusCode.Should().Be(HttpStatusCode.OK);
        workbook
            .Content.Headers.ContentType!.MediaType.Should()
            .Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        var rows = stream
            .Query(useHeaderRow: true, sheetName: "Tỉnh Thử Nghiệm")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        rows.Should().HaveCount(report.Lines.Count);
        var row = rows.Single(r => (string?)r["Indicator"] == "Conferences and dialogues at enterprises");
        Convert.ToInt64(row["Result"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(11);
        row["Assessment"].Should().Be("Achieved");
    }
}
