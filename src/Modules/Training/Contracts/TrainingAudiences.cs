namespace Platform.Training.Contracts;

/// <summary>The audiences a training class is for and a person is registered as (codes as in the import files and in
/// <see cref="TrainingCompleted"/>).</summary>
public static class TrainingAudiences
{
    public const string Collaborators = "collaborators";
    public const string AgentStaff = "agents_staff";
    public const string SteeringCommittee = "steering_committee";
    public const string CommunicationStaff = "communication_staff";
    public const string Journalists = "journalists";
    public const string SourceTrainers = "source_trainers";

    public static readonly IReadOnlyList<string> All =
        [Collaborators, AgentStaff, SteeringCommittee, CommunicationStaff, Journalists, SourceTrainers];

    public static bool IsKnown(string? audience) =>
        audience is not null && All.Contains(audience, StringComparer.Ordinal);
}
