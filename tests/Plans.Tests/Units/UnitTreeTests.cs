using Platform.Plans.Contracts;

namespace Platform.Plans.Tests.Units;

/// <summary>
/// The one unit tree every module asks, on a piece of the structure before July 2025: Đồng Nai (75) with Biên Hòa (731)
/// and two of its wards, Bình Phước (70) with Đồng Xoài (689) and one ward.
/// </summary>
public sealed class UnitTreeTests
{
    private static readonly UnitNode Nation = new("VN", "Việt Nam", UnitLevel.Nation, null);
    private static readonly UnitNode DongNai = new("75", "Tỉnh Đồng Nai", UnitLevel.Province, "VN");
    private static readonly UnitNode BienHoa = new("731", "Thành phố Biên Hòa", UnitLevel.District, "75");
    private static readonly UnitNode TrangDai = new("25993", "Phường Trảng Dài", UnitLevel.Commune, "731");
    private static readonly UnitNode TanPhong = new("25996", "Phường Tân Phong", UnitLevel.Commune, "731");
    private static readonly UnitNode BinhPhuoc = new("70", "Tỉnh Bình Phước", UnitLevel.Province, "VN");
    private static readonly UnitNode DongXoai = new("689", "Thành phố Đồng Xoài", UnitLevel.District, "70");
    private static readonly UnitNode TanPhu = new("25195", "Phường Tân Phú", UnitLevel.Commune, "689");

    // Given out of order on purpose: the tree orders children itself.
    private static readonly UnitTree Tree =
        new([Nation, DongNai, BinhPhuoc, BienHoa, DongXoai, TanPhong, TrangDai, TanPhu]);

    [Theory]
    [InlineData("25993", "75")]
    [InlineData("731", "75")]
    [InlineData("75", "75")]
    [InlineData("25195", "70")]
    public void A_ward_and_a_district_lie_in_their_province_and_a_province_in_itself(string code, string province) =>
        Tree.ProvinceOf(code).Should().Be(province);

    [Theory]
    [InlineData("VN")]
    [InlineData("99999")]
    public void The_nation_and_an_unknown_code_have_no_province(string code) =>
        Tree.ProvinceOf(code).Should().BeNull();

    [Fact]
    public void Trang_Dai_is_within_itself_Bien_Hoa_Dong_Nai_and_the_nation_and_nothing_else()
    {
        Tree.All.Where(n => Tree.IsWithin("25993", n.Code)).Select(n => n.Code)
            .Should().Equal("VN", "75", "731", "25993");
        Tree.IsWithin("75", "25993").Should().BeFalse("a province does not lie within its ward");
        Tree.IsWithin("99999", "VN").Should().BeFalse("a code the tree does not hold lies nowhere");
    }

    [Fact]
    public void Children_come_by_code_and_a_ward_or_an_unknown_code_has_none()
    {
        Tree.ChildrenOf("731").Should().Equal(TrangDai, TanPhong);
        Tree.ChildrenOf("VN").Select(n => n.Code).Should().Equal("70", "75");
        Tree.ChildrenOf("25993").Should().BeEmpty();
        Tree.ChildrenOf("99999").Should().BeEmpty();
    }

    [Fact]
    public void The_subtree_of_Dong_Nai_is_its_district_and_two_wards_and_an_unknown_code_has_none()
    {
        Tree.SubtreeOf("75").Select(n => n.Code).Should().BeEquivalentTo("75", "731", "25993", "25996");
        Tree.SubtreeOf("99999").Should().BeEmpty();
    }

    [Fact]
    public void A_unit_is_found_with_its_level_and_parent()
    {
        Tree.Find("25993").Should().Be(TrangDai);
        Tree.LevelOf("731").Should().Be(UnitLevel.District);
        Tree.ParentOf("731").Should().Be("75");
        Tree.Find("99999").Should().BeNull();
        Tree.LevelOf("99999").Should().BeNull();
        Tree.ParentOf("VN").Should().BeNull();
    }

    [Fact]
    public void Each_level_holds_its_units_in_the_order_given()
    {
        Tree.Count.Should().Be(8);
        Tree.AtLevel(UnitLevel.Nation).Should().Equal(Nation);
        Tree.AtLevel(UnitLevel.Province).Select(n => n.Code).Should().Equal("75", "70");
        Tree.AtLevel(UnitLevel.District).Select(n => n.Code).Should().Equal("731", "689");
        Tree.AtLevel(UnitLevel.Commune).Select(n => n.Code).Should().Equal("25996", "25993", "25195");
    }

    [Fact]
    public void A_reused_code_keeps_its_first_unit_and_With_adds_only_codes_the_tree_lacks()
    {
        var baDinh = new UnitNode("00004", "Phường Ba Đình", UnitLevel.Commune, "01");
        var trucBach = new UnitNode("00004", "Phường Trúc Bạch", UnitLevel.Commune, "001");
        var haNoi = new UnitNode("01", "Thành phố Hà Nội", UnitLevel.Province, "VN");
        var baDinhDistrict = new UnitNode("001", "Quận Ba Đình", UnitLevel.District, "01");

        var after = new UnitTree([Nation, haNoi, baDinh]);
        var year = after.With([Nation, haNoi, baDinhDistrict, trucBach]);

        year.All.Should().Equal(Nation, haNoi, baDinh, baDinhDistrict);
        year.Find("00004")!.Name.Should().Be("Phường Ba Đình");
        year.ChildrenOf("01").Select(n => n.Code).Should().Equal("00004", "001");
        year.ChildrenOf("001").Should().BeEmpty("Trúc Bạch did not stand: the code is Ba Đình's");
        after.Count.Should().Be(3, "With leaves the tree it starts from as it was");
    }

    [Fact]
    public void Two_structures_merged_into_a_loop_end_the_walk_instead_of_hanging()
    {
        var loop = new UnitTree(
            [new UnitNode("A", "A", UnitLevel.District, "B"), new UnitNode("B", "B", UnitLevel.District, "A")]);

        loop.ProvinceOf("A").Should().BeNull();
        loop.IsWithin("A", "C").Should().BeFalse();
        loop.IsWithin("A", "B").Should().BeTrue();
        loop.SubtreeOf("A").Select(n => n.Code).Should().BeEquivalentTo("A", "B");
    }

    [Fact]
    public void The_empty_tree_answers_nothing()
    {
        UnitTree.Empty.Count.Should().Be(0);
        UnitTree.Empty.ProvinceOf("75").Should().BeNull();
        UnitTree.Empty.ChildrenOf("VN").Should().BeEmpty();
    }
}
