using System.Collections.Concurrent;

namespace Platform.Access.SignIn;

/// <summary>
/// Slows down a client that keeps failing to sign in: from the <see cref="FreeFailures"/>th failure in a row each
/// attempt waits twice as long as the one before (1 s, 2 s, 4 s … at most <see cref="LongestWait"/>), so guessing keys
/// from one address costs hours, while a person who mistypes twice is not delayed. A success or a quiet quarter of an
/// hour forgets.
/// </summary>
internal sealed class SignInThrottle(TimeProvider time)
{
    public const int FreeFailures = 3;

    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(16);

    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> clients = new(
        StringComparer.Ordinal
    );

    /// <summary>How long the client's next attempt waits before it is checked.</summary>
    public TimeSpan WaitFor(string client)
    {
        if (
            !clients.TryGetValue(client, out var entry)
            || time.GetUtcNow() - entry.Last > Forget
            || entry.Failures < FreeFailures
        )
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, entry.Failures - FreeFailures);
        return TimeSpan.FromSeconds(Math.Min(seconds, LongestWait.TotalSeconds));
    }

    public void Failed(string client)
    {
        var now = time.GetUtcNow();
        clients.AddOrUpdate(client, (1, now), (_, entry) => (now - entry.Last > Forget ? 1 : entry.Failures + 1, now));
        if (clients.Count > 100_000)
        {
            // Many addresses at once: forget the quiet ones rather than grow without bound.
            foreach (var quiet in clients.Where(c => now - c.Value.Last > Forget).Select(c => c.Key).ToList())
            {
                clients.TryRemove(quiet, out _);
            }
        }
    }

    public void Succeeded(string client) => clients.TryRemove(client, out _);
}
