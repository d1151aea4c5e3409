using System.Text.Json;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>One test per query option, with the numbers of the Đồng Nai cascade (95 communes, ≥70% with 2–4
/// conferences).</summary>
public sealed class QueryOptionTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Filter_finds_the_provinces_obligation_with_flat_codes_and_names()
    {
        var row = (
            await ValuesAsync(
                client,
                "Obligations?$filter=UnitCode eq '75' and Year eq 2026 and IndicatorCode eq 'GRASSROOTS_CONF_COUNT'"
            )
        ).Single();

        row.GetProperty("Floor").GetInt64().Should().Be(134);
        row.GetProperty("Stretch").GetInt64().Should().Be(268);
        row.GetProperty("ComputedFloor").GetInt64().Should().Be(134);
        row.GetProperty("RateFloor").GetDouble().Should().Be(2.0);
        row.GetProperty("RateStretch").GetDouble().Should().Be(4.0);
        row.GetProperty("PlanCode").GetString().Should().Be("75-2026-2030");
        row.GetProperty("UnitName").GetString().Should().Be("Tỉnh Đồng Nai");
        row.GetProperty("Level").GetString().Should().Be("Province");
        row.GetProperty("ProvinceCode").GetString().Should().Be("75");
        row.GetProperty("ProvinceName").GetString().Should().Be("Tỉnh Đồng Nai");
        row.GetProperty("IndicatorName")
            .GetString()
            .Should()
            .Be("Số hội nghị tuyên truyền trực tiếp tại mỗi xã được chọn");
        row.GetProperty("RuleName").GetString().Should().NotBeNullOrEmpty();
        row.GetProperty("RuleVersion").GetString().Should().NotBeNullOrEmpty();
        row.GetProperty("Overridden").GetBoolean().Should().BeFalse();
        row.GetProperty("MissingData").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Contains_matches_Vietnamese_names_as_written()
    {
        var units = await GetJsonAsync(
            client,
            "AdministrativeUnits?$filter=contains(Name,'Đồng') and ValidTo eq null&$count=true&$top=0"
        );
        var obligations = await GetJsonAsync(
            client,
            "Obligations?$filter=contains(UnitName,'Đồng')&$count=true&$top=0"
        );

        units.GetProperty("@odata.count").GetInt64().Should().Be(50);
        obligations.GetProperty("@odata.count").GetInt64().Should().Be(145);
    }

    [Fact]
    public async Task The_search_column_matches_without_diacritics()
    {
        var units = await ValuesAsync(
            client,
            "AdministrativeUnits?$filter=contains(SearchName,'dong nai') and ValidTo eq null&$select=Code,Name"
        );
        var obligations = await GetJsonAsync(
            client,
            "Obligations?$filter=contains(SearchName,'dong nai')&$count=true&$top=0"
        );

        units.Select(u => u.GetProperty("Name").GetString()).Should().Equal("Tỉnh Đồng Nai");
        obligations.GetProperty("@odata.count").GetInt64().Should().Be(40, "8 indicators × 5 years for the province");
    }

    [Fact]
    public async Task Select_returns_only_the_columns_asked()
    {
        var row = (
            await ValuesAsync(client, "Indicators?$filter=Code eq 'RADIO_VOL'&$select=Code,UnitOfMeasure")
        ).Single();

        row.EnumerateObject().Select(p => p.Name).Should().Equal("Code", "UnitOfMeasure");
        row.GetProperty("UnitOfMeasure").GetString().Should().Be("lượt/tuần/xã");
    }

    [Fact]
    public async Task Orderby_sorts_by_the_column_asked()
    {
        var rows = await ValuesAsync(
            client,
            "AdministrativeUnits?$filter=ProvinceCode eq '75' and Level eq 'Commune' and ValidTo eq null&$orderby=Name "
                + "desc&$top=3&$select=Code,Name"
        );

        rows.Select(r => r.GetProperty("Code").GetString()).Should().Equal("25390", "25363", "26206");
    }

    [Fact]
    public async Task Top_and_skip_page_through_the_catalogue()
    {
        var rows = await ValuesAsync(client, "Indicators?$orderby=SortOrder&$skip=2&$top=3&$select=Code");

        rows.Select(r => r.GetProperty("Code").GetString())
            .Should()
            .Equal("COLLAB_TRAINED", "STAFF_TRAINED", "STEERING_TRAINED");
    }

    [Fact]
    public async Task Count_inline_and_as_a_path_agree()
    {
        var inline = await GetJsonAsync(
            client,
            "Obligations?$filter=Level eq 'Commune' and Year eq 2030&$count=true&$top=0"
        );
        var path = await client.GetStringAsync(Url("Obligations/$count?$filter=Level eq 'Commune' and Year eq 2030"));

        inline.GetProperty("@odata.count").GetInt64().Should().Be(665, "95 communes × 7 indicators");
        path.Should().Be("665");
    }

    [Fact]
    public async Task Expand_follows_the_navigation_properties()
    {
        var row = (
            await ValuesAsync(
                client,
                "Obligations?$filter=UnitCode eq '75' and Year eq 2026 and IndicatorCode eq "
                    + "'UNITS_WITH_PLAN'&$select=Floor&$expand=Unit($select=Code,Name),"
                    + "Indicator($select=CascadeKind),Plan($select=Status)"
            )
        ).Single();
        var plan = (
            await ValuesAsync(
                client,
                "Plans?$filter=Code eq 'VN-2026-2030'&$select=Code&$expand=Targets($filter=Year eq "
                    + "2026;$orderby=IndicatorCode;$select=IndicatorCode,Floor,Stretch)"
            )
        ).Single();

        row.GetProperty("Floor").GetInt64().Should().Be(95);
        row.GetProperty("Unit").GetProperty("Name").GetString().Should().Be("Tỉnh Đồng Nai");
        row.GetProperty("Indicator").GetProperty("CascadeKind").GetString().Should().Be("share-of-subordinate-units");
        row.GetProperty("Plan").GetProperty("Status").GetString().Should().Be("Draft");
        var targets = plan.GetProperty("Targets").EnumerateArray().ToList();
        targets
            .Select(t => t.GetProperty("IndicatorCode").GetString())
            .Should()
            .Equal(
                "CADRES_INFORMED",
                "COLLAB_CLASSES",
                "COLLAB_TRAINED",
                "GRASSROOTS_CONF",
                "GRASSROOTS_CONF_COUNT",
                "STAFF_TRAINED",
                "STEERING_TRAINED",
                "UNITS_WITH_PLAN"
            );
        targets[4].GetProperty("Floor").GetDouble().Should().Be(2.0);
        targets[4].GetProperty("Stretch").GetDouble().Should().Be(4.0);
    }

    [Fact]
    public async Task Expand_reaches_depth_two_through_a_collection()
    {
        var plan = (
            await ValuesAsync(
                client,
                "Plans?$filter=Code eq 'VN-2026-2030'&$select=Code"
                    + "&$expand=Targets($filter=Year eq "
                    + "2026;$orderby=IndicatorCode;$select=IndicatorCode,Floor;"
                    + "$expand=Indicator($select=UnitOfMeasure))"
            )
        ).Single();

        var targets = plan.GetProperty("Targets").EnumerateArray().ToList();
        targets
            .Select(t => t.GetProperty("IndicatorCode").GetString())
            .Should()
            .Equal(
                "CADRES_INFORMED",
                "COLLAB_CLASSES",
                "COLLAB_TRAINED",
                "GRASSROOTS_CONF",
                "GRASSROOTS_CONF_COUNT",
                "STAFF_TRAINED",
                "STEERING_TRAINED",
                "UNITS_WITH_PLAN"
            );
        targets[4].GetProperty("Floor").GetDouble().Should().Be(2.0);
        targets[4].GetProperty("Indicator").EnumerateObject().Select(p => p.Name).Should().Equal("UnitOfMeasure");
        targets[4].GetProperty("Indicator").GetProperty("UnitOfMeasure").GetString().Should().Be("cuộc/xã/năm");
    }

    [Fact]
    public async Task Apply_rows_carry_no_odata_id()
    {
        var body = await client.GetStringAsync(
            Url("Obligations?$apply=groupby((Year),aggregate(Floor with sum as Total))&$orderby=Year")
        );

        body.Should().Be("{\"@odata.context\":\"http://localhost/odata/$metadata#Obligations(Year,Total)\",\"value\":["
            + "{\"Year\":2026,\"Total\":4632},{\"Year\":2027,\"Total\":4632},{\"Year\":2028,\"Total\":4632},"
            + "{\"Year\":2029,\"Total\":4632},{\"Year\":2030,\"Total\":4632}]}");
    }

    [Fact]
    public async Task Apply_rows_carry_no_odata_id_without_metadata_either()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            Url("Obligations?$apply=groupby((Year),aggregate(Floor with sum as Total))&$orderby=Year")
        );
        request.Headers.TryAddWithoutValidation("Accept", "application/json;odata.metadata=none");

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        body.Should()
            .Be(
                "{\"value\":[{\"Year\":2026,\"Total\":4632},{\"Year\":2027,\"Total\":4632},{\"Year\":2028,"
                + "\"Total\":4632},"
                    + "{\"Year\":2029,\"Total\":4632},{\"Year\":2030,\"Total\":4632}]}"
            );
    }

    [Fact]
    public async Task Apply_groupby_aggregates_sum_count_and_countdistinct()
    {
        var rows = await ValuesAsync(
            client,
            "Obligations?$apply=groupby((IndicatorCode),aggregate(Floor with sum as Total,$count as Rows,UnitCode with "
                + "countdistinct as Units))&$orderby=IndicatorCode"
        );

        var byIndicator = rows.ToDictionary(
            r => r.GetProperty("IndicatorCode").GetString()!,
            r =>
                (
                    Total: r.GetProperty("Total").GetInt64(),
                    Rows: r.GetProperty("Rows").GetInt64(),
                    Units: r.GetProperty("Units").GetInt64()
                )
        );
        byIndicator
            .Keys.Should()
            .Equal(
                "CADRES_INFORMED",
                "COLLAB_CLASSES",
                "COLLAB_TRAINED",
                "GRASSROOTS_CONF",
                "GRASSROOTS_CONF_COUNT",
                "STAFF_TRAINED",
                "STEERING_TRAINED",
                "UNITS_WITH_PLAN"
            );
        byIndicator["GRASSROOTS_CONF"]
            .Should()
            .Be((670L, 480L, 96L), "67 communes a year, for the province and again split over its communes");
        byIndicator["GRASSROOTS_CONF_COUNT"].Should().Be((1340L, 480L, 96L));
        byIndicator["UNITS_WITH_PLAN"].Should().Be((950L, 480L, 96L));
        byIndicator["COLLAB_TRAINED"].Should().Be((20000L, 480L, 96L), "2,000 collaborators, 100% a year");
        byIndicator["COLLAB_CLASSES"].Should().Be((200L, 5L, 1L), "a province-only quota: 40 classes of 50 a year");
    }

    [Fact]
    public async Task Apply_filter_then_aggregate_gives_min_max_average_and_the_sum()
    {
        var row = (
            await ValuesAsync(
                client,
                "Obligations?$apply=filter(ProvinceCode eq '75' and Level eq 'Commune' and Year eq 2026 and "
                    + "IndicatorCode eq 'GRASSROOTS_CONF_COUNT')"
                    + "/aggregate(Floor with sum as Total,Floor with min as Lowest,Floor with max as Highest,Floor "
                    + "with average as Mean,UnitCode with countdistinct as Communes)"
            )
        ).Single();

        row.GetProperty("Total").GetInt64().Should().Be(134);
        row.GetProperty("Lowest").GetInt64().Should().Be(0);
        row.GetProperty("Highest").GetInt64().Should().Be(2);
        row.GetProperty("Mean").GetDouble().Should().BeApproximately(134 / 95.0, 1e-9);
        row.GetProperty("Communes").GetInt64().Should().Be(95);
    }

    [Fact]
    public async Task Apply_groupby_years_can_be_ordered()
    {
        var rows = await ValuesAsync(
            client,
            "Obligations?$apply=groupby((Year),aggregate(Floor with sum as Total))&$orderby=Year desc"
        );

        rows.Select(r => r.GetProperty("Year").GetInt32()).Should().Equal(2030, 2029, 2028, 2027, 2026);
        rows.Should().OnlyContain(r => r.GetProperty("Total").GetInt64() == 4632);
    }

    [Fact]
    public async Task Paging_ordered_by_a_non_unique_column_is_stable()
    {
        using var small = platform.CreateClient();
        small.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=200");

        var (ids, pages) = await PowerQueryWalkTests.WalkAsync(
            small,
            Url("Obligations?$orderby=IndicatorCode,Year&$select=Id,IndicatorCode,Year")
        );
        var (names, _) = await PowerQueryWalkTests.WalkAsync(
            small,
            Url("Obligations?$orderby=UnitName desc&$select=Id,UnitName")
        );

        ids.Should().HaveCount(3365).And.OnlyHaveUniqueItems();
        pages.Should().Be(17);
        names.Should().HaveCount(3365).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task NextLink_names_the_address_the_client_used_behind_a_proxy()
    {
        using var proxied = platform.CreateClient();
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Host", "bi.bhxh.example.vn");

        var page = await GetJsonAsync(proxied, "Obligations?$select=Id");

        page.GetProperty("@odata.nextLink")
            .GetString()
            .Should()
            .StartWith("https://bi.bhxh.example.vn/odata/Obligations?");
        page.GetProperty("@odata.context").GetString().Should().StartWith("https://bi.bhxh.example.vn/odata/$metadata");
    }

    [Fact]
    public async Task A_key_reads_one_entity()
    {
        var indicator = await GetJsonAsync(client, "Indicators('RADIO_VOL')");

        indicator.GetProperty("CascadeKind").GetString().Should().Be("frequency-per-subordinate-unit");
        indicator
            .GetProperty("Name")
            .GetString()
            .Should()
            .Be("Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở");
    }

    [Fact]
    public async Task Rules_name_every_rule_of_a_kind_in_both_languages_with_the_version_obligations_store()
    {
        var rules = await ValuesAsync(
            client,
            "Rules?$filter=Kind eq 'percent-of-denominator'&$select=Name,File,DescriptionVi,DescriptionEn,Version"
        );
        var version = Platform.Rules.RuleSet.VersionOf("percent-of-denominator");

        rules.Select(r => r.GetProperty("Name").GetString()).Should().Equal(
            "percent-of-denominator/commune-own-denominator",
            "percent-of-denominator/commune-share-of-province-count",
            "percent-of-denominator/province-own-denominator");
        rules.Should().OnlyContain(r =>
            r.GetProperty("File").GetString() == "rules/PercentOfDenominator.cs"
            && r.GetProperty("Version").GetString() == version);
        rules[2].GetProperty("DescriptionVi").GetString().Should().Be("tỷ lệ × mẫu số của chính tỉnh, làm tròn lên");
        rules[2].GetProperty("DescriptionEn").GetString().Should()
            .Be("percent × the province's own denominator, rounded up");
        var obligations = await ValuesAsync(
            client,
            "Obligations?$filter=RuleName eq 'percent-of-denominator/province-own-denominator'&$top=1"
                + "&$select=RuleVersion"
        );
        obligations.Single().GetProperty("RuleVersion").GetString().Should().Be(version);
    }

    [Fact]
    public async Task A_rule_is_read_by_its_name()
    {
        var rule = await GetJsonAsync(client, "Rules('share-of-subordinate-units%2Fprovince-share-of-communes')");

        rule.GetProperty("Kind").GetString().Should().Be("share-of-subordinate-units");
        rule.GetProperty("DescriptionVi").GetString().Should().Be("tỷ lệ × số xã của tỉnh, làm tròn lên");
    }

    [Fact]
    public async Task UnitLineage_shows_the_new_Dong_Nai_made_whole_of_old_Binh_Phuoc_and_old_Dong_Nai()
    {
        var links = await ValuesAsync(
            client,
            "UnitLineage?$filter=NewCode eq '75' and NewLevel eq "
                + "'Province'&$orderby=OldCode&$select=OldCode,OldName,OldLevel,NewName,Kind,EffectiveDate"
        );
        var communes = await GetJsonAsync(
            client,
            "UnitLineage?$filter=NewProvinceCode eq '75' and NewLevel eq 'Commune'&$count=true&$top=0"
        );

        links
            .Select(l =>
                (
                    l.GetProperty("OldCode").GetString(),
                    l.GetProperty("OldName").GetString(),
                    l.GetProperty("Kind").GetString()
                )
            )
            .Should()
            .Equal(("70", "Tỉnh Bình Phước", "Whole"), ("75", "Tỉnh Đồng Nai", "Whole"));
        links
            .Should()
            .OnlyContain(l =>
                l.GetProperty("EffectiveDate").GetString() == "2025-07-01"
                && l.GetProperty("OldLevel").GetString() == "Province"
            );
        communes
            .GetProperty("@odata.count")
            .GetInt64()
            .Should()
            .Be(271, "rows of the official table for the 95 new communes of Đồng Nai");
    }

    [Fact]
    public async Task Dates_are_plain_dates()
    {
        // 75 is two units: the new Đồng Nai in force, and the old one until the reform.
        var units = await ValuesAsync(
            client,
            "AdministrativeUnits?$filter=Code eq '75'&$orderby=ValidFrom desc&$select=ValidFrom,ValidTo"
        );

        units.Should().HaveCount(2);
        units[0].GetProperty("ValidFrom").GetString().Should().Be("2025-07-01");
        units[0].GetProperty("ValidTo").ValueKind.Should().Be(JsonValueKind.Null);
        units[1].GetProperty("ValidFrom").GetString().Should().Be("2008-08-01");
        units[1].GetProperty("ValidTo").GetString().Should().Be("2025-06-30");
    }
}
