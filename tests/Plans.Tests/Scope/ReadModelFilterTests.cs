using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Persistence;
using Platform.TestKit;

namespace Platform.Plans.Tests.Scope;

/// <summary>
/// The read models' query filters, which hold whatever OData's <c>$expand</c> reaches to the caller's scope: asked
/// directly through a context bound to a T1 caller, every view answers T1's rows only, navigations included.
/// </summary>
[Collection(TwoProvincesCollection.Name)]
public sealed class ReadModelFilterTests(TwoProvincesFixture platform)
{
    [Fact]
    public async Task A_context_bound_to_a_provincial_caller_reads_only_that_provinces_rows_from_every_view()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await using var db = ProvincialContext(scope.ServiceProvider);

        (await db.UnitRows.CountAsync()).Should().Be(96);
        (await db.PlanRows.CountAsync()).Should().Be(96);
        (await db.ObligationRows.CountAsync()).Should().Be(ScopeFigures.T1Obligations);
        (await db.StatisticRows.CountAsync()).Should().Be(4 + 95);
        (await db.TargetRows.CountAsync())
            .Should()
            .Be(0, "targets belong to the national plans; the plans below carry obligations");
        (await db.Indicators.CountAsync()).Should().Be(await platform.QueryIndicatorCountAsync());
    }

    [Fact]
    public async Task Navigations_from_a_scoped_context_never_reach_another_provinces_rows()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await using var db = ProvincialContext(scope.ServiceProvider);

        var plans = await db.PlanRows.Include(p => p.Targets).Include(p => p.Unit).ToListAsync();
        var obligations = await db.ObligationRows.Include(o => o.Unit).Include(o => o.Plan).Take(500).ToListAsync();

        plans.Should().OnlyContain(p => p.Unit!.ProvinceCode == "T1" && p.Targets.All(t => t.ProvinceCode == "T1"));
        obligations.Should().OnlyContain(o => o.Unit!.ProvinceCode == "T1" && o.Plan!.ProvinceCode == "T1");
        (await db.TargetRows.CountAsync(t => t.PlanCode == "VN-2021-2025")).Should().Be(0);
    }

    /// <summary>A Plans context of the host's provider (on PostgreSQL its own subclass) bound to an analyst of
    /// T1.</summary>
    private static PlansDbContext ProvincialContext(IServiceProvider services)
    {
        var options = services.GetRequiredService<DbContextOptions<PlansDbContext>>();
        var caller = PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Province("T1"));
        return TestDatabase.IsPostgreSql
            ? new PlansPostgreSqlDbContext(options, caller)
            : new PlansDbContext(options, caller);
    }
}

internal static class IndicatorCount
{
    public static Task<int> QueryIndicatorCountAsync(this PlatformFactory platform) =>
        Support.PlansDatabase.QueryAsync(platform, db => db.Indicators.CountAsync());
}
