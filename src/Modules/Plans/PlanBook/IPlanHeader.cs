using Platform.Plans.Contracts;

namespace Platform.Plans.PlanBook;

/// <summary>
/// What a generation reads of a plan below its parent: its keys, period and status, not its text. A stored plan is
/// read as no more than this (the cascade's <c>StoredPlan</c>); a plan the generation drafts is a whole
/// <see cref="Plan"/>.
/// </summary>
internal interface IPlanHeader
{
    int Id { get; }

    string Code { get; }

    int UnitId { get; }

    int StartYear { get; }

    int EndYear { get; }

    PlanStatus Status { get; }

    IEnumerable<int> Years { get; }
}
