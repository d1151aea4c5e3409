using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Training.Classes;

internal sealed class TrainingClass : IVersioned
{
    public int Id { get; set; }

    /// <summary>The coordinator's code for the class (optional for classes created one by one); class imports are
    /// idempotent by it.</summary>
    public string? Code { get; set; }

    public required string UnitCode { get; set; }

    /// <summary>The province of <see cref="UnitCode"/> (itself for a province, null for the nation), so scopes filter
    /// in SQL.</summary>
    public string? ProvinceCode { get; set; }

    public required string Audience { get; set; }

    public required string Title { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The year the class counts in: the year it ends.</summary>
    public int Year { get; set; }

    public int Sessions { get; set; }

    public int Capacity { get; set; }

    /// <summary>Trainers' names, separated by "; ".</summary>
    public string Trainers { get; set; } = string.Empty;

    public string? Venue { get; set; }

    public bool Online { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set by the "complete class" command; completions are final from then on.</summary>
    public DateTime? CompletedAtUtc { get; set; }

    public double? CompletionShare { get; set; }

    /// <summary>The class's ETag: 1 when scheduled, one more at every edit, import update or completion.</summary>
    public int Version { get; set; } = 1;

    /// <summary>A completed class is final: nobody joins it any more and its trainees' results stand.</summary>
    public bool IsCompleted => CompletedAtUtc is not null;

    /// <summary>
    /// Enrols a person registered in <paramref name="personUnitCode"/>: a seat while one is free, else the end of the
    /// waiting list. Refused, in this order, when the class is completed, the person is already in it (enrolled or
    /// waiting), or they are registered outside the class's unit and the units below it in <paramref name="tree"/>.
    /// </summary>
    public EnrolmentDecision Enrol(
        ClassRoster roster, int personId, string personUnitCode, UnitTree tree, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(tree);
        if (IsCompleted)
        {
            return EnrolmentDecision.Refused(EnrolmentRefusal.ClassCompleted);
        }

        if (roster.Contains(personId))
        {
            return EnrolmentDecision.Refused(EnrolmentRefusal.AlreadyInClass);
        }

        if (!tree.IsWithin(personUnitCode, UnitCode))
        {
            return EnrolmentDecision.Refused(EnrolmentRefusal.OutsideClassUnit);
        }

        var status = roster.Enrolled < Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting;
        var enrolment = new Enrolment { ClassId = Id, PersonId = personId, Status = status, EnrolledAtUtc = nowUtc };
        roster.Add(enrolment);
        return new EnrolmentDecision(enrolment, null, status == EnrolmentStatus.Waiting ? roster.Waiting : null);
    }

    /// <summary>
    /// A new capacity, never below the trainees already enrolled (false, nothing changed); the seats a larger one opens
    /// go to the waiting list in turn, first come first served.
    /// </summary>
    public bool TryChangeCapacity(int capacity, ClassRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (capacity < roster.Enrolled)
        {
            return false;
        }

        roster.Admit(capacity - roster.Enrolled);
        Capacity = capacity;
        return true;
    }
}

internal enum EnrolmentStatus
{
    Enrolled = 0,
    Waiting = 1,
}

internal sealed class Enrolment
{
    public int Id { get; set; }

    public int ClassId { get; set; }

    public int PersonId { get; set; }

    public EnrolmentStatus Status { get; set; }

    public DateTime EnrolledAtUtc { get; set; }

    /// <summary>Sessions attended, fixed when the class is completed.</summary>
    public int? AttendedSessions { get; set; }

    public bool Completed { get; set; }
}

/// <summary>One trainee present at one session. Absence is the lack of a mark.</summary>
/// <remarks>Not audited row by row: a session's register (or an attendance file) is recorded as one entry.</remarks>
[NotAudited]
internal sealed class AttendanceMark
{
    public int ClassId { get; set; }

    public int Session { get; set; }

    public int PersonId { get; set; }
}
