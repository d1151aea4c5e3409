using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts.PlanBook;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>
/// A province's own report date, set by its planner on its plan (no seed states it): its communes keep 15/12; a day
/// that is not one of every year, one before its communes', a commune's plan or a plan with no yearly report is refused
/// in Vietnamese, and nothing changes.
/// </summary>
public sealed class ProvinceReportDateTests(ShippedScheduleFixture fixture) : IClassFixture<ShippedScheduleFixture>
{
    private const string DongNai = "75-2026-2030";

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_province_sets_its_own_report_date_which_a_regeneration_keeps_and_its_communes_keep_15_December()
    {
        var response = await Client.PutAsJsonAsync($"/api/plans/{DongNai}/report-date", new { due = "22/12" });
        var regenerated = await Client.PostAsJsonAsync(
            "/api/plans/VN-2026-2030/subordinates",
            new { unitCode = "75", cascade = true }
        );
        var deadlines = await MonitoringApi.DeadlinesAsync(Client, 2027, $"asOf=2027-12-20&planCode={DongNai}");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.ReadAsync<PlanView>()).ReportingDeadlines.Single().Due.Should().Be("22/12");
        regenerated.StatusCode.Should().Be(HttpStatusCode.OK, "a regeneration keeps the province's date");
        deadlines
            .Single(d => d.PlanCode == DongNai)
            .Should()
            .Match<DeadlineRow>(d => d.Due == new DateOnly(2027, 12, 22) && d.Status == DeadlineStatus.Pending);
        deadlines
            .Where(d => d.PlanCode != DongNai)
            .Should()
            .HaveCount(95)
            .And.OnlyContain(d =>
                d.Due == new DateOnly(2027, 12, 15) && d.Status == DeadlineStatus.Overdue && d.DaysLate == 5
            );
    }

    [Theory]
    [InlineData("31/02", "'31/02' không phải là một ngày có trong mọi năm")]
    [InlineData("29/02", "'29/02' không phải là một ngày có trong mọi năm")]
    [InlineData("32/12", "'32/12' không phải là một ngày có trong mọi năm")]
    [InlineData("15/13", "'15/13' không phải là một ngày có trong mọi năm")]
    [InlineData("2026-12-20", "'2026-12-20' không phải là một ngày có trong mọi năm")]
    [InlineData("", "Nhập hạn báo cáo năm của tỉnh theo dạng ngày/tháng")]
    [InlineData("10/12", "Hạn báo cáo của tỉnh (10/12) không được trước 15/12")]
    public async Task A_day_that_is_not_one_of_every_year_or_before_the_communes_is_a_400_in_Vietnamese_and_nothing_changes(
        string due,
        string message
    )
    {
        var vietnamese = fixture.Factory.CreateVietnameseClient();
        var before = await vietnamese.GetAsync<PlanView>($"/api/plans/{DongNai}");

        var response = await vietnamese.PutAsJsonAsync($"/api/plans/{DongNai}/report-date", new { due });
        var after = await vietnamese.GetAsync<PlanView>($"/api/plans/{DongNai}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!["due"].Single().Should().StartWith(message);
        after.ReportingDeadlines.Should().BeEquivalentTo(before.ReportingDeadlines);
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task A_communes_plan_and_a_plan_with_no_yearly_report_are_refused_in_Vietnamese()
    {
        var vietnamese = fixture.Factory.CreateVietnameseClient();
        var commune = (await vietnamese.GetAsync<PlanView>($"/api/plans/{DongNai}")).SubordinatePlans[0];

        var ofCommune = await vietnamese.PutAsJsonAsync($"/api/plans/{commune}/report-date", new { due = "20/12" });
        var to2025 = await vietnamese.PutAsJsonAsync(
            $"/api/plans/{SyntheticProvince.Plan}/report-date",
            new { due = "20/12" }
        );

        ofCommune.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem.ReadAsync(ofCommune))
            .Detail.Should()
            .StartWith($"Kế hoạch {commune} không phải kế hoạch giai đoạn của một tỉnh");
        to2025.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem.ReadAsync(to2025))
            .Detail.Should()
            .Be(
                $"Kế hoạch {SyntheticProvince.Plan} không có hạn báo cáo năm: không văn bản nào nêu ngày báo cáo hằng "
                    + $"năm cho giai đoạn 2021 - 2025."
            );
        (await vietnamese.GetAsync<PlanView>($"/api/plans/{commune}"))
            .ReportingDeadlines.Single()
            .Due.Should()
            .Be("15/12");
    }
}
