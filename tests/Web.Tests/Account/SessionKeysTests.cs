using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.TestKit;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>
/// The keys that sign sessions and forms (ASP.NET Data Protection) are in the database: a session made by one host is
/// read by any other host of the same database, as behind a load balancer, and the keys never reach the audit log.
/// </summary>
public sealed class SessionKeysTests : IDisposable
{
    private readonly PlatformFactory first = new();
    private readonly PlatformFactory second;

    public SessionKeysTests() => second = PlatformFactory.InFolder(first.Folder);

    [Fact]
    public async Task A_session_signed_in_on_one_host_is_signed_in_on_another_host_of_the_same_database()
    {
        using var browser = first.BrowserlikeClient();
        var signedIn = await SignInForm.PostAsync(
            browser,
            PlatformFactory.AdminName,
            PlatformFactory.AdminKey,
            await SignInForm.TokenAsync(browser)
        );
        var cookie = SignInForm.SessionCookie(signedIn)!.Split(';')[0];
        using var otherHost = second.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }
        );
        otherHost.DefaultRequestHeaders.Authorization = null;

        using var withSession = new HttpRequestMessage(HttpMethod.Get, "/");
        withSession.Headers.Add("Cookie", cookie);
        var answer = await otherHost.SendAsync(withSession);

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        (await otherHost.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Two_hosts_sign_with_the_one_key_made_at_the_first_start_and_the_audit_log_has_no_entry_of_it()
    {
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        (await firstClient.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await secondClient.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using var connection = await first.OpenConnectionAsync();
        var keys = Table("access", "access_data_protection_keys");
        (await TestDatabase.ScalarAsync(connection, $"SELECT count(*) FROM {keys}")).Should().Be(1);
        (
            await TestDatabase.ScalarAsync(
                connection,
                $"SELECT count(*) FROM {Table("audit", "audit_entries")} WHERE \"EntityType\" LIKE '%Protection%'"
            )
        )
            .Should()
            .Be(0);
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    private static string Table(string module, string table) => PlatformFactory.Table(module, table);
}
