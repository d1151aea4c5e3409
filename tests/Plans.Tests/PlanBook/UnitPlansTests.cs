using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.PlanBook.YearPlans;
using Platform.Plans.Tests.Support;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>A unit's page lists its plans and, read only where they are above the person's scope, those it
/// implements.</summary>
[Collection(PlannerPagesCollection.Name)]
public sealed class UnitPlansTests(DongNaiPlanFixture platform)
{
    [Fact]
    public async Task A_provincial_planner_sees_her_province_plan_and_the_national_plans_read_only()
    {
        var plans = await platform.AsHoaAsync(new GetUnitPlansQuery("75"));

        plans
            .Own.Select(p => (p.Code, p.Status, p.StatusName, p.ReadOnly, p.IsYearPlan))
            .Should()
            .Equal((DongNaiPlanFixture.Plan, PlanStatus.Draft, "Draft", false, false));
        plans
            .Own[0]
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitCode = "75",
                    UnitName = "Tỉnh Đồng Nai",
                    StartYear = 2026,
                    EndYear = 2030,
                    ParentCode = "VN-2026-2030",
                }
            );
        plans
            .Above.Select(p => (p.Code, p.UnitCode, p.Status, p.ReadOnly))
            .Should()
            .Equal(
                ("VN-KHLT-2020", "VN", PlanStatus.Active, true),
                ("VN-2021-2025", "VN", PlanStatus.Active, true),
                ("VN-2026-2030", "VN", PlanStatus.Active, true)
            );
    }

    [Fact]
    public async Task A_commune_lists_its_plan_then_its_province_plan_then_the_nations()
    {
        var asProvince = await platform.AsHoaAsync(new GetUnitPlansQuery("26422"));
        var asNation = await platform.AsLanAsync(new GetUnitPlansQuery("26422"));

        asProvince
            .Own.Select(p => (p.Code, p.UnitName, p.ParentCode, p.ReadOnly))
            .Should()
            .Equal(("26422-2026-2030", "Xã Phước Thái", DongNaiPlanFixture.Plan, false));
        asProvince
            .Above.Select(p => (p.Code, p.ReadOnly))
            .Should()
            .Equal(
                (DongNaiPlanFixture.Plan, false),
                ("VN-KHLT-2020", true),
                ("VN-2021-2025", true),
                ("VN-2026-2030", true)
            );
        asNation
            .Above.Select(p => (p.Code, p.ReadOnly))
            .Should()
            .Equal(
                (DongNaiPlanFixture.Plan, false),
                ("VN-KHLT-2020", false),
                ("VN-2021-2025", false),
                ("VN-2026-2030", false)
            );
    }

    [Fact]
    public async Task Without_a_unit_the_list_is_of_the_unit_at_the_top_of_the_persons_scope()
    {
        var plans = await platform.AsHoaAsync(new GetUnitPlansQuery());

        plans.UnitCode.Should().Be("75");
        plans.Own.Select(p => p.Code).Should().Equal(DongNaiPlanFixture.Plan);
    }

    [Fact]
    public async Task A_planner_of_another_province_finds_no_such_unit()
    {
        var outside = () =>
            platform.SendAsAsync(
                "tuan",
                PlatformRoles.ProvincialPlanner,
                UnitScope.Province("79"),
                new GetUnitPlansQuery("75")
            );
        var commune = () =>
            platform.SendAsAsync(
                "tuan",
                PlatformRoles.ProvincialPlanner,
                UnitScope.Province("79"),
                new GetUnitPlansQuery("26422")
            );

        (await outside.Should().ThrowAsync<NotFoundException>())
            .Which.Message.Should()
            .Be("No administrative unit has the code '75'.");
        await commune.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_yearly_plan_comes_after_the_multi_year_plan_it_carries_out()
    {
        await platform.AsHoaAsync(new DraftYearPlanCommand("25195-2026-2030", 2027));

        var plans = await platform.AsHoaAsync(new GetUnitPlansQuery("25195"));

        plans
            .Own.Select(p => (p.Code, p.IsYearPlan, p.StartYear, p.EndYear, p.ParentCode))
            .Should()
            .Equal(
                ("25195-2026-2030", false, 2026, 2030, DongNaiPlanFixture.Plan),
                ("25195-2027", true, 2027, 2027, "25195-2026-2030")
            );
    }
}
