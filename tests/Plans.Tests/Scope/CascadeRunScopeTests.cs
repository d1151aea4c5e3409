using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Cascade;
using Platform.Plans.Persistence;
using Platform.TestKit;

namespace Platform.Plans.Tests.Scope;

/// <summary>
/// The runs of one process as each caller sees them (runs live in the memory of the host that ran them, so this is
/// tested on the log itself rather than across test hosts): a run from a plan outside the scope is not listed, not
/// found.
/// </summary>
public sealed class CascadeRunScopeTests
{
    private readonly CascadeRunLog log = new(
        new FakeTimeProvider(PlatformFactory.DefaultNow),
        NullLogger<CascadeRunLog>.Instance,
        new SharedCascadeRuns(new SqliteDialect(null))
    );

    public CascadeRunScopeTests()
    {
        log.Start("VN-2021-2025", "VN", null, 109);
        log.Start("T1-2021-2025", "T1", "T1", 95);
        log.Start("T2-2021-2025", "T2", "T2", 12);
        log.Start("T1001-2021-2025", "T1001", "T1", 0);
    }

    [Theory]
    [InlineData("nation", new[] { "T1-2021-2025", "T1001-2021-2025", "T2-2021-2025", "VN-2021-2025" })]
    [InlineData("province", new[] { "T1-2021-2025", "T1001-2021-2025" })]
    [InlineData("commune", new[] { "T1001-2021-2025" })]
    public void Each_scope_lists_the_runs_from_its_own_plans(string scope, string[] plans)
    {
        var runs = Runs(scope);

        runs.Recent().Select(r => r.ParentPlan).Order(StringComparer.Ordinal).Should().Equal(plans);
    }

    [Fact]
    public void A_run_from_a_plan_outside_the_scope_is_not_found()
    {
        var national = log.Recent().Single(r => r.ParentPlan == "VN-2021-2025");
        var neighbour = log.Recent().Single(r => r.ParentPlan == "T2-2021-2025");
        var own = log.Recent().Single(r => r.ParentPlan == "T1-2021-2025");

        Runs("province").Find(national.RunId).Should().BeNull();
        Runs("province").Find(neighbour.RunId).Should().BeNull();
        Runs("province").Find(own.RunId).Should().Be(own);
        Runs("nation").Find(national.RunId).Should().Be(national);
    }

    private CascadeRuns Runs(string scope) =>
        new(
            log,
            PlatformFactory.Caller(
                PlatformRoles.ProvincialPlanner,
                scope switch
                {
                    "nation" => UnitScope.Nation,
                    "province" => UnitScope.Province("T1"),
                    _ => UnitScope.Commune("T1001"),
                }
            )
        );
}
