using System.Net;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Scope;

/// <summary>Units and statistics as each scope sees them: T1's planner sees T1 and its 95 communes, nothing of T2 or
/// the nation.</summary>
[Collection(TwoProvincesCollection.Name)]
public sealed class UnitScopeTests(TwoProvincesFixture platform)
{
    [Theory]
    // today's 34, the 29 old provinces whose codes were not reused, T1 and T2; communes capped at 500
    [InlineData("national", 34 + 29 + 2, 500)]
    [InlineData("t1-planner", 1, 95)]
    [InlineData("t1001-officer", 0, 1)]
    public async Task Unit_searches_list_only_the_units_in_scope(string caller, int provinces, int communes)
    {
        var client = Client(caller);

        var provinceList = await client.GetAsync<List<UnitSummary>>("/api/units?level=Province&top=500");
        var communeList = await client.GetAsync<List<UnitSummary>>("/api/units?level=Commune&top=500");

        provinceList.Should().HaveCount(provinces);
        communeList.Should().HaveCount(communes);
    }

    [Fact]
    public async Task A_provincial_planner_reads_their_province_and_communes_and_nothing_else()
    {
        var client = platform.T1Planner;

        (await client.GetAsync<UnitSummary>("/api/units/T1")).Children.Should().Be(95);
        (await client.GetAsync<List<UnitSummary>>("/api/units/T1/children")).Should().HaveCount(95);
        (await client.GetAsync<UnitSummary>("/api/units/T1042")).ParentCode.Should().Be("T1");
        (await client.GetAsync<List<UnitStatisticView>>("/api/units/T1/statistics")).Should().HaveCount(4);
        foreach (
            var url in new[]
            {
                "/api/units/T2",
                "/api/units/T2001",
                "/api/units/VN",
                "/api/units/75",
                "/api/units/T2/children",
                "/api/units/VN/children",
                "/api/units/T2/statistics",
                "/api/units?parent=T2",
            }
        )
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task The_404_for_a_unit_outside_the_scope_reads_as_for_a_unit_that_does_not_exist()
    {
        var outside = await Problem.ReadAsync(await platform.T1Planner.GetAsync("/api/units/T2"));
        var unknown = await Problem.ReadAsync(await platform.T1Planner.GetAsync("/api/units/ZZ"));

        outside.Detail.Should().Be("No administrative unit has the code 'T2'.");
        unknown.Detail.Should().Be("No administrative unit has the code 'ZZ'.");
    }

    [Fact]
    public async Task A_commune_officer_sees_their_commune_only()
    {
        var client = platform.T1001Officer;

        (await client.GetAsync<UnitSummary>("/api/units/T1001")).Name.Should().Be("Xã Thử 1");
        (await client.GetAsync("/api/units/T1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/units/T1002")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync<List<UnitStatisticView>>("/api/units/T1001/statistics"))
            .Should()
            .ContainSingle()
            .Which.Value.Should()
            .Be(1037);
    }

    [Fact]
    public async Task The_nation_sees_both_provinces()
    {
        (await platform.NationalAnalyst.GetAsync<UnitSummary>("/api/units/T2")).Children.Should().Be(12);
        (await platform.NationalAnalyst.GetAsync<List<UnitSummary>>("/api/units/VN/children?at=2024-06-01"))
            .Select(u => u.Code)
            .Should()
            .Contain(["T1", "T2", "75"]);
    }

    [Fact]
    public async Task A_statistics_file_with_a_row_of_another_province_is_rejected_whole_and_nothing_is_written()
    {
        var before = await platform.StatisticRowsAsync();

        var response = await platform.T1Administrator.PostCsvAsync(
            "/api/statistics/import",
            "unit_code,year,metric,value,source\nT1,2022,collaborators,2100,Sở Nội vụ "
                + "2022\nT2,2022,collaborators,310,Sở Nội vụ 2022\nT2001,2021,population,5,x\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem
            .Errors!.Keys.Should()
            .BeEquivalentTo(["row 2", "row 3"], "T1's row is valid, but the file is all or nothing");
        problem.Errors["row 2"].Should().Equal("Row 2: unknown unit code 'T2'.");
        problem.Errors["row 3"].Should().Equal("Row 3: unknown unit code 'T2001'.");
        (await platform.StatisticRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_unit_file_with_a_commune_of_another_province_is_rejected_whole_and_nothing_is_written()
    {
        var before = await platform.UnitRowsAsync();

        var response = await platform.T1Administrator.PostCsvAsync(
            "/api/units/import?validFrom=2021-01-01&validTo=2025-06-30",
            "code,name,type,parent_code\nT1096,Xã Thử 96,xã,T1\nT2013,Xã Láng Giềng 13,xã,T2\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors!.Keys.Should().Equal("row 2");
        problem
            .Errors["row 2"]
            .Should()
            .Equal("Row 2: unit 'T2013' lies outside your scope (province T1); a file may hold only units of it.");
        (await platform.UnitRowsAsync()).Should().Equal(before);
    }

    private HttpClient Client(string caller) => caller switch
    {
        "national" => platform.NationalAnalyst,
        "t1-planner" => platform.T1Planner,
        _ => platform.T1001Officer,
    };
}
