namespace Platform.Plans.Texts;

/// <summary>
/// The Plans module's texts for people (messages, explanations, statuses, document headings): PlansTexts.resx in
/// Vietnamese, the default, and PlansTexts.en.resx in English, read through <c>IStringLocalizer&lt;PlansTexts&gt;</c>
/// in the request's language (<c>Accept-Language</c>).
/// </summary>
internal sealed class PlansTexts;
