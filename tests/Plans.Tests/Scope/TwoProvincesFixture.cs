using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Scope;

/// <summary>
/// Provinces T1 (95 communes) and T2 (12 communes) with the plan to 2025 cascaded over both, and one client per caller
/// the scope tests compare: the nation, T1's planner and administrator, and the officer of commune T1001.
/// </summary>
public sealed class TwoProvincesFixture : PlatformFactory, IAsyncLifetime
{
    public HttpClient National { get; private set; } = null!;

    public HttpClient NationalAnalyst { get; private set; } = null!;

    public HttpClient T1Planner { get; private set; } = null!;

    /// <summary>An administrator whose scope is T1: the roles that may import the register, held to one
    /// province.</summary>
    public HttpClient T1Administrator { get; private set; } = null!;

    public HttpClient T1001Officer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        National = CreateClient();
        await SyntheticStructure.ImportAsync(
            National,
            SyntheticStructure.WorkedExampleFigures,
            communePopulations: true
        );
        await NeighbourProvince.ImportAsync(National);
        await SyntheticStructure.CascadeAsync(National);
        await NeighbourProvince.CascadeAsync(National);
        NationalAnalyst = CreateClientFor(Caller(PlatformRoles.Analyst, UnitScope.Nation));
        T1Planner = CreateClientFor(
            Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province(SyntheticStructure.Code))
        );
        T1Administrator = CreateClientFor(
            Caller(PlatformRoles.Administrator, UnitScope.Province(SyntheticStructure.Code))
        );
        T1001Officer = CreateClientFor(
            Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(SyntheticStructure.CommuneCode(1)))
        );
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Plans (code, status, history) and obligations (values, override, last update), one line each: proof a
    /// refused write wrote nothing.</summary>
    public async Task<List<string>> PlansAndObligationsAsync()
    {
        var plans = await this.QueryAsync(async db =>
            (await db.Plans.AsNoTracking().OrderBy(p => p.Id).ToListAsync()).ConvertAll(p =>
                $"plan {p.Code} {p.Status} {p.History.Count}"
            )
        );
        var obligations = await this.QueryAsync(async db =>
            (
                await db
                    .Obligations.AsNoTracking()
                    .OrderBy(o => o.Id)
                    .Select(o => new
                    {
                        o.Id,
                        o.Floor,
                        o.Stretch,
                        o.Overridden,
                        o.OverrideReason,
                        o.UpdatedAtUtc,
                    })
                    .ToListAsync()
            ).ConvertAll(o => o.ToString() ?? string.Empty)
        );
        return [.. plans, .. obligations];
    }
}

[CollectionDefinition(Name)]
public sealed class TwoProvincesCollection : ICollectionFixture<TwoProvincesFixture>
{
    public const string Name = "two provinces";
}
