using Platform.TestKit;

namespace Platform.Monitoring.Tests.Support;

/// <summary>A platform with the synthetic province imported and the plan to 2025 cascaded over it; one per test
/// class.</summary>
public sealed class CascadedProvinceFixture : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SyntheticProvince.ImportAndCascadeAsync(Client);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
