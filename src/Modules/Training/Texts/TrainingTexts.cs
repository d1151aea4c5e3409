namespace Platform.Training.Texts;

/// <summary>
/// The Training module's texts for people (class, enrolment and attendance errors, import row errors):
/// TrainingTexts.resx in Vietnamese, the default, and TrainingTexts.en.resx in English, read through
/// <c>IStringLocalizer&lt;TrainingTexts&gt;</c> in the request's language (<c>Accept-Language</c>).
/// </summary>
internal sealed class TrainingTexts;
