using System.Globalization;
using MediatR;
using Platform.Plans.Contracts;
using Platform.Plans.Texts;

namespace Platform.Plans.Catalogue;

/// <summary>The catalogue from the code, with the count units' names from <see cref="PlansTexts"/>.</summary>
internal sealed class IndicatorsHandler : IRequestHandler<GetIndicatorsQuery, IReadOnlyList<IndicatorSummary>>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly IReadOnlyList<IndicatorSummary> All = IndicatorCatalogue
        .All.Select(i => new IndicatorSummary(
            i.Code,
            i.NameVi,
            i.NameEn,
            i.UnitOfMeasure,
            CountUnit(i, Wording.Vietnamese),
            CountUnit(i, English)
        ))
        .ToList();

    public Task<IReadOnlyList<IndicatorSummary>> Handle(
        GetIndicatorsQuery request,
        CancellationToken cancellationToken
    ) => Task.FromResult(All);

    private static string CountUnit(Indicator indicator, CultureInfo culture) =>
        indicator.CountUnit is { } unit ? Wording.Get($"CountUnit.{unit}", culture) : indicator.UnitOfMeasure;
}
