using System.Globalization;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Texts;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Catalogue;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Obligations.Explain;

internal sealed class ExplainObligationHandler(PlansDbContext db, ICurrentCaller caller)
    : IRequestHandler<ExplainObligationQuery, ObligationExplanation>
{
    public async Task<ObligationExplanation> Handle(ExplainObligationQuery request, CancellationToken cancellationToken)
    {
        var o = await db.ViewAsync(request.Id, caller.Scope, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        string Range(double? floor, double? stretch) => Wording.Range(floor, stretch, culture);
        var indicator = IndicatorCatalogue.Find(o.IndicatorCode);
        var what = T($"CountUnit.{indicator?.CountUnit ?? "units"}");
        var steps = new List<string>
        {
            T(
                "Explain.Parent",
                o.ParentSource,
                Range(o.RateFloor, o.RateStretch),
                indicator?.UnitOfMeasure ?? T("Explain.Value"),
                o.IndicatorCode,
                indicator?.Name ?? o.IndicatorCode
            ),
        };
        if (o.DenominatorMetric is not null)
        {
            steps.Add(
                o.DenominatorValue is { } value
                    ? T(
                        "Explain.Denominator",
                        o.DenominatorMetric,
                        o.UnitName,
                        value.ToString("N0", Wording.NumberFormat(culture)),
                        o.DenominatorYear,
                        o.DenominatorYear != o.Year ? T("Explain.Latest", o.Year) : string.Empty,
                        o.DenominatorSource
                    )
                    : T("Explain.NoDenominator", o.DenominatorMetric, o.UnitName)
            );
        }

        if (o.Fallback is not null)
        {
            steps.Add(T("Explain.Method", o.Fallback));
        }

        // The rule in words, in the reader's language, from the rule set; "kind/no-rule-applies" is no rule of it.
        steps.Add(
            CascadeRules.Find(o.RuleName) is { } rule
                ? T(
                    "Explain.Rule",
                    o.RuleName,
                    o.RuleVersion,
                    Languages.IsEnglish(culture) ? rule.DescriptionEn : rule.DescriptionVi,
                    rule.File
                )
                : T("Explain.RuleOutsideTheSet", o.RuleName, o.RuleVersion)
        );
        steps.Add(
            o.MissingData
                ? T("Explain.ResultMissing", o.MissingReason)
                : T("Explain.Result", Range(o.ComputedFloor, o.ComputedStretch), what)
        );
        if (o.Overridden)
        {
            steps.Add(
                T(
                    "Explain.Override",
                    o.OverriddenBy,
                    Range(o.Floor, o.Stretch),
                    $"{o.OverriddenAtUtc:yyyy-MM-dd}",
                    o.OverrideReason
                )
            );
        }

        var summary =
            o.MissingData && !o.Overridden
                ? T("Explain.SummaryMissing", o.UnitName, o.IndicatorName, o.Year, o.MissingReason)
                : T(
                    "Explain.Summary",
                    o.UnitName,
                    Range(o.Floor, o.Stretch),
                    what,
                    o.IndicatorName,
                    o.Year,
                    o.Overridden
                        ? T(
                            "Explain.SummaryOverridden",
                            o.OverriddenBy,
                            o.OverrideReason,
                            Range(o.ComputedFloor, o.ComputedStretch)
                        )
                        : T("Explain.SummaryComputed", o.RuleName, o.ParentSource)
                );
        return new ObligationExplanation(o.Id, summary, steps, o);
    }

}
