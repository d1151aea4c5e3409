using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary><c>Auth:BootstrapAdminKey</c> creates user admin on a database without users, and only then.</summary>
public sealed class BootstrapTests : IDisposable
{
    private static readonly string[] AdministratorRole = ["administrator"];

    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task A_fresh_database_with_the_key_configured_gets_one_administrator_over_the_nation_whose_key_is_that_value()
    {
        using var platform = PlatformFactory.InFolder(folder);

        var users = await platform.CreateClient().GetAsync<List<UserDto>>("/api/admin/users");

        var admin = users.Should().ContainSingle().Which;
        admin
            .Should()
            .BeEquivalentTo(
                new
                {
                    Name = "admin",
                    DisplayName = "Administrator",
                    Roles = AdministratorRole,
                    Scope = "VN",
                    ScopeLevel = "Nation",
                    Disabled = false,
                    CreatedBy = "bootstrap",
                    CreatedAtUtc = PlatformFactory.DefaultNow.UtcDateTime,
                }
            );
        admin.Keys.Should().ContainSingle().Which.Active.Should().BeTrue();
    }

    [Fact]
    public async Task Without_the_key_a_fresh_database_has_no_users_and_only_health_answers()
    {
        using var unconfigured = PlatformFactory.InFolder(folder);
        unconfigured.BootstrapAdminKey = "";

        var health = await unconfigured.CreateAnonymousClient().GetAsync("/health");
        var units = await unconfigured.CreateClient().GetAsync("/api/units/75");

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        units.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unconfigured.AccessQueryAsync(db => db.Users.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Once_users_exist_another_configured_key_creates_nothing_and_does_not_sign_in()
    {
        using (var first = PlatformFactory.InFolder(folder))
        {
            (await first.CreateClient().CreateUserAsync("boot-lan", "VN", "analyst")).User.Name.Should().Be("boot-lan");
        }

        using var rekeyed = PlatformFactory.InFolder(folder);
        rekeyed.BootstrapAdminKey = "another-bootstrap-key-0123456789";

        var withNewKey = await rekeyed
            .CreateClientWithKey("admin", "another-bootstrap-key-0123456789")
            .GetAsync("/api/me");
        var withFirstKey = await rekeyed.CreateClientWithKey("admin", PlatformFactory.AdminKey).GetAsync("/api/me");

        withNewKey.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        withFirstKey.StatusCode.Should().Be(HttpStatusCode.OK);
        (await rekeyed.UserNamesAsync()).Should().Equal("admin", "boot-lan");
    }

    [Fact]
    public void A_configured_key_shorter_than_16_characters_stops_start_up()
    {
        using var weak = PlatformFactory.InFolder(folder);
        weak.BootstrapAdminKey = "short-key";

        var start = () => weak.CreateClient();

        // The host prints why and exits with 1 (VerbTests: one line naming the setting), so the server never starts.
        start.Should().Throw<InvalidOperationException>()
            .WithMessage("The server has not been started or no web application was configured.");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);
}
