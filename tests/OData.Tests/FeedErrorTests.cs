using System.Net;
using System.Text;
using System.Text.Json;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>
/// Under /odata every error is an OData error body, <c>{"error":{"code":…,"message":…}}</c>, in the client's language
/// (Vietnamese when it asks for none): a key of the wrong type, <c>$batch</c>, a write, a key that reads no row, a
/// <c>$skiptoken</c> the feed did not give.
/// </summary>
public sealed class FeedErrorTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private readonly HttpClient client = platform.CreateClient();

    [Theory]
    [InlineData(
        "Plans('abc')",
        "The key 'abc' is not valid for Plans: its key Id is of type Edm.Int32, e.g. /odata/Plans(1)."
    )]
    [InlineData(
        "Obligations(1.5)",
        "The key 1.5 is not valid for Obligations: its key Id is of type Edm.Int32, e.g. /odata/Obligations(1)."
    )]
    [InlineData(
        "Obligations(99999999999)",
        "The key 99999999999 is not valid for Obligations: its key Id is of type Edm.Int32, e.g. /odata/Obligations(1)."
    )]
    public async Task A_key_of_the_wrong_type_answers_400_saying_what_the_key_is(string path, string message)
    {
        await ExpectErrorAsync(client, HttpMethod.Get, path, HttpStatusCode.BadRequest, "InvalidKey", message);
    }

    [Fact]
    public async Task A_key_of_the_wrong_type_is_explained_in_Vietnamese_by_default()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        await ExpectErrorAsync(vietnamese, HttpMethod.Get, "Plans('abc')", HttpStatusCode.BadRequest, "InvalidKey",
            "Khóa 'abc' không hợp lệ cho Plans: khóa Id có kiểu Edm.Int32, ví dụ /odata/Plans(1).");
    }

    [Fact]
    public async Task A_key_that_reads_no_row_is_not_found_with_an_OData_error()
    {
        await ExpectErrorAsync(client, HttpMethod.Get, "Obligations(999999)", HttpStatusCode.NotFound, "NotFound",
            "Nothing is served at GET /odata/Obligations(999999): check the address (and that ids are whole numbers).");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Batch_is_not_implemented_with_an_OData_error(string method)
    {
        await ExpectErrorAsync(
            client,
            new HttpMethod(method),
            "$batch",
            HttpStatusCode.NotImplemented,
            "NotImplemented",
            "The feed does not support $batch. Send each GET request on its own, e.g. /odata/Obligations?$filter=Year "
                + "eq 2026."
        );
    }

    [Fact]
    public async Task Batch_is_refused_in_Vietnamese_by_default()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        await ExpectErrorAsync(
            vietnamese,
            HttpMethod.Post,
            "$batch",
            HttpStatusCode.NotImplemented,
            "NotImplemented",
            "Nguồn dữ liệu không hỗ trợ $batch. Hãy gửi từng yêu cầu GET riêng, ví dụ /odata/Obligations?$filter=Year "
                + "eq 2026."
        );
    }

    [Fact]
    public async Task A_write_to_the_read_only_feed_is_refused_with_an_OData_error()
    {
        await ExpectErrorAsync(client, HttpMethod.Post, "Plans", HttpStatusCode.MethodNotAllowed, "MethodNotAllowed",
            "/odata/Plans does not accept POST.");
    }

    [Theory]
    [InlineData("Obligations?$skiptoken=abc", "abc")]
    [InlineData("Obligations?$skiptoken=Id-", "Id-")]
    [InlineData("Obligations?$skiptoken=Id-x", "Id-x")]
    [InlineData("Obligations?$skiptoken=Nope-5", "Nope-5")]
    [InlineData("Obligations?$skiptoken=5", "5")]
    [InlineData("Obligations?$skiptoken=Code-'RADIO_VOL'", "Code-'RADIO_VOL'")]
    [InlineData("Indicators?$skiptoken=Id-5", "Id-5")]
    [InlineData("Obligations?$skiptoken=Id-5,Id-6", "Id-5,Id-6")]
    [InlineData("Obligations?$orderby=UnitName desc&$skiptoken=Id-1092", "Id-1092")]
    [InlineData("Obligations?$orderby=UnitName desc&$skiptoken=UnitName-5,Id-1092", "UnitName-5,Id-1092")]
    public async Task A_skiptoken_the_feed_did_not_give_answers_400(string query, string token)
    {
        await ExpectErrorAsync(client, HttpMethod.Get, query, HttpStatusCode.BadRequest, "InvalidQuery",
            $"The $skiptoken '{token}' is not one the feed gave for this query. Start again from the first page "
                + $"(without $skiptoken), "
            + "or follow the @odata.nextLink of the previous page as it is.");
    }

    [Fact]
    public async Task A_skiptoken_the_feed_did_not_give_is_refused_in_Vietnamese_by_default()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        await ExpectErrorAsync(
            vietnamese,
            HttpMethod.Get,
            "Obligations?$skiptoken=Nope-5",
            HttpStatusCode.BadRequest,
            "InvalidQuery",
            "$skiptoken 'Nope-5' không phải do nguồn dữ liệu cấp cho truy vấn này. Hãy đọc lại từ trang đầu (bỏ "
                + "$skiptoken), "
            + "hoặc dùng nguyên văn liên kết @odata.nextLink của trang trước.");
    }

    [Fact]
    public async Task The_tokens_the_feed_gives_are_taken()
    {
        using var small = platform.CreateClient();
        small.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=2");

        var first = await GetJsonAsync(small, "Obligations?$orderby=UnitName desc,Year&$select=Id");
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var response = await small.GetAsync(next);

        next.Should().Contain("$skiptoken=UnitName-");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ValuesAsync(client, "Obligations?$skiptoken=Id-5&$top=1&$select=Id"))
            .Single()
            .GetProperty("Id")
            .GetInt32()
            .Should()
            .Be(6);
    }

    [Fact]
    public async Task Apply_with_full_metadata_answers_400_instead_of_a_page_broken_off()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            Url("Obligations?$apply=groupby((Year),aggregate(Floor with sum as Total))")
        );
        request.Headers.TryAddWithoutValidation("Accept", "application/json;odata.metadata=full");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var filtered = await GetJsonAsync(
            client,
            "Obligations?$apply=filter(Year eq 2026)&$top=1&$select=Id&$format=application/json;odata.metadata=full"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        body.Should()
            .Be(
                "{\"error\":{\"code\":\"InvalidQuery\",\"message\":\"$apply cannot be answered with "
                    + "odata.metadata=full (a group has no key "
                    + "to build its links from). Use odata.metadata=minimal (the default) or none.\"}}"
            );
        filtered
            .GetProperty("value")[0]
            .GetProperty("@odata.id")
            .GetString()
            .Should()
            .Be("http://localhost/odata/Obligations(1)");
    }

    private static async Task ExpectErrorAsync(
        HttpClient asker,
        HttpMethod method,
        string relative,
        HttpStatusCode status,
        string code,
        string message
    )
    {
        using var request = new HttpRequestMessage(method, Url(relative));
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await asker.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("message").GetString().Should().Be(message);
    }
}
