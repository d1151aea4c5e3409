using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>
/// An indicator of the catalogue as other modules name it in a report: its name and the unit its figures count
/// (people, conferences, classes), in Vietnamese and in English.
/// </summary>
public sealed record IndicatorSummary(
    string Code,
    string NameVi,
    string NameEn,
    string UnitOfMeasure,
    string CountUnitVi,
    string CountUnitEn
);

/// <summary>Every indicator of the catalogue, in the catalogue's order. Reference data, not held to a scope.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetIndicatorsQuery : IRequest<IReadOnlyList<IndicatorSummary>>;
