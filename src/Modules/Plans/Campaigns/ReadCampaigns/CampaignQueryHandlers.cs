using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.ReadCampaigns;

/// <summary>The campaigns of the plans a caller may read (<see cref="ScopedPlans.PlansReadableIn"/>); those of plans
/// above the caller's scope are read only.</summary>
internal sealed class CampaignQueryHandlers(
    PlansDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<GetCampaignQuery, CampaignView>,
    IRequestHandler<ListCampaignsQuery, IReadOnlyList<CampaignListItem>>
{
    public async Task<CampaignView> Handle(GetCampaignQuery request, CancellationToken cancellationToken)
    {
        var found = await db.CampaignsReadableIn(caller.Scope).AsNoTracking().Include(c => c.Quotas)
            .Where(c => c.Code == request.Code)
            .Select(c => new
            {
                Campaign = c,
                Plan = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.Code).Single(),
                Unit = db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).Single(),
                Writable = db.PlansIn(caller.Scope).Any(p => p.Id == c.PlanId),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(texts["Campaign.NotFound", request.Code]);
        var c = found.Campaign;
        return new CampaignView(
            c.Code,
            c.Title,
            found.Plan,
            c.UnitCode,
            found.Unit,
            c.Kind,
            texts[$"Campaign.Kind.{c.Kind}"],
            c.StartDate,
            c.EndDate,
            c.StructureOn,
            c.StructureOn == c.StartDate
                ? null
                : texts["Campaign.StructureNote", Wording.Date(c.StructureOn), c.StartDate.Year].Value,
            c.Themes,
            c.Messages,
            [.. c.Audiences.Select(a => new CampaignTextView(a.Code, a.Text))],
            [.. c.Forms.Select(f => new CampaignTextView(f.Code, f.Text))],
            c.Note,
            c.Source,
            [
                .. c.Quotas.OrderBy(q => q.Id)
                    .Select(q => new CampaignQuotaView(
                        q.Code,
                        q.Measure,
                        texts[$"CampaignMeasure.{q.Measure}"],
                        q.Level,
                        q.Basis,
                        q.RateFloor,
                        q.RateStretch,
                        q.Metric,
                        q.MetricYear,
                        q.WindowStart,
                        q.WindowEnd,
                        q.Note
                    )),
            ],
            !found.Writable,
            c.Version
        );
    }

    public async Task<IReadOnlyList<CampaignListItem>> Handle(
        ListCampaignsQuery request,
        CancellationToken cancellationToken
    )
    {
        var campaigns = db.CampaignsReadableIn(caller.Scope);
        if (request.PlanCode is { } planCode)
        {
            campaigns = campaigns.Where(c => db.Plans.Any(p => p.Id == c.PlanId && p.Code == planCode));
        }

        if (request.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            campaigns = campaigns.Where(c => c.StartDate <= last && c.EndDate >= first);
        }

        var rows = await campaigns
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Code)
            .Select(c => new
            {
                c.Code,
                c.Title,
                Plan = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.Code).Single(),
                c.UnitCode,
                c.Kind,
                c.StartDate,
                c.EndDate,
                Quotas = c.Quotas.Count,
                Writable = db.PlansIn(caller.Scope).Any(p => p.Id == c.PlanId),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new CampaignListItem(
                r.Code,
                r.Title,
                r.Plan,
                r.UnitCode,
                r.Kind,
                texts[$"Campaign.Kind.{r.Kind}"],
                r.StartDate,
                r.EndDate,
                r.Quotas,
                !r.Writable
            )),
        ];
    }
}
