using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.Contracts.Classes;

/// <summary>Schedules a class held by a unit for one audience; a class is either at a venue or online.</summary>
[RequiresPermission(Permission.WriteTraining)]
public sealed record CreateClassCommand(
    string? UnitCode,
    string? Audience,
    string? Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Sessions,
    int? Capacity,
    IReadOnlyList<string>? Trainers,
    string? Venue,
    bool Online = false,
    string? Code = null) : ICommand<ClassView>;

/// <summary>
/// Corrects a scheduled class: its title, dates and capacity (all four, as PUT replaces them). With
/// <paramref name="IfMatch"/> (the ETag read), only if nobody changed the class since (else 412).
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
public sealed record EditClassCommand(
    int Id,
    string? Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Capacity,
    IfMatch? IfMatch = null
) : ICommand<ClassView>;

/// <summary>
/// Closes a class after its last day: each enrolled trainee completes it when present at no fewer than
/// <c>Training:CompletionShare</c> (default 0.8) of its sessions. Publishes TrainingCompleted once committed.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
public sealed record CompleteClassCommand(int ClassId) : ICommand<ClassView>;
