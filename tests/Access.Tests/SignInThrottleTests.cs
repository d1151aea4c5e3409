using Microsoft.Extensions.Time.Testing;
using Platform.Access.SignIn;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>The web sign-in's brake on guessing: free mistakes, then waits that double, per client, forgotten after a
/// success or a quiet quarter hour.</summary>
public sealed class SignInThrottleTests
{
    private const string Office = "203.0.113.7";

    private readonly FakeTimeProvider clock = new(PlatformFactory.DefaultNow);

    [Fact]
    public void Three_failures_are_free_then_each_attempt_waits_1_2_4_8_16_seconds_and_never_longer()
    {
        var throttle = new SignInThrottle(clock);
        var waits = new List<double>();

        for (var failure = 1; failure <= 9; failure++)
        {
            waits.Add(throttle.WaitFor(Office).TotalSeconds);
            throttle.Failed(Office);
        }

        waits.Add(throttle.WaitFor(Office).TotalSeconds);
        waits.Should().Equal(0, 0, 0, 1, 2, 4, 8, 16, 16, 16);
    }

    [Fact]
    public void A_success_forgets_the_failures_of_that_client()
    {
        var throttle = new SignInThrottle(clock);
        Fail(throttle, Office, 5);

        throttle.Succeeded(Office);

        throttle.WaitFor(Office).Should().Be(TimeSpan.Zero);
        Fail(throttle, Office, 3);
        throttle.WaitFor(Office).Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Fifteen_quiet_minutes_still_remember_but_a_second_more_forgets_and_counting_starts_again()
    {
        var throttle = new SignInThrottle(clock);
        Fail(throttle, Office, 4);

        clock.Advance(TimeSpan.FromMinutes(15));
        throttle.WaitFor(Office).Should().Be(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromSeconds(1));
        throttle.WaitFor(Office).Should().Be(TimeSpan.Zero);

        Fail(throttle, Office, 2);
        throttle
            .WaitFor(Office)
            .Should()
            .Be(TimeSpan.Zero, "two failures after the quiet time are the 1st and 2nd, not the 5th and 6th");
    }

    [Fact]
    public void One_client_failing_does_not_slow_down_another()
    {
        var throttle = new SignInThrottle(clock);

        Fail(throttle, Office, 6);

        throttle.WaitFor(Office).Should().Be(TimeSpan.FromSeconds(8));
        throttle.WaitFor("198.51.100.20").Should().Be(TimeSpan.Zero);
    }

    private static void Fail(SignInThrottle throttle, string client, int times)
    {
        for (var i = 0; i < times; i++)
        {
            throttle.Failed(client);
        }
    }
}
