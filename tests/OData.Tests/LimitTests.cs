using System.Net;
using System.Text.Json;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>Expensive or malformed queries answer 400 with an OData error body; paging cannot be switched
/// off.</summary>
public sealed class LimitTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private readonly HttpClient client = platform.CreateClient();

    public static readonly TheoryData<string> Malformed = new()
    {
        "Obligations?$filter=Year eq",
        "Obligations?$filter=Year eq 2026 and",
        "Obligations?$filter=Year eq eq 2026",
        "Obligations?$filter=Nope eq 1",
        "Obligations?$filter=UnitName gt 5",
        "Obligations?$filter=UnitName eq 'Đồng",
        "Obligations?$filter=(Year eq 2026",
        "Obligations?$filter=Year eq 2026)",
        "Obligations?$filter=contains(UnitName,'a'",
        "Obligations?$filter=nosuchfunction(UnitName) eq 1",
        "Obligations?$top=-1",
        "Obligations?$top=abc",
        "Obligations?$top=99999999999",
        "Obligations?$skip=-5",
        "Obligations?$skip=abc",
        "Obligations?$skip=99999999999",
        "Obligations?$skip=20000000",
        "Obligations?$select=Nope",
        "Obligations?$orderby=Nope",
        "Obligations?$orderby=Year sideways",
        "Obligations?$expand=Nope",
        "Obligations?$expand=Unit($select=Nope)",
        "Obligations?$expand=Unit(",
        "Obligations?$count=maybe",
        "Obligations?$apply=garbage",
        "Obligations?$apply=groupby((Nope))",
        "Obligations?$apply=groupby((Year),aggregate(Floor with nosuch as X))",
        "Obligations?$apply=aggregate(UnitName with sum as X)",
        "Obligations?$apply=groupby((Year)",
        "Obligations?$skiptoken=garbage",
        "Obligations?$skiptoken=Id-abc",
        "Obligations?$foo=1",
        "Plans?$expand=Targets($expand=Indicator;$filter=Nope eq 1)",
        "Obligations?$filter=matchesPattern(UnitName,'^X')",
        "AdministrativeUnits?$filter=ValidFrom gt now()",
        "Obligations?$filter=substring(UnitName,99999999999) eq 'a'",
        "Obligations?$select=Unit/Name",
        "Obligations?$apply=expand(Unit)",
        "Obligations?$apply=groupby((Year),aggregate(Floor with sum as S))&$select=Id",
        "Obligations(1)?$top=1",
        "Obligations?$skiptoken=Id-99999999999",
        "Obligations?$search=dong",
        "Obligations?$format=nosuch",
        "Obligations?$format=application/xml",
        "Obligations?$select=Id,",
        "Obligations?$select=,Id",
        "Obligations?$select=Id,,UnitName",
        "Obligations?$orderby=Year,",
        "Obligations?$top=1&$top=2",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_query_answers_400_with_an_OData_error(string query)
    {
        await ExpectBadRequestAsync(query);
    }

    [Fact]
    public async Task A_very_long_filter_answers_400()
    {
        var filter = string.Join(" or ", Enumerable.Range(0, 400).Select(i => $"Year eq {i}"));

        await ExpectBadRequestAsync("Obligations?$filter=" + filter);
    }

    [Fact]
    public async Task Deeply_nested_parentheses_answer_400()
    {
        await ExpectBadRequestAsync(
            "Obligations?$filter=" + new string('(', 300) + "Year eq 2026" + new string(')', 300)
        );
    }

    [Fact]
    public async Task Top_above_the_maximum_answers_400()
    {
        var error = await ExpectBadRequestAsync("Obligations?$top=100001");

        error.Should().Contain("100000");
    }

    [Fact]
    public async Task Expansion_deeper_than_two_answers_400()
    {
        var message = await ExpectBadRequestAsync("Targets?$expand=Plan($expand=Targets($expand=Indicator))");
        (await ValuesAsync(client, "Targets?$top=1&$expand=Plan($expand=Unit)")).Should().HaveCount(1);

        message
            .Should()
            .Be(
                "$expand is nested more than 2 levels deep. Remove one level, or read the related set itself "
                    + "(every set already carries the codes and names of its unit, indicator and plan)."
            );
    }

    [Fact]
    public async Task Expansion_deeper_than_two_is_explained_in_Vietnamese_by_default()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        var message = await ExpectBadRequestAsync("Plans?$expand=Targets($expand=Plan($expand=Unit))", vietnamese);

        message
            .Should()
            .Be(
                "$expand lồng quá 2 cấp. Hãy bớt một cấp lồng nhau, hoặc đọc trực tiếp tập dữ liệu liên kết "
                    + "(các tập đã có sẵn mã và tên của đơn vị, chỉ tiêu, kế hoạch)."
            );
    }

    [Fact]
    public async Task Top_inside_an_expanded_collection_that_expands_further_is_answered()
    {
        var plans = await ValuesAsync(
            client,
            "Plans?$top=1&$select=Code&$expand=Targets($top=2;$select=Year;$expand=Indicator($select=Name))"
        );

        var targets = plans.Single().GetProperty("Targets").EnumerateArray().ToList();
        targets
            .Should()
            .HaveCount(2)
            .And.OnlyContain(t => t.GetProperty("Indicator").GetProperty("Name").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Too_many_orderby_clauses_answer_400()
    {
        await ExpectBadRequestAsync("Obligations?$orderby=Year,UnitName,PlanCode,Kind,Level,IndicatorCode");
    }

    [Theory]
    [InlineData(null, 2500)]
    [InlineData("odata.maxpagesize=0", 2500)]
    [InlineData("odata.maxpagesize=-3", 2500)]
    [InlineData("odata.maxpagesize=abc", 2500)]
    [InlineData("odata.maxpagesize=1000000", 2500)]
    [InlineData("odata.maxpagesize=100", 100)]
    [InlineData("return=minimal, odata.maxpagesize=7", 7)]
    public async Task A_page_holds_at_most_the_servers_page_size_whatever_Prefer_says(string? prefer, int expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Obligations?$select=Id");
        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        var response = await client.SendAsync(request);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.GetProperty("value").GetArrayLength().Should().Be(expected);
        page.TryGetProperty("@odata.nextLink", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Top_above_the_page_size_still_pages()
    {
        var page = await GetJsonAsync(client, "Obligations?$top=3000&$select=Id");

        page.GetProperty("value").GetArrayLength().Should().Be(2500);
        page.GetProperty("@odata.nextLink").GetString().Should().Contain("top=500");
    }

    [Fact]
    public async Task An_unknown_entity_set_is_not_found_with_an_OData_error()
    {
        var response = await client.GetAsync("/odata/Nope");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("NotFound");
        error
            .GetProperty("message")
            .GetString()
            .Should()
            .Be("The feed has no resource at '/odata/Nope'. The service document at /odata lists every entity set.");
    }

    [Fact]
    public async Task Search_is_refused_with_the_diacritics_free_column_to_filter_on_instead()
    {
        var message = await ExpectBadRequestAsync("Obligations?$search=dong nai");

        message
            .Should()
            .Be(
                "The feed does not support $search. Filter on the diacritics-free SearchName column instead, e.g. "
                    + "$filter=contains(SearchName,'dong nai')."
            );
    }

    [Fact]
    public async Task A_client_that_asks_for_no_language_reads_query_errors_in_Vietnamese()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        var search = await ExpectBadRequestAsync("Obligations?$search=dong nai", vietnamese);
        var function = await ExpectBadRequestAsync("Obligations?$filter=matchesPattern(UnitName,'^X')", vietnamese);
        var library = await ExpectBadRequestAsync("Obligations?$filter=Nope eq 1", vietnamese);

        search
            .Should()
            .Be(
                "Nguồn dữ liệu không hỗ trợ $search. Hãy lọc theo cột SearchName (không dấu), ví dụ "
                    + "$filter=contains(SearchName,'dong nai')."
            );
        function
            .Should()
            .Be(
                "Nguồn dữ liệu không hỗ trợ hàm này trong truy vấn (ví dụ matchesPattern). Hãy bỏ hàm đó hoặc dùng "
                    + "contains, startswith hay endswith."
            );
        // The library's own words name the query's terms; they come after a Vietnamese lead-in, once.
        library
            .Should()
            .StartWith("Truy vấn không hợp lệ; hãy sửa theo thông báo của thư viện OData: ")
            .And.Contain("Nope")
            .And.NotContain("Truy vấn không hợp lệ; hãy sửa theo thông báo của thư viện OData: Truy vấn");
    }

    private async Task<string> ExpectBadRequestAsync(string query, HttpClient? asker = null)
    {
        var response = await (asker ?? client).GetAsync(Url(query));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
        var message = error.GetProperty("message").GetString();
        message.Should().NotBeNullOrEmpty();
        return message!;
    }
}
