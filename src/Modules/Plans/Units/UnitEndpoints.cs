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

namespace Platform.Plans.Units;

internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Administrative units");
        units.RequireReadOrWrite(PlatformPolicies.WriteRegister);

        units.MapPost("/import", async (HttpRequest http, DateOnly? validFrom, DateOnly? validTo, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportUnitsCommand(await UploadedFile.ReadAsync(http, ct), validFrom, validTo), ct)))
            .DisableAntiforgery();

        units.MapPost("/lineage/import", async (HttpRequest http, DateOnly? effective, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportLineageCommand(await UploadedFile.ReadAsync(http, ct), effective), ct)))
            .DisableAntiforgery();

        units.MapGet("/", async (string? search, UnitLevel? level, string? parent, int? top, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchUnitsQuery(search, level, parent, top ?? 50, at), ct)));

        units.MapGet("/{code}", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitQuery(code, at), ct)));

        units.MapGet("/{code}/children", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitChildrenQuery(code, at), ct)));

        units.MapGet("/{code}/statistics", async (string code, int? year, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitStatisticsQuery(code, year, at), ct)));

        units.MapGet("/{code}/lineage", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitLineageQuery(code, at), ct)));

        // History on today's units: figures recorded on old units read on the units in force on onUnitsAt (ADR 0019).
        app.MapGet("/api/statistics", async (string? metric, int? year, string? unitCode, DateOnly? onUnitsAt, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStatisticsOnUnitsQuery(metric ?? "", year, unitCode, onUnitsAt), ct)))
            .WithTags("Unit statistics")
            .RequireAuthorization(PlatformPolicies.Read);

        app.MapPost("/api/statistics/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportStatisticsCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .WithTags("Unit statistics")
            .RequireAuthorization(PlatformPolicies.WriteRegister)
            .DisableAntiforgery();

        // The example figures of registers/sample-statistics.csv (source "ví dụ — example figures"), for a demonstration only.
        app.MapPost("/api/statistics/sample", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportStatisticsCommand(EmbeddedRegister.Read(EmbeddedRegister.SampleStatistics)), ct)))
            .WithTags("Unit statistics")
            .RequireAuthorization(PlatformPolicies.WriteRegister)
            .DisableAntiforgery();
    }
}
