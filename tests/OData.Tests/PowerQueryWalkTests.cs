using Platform.TestKit;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Platform.OData.Tests;

/// <summary>The feed walked as Power Query walks it: service document, $metadata, then every entity set to its last
/// page.</summary>
public sealed class PowerQueryWalkTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    /// <summary>What Power Query's OData.Feed sends with every request.</summary>
    private const string PowerQueryAccept =
        "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,"
        + "application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    public static readonly TheoryData<string, long> Sets = new()
    {
        { "AdministrativeUnits", SharedData.FreshDatabaseUnits }, // every version: 2025's units and the old structure
        { "UnitStatistics", 4 + 441 }, // Đồng Nai's four and the shipped employed persons
        { "UnitLineage", 63 + 10571 }, // the embedded province and commune tables
        // every figure on its own unit, and employed persons 2018–2024 on the 34 provinces
        { "UnitStatisticsOnUnits", 4 + 441 + 34 * 7 },
        { "Indicators", 16 },
        { "Rules", 19 }, // the cascade's rule set, campaign quotas included
        { "Plans", 99 }, // the launch day's plan of 2020 among them
        { "Targets", 107 },
        { "Obligations", 3365 },
    };

    private HttpClient PowerQuery(string accept = PowerQueryAccept)
    {
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("MaxDataServiceVersion", "3.0");
        return client;
    }

    [Fact]
    public async Task The_service_document_lists_every_entity_set()
    {
        var root = await DongNaiFeedFixture.GetJsonAsync(PowerQuery(), "");

        root.GetProperty("value")
            .EnumerateArray()
            .Select(s => s.GetProperty("name").GetString())
            .Should()
            .Contain(["AdministrativeUnits", "UnitStatistics", "Indicators", "Plans", "Targets", "Obligations"]);
        root.GetProperty("value")
            .EnumerateArray()
            .Should()
            .OnlyContain(s => s.GetProperty("kind").GetString() == "EntitySet");
    }

    [Theory]
    [InlineData(PowerQueryAccept)]
    [InlineData("application/json")]
    [InlineData("application/json;odata.metadata=full")]
    [InlineData("*/*")]
    [InlineData("application/xml")]
    public async Task Metadata_is_XML_whatever_the_Accept_header(string accept)
    {
        var response = await PowerQuery(accept).GetAsync("/odata/$metadata");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        (await ReadModelAsync(response)).EntityContainer.EntitySets().Should().HaveCountGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task Metadata_is_XML_even_when_format_json_is_asked()
    {
        var response = await PowerQuery().GetAsync("/odata/$metadata?$format=json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
    }

    [Fact]
    public async Task Every_entity_has_a_key_and_the_types_are_ones_Power_Query_maps_cleanly()
    {
        var model = await ReadModelAsync(await PowerQuery().GetAsync("/odata/$metadata"));
        var types = model.SchemaElements.OfType<IEdmEntityType>().ToDictionary(t => t.Name);

        types.Values.Should().OnlyContain(t => t.Key().Any());
        types.Values.SelectMany(t => t.StructuralProperties()).Should().NotContain(p => p.Type.IsDecimal());
        Type(types["Obligation"], "Floor").Should().Be("Edm.Int64");
        Type(types["Obligation"], "ComputedStretch").Should().Be("Edm.Int64");
        Type(types["Obligation"], "RateFloor").Should().Be("Edm.Double");
        Type(types["Obligation"], "Year").Should().Be("Edm.Int32");
        Type(types["Obligation"], "Overridden").Should().Be("Edm.Boolean");
        Type(types["Target"], "Floor").Should().Be("Edm.Double");
        Type(types["UnitStatistic"], "Value").Should().Be("Edm.Int64");
        Type(types["AdministrativeUnit"], "ValidFrom").Should().Be("Edm.Date");
        Type(types["AdministrativeUnit"], "ValidTo").Should().Be("Edm.Date");
        Type(types["Plan"], "CreatedOn").Should().Be("Edm.Date");
        types["Obligation"]
            .StructuralProperties()
            .Select(p => p.Name)
            .Should()
            .Contain([
                "Id",
                "PlanCode",
                "UnitCode",
                "UnitName",
                "Level",
                "ProvinceCode",
                "ProvinceName",
                "Year",
                "IndicatorCode",
                "IndicatorName",
                "Floor",
                "Stretch",
                "RuleName",
                "RuleVersion",
                "Overridden",
                "MissingData",
                "RateFloor",
                "RateStretch",
                "ComputedFloor",
                "ComputedStretch",
                "SearchName",
            ]);
        types["Obligation"]
            .NavigationProperties()
            .Select(n => n.Name)
            .Should()
            .BeEquivalentTo(["Unit", "Indicator", "Plan"]);
        types["Plan"].NavigationProperties().Select(n => n.Name).Should().Contain("Targets");
        model.EntityContainer.FindEntitySet("Obligations").NavigationPropertyBindings.Select(b => b.Target.Name)
            .Should().BeEquivalentTo(["AdministrativeUnits", "Indicators", "Plans"]);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Every_set_reads_to_the_end_through_nextLink_with_its_count_and_no_duplicate_keys(
        string set,
        long expected
    )
    {
        var client = PowerQuery();
        var count = long.Parse(
            await client.GetStringAsync($"/odata/{set}/$count"),
            System.Globalization.CultureInfo.InvariantCulture
        );

        var (rows, pages) = await WalkAsync(client, $"/odata/{set}");

        count.Should().Be(expected);
        rows.Should().HaveCount((int)count);
        rows.Should().OnlyHaveUniqueItems();
        pages.Should().Be((int)Math.Max(1, Math.Ceiling(count / 2500.0)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Small_pages_asked_with_Prefer_walk_to_the_same_rows(string set, long expected)
    {
        var client = PowerQuery();
        client.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=250");

        var (rows, pages) = await WalkAsync(client, $"/odata/{set}");

        rows.Should().HaveCount((int)expected).And.OnlyHaveUniqueItems();
        pages.Should().Be((int)Math.Max(1, Math.Ceiling(expected / 250.0)));
    }

    /// <summary>Follows @odata.nextLink (absolute) to the end; answers the keys read and the pages fetched.</summary>
    internal static async Task<(List<string> Keys, int Pages)> WalkAsync(HttpClient client, string url, string key = "")
    {
        var keys = new List<string>();
        var pages = 0;
        var next = url;
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            var page = JsonDocument.Parse(body).RootElement;
            pages++;
            foreach (var row in page.GetProperty("value").EnumerateArray())
            {
                keys.Add((row.TryGetProperty(key.Length > 0 ? key : "Id", out var id) ? id
                    : row.TryGetProperty("Key", out var composite) ? composite
                    : row.TryGetProperty("Code", out var code) ? code : row.GetProperty("Name")).ToString());
            }

            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            if (next is not null)
            {
                new Uri(next).IsAbsoluteUri.Should().BeTrue();
            }

            pages.Should().BeLessThan(1000, "paging must end");
        }

        return (keys, pages);
    }

    private static async Task<IEdmModel> ReadModelAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        CsdlReader.TryParse(reader, out var model, out var errors).Should().BeTrue(string.Join("; ", errors ?? []));
        return model;
    }

    private static string Type(IEdmEntityType type, string property) =>
        type.FindProperty(property).Type.Definition.FullTypeName();
}
