using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Contracts.Classes;

/// <summary>A class with its trainees, in the caller's scope (a class held outside it is not found). Its version is the
/// ETag.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetClassQuery(int Id) : IRequest<ClassView>;

public sealed record ClassView(
    int Id,
    string? Code,
    string UnitCode,
    string Audience,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    int Year,
    int Sessions,
    int Capacity,
    IReadOnlyList<string> Trainers,
    string? Venue,
    bool Online,
    bool Completed,
    double? CompletionShare,
    int Enrolled,
    int Waiting,
    int CompletedTrainees,
    IReadOnlyList<TraineeView> Trainees,
    int Version);

/// <param name="Status">Enrolled or Waiting.</param>
/// <param name="WaitingPosition">1 for the first on the waiting list; null when enrolled.</param>
/// <param name="AttendedSessions">Sessions with a mark so far.</param>
/// <param name="Completed">Null until the class is completed.</param>
public sealed record TraineeView(
    string PersonCode,
    string FullName,
    string UnitCode,
    string Status,
    int? WaitingPosition,
    int AttendedSessions,
    bool? Completed
);
