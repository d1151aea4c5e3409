using System.Net;
using System.Text.Json;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>Without credentials only /health answers; everything else is 401 with a challenge Excel and Power BI
/// understand.</summary>
public sealed class AnonymousAccessTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly string[] RootPaths = ["/odata", "/odata/", "/odata/$metadata"];

    private readonly HttpClient anonymous = platform.CreateAnonymousClient();

    [Fact]
    public async Task Health_answers_200_without_credentials()
    {
        var response = await anonymous.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Theory]
    [InlineData("GET", "/api/units")]
    [InlineData("GET", "/api/units/75")]
    [InlineData("POST", "/api/units/import")]
    [InlineData("POST", "/api/statistics/import")]
    [InlineData("GET", "/api/plans/VN-2026-2030")]
    [InlineData("POST", "/api/plans/VN-2026-2030/subordinates")]
    [InlineData("PUT", "/api/obligations/1/override")]
    [InlineData("GET", "/api/obligations/export")]
    [InlineData("GET", "/api/indicators")]
    [InlineData("GET", "/api/cascade-runs")]
    [InlineData("GET", "/api/training/quotas")]
    [InlineData("POST", "/api/training/classes")]
    [InlineData("GET", "/api/monitoring/progress?year=2026")]
    [InlineData("POST", "/api/monitoring/activities")]
    [InlineData("GET", "/api/admin/users")]
    [InlineData("POST", "/api/admin/users")]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/no-such-endpoint")]
    public async Task A_REST_request_without_credentials_is_a_401_problem_with_the_Basic_and_Bearer_challenge(
        string method,
        string path
    )
    {
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be(AccessApi.Challenge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.ProblemAsync()).Should().Be(new ProblemDto(401, "Unauthorized", AccessApi.NoCredentials, null));
    }

    [Fact]
    public async Task Every_OData_path_without_credentials_is_a_401_with_an_OData_error_body()
    {
        using var admin = platform.CreateClient();
        var sets = (await admin.GetAsync<JsonElement>("/odata"))
            .GetProperty("value")
            .EnumerateArray()
            .Select(s => s.GetProperty("url").GetString()!)
            .ToList();
        sets.Should()
            .Contain(
                ["AdministrativeUnits", "Obligations", "Trainees", "TrainingQuotas", "ActivityReports", "Progress"]
            );
        var paths = RootPaths
            .Concat(sets.Select(s => $"/odata/{s}"))
            .Concat(sets.Select(s => $"/odata/{s}/$count"))
            .Append("/odata/Obligations?$filter=Year eq 2026&$top=5");

        foreach (var path in paths)
        {
            var response = await anonymous.GetAsync(path);

            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
            response.Headers.WwwAuthenticate.ToString().Should().Be(AccessApi.Challenge, path);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", path);
            var error = (await response.ReadJsonAsync()).GetProperty("error");
            error.GetProperty("code").GetString().Should().Be("Unauthorized", path);
            error.GetProperty("message").GetString().Should().Be(AccessApi.NoCredentials, path);
        }
    }

    [Fact]
    public async Task Metadata_asked_for_as_Power_Query_asks_is_still_a_401_before_any_XML()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/odata/$metadata");
        request.Headers.Accept.ParseAdd(
            "application/json;odata.metadata=minimal;q=1.0,application/json;q=0.9,*/*;q=0.8"
        );
        request.Headers.Add("OData-MaxVersion", "4.0");

        var response = await anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("edmx");
    }
}
