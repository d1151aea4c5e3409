using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Platform.Monitoring.Tests.Support;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.OData;

/// <summary>
/// The synthetic province with VN-2021-2025 cascaded over it and a few activities, read through the OData feed as of
/// the TestKit's clock (15 March 2026): every year 2021 – 2025 has obligations, so the computed sets cover those years.
/// </summary>
public sealed class MonitoringFeedFixture : IAsyncLifetime
{
    private readonly CascadedProvinceFixture province = new();

    public HttpClient Client => province.Client;

    public async Task InitializeAsync()
    {
        await province.InitializeAsync();
        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Broadcasts(CommuneCode(1), 2024, 6) + MonitoringApi.Broadcasts(CommuneCode(2), 2022, 3)
        );
    }

    public Task DisposeAsync() => province.DisposeAsync();
}

public sealed class MonitoringFeedTests(MonitoringFeedFixture platform) : IClassFixture<MonitoringFeedFixture>
{
    private HttpClient Client => platform.Client;

    public static TheoryData<string, string, long> Sets =>
        new()
        {
            { "ActivityReports", "Id", 9 },
            { "IndicatorActuals", "Id", 491 },
            // the nation's only: the fixture's province ended on 30/06/2025 and went into no unit of today
            { "IndicatorActualsOnUnits", "Id", 7 },
            { "Progress", "ObligationId", 3855 },
            { "ReportingDeadlines", "Id", 480 },
        };

    [Fact]
    public async Task The_service_document_lists_the_five_Monitoring_sets()
    {
        var names = (await GetJsonAsync("/odata"))
            .GetProperty("value")
            .EnumerateArray()
            .Select(s => s.GetProperty("name").GetString())
            .ToList();

        names
            .Should()
            .Contain([
                "ActivityReports",
                "IndicatorActuals",
                "IndicatorActualsOnUnits",
                "Progress",
                "ReportingDeadlines",
            ]);
    }

    [Fact]
    public async Task The_metadata_parses_with_dates_whole_numbers_and_doubles()
    {
        var response = await Client.GetAsync("/odata/$metadata");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        CsdlReader.TryParse(reader, out var model, out var errors).Should().BeTrue(string.Join("; ", errors ?? []));

        var activity = EntityType(model, "ActivityReports");
        Key(activity).Should().Equal("Id");
        Type(activity, "Date").Should().Be("Edm.Date");
        Type(activity, "Year").Should().Be("Edm.Int32");
        Type(activity, "Count").Should().Be("Edm.Int64");
        Type(activity, "Participants").Should().Be("Edm.Int64");

        var actual = EntityType(model, "IndicatorActuals");
        Key(actual).Should().Equal("Id");
        Type(actual, "Value").Should().Be("Edm.Int64");
        Type(actual, "Denominator").Should().Be("Edm.Int64");
        Type(actual, "Percent").Should().Be("Edm.Double");
        Type(actual, "AsOf").Should().Be("Edm.Date");

        var progress = EntityType(model, "Progress");
        Key(progress).Should().Equal("ObligationId");
        Type(progress, "Floor").Should().Be("Edm.Int64");
        Type(progress, "Actual").Should().Be("Edm.Int64");
        Type(progress, "ActualPercent").Should().Be("Edm.Double");
        Type(progress, "ElapsedShare").Should().Be("Edm.Double");
        Type(progress, "Expected").Should().Be("Edm.Double");
        Type(progress, "Status").Should().Be("Edm.String");
        Type(progress, "AsOf").Should().Be("Edm.Date");

        var deadline = EntityType(model, "ReportingDeadlines");
        Key(deadline).Should().Equal("Id");
        Type(deadline, "Due").Should().Be("Edm.Date");
        Type(deadline, "SubmittedOn").Should().Be("Edm.Date");
        Type(deadline, "DaysLate").Should().Be("Edm.Int32");
        Type(deadline, "AsOf").Should().Be("Edm.Date");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Every_set_reads_to_the_end_through_nextLink_with_its_count_and_no_duplicate_keys(
        string set,
        string key,
        long expected
    )
    {
        var count = await CountAsync(set);
        var keys = await WalkAsync($"/odata/{set}", key);

        count.Should().Be(expected);
        keys.Should().HaveCount((int)count).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Progress_filters_on_unit_and_status()
    {
        var rows = await ValuesAsync(
            "Progress?$filter=UnitCode eq 'T1001' and Status eq 'Behind' and Year eq "
                + "2024&$select=ObligationId,Year,IndicatorCode,Floor,Actual,Status&$orderby=IndicatorCode"
        );

        rows.Select(r =>
                $"{r.GetProperty("IndicatorCode").GetString()} {r.GetProperty("Floor")} {r.GetProperty("Actual")} "
                    + $"{r.GetProperty("Status").GetString()}"
            )
            .Should()
            .Equal(
                "AWARE_LF 2359 0 Behind",
                "AWARE_VOL 1180 0 Behind",
                "COLLAB_TRAINED 8 0 Behind",
                "RADIO_VOL 104 6 Behind"
            );
        (await CountAsync("Progress", "$filter=UnitCode eq 'T1001' and Status eq 'Behind'")).Should().Be(21);
        (await CountAsync("Progress", "$filter=UnitCode eq 'T1001' and Status ne 'Behind'")).Should().Be(19);
        (await CountAsync("Progress", "$filter=UnitCode eq 'T1001' and Status eq 'NoTarget'")).Should().Be(10);
    }

    [Fact]
    public async Task The_computed_sets_filter_by_year()
    {
        (await CountAsync("Progress", "$filter=Year eq 2024")).Should().Be(771);
        (await CountAsync("ReportingDeadlines", "$filter=Year eq 2024")).Should().Be(96);
        (await CountAsync("IndicatorActuals", "$filter=Year eq 2024 and IndicatorCode eq 'UNITS_WITH_PLAN'"))
            .Should()
            .Be(97);
        var actuals = await ValuesAsync(
            "IndicatorActuals?$filter=Year eq 2024 and IndicatorCode ne "
                + "'UNITS_WITH_PLAN'&$orderby=UnitCode&$select=UnitCode,IndicatorCode,Value,AsOf"
        );
        actuals
            .Select(r =>
                $"{r.GetProperty("UnitCode").GetString()} {r.GetProperty("IndicatorCode").GetString()} "
                    + $"{r.GetProperty("Value")} {r.GetProperty("AsOf").GetString()}"
            )
            .Should()
            .Equal("T1 RADIO_VOL 6 2026-03-15", "T1001 RADIO_VOL 6 2026-03-15", "VN RADIO_VOL 6 2026-03-15");
    }

    [Fact]
    public async Task Activity_reports_filter_in_the_database_on_the_indicator_their_kind_feeds()
    {
        var broadcasts = await CountAsync("ActivityReports", "$filter=IndicatorCode eq 'RADIO_VOL'");
        var others = await CountAsync(
            "ActivityReports", "$filter=IndicatorCode eq 'GRASSROOTS_CONF' or IndicatorCode eq null");

        broadcasts.Should().Be(9);
        others.Should().Be(0);
    }

    [Fact]
    public async Task Functions_on_null_columns_of_the_computed_sets_answer_rows_not_errors()
    {
        (await CountAsync("IndicatorActuals", "$filter=Year eq 2024 and contains(ParentUnitCode,'T1')"))
            .Should()
            .Be(96);
        (await CountAsync("Progress", "$filter=Year eq 2024 and startswith(ParentUnitCode,'V')")).Should().Be(11);
    }

    [Theory]
    [InlineData("Progress?$filter=Nope eq 1")]
    [InlineData("IndicatorActuals?$top=-1")]
    [InlineData("ReportingDeadlines?$top=100001")]
    [InlineData("ActivityReports?$orderby=Nope")]
    [InlineData("IndicatorActuals?$filter=Value div 0 eq 1")]
    [InlineData("Progress?$filter=Year mod 0 eq 1")]
    [InlineData("ReportingDeadlines?$filter=Year div 0 eq 1")]
    [InlineData("IndicatorActualsOnUnits?$orderby=Value div 0")]
    public async Task A_bad_query_is_a_400_with_an_OData_error(string relative)
    {
        var response = await Client.GetAsync(Url(relative));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        JsonDocument
            .Parse(body)
            .RootElement.GetProperty("error")
            .GetProperty("code")
            .GetString()
            .Should()
            .Be("InvalidQuery");
    }

    [Theory]
    [InlineData("IndicatorActuals", "Id")]
    [InlineData("IndicatorActualsOnUnits", "Id")]
    [InlineData("Progress", "ObligationId")]
    [InlineData("ReportingDeadlines", "Id")]
    [InlineData("ActivityReports", "Id")]
    public async Task A_row_of_every_set_is_read_by_its_key_and_an_unknown_key_is_a_404(string set, string key)
    {
        var first = (await ValuesAsync($"{set}?$top=1&$skip=1")).Single();
        var id = first.GetProperty(key).GetInt32();

        var one = await GetJsonAsync(Url($"{set}({id})"));
        var unknown = await Client.GetAsync(Url($"{set}(987654321)"));

        one.GetProperty(key).GetInt32().Should().Be(id);
        one.GetProperty("UnitCode").GetString().Should().Be(first.GetProperty("UnitCode").GetString());
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_division_by_zero_over_a_computed_set_says_so()
    {
        var response = await Client.GetAsync(Url("IndicatorActuals?$filter=Value div 0 eq 1"));

        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("message").GetString().Should().StartWith("The query divides by zero (div 0 or mod 0");
    }

    private async Task<long> CountAsync(string set, string query = "") =>
        long.Parse(
            await Client.GetStringAsync(Url($"{set}/$count" + (query.Length > 0 ? "?" + query : ""))),
            CultureInfo.InvariantCulture
        );

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<List<JsonElement>> ValuesAsync(string relative) =>
        [.. (await GetJsonAsync(Url(relative))).GetProperty("value").EnumerateArray()];

    /// <summary>Follows @odata.nextLink to the end with pages of 100 rows; answers the keys read.</summary>
    private async Task<List<string>> WalkAsync(string url, string key)
    {
        var keys = new List<string>();
        var next = url;
        var pages = 0;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=100");
            var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            var page = JsonDocument.Parse(body).RootElement;
            keys.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty(key).ToString()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            (++pages).Should().BeLessThan(1000, "paging must end");
        }

        return keys;
    }

    private static string Url(string relative)
    {
        var question = relative.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return "/odata/" + relative;
        }

        var pairs = relative[(question + 1)..]
            .Split('&')
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return equals < 0
                    ? Uri.EscapeDataString(pair)
                    : pair[..equals] + "=" + Uri.EscapeDataString(pair[(equals + 1)..]);
            });
        return "/odata/" + relative[..question] + "?" + string.Join("&", pairs);
    }

    private static IEdmEntityType EntityType(IEdmModel model, string set) =>
        model.EntityContainer.FindEntitySet(set).EntityType;

    private static List<string> Key(IEdmEntityType type) => [.. type.Key().Select(k => k.Name)];

    private static string Type(IEdmEntityType type, string property) =>
        type.FindProperty(property).Type.Definition.FullTypeName();
}
