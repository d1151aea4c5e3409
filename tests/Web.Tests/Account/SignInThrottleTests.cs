using System.Net;
using Platform.TestKit;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>
/// Repeated failed sign-ins from one client are slowed down, measured on the host's fake clock (so the test waits for
/// no real second): three failures are free, the 4th waits 1 s, the 5th 2 s. A host of its own, whose throttle no other
/// test shares.
/// </summary>
public sealed class SignInThrottleTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task After_three_wrong_keys_from_one_client_the_4th_attempt_waits_1_second_and_the_5th_2_seconds()
    {
        using var platform = new PlatformFactory();
        using var client = platform.BrowserlikeClient();
        var token = await SignInForm.TokenAsync(client);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // Answered without the clock moving at all.
            var free = SignInForm.PostAsync(client, PlatformFactory.AdminName, "wrong-key-0123456789", token);
            (await Task.WhenAny(free, Task.Delay(TimeSpan.FromSeconds(30))))
                .Should()
                .BeSameAs(free, $"failure {attempt} of 3 is not delayed");
            (await (await free).Content.ReadAsStringAsync()).Should().Contain(HtmlOf(SignInTests.Wrong));
        }

        var (fourth, fourthWaited) = await AttemptAsync(platform, client, "wrong-key-0123456789", token);
        var (fifth, fifthWaited) = await AttemptAsync(platform, client, "wrong-key-0123456789", token);

        fourthWaited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        fifthWaited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
        (await fourth.Content.ReadAsStringAsync()).Should().Contain(HtmlOf(SignInTests.Wrong));
        (await fifth.Content.ReadAsStringAsync()).Should().Contain(HtmlOf(SignInTests.Wrong));
        var (right, rightWaited) = await AttemptAsync(platform, client, PlatformFactory.AdminKey, token);
        rightWaited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(4), "even the right key waits its turn");
        right.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>
    /// Posts the form, sees that it does not answer while the host's clock stands still (the free attempts answered at
    /// once), then moves the clock on by 100 ms at a time until it answers: how much clock time it waited.
    /// </summary>
    private static async Task<(HttpResponseMessage Response, TimeSpan Waited)> AttemptAsync(
        PlatformFactory platform,
        HttpClient client,
        string key,
        string token
    )
    {
        var post = SignInForm.PostAsync(client, PlatformFactory.AdminName, key, token);
        (await Task.WhenAny(post, Task.Delay(TimeSpan.FromSeconds(1))))
            .Should()
            .NotBeSameAs(post, "a throttled attempt waits for the clock");
        var waited = TimeSpan.Zero;
        while (await Task.WhenAny(post, Task.Delay(Step)) != post)
        {
            waited.Should().BeLessThan(TimeSpan.FromSeconds(30), "the throttle waits at most 16 s");
            platform.Clock.Advance(Step);
            waited += Step;
        }

        return (await post, waited);
    }

    private static string HtmlOf(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
