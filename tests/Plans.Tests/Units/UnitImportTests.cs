using System.Net;
using Platform.BuildingBlocks.Tabular;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

public sealed class UnitImportTests : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client;

    public UnitImportTests(PlatformFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task Importing_the_2025_register_yields_34_provinces_and_3321_communes_and_Dong_Nai_has_95()
    {
        var first = await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv());
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());

        var dongNai = await client.GetAsync<UnitSummary>("/api/units/75");
        dongNai.Name.Should().Be("Tỉnh Đồng Nai");
        dongNai.Children.Should().Be(95);

        var provinces = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children");
        provinces.Should().HaveCount(34);

        var again = await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv());
        var report = await again.ReadAsync<ImportReport>();
        report.Should().BeEquivalentTo(new { Rows = 3321, Added = 0, Updated = 0, Unchanged = 3321 });
    }
}
