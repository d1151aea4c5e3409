using Platform.Auditing;
using Platform.Plans.Contracts;

namespace Platform.Plans.Units;

/// <summary>
/// A unit of the administrative structure. Codes are the statistics office's; the same code can come back in a
/// later structure, so a unit is one code over one validity interval [ValidFrom, ValidTo].
/// </summary>
internal sealed class AdministrativeUnit
{
    public int Id { get; set; }

    [AuditUnitCode]
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case name without diacritics, so SQLite (which folds only ASCII) can search Vietnamese
    /// names.</summary>
    public required string SearchName { get; set; }

    public required string Type { get; set; }

    public UnitLevel Level { get; set; }

    public int? ParentId { get; set; }

    public AdministrativeUnit? Parent { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || ValidTo >= date);
}
