namespace Platform.Plans.Units;

/// <summary>One figure of a unit for a year: a denominator of the cascade, with where it came from.</summary>
internal sealed class UnitStatistic
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int Year { get; set; }

    public required string Metric { get; set; }

    public long Value { get; set; }

    public required string Source { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
