using Platform.Plans.Contracts;

namespace Platform.Monitoring.Catalogue;

/// <summary>Which indicators a completed class of an audience feeds: people trained, and classes held.</summary>
internal static class TrainingAudiences
{
    public static readonly IReadOnlyDictionary<string, (string? People, string? Classes)> Indicators =
        new Dictionary<string, (string?, string?)>(StringComparer.Ordinal)
        {
            ["collaborators"] = (IndicatorCodes.CollaboratorsTrained, IndicatorCodes.CollaboratorClasses),
            ["agents_staff"] = (IndicatorCodes.CollaboratorsTrained, IndicatorCodes.CollaboratorClasses),
            ["communication_staff"] = (IndicatorCodes.StaffTrained, IndicatorCodes.StaffClasses),
            ["steering_committee"] = (IndicatorCodes.SteeringTrained, null),
            ["journalists"] = (null, IndicatorCodes.JournalistClasses),
        };

    public static (string? People, string? Classes) For(string audience) =>
        Indicators.TryGetValue(audience, out var found) ? found : (null, null);
}
