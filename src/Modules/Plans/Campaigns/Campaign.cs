using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Plans.Campaigns;

/// <summary>
/// A campaign of a plan: a May campaign month, a launch day or a peak period, with its themes, messages, audiences,
/// forms and quotas. Its quotas land on the units in force on <see cref="StructureOn"/> (<see
/// cref="CampaignStructure"/>).
/// </summary>
internal sealed class Campaign : IVersioned
{
    public int Id { get; set; }

    [AuditKey]
    public required string Code { get; set; }

    public required string Title { get; set; }

    public int PlanId { get; set; }

    /// <summary>The plan's unit.</summary>
    public int UnitId { get; set; }

    public required string UnitCode { get; set; }

    public CampaignKind Kind { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateOnly StructureOn { get; set; }

    public List<string> Themes { get; set; } = [];

    public List<string> Messages { get; set; } = [];

    public List<CampaignText> Audiences { get; set; } = [];

    public List<CampaignText> Forms { get; set; } = [];

    public string? Note { get; set; }

    /// <summary>The document it comes from, for a seeded campaign.</summary>
    public string? Source { get; set; }

    public List<CampaignQuota> Quotas { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; } = 1;
}

/// <summary>A vocabulary code (<see cref="CommunicationVocabulary"/>) with the document's words for it.</summary>
internal sealed class CampaignText
{
    public required string Code { get; set; }

    public string? Text { get; set; }
}

/// <summary>What the campaign asks of each unit of a level, counted inside a window.</summary>
internal sealed class CampaignQuota
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public required string Code { get; set; }

    public required string Measure { get; set; }

    public UnitLevel Level { get; set; }

    public CampaignQuotaBasis Basis { get; set; }

    public double RateFloor { get; set; }

    public double? RateStretch { get; set; }

    public string? Metric { get; set; }

    public int? MetricYear { get; set; }

    public DateOnly WindowStart { get; set; }

    public DateOnly WindowEnd { get; set; }

    public string? Note { get; set; }
}
