using Platform.Auditing;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Obligations;

/// <summary>Monitoring's own copy of an obligation, kept from <see cref="ObligationsChanged"/>; keyed by Plans'
/// id.</summary>
/// <remarks>Not audited: a copy, audited in Plans where it changed.</remarks>
[NotAudited]
internal sealed class MonitoredObligation
{
    public int ObligationId { get; set; }

    public required string PlanCode { get; set; }

    public required string UnitCode { get; set; }

    public UnitLevel Level { get; set; }

    public string? ParentUnitCode { get; set; }

    public int Year { get; set; }

    public required string IndicatorCode { get; set; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }
}
