using Platform.Monitoring.Progress;

namespace Platform.Monitoring.Tests.Progress;

/// <summary>The status thresholds: expected = floor × elapsed share; achieved ≥ floor; on track ≥ expected; at risk ≥
/// 80 % of expected.</summary>
public sealed class ProgressRulesTests
{
    [Theory]
    [InlineData(2021, "2020-12-31", 0.0)]
    [InlineData(2021, "2021-01-01", 0.0027)]
    [InlineData(2021, "2021-06-30", 0.4959)]
    [InlineData(2024, "2024-07-01", 0.5)]
    [InlineData(2021, "2021-12-31", 1.0)]
    [InlineData(2021, "2022-03-01", 1.0)]
    public void The_elapsed_share_counts_the_as_of_day_and_knows_leap_years(int year, string asOf, double share)
    {
        Math.Round(
                ProgressRules.ElapsedShare(
                    year,
                    DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)
                ),
                4
            )
            .Should()
            .Be(share);
    }

    [Theory]
    [InlineData(104L, 104L, 0.5, "Achieved")]
    [InlineData(104L, 52L, 0.5, "OnTrack")]
    [InlineData(104L, 42L, 0.5, "AtRisk")]
    [InlineData(104L, 41L, 0.5, "Behind")]
    [InlineData(104L, 0L, 0.0, "OnTrack")]
    [InlineData(0L, 0L, 0.5, "Achieved")]
    [InlineData(null, 10L, 0.5, "NoTarget")]
    public void The_status_follows_the_documented_thresholds(long? floor, long actual, double elapsed, string status)
    {
        ProgressRules.Assess(floor, actual, elapsed).Status.ToString().Should().Be(status);
    }
}
