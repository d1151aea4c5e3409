using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.Audit.Tests.Support;

/// <summary>The synthetic province T1 imported and cascaded under the plan to 2025; one platform per test
/// class.</summary>
public sealed class AuditedProvinceFixture : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The cascade's answer, to compare its audit summary with.</summary>
    public JsonElement Generation { get; private set; }

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SyntheticStructure.ImportAsync(Client, SyntheticStructure.WorkedExampleFigures, communePopulations: true);
        var generated = await Client.PostAsJsonAsync(
            "/api/plans/VN-2021-2025/subordinates",
            new { unitCode = SyntheticStructure.Code, cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
        Generation = await generated.ReadJsonAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
