using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Campaigns;

internal static class CampaignEndpoints
{
    /// <summary>A campaign as a request writes it: its plan and code (when created), then what it says and
    /// asks.</summary>
    public sealed record CampaignBody(
        string? PlanCode,
        string? Code,
        string? Title,
        CampaignKind? Kind,
        DateOnly? StartDate,
        DateOnly? EndDate,
        IReadOnlyList<string>? Themes,
        IReadOnlyList<string>? Messages,
        IReadOnlyList<CampaignTextInput>? Audiences,
        IReadOnlyList<CampaignTextInput>? Forms,
        string? Note,
        IReadOnlyList<CampaignQuotaInput>? Quotas
    )
    {
        public CampaignInput Input =>
            new(Title, Kind, StartDate, EndDate, Themes, Messages, Audiences, Forms, Note, Quotas);
    }

    /// <summary>/api/campaigns: a GET needs the read policy, anything else WritePlans; one campaign answers with its
    /// version as a strong ETag.</summary>
    public static IEndpointRouteBuilder MapCampaigns(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaigns")
            .RequireReadOrWrite(PlatformPolicies.WritePlans);
        campaigns.MapGet("/", async (string? plan, int? year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListCampaignsQuery(plan, year), ct)))
            .Describe("List campaigns", "The campaigns of the plans the caller may read, by start date; of one plan, "
                + "or under way in one year, when asked.")
            .ProducesProblems(Status400BadRequest);
        campaigns.MapGet("/{code}", async (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var campaign = await mediator.Send(new GetCampaignQuery(code), ct);
            return TypedResults.Ok(http.Tagged(campaign, campaign.Version));
        })
            .Describe("Read a campaign", "Its dates, themes, messages, audiences, forms and quotas; its version is the "
                + "ETag.")
            .ProducesProblems(Status404NotFound);
        campaigns.MapPost("/", async (CampaignBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(new CreateCampaignCommand(body.PlanCode, body.Code, body.Input), ct);
            return TypedResults.Created($"/api/campaigns/{created.Code}", http.Tagged(created, created.Version));
        })
            .Describe("Create a campaign", "Adds a campaign month, launch day or peak period to a plan, with its "
                + "quotas; refused with the field named when outside the plan's years or for a level it lacks.")
            .ProducesWriteProblems(Status403Forbidden, Status404NotFound, Status409Conflict);
        campaigns.MapPut("/{code}", async (
            string code, CampaignBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var campaign = await mediator.Send(
                new UpdateCampaignCommand(code, body.Input, EntityTags.IfMatchOf(http.Request)), ct);
            return TypedResults.Ok(http.Tagged(campaign, campaign.Version));
        })
            .Describe("Change a campaign", "Replaces what the campaign says and asks; its plan and code stay.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status403Forbidden, Status404NotFound);
        campaigns.MapGet("/{code}/quotas",
                async (string code, string? unit, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GetCampaignQuotasQuery(code, unit), ct)))
            .Describe("Read a campaign's landed quotas", "What each quota asks of a unit (the campaign's own by "
                + "default) and of the units directly below it, in the caller's scope.")
            .ProducesProblems(Status404NotFound);
        campaigns.MapGet("/{code}/quotas/{quota}/explanation",
                async (string code, string quota, string? unit, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ExplainCampaignQuotaQuery(code, quota, unit ?? ""), ct)))
            .Describe("Explain a landed quota", "How a quota came to what it asks of a unit: the structure date, the "
                + "quota, the units counted or the figure, the rule, the result and a province's re-base.")
            .ProducesProblems(Status404NotFound);
        campaigns.MapGet("/{code}/brief", async (string code, string? unit, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetCampaignBriefQuery(code, unit), ct);
                return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
            })
            .Produces<Stream>(Status200OK, PlanDocumentFile.ContentType)
            .Describe("Download a campaign's brief", "The campaign as one unit (its own by default) carries it out: "
                + "dates, themes, messages, audiences, forms and its quotas, with those of the units below it in an "
                + "annex; a .docx in the layout of plan documents, in the request's language.")
            .ProducesProblems(Status404NotFound);
        campaigns.MapPost("/{code}/cascade", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new LandCampaignQuotasCommand(code), ct)))
            .Describe("Land a campaign's quotas again", "On the units of its structure date, e.g. after importing the "
                + "figures a share of a figure needs.")
            .ProducesWriteProblems(Status403Forbidden, Status404NotFound);
        campaigns.MapPut("/{code}/quotas/{quota}/rebases/{province}", async (
            string code, string quota, string province, RebaseBody body, HttpContext http, IMediator mediator,
            CancellationToken ct) =>
        {
            var rebase = await mediator.Send(new RebaseCampaignQuotaCommand(
                code, quota, province, body.Level, body.Reason, EntityTags.IfMatchOf(http.Request)), ct);
            return TypedResults.Ok(http.Tagged(rebase, rebase.Version));
        })
            .Describe("Re-base a quota in a province", "Counts the quota over another level's units in one province, "
                + "with the reason (e.g. per commune when no district is left), and lands the campaign again.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
        campaigns.MapDelete("/{code}/quotas/{quota}/rebases/{province}", async (
            string code, string quota, string province, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ClearCampaignRebaseCommand(
                code, quota, province, EntityTags.IfMatchOf(http.Request)), ct)))
            .Describe("Drop a province's re-base", "The quota counts its own level's units again in that province.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
        return app;
    }

    /// <summary>A province's new basis for a quota: the level whose units are counted, and why.</summary>
    public sealed record RebaseBody(UnitLevel? Level, string? Reason);
}
