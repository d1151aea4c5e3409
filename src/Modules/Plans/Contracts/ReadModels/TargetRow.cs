namespace Platform.Plans.Contracts.ReadModels;

/// <summary>A target of a plan for one indicator and year (view <c>plans_v_targets</c>), in the indicator's unit of
/// measure.</summary>
public sealed class TargetRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public string PlanCode { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    /// <summary>The province of the plan's unit (the unit itself for a province, null for the nation).</summary>
    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public int Year { get; set; }

    public string IndicatorCode { get; set; } = "";

    public string? IndicatorName { get; set; }

    public string? UnitOfMeasure { get; set; }

    public double Floor { get; set; }

    public double? Stretch { get; set; }

    public string? Note { get; set; }

    public PlanRow? Plan { get; set; }

    public IndicatorRow? Indicator { get; set; }
}
