using Platform.Plans.Tests.Cascade;
using Platform.TestKit;

namespace Platform.Plans.Tests.Concurrency;

/// <summary>The synthetic province T1 with its plans generated down to the communes; one platform per test
/// class.</summary>
public sealed class CascadedProvinceFixture : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SyntheticProvince.ImportAsync(Client, communePopulations: true);
        await SyntheticProvince.GenerateAsync(Client, "VN-2021-2025", new { unitCode = "T1", cascade = true });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
