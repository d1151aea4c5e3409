using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Contracts.Classes;

/// <summary>
/// The classes that take place (at least one day) in <paramref name="Year"/>, or in one <paramref name="Month"/> of it,
/// held by units in the caller's scope; with <paramref name="UnitCode"/>, only those held by that unit or a unit below
/// it (a unit outside the scope is not found). Ordered by start date.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetClassesQuery(int? Year, int? Month = null, string? UnitCode = null)
    : IRequest<IReadOnlyList<ClassSummary>>;

/// <summary>A class as a list shows it: seats taken, the waiting list, and once completed the trainees who completed
/// it.</summary>
public sealed record ClassSummary(
    int Id,
    string? Code,
    string UnitCode,
    string UnitName,
    string Audience,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    int Year,
    int Sessions,
    int Capacity,
    string? Venue,
    bool Online,
    bool Completed,
    int Enrolled,
    int Waiting,
    int CompletedTrainees);
