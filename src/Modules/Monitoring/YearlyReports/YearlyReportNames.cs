using System.Globalization;
using MediatR;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>Names a report's lines in a language: the indicator and its count unit from Plans' catalogue, the status
/// from <see cref="MonitoringTexts"/>.</summary>
internal sealed class YearlyReportNames(IMediator sender)
{
    private IReadOnlyList<IndicatorSummary>? catalogue;

    public async Task<IReadOnlyList<IndicatorSummary>> CatalogueAsync(CancellationToken cancellationToken) =>
        catalogue ??= await sender.Send(new GetIndicatorsQuery(), cancellationToken);

    public async Task<YearlyReport> NameAsync(
        YearlyReport report,
        CultureInfo culture,
        CancellationToken cancellationToken
    ) => Name(report, await CatalogueAsync(cancellationToken), culture);

    /// <summary>The report with its lines named in <paramref name="culture"/>, in the catalogue's order (unknown codes
    /// last).</summary>
    public static YearlyReport Name(YearlyReport report, IReadOnlyList<IndicatorSummary> catalogue, CultureInfo culture)
    {
        var english = MonitoringWording.IsEnglish(culture);
        var order = catalogue
            .Select((indicator, i) => (indicator.Code, i))
            .ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return report with
        {
            Lines = report
                .Lines.OrderBy(l => order.GetValueOrDefault(l.IndicatorCode, int.MaxValue))
                .ThenBy(l => l.IndicatorCode, StringComparer.Ordinal)
                .Select(l =>
                    (order.TryGetValue(l.IndicatorCode, out var i) ? catalogue[i] : null) is { } indicator
                        ? l with
                        {
                            IndicatorName = english ? indicator.NameEn : indicator.NameVi,
                            CountUnit = english ? indicator.CountUnitEn : indicator.CountUnitVi,
                        }
                        : l with
                        {
                            IndicatorName = l.IndicatorCode,
                            CountUnit = "",
                        }
                )
                .Select(l => l with { StatusName = MonitoringWording.StatusName(l.Status, culture) })
                .ToList(),
        };
    }
}
