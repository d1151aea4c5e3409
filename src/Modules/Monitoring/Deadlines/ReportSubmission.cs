using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Monitoring.Deadlines;

/// <summary>A yearly report submitted for a plan; <see cref="SnapshotJson"/> freezes its figures as they were at
/// submission.</summary>
internal sealed class ReportSubmission : IVersioned
{
    public int Id { get; set; }

    public required string PlanCode { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public DateOnly Due { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public bool Late { get; set; }

    public required string SubmittedBy { get; set; }

    public string? Note { get; set; }

    /// <summary>Left out of the audit log: the whole frozen report, recomputable from what the log does
    /// record.</summary>
    [NotAudited]
    public required string SnapshotJson { get; set; }

    /// <summary>The submission's ETag, moved on by every amendment of its note.</summary>
    public int Version { get; set; } = 1;
}
