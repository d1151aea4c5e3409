namespace Platform.Web.Tests.Support;

/// <summary>
/// The web tests' clock: it reads <see cref="Platform.TestKit.PlatformFactory.DefaultNow"/> when the host starts and
/// then runs at real speed, and a test may jump it forward (<see cref="Advance"/>) to let a session go idle. Its timers
/// are real ones: the browser's components (MudBlazor's debounced inputs) wait on the host's TimeProvider, and a frozen
/// fake clock would never let them fire.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long started = System.GetTimestamp();

    private long jumpedTicks;

    public override DateTimeOffset GetUtcNow() =>
        start + System.GetElapsedTime(started) + TimeSpan.FromTicks(Interlocked.Read(ref jumpedTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Jumps the clock forward by <paramref name="delta"/> (timers already running are not hurried).</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        Interlocked.Add(ref jumpedTicks, delta.Ticks);
    }
}
