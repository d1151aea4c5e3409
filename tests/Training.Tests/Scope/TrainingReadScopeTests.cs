using System.Globalization;
using System.Net;
using System.Text.Json;
using Platform.TestKit;
using Platform.Training.Contracts.Classes;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Tests.Scope;

/// <summary>What each scope reads of training, through the REST endpoints and the OData sets.</summary>
public sealed class TrainingReadScopeTests(TwoProvincesTrainingFixture platform)
    : IClassFixture<TwoProvincesTrainingFixture>
{
    [Theory]
    [InlineData("Trainees", "nation", 8)]
    [InlineData("Trainees", "province", 6)]
    [InlineData("Trainees", "commune", 3)]
    [InlineData("TrainingClasses", "nation", 5)]
    [InlineData("TrainingClasses", "province", 3)]
    [InlineData("TrainingClasses", "commune", 1)]
    [InlineData("Enrolments", "nation", 7)]
    [InlineData("Enrolments", "province", 5)]
    [InlineData("Enrolments", "commune", 3)]
    [InlineData("Attendance", "nation", 14)]
    [InlineData("Attendance", "province", 10)]
    [InlineData("Attendance", "commune", 6)]
    [InlineData("TrainingQuotas", "nation", 6)]
    [InlineData("TrainingQuotas", "province", 3)]
    [InlineData("TrainingQuotas", "commune", 1)]
    public async Task Each_scope_counts_its_own_rows_inline_and_by_path(string set, string scope, int expected)
    {
        var client = platform.For(scope);

        var path = await client.GetStringAsync($"/odata/{set}/$count");
        var inline = await client.GetAsync<JsonElement>($"/odata/{set}?$count=true&$top=0");

        path.Should().Be(expected.ToString(CultureInfo.InvariantCulture));
        inline.GetProperty("@odata.count").GetInt64().Should().Be(expected);
    }

    [Fact]
    public async Task A_commune_sees_its_own_people_in_the_provinces_class_but_not_the_class()
    {
        var enrolments = await Values(
            platform.Commune,
            "Enrolments?$orderby=PersonCode&$select=PersonCode,ClassCode,PersonProvinceCode"
        );

        enrolments
            .Select(e => $"{e.GetProperty("PersonCode").GetString()}@{e.GetProperty("ClassCode").GetString()}")
            .Should()
            .Equal("C1-A@K-P9", "C1-B@K-P9001", "C1-C@K-P9001");
        (await platform.Commune.GetAsync($"/api/training/classes/{platform.Classes["K-P9"]}"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await platform.Commune.GetAsync<ClassView>($"/api/training/classes/{platform.Classes["K-P9001"]}"))
            .Trainees.Should()
            .HaveCount(2);
    }

    [Theory]
    [InlineData("Trainees?$filter=UnitCode eq 'P8001'")]
    [InlineData("Trainees?$filter=ProvinceCode eq 'P8'")]
    [InlineData("TrainingClasses?$filter=Code eq 'K-P8' or Code eq 'K-P8-OPEN'")]
    [InlineData("Enrolments?$filter=ClassUnitCode eq 'P8001'")]
    [InlineData("Attendance?$filter=PersonUnitCode eq 'P8001'")]
    [InlineData("TrainingQuotas?$filter=UnitCode eq 'P8' or UnitCode eq 'VN'")]
    public async Task A_filter_aimed_at_another_province_finds_nothing(string query)
    {
        (await Values(platform.Province, query)).Should().BeEmpty();
        (await Values(platform.Nation, query))
            .Should()
            .NotBeEmpty("the nation sees these rows, so the filter itself is not what hides them");
    }

    [Fact]
    public async Task Apply_groupby_unit_aggregates_only_the_provinces_people()
    {
        var rows = await Values(
            platform.Province,
            "Trainees?$apply=groupby((UnitCode),aggregate($count as People))&$orderby=UnitCode"
        );

        rows.Select(r => $"{r.GetProperty("UnitCode").GetString()}:{r.GetProperty("People").GetInt64()}")
            .Should()
            .Equal("P9:2", "P9001:3", "P9002:1");
    }

    [Fact]
    public async Task A_key_outside_the_scope_answers_404()
    {
        var person = (await Values(platform.Nation, "Trainees?$filter=PersonCode eq 'E1-A'&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        var enrolment = (await Values(platform.Nation, "Enrolments?$filter=PersonCode eq 'E1-A'&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32();
        string[] urls =
        [
            $"/odata/Trainees({person})",
            $"/odata/TrainingClasses({platform.Classes["K-P8"]})",
            $"/odata/Enrolments({enrolment})",
        ];

        foreach (var url in urls)
        {
            (await platform.Nation.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
            (await platform.Province.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task A_class_of_another_province_is_not_found_over_REST()
    {
        var response = await platform.Province.GetAsync($"/api/training/classes/{platform.Classes["K-P8"]}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Support.Problem.ReadAsync(response))
            .Detail.Should()
            .Be($"No training class has the id {platform.Classes["K-P8"]}.");
        (await platform.Province.GetAsync<ClassView>($"/api/training/classes/{platform.Classes["K-P9"]}"))
            .Trainees.Should()
            .HaveCount(3);
    }

    [Fact]
    public async Task Quotas_start_from_the_scopes_own_unit_and_refuse_units_outside_it()
    {
        var province = await platform.Province.GetAsync<TrainingQuotaReport>("/api/training/quotas?year=2025");
        var nation = await platform.Nation.GetAsync<TrainingQuotaReport>("/api/training/quotas?year=2025");

        province.UnitCode.Should().Be("P9");
        province.Unit.Single().Registered.Should().Be(6);
        province.Subordinates.Select(s => s.UnitCode).Should().Equal("P9001", "P9002");
        nation.UnitCode.Should().Be("VN");
        nation.Unit.Single().Registered.Should().Be(8);
        foreach (var unit in new[] { "P8", "P8001", "VN" })
        {
            (await platform.Province.GetAsync($"/api/training/quotas?year=2025&unitCode={unit}"))
                .StatusCode.Should()
                .Be(HttpStatusCode.NotFound, unit);
        }

        (await platform.Commune.GetAsync($"/api/training/quotas?year=2025&unitCode=P9"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await platform.Commune.GetAsync<TrainingQuotaReport>("/api/training/quotas?year=2025"))
            .Unit.Single()
            .Trained.Should()
            .Be(3);
    }

    private static async Task<List<JsonElement>> Values(HttpClient client, string query) =>
        [.. (await client.GetAsync<JsonElement>("/odata/" + query)).GetProperty("value").EnumerateArray()];
}
