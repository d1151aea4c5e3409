using System.Net;
using System.Net.Http.Json;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Tests.Documents;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>Đồng Nai drafts its plan for 2027 from its plan 2026–2030, as 001 asks of every authority each
/// year.</summary>
public sealed class YearPlanTests(DongNaiPlanFixture platform) : IClassFixture<DongNaiPlanFixture>
{
    [Fact]
    public async Task The_2027_plan_carries_that_years_67_communes_and_134_to_268_conferences_and_is_approved_like_any_plan()
    {
        var drafted = await platform.Hoa.PostAsync($"/api/plans/{DongNaiPlanFixture.Plan}/years/2027", null);
        var again = await platform.Hoa.PostAsync($"/api/plans/{DongNaiPlanFixture.Plan}/years/2027", null);
        var multiYear = await platform.Hoa.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");

        drafted.StatusCode.Should().Be(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        drafted.Headers.Location!.ToString().Should().Be("/api/plans/75-2027");
        var plan = await drafted.ReadAsync<PlanView>();
        plan.Should()
            .BeEquivalentTo(
                new
                {
                    Code = "75-2027",
                    StartYear = 2027,
                    EndYear = 2027,
                    ParentCode = DongNaiPlanFixture.Plan,
                    Status = PlanStatus.Draft,
                }
            );
        plan.Title.Should()
            .Be(
                "Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai năm "
                    + "2027"
            );
        plan.Targets.Should().HaveCount(8).And.OnlyContain(t => t.Year == 2027);
        plan.Targets.Single(t => t.IndicatorCode == "GRASSROOTS_CONF").Floor.Should().Be(67);
        plan.Obligations.ByIndicator.Single(t => t.IndicatorCode == "GRASSROOTS_CONF_COUNT")
            .Should()
            .BeEquivalentTo(
                new
                {
                    Year = 2027,
                    Floor = 134L,
                    Stretch = 268L,
                }
            );
        plan.SubordinatePlans.Should().BeEmpty();
        (await platform.Hoa.GetAsync<ObligationPage>("/api/plans/75-2027/obligations?top=1"))
            .Total.Should()
            .Be(8 + (95 * 7), "the province's 8 obligations of 2027 and 7 of each commune");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        multiYear
            .YearPlans.Should()
            .Contain("75-2027")
            .And.OnlyContain(c => c.StartsWith("75-20", StringComparison.Ordinal) && c.Length == 7);
        multiYear.SubordinatePlans.Should().HaveCount(95);

        (await platform.Hoa.PostAsJsonAsync("/api/plans/75-2027/status", new { to = "Submitted" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await platform.Hoa.PostAsJsonAsync("/api/plans/75-2027/status", new { to = "Approved" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.Forbidden);
        (await platform.Minh.PostAsJsonAsync("/api/plans/75-2027/status", new { to = "Approved" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_year_plans_document_is_the_years_plan_under_its_own_title()
    {
        await platform.Hoa.PostAsync($"/api/plans/{DongNaiPlanFixture.Plan}/years/2028", null);

        var response = await platform.CreateVietnameseClient().GetAsync("/api/plans/75-2028/document");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = new WrittenPlan(await response.Content.ReadAsByteArrayAsync());
        document
            .Body.InnerText.Should()
            .Contain("trên địa bàn tỉnh Đồng Nai năm 2028")
            .And.Contain("Năm 2028")
            .And.NotContain("Năm 2029")
            .And.Contain("báo cáo kết quả thực hiện Kế hoạch về Bộ Nội vụ trước ngày 15/12");
        document.Errors().Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_year_plan_requests_are_refused_and_change_nothing()
    {
        var outside = await platform.Hoa.PostAsync($"/api/plans/{DongNaiPlanFixture.Plan}/years/2031", null);
        var national = await platform.Hoa.PostAsync("/api/plans/VN-2026-2030/years/2027", null);
        var unknown = await platform.Hoa.PostAsync("/api/plans/KHONG-CO/years/2027", null);
        await platform.Hoa.PostAsync($"/api/plans/{DongNaiPlanFixture.Plan}/years/2029", null);
        var ofYearPlan = await platform.Hoa.PostAsync("/api/plans/75-2029/years/2029", null);

        outside.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(outside))
            .Errors!["year"]
            .Should()
            .Equal("year 2031 is outside plan 75-2026-2030, which covers 2026–2030.");
        national.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ofYearPlan.StatusCode.Should().Be((HttpStatusCode)422);
        (await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}"))
            .YearPlans.Should()
            .NotContain("75-2031");
    }
}
