using Platform.TestKit;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>The sweep covers every REST endpoint the application maps: a new endpoint must be added to
/// <see cref="Catalogue"/>.</summary>
public sealed class EndpointCatalogueTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    [Fact]
    public void Every_mapped_REST_endpoint_has_a_valid_call_in_the_catalogue()
    {
        var mapped = Endpoints.Discover(platform.Factory.Services).Select(e => e.ToString()).ToList();

        mapped.Should().BeEquivalentTo(Catalogue.All.Select(c => c.ToString()),
            "every endpoint must be attacked; add the new one to Support/Catalogue.cs with a valid call");
    }

    [Fact]
    public void Every_endpoint_that_reads_a_JSON_body_has_a_valid_body_in_the_catalogue()
    {
        var json = Endpoints
            .Discover(platform.Factory.Services)
            .Where(e => e.AcceptsJson)
            .Select(e => e.ToString())
            .ToList();

        json.Should().BeEquivalentTo(Catalogue.WithJsonBody.Select(c => c.ToString()));
    }

    [Fact]
    public async Task Every_catalogued_GET_answers_without_a_server_error()
    {
        foreach (var call in Catalogue.All.Where(c => c.Method == "GET"))
        {
            using var response = await platform.Client.GetAsync(call.Url(platform));
            if (TestDatabase.IsPostgreSql && call.Url(platform) == "/api/admin/backups")
            {
                // On PostgreSQL backups are the server's tools': 501, with the pg_dump command (BackupEndpointTests).
                response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotImplemented);
                continue;
            }

            ((int)response.StatusCode)
                .Should()
                .BeLessThan(500, $"{call} answered {await response.Content.ReadAsStringAsync()}");
        }
    }
}
