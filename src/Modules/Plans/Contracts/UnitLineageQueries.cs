using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>How an old unit went into a new one, from the official conversion tables.</summary>
public enum LineageKind
{
    /// <summary><c>Nhập toàn bộ</c>: the whole old unit went into the new one.</summary>
    Whole,

    /// <summary><c>Nhập một phần</c>: part of the old unit (its area or its population) went into the new
    /// one.</summary>
    Part,

    /// <summary><c>Giữ nguyên</c>: the old unit goes on unchanged under the new structure.</summary>
    Unchanged,

    /// <summary><c>Đổi tên</c> / <c>Đổi loại hình</c>: the same territory under a new name or type.</summary>
    Renamed,
}

/// <summary>One link between an old unit and a new one.</summary>
public sealed record UnitLineageLink(
    string OldCode,
    string OldName,
    UnitLevel OldLevel,
    DateOnly OldValidFrom,
    DateOnly? OldValidTo,
    string NewCode,
    string NewName,
    UnitLevel NewLevel,
    DateOnly NewValidFrom,
    LineageKind Kind,
    string Wording,
    DateOnly EffectiveDate);

/// <summary>A version of the code asked, with its predecessors (what it came from) and successors (what it went
/// into).</summary>
public sealed record UnitLineageVersion(
    string Code,
    string Name,
    UnitLevel Level,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<UnitLineageLink> Predecessors,
    IReadOnlyList<UnitLineageLink> Successors);

/// <summary>
/// The lineage of <paramref name="Code"/>: with <paramref name="At"/>, of the version in force on that date only;
/// without it, of every version of the code (a reused code answers the two units separately, newest first).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitLineageQuery(string Code, DateOnly? At = null)
    : IRequest<IReadOnlyList<UnitLineageVersion>>;

/// <summary>
/// How much of a figure recorded on unit <paramref name="FromCode"/> (in force on the query's first date) belongs to
/// unit <paramref name="ToCode"/> (in force on the second), by the rule of ADR 0019: an old unit with n successors
/// gives each value / n, the value % n units left over going one each to the first successors in code order (so totals
/// are kept). <paramref name="Same"/>: the same unit version on both dates, its figure its own.
/// <paramref name="Split"/>: the old unit was shared between several new ones (<c>Nhập một phần</c>), so the share is
/// an estimate.
/// </summary>
public sealed record UnitShare(
    string FromCode,
    string ToCode,
    string ToName,
    UnitLevel ToLevel,
    string? ToProvinceCode,
    int Successors,
    int Position,
    bool Same,
    bool Split
)
{
    /// <summary>This unit's part of <paramref name="value"/>.</summary>
    public long Of(long value) => (value / Successors) + (Position <= value % Successors ? 1 : 0);
}

/// <summary>
/// The shares that carry figures recorded on the units in force on <paramref name="From"/> onto the units in force on
/// <paramref name="OnUnitsAt"/> (one hop of the lineage, ADR 0019), for a module that keeps figures by unit code: each
/// unit of <paramref name="From"/> goes to itself when still in force, else to its successors at its level; a district
/// with communes goes nowhere (its figures are its communes', which go on by their own links), one without (an island
/// district) to its successor; a unit of <paramref name="OnUnitsAt"/> whose code no unit of <paramref name="From"/>
/// bore goes to itself. A code borne by two units (reused after the reform) is the one of <paramref name="From"/>.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitSharesQuery(DateOnly From, DateOnly OnUnitsAt) : IRequest<IReadOnlyList<UnitShare>>;
