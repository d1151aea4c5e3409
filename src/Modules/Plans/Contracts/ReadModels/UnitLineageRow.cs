namespace Platform.Plans.Contracts.ReadModels;

/// <summary>
/// One link of the official conversion tables (view <c>plans_v_unit_lineage</c>): an old unit went into a new one,
/// flat with both sides' codes, names, levels and provinces, so Power BI maps history onto today's units without
/// $expand.
/// </summary>
public sealed class UnitLineageRow
{
    public int Id { get; set; }

    /// <summary>The old unit version's id: <c>Obligations[UnitId]</c> and <c>UnitStatistics[UnitId]</c> join here
    /// exactly, whatever code was reused.</summary>
    public int OldUnitId { get; set; }

    public string OldCode { get; set; } = "";

    public string OldName { get; set; } = "";

    public string OldLevel { get; set; } = "";

    public string? OldProvinceCode { get; set; }

    public DateOnly OldValidFrom { get; set; }

    public DateOnly? OldValidTo { get; set; }

    /// <summary>The new unit version's id (<c>AdministrativeUnits[Id]</c>).</summary>
    public int NewUnitId { get; set; }

    public string NewCode { get; set; } = "";

    public string NewName { get; set; } = "";

    public string NewLevel { get; set; } = "";

    public string? NewProvinceCode { get; set; }

    /// <summary><c>Whole</c>, <c>Part</c>, <c>Unchanged</c> or <c>Renamed</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The official table's own words ("Nhập một phần diện tích").</summary>
    public string Wording { get; set; } = "";

    public DateOnly EffectiveDate { get; set; }
}
