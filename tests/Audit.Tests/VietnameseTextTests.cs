using System.Net;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.Audit.Tests;

/// <summary>A client that asks for no language reads the audit query's validation messages in Vietnamese
/// (AuditTexts.resx).</summary>
public sealed class VietnameseTextTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_page_size_out_of_range_is_a_400_in_Vietnamese()
    {
        var response = await platform.CreateVietnameseClient().GetAsync("/api/audit?top=0");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem
            .RootElement.GetProperty("errors")
            .GetProperty("top")[0]
            .GetString()
            .Should()
            .Be("Tham số top phải từ 1 đến 1000.");
    }
}
