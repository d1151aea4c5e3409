namespace Platform.Host;

/// <summary>The host's texts for people (ProblemDetails titles and details): HostTexts.resx in Vietnamese,
/// HostTexts.en.resx in English.</summary>
internal sealed class HostTexts;
