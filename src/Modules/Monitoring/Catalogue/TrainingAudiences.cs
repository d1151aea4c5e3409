namespace Platform.Monitoring.Catalogue;

/// <summary>Which indicators a completed class of an audience feeds: people trained, and classes held.</summary>
internal static class TrainingAudiences
{
    public static readonly IReadOnlyDictionary<string, (string? People, string? Classes)> Indicators =
        new Dictionary<string, (string?, string?)>(StringComparer.Ordinal)
        {
            ["collaborators"] = ("COLLAB_TRAINED", "COLLAB_CLASSES"),
            ["agents_staff"] = ("COLLAB_TRAINED", "COLLAB_CLASSES"),
            ["communication_staff"] = ("STAFF_TRAINED", "STAFF_CLASSES"),
            ["steering_committee"] = ("STEERING_TRAINED", null),
            ["journalists"] = (null, "JOURNALIST_CLASSES"),
        };

    public static (string? People, string? Classes) For(string audience) =>
        Indicators.TryGetValue(audience, out var found) ? found : (null, null);
}
