using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Contracts.People;

/// <summary>
/// People registered for training in the caller's scope whose name (ignoring case and diacritics: "nguyen van" finds
/// "Nguyễn Văn") or code contains <paramref name="Search"/>, by name. <paramref name="UnitCode"/> keeps those
/// registered in that unit or below it, in the structure of <paramref name="Year"/> (default this year) — the people a
/// class of that unit may enrol; <paramref name="Audience"/> keeps one audience.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record SearchPeopleQuery(
    string? Search,
    string? UnitCode = null,
    string? Audience = null,
    int? Year = null,
    int Top = 20
) : IRequest<IReadOnlyList<PersonSummary>>;

/// <param name="Gender">"F", "M" or null.</param>
public sealed record PersonSummary(
    string Code,
    string FullName,
    string UnitCode,
    string UnitName,
    string Audience,
    string? Gender,
    int? BirthYear
);
