using System.Net;
using System.Text.Json;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Plans.Tests.Statistics;

/// <summary>
/// History read on the units of another date (ADR 0019): the shipped employed persons of the 63 old provinces on the 34
/// new ones, and commune figures through the official commune table, split equally where an old commune was split.
/// Each test uses its own metric and year, so the tests of the class do not depend on one another's order.
/// </summary>
public sealed class StatisticsOnUnitsTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string Header = "unit_code,year,metric,value,source";
    private const string EmployedPersons = "employed_persons";
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task The_new_Dong_Nai_reads_2024_employed_persons_as_old_Binh_Phuoc_plus_old_Dong_Nai_exactly()
    {
        var after = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&year=2024&unitCode=75&onUnitsAt=2025-07-01"
        );
        var oldDongNai = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&year=2024&unitCode=75&onUnitsAt=2024-06-01"
        );
        var oldBinhPhuoc = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&year=2024&unitCode=70&onUnitsAt=2024-06-01"
        );

        oldDongNai
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<StatisticOnUnit>(s => s.Value == 1_807_810 && s.Method == StatisticMethod.Direct && s.Exact);
        oldBinhPhuoc.Should().ContainSingle().Which.Value.Should().Be(589_920);
        var dongNai = after.Should().ContainSingle().Subject;
        dongNai.Should().BeEquivalentTo(new
        {
            UnitCode = "75",
            UnitName = "Tỉnh Đồng Nai",
            Level = UnitLevel.Province,
            Year = 2024,
            Metric = EmployedPersons,
            Value = 2_397_730L,
            Method = StatisticMethod.Sum,
            Exact = true,
            MissingPredecessors = 0,
        });
        dongNai.Source.Should().StartWith("NSO px-web");
    }

    [Fact]
    public async Task Employed_persons_2018_to_2024_on_the_34_provinces_add_up_to_the_63_old_provinces_year_by_year()
    {
        var onNew = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&onUnitsAt=2025-07-01"
        );
        var onOld = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&onUnitsAt=2024-06-01"
        );

        onNew
            .Should()
            .HaveCount(34 * 7)
            .And.OnlyContain(s => s.Level == UnitLevel.Province && s.Method != StatisticMethod.EqualSplit && s.Exact);
        onOld.Should().HaveCount(63 * 7).And.OnlyContain(s => s.Method == StatisticMethod.Direct);
        onNew.Select(s => s.UnitCode).Distinct().Should().HaveCount(34);
        var newTotals = onNew.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        var oldTotals = onOld.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        newTotals.Should().Equal(oldTotals);
        newTotals[2024].Should().Be(51_860_290);
        // The eleven provinces that went on alone under their own code keep their own figure, summed from one
        // predecessor.
        onNew.Count(s => s.Year == 2024 && s.Method == StatisticMethod.Sum).Should().Be(34);
    }

    [Fact]
    public async Task A_split_old_commune_is_shared_equally_among_its_successors_and_the_figure_is_flagged_as_an_estimate()
    {
        // New Phường Ba Đình (00004) took the whole of Trúc Bạch (00004) and Quán Thánh (00013) and parts of eight
        // more,
        // among them Ngọc Hà (00016, split between 00004 and 00008) and Điện Biên (00019, split four ways).
        await ImportAsync(
            $"{Header}\n00004,2024,population,1000,test\n00013,2024,population,2000,test\n00016,2024,population,"
            + $"1001,test\n00019,2024,population,1003,test\n"
        );

        var baDinh = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=population&year=2024&unitCode=00004&onUnitsAt=2025-07-01"
        );
        var all = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=population&year=2024&onUnitsAt=2025-07-01"
        );

        // 1000 + 2000 + (1001 / 2, the odd person to the first successor in code order: 501) + (1003 / 4: 251).
        baDinh.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            UnitCode = "00004",
            UnitName = "Phường Ba Đình",
            Value = 3752L,
            Method = StatisticMethod.EqualSplit,
            Exact = false,
            MissingPredecessors = 6,
        });
        all.ToDictionary(s => s.UnitCode, s => s.Value).Should().Equal(new Dictionary<string, long>
        {
            ["00004"] = 3752, ["00008"] = 500, ["00070"] = 251, ["00190"] = 251, ["00226"] = 250,
        });
        all.Sum(s => s.Value).Should().Be(1000 + 2000 + 1001 + 1003);
    }

    [Fact]
    public async Task A_units_own_figure_wins_over_what_its_predecessors_would_give_it()
    {
        // 2025, the year of the change: old Ngọc Hà (00016, until 30 June) and the new Ngọc Hà (00008, from 1 July)
        // both have one.
        await ImportAsync(
            $"{Header}\n00016,2025,enterprises,41,test\n00008,2025,enterprises,90,Thống kê phường Ngọc Hà\n"
        );

        var ngocHa = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=enterprises&year=2025&unitCode=00008&onUnitsAt=2025-07-01"
        );
        var baDinh = await client.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=enterprises&year=2025&unitCode=00004&onUnitsAt=2025-07-01"
        );

        ngocHa
            .Should()
            .Equal(
                new StatisticOnUnit(
                    "00008",
                    "Phường Ngọc Hà",
                    UnitLevel.Commune,
                    "01",
                    2025,
                    "enterprises",
                    90,
                    StatisticMethod.Direct,
                    true,
                    0,
                    "Thống kê phường Ngọc Hà"
                )
            );
        baDinh.Should().ContainSingle().Which.Value.Should().Be(21);
    }

    [Fact]
    public async Task A_provincial_caller_reads_only_its_province_and_another_province_is_not_found()
    {
        var dongNai = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province("75"))
        );

        var own = await dongNai.GetAsync<List<StatisticOnUnit>>(
            "/api/statistics?metric=employed_persons&year=2024&onUnitsAt=2025-07-01"
        );
        var other = await dongNai.GetAsync(
            "/api/statistics?metric=employed_persons&year=2024&unitCode=01&onUnitsAt=2025-07-01"
        );

        own.Should().ContainSingle().Which.Value.Should().Be(2_397_730);
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(
        "/api/statistics",
        "metric",
        "Chưa chọn chỉ tiêu thống kê (tham số metric): chọn một trong các giá trị working_age_labour_force,"
    )]
    [InlineData("/api/statistics?metric=labour", "metric", "'labour' không phải chỉ tiêu đã biết")]
    [InlineData(
        "/api/statistics?metric=employed_persons&year=1900",
        "year",
        "Năm 1900 không hợp lệ: năm phải từ 1945 đến 2100."
    )]
    public async Task A_bad_question_is_refused_in_Vietnamese_saying_what_to_fix(
        string url,
        string field,
        string message
    )
    {
        using var vietnamese = platform.CreateVietnameseClient();

        var response = await vietnamese.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(message);
    }

    [Fact]
    public async Task A_unit_not_in_force_on_the_date_asked_is_not_found()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        var response = await vietnamese.GetAsync(
            "/api/statistics?metric=employed_persons&unitCode=70&onUnitsAt=2025-07-01"
        );

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadJsonAsync())
            .GetProperty("detail")
            .GetString()
            .Should()
            .Be("Không có đơn vị hành chính mã '70' còn hiệu lực ngày 2025-07-01.");
    }

    [Fact]
    public async Task The_OData_set_gives_Power_BI_the_34_provinces_employed_persons_of_2024()
    {
        var page = await client.GetAsync<JsonElement>(
            "/odata/UnitStatisticsOnUnits?$filter=Metric eq 'employed_persons' and Year eq 2024 and Level eq "
                + "'Province' and ValidTo eq null&$orderby=UnitCode&$select=UnitCode,Value,Method,Exact"
        );

        var rows = page.GetProperty("value").EnumerateArray().ToList();
        rows.Should().HaveCount(34);
        rows.Sum(r => r.GetProperty("Value").GetInt64()).Should().Be(51_860_290);
        var dongNai = rows.Single(r => r.GetProperty("UnitCode").GetString() == "75");
        dongNai.GetProperty("Value").GetInt64().Should().Be(2_397_730);
        dongNai.GetProperty("Method").GetString().Should().Be("Sum");
        dongNai.GetProperty("Exact").GetBoolean().Should().BeTrue();
    }

    private async Task ImportAsync(string csv)
    {
        var response = await client.PostCsvAsync("/api/statistics/import", csv);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
