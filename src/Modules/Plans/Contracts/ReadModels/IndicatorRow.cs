using Platform.Auditing;

namespace Platform.Plans.Contracts.ReadModels;

/// <summary>An indicator of the catalogue (table <c>plans_indicators</c>, rewritten from the code at
/// start-up).</summary>
/// <remarks>Not audited: it is a copy of the code's catalogue, brought in line at every start-up.</remarks>
[NotAudited]
public sealed class IndicatorRow
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string UnitOfMeasure { get; set; } = "";

    public string CascadeKind { get; set; } = "";

    public string? DenominatorMetric { get; set; }

    public string? BasedOn { get; set; }

    public string? CountUnit { get; set; }

    public int SortOrder { get; set; }
}
