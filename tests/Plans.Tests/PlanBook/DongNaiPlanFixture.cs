using Platform.BuildingBlocks.Security;
using Platform.Plans.Tests.Cascade;
using Platform.TestKit;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// Đồng Nai (75) and its 95 communes generated from VN-2026-2030, with real users: Lan, national planner; Hoa and Minh,
/// planners of Đồng Nai.
/// </summary>
public sealed class DongNaiPlanFixture : PlatformFactory, IAsyncLifetime
{
    public const string Plan = "75-2026-2030";

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Lan { get; private set; } = null!;

    public HttpClient Hoa { get; private set; } = null!;

    public HttpClient Minh { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = CreateClient();
        (await Admin.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
        await SyntheticProvince.GenerateAsync(Admin, "VN-2026-2030", new { unitCode = "75", cascade = true });
        Lan = await CreateClientAsAsync("lan", PlatformRoles.NationalPlanner, "VN");
        Hoa = await CreateClientAsAsync("hoa", PlatformRoles.ProvincialPlanner, "75");
        Minh = await CreateClientAsAsync("minh", PlatformRoles.ProvincialPlanner, "75");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
