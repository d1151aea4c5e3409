using System.Globalization;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Why a recomputed obligation differs from the stored one, in a planner's words and the request's language; null when
/// nothing differs. A change of a unit's share that no input of its own explains is put down to the overrides of its
/// siblings (same parent and indicator, that year or before; its own earlier years included), each named with who set
/// it, when and why.
/// </summary>
internal static class ObligationDiff
{
    /// <summary>Whether anything stored differs from the recomputed draft; cheap, as it runs for every obligation of a
    /// regeneration.</summary>
    public static bool Differs(StoredObligation row, ObligationDraft draft) =>
        row.RateFloor != draft.RateFloor
        || row.RateStretch != draft.RateStretch
        || row.ParentFloor != draft.ParentFloor
        || row.ParentStretch != draft.ParentStretch
        || row.DenominatorValue != draft.DenominatorValue
        || row.DenominatorYear != draft.DenominatorYear
        || row.DenominatorSource != draft.DenominatorSource
        || row.RuleName != draft.RuleName
        || row.RuleVersion != draft.RuleVersion
        || row.Fallback != draft.Fallback
        || row.Floor != draft.Floor
        || row.Stretch != draft.Stretch
        || row.MissingData != draft.MissingData
        || row.MissingReason != draft.MissingReason;

    public static string? Why(
        StoredObligation row,
        ObligationDraft draft,
        IEnumerable<StoredObligation> overriddenSiblings,
        Func<int, string> nameOf
    )
    {
        var culture = CultureInfo.CurrentUICulture;
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        var reasons = new List<string>();
        if (row.RateFloor != draft.RateFloor || row.RateStretch != draft.RateStretch)
        {
            reasons.Add(
                T(
                    "Diff.ParentTarget",
                    Range(row.RateFloor, row.RateStretch, culture),
                    Range(draft.RateFloor, draft.RateStretch, culture)
                )
            );
        }

        if (row.ParentFloor != draft.ParentFloor || row.ParentStretch != draft.ParentStretch)
        {
            reasons.Add(
                T(
                    "Diff.ParentFigure",
                    Range(row.ParentFloor, row.ParentStretch, culture),
                    Range(draft.ParentFloor, draft.ParentStretch, culture)
                )
            );
        }

        if (
            row.DenominatorValue != draft.DenominatorValue
            || row.DenominatorYear != draft.DenominatorYear
            || row.DenominatorSource != draft.DenominatorSource
        )
        {
            reasons.Add(
                T(
                    "Diff.Denominator",
                    draft.DenominatorMetric ?? row.DenominatorMetric ?? "",
                    Figure(row.DenominatorValue, row.DenominatorYear, culture),
                    Figure(draft.DenominatorValue, draft.DenominatorYear, culture)
                )
            );
        }

        if (row.RuleName != draft.RuleName || row.RuleVersion != draft.RuleVersion)
        {
            reasons.Add(T("Diff.Rule", row.RuleName, row.RuleVersion, draft.RuleName, draft.RuleVersion));
        }

        var numbersDiffer =
            row.Floor != draft.Floor || row.Stretch != draft.Stretch || row.MissingData != draft.MissingData;
        var rankChanged = row.Fallback != draft.Fallback;
        if (reasons.Count == 0 && (numbersDiffer || rankChanged))
        {
            // Nothing of the unit's own moved: its share (or its rank in a rotation) moved because its siblings' did.
            var overrides = overriddenSiblings
                .Where(o => o.Id != row.Id)
                .Select(o =>
                    T(
                        "Diff.Override",
                        nameOf(o.UnitId),
                        o.OverriddenBy,
                        Range(o.Floor, o.Stretch, culture),
                        $"{o.OverriddenAtUtc:yyyy-MM-dd}",
                        o.OverrideReason
                    )
                )
                .ToList();
            reasons.Add(overrides.Count > 0 ? T("Diff.SplitByOverride", string.Join("; ", overrides))
                : rankChanged ? T("Diff.Fallback", draft.Fallback ?? T("Text.None"))
                : T("Diff.Split"));
        }

        return reasons.Count == 0 && !numbersDiffer && row.MissingReason == draft.MissingReason
            ? null
            : string.Join("; ", reasons.DefaultIfEmpty(T("Diff.Recomputed")));
    }

    private static string Range(double? floor, double? stretch, CultureInfo culture) =>
        Wording.Range(floor, stretch, culture);

    private static string Figure(long? value, int? year, CultureInfo culture) =>
        value is null
            ? Wording.Get("Text.None", culture)
            : $"{value.Value.ToString("N0", Wording.NumberFormat(culture))} ({year})";
}
