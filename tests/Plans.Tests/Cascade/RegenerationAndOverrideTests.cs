using System.Net;
using System.Net.Http.Json;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.Cascade;

/// <summary>Regeneration is idempotent, updates only what no planner overrode, and says why; overrides never go below
/// the parent.</summary>
public sealed class RegenerationAndOverrideTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory factory = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateClient();
        await SyntheticProvince.ImportAsync(client, communePopulations: true);
        await SyntheticProvince.GenerateAsync(client, "VN-2021-2025", new { unitCode = "T1", cascade = true });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Regenerating_with_no_change_changes_nothing()
    {
        var before = await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025");

        var again = await SyntheticProvince.GenerateAsync(
            client,
            "VN-2021-2025",
            new { unitCode = "T1", cascade = true }
        );

        again.Changed.Should().BeFalse();
        again.PlansCreated.Should().Be(0);
        again.ObligationsAdded.Should().Be(0);
        again.ObligationsUpdated.Should().Be(0);
        again.ObligationsUnchanged.Should().Be(before.Count);
        (await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025")).Should().BeEquivalentTo(before);
        var run = await client.GetAsync<CascadeRunStatus>($"/api/cascade-runs/{again.RunId}");
        run.Should()
            .BeEquivalentTo(
                new
                {
                    State = "succeeded",
                    UnitsDone = 96,
                    UnitsTotal = 96,
                    ParentPlan = "VN-2021-2025",
                }
            );
        run.Message.Should().StartWith("Nothing changed");
    }

    [Fact]
    public async Task A_changed_statistic_updates_only_what_it_feeds_and_returns_old_new_and_why()
    {
        (
            await client.PostCsvAsync(
                "/api/statistics/import",
                "unit_code,year,metric,value,source\nT1,2023,working_age_labour_force,1200000,Cục Thống kê 2023 "
                    + "(revised)\n"
            )
        ).EnsureSuccessStatusCode();

        var result = await SyntheticProvince.GenerateAsync(client, "VN-2021-2025", new { unitCode = "T1" });

        var province = result.Differences.Where(d => d.UnitCode == "T1").ToList();
        province
            .Select(d => (d.IndicatorCode, d.Year))
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    ("AWARE_LF", 2023),
                    ("AWARE_LF", 2024),
                    ("AWARE_LF", 2025),
                    ("AWARE_VOL", 2023),
                    ("AWARE_VOL", 2024),
                    ("AWARE_VOL", 2025),
                }
            );
        var lf = province.Single(d => d.IndicatorCode == "AWARE_LF" && d.Year == 2023);
        lf.OldFloor.Should().Be(550_000);
        lf.NewFloor.Should().Be(660_000);
        lf.Why.Should().Be("working_age_labour_force changed from 1,000,000 (2023) to 1,200,000 (2023)");
    }

    [Fact]
    public async Task An_override_needs_a_reason_may_not_go_below_the_parent_floor_and_survives_regeneration()
    {
        var obligation = (
            await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025", "T1", 2021, "ENTERPRISE_CONF")
        ).Single();

        var noReason = await client.PutAsJsonAsync($"/api/obligations/{obligation.Id}/override", new { floor = 12 });
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var below = await client.PutAsJsonAsync(
            $"/api/obligations/{obligation.Id}/override",
            new { floor = 9, reason = "budget cut" }
        );
        below.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await below.Content.ReadAsStringAsync()).Should().Contain("may not go below 10");

        var ok = await client.PutAsJsonAsync(
            $"/api/obligations/{obligation.Id}/override",
            new
            {
                floor = 12,
                stretch = 16,
                reason = "two industrial parks opened",
            }
        );
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());

        var regenerated = await SyntheticProvince.GenerateAsync(client, "VN-2021-2025", new { unitCode = "T1" });
        regenerated.ObligationsKeptOverridden.Should().Be(1);
        var after = (
            await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025", "T1", 2021, "ENTERPRISE_CONF")
        ).Single();
        after.Floor.Should().Be(12);
        after.Stretch.Should().Be(16);
        after.ComputedFloor.Should().Be(10);
        after.Overridden.Should().BeTrue();
        after.OverrideReason.Should().Be("two industrial parks opened");
        var explanation = await client.GetAsync<ObligationExplanation>($"/api/obligations/{obligation.Id}/explanation");
        explanation.Summary.Should().Contain("set by admin: two industrial parks opened; computed 10–15");
    }

    [Fact]
    public async Task A_commune_may_leave_the_proposal_only_if_the_communes_still_meet_the_province_floor()
    {
        var communes = (
            await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025", year: 2021, indicator: "GRASSROOTS_CONF")
        )
            .Where(o => o.UnitCode != "T1")
            .ToList();
        var proposed = communes.First(o => o.Floor == 1);
        var other = communes.First(o => o.Floor == 0);

        var drop = await client.PutAsJsonAsync(
            $"/api/obligations/{proposed.Id}/override",
            new { floor = 0, reason = "flooded" }
        );
        drop.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);

        (await client.PutAsJsonAsync($"/api/obligations/{other.Id}/override", new { floor = 1, reason = "swap" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await client.PutAsJsonAsync($"/api/obligations/{proposed.Id}/override", new { floor = 0, reason = "flooded" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        var after = (
            await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025", year: 2021, indicator: "GRASSROOTS_CONF")
        ).Where(o => o.UnitCode != "T1");
        after.Sum(o => o.Floor).Should().Be(24);

        // The communes proposed in later years move because of the swap: regeneration says so, naming both overrides.
        var regenerated = await SyntheticProvince.GenerateAsync(client, "T1-2021-2025", new { all = true });
        var moved = regenerated.Differences.Where(d => d.IndicatorCode == "GRASSROOTS_CONF").ToList();
        moved.Should().NotBeEmpty();
        moved
            .Should()
            .OnlyContain(d =>
                d.Why
                == $"the split among sibling units changed because admin set {proposed.UnitName} to 0 on 2026-03-15 "
                    + $"(flooded); admin set {other.UnitName} to 1 on 2026-03-15 (swap)"
            );
    }

    [Fact]
    public async Task Bad_generation_requests_are_refused_and_change_nothing()
    {
        var before = (await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025")).Count;

        (await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { }))
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = "T1", all = true }))
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = "99" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync("/api/plans/NO-SUCH/subordinates", new { all = true }))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (
            await client.PostAsync(
                "/api/plans/VN-2021-2025/subordinates",
                new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")
            )
        )
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);

        (await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025")).Should().HaveCount(before);
    }

    [Fact]
    public async Task A_plan_moves_through_its_statuses_with_who_and_when_and_refuses_skips()
    {
        var skip = await client.PostAsJsonAsync("/api/plans/T1-2021-2025/status", new { to = "Approved" });
        skip.StatusCode.Should().Be(HttpStatusCode.Conflict);

        var submitted = await client.PostAsJsonAsync(
            "/api/plans/T1-2021-2025/status",
            new { to = "Submitted", note = "for approval" }
        );
        submitted.StatusCode.Should().Be(HttpStatusCode.OK);
        var plan = await submitted.ReadAsync<PlanView>();
        plan.Status.Should().Be(Contracts.PlanStatus.Submitted);
        plan.History[^1]
            .Should()
            .BeEquivalentTo(
                new
                {
                    From = Contracts.PlanStatus.Draft,
                    To = Contracts.PlanStatus.Submitted,
                    By = PlatformFactory.AdminName,
                    AtUtc = PlatformFactory.DefaultNow.UtcDateTime,
                }
            );

        var obligation = (
            await SyntheticProvince.ObligationsAsync(client, "T1-2021-2025", "T1", 2021, "ENTERPRISE_CONF")
        ).Single();
        (await client.PutAsJsonAsync($"/api/obligations/{obligation.Id}/override", new { floor = 20, reason = "x" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.Conflict);
        // Returned by the parent, never by whoever submitted it, and with a reason.
        (await client.PostAsJsonAsync("/api/plans/T1-2021-2025/status", new { to = "Draft", note = "x" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.Forbidden);
        using var reviewer = await factory.CreateClientAsAsync(
            "reviewer.t1",
            Platform.BuildingBlocks.Security.PlatformRoles.NationalPlanner,
            "VN"
        );
        (await reviewer.PostAsJsonAsync("/api/plans/T1-2021-2025/status", new { to = "Draft" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);
        var returned = await reviewer.PostAsJsonAsync(
            "/api/plans/T1-2021-2025/status",
            new { to = "Draft", note = "thiếu số liệu doanh nghiệp" }
        );
        returned.StatusCode.Should().Be(HttpStatusCode.OK);
        (await returned.ReadAsync<PlanView>())
            .History[^1]
            .Should()
            .BeEquivalentTo(
                new
                {
                    From = Contracts.PlanStatus.Submitted,
                    To = Contracts.PlanStatus.Draft,
                    By = "reviewer.t1",
                    Note = "thiếu số liệu doanh nghiệp",
                }
            );
    }
}
