using System.Net;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>
/// The generic shape <c>code,name,type,parent_code</c> takes units of any level, such as the districts of the
/// structure in force until 30 June 2025, each version valid over the interval given by validFrom/validTo.
/// </summary>
public sealed class GenericShapeImportTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task An_old_structure_district_imports_under_the_embedded_old_province_for_2021_to_mid_2025()
    {
        const string file = """
            code,name,type,parent_code
            7399,Huyện Thử Nghiệm,huyện,75
            """;

        var report = await (
            await client.PostCsvAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", file)
        ).ReadAsync<ImportReport>();
        var district = await client.GetAsync<UnitSummary>("/api/units/7399");
        var oldDongNai = await client.GetAsync<UnitSummary>("/api/units/75?at=2023-06-01");
        var newDongNai = await client.GetAsync<UnitSummary>("/api/units/75");
        var oldChildren = await client.GetAsync<List<UnitSummary>>("/api/units/75/children?at=2023-06-01");

        report.Should().Be(new ImportReport(Rows: 1, Added: 1, Updated: 0, Unchanged: 0));
        district
            .Should()
            .Be(
                new UnitSummary(
                    "7399",
                    "Huyện Thử Nghiệm",
                    "huyện",
                    UnitLevel.District,
                    "75",
                    new DateOnly(2021, 1, 1),
                    new DateOnly(2025, 6, 30),
                    0
                )
            );
        oldDongNai
            .Should()
            .Be(
                new UnitSummary(
                    "75",
                    "Tỉnh Đồng Nai",
                    "tỉnh",
                    UnitLevel.Province,
                    "VN",
                    new DateOnly(2008, 8, 1),
                    new DateOnly(2025, 6, 30),
                    12
                )
            );
        newDongNai
            .ValidFrom.Should()
            .Be(new DateOnly(2025, 7, 1), "the 2025 province is a separate version, untouched");
        newDongNai.ValidTo.Should().BeNull();
        oldChildren.Select(c => c.Code).Should().HaveCount(12).And.Contain(["731", "7399"]);
    }

    [Fact]
    public async Task A_unit_whose_parent_is_unknown_is_rejected_naming_its_row_and_nothing_is_written()
    {
        const string file = """
            code,name,type,parent_code
            26001,Xã Một,xã,75
            26002,Xã Hai,xã,7599
            """;
        var before = await platform.UnitRowsAsync();

        var response = await client.PostCsvAsync("/api/units/import", file);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 2"] = ["Row 2: unknown parent code '7599' of unit '26002'."],
        });
        (await platform.UnitRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_new_version_of_a_commune_closes_the_version_it_supersedes_the_day_before()
    {
        await client.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26100,Xã Cũ,xã,75\n");

        var report = await (
            await client.PostCsvAsync(
                "/api/units/import?validFrom=2026-01-01",
                "code,name,type,parent_code\n26100,Phường Mới,phường,75\n"
            )
        ).ReadAsync<ImportReport>();
        var before = await client.GetAsync<UnitSummary>("/api/units/26100?at=2025-12-31");
        var now = await client.GetAsync<UnitSummary>("/api/units/26100");

        report.Should().Be(new ImportReport(Rows: 1, Added: 1, Updated: 1, Unchanged: 0));
        before
            .Should()
            .Be(
                new UnitSummary(
                    "26100",
                    "Xã Cũ",
                    "xã",
                    UnitLevel.Commune,
                    "75",
                    new DateOnly(2025, 7, 1),
                    new DateOnly(2025, 12, 31),
                    0
                )
            );
        now.Should()
            .Be(
                new UnitSummary(
                    "26100",
                    "Phường Mới",
                    "phường",
                    UnitLevel.Commune,
                    "75",
                    new DateOnly(2026, 1, 1),
                    null,
                    0
                )
            );
    }

    [Fact]
    public async Task A_unit_of_a_type_that_cannot_stand_under_its_parent_is_rejected()
    {
        var response = await client.PostCsvAsync(
            "/api/units/import",
            "code,name,type,parent_code\n26200,Tỉnh Sai,tỉnh,75\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 1"] = ["Row 1: a tỉnh cannot stand under a province ('75')."],
        });
    }

    [Fact]
    public async Task Reimporting_a_superseded_version_keeps_it_closed_by_its_successor()
    {
        await client.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26110,Xã Trước,xã,75\n");
        await client.PostCsvAsync(
            "/api/units/import?validFrom=2026-01-01",
            "code,name,type,parent_code\n26110,Xã Sau,xã,75\n"
        );

        var again = await (
            await client.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26110,Xã Trước,xã,75\n")
        ).ReadAsync<ImportReport>();
        var superseded = await client.GetAsync<UnitSummary>("/api/units/26110?at=2025-12-31");

        again.Should().Be(new ImportReport(Rows: 1, Added: 0, Updated: 0, Unchanged: 1));
        superseded.ValidTo.Should().Be(new DateOnly(2025, 12, 31));
    }

    [Fact]
    public async Task An_earlier_version_imported_open_ended_ends_the_day_before_the_version_after_it()
    {
        // 11948 (Đặc khu Bạch Long Vĩ) is a code first given in July 2025: here an invented earlier commune under old
        // Hải Phòng.
        var report = await (
            await client.PostCsvAsync(
                "/api/units/import?validFrom=2020-01-01",
                "code,name,type,parent_code\n11948,Xã Bạch Long Vĩ,xã,31\n"
            )
        ).ReadAsync<ImportReport>();
        var old = await client.GetAsync<UnitSummary>("/api/units/11948?at=2021-01-01");
        var later = await client.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26300,Xã Sau,xã,04\n");

        report.Should().Be(new ImportReport(Rows: 1, Added: 1, Updated: 0, Unchanged: 0));
        old.Should()
            .Be(
                new UnitSummary(
                    "11948",
                    "Xã Bạch Long Vĩ",
                    "xã",
                    UnitLevel.Commune,
                    "31",
                    new DateOnly(2020, 1, 1),
                    new DateOnly(2025, 6, 30),
                    0
                )
            );
        later
            .StatusCode.Should()
            .Be(
                HttpStatusCode.OK,
                "one version of '04' is in force on 2025-07-01: " + await later.Content.ReadAsStringAsync()
            );
    }

    [Fact]
    public async Task An_earlier_version_whose_validTo_reaches_into_the_version_after_it_is_rejected()
    {
        var before = await platform.UnitRowsAsync();

        var response = await client.PostCsvAsync(
            "/api/units/import?validFrom=2020-01-01&validTo=2025-07-01",
            "code,name,type,parent_code\n08,Tỉnh Tuyên Quang,tỉnh,VN\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors.Should()
            .BeEquivalentTo(
                new Dictionary<string, string[]>
                {
                    ["row 1"] =
                    [
                        "Row 1: unit '08' has a later version valid from 2025-07-01; validTo must be before that date.",
                    ],
                }
            );
        (await platform.UnitRowsAsync()).Should().Equal(before);
    }
}
