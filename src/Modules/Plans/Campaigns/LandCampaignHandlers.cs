using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Scope;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns;

/// <summary>Lands a campaign's quotas again, and reads what was landed on a unit and the units below it.</summary>
internal sealed class LandCampaignHandlers(
    PlansDbContext db,
    ICurrentCaller caller,
    CampaignCascade cascade,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<LandCampaignQuotasCommand, CampaignLanding>,
    IRequestHandler<GetCampaignQuotasQuery, IReadOnlyList<CampaignUnitQuotaView>>
{
    public async Task<CampaignLanding> Handle(LandCampaignQuotasCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.Quotas)
            .Where(c => db.PlansIn(caller.Scope).Any(p => p.Id == c.PlanId))
            .SingleOrDefaultAsync(c => c.Code == request.Code, cancellationToken);
        if (campaign is null)
        {
            throw await db.CampaignRefusalAsync(caller.Scope, request.Code, texts, cancellationToken);
        }

        var landing = await cascade.RunAsync(campaign, cancellationToken);
        return new CampaignLanding(campaign.Code, landing.Rows, landing.MissingData);
    }

    public async Task<IReadOnlyList<CampaignUnitQuotaView>> Handle(
        GetCampaignQuotasQuery request,
        CancellationToken cancellationToken
    )
    {
        var campaign = await db.CampaignsReadableIn(caller.Scope).AsNoTracking()
            .Where(c => c.Code == request.Code)
            .Select(c => new { c.Id, c.UnitCode })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(texts["Campaign.NotFound", request.Code]);
        var unit = string.IsNullOrWhiteSpace(request.UnitCode) ? campaign.UnitCode : request.UnitCode.Trim();
        var rows = db.CampaignUnitQuotas.AsNoTracking()
            .Where(q => q.CampaignId == campaign.Id
                && (request.AllUnits || q.UnitCode == unit || q.ParentUnitCode == unit));
        if (!caller.Scope.IsNation)
        {
            var scope = db.UnitIdsIn(caller.Scope);
            rows = rows.Where(q => scope.Contains(q.UnitId));
        }

        return await rows
            .Join(db.Set<CampaignQuota>(), q => q.QuotaId, d => d.Id, (q, d) => new { q, d })
            .OrderBy(x => x.d.Id)
            .ThenBy(x => x.q.Id)
            .Select(x => new CampaignUnitQuotaView(
                x.d.Code,
                x.d.Measure,
                x.q.UnitCode,
                db.Units.Where(u => u.Id == x.q.UnitId).Select(u => u.Name).Single(),
                x.q.Level,
                x.q.ParentUnitCode,
                x.q.BasisLevel,
                x.q.UnitCount,
                x.q.Floor,
                x.q.Stretch,
                x.q.MissingData,
                x.q.MissingReason,
                x.q.RuleName,
                x.d.WindowStart,
                x.d.WindowEnd,
                db.CampaignRebases.Where(r => r.QuotaId == x.d.Id && r.ProvinceId == x.q.UnitId)
                    .Select(r => r.Reason).FirstOrDefault()
            ))
            .ToListAsync(cancellationToken);
    }
}
