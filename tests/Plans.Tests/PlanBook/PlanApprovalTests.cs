using System.Net;
using System.Net.Http.Json;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>A plan is submitted by its own unit and approved (or returned) by the unit above, never by whoever
/// submitted it.</summary>
public sealed class PlanApprovalTests(DongNaiPlanFixture platform) : IClassFixture<DongNaiPlanFixture>
{
    [Fact]
    public async Task A_provincial_planner_submits_her_plan_cannot_approve_it_and_the_national_planner_approves_it()
    {
        var submitted = await platform.Hoa.PostAsJsonAsync(
            $"/api/plans/{DongNaiPlanFixture.Plan}/status",
            new { to = "Submitted", by = "someone else" }
        );
        var selfApproved = await platform.Hoa.PostAsJsonAsync(
            $"/api/plans/{DongNaiPlanFixture.Plan}/status",
            new { to = "Approved" }
        );
        var colleague = await platform.Minh.PostAsJsonAsync(
            $"/api/plans/{DongNaiPlanFixture.Plan}/status",
            new { to = "Approved" }
        );
        var before = await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}");
        var approved = await platform.Lan.PostAsJsonAsync(
            $"/api/plans/{DongNaiPlanFixture.Plan}/status",
            new { to = "Approved", note = "Đồng ý" }
        );

        submitted.StatusCode.Should().Be(HttpStatusCode.OK);
        selfApproved.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(selfApproved))
            .Detail.Should()
            .Be("Only a planner of the parent unit (Việt Nam) may approve or return plan 75-2026-2030.");
        colleague.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        before.Status.Should().Be(PlanStatus.Submitted);
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var plan = await approved.ReadAsync<PlanView>();
        plan.Status.Should().Be(PlanStatus.Approved);
        plan.History.TakeLast(2)
            .Select(h => (h.To, h.By))
            .Should()
            .Equal((PlanStatus.Submitted, "hoa"), (PlanStatus.Approved, "lan"));
    }

    [Fact]
    public async Task A_commune_plan_is_approved_by_a_provincial_planner_other_than_the_one_who_submitted_it()
    {
        var commune = (
            await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}")
        ).SubordinatePlans[0];

        (await platform.Hoa.PostAsJsonAsync($"/api/plans/{commune}/status", new { to = "Submitted" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        var self = await platform.Hoa.PostAsJsonAsync($"/api/plans/{commune}/status", new { to = "Approved" });
        var other = await platform.Minh.PostAsJsonAsync($"/api/plans/{commune}/status", new { to = "Approved" });

        self.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(self))
            .Detail.Should()
            .Be(
                $"You (hoa) submitted plan {commune}: whoever submits a plan may not approve or return it; another "
                    + $"planner of the parent unit must."
            );
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        (await other.ReadAsync<PlanView>()).Status.Should().Be(PlanStatus.Approved);
    }

    [Fact]
    public async Task A_provincial_planner_reads_the_national_plan_whose_targets_she_implements_and_cannot_change_it()
    {
        var national = await platform.Hoa.GetAsync<PlanView>("/api/plans/VN-2026-2030");
        var status = await platform.Hoa.PostAsJsonAsync("/api/plans/VN-2026-2030/status", new { to = "Closed" });
        var generate = await platform.Hoa.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { all = true });
        var after = await platform.Admin.GetAsync<PlanView>("/api/plans/VN-2026-2030");

        national.ReadOnly.Should().BeTrue();
        national.Targets.Should().HaveCount(40);
        national
            .Targets.Single(t => t.IndicatorCode == "GRASSROOTS_CONF_COUNT" && t.Year == 2026)
            .Should()
            .BeEquivalentTo(
                new
                {
                    Rate = 2.0,
                    RateStretch = 4.0,
                    UnitOfMeasure = "cuộc/xã/năm",
                }
            );
        national.SubordinatePlans.Should().Equal(DongNaiPlanFixture.Plan);
        status.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        generate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(generate))
            .Detail.Should()
            .Be(
                "Plan VN-2026-2030 belongs to a unit above yours (Việt Nam): from it you may only generate your own "
                    + "unit's plan. Choose unit 75 (not “all”)."
            );
        after.Status.Should().Be(PlanStatus.Active);
        after.Version.Should().Be(national.Version);
    }

    [Fact]
    public async Task Returning_a_submitted_plan_needs_a_reason_and_is_the_parents_decision()
    {
        var commune = (
            await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}")
        ).SubordinatePlans[1];
        (await platform.Minh.PostAsJsonAsync($"/api/plans/{commune}/status", new { to = "Submitted" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);

        var noReason = await platform.Hoa.PostAsJsonAsync($"/api/plans/{commune}/status", new { to = "Draft" });
        var returned = await platform.Hoa.PostAsJsonAsync(
            $"/api/plans/{commune}/status",
            new { to = "Draft", note = "Bổ sung số liệu cộng tác viên" }
        );

        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(noReason))
            .Errors!["note"]
            .Should()
            .Equal("Returning a plan to draft needs a reason in note.");
        returned.StatusCode.Should().Be(HttpStatusCode.OK);
        (await returned.ReadAsync<PlanView>())
            .History[^1]
            .Should()
            .BeEquivalentTo(
                new
                {
                    From = PlanStatus.Submitted,
                    To = PlanStatus.Draft,
                    By = "hoa",
                    Note = "Bổ sung số liệu cộng tác viên",
                }
            );
    }
}
