using MediatR;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Plans.OData;

/// <summary>
/// System-level, whoever asks (see <see cref="GetLandedCampaignsQuery"/>): read from the feed's campaign rows, kept
/// while the module does not change, so the feed's progress set and this answer come from the same rows.
/// </summary>
internal sealed class LandedCampaignsHandler(PlansFeed feed)
    : IRequestHandler<GetLandedCampaignsQuery, IReadOnlyList<LandedCampaign>>
{
    public async Task<IReadOnlyList<LandedCampaign>> Handle(GetLandedCampaignsQuery request, CancellationToken ct)
    {
        var quotas = (await feed.CampaignQuotasAsync(ct)).ToLookup(q => q.CampaignCode, StringComparer.Ordinal);
        return
        [
            .. (await feed.CampaignsAsync(ct))
                .Where(c => quotas.Contains(c.Code))
                .Select(c =>
                {
                    var rows = quotas[c.Code].OrderBy(q => q.QuotaCode, StringComparer.Ordinal).ThenBy(q => q.Id)
                        .ToList();
                    return new LandedCampaign(
                        c.Code,
                        c.StartDate,
                        c.EndDate,
                        c.StructureOn,
                        [.. rows.Select(View)],
                        rows.GroupBy(q => q.UnitCode, StringComparer.Ordinal)
                            .ToDictionary(g => g.Key, g => g.First().ProvinceCode, StringComparer.Ordinal)
                    );
                }),
        ];
    }

    private static CampaignUnitQuotaView View(Contracts.ReadModels.CampaignQuotaRow q) =>
        new(
            q.QuotaCode,
            q.Measure,
            q.UnitCode,
            q.UnitName,
            Enum.Parse<UnitLevel>(q.Level),
            q.ParentUnitCode,
            Enum.Parse<UnitLevel>(q.BasisLevel),
            q.UnitCount,
            q.Floor,
            q.Stretch,
            q.MissingData,
            q.MissingReason,
            q.RuleName,
            q.WindowStart,
            q.WindowEnd,
            q.RebaseReason
        );
}
