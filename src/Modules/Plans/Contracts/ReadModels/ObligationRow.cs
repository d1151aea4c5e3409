using System.Text.Json.Serialization;

namespace Platform.Plans.Contracts.ReadModels;

/// <summary>
/// What one unit must achieve for one indicator in one year (view <c>plans_v_obligations</c>), flat enough that a
/// Power BI model needs no <c>$expand</c>: unit, province and indicator by code and name, the effective counts and
/// the computed ones, the rates handed down and the rule that produced them.
/// </summary>
public sealed class ObligationRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public string PlanCode { get; set; } = "";

    public int UnitId { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string SearchName { get; set; } = "";

    public string Level { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public int Year { get; set; }

    public string IndicatorCode { get; set; } = "";

    public string? IndicatorName { get; set; }

    public string Kind { get; set; } = "";

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public double? RateFloor { get; set; }

    public double? RateStretch { get; set; }

    public long? ComputedFloor { get; set; }

    public long? ComputedStretch { get; set; }

    public bool MissingData { get; set; }

    public string? MissingReason { get; set; }

    public string RuleName { get; set; } = "";

    public string RuleVersion { get; set; } = "";

    public bool Overridden { get; set; }

    public string ParentPlanCode { get; set; } = "";

    public string? DenominatorMetric { get; set; }

    public long? DenominatorValue { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AdministrativeUnitRow? Unit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IndicatorRow? Indicator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanRow? Plan { get; set; }
}
