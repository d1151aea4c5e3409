using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Tests.Support;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// The buttons of a plan's page: only the moves the person may make now, by role, scope and the plan's state — the same
/// rules the status change enforces (PlanApprovalTests).
/// </summary>
[Collection(PlannerPagesCollection.Name)]
public sealed class PlanMovesTests(DongNaiPlanFixture platform)
{
    private const string Commune = "25210-2026-2030";

    [Fact]
    public async Task A_draft_is_submitted_by_its_own_unit_then_approved_or_returned_by_another_planner_of_the_parent_unit()
    {
        var draft = await platform.AsHoaAsync(new GetPlanMovesQuery(Commune));
        await platform.AsHoaAsync(
            new ChangePlanStatusCommand(Commune, PlanStatus.Submitted, null, new IfMatch([draft.Version]))
        );

        var submitter = await platform.AsHoaAsync(new GetPlanMovesQuery(Commune));
        var colleague = await platform.AsMinhAsync(new GetPlanMovesQuery(Commune));
        var nation = await platform.AsLanAsync(new GetPlanMovesQuery(Commune));

        draft
            .Should()
            .BeEquivalentTo(
                new
                {
                    Code = Commune,
                    Status = PlanStatus.Draft,
                    Moves = new[] { PlanStatus.Submitted },
                }
            );
        submitter
            .Should()
            .BeEquivalentTo(
                new
                {
                    Status = PlanStatus.Submitted,
                    Moves = Array.Empty<PlanStatus>(),
                    Version = draft.Version + 1,
                }
            );
        colleague.Moves.Should().Equal(PlanStatus.Approved, PlanStatus.Draft);
        nation.Moves.Should().Equal(PlanStatus.Approved, PlanStatus.Draft);
    }

    [Fact]
    public async Task Nobody_below_a_national_plan_moves_it_and_a_role_that_reads_only_moves_nothing()
    {
        var province = await platform.AsHoaAsync(new GetPlanMovesQuery("VN-2026-2030"));
        var nation = await platform.AsLanAsync(new GetPlanMovesQuery("VN-2026-2030"));
        var analyst = await platform.SendAsAsync(
            "an",
            PlatformRoles.Analyst,
            UnitScope.Nation,
            new GetPlanMovesQuery("VN-2026-2030")
        );

        province.Should().BeEquivalentTo(new { Status = PlanStatus.Active, Moves = Array.Empty<PlanStatus>() });
        nation.Moves.Should().Equal(PlanStatus.Closed);
        analyst.Moves.Should().BeEmpty();
    }

    [Fact]
    public async Task Any_planner_of_the_province_or_the_nation_may_submit_the_provinces_draft()
    {
        var hoa = await platform.AsHoaAsync(new GetPlanMovesQuery(DongNaiPlanFixture.Plan));
        var minh = await platform.AsMinhAsync(new GetPlanMovesQuery(DongNaiPlanFixture.Plan));
        var neighbour = () =>
            platform.SendAsAsync(
                "tuan",
                PlatformRoles.ProvincialPlanner,
                UnitScope.Province("79"),
                new GetPlanMovesQuery(DongNaiPlanFixture.Plan)
            );

        hoa.Moves.Should().Equal(PlanStatus.Submitted);
        minh.Moves.Should().Equal(PlanStatus.Submitted);
        await neighbour.Should().ThrowAsync<Platform.BuildingBlocks.Errors.NotFoundException>();
    }
}
