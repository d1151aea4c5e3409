using System.Net;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Host;

/// <summary>FluentValidation runs as a MediatR behaviour before any handler; its failures are a 400 with field
/// errors.</summary>
public sealed class RequestValidationTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task An_import_whose_validTo_is_before_its_validFrom_is_a_400_naming_the_validTo_field()
    {
        var before = await platform.UnitRowsAsync();

        var response = await client.PostCsvAsync(
            "/api/units/import?validFrom=2025-07-01&validTo=2025-06-30",
            "code,name,type,parent_code\n26001,Xã Một,xã,75\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Title.Should().Be("The request is not valid");
        problem
            .Errors.Should()
            .BeEquivalentTo(
                new Dictionary<string, string[]> { ["validTo"] = ["validTo must not be before validFrom."] }
            );
        (await platform.UnitRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_empty_statistics_file_is_a_400_naming_the_content_field()
    {
        var response = await client.PostCsvAsync("/api/statistics/import", []);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors.Should()
            .BeEquivalentTo(new Dictionary<string, string[]> { ["content"] = ["The file is empty."] });
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/units/XYZ");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response))
            .Should()
            .BeEquivalentTo(
                new
                {
                    Status = 404,
                    Title = "Not found",
                    Detail = "No administrative unit has the code 'XYZ'.",
                }
            );
    }
}
