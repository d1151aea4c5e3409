using Platform.TestKit;
using System.Globalization;
using System.Net;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>
/// Every Plans set of the feed held to the caller's scope before the query options apply: counts, $count, $apply,
/// $filter, $expand, keys and nextLink all see T1's rows only for T1's planner, and commune T1001's for its officer.
/// </summary>
public sealed class ScopeTests(TwoProvincesFeedFixture platform) : IClassFixture<TwoProvincesFeedFixture>
{
    [Theory]
    // the embedded register, T1 and its 95 communes, T2 and its 12
    [InlineData("AdministrativeUnits", "nation", SharedData.FreshDatabaseUnits + 109)]
    [InlineData("AdministrativeUnits", "province", 96)]
    [InlineData("AdministrativeUnits", "commune", 1)]
    [InlineData("UnitStatistics", "nation", 114 + 441)] // and the 441 shipped employed-persons figures
    [InlineData("UnitStatistics", "province", 99)]
    [InlineData("UnitStatistics", "commune", 1)]
    // and employed persons 2018–2024 on the 34 provinces
    [InlineData("UnitStatisticsOnUnits", "nation", 114 + 441 + 34 * 7)]
    [InlineData("UnitStatisticsOnUnits", "province", 99)]
    [InlineData("UnitStatisticsOnUnits", "commune", 1)]
    [InlineData("Plans", "nation", 112)]
    [InlineData("Plans", "province", 96)]
    [InlineData("Plans", "commune", 1)]
    [InlineData("Targets", "nation", 107)]
    [InlineData("Targets", "province", 0)]
    [InlineData("Targets", "commune", 0)]
    [InlineData("Obligations", "nation", 4390)]
    [InlineData("Obligations", "province", 3855)]
    [InlineData("Obligations", "commune", 40)]
    public async Task Each_scope_counts_its_own_rows_inline_and_by_path(string set, string scope, int expected)
    {
        var client = platform.For(scope);

        var path = await client.GetStringAsync(Url($"{set}/$count"));
        var inline = await GetJsonAsync(client, $"{set}?$count=true&$top=0");

        path.Should().Be(expected.ToString(CultureInfo.InvariantCulture));
        inline.GetProperty("@odata.count").GetInt64().Should().Be(expected);
    }

    [Theory]
    [InlineData("AdministrativeUnits", "nation", 15)]
    [InlineData("AdministrativeUnits", "province", 1)]
    [InlineData("UnitStatistics", "province", 1)]
    [InlineData("Plans", "commune", 1)]
    [InlineData("Targets", "province", 1)]
    [InlineData("Obligations", "nation", 5)]
    [InlineData("Obligations", "province", 4)]
    [InlineData("Obligations", "commune", 1)]
    public async Task Each_scope_walks_the_same_pages_from_both_writers(string set, string scope, int pages)
    {
        using var library = platform.LibraryWriterFor(scope);

        var expected = await PagesWithHeadersAsync(library, $"{set}?$count=true", "odata.maxpagesize=1000");
        var actual = await PagesWithHeadersAsync(platform.For(scope), $"{set}?$count=true", "odata.maxpagesize=1000");

        actual.Should().HaveCount(pages).And.Equal(expected);
    }

    [Theory]
    [InlineData("Indicators")]
    [InlineData("Rules")]
    public async Task The_indicator_catalogue_and_the_rules_are_the_same_for_every_scope(string set)
    {
        var nation = await platform.Nation.GetStringAsync(Url($"{set}/$count"));

        (await platform.Province.GetStringAsync(Url($"{set}/$count"))).Should().Be(nation);
        (await platform.Commune.GetStringAsync(Url($"{set}/$count"))).Should().Be(nation);
    }

    [Theory]
    [InlineData("nation", "T1:3855,T2:535")]
    [InlineData("province", "T1:3855")]
    [InlineData("commune", "T1:40")]
    public async Task Apply_groupby_province_aggregates_only_the_rows_in_scope(string scope, string expected)
    {
        var rows = await ValuesAsync(
            platform.For(scope),
            "Obligations?$apply=groupby((ProvinceCode),aggregate($count as Rows))&$orderby=ProvinceCode"
        );

        string.Join(
                ',',
                rows.Select(r => $"{r.GetProperty("ProvinceCode").GetString()}:{r.GetProperty("Rows").GetInt64()}")
            )
            .Should()
            .Be(expected);
    }

    [Theory]
    [InlineData("Obligations?$filter=ProvinceCode eq 'T2'")]
    [InlineData("Obligations?$filter=UnitCode eq 'T2001'")]
    [InlineData("Plans?$filter=Code eq 'VN-2021-2025' or Code eq 'T2-2021-2025'")]
    [InlineData("AdministrativeUnits?$filter=Code eq 'T2' or Code eq 'VN'")]
    [InlineData("UnitStatistics?$filter=ProvinceCode eq 'T2'")]
    [InlineData("Targets?$filter=PlanCode eq 'VN-2021-2025'")]
    [InlineData("Obligations?$apply=filter(ProvinceCode eq 'T2')/aggregate($count as Rows)")]
    public async Task A_filter_aimed_at_another_province_finds_nothing(string query)
    {
        var rows = await ValuesAsync(
            platform.Province,
            query + (query.Contains("$apply", StringComparison.Ordinal) ? "" : "&$count=true")
        );
        var nation = await ValuesAsync(platform.Nation, query);

        // An aggregate over no rows answers no group at all.
        (
            query.Contains("$apply", StringComparison.Ordinal)
                ? rows.Sum(r => r.GetProperty("Rows").GetInt64())
                : rows.Count
        )
            .Should()
            .Be(0);
        nation.Should().NotBeEmpty("the nation sees these rows, so the filter itself is not what hides them");
    }

    [Fact]
    public async Task A_key_outside_the_scope_answers_404_as_an_unknown_one()
    {
        var plan = (await ValuesAsync(platform.Nation, "Plans?$filter=Code eq 'T2-2021-2025'&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        var unit = (await ValuesAsync(platform.Nation, "AdministrativeUnits?$filter=Code eq 'T2'&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        var obligation = (await ValuesAsync(platform.Nation, "Obligations?$filter=UnitCode eq 'T2'&$top=1&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        var statistic = (
            await ValuesAsync(platform.Nation, "UnitStatistics?$filter=UnitCode eq 'T2'&$top=1&$select=Id")
        )
            .Single()
            .GetProperty("Id")
            .GetInt32();
        var target = (await ValuesAsync(platform.Nation, "Targets?$top=1&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        string[] urls =
        [
            $"Plans({plan})",
            $"AdministrativeUnits({unit})",
            $"Obligations({obligation})",
            $"UnitStatistics({statistic})",
            $"Targets({target})",
        ];

        foreach (var url in urls)
        {
            (await platform.Nation.GetAsync(Url(url))).StatusCode.Should().Be(HttpStatusCode.OK, url);
            (await platform.Province.GetAsync(Url(url))).StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }

        (await platform.Province.GetAsync(Url("Plans(999999)"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Expanded_units_and_plans_stay_in_the_province()
    {
        var obligations = await ValuesAsync(
            platform.Province,
            "Obligations?$select=Id&$expand=Unit($select=Code,ProvinceCode),Plan($select=Code,ProvinceCode)&"
            + "$orderby=Id desc&$top=500"
        );
        var plans = await ValuesAsync(
            platform.Province,
            "Plans?$select=Code&$expand=Unit($select=ProvinceCode),Targets($select=Id)"
        );

        obligations
            .Should()
            .HaveCount(500)
            .And.OnlyContain(o =>
                o.GetProperty("Unit").GetProperty("ProvinceCode").GetString() == "T1"
                && o.GetProperty("Plan").GetProperty("ProvinceCode").GetString() == "T1"
            );
        plans
            .Should()
            .HaveCount(96)
            .And.OnlyContain(p =>
                p.GetProperty("Unit").GetProperty("ProvinceCode").GetString() == "T1"
                && p.GetProperty("Targets").GetArrayLength() == 0
            );
    }

    [Fact]
    public async Task The_nation_expands_the_national_plans_targets_that_a_province_never_reaches()
    {
        var national = (
            await ValuesAsync(
                platform.Nation,
                "Plans?$filter=Code eq 'VN-2021-2025'&$select=Code&$expand=Targets($select=Id)"
            )
        ).Single();
        var fromTargets = await ValuesAsync(platform.Province, "Targets?$expand=Plan($select=Code)");

        national.GetProperty("Targets").GetArrayLength().Should().Be(67);
        fromTargets.Should().BeEmpty();
    }

    [Fact]
    public async Task NextLink_walks_the_provinces_obligations_to_the_end_and_no_further()
    {
        using var client = platform.CreateClientFor(TestKit.PlatformFactory.Caller(
            BuildingBlocks.Security.PlatformRoles.Analyst, BuildingBlocks.Security.UnitScope.Province("T1")));
        client.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=250");

        var (ids, pages) = await PowerQueryWalkTests.WalkAsync(client, Url("Obligations?$select=Id,ProvinceCode"));

        ids.Should().HaveCount(3855).And.OnlyHaveUniqueItems();
        pages.Should().Be(16);
    }
}
