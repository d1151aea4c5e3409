namespace Platform.Monitoring.Texts;

/// <summary>
/// The Monitoring module's texts for people (the yearly report's messages, statuses, headers and document):
/// MonitoringTexts.resx in Vietnamese, the default, and MonitoringTexts.en.resx in English, read through
/// <c>IStringLocalizer&lt;MonitoringTexts&gt;</c> in the request's language, or through <see cref="MonitoringWording"/>
/// in a language given explicitly.
/// </summary>
internal sealed class MonitoringTexts;
