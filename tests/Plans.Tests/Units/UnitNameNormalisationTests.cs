using System.Text;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>Names are stored in NFC whatever form the file uses, so equal names compare equal and search
/// works.</summary>
public sealed class UnitNameNormalisationTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Names_sent_decomposed_NFD_are_stored_and_read_back_composed_NFC()
    {
        var dongNai = RegisterFile.Rows().Where(row => row.StartsWith("75,", StringComparison.Ordinal)).ToList();
        var nfc = RegisterFile.ToText(dongNai);
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        nfd.Should().NotBe(nfc, "the file must really be sent decomposed");

        var imported = await (
            await client.PostCsvAsync("/api/units/import", Encoding.UTF8.GetBytes(nfd))
        ).ReadAsync<ImportReport>();
        var children = await client.GetAsync<List<UnitSummary>>("/api/units/75/children");
        var again = await (await client.PostCsvAsync("/api/units/import", nfc)).ReadAsync<ImportReport>();

        imported
            .Should()
            .Be(
                new ImportReport(Rows: 95, Added: 0, Updated: 0, Unchanged: 95),
                "composed, the names equal those of the embedded register"
            );
        children.Select(c => c.Name).Should().Equal(ExpectedNames(dongNai));
        children
            .Should()
            .OnlyContain(c =>
                c.Name.IsNormalized(NormalizationForm.FormC) && c.Type.IsNormalized(NormalizationForm.FormC)
            );
        again
            .Should()
            .Be(new ImportReport(Rows: 95, Added: 0, Updated: 0, Unchanged: 95), "the NFC file names the same units");
    }

    private static List<string> ExpectedNames(IEnumerable<string> rows) =>
        rows.Select(row => row.Split(',')).OrderBy(cells => cells[RegisterFile.CommuneCode], StringComparer.Ordinal)
            .Select(cells => cells[RegisterFile.CommuneName]).ToList();
}
