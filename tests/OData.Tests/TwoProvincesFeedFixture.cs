using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        Nation = CreateClientFor(CallerFor("nation"));
        Province = CreateClientFor(CallerFor("province"));
        Commune = CreateClientFor(CallerFor("commune"));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient For(string scope) => scope switch
    {
        "nation" => Nation,
        "province" => Province,
        _ => Commune,
    };

    /// <summary>A client for <paramref name="scope"/> whose pages the OData library's serializer writes
    /// (<c>OData:FastWriter=false</c>).</summary>
    public HttpClient LibraryWriterFor(string scope) =>
        WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OData:FastWriter", "false");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<ICurrentCaller>();
                services.AddScoped(_ => CallerFor(scope));
            });
        }).CreateClient();

    private static ICurrentCaller CallerFor(string scope) => scope switch
    {
        "nation" => Caller(PlatformRoles.Analyst, UnitScope.Nation),
        "province" => Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province(SyntheticStructure.Code)),
        _ => Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(SyntheticStructure.CommuneCode(1))),
    };
}
