using Platform.Plans.Contracts;

namespace Platform.Plans.Units.Lineage;

/// <summary>
/// One link of the official conversion table: an old unit version went (wholly, partly, unchanged or renamed) into a
/// new one on <see cref="EffectiveDate"/>. Links join versions by id, never codes, since a code can be reused.
/// </summary>
internal sealed class UnitLineage
{
    public int Id { get; set; }

    public int OldUnitId { get; set; }

    public int NewUnitId { get; set; }

    public LineageKind Kind { get; set; }

    /// <summary>The official table's own wording ("Nhập một phần diện tích, toàn bộ dân số"), kept as
    /// written.</summary>
    public required string Wording { get; set; }

    public DateOnly EffectiveDate { get; set; }
}
