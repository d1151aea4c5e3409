namespace Platform.Plans.Contracts;

/// <summary>How a target becomes obligations of subordinate units (DOMAIN.md, "Cascade semantics"). Each kind has a
/// rule file in rules/.</summary>
public static class CascadeKinds
{
    /// <summary>Same percent; count = ceil(percent × the unit's denominator).</summary>
    public const string PercentOfDenominator = "percent-of-denominator";

    /// <summary>Each province gets the floor/stretch as given.</summary>
    public const string QuotaPerUnit = "quota-per-unit";

    /// <summary>A province covers ceil(share × its communes); a rule proposes which communes.</summary>
    public const string ShareOfSubordinateUnits = "share-of-subordinate-units";

    /// <summary>Each commune gets the frequency over a year; the province total is the sum.</summary>
    public const string FrequencyPerSubordinateUnit = "frequency-per-subordinate-unit";

    /// <summary>Floor and stretch times the number of mass organisations.</summary>
    public const string QuotaPerOrganisation = "quota-per-organisation";

    /// <summary>Classes = max(minimum classes, ceil(trainees needed / class capacity)).</summary>
    public const string ClassQuota = "class-quota";

    /// <summary>A count for each subordinate unit covered by a share-of-units obligation (e.g. 2–4 conferences in each
    /// covered commune).</summary>
    public const string PerCoveredUnit = "per-covered-unit";

    /// <summary>Held at national level only; not cascaded.</summary>
    public const string NationalOnly = "national-only";

    /// <summary>A campaign's quota for each unit of a level, or a share of a unit's figure (rules/CampaignQuotas.cs):
    /// it lands campaign quotas, never obligations, so it is not among <see cref="Cascaded"/>.</summary>
    public const string CampaignQuota = "campaign-quota";

    public static readonly IReadOnlyList<string> Cascaded =
    [
        PercentOfDenominator,
        QuotaPerUnit,
        ShareOfSubordinateUnits,
        FrequencyPerSubordinateUnit,
        QuotaPerOrganisation,
        ClassQuota,
        PerCoveredUnit,
    ];

    public static bool IsCascaded(string kind) => Cascaded.Contains(kind, StringComparer.Ordinal);
}
