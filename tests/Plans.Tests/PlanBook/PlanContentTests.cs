using System.Net;
using System.Net.Http.Headers;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>Đồng Nai's plan over REST: whole (targets and a summary of its communes' obligations), worded for its
/// level, in Vietnamese first.</summary>
public sealed class PlanContentTests(DongNaiPlanFixture platform) : IClassFixture<DongNaiPlanFixture>
{
    [Fact]
    public async Task Dong_Nai_2026_must_cover_67_of_its_95_communes_with_134_to_268_conferences_and_its_plan_says_so()
    {
        var plan = await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");

        plan.Targets.Single(t => t.IndicatorCode == "GRASSROOTS_CONF" && t.Year == 2026)
            .Should()
            .BeEquivalentTo(
                new
                {
                    Rate = 70.0,
                    RateStretch = (double?)null,
                    Floor = 67L,
                    Stretch = (long?)null,
                    CountUnit = "communes",
                    MissingData = false,
                }
            );
        plan.Targets.Single(t => t.IndicatorCode == "GRASSROOTS_CONF_COUNT" && t.Year == 2026)
            .Should()
            .BeEquivalentTo(new { Floor = 134L, Stretch = 268L });
        plan.Targets.Should().HaveCount(40);
        plan.Obligations.Own.Should().Be(40);
        plan.Obligations.SubordinateUnits.Should().Be(95);
        plan.Obligations.ByIndicator.Single(t => t.IndicatorCode == "GRASSROOTS_CONF" && t.Year == 2026)
            .Should()
            .BeEquivalentTo(new { Units = 95, Floor = 67L });
        plan.Obligations.ByIndicator.Single(t => t.IndicatorCode == "GRASSROOTS_CONF_COUNT" && t.Year == 2026)
            .Should()
            .BeEquivalentTo(new { Floor = 134L, Stretch = 268L });
    }

    [Fact]
    public async Task The_province_plan_is_worded_as_Dong_Nai_words_it_and_a_commune_plan_as_a_commune()
    {
        var province = await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");
        var commune = await platform.Admin.GetAsync<PlanView>($"/api/plans/{province.SubordinatePlans[0]}");

        province
            .Title.Should()
            .Be(
                "Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai giai "
                    + "đoạn 2026 - 2030"
            );
        province.Tasks.Should().OnlyContain(t => t.Responsible == "Bảo hiểm xã hội tỉnh");
        province.Tasks[0].Cooperating.Should().Equal("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Nội vụ");
        province
            .Themes.Should()
            .HaveCount(10)
            .And.StartWith(
                "Chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về BHXH, trọng tâm là Luật Bảo "
                    + "hiểm xã hội và các văn bản hướng dẫn thi hành"
            );
        province.ReportingDeadlines.Single().Recipient.Should().Be("Bộ Nội vụ");
        commune.UnitName.Should().Be("Phường Bình Phước");
        commune
            .Title.Should()
            .Be(
                "Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn phường Bình Phước "
                    + "giai đoạn 2026 - 2030"
            );
        commune.Tasks.Should().OnlyContain(t => t.Responsible == "Ủy ban nhân dân phường");
        commune
            .Tasks[0]
            .Cooperating.Should()
            .Equal("Đảng ủy phường", "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT phường");
        commune
            .ReportingDeadlines.Single()
            .Recipient.Should()
            .Be("Ủy ban nhân dân tỉnh Đồng Nai (thông qua Sở Nội vụ)");
        string.Join(" ", commune.Tasks.SelectMany(t => t.Cooperating.Append(t.Responsible)))
            .Should()
            .NotContainAny("Sở ", "Bộ ", "đại học", "Tỉnh ủy", "cấp ");
    }

    [Fact]
    public async Task Texts_are_Vietnamese_by_default_and_English_when_asked()
    {
        using var vietnamese = platform.CreateVietnameseClient();
        var missing = await vietnamese.GetAsync("/api/plans/KHONG-CO");
        var plan = await vietnamese.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");
        using var english = platform.CreateVietnameseClient();
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        var englishMissing = await english.GetAsync("/api/plans/KHONG-CO");
        var englishPlan = await english.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(missing))
            .Should()
            .BeEquivalentTo(new { Title = "Không tìm thấy", Detail = "Không có kế hoạch nào mang mã 'KHONG-CO'." });
        plan.StatusName.Should().Be("Dự thảo");
        plan.Targets.First(t => t.IndicatorCode == "GRASSROOTS_CONF")
            .IndicatorName.Should()
            .Be("Xã, phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở");
        (await Problem.ReadAsync(englishMissing))
            .Should()
            .BeEquivalentTo(new { Title = "Not found", Detail = "No plan has the code 'KHONG-CO'." });
        englishPlan.StatusName.Should().Be("Draft");
        englishPlan
            .Targets.First(t => t.IndicatorCode == "GRASSROOTS_CONF")
            .IndicatorName.Should()
            .Be("Communes holding direct communication conferences");
    }

    [Fact]
    public async Task An_obligation_is_explained_in_Vietnamese_by_default()
    {
        using var vietnamese = platform.CreateVietnameseClient();
        var plan = await vietnamese.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");
        var id = plan.Targets.Single(t => t.IndicatorCode == "GRASSROOTS_CONF" && t.Year == 2026).ObligationId;

        var explanation = await vietnamese.GetAsync<ObligationExplanation>($"/api/obligations/{id}/explanation");

        explanation
            .Summary.Should()
            .StartWith(
                "Tỉnh Đồng Nai phải đạt 67 xã, phường cho chỉ tiêu “Xã, phường tổ chức hội nghị tuyên truyền trực tiếp "
                    + "tại cơ sở” năm 2026, tính theo quy tắc share-of-subordinate-units/"
            );
        explanation
            .Steps[0]
            .Should()
            .Be(
                "Cấp trên: target of VN-2026-2030 for 2026 giao 70 (% số xã/năm) cho chỉ tiêu GRASSROOTS_CONF — Xã, "
                    + "phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở."
            );
        explanation.Steps.Should().Contain(
            $"Quy tắc: share-of-subordinate-units/province-share-of-communes, phiên bản "
                + $"{Platform.Rules.RuleSet.VersionOf("share-of-subordinate-units")} — tỷ lệ × số xã của tỉnh, "
                + "làm tròn lên (rules/ShareOfSubordinateUnits.cs).");
        explanation.Steps.Should().Contain("Kết quả: 67 xã, phường.");
    }
}
