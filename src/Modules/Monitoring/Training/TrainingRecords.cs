using Platform.Auditing;

namespace Platform.Monitoring.Training;

/// <summary>A class Training reported completed; it counts towards the class indicators of its unit.</summary>
/// <remarks>Not audited: a copy of Training's completion, audited there.</remarks>
[NotAudited]
internal sealed class CompletedClass
{
    public int ClassId { get; set; }

    public required string UnitCode { get; set; }

    public required string Audience { get; set; }

    public int Year { get; set; }

    public DateOnly EndDate { get; set; }
}

/// <summary>A trainee who completed a class, counted (once per year) in the unit they are registered in.</summary>
/// <remarks>Not audited: a copy of Training's completion, audited there.</remarks>
[NotAudited]
internal sealed class TrainingCompletion
{
    public int Id { get; set; }

    public int ClassId { get; set; }

    public required string PersonCode { get; set; }

    public required string UnitCode { get; set; }

    public required string Audience { get; set; }

    public int Year { get; set; }

    public DateOnly EndDate { get; set; }
}
