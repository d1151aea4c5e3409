using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// VN-2021-2025 over the structure of its time (ADR 0020): the 63 old provinces, whose communes are those under their
/// districts, each year by the structure in force on 1 January, so 2025 is the old structure's and the units of
/// 1 July 2025 have no part in it.
/// </summary>
public sealed class OldStructureCascadeTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client = platform.CreateClient();

    [Theory]
    [InlineData("70", "Tỉnh Bình Phước", 111, 28)] // 25 % of 111 communes (27.75), not of its 11 districts (3)
    [InlineData("01", "Thành phố Hà Nội", 526, 132)] // 25 % of 526 communes (131.5), not of its 30 districts (8)
    public async Task In_2021_an_old_province_is_asked_grassroots_conferences_in_a_quarter_of_the_communes_under_its_districts(
        string code, string name, int communes, long conferences)
    {
        var result = await GenerateAsync(code);

        result.PlansCreated.Should().Be(1 + communes, "the province's plan and one per commune, none for a district");
        var province = await platform.QueryAsync(db =>
            db.Obligations.AsNoTracking()
                .Where(o => o.UnitCode == code && o.IndicatorCode == "GRASSROOTS_CONF")
                .OrderBy(o => o.Year)
                .Select(o => new
                {
                    o.Year,
                    o.Floor,
                    Unit = db.Units.Single(u => u.Id == o.UnitId).Name,
                })
                .ToListAsync()
        );
        province.Select(o => o.Year).Should().Equal(2021, 2022, 2023, 2024, 2025);
        province[0].Floor.Should().Be(conferences);
        province[0].Unit.Should().Be(name);
        var planUnits = await platform.QueryAsync(db => db.Plans.AsNoTracking()
            .Where(p => p.Code.StartsWith(code) || p.Path.Contains($"/{code}-2021-2025/"))
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => u.Level).Distinct().ToListAsync());
        planUnits.Should().BeEquivalentTo([Contracts.UnitLevel.Province, Contracts.UnitLevel.Commune]);
        var communeCodesCovered = await platform.QueryAsync(db =>
            db.Obligations.AsNoTracking()
                .Where(o =>
                    o.IndicatorCode == "GRASSROOTS_CONF"
                    && o.Year == 2021
                    && o.Floor == 1
                    && db.Plans.Any(p => p.Id == o.PlanId && p.Path.Contains($"/{code}-2021-2025/"))
                )
                .CountAsync()
        );
        communeCodesCovered
            .Should()
            .Be((int)conferences, "the rotation proposes exactly the province's count of communes");
    }

    [Fact]
    public async Task The_new_Dong_Nai_of_1_July_2025_has_no_part_in_VN_2021_2025_and_the_old_one_keeps_the_plain_code()
    {
        var result = await GenerateAsync("75", cascade: false);

        (result.PlansCreated + result.PlansExisting)
            .Should()
            .Be(1, "one plan, for the old Đồng Nai (another test of the class may have made it)");
        var plan = await platform.QueryAsync(db =>
            db.Plans.AsNoTracking()
                .Where(p => p.Code == "75-2021-2025")
                .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { u.Name, u.ValidTo })
                .SingleAsync()
        );
        plan.ValidTo.Should().Be(new DateOnly(2025, 6, 30), "the old Đồng Nai's plan");
        (
            await platform.QueryAsync(db =>
                db.Obligations.AsNoTracking()
                    .CountAsync(o => o.UnitCode == "75" && o.Year == 2025 && o.IndicatorCode == "GRASSROOTS_CONF")
            )
        )
            .Should()
            .Be(1, "2025 is given to the structure of 1 January, once");
    }

    [Fact]
    public async Task A_plan_across_the_reform_gives_the_old_and_the_new_unit_of_a_reused_code_a_plan_each_without_a_conflict()
    {
        // 2024–2026: 79 is the old Hồ Chí Minh City (for 2024 and 2025, by 1 January) and the new one (old 74, 77 and
        // 79;
        // for 2026): both versions are subordinates of this plan, and their plans cannot share a code.
        await platform.QueryAsync(async db =>
        {
            var nation = await db.Units.SingleAsync(u => u.Code == "VN");
            db.Plans.Add(
                new Platform.Plans.PlanBook.Plan
                {
                    Code = "VN-2024-2026",
                    Title = "Kế hoạch thử qua cải cách",
                    UnitId = nation.Id,
                    UnitCode = "VN",
                    StartYear = 2024,
                    EndYear = 2026,
                    Path = "/VN-2024-2026/",
                    Targets =
                    [
                        .. Enumerable.Range(2024, 3).Select(y => new Platform.Plans.PlanBook.PlanTarget
                        {
                            IndicatorCode = "GRASSROOTS_CONF",
                            Year = y,
                            Floor = 25,
                        }),
                    ],
                }
            );
            return await db.SaveChangesAsync();
        });

        var response = await client.PostAsJsonAsync("/api/plans/VN-2024-2026/subordinates", new { unitCode = "79" });
        var plans = await platform.QueryAsync(db =>
            db.Plans.AsNoTracking()
                .Where(p => p.Path.StartsWith("/VN-2024-2026/") && p.UnitCode == "79")
                .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { p.Code, u.ValidFrom })
                .OrderBy(p => p.Code)
                .ToListAsync()
        );
        var years = await platform.QueryAsync(db =>
            db.Obligations.AsNoTracking()
                .Where(o =>
                    o.UnitCode == "79"
                    && o.IndicatorCode == "GRASSROOTS_CONF"
                    && db.Plans.Any(p => p.Id == o.PlanId && p.Path.StartsWith("/VN-2024-2026/"))
                )
                .Join(db.Units, o => o.UnitId, u => u.Id, (o, u) => new { o.Year, u.ValidFrom })
                .OrderBy(o => o.Year)
                .ToListAsync()
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        plans.Should().HaveCount(2);
        plans.Select(p => p.Code).Should().OnlyHaveUniqueItems().And.Contain("79-2024-2026");
        plans.Should().ContainSingle(p => p.Code.StartsWith("79-2024-2026-", StringComparison.Ordinal))
            .Which.Code.Should().Be($"79-2024-2026-{plans.Single(p => p.Code.Length > 12).ValidFrom:yyyyMMdd}");
        years.Select(y => (y.Year, y.ValidFrom.Year)).Should().Equal((2024, 2008), (2025, 2008), (2026, 2025));
    }

    [Fact]
    public async Task The_2024_obligations_of_old_Binh_Phuoc_and_old_Dong_Nai_are_read_on_the_new_Dong_Nai_through_the_lineage_feed()
    {
        await GenerateAsync("70", cascade: false);
        await GenerateAsync("75", cascade: false);

        var links = await client.GetAsync<System.Text.Json.JsonElement>(
            "/odata/UnitLineage?$filter=NewCode eq '75' and NewLevel eq "
                + "'Province'&$select=OldUnitId,OldCode,NewUnitId&$orderby=OldCode"
        );
        var oldIds = links
            .GetProperty("value")
            .EnumerateArray()
            .Select(l => l.GetProperty("OldUnitId").GetInt32())
            .ToList();
        var obligations = await client.GetAsync<System.Text.Json.JsonElement>(
            $"/odata/Obligations?$filter=UnitId in ({string.Join(',', oldIds)}) and Year eq 2024 and IndicatorCode eq "
                + $"'GRASSROOTS_CONF'&$select=UnitId,UnitCode,Floor&$orderby=UnitCode"
        );

        links
            .GetProperty("value")
            .EnumerateArray()
            .Select(l => l.GetProperty("OldCode").GetString())
            .Should()
            .Equal("70", "75");
        var floors = obligations
            .GetProperty("value")
            .EnumerateArray()
            .Select(o => (o.GetProperty("UnitCode").GetString(), o.GetProperty("Floor").GetInt64()))
            .ToList();
        // 2024 asks 15 % of the communes (ceiling): 111 in old Bình Phước, 159 in old Đồng Nai.
        floors.Should().Equal(("70", 17L), ("75", 24L));
    }

    private async Task<GenerationResult> GenerateAsync(string unitCode, bool cascade = true)
    {
        var response = await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode, cascade });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<GenerationResult>(HttpExtensions.Json))!;
    }
}
