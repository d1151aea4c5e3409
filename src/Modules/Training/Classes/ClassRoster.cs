namespace Platform.Training.Classes;

/// <summary>
/// The enrolments of one class in the order they were made (give them by <see cref="Enrolment.Id"/>): who holds a
/// seat, who waits and in which turn. <see cref="TrainingClass"/> decides on it; the handlers load and save it.
/// </summary>
internal sealed class ClassRoster
{
    private readonly List<Enrolment> enrolments;
    private readonly HashSet<int> people;

    public ClassRoster(IEnumerable<Enrolment> inOrder)
    {
        enrolments = [.. inOrder];
        people = [.. enrolments.Select(e => e.PersonId)];
        Enrolled = enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled);
    }

    public int Enrolled { get; private set; }

    public int Waiting => enrolments.Count - Enrolled;

    public bool Contains(int personId) => people.Contains(personId);

    internal void Add(Enrolment enrolment)
    {
        enrolments.Add(enrolment);
        people.Add(enrolment.PersonId);
        Enrolled += enrolment.Status == EnrolmentStatus.Enrolled ? 1 : 0;
    }

    /// <summary>Gives up to <paramref name="seats"/> seats to the waiting list, in turn.</summary>
    internal void Admit(int seats)
    {
        foreach (var waiting in enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).Take(seats).ToList())
        {
            waiting.Status = EnrolmentStatus.Enrolled;
            Enrolled++;
        }
    }
}

/// <summary>Why <see cref="TrainingClass.Enrol"/> refused a person.</summary>
internal enum EnrolmentRefusal
{
    ClassCompleted,
    AlreadyInClass,
    OutsideClassUnit,
}

/// <summary>
/// The new enrolment (with its turn on the waiting list when it waits), or why there is none.
/// </summary>
internal sealed record EnrolmentDecision(Enrolment? Enrolment, EnrolmentRefusal? Refusal, int? WaitingPosition)
{
    public static EnrolmentDecision Refused(EnrolmentRefusal refusal) => new(null, refusal, null);
}
