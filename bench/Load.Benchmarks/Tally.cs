using System.Collections.Concurrent;
using System.Globalization;

namespace Platform.Load.Benchmarks;

/// <summary>Requests of one kind: how many, their status codes, their latencies, and transport failures.</summary>
internal sealed class Tally(string name)
{
    private readonly ConcurrentBag<double> latencies = [];
    private readonly ConcurrentDictionary<int, int> statuses = new();
    private int failures;

    public string Name { get; } = name;

    public int Count => latencies.Count + failures;

    public int ServerErrors => statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public int Failures => failures;

    public int Count503 => statuses.GetValueOrDefault(503);

    public void Add(int status, double milliseconds)
    {
        latencies.Add(milliseconds);
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void Fail() => Interlocked.Increment(ref failures);

    public string Row(double seconds)
    {
        var sorted = latencies.Order().ToArray();
        var inv = CultureInfo.InvariantCulture;
        return string.Create(
            inv,
            $"| {Name} | {Count:N0} | {Count / seconds:N1} | "
                + $"{string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value:N0}"))} | "
                + $"{failures} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | "
                + $"{Percentile(sorted, 0.99):F1} | {(sorted.Length == 0 ? 0 : sorted[^1]):F1} |"
        );
    }

    public const string Header =
        "| requests | count | per second | status codes | transport failures | p50 ms | p95 ms | p99 ms | max ms |\n| "
            + "--- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
