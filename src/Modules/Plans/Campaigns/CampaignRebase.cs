using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Plans.Campaigns;

/// <summary>
/// A planner's choice of another basis for one quota in one province, with the reason: e.g. "1 team per district"
/// counted per commune after the 2025 reform left no district to land on. It is the planner's input, kept apart from
/// the landed rows (which every landing writes again) and read by each landing (<see cref="CampaignCascade"/>).
/// </summary>
internal sealed class CampaignRebase : IVersioned
{
    public int Id { get; set; }

    /// <summary>"{campaign}/{quota}/{province}", how the audit log names it.</summary>
    [AuditKey]
    public required string Key { get; set; }

    public int CampaignId { get; set; }

    public int QuotaId { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>The province's code (the audit log's unit).</summary>
    public required string UnitCode { get; set; }

    /// <summary>The level whose units are counted instead of the quota's.</summary>
    public UnitLevel Level { get; set; }

    public required string Reason { get; set; }

    public required string RebasedBy { get; set; }

    public DateTime RebasedAtUtc { get; set; }

    public int Version { get; set; } = 1;
}
