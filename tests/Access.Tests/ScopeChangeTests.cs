using System.Net;
using System.Net.Http.Json;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>A user moved to another unit scope (PUT /api/admin/users/{name}/scope): their next request sees the new
/// scope.</summary>
public sealed class ScopeChangeTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient admin = platform.CreateClient();

    [Fact]
    public async Task A_planner_moved_from_Dong_Nai_to_Ho_Chi_Minh_City_sees_79_and_no_longer_75()
    {
        var planner = await platform.CreateClientAsAsync("moving-planner", "provincial_planner", "75");
        var before = (await planner.GetAsync("/api/units/75")).StatusCode;
        var otherBefore = (await planner.GetAsync("/api/units/79")).StatusCode;

        var moved = await admin.PutAsJsonAsync("/api/admin/users/moving-planner/scope", new { scope = "79" });

        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        var user = await moved.ReadAsync<UserDto>();
        (user.Scope, user.ScopeLevel).Should().Be(("79", "Province"));
        (before, otherBefore).Should().Be((HttpStatusCode.OK, HttpStatusCode.NotFound));
        (await planner.GetAsync("/api/units/79")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await planner.GetAsync("/api/units/75")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("")]
    public async Task An_unknown_or_missing_scope_is_a_400_on_scope_and_changes_nothing(string scope)
    {
        var name = $"scope-kept-{scope.Length}";
        await admin.CreateUserAsync(name, "75", "analyst");

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{name}/scope", new { scope });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("scope");
        (await admin.GetAsync<UserDto>($"/api/admin/users/{name}")).Scope.Should().Be("75");
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        (await admin.PutAsJsonAsync("/api/admin/users/nobody-here/scope", new { scope = "75" }))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_administrator_over_the_nation_keeps_the_nation()
    {
        var response = await admin.PutAsJsonAsync("/api/admin/users/admin/scope", new { scope = "75" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.GetAsync<UserDto>("/api/admin/users/admin")).Scope.Should().Be("VN");
    }
}
