using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>The tree Plans answers on the register shipped with the platform: whole, around codes, of a year.</summary>
public sealed class UnitTreeQueryTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly DateOnly Before = new(2024, 6, 1);
    private static readonly DateOnly After = new(2025, 7, 1);

    [Fact]
    public async Task The_tree_of_2024_06_01_holds_10795_units_nation_first_and_places_Trang_Dai_in_Bien_Hoa_Dong_Nai()
    {
        var tree = await platform.AsLanAsync(new GetUnitTreeQuery(Before));

        tree.Count.Should().Be(1 + 63 + 696 + 10035);
        tree.All[0].Code.Should().Be("VN");
        tree.Find("25993").Should().Be(new UnitNode("25993", "Phường Trảng Dài", UnitLevel.Commune, "731"));
        tree.ProvinceOf("25993").Should().Be("75");
        tree.ChildrenOf("75").Should().HaveCount(11);
    }

    [Fact]
    public async Task Around_one_ward_before_July_2025_the_tree_holds_the_ward_its_district_province_and_nation_only()
    {
        var tree = await platform.AsLanAsync(new GetUnitTreeQuery(Before, ["25993"]));

        tree.All.Select(n => (n.Code, n.Level)).Should().Equal(
            ("VN", UnitLevel.Nation),
            ("75", UnitLevel.Province),
            ("731", UnitLevel.District),
            ("25993", UnitLevel.Commune));
        tree.ProvinceOf("25993").Should().Be("75");
    }

    [Fact]
    public async Task Around_reused_code_00004_the_tree_is_Truc_Bach_before_and_Ba_Dinh_after()
    {
        var before = await platform.AsLanAsync(new GetUnitTreeQuery(Before, ["00004"]));
        var after = await platform.AsLanAsync(new GetUnitTreeQuery(After, ["00004"]));

        before.All.Select(n => n.Code).Should().Equal("VN", "01", "001", "00004");
        before.Find("00004")!.Name.Should().Be("Phường Trúc Bạch");
        after.All.Select(n => n.Code).Should().Equal("VN", "01", "00004");
        after.Find("00004")!.Name.Should().Be("Phường Ba Đình");
    }

    [Fact]
    public async Task Around_a_code_not_in_force_and_an_unknown_one_the_tree_holds_the_others()
    {
        var tree = await platform.AsLanAsync(new GetUnitTreeQuery(After, ["731", "99999", "25993"]));

        tree.All.Select(n => n.Code).Should()
            .Equal(["VN", "75", "25993"], "the district of Biên Hòa ended on 30 June 2025");
    }

    [Fact]
    public async Task The_year_2025_holds_the_units_of_31_December_then_those_of_1_January_that_ended()
    {
        var year = await platform.AsLanAsync(GetUnitTreeQuery.OfYear(2025));

        year.Count.Should().Be(10800);
        year.Find("00004")!.Name.Should().Be("Phường Ba Đình");
        year.Find("731")!.ParentCode.Should().Be("75");
        year.ParentOf("25993").Should().Be("75", "Trảng Dài is placed as on 31 December, under the new Đồng Nai");
        year.Find("25198").Should()
            .Be(new UnitNode("25198", "Phường Tân Đồng", UnitLevel.Commune, "689"), "it ended on 30 June 2025");
        year.ProvinceOf("25198").Should().Be("70", "a ward that ended mid-year keeps its old district and province");
        year.ProvinceOf("25195").Should().Be("75", "25195 is the new Phường Bình Phước of Đồng Nai on 31 December");
    }

    [Fact]
    public async Task Around_a_few_codes_the_year_2025_places_them_as_the_whole_year_does()
    {
        string[] codes = ["25198", "25195", "00004", "731"];
        var whole = await platform.AsLanAsync(GetUnitTreeQuery.OfYear(2025));
        var around = await platform.AsLanAsync(GetUnitTreeQuery.OfYear(2025) with { Codes = codes });

        around.All.Select(n => n.Code).Should().Equal("VN", "01", "70", "75", "689", "731", "00004", "25195", "25198");
        around.All.Should().OnlyContain(n => whole.Find(n.Code) == n);
        codes.Select(around.ProvinceOf).Should().Equal("70", "75", "01", "75");
    }
}
