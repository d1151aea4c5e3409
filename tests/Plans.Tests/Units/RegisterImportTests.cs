using Microsoft.EntityFrameworkCore;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>The 2025 register (registers/units-2025.csv) imported once into a fresh database, which already holds it
/// embedded.</summary>
public sealed class RegisterImportTests(ImportedRegisterFixture register) : IClassFixture<ImportedRegisterFixture>
{
    private readonly HttpClient client = register.CreateClient();

    [Fact]
    public void Importing_the_2025_register_into_a_fresh_database_finds_its_3321_communes_already_embedded()
    {
        register.FirstImport.Should().Be(new ImportReport(Rows: 3321, Added: 0, Updated: 0, Unchanged: 3321));
    }

    [Fact]
    public async Task The_nation_has_34_provinces_28_tinh_and_6_thanh_pho()
    {
        var provinces = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children");

        provinces.Should().HaveCount(34);
        provinces.Should().OnlyContain(p => p.Level == UnitLevel.Province && p.ParentCode == "VN");
        provinces.GroupBy(p => p.Type).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["tỉnh"] = 28, ["thành phố"] = 6 });
    }

    [Fact]
    public async Task The_34_provinces_hold_3321_communes_2621_xa_687_phuong_and_13_dac_khu()
    {
        var provinces = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children");
        var communes = new List<UnitSummary>();
        foreach (var province in provinces)
        {
            var children = await client.GetAsync<List<UnitSummary>>($"/api/units/{province.Code}/children");
            children.Should().HaveCount(province.Children, "a province's child count is the number of its children");
            communes.AddRange(children);
        }

        communes.Should().HaveCount(3321);
        communes.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        communes.Should().OnlyContain(c => c.Level == UnitLevel.Commune && c.Children == 0);
        communes.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["xã"] = 2621, ["phường"] = 687, ["đặc khu"] = 13 });
    }

    [Fact]
    public async Task The_database_holds_the_nation_34_provinces_and_3321_communes_in_force_from_2025_07_01_and_nothing_else()
    {
        var july = new DateOnly(2025, 7, 1);
        var levels = await register.QueryAsync(async db =>
            (
                await db
                    .Units.Where(u => u.ValidFrom <= july && (u.ValidTo == null || u.ValidTo >= july))
                    .Select(u => u.Level)
                    .ToListAsync()
            )
                .GroupBy(level => level)
                .ToDictionary(g => g.Key, g => g.Count())
        );

        levels.Should().BeEquivalentTo(new Dictionary<UnitLevel, int>
        {
            [UnitLevel.Nation] = 1,
            [UnitLevel.Province] = 34,
            [UnitLevel.Commune] = 3321,
        });
    }

    [Fact]
    public async Task Dong_Nai_75_has_95_communes()
    {
        var dongNai = await client.GetAsync<UnitSummary>("/api/units/75");
        var children = await client.GetAsync<List<UnitSummary>>("/api/units/75/children");

        dongNai
            .Should()
            .Be(
                new UnitSummary(
                    "75",
                    "Tỉnh Đồng Nai",
                    "tỉnh",
                    UnitLevel.Province,
                    "VN",
                    new DateOnly(2025, 7, 1),
                    null,
                    95
                )
            );
        children.Should().HaveCount(95);
        children.Should().OnlyContain(c => c.ParentCode == "75");
        children.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_commune_reads_back_with_the_code_name_type_and_province_of_its_row()
    {
        var baDinh = await client.GetAsync<UnitSummary>("/api/units/00004");

        baDinh
            .Should()
            .Be(
                new UnitSummary(
                    "00004",
                    "Phường Ba Đình",
                    "phường",
                    UnitLevel.Commune,
                    "01",
                    new DateOnly(2025, 7, 1),
                    null,
                    0
                )
            );
    }

    [Fact]
    public async Task Reimporting_the_register_reports_0_added_and_3321_unchanged_and_writes_nothing()
    {
        var before = await register.UnitRowsAsync();

        var response = await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv());

        (await response.ReadAsync<ImportReport>())
            .Should()
            .Be(new ImportReport(Rows: 3321, Added: 0, Updated: 0, Unchanged: 3321));
        (await register.UnitRowsAsync()).Should().Equal(before);
    }
}
