using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Campaigns.ReadCampaigns;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.WriteCampaigns;

/// <summary>
/// Adds a campaign to a plan of the caller's scope, or changes one: checked against the plan (its years, its levels),
/// each problem with its field, and nothing written when one is found; its quotas are landed again on every write. A
/// quota keeps its row while its code stays.
/// </summary>
internal sealed class WriteCampaignHandlers(
    PlansDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    TimeProvider clock,
    CampaignCascade cascade,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<CreateCampaignCommand, CampaignView>, IRequestHandler<UpdateCampaignCommand, CampaignView>
{
    public async Task<CampaignView> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope)
                .SingleOrDefaultAsync(p => p.Code == request.PlanCode, cancellationToken)
            ?? throw await db.RefusalAsync(caller.Scope, request.PlanCode!, texts, cancellationToken);
        if (await db.Campaigns.AnyAsync(c => c.Code == request.Code, cancellationToken))
        {
            throw new ConflictException(texts["Campaign.CodeTaken", request.Code!]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var campaign = new Campaign
        {
            Code = request.Code!,
            Title = "",
            PlanId = plan.Id,
            UnitId = plan.UnitId,
            UnitCode = plan.UnitCode,
            CreatedAtUtc = now,
        };
        await ApplyAsync(campaign, plan, request.Campaign, now, cancellationToken);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        await cascade.RunAsync(campaign, cancellationToken);
        return await mediator.Send(new GetCampaignQuery(campaign.Code), cancellationToken);
    }

    public async Task<CampaignView> Handle(UpdateCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.Quotas)
            .SingleOrDefaultAsync(c => c.Code == request.Code, cancellationToken);
        var plan = campaign is null
            ? null
            : await db.PlansIn(caller.Scope).SingleOrDefaultAsync(p => p.Id == campaign.PlanId, cancellationToken);
        if (campaign is null || plan is null)
        {
            throw await db.CampaignRefusalAsync(caller.Scope, request.Code, texts, cancellationToken);
        }

        request.IfMatch?.Ensure(campaign.Version, VersionedRecord.Campaign, campaign.Code);
        await ApplyAsync(campaign, plan, request.Campaign, clock.GetUtcNow().UtcDateTime, cancellationToken);
        // The campaign itself is modified whatever changed (a quota, a form), so its version and audit follow.
        db.Entry(campaign).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        await cascade.RunAsync(campaign, cancellationToken);
        return await mediator.Send(new GetCampaignQuery(campaign.Code), cancellationToken);
    }

    private async Task ApplyAsync(
        Campaign campaign,
        Plan plan,
        CampaignInput input,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        var start = input.StartDate!.Value;
        var end = input.EndDate!.Value;
        var oldest = await CampaignStructure.OldestLowerUnitsAsync(db, cancellationToken);
        var levels = await CampaignStructure.LevelsOfAsync(db, plan, oldest, cancellationToken);
        var failures = new List<ValidationFailure>();
        void Within(string field, DateOnly day)
        {
            if (day.Year < plan.StartYear || day.Year > plan.EndYear)
            {
                failures.Add(new ValidationFailure(
                    field,
                    texts["Campaign.OutsidePlan", Wording.Date(day), plan.Code, plan.StartYear, plan.EndYear]));
            }
        }

        Within("startDate", start);
        Within("endDate", end);
        var quotas = input.Quotas ?? [];
        for (var i = 0; i < quotas.Count; i++)
        {
            var level = quotas[i].Level!.Value;
            if (!levels.Contains(level))
            {
                failures.Add(new ValidationFailure(
                    $"quotas[{i}].level",
                    texts["Campaign.LevelNotInPlan", texts[$"Campaign.Level.{level}"].Value, plan.Code,
                        string.Join(", ", levels.Order().Select(l => texts[$"Campaign.Level.{l}"].Value))]));
            }

            if (quotas[i].WindowStart is { } from)
            {
                Within($"quotas[{i}].windowStart", from);
            }

            if (quotas[i].WindowEnd is { } to)
            {
                Within($"quotas[{i}].windowEnd", to);
            }

            // A window given on one side only is closed by the campaign's dates.
            if ((quotas[i].WindowEnd ?? end) < (quotas[i].WindowStart ?? start))
            {
                failures.Add(new ValidationFailure(
                    $"quotas[{i}].windowEnd",
                    texts["Campaign.EndBeforeStart", Wording.Date(quotas[i].WindowEnd ?? end),
                        Wording.Date(quotas[i].WindowStart ?? start)]));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        // Stored NFC whatever form the client typed (VietnameseText).
        campaign.Title = VietnameseText.Clean(input.Title);
        campaign.Kind = input.Kind!.Value;
        campaign.StartDate = start;
        campaign.EndDate = end;
        campaign.StructureOn = CampaignStructure.On(start, oldest);
        campaign.Themes = [.. (input.Themes ?? []).Select(t => VietnameseText.Note(t)!)];
        campaign.Messages = [.. (input.Messages ?? []).Select(t => VietnameseText.Note(t)!)];
        campaign.Audiences = [.. (input.Audiences ?? []).Select(Text)];
        campaign.Forms = [.. (input.Forms ?? []).Select(Text)];
        campaign.Note = VietnameseText.Note(input.Note);
        campaign.UpdatedAtUtc = now;
        campaign.Quotas.RemoveAll(q => !quotas.Any(i => i.Code == q.Code));
        foreach (var given in quotas)
        {
            var quota = campaign.Quotas.FirstOrDefault(q => q.Code == given.Code);
            if (quota is null)
            {
                quota = new CampaignQuota { Code = given.Code!, Measure = given.Measure! };
                campaign.Quotas.Add(quota);
            }

            quota.Measure = given.Measure!;
            quota.Level = given.Level!.Value;
            quota.Basis = given.Basis!.Value;
            quota.RateFloor = given.RateFloor!.Value;
            quota.RateStretch = given.RateStretch;
            quota.Metric = given.Basis == CampaignQuotaBasis.ShareOfFigure ? given.Metric : null;
            quota.MetricYear = given.Basis == CampaignQuotaBasis.ShareOfFigure ? given.MetricYear : null;
            quota.WindowStart = given.WindowStart ?? start;
            quota.WindowEnd = given.WindowEnd ?? end;
            quota.Note = VietnameseText.Note(given.Note);
        }
    }

    private static CampaignText Text(CampaignTextInput input) =>
        new() { Code = input.Code!, Text = VietnameseText.Note(input.Text) };
}
