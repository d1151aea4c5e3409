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
using static Microsoft.AspNetCore.Http.StatusCodes;

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
            TypedResults.Ok(await mediator.Send(new GetUnitPlansQuery(unitCode), ct)))
            .Describe("List a unit's plans", "The unit's own plans and those of the units above it (the caller's unit "
                + "by default).")
            .ProducesProblems(Status404NotFound);
        plans.MapGet("/{code}", async (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetPlanQuery(code), ct))))
            .Describe("Read a plan", "The plan with its targets and status; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
        plans.MapGet("/{code}/obligations", async (
            string code, int? year, string? unitCode, string? indicator, bool? missingData, int? top, int? skip, string? search, bool? overridden, ObligationOrder? orderBy,
            bool? desc, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanObligationsQuery(
                code, year, unitCode, indicator, missingData, top ?? 1000, skip ?? 0, search, overridden, orderBy ?? ObligationOrder.Unit, desc ?? false), ct)))
            .Describe("List a plan's obligations", "What each unit in the caller's scope owes under the plan, "
                + "filtered and ordered, a page of top (1000) from skip.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
        plans.MapGet("/{code}/missing-data", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMissingDataQuery(code), ct)))
            .Describe("List a plan's missing data", "The units whose obligations could not be computed, and the "
                + "statistic each lacks.")
            .ProducesProblems(Status404NotFound);
        plans.MapGet("/{code}/moves", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMovesQuery(code), ct)))
            .Describe("List a plan's unit moves", "The units merged, split or moved since the plan was generated, "
                + "whose obligations follow the structure of the plan's time (ADR 0020).")
            .ProducesProblems(Status404NotFound);
        plans.MapPost("/{code}/subordinates", async (string code, GenerateBody? body, IMediator mediator, IStringLocalizer<PlansTexts> texts, CancellationToken ct) =>
        {
            var request = body ?? throw new BadHttpRequestException(texts["Generation.BodyRequired"]);
            return TypedResults.Ok(await mediator.Send(
                new GenerateSubordinatePlansCommand(code, request.UnitCode, request.All ?? false, request.Cascade ?? false), ct));
        })
            .Describe("Generate subordinate plans", "Computes the plans of the units below (one unit, or all of them, "
                + "cascading down when asked) from the parent plan's targets and the rules, with every module's "
                + "reaction in one transaction.")
            .ProducesWriteProblems(Status404NotFound, Status422UnprocessableEntity);
        plans.MapGet("/{code}/document", async (string code, int? year, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new GetPlanDocumentQuery(code, year), ct);
            return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
        })
            .Produces(Status200OK, typeof(Stream), PlanDocumentFile.ContentType)
            .Describe("Download a plan as a document", "The plan (or its year's plan) as a .docx in the layout of "
                + "Decree 30/2020, in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
        plans.MapPost("/{code}/years/{year:int}", async (string code, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(new DraftYearPlanCommand(code, year), ct);
            http.Tagged(plan, plan.Version);
            return TypedResults.Created($"/api/plans/{plan.Code}", plan);
        })
            .Describe("Draft a year's plan", "Creates the draft plan of one year under a multi-year plan.")
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
        plans.MapPost("/{code}/status", async (string code, StatusBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new ChangePlanStatusCommand(code, body?.To, body?.Note, EntityTags.IfMatchOf(http.Request)), ct))))
            .Describe("Change a plan's status", "Moves the plan to another status (draft, submitted, approved, "
                + "active, closed), with a note.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
        plans.MapPut("/{code}/report-date", async (string code, ReportDateBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new SetReportDateCommand(code, body?.Due, EntityTags.IfMatchOf(http.Request)), ct))))
            .Describe("Set a plan's report date", "The day of the year (\"15/12\") by which the plan's units report "
                + "each year.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status422UnprocessableEntity);

        var obligations = app.MapGroup("/api/obligations").WithTags("Obligations");
        obligations.RequireReadOrWrite(PlatformPolicies.WritePlans);
        obligations.MapGet("/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetObligationQuery(id), ct))))
            .Describe("Read an obligation", "What one unit owes for one indicator and year; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
        obligations.MapGet("/{id:int}/explanation", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ExplainObligationQuery(id), ct)))
            .Describe("Explain an obligation", "How the obligation was computed: the rule, its version and the "
                + "figures.")
            .ProducesProblems(Status404NotFound);
        obligations.MapPut("/{id:int}/override", async (int id, OverrideBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(
                new OverrideObligationCommand(id, body?.Floor, body?.Stretch, body?.Reason, EntityTags.IfMatchOf(http.Request)), ct))))
            .Describe("Override an obligation", "Sets the floor and stretch by hand, with a reason; regenerations "
                + "keep it.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
        obligations.MapDelete("/{id:int}/override", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new ClearOverrideCommand(id, EntityTags.IfMatchOf(http.Request)), ct))))
            .Describe("Clear an obligation's override", "Returns the obligation to the computed figures.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);

        app.MapGet("/api/cascade-runs", async (string? parentPlan, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunsQuery(parentPlan), ct))).WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("List cascade runs", "The generations run, of one parent plan or of all.");
        app.MapGet("/api/cascade-runs/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunQuery(id), ct))).WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("Read a cascade run", "A generation's state: running, succeeded or failed, and when.")
            .ProducesProblems(Status404NotFound);
        app.MapGet("/api/cascade-runs/{id}/result", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunResultQuery(id), ct))).WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("Read a cascade run's result", "What a finished generation wrote: plans and obligations per "
                + "level.")
            .ProducesProblems(Status404NotFound);
        app.MapGet("/api/rules", (ICascadeRules rules) => TypedResults.Ok(rules.Files)).WithTags("Plans")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("List the cascade rules", "The rule files the cascade runs on: kind, file, version and rule "
                + "names.");
        app.MapGet("/api/indicators", () => TypedResults.Ok(Catalogue.IndicatorCatalogue.All)).WithTags("Plans")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("List the indicators", "The indicators plans set targets for: code, names, unit of measure and "
                + "cascade kind.");
    }

    private static PlanView Tag(HttpContext http, PlanView plan) => http.Tagged(plan, plan.Version);

    private static ObligationView Tag(HttpContext http, ObligationView obligation) => http.Tagged(obligation, obligation.Version);
}
