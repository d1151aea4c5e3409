using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.ImportUnits;
using Platform.Plans.Units.Lineage.ImportLineage;
using Platform.Plans.Units.Register;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Units;

internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Administrative units");
        units.RequireReadOrWrite(PlatformPolicies.WriteRegister);

        units
            .MapPost(
                "/import",
                async (
                    HttpRequest http,
                    DateOnly? validFrom,
                    DateOnly? validTo,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new ImportUnitsCommand(await UploadedFile.ReadAsync(http, ct), validFrom, validTo),
                            ct
                        )
                    )
            )
            .AcceptsImportFile()
            .Describe("Import the unit register", "Adds or updates administrative units from a CSV or .xlsx file, "
                + "valid from validFrom (to validTo); a file with a wrong row is refused whole, each row error named.");

        units
            .MapPost(
                "/lineage/import",
                async (HttpRequest http, DateOnly? effective, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new ImportLineageCommand(await UploadedFile.ReadAsync(http, ct), effective),
                            ct
                        )
                    )
            )
            .AcceptsImportFile()
            .Describe("Import unit lineage", "Records which old units became which new ones (mergers, splits) on the "
                + "effective date, from a CSV or .xlsx crosswalk; a file with a wrong row is refused whole.");

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

        units
            .MapGet(
                "/{code}/statistics",
                async (string code, int? year, DateOnly? at, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GetUnitStatisticsQuery(code, year, at), ct))
            )
            .Describe(
                "Read a unit's statistics",
                "The figures recorded for the unit (population, workers, insured…), " + "of one year or of every year."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        units.MapGet("/{code}/lineage", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitLineageQuery(code, at), ct)))
            .Describe("Read a unit's lineage", "The units the unit was made from and the ones it became (ADR 0019).")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        // History on today's units: figures recorded on old units read on the units in force on onUnitsAt (ADR 0019).
        app.MapGet(
                "/api/statistics",
                async (
                    string? metric,
                    int? year,
                    string? unitCode,
                    DateOnly? onUnitsAt,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(new GetStatisticsOnUnitsQuery(metric ?? "", year, unitCode, onUnitsAt), ct)
                    )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("Read statistics on today's units", "A metric's figures, those recorded on old units read on "
                + "the units in force on onUnitsAt (ADR 0019), in the caller's scope.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        app.MapPost("/api/statistics/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportStatisticsCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.WriteRegister)
            .AcceptsImportFile()
            .Describe("Import statistics", "Records units' figures from a CSV or .xlsx file in one transaction; a "
                + "file with a wrong row is refused whole, each row error named.");

        // The example figures of registers/sample-statistics.csv (source "ví dụ — example figures"), for a
        // demonstration only.
        app.MapPost("/api/statistics/sample", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(
                        new ImportStatisticsCommand(EmbeddedRegister.Read(EmbeddedRegister.SampleStatistics)),
                        ct
                    )
                )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.WriteRegister)
            .DisableAntiforgery()
            .Describe("Load the example statistics", "Imports the example figures shipped with the platform "
                + "(registers/sample-statistics.csv), for a demonstration only.")
            .ProducesProblems(Status503ServiceUnavailable);
    }
}
