using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Plans.Campaigns;

/// <summary>
/// What one campaign quota asks of one unit, as the rule set landed it (<see cref="CampaignCascade"/>): the
/// count, or missing data with the reason, and the rule, the units counted and the figure it came from. Derived: it is
/// written again whenever the campaign is cascaded, with one audit entry for the whole landing.
/// </summary>
internal sealed class CampaignUnitQuota : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int QuotaId { get; set; }

    public int UnitId { get; set; }

    public required string UnitCode { get; set; }

    public UnitLevel Level { get; set; }

    /// <summary>The unit above: the province or district, the nation's code on a province.</summary>
    public required string ParentUnitCode { get; set; }

    /// <summary>The level whose units were counted: the quota's, or the province's own for a share of a
    /// figure.</summary>
    public UnitLevel BasisLevel { get; set; }

    /// <summary>How many units of <see cref="BasisLevel"/> the rate was multiplied by.</summary>
    public int? UnitCount { get; set; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }

    /// <summary>Why there is no count, in Vietnamese (names in the feed are Vietnamese too).</summary>
    public string? MissingReason { get; set; }

    public required string RuleName { get; set; }

    public required string RuleVersion { get; set; }

    public string? DenominatorMetric { get; set; }

    public long? DenominatorValue { get; set; }

    public int? DenominatorYear { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; } = 1;
}
