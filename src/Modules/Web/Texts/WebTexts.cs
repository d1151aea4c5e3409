namespace Platform.Web.Texts;

/// <summary>
/// The web interface's texts: WebTexts.resx in Vietnamese, the default, and WebTexts.en.resx in English, read in the
/// page's language through <c>IStringLocalizer&lt;WebTexts&gt;</c> (injected as <c>T</c> in every component).
/// </summary>
public sealed class WebTexts;
