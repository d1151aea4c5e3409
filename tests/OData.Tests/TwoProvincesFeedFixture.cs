using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.OData.Tests;

/// <summary>
/// The feed over two provinces, T1 (95 communes) and T2 (12 communes), with the plan to 2025 cascaded over both
/// (3,855 and 535 obligations), and a client per scope: the nation, T1's planner and commune T1001's officer.
/// </summary>
public sealed class TwoProvincesFeedFixture : PlatformFactory, IAsyncLifetime
{
    public HttpClient Nation { get; private set; } = null!;

    public HttpClient Province { get; private set; } = null!;

    public HttpClient Commune { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var setup = CreateClient();
        await SyntheticStructure.ImportAsync(setup, SyntheticStructure.WorkedExampleFigures, communePopulations: true);
        await NeighbourProvince.ImportAsync(setup);
        await SyntheticStructure.CascadeAsync(setup);
        await NeighbourProvince.CascadeAsync(setup);
        Nation = CreateClientFor(Caller(PlatformRoles.Analyst, UnitScope.Nation));
        Province = CreateClientFor(Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province(SyntheticStructure.Code)));
        Commune = CreateClientFor(Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(SyntheticStructure.CommuneCode(1))));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient For(string scope) => scope switch
    {
        "nation" => Nation,
        "province" => Province,
        _ => Commune,
    };
}
