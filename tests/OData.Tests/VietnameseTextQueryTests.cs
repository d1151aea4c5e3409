using System.Text;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>
/// OData's string functions over Vietnamese text answer what an analyst means, on every set alike: <c>tolower</c> and
/// <c>toupper</c> map every Vietnamese letter, <c>startswith</c>/<c>endswith</c> are case-sensitive, ordering is by
/// code point whatever the request's language, and a literal typed in decomposed form (NFD) matches the composed text
/// stored.
/// </summary>
public sealed class VietnameseTextQueryTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Tolower_maps_Vietnamese_capitals_so_a_name_is_found_in_lower_case()
    {
        var units = await AllAsync("AdministrativeUnits?$select=Id,Name");
        var expected = units
            .Where(u => u.Name.ToLowerInvariant().Contains("đồng", StringComparison.Ordinal))
            .Select(u => u.Id)
            .ToList();

        var found = (await PagesAsync(client, "AdministrativeUnits?$filter=contains(tolower(Name),'đồng')&$select=Id"))
            .SelectMany(page =>
                System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("value").EnumerateArray()
            )
            .ToList();
        var exact = await ValuesAsync(client, "AdministrativeUnits?$filter=tolower(Name) eq 'xã đắk mil'&$select=Name");
        var upper = await ValuesAsync(client, "AdministrativeUnits?$filter=toupper(Name) eq 'XÃ ĐẮK MIL'&$select=Name");

        expected.Should().HaveCount(222);
        found.Select(u => u.GetProperty("Id").GetInt32()).Should().Equal(expected);
        exact
            .Select(u => u.GetProperty("Name").GetString())
            .Should()
            .OnlyContain(n => n == "Xã Đắk Mil")
            .And.NotBeEmpty();
        upper.Should().HaveCount(exact.Count);
    }

    [Fact]
    public async Task Startswith_and_endswith_are_case_sensitive()
    {
        var capital = await ValuesAsync(
            client,
            "AdministrativeUnits?$filter=startswith(Name,'Xã Đắk')&$select=Name&$top=100000"
        );
        var lower = await ValuesAsync(client, "AdministrativeUnits?$filter=startswith(Name,'xã đắk')&$select=Name");
        var ending = await ValuesAsync(client, "AdministrativeUnits?$filter=endswith(Name,'Đắk Mil')&$select=Name");
        var endingLower = await ValuesAsync(
            client,
            "AdministrativeUnits?$filter=endswith(Name,'đắk mil')&$select=Name"
        );

        capital
            .Should()
            .NotBeEmpty()
            .And.OnlyContain(u => u.GetProperty("Name").GetString()!.StartsWith("Xã Đắk", StringComparison.Ordinal));
        lower.Should().BeEmpty();
        ending.Should().NotBeEmpty();
        endingLower.Should().BeEmpty();
    }

    [Fact]
    public async Task A_literal_in_decomposed_form_finds_the_composed_name()
    {
        var decomposed = "Xã Đắk Mil".Normalize(NormalizationForm.FormD);

        var found = await ValuesAsync(client, $"AdministrativeUnits?$filter=Name eq '{decomposed}'&$select=Name");
        var composed = await ValuesAsync(client, "AdministrativeUnits?$filter=Name eq 'Xã Đắk Mil'&$select=Name");

        found.Should().NotBeEmpty().And.HaveCount(composed.Count);
    }

    [Fact]
    public async Task Ordering_by_a_name_is_by_code_point_in_English_and_Vietnamese_alike()
    {
        using var vietnamese = platform.CreateVietnameseClient();
        var request =
            "Obligations?$filter=Year eq 2026 and IndicatorCode eq "
                + "'UNITS_WITH_PLAN'&$orderby=UnitName,Id&$select=UnitName";

        var english = (await ValuesAsync(client, request)).Select(o => o.GetProperty("UnitName").GetString()!).ToList();
        var inVietnamese = (await ValuesAsync(vietnamese, request))
            .Select(o => o.GetProperty("UnitName").GetString()!)
            .ToList();

        english.Should().HaveCount(96).And.BeInAscendingOrder(StringComparer.Ordinal);
        inVietnamese.Should().Equal(english);
    }

    [Fact]
    public async Task Max_and_min_of_a_name_are_by_code_point_in_English_and_Vietnamese_alike()
    {
        using var vietnamese = platform.CreateVietnameseClient();
        var request = "Obligations?$apply=aggregate(UnitName with max as Last,UnitName with min as First)";
        var names = (await PagesAsync(client, "Obligations?$select=UnitName"))
            .SelectMany(page =>
                System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("value").EnumerateArray())
            .Select(o => o.GetProperty("UnitName").GetString()!)
            .ToList();

        var english = (await ValuesAsync(client, request)).Single();
        var inVietnamese = (await ValuesAsync(vietnamese, request)).Single();

        english.GetProperty("Last").GetString().Should().Be(names.Max(StringComparer.Ordinal));
        english.GetProperty("First").GetString().Should().Be(names.Min(StringComparer.Ordinal));
        inVietnamese.GetRawText().Should().Be(english.GetRawText());
    }

    private async Task<List<(int Id, string Name)>> AllAsync(string request) =>
        [
            .. (await PagesAsync(client, request))
                .SelectMany(page =>
                    System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("value").EnumerateArray()
                )
                .Select(u => (u.GetProperty("Id").GetInt32(), u.GetProperty("Name").GetString()!)),
        ];
}
