using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.Contracts.Classes;

/// <summary>
/// Enrols people in a class, in the order given: while seats are left they are enrolled, after that they join the
/// waiting list. All or nothing: one unknown, duplicate or out-of-reach person refuses the whole request.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
public sealed record EnrolCommand(int ClassId, IReadOnlyList<string>? PersonCodes) : ICommand<EnrolmentResult>;

public sealed record EnrolmentResult(int ClassId, int Enrolled, int Waiting, IReadOnlyList<EnrolmentOutcome> People);

public sealed record EnrolmentOutcome(string PersonCode, string Status, int? WaitingPosition);

/// <summary>The register of one session: exactly these trainees were present (it replaces an earlier register of that
/// session).</summary>
[RequiresPermission(Permission.WriteTraining)]
public sealed record RecordAttendanceCommand(int ClassId, int Session, IReadOnlyList<string>? Present)
    : ICommand<AttendanceResult>;

public sealed record AttendanceResult(int ClassId, int Session, int Present, int Absent);
