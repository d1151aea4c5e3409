namespace Platform.Plans.Catalogue;

/// <summary>
/// An indicator of the catalogue. <see cref="BasedOn"/> names the indicator whose obligation feeds this one
/// (class quotas need the trainees of COLLAB_TRAINED; conferences per covered commune need GRASSROOTS_CONF).
/// </summary>
internal sealed record Indicator(
    string Code,
    string NameVi,
    string NameEn,
    string UnitOfMeasure,
    string CascadeKind,
    string? DenominatorMetric = null,
    string? BasedOn = null,
    string? CountUnit = null)
{
    /// <summary>The name in the request's language: English when it asks for English, else Vietnamese.</summary>
    public string Name => NameIn(System.Globalization.CultureInfo.CurrentUICulture);

    public string NameIn(System.Globalization.CultureInfo culture) =>
        Platform.BuildingBlocks.Texts.Languages.IsEnglish(culture) ? NameEn : NameVi;
}
