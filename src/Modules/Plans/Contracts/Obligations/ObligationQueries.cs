using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.Obligations;

/// <summary>One obligation as the API shows it, with its version (the ETag of GET /api/obligations/{id}).</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetObligationQuery(int Id) : IRequest<ObligationView>;

/// <summary>
/// Obligations of a plan and every plan below it, filtered; paged by <see cref="Top"/> and <see cref="Skip"/>, in
/// <see cref="OrderBy"/> order. <see cref="Search"/> finds a unit by code or by name, ignoring case and diacritics;
/// <see cref="Overridden"/> keeps the obligations a planner set (true) or those as computed (false).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetPlanObligationsQuery(
    string Code,
    int? Year,
    string? UnitCode,
    string? Indicator,
    bool? MissingData,
    int Top = 1000,
    int Skip = 0,
    string? Search = null,
    bool? Overridden = null,
    ObligationOrder OrderBy = ObligationOrder.Unit,
    bool Descending = false
) : IRequest<ObligationPage>;

/// <summary>A page of obligations and how many match in all.</summary>
public sealed record ObligationPage(int Total, int Skip, int Top, IReadOnlyList<ObligationView> Items);

/// <summary>
/// The order of a page of obligations; every order ends by unit code, year, indicator and id, so pages never overlap.
/// <see cref="Unit"/> (the default) is by unit code, <see cref="UnitName"/> by the unit's name without diacritics.
/// </summary>
public enum ObligationOrder
{
    Unit = 0,
    UnitName = 1,
    Year = 2,
    Indicator = 3,
    Floor = 4,
    Stretch = 5,
}

/// <summary>Why an obligation is what it is, in one response, in a planner's words and the request's
/// language.</summary>
[RequiresPermission(Permission.Read)]
public sealed record ExplainObligationQuery(int Id) : IRequest<ObligationExplanation>;

public sealed record ObligationExplanation(
    int Id,
    string Summary,
    IReadOnlyList<string> Steps,
    ObligationView Obligation
);
