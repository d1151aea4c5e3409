using System.Net;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Actuals;

/// <summary>
/// What the old units did in 2024, read on the units of July 2025 (issue 14, item 4; ADR 0019): radio broadcasts of old
/// Bình Phước (70) and old Đồng Nai (75) become the new Đồng Nai's; Phường Tân Phú (25195) and Phường Tân Đồng (25198)
/// went whole into the new Phường Bình Phước (25195, a reused code); Xã Xuân Tâm (26449) was split between Xã Xuân Đông
/// (26359) and Xã Xuân Hòa (26446), so its 5 broadcasts give 3 and 2, an estimate.
/// </summary>
public sealed class ActualsOnUnitsTests : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private const string Radio = "RADIO_VOL";

    private static readonly DateOnly Reform = new(2025, 7, 1);

    private readonly PlatformFactory factory;

    private readonly HttpClient client;

    public ActualsOnUnitsTests(PlatformFactory factory) => (this.factory, client) = (factory, factory.CreateClient());

    public async Task InitializeAsync()
    {
        if ((await MonitoringApi.ActualAsync(client, 2024, "70", Radio)) is not null)
        {
            return;
        }

        await MonitoringApi.ImportAsync(client,
            MonitoringApi.Line("25195", new DateOnly(2024, 3, 4), "radio_broadcast", 7) +
            MonitoringApi.Line("25198", new DateOnly(2024, 3, 5), "radio_broadcast", 5) +
            MonitoringApi.Line("75", new DateOnly(2024, 4, 1), "radio_broadcast", 3) +
            MonitoringApi.Line("26449", new DateOnly(2024, 5, 2), "radio_broadcast", 5));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<List<ActualOnUnit>> OnUnitsAsync(HttpClient reader, string query) =>
        reader.GetAsync<List<ActualOnUnit>>($"/api/monitoring/actuals/on-units?year=2024&indicator={Radio}&{query}");

    [Fact]
    public async Task The_new_Dong_Nai_holds_what_old_Binh_Phuoc_and_old_Dong_Nai_broadcast_in_2024_exactly()
    {
        var oldBinhPhuoc = await MonitoringApi.ActualAsync(client, 2024, "70", Radio);
        var oldDongNai = await MonitoringApi.ActualAsync(client, 2024, "75", Radio);

        var dongNai = (await OnUnitsAsync(client, "unitCode=75&onUnitsAt=2025-07-01")).Single();
        var ward = (await OnUnitsAsync(client, "unitCode=25195&onUnitsAt=2025-07-01")).Single();

        (oldBinhPhuoc!.Value, oldDongNai!.Value).Should().Be((12L, 8L));
        dongNai
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitCode = "75",
                    UnitName = "Tỉnh Đồng Nai",
                    Level = UnitLevel.Province,
                    ProvinceCode = "75",
                    Year = 2024,
                    IndicatorCode = Radio,
                    Value = 20L,
                    Denominator = (long?)null,
                    Method = StatisticMethod.Sum,
                    Exact = true,
                    Predecessors = 2,
                    OnUnitsAt = Reform,
                }
            );
        ward.Should()
            .BeEquivalentTo(
                new
                {
                    UnitName = "Phường Bình Phước",
                    Level = UnitLevel.Commune,
                    Value = 12L,
                    Method = StatisticMethod.Sum,
                    Exact = true,
                    Predecessors = 2,
                }
            );
    }

    [Fact]
    public async Task A_split_communes_broadcasts_are_shared_equally_the_one_left_over_to_the_first_successor_and_marked_as_an_estimate()
    {
        var onUnits = await OnUnitsAsync(client, "onUnitsAt=2025-07-01");

        onUnits
            .Where(a => a.UnitCode is "26359" or "26446")
            .Select(a => (a.UnitCode, a.Value, a.Method, a.Exact))
            .Should()
            .Equal(("26359", 3L, StatisticMethod.EqualSplit, false), ("26446", 2L, StatisticMethod.EqualSplit, false));
        onUnits
            .Where(a => a.Level == UnitLevel.Commune)
            .Sum(a => a.Value)
            .Should()
            .Be(17, "every broadcast of a commune is counted once on the new communes");
        onUnits
            .Single(a => a.UnitCode == NationalUnit.Code)
            .Should()
            .BeEquivalentTo(
                new
                {
                    Value = 20L,
                    Method = StatisticMethod.Direct,
                    Exact = true,
                    Predecessors = 1,
                }
            );
        onUnits
            .Should()
            .NotContain(
                a => a.Level == UnitLevel.District,
                "districts are gone since July 2025; their provinces hold their figures"
            );
        (await OnUnitsAsync(client, "unitCode=75"))
            .Single()
            .Value.Should()
            .Be(20, "today's units are those of July 2025");
    }

    [Fact]
    public async Task Read_on_the_structure_of_2024_the_units_keep_their_own_figures()
    {
        var onUnits = await OnUnitsAsync(client, "onUnitsAt=2024-12-31");

        onUnits
            .Single(a => a.UnitCode == "70")
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitName = "Tỉnh Bình Phước",
                    Value = 12L,
                    Method = StatisticMethod.Direct,
                    Exact = true,
                }
            );
        onUnits
            .Single(a => a.UnitCode == "25195")
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitName = "Phường Tân Phú",
                    Value = 7L,
                    Method = StatisticMethod.Direct,
                }
            );
        onUnits
            .Single(a => a.UnitCode == "689")
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitName = "Thành phố Đồng Xoài",
                    Level = UnitLevel.District,
                    Value = 12L,
                    Method = StatisticMethod.Direct,
                },
                "a district still in force keeps its figure; only one that is gone carries nothing"
            );
    }

    [Theory]
    [InlineData(2024, "2026-12-06")]
    [InlineData(2026, "2026-12-06")]
    [InlineData(2027, "2027-01-01")]
    public void Without_a_date_a_year_is_read_on_todays_units_or_for_a_year_to_come_on_those_of_its_1_January(
        int year,
        string expected
    ) =>
        GetActualsOnUnitsHandler
            .DefaultOnUnitsAt(year, new DateOnly(2026, 12, 6))
            .Should()
            .Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_feed_charts_2024_by_the_34_provinces_with_the_method_of_each_figure()
    {
        var feed = await client.GetAsync<System.Text.Json.JsonElement>(
            $"/odata/IndicatorActualsOnUnits?$filter=Year eq 2024 and IndicatorCode eq '{Radio}' and Level ne "
                + $"'Commune'&$orderby=UnitCode&$select=UnitCode,UnitName,Value,Method,Exact,Predecessors"
        );

        feed.GetProperty("value")
            .EnumerateArray()
            .Select(r =>
                (
                    r.GetProperty("UnitCode").GetString(),
                    r.GetProperty("UnitName").GetString(),
                    r.GetProperty("Value").GetInt64(),
                    r.GetProperty("Method").GetString(),
                    r.GetProperty("Exact").GetBoolean(),
                    r.GetProperty("Predecessors").GetInt32()
                )
            )
            .Should()
            .Equal(("75", "Tỉnh Đồng Nai", 20L, "Sum", true, 2), ("VN", "Việt Nam", 20L, "Direct", true, 1));
    }

    [Fact]
    public async Task A_provincial_reader_sees_only_her_provinces_units()
    {
        var hcm = factory.CreateClientFor(PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Province("79")));

        var own = await OnUnitsAsync(hcm, "onUnitsAt=2025-07-01");
        var other = await hcm.GetAsync($"/api/monitoring/actuals/on-units?year=2024&unitCode=75&onUnitsAt=2025-07-01");

        var feed = await hcm.GetAsync<System.Text.Json.JsonElement>(
            $"/odata/IndicatorActualsOnUnits?$filter=Year eq 2024 and IndicatorCode eq '{Radio}'&$count=true"
        );

        own.Should().BeEmpty();
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        feed.GetProperty("@odata.count")
            .GetInt64()
            .Should()
            .Be(0, "Đồng Nai's and the nation's rows are not the reader's");
    }

    [Theory]
    [InlineData(
        "year=2024&onUnitsAt=2023-12-31",
        HttpStatusCode.BadRequest,
        "Ngày đơn vị (onUnitsAt) 31/12/2023 có trước năm 2024"
    )]
    [InlineData(
        "year=2024&indicator=RADIO",
        HttpStatusCode.BadRequest,
        "Chỉ tiêu 'RADIO' không có trong danh mục chỉ tiêu theo dõi"
    )]
    [InlineData("onUnitsAt=2025-07-01", HttpStatusCode.BadRequest, "Năm (year) phải từ 2000 đến 2100.")]
    [InlineData(
        "year=2024&onUnitsAt=2025-13-01",
        HttpStatusCode.BadRequest,
        "'2025-13-01' không phải giá trị hợp lệ của onUnitsAt"
    )]
    [InlineData(
        "year=2024&unitCode=70&onUnitsAt=2025-07-01",
        HttpStatusCode.NotFound,
        "Không có đơn vị hành chính mã '70' còn hiệu lực ngày 2025-07-01."
    )]
    public async Task Bad_requests_are_refused_in_Vietnamese_saying_what_to_fix(
        string query,
        HttpStatusCode status,
        string message
    )
    {
        var response = await factory.CreateVietnameseClient().GetAsync($"/api/monitoring/actuals/on-units?{query}");

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }
}
