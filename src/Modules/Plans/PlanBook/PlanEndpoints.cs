using Microsoft.Extensions.Localization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Obligations;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.PlanBook.YearPlans;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook;

internal static class PlanEndpoints
{
    public sealed record GenerateBody(string? UnitCode, bool? All, bool? Cascade);

    public sealed record OverrideBody(long? Floor, long? Stretch, string? Reason);

    public sealed record StatusBody(PlanStatus? To, string? Note);

    public sealed record ReportDateBody(string? Due);

    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Plans");
        plans.RequireReadOrWrite(PlatformPolicies.WritePlans);
        // Single resources answer with their version as a strong ETag; their updates honour If-Match (412 when stale).
        plans.MapGet("/", async (string? unitCode, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitPlansQuery(unitCode), ct)));
        plans.MapGet("/{code}", async (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetPlanQuery(code), ct))));
        plans.MapGet("/{code}/obligations", async (
            string code, int? year, string? unitCode, string? indicator, bool? missingData, int? top, int? skip, string? search, bool? overridden, ObligationOrder? orderBy,
            bool? desc, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanObligationsQuery(
                code, year, unitCode, indicator, missingData, top ?? 1000, skip ?? 0, search, overridden, orderBy ?? ObligationOrder.Unit, desc ?? false), ct)));
        plans.MapGet("/{code}/missing-data", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMissingDataQuery(code), ct)));
        plans.MapGet("/{code}/moves", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMovesQuery(code), ct)));
        plans.MapPost("/{code}/subordinates", async (string code, GenerateBody? body, IMediator mediator, IStringLocalizer<PlansTexts> texts, CancellationToken ct) =>
        {
            var request = body ?? throw new BadHttpRequestException(texts["Generation.BodyRequired"]);
            return TypedResults.Ok(await mediator.Send(
                new GenerateSubordinatePlansCommand(code, request.UnitCode, request.All ?? false, request.Cascade ?? false), ct));
        });
        plans.MapGet("/{code}/document", async (string code, int? year, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new GetPlanDocumentQuery(code, year), ct);
            return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
        });
        plans.MapPost("/{code}/years/{year:int}", async (string code, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(new DraftYearPlanCommand(code, year), ct);
            http.Tagged(plan, plan.Version);
            return TypedResults.Created($"/api/plans/{plan.Code}", plan);
        });
        plans.MapPost("/{code}/status", async (string code, StatusBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new ChangePlanStatusCommand(code, body?.To, body?.Note, EntityTags.IfMatchOf(http.Request)), ct))));
        plans.MapPut("/{code}/report-date", async (string code, ReportDateBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new SetReportDateCommand(code, body?.Due, EntityTags.IfMatchOf(http.Request)), ct))));

        var obligations = app.MapGroup("/api/obligations").WithTags("Obligations");
        obligations.RequireReadOrWrite(PlatformPolicies.WritePlans);
        obligations.MapGet("/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetObligationQuery(id), ct))));
        obligations.MapGet("/{id:int}/explanation", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ExplainObligationQuery(id), ct)));
        obligations.MapPut("/{id:int}/override", async (int id, OverrideBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(
                new OverrideObligationCommand(id, body?.Floor, body?.Stretch, body?.Reason, EntityTags.IfMatchOf(http.Request)), ct))));
        obligations.MapDelete("/{id:int}/override", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new ClearOverrideCommand(id, EntityTags.IfMatchOf(http.Request)), ct))));

        app.MapGet("/api/cascade-runs", async (string? parentPlan, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunsQuery(parentPlan), ct))).WithTags("Plans").RequireAuthorization(PlatformPolicies.Read);
        app.MapGet("/api/cascade-runs/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunQuery(id), ct))).WithTags("Plans").RequireAuthorization(PlatformPolicies.Read);
        app.MapGet("/api/cascade-runs/{id}/result", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunResultQuery(id), ct))).WithTags("Plans").RequireAuthorization(PlatformPolicies.Read);
        app.MapGet("/api/rules", (ICascadeRules rules) => TypedResults.Ok(rules.Files)).WithTags("Plans").RequireAuthorization(PlatformPolicies.Read);
        app.MapGet("/api/indicators", () => TypedResults.Ok(Catalogue.IndicatorCatalogue.All)).WithTags("Plans").RequireAuthorization(PlatformPolicies.Read);
    }

    private static PlanView Tag(HttpContext http, PlanView plan) => http.Tagged(plan, plan.Version);

    private static ObligationView Tag(HttpContext http, ObligationView obligation) => http.Tagged(obligation, obligation.Version);
}
