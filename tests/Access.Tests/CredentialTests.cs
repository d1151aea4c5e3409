using System.Net;
using System.Net.Http.Headers;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>HTTP Basic (user name + key) and Bearer (key) sign in; anything that is not an active key of an enabled
/// user is 401.</summary>
public sealed class CredentialTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient admin = platform.CreateClient();

    [Fact]
    public async Task Basic_with_the_bootstrap_administrator_key_signs_in_as_admin_over_the_nation()
    {
        var me = await platform.CreateClientWithKey("admin", PlatformFactory.AdminKey).GetAsync<CallerDto>("/api/me");

        me.Should().BeEquivalentTo(new CallerDto("admin", ["administrator"], "VN", "Nation"));
    }

    [Fact]
    public async Task The_user_name_of_Basic_ignores_case()
    {
        var response = await platform.CreateClientWithKey("ADMIN", PlatformFactory.AdminKey).GetAsync("/api/units/75");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_key_works_as_a_bearer_token_for_REST_and_OData()
    {
        var bearer = platform.Bearer(PlatformFactory.AdminKey);

        (await bearer.GetAsync<CallerDto>("/api/me")).Name.Should().Be("admin");
        (await bearer.GetAsync("/odata/Indicators?$top=1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_province_user_signs_in_with_the_province_as_scope_and_a_commune_user_with_the_commune()
    {
        (await admin.PostCsvAsync("/api/units/import", AccessApi.CommuneCsv)).EnsureSuccessStatusCode();
        var planner = await admin.CreateUserAsync("cred-planner", "75", "provincial_planner");
        var officer = await admin.CreateUserAsync("cred-officer", "26001", "commune_officer");

        (await platform.CreateClientWithKey("cred-planner", planner.Key.Key).GetAsync<CallerDto>("/api/me"))
            .Should().BeEquivalentTo(new CallerDto("cred-planner", ["provincial_planner"], "75", "Province"));
        (await platform.Bearer(officer.Key.Key).GetAsync<CallerDto>("/api/me"))
            .Should().BeEquivalentTo(new CallerDto("cred-officer", ["commune_officer"], "26001", "Commune"));
    }

    [Fact]
    public async Task Basic_through_the_OData_feed_works_as_Excel_sends_it()
    {
        var analyst = await admin.CreateUserAsync("cred-excel", "VN", "analyst");

        var response = await platform
            .CreateClientWithKey("cred-excel", analyst.Key.Key)
            .GetAsync("/odata/AdministrativeUnits?$filter=Code eq '75'");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("value")[0].GetProperty("Code").GetString().Should().Be("75");
    }

    [Fact]
    public async Task A_wrong_key_is_a_401()
    {
        var response = await platform
            .CreateClientWithKey("admin", PlatformFactory.AdminKey + "x")
            .GetAsync("/api/units/75");

        await ShouldBeRefusedAsync(response, AccessApi.Refused);
    }

    [Fact]
    public async Task Another_user_s_key_under_Basic_is_a_401_though_it_works_for_its_own_user()
    {
        var analyst = await admin.CreateUserAsync("cred-other", "VN", "analyst");

        var borrowed = await platform.CreateClientWithKey("admin", analyst.Key.Key).GetAsync("/api/me");
        var own = await platform.CreateClientWithKey("cred-other", analyst.Key.Key).GetAsync("/api/me");

        await ShouldBeRefusedAsync(borrowed, AccessApi.Refused);
        own.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoked_key_is_a_401_at_once_with_Basic_and_Bearer_while_the_user_s_other_key_still_works()
    {
        var user = await admin.CreateUserAsync("cred-revoked", "VN", "analyst");
        var second = await admin.IssueKeyAsync("cred-revoked");
        var basic = platform.CreateClientWithKey("cred-revoked", user.Key.Key);
        (await basic.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/admin/users/cred-revoked/keys/{user.Key.KeyId}")).EnsureSuccessStatusCode();

        var revoked = $"This API key (id {user.Key.KeyId}) was revoked on 2026-03-15 08:00 UTC.";
        await ShouldBeRefusedAsync(await basic.GetAsync("/api/me"), revoked);
        await ShouldBeRefusedAsync(await platform.Bearer(user.Key.Key).GetAsync("/api/me"), revoked);
        (await platform.CreateClientWithKey("cred-revoked", second.Key).GetAsync("/api/me"))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_disabled_user_is_a_401_until_enabled_again()
    {
        var user = await admin.CreateUserAsync("cred-disabled", "VN", "analyst");
        var client = platform.CreateClientWithKey("cred-disabled", user.Key.Key);

        (await admin.PostAsync("/api/admin/users/cred-disabled/disable", null)).EnsureSuccessStatusCode();
        var whileDisabled = await client.GetAsync("/api/me");
        (await admin.PostAsync("/api/admin/users/cred-disabled/enable", null)).EnsureSuccessStatusCode();
        var afterwards = await client.GetAsync("/api/me");

        await ShouldBeRefusedAsync(whileDisabled, "User 'cred-disabled' is disabled.");
        afterwards.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_Basic_credentials_are_a_401_saying_how_to_send_them()
    {
        var client = platform.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "not base64!");

        await ShouldBeRefusedAsync(
            await client.GetAsync("/api/me"),
            "The Basic credentials are malformed: send base64(user name + ':' + API key)."
        );
    }

    [Fact]
    public async Task A_scheme_other_than_Basic_and_Bearer_counts_as_no_credentials()
    {
        var client = platform.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Negotiate", "abc");

        await ShouldBeRefusedAsync(await client.GetAsync("/api/me"), AccessApi.NoCredentials);
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string detail)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be(AccessApi.Challenge);
        (await response.ProblemAsync()).Should().Be(new ProblemDto(401, "Unauthorized", detail, null));
    }
}
