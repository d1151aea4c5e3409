namespace Platform.Plans.Contracts.ReadModels;

/// <summary>
/// One version of an administrative unit as the OData feed shows it (view <c>plans_v_units</c>): flat, with its
/// parent's and province's code and name. <see cref="SearchName"/> is the name folded to lower-case ASCII.
/// </summary>
public sealed class AdministrativeUnitRow
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string SearchName { get; set; } = "";

    public string Type { get; set; } = "";

    /// <summary>Nation, Province or Commune (District for the structure before 1 July 2025).</summary>
    public string Level { get; set; } = "";

    public int? ParentId { get; set; }

    public string? ParentCode { get; set; }

    public string? ParentName { get; set; }

    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
