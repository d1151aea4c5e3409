using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>How an old unit went into a new one, from the official conversion tables.</summary>
public enum LineageKind
{
    /// <summary><c>Nhập toàn bộ</c>: the whole old unit went into the new one.</summary>
    Whole,

    /// <summary><c>Nhập một phần</c>: part of the old unit (its area or its population) went into the new one.</summary>
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

/// <summary>A version of the code asked, with its predecessors (what it came from) and successors (what it went into).</summary>
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
public sealed record GetUnitLineageQuery(string Code, DateOnly? At = null) : IRequest<IReadOnlyList<UnitLineageVersion>>;
