using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Units.ReadUnits;

internal static class ReadUnitEndpoints
{
    /// <summary>On the /api/units group: units searched, one unit, a unit's children.</summary>
    public static void MapReadUnits(this RouteGroupBuilder units)
    {
        units
            .MapGet(
                "/",
                async (
                    string? search,
                    UnitLevel? level,
                    string? parent,
                    int? top,
                    DateOnly? at,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(await mediator.Send(new SearchUnitsQuery(search, level, parent, top ?? 50, at), ct))
            )
            .Describe(
                "Search units",
                "Units in the caller's scope whose name or code matches search, of a level or "
                    + "below a parent, in force at a date (today by default); at most top (50)."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        units.MapGet("/{code}", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitQuery(code, at), ct)))
            .Describe("Read a unit", "The unit with its level and parent, as in force at a date (today by default).")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        units.MapGet("/{code}/children", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitChildrenQuery(code, at), ct)))
            .Describe("List a unit's children", "The units directly below the unit, as in force at a date.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
