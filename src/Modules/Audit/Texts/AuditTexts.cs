namespace Platform.Audit.Texts;

/// <summary>
/// The Audit module's texts for people (the audit query's validation messages): AuditTexts.resx in Vietnamese, the
/// default, and AuditTexts.en.resx in English, read through <c>IStringLocalizer&lt;AuditTexts&gt;</c> in the request's
/// language.
/// </summary>
internal sealed class AuditTexts;
