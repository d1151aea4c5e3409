namespace Platform.Plans.Contracts.ReadModels;

/// <summary>A plan (view <c>plans_v_plans</c>): its unit, period, parent and status, without the texts of its
/// tasks.</summary>
public sealed class PlanRow
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public int UnitId { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string Level { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public int? ParentPlanId { get; set; }

    public string? ParentPlanCode { get; set; }

    public string Status { get; set; } = "";

    public DateOnly CreatedOn { get; set; }

    public AdministrativeUnitRow? Unit { get; set; }

    public List<TargetRow> Targets { get; set; } = [];
}
