using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Every endpoint that reads a JSON body, given a broken version of a body it accepts: each is a 4xx with a reason and
/// commits nothing. The valid bodies are in <see cref="Catalogue"/>; the breakages are generated from them.
/// </summary>
public sealed class JsonBodyTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    public static TheoryData<string> JsonEndpoints() => [.. Catalogue.WithJsonBody.Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_body_that_is_not_one_JSON_object_is_a_400(string endpoint)
    {
        var call = Case(endpoint);
        foreach (
            var body in new[]
            {
                "{\"unitCode\": \"T1\",",
                "not json at all",
                "{'single': 'quotes'}",
                "[1, 2, 3]",
                "\"a string\"",
                "42",
                "null",
                "",
                "{}",
                "\u00ff\u00fe garbage",
            }
        )
        {
            var refused = await platform.AssertRefusedAsync(
                c => SendAsync(c, call, body),
                $"{endpoint} with the body «{body}»"
            );
            refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.Body);
        }
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_JSON_body_sent_as_another_media_type_is_a_415(string endpoint)
    {
        var call = Case(endpoint);
        var refused = await platform.AssertRefusedAsync(
            c => SendAsync(c, call, call.Body!(platform).ToJsonString(), "text/plain"), $"{endpoint} as text/plain");

        refused.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        refused.Message.Should().Contain("application/json");
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Every_field_of_the_wrong_JSON_type_is_a_400_naming_where(string endpoint)
    {
        var call = Case(endpoint);
        foreach (var field in call.Body!(platform).Select(p => p.Key).ToList())
        {
            var body = call.Body(platform);
            body[field] = body[field] is JsonObject ? JsonValue.Create(42) : new JsonObject { ["nested"] = true };

            var refused = await platform.AssertRefusedAsync(
                c => SendAsync(c, call, body.ToJsonString()),
                $"{endpoint} with {field} of the wrong type"
            );

            refused.Status.Should().Be(HttpStatusCode.BadRequest);
            refused.Message.Should().Contain($"$.{field}", "the answer says which value is wrong");
        }
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Every_required_field_missing_or_null_is_a_4xx(string endpoint)
    {
        var call = Case(endpoint);
        foreach (var field in call.RequiredFields)
        {
            var missing = call.Body!(platform);
            missing.Remove(field).Should().BeTrue($"{field} is in the sample body of {endpoint}");
            await platform.AssertRefusedAsync(
                c => SendAsync(c, call, missing.ToJsonString()),
                $"{endpoint} without {field}"
            );

            var nulled = call.Body(platform);
            nulled[field] = null;
            await platform.AssertRefusedAsync(
                c => SendAsync(c, call, nulled.ToJsonString()),
                $"{endpoint} with {field}: null"
            );
        }
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_string_of_10000_characters_in_any_field_is_refused(string endpoint)
    {
        var call = Case(endpoint);
        foreach (var (field, value) in call.Body!(platform).ToList())
        {
            var body = call.Body(platform);
            switch (value)
            {
                case JsonValue text when text.TryGetValue<string>(out _):
                    body[field] = Hostile.TenThousandCharacters;
                    break;
                case JsonArray { Count: > 0 } list when list[0] is JsonValue first && first.TryGetValue<string>(out _):
                    body[field] = new JsonArray(Hostile.TenThousandCharacters);
                    break;
                default:
                    continue;
            }

            await platform.AssertRefusedAsync(
                c => SendAsync(c, call, body.ToJsonString()),
                $"{endpoint} with 10,000 characters in {field}"
            );
        }
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_code_that_names_nothing_is_refused_even_when_it_is_an_injection(string endpoint)
    {
        var call = Case(endpoint);
        foreach (var field in call.CodeFields)
        {
            foreach (
                var code in new[]
                {
                    "ZZ-UNKNOWN",
                    Hostile.SqlInjection,
                    Hostile.ScriptInjection,
                    Hostile.DecomposedDongNai,
                }
            )
            {
                var body = call.Body!(platform);
                body[field] = code;
                await platform.AssertRefusedAsync(
                    c => SendAsync(c, call, body.ToJsonString()),
                    $"{endpoint} with {field} = «{code}»"
                );
            }
        }
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_valid_body_for_a_route_value_that_names_nothing_is_a_4xx(string endpoint)
    {
        var call = Case(endpoint);
        var url = (call.Url(platform) + "/")
            .Replace(SeededPlatform.Plan, "NO-SUCH-PLAN", StringComparison.Ordinal)
            .Replace("VN-2021-2025", "NO-SUCH-PLAN", StringComparison.Ordinal)
            .Replace($"/{platform.ObligationId}/", "/987654/", StringComparison.Ordinal)
            .Replace($"/{platform.ClassId}/", "/987654/", StringComparison.Ordinal)
            .Replace($"/{platform.ActivityId}/", "/987654/", StringComparison.Ordinal)
            .TrimEnd('/');
        if (url == call.Url(platform).TrimEnd('/'))
        {
            return;
        }

        var refused = await platform.AssertRefusedAsync(
            c => SendAsync(c, call, call.Body!(platform).ToJsonString(), url: url),
            $"{endpoint} at {url}"
        );
        refused.Status.Should().Be(HttpStatusCode.NotFound);
    }

    internal static EndpointCase Case(string endpoint) => Catalogue.All.Single(c => c.ToString() == endpoint);

    private Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        EndpointCase call,
        string body,
        string mediaType = "application/json",
        string? url = null
    ) =>
        client.SendAsync(
            new HttpRequestMessage(new HttpMethod(call.Method), url ?? call.Url(platform))
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body))
                {
                    Headers = { ContentType = new MediaTypeHeaderValue(mediaType) },
                },
            }
        );
}
