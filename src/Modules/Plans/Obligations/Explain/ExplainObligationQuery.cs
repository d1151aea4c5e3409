using System.Globalization;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Catalogue;
using Platform.Plans.Persistence;

namespace Platform.Plans.Obligations.Explain;

/// <summary>Why an obligation is what it is, in one response and in a planner's words.</summary>
internal sealed record ExplainObligationQuery(int Id) : IRequest<ObligationExplanation>;

internal sealed record ObligationExplanation(int Id, string Summary, IReadOnlyList<string> Steps, ObligationView Obligation);

internal sealed class ExplainObligationHandler(PlansDbContext db, ICurrentCaller caller) : IRequestHandler<ExplainObligationQuery, ObligationExplanation>
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public async Task<ObligationExplanation> Handle(ExplainObligationQuery request, CancellationToken cancellationToken)
    {
        var o = await db.ViewAsync(request.Id, caller.Scope, cancellationToken);
        var indicator = IndicatorCatalogue.Find(o.IndicatorCode);
        var what = indicator?.CountUnit ?? "units";
        var steps = new List<string>
        {
            $"Parent: {o.ParentSource} asks {Range(o.RateFloor, o.RateStretch)} ({indicator?.UnitOfMeasure ?? "value"}) for {o.IndicatorCode} — {indicator?.NameEn ?? o.IndicatorCode}.",
        };
        if (o.DenominatorMetric is not null)
        {
            steps.Add(o.DenominatorValue is { } value
                ? $"Denominator: {o.DenominatorMetric} of {o.UnitName} = {value.ToString("N0", En)} ({o.DenominatorYear} figure{(o.DenominatorYear != o.Year ? $", the latest recorded for {o.Year}" : string.Empty)}; source: {o.DenominatorSource})."
                : $"Denominator: no {o.DenominatorMetric} figure is recorded for {o.UnitName}.");
        }

        if (o.Fallback is not null)
        {
            steps.Add($"Method: {o.Fallback}.");
        }

        steps.Add($"Rule: {o.RuleName}, version {o.RuleVersion} (rules/{o.Kind}.json).");
        steps.Add(o.MissingData
            ? $"Result: no number — missing data. {o.MissingReason}"
            : $"Result: {Range(o.ComputedFloor, o.ComputedStretch)} {what}.");
        if (o.Overridden)
        {
            steps.Add($"Override: {o.OverriddenBy} set {Range(o.Floor, o.Stretch)} on {o.OverriddenAtUtc:yyyy-MM-dd} because \"{o.OverrideReason}\".");
        }

        var summary = o.MissingData && !o.Overridden
            ? $"{o.UnitName} has no computed {o.IndicatorCode} obligation for {o.Year}: {o.MissingReason}"
            : $"{o.UnitName} must reach {Range(o.Floor, o.Stretch)} {what} for {o.IndicatorCode} in {o.Year}"
              + (o.Overridden ? $" (set by {o.OverriddenBy}: {o.OverrideReason}; computed {Range(o.ComputedFloor, o.ComputedStretch)})." : $", computed by {o.RuleName} from {o.ParentSource}.");
        return new ObligationExplanation(o.Id, summary, steps, o);
    }

    private static string Range(double? floor, double? stretch) =>
        floor is null ? "none"
        : stretch is null || stretch == floor ? floor.Value.ToString("#,0.##", En)
        : $"{floor.Value.ToString("#,0.##", En)}–{stretch.Value.ToString("#,0.##", En)}";

    private static string Range(long? floor, long? stretch) => Range((double?)floor, (double?)stretch);
}
