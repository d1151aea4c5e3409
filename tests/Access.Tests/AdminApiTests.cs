using System.Net;
using System.Net.Http.Json;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>/api/admin/users: create users, grant and revoke roles, issue and revoke keys, disable; bad input is a 4xx
/// and changes nothing.</summary>
public sealed class AdminApiTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly string[] LanRolesAsTyped = ["Provincial_Planner ", "analyst"];
    private static readonly string[] LanRoles = ["analyst", "provincial_planner"];
    private static readonly string[] UnknownRole = ["planner"];
    private static readonly string[] Analyst = ["analyst"];

    private readonly HttpClient admin = platform.CreateClient();

    [Fact]
    public async Task Creating_a_user_answers_201_with_the_user_and_a_first_key_shown_once()
    {
        var response = await admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name = "Lan.Nguyen",
                displayName = "Nguyễn Thị Lan",
                roles = LanRolesAsTyped,
                scope = "75",
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be("/api/admin/users/Lan.Nguyen");
        var created = await response.ReadAsync<CreatedUserDto>();
        created
            .User.Should()
            .BeEquivalentTo(
                new
                {
                    Name = "Lan.Nguyen",
                    DisplayName = "Nguyễn Thị Lan",
                    Roles = LanRoles,
                    Scope = "75",
                    ScopeLevel = "Province",
                    Disabled = false,
                    CreatedBy = "admin",
                    CreatedAtUtc = PlatformFactory.DefaultNow.UtcDateTime,
                }
            );
        created
            .User.Keys.Should()
            .Equal(new KeyDto(created.Key.KeyId, true, PlatformFactory.DefaultNow.UtcDateTime, "admin", null, null));
        created.Key.UserName.Should().Be("Lan.Nguyen");
        (await admin.GetAsync<UserDto>("/api/admin/users/lan.nguyen")).Should().BeEquivalentTo(created.User);
    }

    [Fact]
    public async Task A_commune_code_gives_a_commune_scope_and_VN_the_nation()
    {
        (await admin.PostCsvAsync("/api/units/import", AccessApi.CommuneCsv)).EnsureSuccessStatusCode();

        var officer = await admin.CreateUserAsync("admin-officer", "26001", "commune_officer");
        var planner = await admin.CreateUserAsync("admin-national", "VN", "national_planner");

        (officer.User.Scope, officer.User.ScopeLevel).Should().Be(("26001", "Commune"));
        (planner.User.Scope, planner.User.ScopeLevel).Should().Be(("VN", "Nation"));
    }

    [Fact]
    public async Task An_unknown_role_is_a_400_listing_the_roles_and_no_user_is_created()
    {
        var response = await admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name = "admin-badrole",
                roles = UnknownRole,
                scope = "VN",
            }
        );

        await ShouldBeInvalidAsync(response, "roles[0]", $"Unknown role 'planner'. Roles: {AccessApi.Roles}.");
        (await admin.GetAsync("/api/admin/users/admin-badrole")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_400_on_scope_and_no_user_is_created()
    {
        var response = await admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name = "admin-badunit",
                roles = Analyst,
                scope = "99999",
            }
        );

        await ShouldBeInvalidAsync(
            response,
            "scope",
            "No administrative unit has the code '99999' on 2026-03-15: scope must be VN (the nation), a province code "
                + "or a commune code in force today."
        );
        (await admin.GetAsync("/api/admin/users/admin-badunit")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(
        "lan:nguyen",
        "name",
        "name must be 1 to 64 characters: letters a-z, digits and . _ - @, starting with a letter or digit."
    )]
    [InlineData(
        "",
        "name",
        "name must be 1 to 64 characters: letters a-z, digits and . _ - @, starting with a letter or digit."
    )]
    public async Task An_invalid_name_is_a_400(string name, string field, string message)
    {
        var response = await admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name,
                roles = Analyst,
                scope = "VN",
            }
        );

        await ShouldBeInvalidAsync(response, field, message);
    }

    [Fact]
    public async Task A_user_without_roles_or_scope_is_a_400_naming_both()
    {
        var response = await admin.PostAsJsonAsync("/api/admin/users", new { name = "admin-empty" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["roles"] = [$"roles must name at least one role: {AccessApi.Roles}."],
            ["scope"] = ["scope is required: VN (the nation), a province code or a commune code."],
        });
    }

    [Fact]
    public async Task A_second_user_with_the_same_name_in_another_case_is_a_409()
    {
        await admin.CreateUserAsync("admin-dup", "VN", "analyst");

        var response = await admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name = "ADMIN-DUP",
                roles = Analyst,
                scope = "VN",
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.ProblemAsync())
            .Detail.Should()
            .Be("A user named 'ADMIN-DUP' exists already (names ignore case).");
    }

    [Fact]
    public async Task Granting_and_revoking_roles_changes_what_the_user_may_do_at_once()
    {
        var user = await admin.CreateUserAsync("admin-roles", "VN", "analyst");
        var client = platform.CreateClientWithKey("admin-roles", user.Key.Key);
        (await client.GetAsync("/api/admin/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var granted = await (
            await admin.PutAsync("/api/admin/users/admin-roles/roles/administrator", null)
        ).ReadAsync<UserDto>();
        var asAdministrator = await client.GetAsync("/api/admin/users");
        var revoked = await (
            await admin.DeleteAsync("/api/admin/users/admin-roles/roles/administrator")
        ).ReadAsync<UserDto>();
        var afterwards = await client.GetAsync("/api/admin/users");

        granted.Roles.Should().Equal("administrator", "analyst");
        asAdministrator.StatusCode.Should().Be(HttpStatusCode.OK);
        revoked.Roles.Should().Equal("analyst");
        afterwards.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Granting_an_unknown_role_is_a_400_and_to_an_unknown_user_a_404()
    {
        await admin.CreateUserAsync("admin-grant", "VN", "analyst");

        var unknownRole = await admin.PutAsync("/api/admin/users/admin-grant/roles/superuser", null);
        var unknownUser = await admin.PutAsync("/api/admin/users/nobody/roles/analyst", null);

        await ShouldBeInvalidAsync(unknownRole, "role", $"Unknown role 'superuser'. Roles: {AccessApi.Roles}.");
        unknownUser.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknownUser.ProblemAsync()).Detail.Should().Be("No user is named 'nobody'.");
    }

    [Fact]
    public async Task Revoking_a_user_s_only_role_is_a_409()
    {
        await admin.CreateUserAsync("admin-onerole", "VN", "analyst");

        var response = await admin.DeleteAsync("/api/admin/users/admin-onerole/roles/analyst");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.ProblemAsync())
            .Detail.Should()
            .Be(
                "'analyst' is the only role of 'admin-onerole'; a user keeps at least one. Grant another role first, "
                    + "or disable the user."
            );
        (await admin.GetAsync<UserDto>("/api/admin/users/admin-onerole")).Roles.Should().Equal("analyst");
    }

    [Fact]
    public async Task The_last_enabled_administrator_can_neither_lose_the_role_nor_be_disabled()
    {
        using var fresh = new PlatformFactory();
        var client = fresh.CreateClient();
        (await client.PutAsync("/api/admin/users/admin/roles/analyst", null)).EnsureSuccessStatusCode();

        var revoke = await client.DeleteAsync("/api/admin/users/admin/roles/administrator");
        var disable = await client.PostAsync("/api/admin/users/admin/disable", null);

        const string Detail =
            "'admin' is the last enabled administrator; give another user the administrator role first.";
        revoke.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await revoke.ProblemAsync()).Detail.Should().Be(Detail);
        disable.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await disable.ProblemAsync()).Detail.Should().Be(Detail);
        (await client.GetAsync<CallerDto>("/api/me")).Roles.Should().Equal("administrator", "analyst");
    }

    [Fact]
    public async Task Issuing_a_key_answers_201_with_a_new_key_and_revoking_it_answers_the_revoked_key()
    {
        await admin.CreateUserAsync("admin-keys", "VN", "analyst");

        var issued = await admin.PostAsync("/api/admin/users/admin-keys/keys", null);
        var key = await issued.ReadAsync<IssuedKeyDto>();
        var before = await platform.CreateClientWithKey("admin-keys", key.Key).GetAsync("/api/me");
        var revoked = await (
            await admin.DeleteAsync($"/api/admin/users/admin-keys/keys/{key.KeyId}")
        ).ReadAsync<RevokedKeyDto>();
        var after = await platform.CreateClientWithKey("admin-keys", key.Key).GetAsync("/api/me");

        issued.StatusCode.Should().Be(HttpStatusCode.Created);
        before.StatusCode.Should().Be(HttpStatusCode.OK);
        revoked
            .Should()
            .Be(
                new RevokedKeyDto(
                    "admin-keys",
                    new KeyDto(
                        key.KeyId,
                        false,
                        PlatformFactory.DefaultNow.UtcDateTime,
                        "admin",
                        PlatformFactory.DefaultNow.UtcDateTime,
                        "admin"
                    )
                )
            );
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_or_another_user_s_key_is_a_404()
    {
        var owner = await admin.CreateUserAsync("admin-owner", "VN", "analyst");
        await admin.CreateUserAsync("admin-stranger", "VN", "analyst");

        var unknown = await admin.DeleteAsync("/api/admin/users/admin-owner/keys/000000000000");
        var foreign = await admin.DeleteAsync($"/api/admin/users/admin-stranger/keys/{owner.Key.KeyId}");

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await foreign.ProblemAsync())
            .Detail.Should()
            .Be($"User 'admin-stranger' has no key with the id '{owner.Key.KeyId}'.");
        (await platform.CreateClientWithKey("admin-owner", owner.Key.Key).GetAsync("/api/me"))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
    }

    private static async Task ShouldBeInvalidAsync(HttpResponseMessage response, string field, string message)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync())
            .Errors.Should()
            .BeEquivalentTo(new Dictionary<string, string[]> { [field] = [message] });
    }
}
