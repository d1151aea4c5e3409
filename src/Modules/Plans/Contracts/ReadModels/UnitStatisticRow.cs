namespace Platform.Plans.Contracts.ReadModels;

/// <summary>One figure of a unit for a year (view <c>plans_v_unit_statistics</c>), with the unit's codes and
/// names.</summary>
public sealed class UnitStatisticRow
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string Level { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public int Year { get; set; }

    public string Metric { get; set; } = "";

    public long Value { get; set; }

    public string Source { get; set; } = "";

    public AdministrativeUnitRow? Unit { get; set; }
}
