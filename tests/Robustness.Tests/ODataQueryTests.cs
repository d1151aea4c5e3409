using System.Net;
using System.Text.Json;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Every entity set the feed serves (read from its service document, so a new set is covered without listing it),
/// given invalid query options: a 400 with an OData error message, never a 5xx, nothing written.
/// </summary>
public sealed class ODataQueryTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    private static readonly string[] InvalidOptions =
    [
        "$filter=Nope eq 1",
        "$filter=(",
        "$filter=' unbalanced",
        "$filter=" + Uri.EscapeDataString(Hostile.SqlInjection),
        "$filter=" + Uri.EscapeDataString("x eq '" + Hostile.SqlInjection),
        "$filter=" + Uri.EscapeDataString(Hostile.ScriptInjection),
        "$filter=" + Uri.EscapeDataString(string.Join(" or ", Enumerable.Range(0, 400).Select(i => $"Nope eq {i}"))),
        "$select=Nope",
        "$select=" + Uri.EscapeDataString(Hostile.ScriptInjection),
        "$orderby=Nope desc",
        "$orderby=" + Uri.EscapeDataString(Hostile.SqlInjection),
        "$top=-1",
        "$top=abc",
        "$top=99999999999",
        "$skip=-1",
        "$skip=abc",
        "$expand=Nope",
        "$count=maybe",
        "$apply=garbage(",
        "$apply=groupby((Nope))",
        "$skiptoken=garbage",
        "$foo=1",
    ];

    [Fact]
    public async Task Every_entity_set_answers_every_invalid_query_with_a_400_OData_error()
    {
        var sets = await EntitySetsAsync();
        sets.Should().Contain(["AdministrativeUnits", "Obligations", "ActivityReports"]);

        foreach (var set in sets)
        {
            foreach (var option in InvalidOptions)
            {
                var refused = await platform.AssertRefusedAsync(
                    c => c.GetAsync($"/odata/{set}?{option}"),
                    $"/odata/{set}?{option}"
                );
                refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.Body);
            }
        }
    }

    [Fact]
    public async Task An_unknown_entity_set_or_a_key_of_the_wrong_type_is_a_4xx_with_a_message()
    {
        foreach (
            var url in new[]
            {
                "/odata/NoSuchSet",
                "/odata/Obligations('abc')",
                "/odata/Obligations(" + Uri.EscapeDataString(Hostile.SqlInjection) + ")",
                "/odata/Obligations(99999999999)",
            }
        )
        {
            await platform.AssertRefusedAsync(c => c.GetAsync(url), url);
        }
    }

    [Fact]
    public async Task A_write_to_the_read_only_feed_is_refused_and_writes_nothing()
    {
        foreach (var set in await EntitySetsAsync())
        {
            await platform.AssertRefusedAsync(
                c =>
                    c.PostAsync(
                        $"/odata/{set}",
                        new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                    ),
                $"POST /odata/{set}"
            );
        }
    }

    [Theory]
    [InlineData("POST", "/odata/Obligations", 405, "MethodNotAllowed")]
    [InlineData("DELETE", "/odata/Obligations(1)", 405, "MethodNotAllowed")]
    [InlineData("GET", "/odata/Obligations('abc')", 400, "InvalidKey")]
    [InlineData("GET", "/odata/Obligations(999999)", 404, "NotFound")]
    [InlineData("POST", "/odata/$batch", 501, "NotImplemented")]
    public async Task Every_refusal_under_the_feed_is_an_OData_error_body_not_a_ProblemDetails(
        string method,
        string url,
        int status,
        string code
    )
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await platform.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("error");
    }

    private async Task<List<string>> EntitySetsAsync()
    {
        using var document = JsonDocument.Parse(await platform.Client.GetStringAsync("/odata"));
        return document
            .RootElement.GetProperty("value")
            .EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "EntitySet")
            .Select(e => e.GetProperty("name").GetString()!)
            .ToList();
    }
}
