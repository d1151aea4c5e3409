using Platform.Plans.Contracts;

namespace Platform.Monitoring.Actuals;

/// <summary>
/// What a unit achieved on an indicator in a year as of a date, its subordinates included. <see cref="Value"/> is the
/// count (events, people, communes); for a percent indicator <see cref="Denominator"/> is known when every contributing
/// figure had one. <see cref="ProvinceCode"/> is the unit's province (itself for a province, null for the nation), for
/// the caller's scope.
/// </summary>
internal sealed record Actual(
    string UnitCode,
    UnitLevel? Level,
    string? ParentUnitCode,
    int Year,
    string IndicatorCode,
    long Value,
    long? Denominator,
    bool Reported,
    string? ProvinceCode = null
)
{
    public double? Percent => PercentOf(Value, Denominator);

    /// <summary>A percent indicator's figure: <paramref name="value"/> of <paramref name="denominator"/>, to two
    /// decimals; none without a denominator.</summary>
    public static double? PercentOf(long value, long? denominator) =>
        denominator is > 0 ? Math.Round(100.0 * value / denominator.Value, 2) : null;
}
