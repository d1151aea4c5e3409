using System.Net.Http.Json;
using Platform.BuildingBlocks.Security;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Planner;

/// <summary>
/// The shared platform plus what the planner's pages need: Đồng Nai's plan and its 95 communes' plans generated from
/// VN-2026-2030 (as the national planner would), Lan, national planner, and Minh, a second planner of Đồng Nai (a plan
/// is approved by a planner other than the one who submitted it).
/// </summary>
public sealed class PlannerPlatform : WebPlatform
{
    public const string Plan = "75-2026-2030";

    public PlannerPlatform()
    {
        // A grid page or a dialog answers over the live connection a moment after a click; on a loaded 2-core machine
        // that moment can pass Playwright's default 5 s.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
    }

    public WebUser NationalPlanner { get; private set; } = null!;

    public WebUser SecondPlanner75 { get; private set; } = null!;

    protected override async Task SeedAsync(HttpClient admin)
    {
        NationalPlanner = await CreateUserAsync("lan", PlatformRoles.NationalPlanner, "VN", "Đỗ Thị Lan");
        SecondPlanner75 = await CreateUserAsync("minh", PlatformRoles.ProvincialPlanner, "75", "Vũ Văn Minh");
        (
            await admin.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75", cascade = true })
        ).EnsureSuccessStatusCode();
    }
}

[CollectionDefinition(Name)]
public sealed class PlannerCollection : ICollectionFixture<PlannerPlatform>
{
    public const string Name = "Planner";
}
