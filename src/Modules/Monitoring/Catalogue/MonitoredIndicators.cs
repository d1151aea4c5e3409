using Platform.Plans.Contracts;

namespace Platform.Monitoring.Catalogue;

/// <summary>How an indicator's actual is measured and rolled up the hierarchy.</summary>
internal enum Measure
{
    /// <summary>Events or people counted; a parent's figure is the sum of its own and its subordinates'.</summary>
    Count,

    /// <summary>Communes with at least one qualifying activity; each commune counts once however many it
    /// held.</summary>
    DistinctCommunes,

    /// <summary>A numerator over a denominator; roll-ups sum both and recompute the percent (never an average of
    /// percents).</summary>
    Percent,
}

/// <param name="Code">The indicator code as Plans' catalogue names it.</param>
/// <param name="Reportable">Whether a unit may report its value directly (what activities and training cannot
/// compute).</param>
internal sealed record MonitoredIndicator(string Code, Measure Measure, bool Reportable);

/// <summary>The indicators Monitoring measures. Codes are those of Plans' indicator catalogue (and so of the
/// obligations).</summary>
internal static class MonitoredIndicators
{
    public static readonly IReadOnlyList<MonitoredIndicator> All =
    [
        new(IndicatorCodes.AwareLabourForce, Measure.Percent, Reportable: true),
        new(IndicatorCodes.AwareVoluntary, Measure.Percent, Reportable: true),
        new(IndicatorCodes.CollaboratorsTrained, Measure.Percent, Reportable: true),
        new(IndicatorCodes.StaffTrained, Measure.Percent, Reportable: true),
        new(IndicatorCodes.SteeringTrained, Measure.Percent, Reportable: true),
        new(IndicatorCodes.CadresInformed, Measure.Percent, Reportable: true),
        new(IndicatorCodes.UnitsWithPlan, Measure.Percent, Reportable: true),
        new(IndicatorCodes.EnterpriseConferences, Measure.Count, Reportable: false),
        new(IndicatorCodes.GrassrootsConferences, Measure.DistinctCommunes, Reportable: false),
        new(IndicatorCodes.GrassrootsConferenceCount, Measure.Count, Reportable: false),
        new(IndicatorCodes.CollaboratorConferences, Measure.Count, Reportable: false),
        new(IndicatorCodes.RadioVoluntary, Measure.Count, Reportable: false),
        new(IndicatorCodes.CollaboratorClasses, Measure.Count, Reportable: false),
        new(IndicatorCodes.StaffClasses, Measure.Count, Reportable: false),
        new(IndicatorCodes.JournalistClasses, Measure.Count, Reportable: false),
        new(IndicatorCodes.SurveyWorkshops, Measure.Count, Reportable: true),
    ];

    private static readonly Dictionary<string, MonitoredIndicator> ByCode = All.ToDictionary(
        i => i.Code,
        StringComparer.Ordinal
    );

    public static MonitoredIndicator? Find(string code) => ByCode.GetValueOrDefault(code);

    public static IEnumerable<string> ReportableCodes => All.Where(i => i.Reportable).Select(i => i.Code);
}
