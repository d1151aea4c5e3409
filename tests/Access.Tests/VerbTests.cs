using System.Net;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>create-user, grant-role, revoke-role, issue-key, revoke-key, list-users: the same use cases as the admin
/// API, from the host.</summary>
[Collection(nameof(HostVerbCollection))]
public sealed class VerbTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();
    private readonly HostRun host;

    public VerbTests() => host = new HostRun(folder);

    [Fact]
    public async Task A_key_too_short_stops_the_host_with_one_line_and_exit_code_1_not_a_stack_trace()
    {
        // The host itself, no verb: it must stop before serving (a regression would serve, hence the time limit).
        var run = await host.RunAsync("--Auth:BootstrapAdminKey=short-key").WaitAsync(TimeSpan.FromMinutes(2));

        run.Exit.Should().Be(1);
        run.Error.Should().Be(
            "Auth:BootstrapAdminKey must be 16 to 512 characters without leading or trailing spaces (it is 9). "
                + "Use a long random value, e.g. the output of `openssl rand -base64 32`." + Environment.NewLine);
    }

    [Fact]
    public async Task A_verb_on_a_host_with_a_key_too_short_says_so_in_one_line()
    {
        var run = await host.RunAsync("list-users", "--Auth:BootstrapAdminKey=short-key");

        run.Exit.Should().Be(1);
        run.Error.Should().StartWith("Auth:BootstrapAdminKey must be 16 to 512 characters").And.NotContain("   at ");
    }

    [Fact]
    public async Task Create_user_prints_a_key_that_signs_in_at_once_with_the_given_roles_and_scope()
    {
        var run = await host.RunAsync(
            "create-user",
            "lan",
            "--role",
            "provincial_planner",
            "--role",
            "analyst",
            "--scope",
            "75",
            "--display-name",
            "Nguyễn Thị Lan"
        );

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should()
            .Contain("Created user 'lan': analyst, provincial_planner; scope province 75; 1 active key(s).");
        var (_, key) = HostRun.PrintedKey(run.Output);
        using var platform = PlatformFactory.InFolder(folder);
        (await platform.CreateClientWithKey("lan", key).GetAsync<CallerDto>("/api/me"))
            .Should().BeEquivalentTo(new CallerDto("lan", ["analyst", "provincial_planner"], "75", "Province"));
    }

    [Fact]
    public async Task Revoke_key_makes_the_key_a_401_on_the_next_request_of_a_running_host()
    {
        var created = await host.RunAsync("create-user", "hoa", "--role", "analyst", "--scope", "VN");
        var (keyId, key) = HostRun.PrintedKey(created.Output);
        using var platform = PlatformFactory.InFolder(folder);
        var client = platform.CreateClientWithKey("hoa", key);
        (await client.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var run = await host.RunAsync("revoke-key", keyId);

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should().Contain($"Key {keyId} of user 'hoa' is revoked");
        (await client.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Issue_key_prints_a_second_key_and_both_sign_in()
    {
        var created = await host.RunAsync("create-user", "minh", "--role", "analyst", "--scope", "VN");
        var run = await host.RunAsync("issue-key", "MINH");

        run.Exit.Should().Be(0, run.Error);
        var first = HostRun.PrintedKey(created.Output);
        var second = HostRun.PrintedKey(run.Output);
        second.Key.Should().NotBe(first.Key);
        using var platform = PlatformFactory.InFolder(folder);
        (await platform.CreateClientWithKey("minh", first.Key).GetAsync("/api/me"))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await platform.CreateClientWithKey("minh", second.Key).GetAsync("/api/me"))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Grant_role_revoke_role_and_list_users_show_the_user_s_roles_and_keys()
    {
        var created = await host.RunAsync("create-user", "tuan", "--role", "analyst", "--scope", "VN");
        var (keyId, _) = HostRun.PrintedKey(created.Output);

        var granted = await host.RunAsync("grant-role", "tuan", "training_coordinator");
        var revoked = await host.RunAsync("revoke-role", "tuan", "analyst");
        var listed = await host.RunAsync("list-users");

        granted
            .Output.Should()
            .Contain("User 'tuan': analyst, training_coordinator; scope nation VN; 1 active key(s).");
        revoked.Output.Should().Contain("User 'tuan': training_coordinator; scope nation VN; 1 active key(s).");
        listed.Exit.Should().Be(0, listed.Error);
        listed.Output.Should().Contain("1 user(s).")
            .And.Contain("tuan (tuan): training_coordinator; scope nation VN; 1 active key(s)")
            .And.Contain($"  key {keyId}  issued ");
    }

    [Theory]
    [InlineData(
        new[] { "create-user", "lan", "--role", "planner", "--scope", "VN" },
        "Unknown role 'planner'. Roles: " + AccessApi.Roles + "."
    )]
    [InlineData(
        new[] { "create-user", "lan", "--role", "analyst", "--scope", "99999" },
        "No administrative unit has the code '99999' on "
    )]
    [InlineData(
        new[] { "create-user", "lan", "--role", "analyst" },
        "scope is required: VN (the nation), a province code or a commune code."
    )]
    [InlineData(new[] { "grant-role", "nobody", "analyst" }, "No user is named 'nobody'.")]
    [InlineData(new[] { "issue-key", "nobody" }, "No user is named 'nobody'.")]
    [InlineData(new[] { "revoke-key", "000000000000" }, "No key has the id '000000000000'.")]
    [InlineData(new[] { "create-user" }, "Usage: create-user NAME --role ROLE")]
    public async Task A_verb_with_an_unknown_user_role_unit_or_key_exits_with_1_and_says_why(
        string[] args,
        string message
    )
    {
        var run = await host.RunAsync(args);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain(message);
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);
}
