using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests;

/// <summary>
/// The REST API's OpenAPI document (/openapi/v1.json): served without credentials like /health, listing every /api
/// endpoint, each with what it does and the error statuses it can answer (<see cref="ApiDocumentRules"/>).
/// </summary>
public sealed class ApiDocumentTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_document_is_served_without_credentials_with_73_paths_and_86_operations()
    {
        using var anonymous = platform.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string?)document["openapi"]).Should().StartWith("3.");
        var paths = document["paths"]!.AsObject();
        paths.Count.Should().Be(74);
        paths.Sum(p => p.Value!.AsObject().Count).Should().Be(87);
    }

    [Fact]
    public async Task The_document_lists_every_REST_endpoint_the_host_maps()
    {
        var document = await DocumentAsync();
        var listed = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"));

        var mapped = Endpoints.Discover(platform.Services).Where(e => e.Pattern != "/health")
            .Select(e => ApiDocumentRules.OperationName(e.Method, e.Pattern));

        listed.Should().BeEquivalentTo(mapped);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_the_error_statuses_it_can_answer()
    {
        var document = await DocumentAsync();

        var violations = ApiDocumentRules.Violations(document, AnonymousOperations());

        violations.Should().BeEmpty("each endpoint declares what it does and what it can answer");
    }

    [Fact]
    public void The_rules_name_each_operation_that_breaks_one()
    {
        var document = JsonNode.Parse("""
            {"paths": {
              "/api/things/{id}": {
                "put": {"summary": "Change a thing", "requestBody": {}, "responses": {"200": {}, "401": {}},
                        "parameters": [{"name": "If-Match", "in": "header"}]},
                "get": {"description": "Reads a thing", "responses": {"200": {}, "401": {}, "403": {}, "404": {}},
                        "parameters": [{"name": "at", "in": "query", "schema": {"type": "string", "format": "date"}}]}
              },
              "/api/open": {"get": {"summary": "Open", "description": "Needs no key", "responses": {"200": {}}}}
            }}
            """)!;

        var violations = ApiDocumentRules.Violations(document, new HashSet<string> { "GET /api/open" });

        violations.Should().Equal(
            "PUT /api/things/{id}: no description",
            "PUT /api/things/{id}: needs a role but declares no 403",
            "PUT /api/things/{id}: names a record in its route but declares no 404",
            "PUT /api/things/{id}: reads a body, declares no 400",
            "PUT /api/things/{id}: checks If-Match but declares no 412",
            "GET /api/things/{id}: no summary",
            "GET /api/things/{id}: has a typed query parameter but declares no 400");
    }

    [Fact]
    public async Task The_document_declares_the_API_key_as_HTTP_Basic_and_Bearer()
    {
        var document = await DocumentAsync();

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        schemes.Select(s => $"{s.Key}: {s.Value!["type"]} {s.Value["scheme"]}")
            .Should().Equal("basic: http basic", "bearer: http bearer");
        document["security"]!.AsArray().Select(r => r!.AsObject().Single().Key).Should().Equal("basic", "bearer");
    }

    [Fact]
    public async Task In_Development_the_reference_page_is_open_and_loads_nothing_from_another_site()
    {
        using var development = platform.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var anonymous = development.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        using var page = await anonymous.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await anonymous.GetAsync("/scalar/scalar.js");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("<script src=\"scalar.js\"></script>")
            .And.NotContain("http://").And.NotContain("https://")
            .And.Contain("\"withDefaultFonts\":false");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
    }

    [Fact]
    public async Task Outside_Development_there_is_no_reference_page()
    {
        using var anonymous = platform.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/scalar/");

        (await response.Content.ReadAsStringAsync()).Should().NotContain("scalar.js");
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var anonymous = platform.CreateAnonymousClient();
        return JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
    }

    /// <summary>The operations whose endpoint allows anonymous callers: only those may omit 401 and 403.</summary>
    private HashSet<string> AnonymousOperations() =>
        platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.RoutePattern.RawText is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => ApiDocumentRules.OperationName(m, e.RoutePattern.RawText!)))
            .ToHashSet();
}
