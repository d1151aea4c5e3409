using System.Net.Http.Json;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>
/// The shared platform with Đồng Nai's plan generated from VN-2026-2030 down to its 95 communes, so that a commune
/// (the commune officer's Xã Bù Gia Mập, 25222) has obligations, progress and a yearly report to send.
/// </summary>
public sealed class OfficerPlatform : WebPlatform
{
    public OfficerPlatform()
    {
        // Progress is computed over the year's actuals once a page is live: give a busy machine more than 5 s to show
        // it.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
    }

    protected override async Task SeedAsync(HttpClient admin) =>
        (
            await admin.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75", cascade = true })
        ).EnsureSuccessStatusCode();
}

/// <summary>The officer's and the administrator's pages: one host with a generated province, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class OfficerCollection : ICollectionFixture<OfficerPlatform>
{
    public const string Name = "Officer";
}
