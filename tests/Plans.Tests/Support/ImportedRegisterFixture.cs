using Platform.Documents.Tabular;
using Platform.TestKit;

namespace Platform.Plans.Tests.Support;

/// <summary>A platform with the 2025 register imported once, shared by the tests of a class that only read
/// it.</summary>
public sealed class ImportedRegisterFixture : PlatformFactory, IAsyncLifetime
{
    public ImportReport FirstImport { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        var response = await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv());
        response.EnsureSuccessStatusCode();
        FirstImport = await response.ReadAsync<ImportReport>();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
