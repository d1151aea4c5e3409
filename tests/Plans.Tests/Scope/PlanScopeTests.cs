using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Plans.Cascade;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.Obligations.Explain;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.Scope;

/// <summary>
/// Plans and obligations as each scope sees and changes them: T1's planner works on T1's plan and its communes' and
/// reads the national plans, which answer 403 to any change; everything of T2 answers 404; all stay as they were.
/// </summary>
[Collection(TwoProvincesCollection.Name)]
public sealed class PlanScopeTests(TwoProvincesFixture platform)
{
    [Fact]
    public async Task A_provincial_planner_reads_their_plan_with_its_95_commune_plans_and_the_national_plans_but_not_the_neighbours()
    {
        var plan = await platform.T1Planner.GetAsync<PlanView>("/api/plans/T1-2021-2025");
        var national = await platform.T1Planner.GetAsync<PlanView>("/api/plans/VN-2026-2030");

        plan.SubordinatePlans.Should().HaveCount(95);
        plan.ParentCode.Should().Be("VN-2021-2025");
        plan.ReadOnly.Should().BeFalse();
        national.ReadOnly.Should().BeTrue();
        national
            .Targets.Should()
            .ContainEquivalentOf(
                new
                {
                    IndicatorCode = "GRASSROOTS_CONF",
                    Year = 2026,
                    Rate = 70.0,
                }
            );
        (await platform.T1Planner.GetAsync<PlanView>("/api/plans/VN-2021-2025"))
            .SubordinatePlans.Should()
            .Equal("T1-2021-2025");
        foreach (var code in new[] { "T2-2021-2025", "T2001-2021-2025" })
        {
            (await platform.T1Planner.GetAsync($"/api/plans/{code}"))
                .StatusCode.Should()
                .Be(HttpStatusCode.NotFound, code);
            (await platform.T1Planner.GetAsync($"/api/plans/{code}/obligations"))
                .StatusCode.Should()
                .Be(HttpStatusCode.NotFound, code);
        }
    }

    [Fact]
    public async Task The_nation_sees_both_provinces_plans_under_the_national_plan()
    {
        var plan = await platform.NationalAnalyst.GetAsync<PlanView>("/api/plans/VN-2021-2025");

        plan.SubordinatePlans.Should().Equal("T1-2021-2025", "T2-2021-2025");
        (await platform.NationalAnalyst.GetAsync<PlanView>("/api/plans/T2-2021-2025"))
            .SubordinatePlans.Should()
            .HaveCount(12);
    }

    [Fact]
    public async Task A_commune_officer_reads_their_communes_plan_and_the_plans_above_it_only()
    {
        var plan = await platform.T1001Officer.GetAsync<PlanView>("/api/plans/T1001-2021-2025");

        plan.UnitCode.Should().Be("T1001");
        (await platform.T1001Officer.GetAsync<PlanView>("/api/plans/T1-2021-2025")).ReadOnly.Should().BeTrue();
        (await platform.T1001Officer.GetAsync<PlanView>("/api/plans/VN-2021-2025")).ReadOnly.Should().BeTrue();
        (await platform.T1001Officer.GetAsync("/api/plans/T1002-2021-2025"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Obligation_lists_count_only_the_obligations_in_scope()
    {
        var national = await platform.NationalAnalyst.GetAsync<ObligationPage>(
            "/api/plans/T1-2021-2025/obligations?top=1"
        );
        var province = await platform.T1Planner.GetAsync<ObligationPage>("/api/plans/T1-2021-2025/obligations?top=1");
        var commune = await platform.T1001Officer.GetAsync<ObligationPage>(
            "/api/plans/T1001-2021-2025/obligations?top=1"
        );
        var communeNational = await platform.NationalAnalyst.GetAsync<ObligationPage>(
            "/api/plans/T1001-2021-2025/obligations?top=1"
        );

        national.Total.Should().Be(ScopeFigures.T1Obligations);
        province.Total.Should().Be(ScopeFigures.T1Obligations);
        commune.Total.Should().Be(ScopeFigures.T1001Obligations);
        communeNational.Total.Should().Be(ScopeFigures.T1001Obligations);
    }

    [Fact]
    public async Task The_obligations_export_holds_only_the_callers_rows()
    {
        var province = await platform.T1Planner.GetAsync<List<JsonElement>>("/api/obligations/export");
        var commune = await platform.T1001Officer.GetAsync<List<JsonElement>>("/api/obligations/export");
        var nation = await platform.NationalAnalyst.GetAsync<List<JsonElement>>("/api/obligations/export");

        province
            .Should()
            .HaveCount(ScopeFigures.T1Obligations)
            .And.OnlyContain(o => o.GetProperty("ProvinceCode").GetString() == "T1");
        commune
            .Should()
            .HaveCount(ScopeFigures.T1001Obligations)
            .And.OnlyContain(o => o.GetProperty("UnitCode").GetString() == "T1001");
        nation.Should().HaveCount(ScopeFigures.T1Obligations + ScopeFigures.T2Obligations);
    }

    [Fact]
    public async Task A_provincial_planner_regenerates_their_communes_plans_from_their_own_plan()
    {
        var result = await platform.T1Planner.PostAsJsonAsync(
            "/api/plans/T1-2021-2025/subordinates",
            new { all = true }
        );

        result.StatusCode.Should().Be(HttpStatusCode.OK, await result.Content.ReadAsStringAsync());
        var generation = await result.ReadAsync<GenerationResult>();
        generation.Units.Should().Be(95);
        generation.Changed.Should().BeFalse();
        (await platform.T1Planner.GetAsync<CascadeRunStatus>($"/api/cascade-runs/{generation.RunId}"))
            .ParentPlan.Should()
            .Be("T1-2021-2025");
    }

    [Fact]
    public async Task A_provincial_planner_generates_her_own_provinces_plan_and_its_communes_from_the_national_plan()
    {
        var result = await platform.T1Planner.PostAsJsonAsync(
            "/api/plans/VN-2021-2025/subordinates",
            new { unitCode = "T1", cascade = true }
        );

        result.StatusCode.Should().Be(HttpStatusCode.OK, await result.Content.ReadAsStringAsync());
        var generation = await result.ReadAsync<GenerationResult>();
        generation.Units.Should().Be(96);
        generation.PlansExisting.Should().Be(96);
        generation.Changed.Should().BeFalse();
        var run = await platform.T1Planner.GetAsync<CascadeRunStatus>($"/api/cascade-runs/{generation.RunId}");
        (run.ParentPlan, run.State, run.UnitsDone).Should().Be(("VN-2021-2025", "succeeded", 96));
        var again = await platform.T1Planner.GetAsync<GenerationResult>($"/api/cascade-runs/{generation.RunId}/result");
        (again.RunId, again.Units, again.PlansExisting, again.Message)
            .Should()
            .Be((generation.RunId, 96, 96, generation.Message));
        (await platform.T1001Officer.GetAsync($"/api/cascade-runs/{generation.RunId}/result"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await platform.T1Planner.GetAsync("/api/cascade-runs/nosuchrun000/result"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Writes_to_the_national_plan_answer_403_those_to_the_neighbours_404_and_none_changes_anything()
    {
        var before = await platform.PlansAndObligationsAsync();
        var t2Obligation = (
            await platform.NationalAnalyst.GetAsync<ObligationPage>(
                "/api/plans/T2-2021-2025/obligations?unitCode=T2&top=1"
            )
        )
            .Items.Single()
            .Id;
        var client = platform.T1Planner;

        var above = new[]
        {
            await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { all = true }),
            await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = "T2" }),
            await client.PostAsJsonAsync("/api/plans/VN-2021-2025/status", new { to = "Closed" }),
        };
        var neighbours = new[]
        {
            await client.PostAsJsonAsync("/api/plans/T2-2021-2025/subordinates", new { all = true }),
            await client.PostAsJsonAsync("/api/plans/T2-2021-2025/status", new { to = "Submitted" }),
            await client.GetAsync($"/api/obligations/{t2Obligation}/explanation"),
            await client.PutAsJsonAsync(
                $"/api/obligations/{t2Obligation}/override",
                new { floor = 999_999, reason = "not ours" }
            ),
            await client.DeleteAsync($"/api/obligations/{t2Obligation}/override"),
        };

        above.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(above[1]))
            .Detail.Should()
            .Be(
                "Plan VN-2021-2025 belongs to a unit above yours (Việt Nam): from it you may only generate your own "
                    + "unit's plan. Choose unit T1 (not “all”)."
            );
        (await Problem.ReadAsync(above[2]))
            .Detail.Should()
            .Be("Plan VN-2021-2025 belongs to a unit above yours (Việt Nam): you may read it but not change it.");
        neighbours.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
        (await Problem.ReadAsync(neighbours[1])).Detail.Should().Be("No plan has the code 'T2-2021-2025'.");
        (await Problem.ReadAsync(neighbours[2])).Detail.Should().Be($"No obligation has the id {t2Obligation}.");
        (await platform.PlansAndObligationsAsync()).Should().Equal(before);
        (await platform.NationalAnalyst.GetAsync<ObligationExplanation>($"/api/obligations/{t2Obligation}/explanation"))
            .Obligation.UnitCode.Should()
            .Be("T2");
    }

    [Fact]
    public async Task A_commune_officer_cannot_reach_their_provinces_obligations()
    {
        var province = (
            await platform.T1Planner.GetAsync<ObligationPage>("/api/plans/T1-2021-2025/obligations?unitCode=T1&top=1")
        )
            .Items.Single()
            .Id;
        var own = (await platform.T1001Officer.GetAsync<ObligationPage>("/api/plans/T1001-2021-2025/obligations?top=1"))
            .Items.Single()
            .Id;

        (await platform.T1001Officer.GetAsync($"/api/obligations/{province}/explanation"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await platform.T1001Officer.GetAsync<ObligationExplanation>($"/api/obligations/{own}/explanation"))
            .Obligation.UnitCode.Should()
            .Be("T1001");
    }
}

/// <summary>The obligation counts of the two-province cascade (plan to 2025), as the nation reads them.</summary>
internal static class ScopeFigures
{
    public const int T1Obligations = 3855;
    public const int T2Obligations = 535;
    public const int T1001Obligations = 40;
}
