using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.Tabular;
using Platform.Plans.Tests.Support;
using Platform.Plans.Units.Register;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>Conversion tables go through one validator, embedded or imported: a bad row rejects the file and nothing is
/// written.</summary>
public sealed class LineageImportTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string CommuneHeader =
        "province_code,commune_code,commune_name,old_province_code,old_district_code,old_commune_code,"
        + "old_commune_name,note\n";

    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Reimporting_the_official_tables_changes_nothing()
    {
        var communes = await (
            await client.PostCsvAsync(
                "/api/units/lineage/import",
                EmbeddedRegister.Read(EmbeddedRegister.Communes2024To2025)
            )
        ).ReadAsync<ImportReport>();
        var provinces = await (
            await client.PostCsvAsync(
                "/api/units/lineage/import",
                EmbeddedRegister.Read(EmbeddedRegister.Provinces2024To2025)
            )
        ).ReadAsync<ImportReport>();

        communes.Should().Be(new ImportReport(Rows: 10571, Added: 0, Updated: 0, Unchanged: 10571));
        provinces.Should().Be(new ImportReport(Rows: 63, Added: 0, Updated: 0, Unchanged: 63));
    }

    [Fact]
    public async Task A_row_naming_an_unknown_old_or_new_unit_is_refused_with_its_row_number_in_Vietnamese_first()
    {
        var file = CommuneHeader
            + "75,26041,Phường Trấn Biên,75,731,26011,Phường Bửu Long,Nhập toàn bộ\n"
            + "75,26041,Phường Trấn Biên,75,731,99999,Xã Không Có,Nhập toàn bộ\n"
            + "75,99998,Phường Không Có,75,731,26023,Phường Quang Vinh,Nhập toàn bộ\n";

        var vietnamese = await RejectedAsync(platform, platform.CreateVietnameseClient(), file);
        var english = await RejectedAsync(platform, client, file);

        vietnamese.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 2"] = ["Dòng 2: Đơn vị cũ '99999' không có trong danh mục còn hiệu lực ngày 2025-06-30."],
            ["row 3"] = ["Dòng 3: Đơn vị mới '99998' không có trong danh mục có hiệu lực từ ngày 2025-07-01."],
        });
        english["row 2"].Should().Equal("Row 2: The old unit '99999' is not in the register in force on 2025-06-30.");
    }

    [Fact]
    public async Task A_row_that_makes_a_unit_its_own_predecessor_is_refused_as_a_cycle()
    {
        // T9 is in force on both sides of the date, so a row T9 → T9 would make it descend from itself. A database of
        // its
        // own: T9 and 99001 below have no predecessor, which would refuse the other tests' re-imports.
        using var own = new PlatformFactory();
        var ownClient = own.CreateClient();
        (
            await ownClient.PostCsvAsync(
                "/api/units/import?validFrom=2021-01-01",
                "code,name,type,parent_code\nT9,Tỉnh Thử,tỉnh,VN\n"
            )
        ).EnsureSuccessStatusCode();
        var file =
            "old_province_code,old_province_name,province_code,province_name\n75,Tỉnh Đồng Nai,75,Tỉnh Đồng "
                + "Nai\nT9,Tỉnh Thử,T9,Tỉnh Thử\n";

        var errors = await RejectedAsync(own, ownClient, file);

        errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 2"] = ["Row 2: This row closes a cycle: 'T9' already precedes 'T9', so 'T9' cannot precede 'T9'."],
        });
    }

    [Fact]
    public async Task A_new_unit_with_no_predecessor_is_refused_naming_the_unit()
    {
        using var own = new PlatformFactory();
        var ownClient = own.CreateClient();
        (
            await ownClient.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n99001,Xã Mới Lập,xã,75\n")
        ).EnsureSuccessStatusCode();

        var errors = await RejectedAsync(
            own,
            ownClient,
            CommuneHeader + "75,26041,Phường Trấn Biên,75,731,26011,Phường Bửu Long,Nhập toàn bộ\n"
        );

        errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["unit 99001"] = ["The new unit '99001' has no predecessor in the conversion table."],
        });
    }

    private static async Task<Dictionary<string, string[]>> RejectedAsync(
        PlatformFactory platform,
        HttpClient caller,
        string file
    )
    {
        var before = await platform.QueryAsync(db => db.Lineage.CountAsync());

        var response = await caller.PostCsvAsync("/api/units/lineage/import", file);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await platform.QueryAsync(db => db.Lineage.CountAsync()))
            .Should()
            .Be(before, "a rejected table writes nothing");
        return (await Problem.ReadAsync(response)).Errors!;
    }
}
