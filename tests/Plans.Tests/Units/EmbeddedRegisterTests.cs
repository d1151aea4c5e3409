using Microsoft.EntityFrameworkCore;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>A fresh database, nothing imported: the register, its history and lineage ship with the platform.</summary>
public sealed class EmbeddedRegisterTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly DateOnly Before = new(2024, 6, 1);
    private static readonly DateOnly After = new(2025, 7, 1);

    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task A_fresh_database_holds_34_provinces_and_3321_communes_from_2025_07_01()
    {
        var levels = await LevelsOn(After);

        levels
            .Should()
            .BeEquivalentTo(
                new Dictionary<UnitLevel, int>
                {
                    [UnitLevel.Nation] = 1,
                    [UnitLevel.Province] = 34,
                    [UnitLevel.Commune] = 3321,
                }
            );
    }

    [Fact]
    public async Task A_fresh_database_holds_63_provinces_696_districts_and_10035_communes_until_2025_06_30()
    {
        var levels = await LevelsOn(Before);

        levels.Should().BeEquivalentTo(new Dictionary<UnitLevel, int>
        {
            [UnitLevel.Nation] = 1, [UnitLevel.Province] = 63, [UnitLevel.District] = 696, [UnitLevel.Commune] = 10035,
        });
    }

    [Fact]
    public async Task Children_of_VN_are_63_provinces_on_2024_06_01_and_34_on_2025_07_01()
    {
        var before = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children?at=2024-06-01");
        var lastDay = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children?at=2025-06-30");
        var after = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children?at=2025-07-01");
        var today = await client.GetAsync<List<UnitSummary>>("/api/units/VN/children");

        before.Should().HaveCount(63);
        lastDay.Should().HaveCount(63);
        after.Should().HaveCount(34);
        today.Should().HaveCount(34);
        before
            .Single(p => p.Code == "75")
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
                    11
                )
            );
    }

    [Fact]
    public async Task Dong_Nai_has_95_communes_after_and_111_plus_159_before_from_Binh_Phuoc_and_Dong_Nai()
    {
        var after = await client.GetAsync<List<UnitSummary>>("/api/units/75/children?at=2025-07-01");
        var oldDongNai = await CommunesUnderDistricts("75");
        var oldBinhPhuoc = await CommunesUnderDistricts("70");

        after.Should().HaveCount(95);
        oldBinhPhuoc.Should().Be(111);
        oldDongNai.Should().Be(159);
    }

    [Fact]
    public async Task Reused_code_00004_is_Phuong_Ba_Dinh_today_and_Phuong_Truc_Bach_before_never_both()
    {
        var today = await client.GetAsync<UnitSummary>("/api/units/00004");
        var before = await client.GetAsync<UnitSummary>("/api/units/00004?at=2024-06-01");
        var lineage = await client.GetAsync<List<UnitLineageVersion>>("/api/units/00004/lineage");
        var todayOnly = await client.GetAsync<List<UnitLineageVersion>>("/api/units/00004/lineage?at=2025-07-01");

        today
            .Should()
            .Be(new UnitSummary("00004", "Phường Ba Đình", "phường", UnitLevel.Commune, "01", After, null, 0));
        before
            .Should()
            .Be(
                new UnitSummary(
                    "00004",
                    "Phường Trúc Bạch",
                    "phường",
                    UnitLevel.Commune,
                    "001",
                    new DateOnly(2021, 1, 1),
                    new DateOnly(2025, 6, 30),
                    0
                )
            );
        lineage.Select(v => v.Name).Should().Equal("Phường Ba Đình", "Phường Trúc Bạch");
        lineage[0]
            .Predecessors.Should()
            .Contain(l => l.OldCode == "00004" && l.OldName == "Phường Trúc Bạch" && l.Kind == LineageKind.Whole);
        lineage[0].Successors.Should().BeEmpty();
        lineage[1].Predecessors.Should().BeEmpty();
        lineage[1].Successors.Should().ContainSingle().Which.NewName.Should().Be("Phường Ba Đình");
        todayOnly.Should().ContainSingle().Which.Name.Should().Be("Phường Ba Đình");
    }

    [Fact]
    public async Task New_Dong_Nai_75_comes_whole_from_old_Binh_Phuoc_70_and_old_Dong_Nai_75()
    {
        var lineage = await client.GetAsync<List<UnitLineageVersion>>("/api/units/75/lineage?at=2025-07-01");

        lineage.Should().ContainSingle().Which.Predecessors.Select(l => (l.OldCode, l.OldName, l.Kind))
            .Should().Equal(("70", "Tỉnh Bình Phước", LineageKind.Whole), ("75", "Tỉnh Đồng Nai", LineageKind.Whole));
    }

    [Fact]
    public async Task Lineage_holds_10634_links_by_kind_and_every_new_unit_has_a_predecessor()
    {
        var kinds = await platform.QueryAsync(async db =>
            (await db.Lineage.Select(l => l.Kind).ToListAsync())
                .GroupBy(k => k)
                .ToDictionary(g => g.Key, g => g.Count())
        );
        var orphans = await platform.QueryAsync(db =>
            db.Units.CountAsync(u =>
                u.ValidFrom == After && u.Level != UnitLevel.Nation && !db.Lineage.Any(l => l.NewUnitId == u.Id)
            )
        );

        // Communes: 9,464 + 1 "toàn bộ diện tích" + 6 "sắp xếp toàn bộ" whole; 823 + 82 + 58 + 1 + 2 + 1 + 2 part ("một
        // phần …",
        // "phần còn lại", "đổi tên … từ một phần"); 127 unchanged; 2 "đổi tên" + 2 "đổi loại hình" renamed. Provinces:
        // 63 links.
        kinds.Should().BeEquivalentTo(new Dictionary<LineageKind, int>
        {
            [LineageKind.Whole] = 9471 + ProvinceWhole,
            [LineageKind.Part] = 969,
            [LineageKind.Unchanged] = 127 + (63 - ProvinceWhole),
            [LineageKind.Renamed] = 4,
        });
        orphans.Should().Be(0);
    }

    [Fact]
    public async Task Employed_persons_ship_per_old_province_and_year_in_persons()
    {
        var figures = await client.GetAsync<List<UnitStatisticView>>(
            "/api/units/75/statistics?at=2024-06-01&year=2024"
        );
        var newDongNai = await client.GetAsync<List<UnitStatisticView>>("/api/units/75/statistics");
        var count = await platform.QueryAsync(db =>
            db.Statistics.CountAsync(s => s.Metric == StatisticMetrics.EmployedPersons)
        );

        count.Should().Be(441);
        figures.Should().ContainSingle().Which.Metric.Should().Be(StatisticMetrics.EmployedPersons);
        newDongNai.Should().BeEmpty("the new Đồng Nai has no figure of its own: the old one's are not mixed in");
    }

    [Fact]
    public async Task A_restart_loads_nothing_again()
    {
        var before = await platform.QueryAsync(db => db.Units.CountAsync());
        using var restarted = PlatformFactory.InFolder(platform.Folder);
        using var restartedClient = restarted.CreateClient();

        (await restartedClient.GetAsync("/health")).EnsureSuccessStatusCode();

        (await restarted.QueryAsync(db => db.Units.CountAsync()))
            .Should()
            .Be(before)
            .And.Be(1 + 34 + 3321 + 63 + 696 + 10035);
    }

    [Fact]
    public async Task A_newer_official_list_replaces_the_embedded_one_idempotently()
    {
        using var own = new PlatformFactory();
        using var ownClient = own.CreateClient();
        var newer = RegisterFile.WithRow(RegisterFile.Communes, cells =>
            cells[RegisterFile.CommuneName] += " (tên mới)"
        );
        var last = RegisterFile.Cells(RegisterFile.Communes);

        var first = await (await ownClient.PostCsvAsync("/api/units/import", newer)).ReadAsync<ImportReport>();
        var again = await (await ownClient.PostCsvAsync("/api/units/import", newer)).ReadAsync<ImportReport>();
        var renamed = await ownClient.GetAsync<UnitSummary>($"/api/units/{last[RegisterFile.CommuneCode]}");

        first.Should().Be(new ImportReport(Rows: 3321, Added: 0, Updated: 1, Unchanged: 3320));
        again.Should().Be(new ImportReport(Rows: 3321, Added: 0, Updated: 0, Unchanged: 3321));
        renamed.Name.Should().Be(last[RegisterFile.CommuneName] + " (tên mới)");
        (await own.QueryAsync(db => db.Units.CountAsync())).Should().Be(SharedData.FreshDatabaseUnits);
    }

    // Old provinces that kept their code and alone make a new province (e.g. Hà Nội 01, Huế 46) are "unchanged".
    private const int ProvinceWhole = 63 - 11;

    private Task<Dictionary<UnitLevel, int>> LevelsOn(DateOnly date) =>
        platform.QueryAsync(async db =>
            (
                await db
                    .Units.Where(u => u.ValidFrom <= date && (u.ValidTo == null || u.ValidTo >= date))
                    .Select(u => u.Level)
                    .ToListAsync()
            )
                .GroupBy(level => level)
                .ToDictionary(g => g.Key, g => g.Count())
        );

    private async Task<int> CommunesUnderDistricts(string province)
    {
        var districts = await client.GetAsync<List<UnitSummary>>($"/api/units/{province}/children?at=2024-06-01");
        var total = 0;
        foreach (var district in districts)
        {
            total += (
                await client.GetAsync<List<UnitSummary>>($"/api/units/{district.Code}/children?at=2024-06-01")
            ).Count;
        }

        return total;
    }
}
