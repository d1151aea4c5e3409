using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Plans.PlanBook;

/// <summary>A communication plan of one unit over a period of years; a subordinate plan points to its parent.</summary>
internal sealed class Plan : IVersioned, IPlanHeader
{
    public int Id { get; set; }

    [AuditKey]
    public required string Code { get; set; }

    public required string Title { get; set; }

    public int UnitId { get; set; }

    public required string UnitCode { get; set; }

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public int? ParentPlanId { get; set; }

    public Plan? Parent { get; set; }

    /// <summary>Materialised ancestry, "/1/7/52/": every plan below this one has a path starting with it.</summary>
    public string Path { get; set; } = "/";

    public PlanStatus Status { get; set; }

    public List<string> AudienceGroups { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<PlanTask> Tasks { get; set; } = [];

    public List<ReportingDeadline> Deadlines { get; set; } = [];

    public List<StatusChange> History { get; set; } = [];

    public List<PlanTarget> Targets { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The plan's ETag: 1 when created, one more at every change of its status.</summary>
    public int Version { get; set; } = 1;

    public IEnumerable<int> Years => Enumerable.Range(StartYear, EndYear - StartYear + 1);

    /// <summary>
    /// A yearly implementation plan: one year of its own unit's multi-year plan (its parent), whose obligations of that
    /// year it carries out. It holds no obligations of its own and is no subordinate plan.
    /// </summary>
    public bool IsYearPlan => Parent is { } parent && parent.UnitId == UnitId;
}

/// <summary>What to do for one audience: content, forms, who is responsible and who cooperates.</summary>
internal sealed class PlanTask
{
    public required string Audience { get; set; }

    public required string Content { get; set; }

    public List<string> Forms { get; set; } = [];

    public required string Responsible { get; set; }

    public List<string> Cooperating { get; set; } = [];
}

/// <summary>A report the plan's unit owes upward every year, due on the given day and month.</summary>
internal sealed class ReportingDeadline
{
    public required string Title { get; set; }

    public required string Recipient { get; set; }

    public int DueMonth { get; set; }

    public int DueDay { get; set; }

    public DateOnly DueIn(int year) => new(year, DueMonth, DueDay);
}

internal sealed class StatusChange
{
    public PlanStatus From { get; set; }

    public PlanStatus To { get; set; }

    public required string By { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Note { get; set; }
}

/// <summary>A target of a plan for one indicator and year: a value (Floor) or a floor and a stretch, in the indicator's
/// unit of measure.</summary>
internal sealed class PlanTarget
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string IndicatorCode { get; set; }

    public int Year { get; set; }

    public double Floor { get; set; }

    public double? Stretch { get; set; }

    public string? Note { get; set; }
}
