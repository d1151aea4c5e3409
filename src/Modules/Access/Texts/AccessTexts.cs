namespace Platform.Access.Texts;

/// <summary>
/// The Access module's texts for people (401 and 403 answers, user, role, scope and key errors): AccessTexts.resx in
/// Vietnamese, the default, and AccessTexts.en.resx in English, read through <c>IStringLocalizer&lt;AccessTexts&gt;</c>
/// in the request's language (<c>Accept-Language</c>).
/// </summary>
internal sealed class AccessTexts;
