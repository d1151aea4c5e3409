using Platform.Plans.Obligations;

namespace Platform.Plans.Cascade.Generate;

/// <summary>Why a recomputed obligation differs from the stored one, in a planner's words; null when nothing differs.</summary>
internal static class ObligationDiff
{
    public static string? Why(Obligation row, ObligationDraft draft)
    {
        var reasons = new List<string>();
        if (row.RateFloor != draft.RateFloor || row.RateStretch != draft.RateStretch)
        {
            reasons.Add($"the parent's target changed from {Range(row.RateFloor, row.RateStretch)} to {Range(draft.RateFloor, draft.RateStretch)}");
        }

        if (row.ParentFloor != draft.ParentFloor || row.ParentStretch != draft.ParentStretch)
        {
            reasons.Add($"the parent's figure changed from {Range(row.ParentFloor, row.ParentStretch)} to {Range(draft.ParentFloor, draft.ParentStretch)}");
        }

        if (row.DenominatorValue != draft.DenominatorValue || row.DenominatorYear != draft.DenominatorYear || row.DenominatorSource != draft.DenominatorSource)
        {
            reasons.Add($"{draft.DenominatorMetric ?? row.DenominatorMetric ?? "the denominator"} changed from {Figure(row.DenominatorValue, row.DenominatorYear)} to {Figure(draft.DenominatorValue, draft.DenominatorYear)}");
        }

        if (row.RuleName != draft.RuleName || row.RuleVersion != draft.RuleVersion)
        {
            reasons.Add($"the rule changed from {row.RuleName} ({row.RuleVersion}) to {draft.RuleName} ({draft.RuleVersion})");
        }

        if (row.Fallback != draft.Fallback && reasons.Count == 0)
        {
            reasons.Add($"the fallback changed: {draft.Fallback ?? "none"}");
        }

        var numbersDiffer = row.Floor != draft.Floor || row.Stretch != draft.Stretch || row.MissingData != draft.MissingData;
        if (numbersDiffer && reasons.Count == 0)
        {
            reasons.Add("the split among sibling units changed");
        }

        return reasons.Count == 0 && !numbersDiffer && row.MissingReason == draft.MissingReason ? null : string.Join("; ", reasons.DefaultIfEmpty("recomputed"));
    }

    private static string Range(double? floor, double? stretch) =>
        floor is null ? "none" : stretch is null || stretch == floor ? $"{floor:0.##}" : $"{floor:0.##}–{stretch:0.##}";

    private static string Figure(long? value, int? year) => value is null ? "none" : $"{value:N0} ({year})";
}
