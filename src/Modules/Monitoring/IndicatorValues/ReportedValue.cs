namespace Platform.Monitoring.IndicatorValues;

/// <summary>
/// A figure a unit reports for what activities cannot count (e.g. survey-based reach): a numerator, for a percent
/// indicator its denominator, and where it comes from. One per unit, indicator and year; a later report replaces it.
/// </summary>
internal sealed class ReportedValue
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public required string IndicatorCode { get; set; }

    public long Value { get; set; }

    public long? Denominator { get; set; }

    public required string Source { get; set; }

    public DateOnly ReportedOn { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
