namespace Platform.Monitoring.Catalogue;

/// <summary>How an indicator's actual is measured and rolled up the hierarchy.</summary>
internal enum Measure
{
    /// <summary>Events or people counted; a parent's figure is the sum of its own and its subordinates'.</summary>
    Count,

    /// <summary>Communes with at least one qualifying activity; each commune counts once however many it held.</summary>
    DistinctCommunes,

    /// <summary>A numerator over a denominator; roll-ups sum both and recompute the percent (never an average of percents).</summary>
    Percent,
}

/// <param name="Code">The indicator code as Plans' catalogue names it.</param>
/// <param name="Reportable">Whether a unit may report its value directly (what activities and training cannot compute).</param>
internal sealed record MonitoredIndicator(string Code, Measure Measure, bool Reportable);

/// <summary>The indicators Monitoring measures. Codes are those of Plans' indicator catalogue (and so of the obligations).</summary>
internal static class MonitoredIndicators
{
    public static readonly IReadOnlyList<MonitoredIndicator> All =
    [
        new("AWARE_LF", Measure.Percent, Reportable: true),
        new("AWARE_VOL", Measure.Percent, Reportable: true),
        new("COLLAB_TRAINED", Measure.Percent, Reportable: true),
        new("STAFF_TRAINED", Measure.Percent, Reportable: true),
        new("STEERING_TRAINED", Measure.Percent, Reportable: true),
        new("CADRES_INFORMED", Measure.Percent, Reportable: true),
        new("UNITS_WITH_PLAN", Measure.Percent, Reportable: true),
        new("ENTERPRISE_CONF", Measure.Count, Reportable: false),
        new("GRASSROOTS_CONF", Measure.DistinctCommunes, Reportable: false),
        new("GRASSROOTS_CONF_COUNT", Measure.Count, Reportable: false),
        new("COLLAB_CONF", Measure.Count, Reportable: false),
        new("RADIO_VOL", Measure.Count, Reportable: false),
        new("COLLAB_CLASSES", Measure.Count, Reportable: false),
        new("STAFF_CLASSES", Measure.Count, Reportable: false),
        new("JOURNALIST_CLASSES", Measure.Count, Reportable: false),
        new("SURVEY_WS", Measure.Count, Reportable: true),
    ];

    private static readonly Dictionary<string, MonitoredIndicator> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static MonitoredIndicator? Find(string code) => ByCode.GetValueOrDefault(code);

    public static IEnumerable<string> ReportableCodes => All.Where(i => i.Reportable).Select(i => i.Code);
}
