using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Documents;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.Brief;

/// <summary>
/// Reads what a unit's campaign brief needs through the campaign queries (the campaign as the caller may read it, the
/// quotas landed on the unit and the units below it in the caller's scope) and writes it. A campaign briefs its own
/// unit, the units it landed on and, without quotas, the units of its area in the caller's scope.
/// </summary>
internal sealed class CampaignBriefHandler(
    PlansDbContext db,
    IMediator mediator,
    ICurrentCaller caller,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<GetCampaignBriefQuery, PlanDocumentFile>
{
    public async Task<PlanDocumentFile> Handle(GetCampaignBriefQuery request, CancellationToken ct)
    {
        var campaign = await mediator.Send(new GetCampaignQuery(request.Code), ct);
        var code = string.IsNullOrWhiteSpace(request.UnitCode) ? campaign.UnitCode : request.UnitCode.Trim();
        var quotas = await mediator.Send(new GetCampaignQuotasQuery(campaign.Code, code), ct);
        var on = campaign.StructureOn;
        var unit = await db.UnitRows.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Code == code && u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => new { u.Id, u.Name, u.Level, u.ParentName, u.ProvinceCode })
            .FirstOrDefaultAsync(ct);
        var landed = quotas.Any(q => q.UnitCode == code);
        // The campaign's own unit always (the nation has no landed row of its own: its quotas are its provinces');
        // else a unit it landed on, or, for a campaign without quotas, a unit of its area in the caller's scope.
        var briefed = unit is not null && (code == campaign.UnitCode || (campaign.Quotas.Count > 0
            ? landed
            : await db.UnitIdsIn(caller.Scope).ContainsAsync(unit.Id, ct)
                && (campaign.UnitCode == NationalUnit.Code || campaign.UnitCode == unit.ProvinceCode)));
        if (!briefed)
        {
            throw new NotFoundException(texts["CampaignBrief.NoUnit", code, campaign.Code]);
        }

        var source = new CampaignBriefSource(
            campaign,
            unit!.Name,
            Enum.Parse<UnitLevel>(unit.Level),
            unit.ParentName,
            [.. quotas.Where(q => q.UnitCode == code)],
            [.. quotas.Where(q => q.ParentUnitCode == code)]
        );
        var document = CampaignBriefComposer.Compose(source, CultureInfo.CurrentUICulture);
        return new PlanDocumentFile(
            $"chien-dich-{campaign.Code}-{code}.docx",
            AdministrativeDocumentWriter.ToBytes(document)
        );
    }
}

/// <summary>What a brief says: the campaign, the unit it is for, its quotas there and those of the units
/// below.</summary>
internal sealed record CampaignBriefSource(
    CampaignView Campaign,
    string UnitName,
    UnitLevel Level,
    string? ParentName,
    IReadOnlyList<CampaignUnitQuotaView> Own,
    IReadOnlyList<CampaignUnitQuotaView> Below
);
