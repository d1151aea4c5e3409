using FluentValidation;
using Platform.BuildingBlocks.Errors;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Tests.Support;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// A page that starts a generation picks the run's id, so it can watch the run before the generation answers; the runs
/// are read as the person's scope allows.
/// </summary>
[Collection(PlannerPagesCollection.Name)]
public sealed class CascadeRunQueryTests(DongNaiPlanFixture platform)
{
    [Fact]
    public async Task A_run_started_under_an_id_of_the_senders_choosing_is_read_under_that_id()
    {
        var runId = GenerateSubordinatePlansCommand.NewRunId();

        var result = await platform.AsHoaAsync(
            new GenerateSubordinatePlansCommand(DongNaiPlanFixture.Plan, "26422", RunId: runId)
        );
        var run = await platform.AsHoaAsync(new GetCascadeRunQuery(runId));
        var fromThePlan = await platform.AsHoaAsync(new GetCascadeRunsQuery(DongNaiPlanFixture.Plan));
        var fromTheNation = await platform.AsHoaAsync(new GetCascadeRunsQuery("VN-2026-2030"));

        result.RunId.Should().Be(runId);
        run.Should()
            .BeEquivalentTo(
                new
                {
                    RunId = runId,
                    ParentPlan = DongNaiPlanFixture.Plan,
                    State = "succeeded",
                    Phase = "done",
                    UnitsDone = 1,
                    UnitsTotal = 1,
                    Percent = 100.0,
                }
            );
        run.Message.Should()
            .Be("Nothing changed: all 35 obligations of 1 plan(s) are up to date (20 marked missing data).");
        fromThePlan.Select(r => r.RunId).Should().Contain(runId);
        fromTheNation.Should().BeEmpty("the national plan's runs are outside a province's scope");
        (await platform.AsLanAsync(new GetCascadeRunsQuery("VN-2026-2030"))).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_run_id_is_used_once_and_has_a_plain_form()
    {
        var runId = GenerateSubordinatePlansCommand.NewRunId();
        await platform.AsHoaAsync(new GenerateSubordinatePlansCommand(DongNaiPlanFixture.Plan, "26422", RunId: runId));

        var again = () =>
            platform.AsHoaAsync(new GenerateSubordinatePlansCommand(DongNaiPlanFixture.Plan, "26422", RunId: runId));
        var malformed = () =>
            platform.AsHoaAsync(
                new GenerateSubordinatePlansCommand(DongNaiPlanFixture.Plan, "26422", RunId: "../run id")
            );

        (await again.Should().ThrowAsync<ConflictException>())
            .Which.Message.Should()
            .Be($"A recent cascade run already has the id '{runId}'; choose another.");
        (await malformed.Should().ThrowAsync<ValidationException>())
            .Which.Errors.Select(e => e.ErrorMessage)
            .Should()
            .Equal("The run id (runId) must be 12 to 32 lower-case letters or digits.");
    }

    [Fact]
    public async Task A_run_outside_the_persons_scope_is_not_found()
    {
        var runId = GenerateSubordinatePlansCommand.NewRunId();
        await platform.AsHoaAsync(new GenerateSubordinatePlansCommand(DongNaiPlanFixture.Plan, "26422", RunId: runId));

        var neighbour = () =>
            platform.SendAsAsync(
                "tuan",
                Platform.BuildingBlocks.Security.PlatformRoles.ProvincialPlanner,
                Platform.BuildingBlocks.Security.UnitScope.Province("79"),
                new GetCascadeRunQuery(runId)
            );

        (await neighbour.Should().ThrowAsync<NotFoundException>())
            .Which.Message.Should()
            .Be($"No recent cascade run has the id '{runId}'.");
    }
}
