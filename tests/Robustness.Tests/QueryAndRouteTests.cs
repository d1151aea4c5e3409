using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Every query parameter and route value of every REST endpoint (found at run time), given values of the wrong type,
/// out of range, injections and over-long text: never a 5xx; a refusal says why and commits nothing.
/// </summary>
public sealed class QueryAndRouteTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    private static readonly string[] OutOfRangeNumbers = ["-1", "0", "2147483648", "-99999999999", "1e9", "NaN"];

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_a_400_naming_the_parameter()
    {
        var tried = 0;
        foreach (var (endpoint, call) in Calls())
        {
            foreach (var parameter in endpoint.QueryParameters.Where(p => Underlying(p) != typeof(string)))
            {
                var url = WithQuery(call.Url(platform), parameter.Name!, "not-a-" + Underlying(parameter).Name);
                var refused = await platform.AssertRefusedAsync(
                    c => c.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), url)),
                    $"{endpoint} at {url}"
                );
                refused.Status.Should().Be(HttpStatusCode.BadRequest);
                refused.Message.Should().Contain(parameter.Name!);
                tried++;
            }
        }

        tried.Should().BeGreaterThan(20, "the endpoints' typed query parameters were found");
    }

    [Fact]
    public async Task Numbers_out_of_range_in_a_query_are_never_a_server_error()
    {
        foreach (var (endpoint, call) in Calls())
        {
            foreach (
                var parameter in endpoint.QueryParameters.Where(p =>
                    Underlying(p) == typeof(int) || Underlying(p) == typeof(long)
                )
            )
            {
                foreach (var value in OutOfRangeNumbers)
                {
                    await AnswerAsync(endpoint, WithQuery(call.Url(platform), parameter.Name!, value));
                }
            }
        }
    }

    [Fact]
    public async Task Hostile_text_in_a_string_query_parameter_is_data_never_a_server_error()
    {
        foreach (var (endpoint, call) in Calls())
        {
            foreach (var parameter in endpoint.QueryParameters.Where(p => Underlying(p) == typeof(string)))
            {
                foreach (var value in Hostile.Strings.Append(Hostile.DecomposedDongNai))
                {
                    await AnswerAsync(endpoint, WithQuery(call.Url(platform), parameter.Name!, value));
                }
            }
        }
    }

    [Fact]
    public async Task Hostile_and_out_of_range_route_values_are_never_a_server_error_and_change_nothing()
    {
        foreach (var (endpoint, _) in Calls().Where(c => c.Endpoint.RouteParameters.Count > 0))
        {
            // A NUL in a path is refused by the server (Kestrel answers 400) before the application; the test server
            // cannot carry one.
            foreach (
                var value in Hostile
                    .Strings.Where(s => !s.Contains('\0', StringComparison.Ordinal))
                    .Concat(OutOfRangeNumbers)
                    .Append(Hostile.DecomposedDongNai)
                    .Append("987654")
            )
            {
                var url = endpoint.Pattern;
                foreach (var parameter in endpoint.RouteParameters)
                {
                    var template = url[url.IndexOf("{" + parameter, StringComparison.Ordinal)..];
                    url = url.Replace(
                        template[..(template.IndexOf('}', StringComparison.Ordinal) + 1)],
                        Uri.EscapeDataString(value),
                        StringComparison.Ordinal
                    );
                }

                if (endpoint.Method == "GET")
                {
                    await AnswerAsync(endpoint, url);
                }
                else
                {
                    await platform.AssertRefusedAsync(
                        c => c.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), url)),
                        $"{endpoint} at {url}"
                    );
                }
            }
        }
    }

    /// <summary>Any answer but a 5xx; a GET or a refusal commits nothing, and a refusal says why.</summary>
    private async Task AnswerAsync(DiscoveredEndpoint endpoint, string url)
    {
        var before = await platform.Database.DataVersionAsync();
        using var response = await platform.Client.SendAsync(
            new HttpRequestMessage(new HttpMethod(endpoint.Method), url)
        );
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;

        status.Should().BeLessThan(500, $"{endpoint} at {url} answered {body}");
        if (status >= 400)
        {
            Refusal
                .MessageOf(body)
                .Should()
                .NotBeNullOrWhiteSpace($"{endpoint} at {url} must say why it refused: {body}");
        }

        if (status >= 400 || endpoint.Method == "GET")
        {
            (await platform.Database.DataVersionAsync())
                .Should()
                .Be(before, $"{endpoint} at {url} answered {status} and must have written nothing");
        }
    }

    /// <summary>The endpoints with their catalogued valid calls, minus the one that writes backup files.</summary>
    private IEnumerable<(DiscoveredEndpoint Endpoint, EndpointCase Call)> Calls() =>
        Endpoints.Discover(platform.Factory.Services)
            .Where(e => e.Pattern != "/api/admin/backup")
            .Select(e => (e, Catalogue.Find(e.Method, e.Pattern)));

    private static Type Underlying(ParameterInfo parameter) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;

    private static string WithQuery(string url, string name, string value)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var query =
            question < 0
                ? []
                : QueryHelpers
                    .ParseQuery(url[question..])
                    .Where(q => !q.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                    .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
                    .ToList();
        query.Add(KeyValuePair.Create(name, (string?)value));
        return QueryHelpers.AddQueryString(path, query);
    }
}
