using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Texts;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.ReadCampaigns;

/// <summary>A landed campaign quota explained as an obligation is (<c>Explain.*</c> texts where they fit): read
/// through the campaign and quota queries, so the caller's scope holds.</summary>
internal sealed class ExplainCampaignQuotaHandler(
    PlansDbContext db,
    IMediator mediator,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<ExplainCampaignQuotaQuery, CampaignQuotaExplanation>
{
    public async Task<CampaignQuotaExplanation> Handle(ExplainCampaignQuotaQuery request, CancellationToken ct)
    {
        var campaign = await mediator.Send(new GetCampaignQuery(request.Code), ct);
        var quota = (await mediator.Send(new GetCampaignQuotasQuery(campaign.Code, request.UnitCode), ct))
                .SingleOrDefault(q => q.UnitCode == request.UnitCode && q.QuotaCode == request.QuotaCode)
            ?? throw new NotFoundException(texts["CampaignQuota.NotLanded", request.QuotaCode, request.UnitCode,
                campaign.Code]);
        var definition = campaign.Quotas.Single(q => q.Code == quota.QuotaCode);
        var row = await db.CampaignUnitQuotas.AsNoTracking()
            .Where(r => db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == campaign.Code)
                && db.Set<CampaignQuota>().Any(d => d.Id == r.QuotaId && d.Code == quota.QuotaCode)
                && r.UnitCode == quota.UnitCode)
            .Select(r => new
            {
                r.RuleVersion, r.DenominatorValue, r.DenominatorYear,
                Rebase = db.CampaignRebases.Where(b => b.QuotaId == r.QuotaId && b.ProvinceId == r.UnitId)
                    .Select(b => new { b.Level, b.Reason, b.RebasedBy, b.RebasedAtUtc })
                    .FirstOrDefault(),
            })
            .SingleAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        string Level(UnitLevel level) => T($"Campaign.Level.{level}");
        string Rate(double rate) => rate.ToString("0.##", Wording.NumberFormat(culture));
        var measure = T($"CampaignMeasure.{quota.Measure}");
        var steps = new List<string>
        {
            T("CampaignExplain.Structure", Wording.Date(campaign.StructureOn)) + (campaign.StructureNote is { } note
                ? " " + note
                : string.Empty),
            definition.Basis == CampaignQuotaBasis.PerUnit
                ? T("CampaignExplain.PerUnit", definition.Code, measure, Rate(definition.RateFloor),
                    Level(definition.Level), Wording.Date(definition.WindowStart), Wording.Date(definition.WindowEnd))
                : T("CampaignExplain.ShareOfFigure", definition.Code, measure, Rate(definition.RateFloor),
                    definition.Metric, definition.MetricYear, Wording.Date(definition.WindowStart),
                    Wording.Date(definition.WindowEnd)),
        };
        if (row.Rebase is { } rebase)
        {
            steps.Add(T("CampaignExplain.Rebased", rebase.RebasedBy, Level(rebase.Level),
                Wording.Date(DateOnly.FromDateTime(rebase.RebasedAtUtc)), rebase.Reason));
        }

        if (quota.UnitCount is { } count)
        {
            steps.Add(T("CampaignExplain.Counted", Wording.Number(count), Level(quota.BasisLevel), quota.UnitName));
        }

        if (row.DenominatorValue is { } value)
        {
            steps.Add(T("CampaignExplain.Figure", definition.Metric, quota.UnitName, Wording.Number(value),
                row.DenominatorYear));
        }

        steps.Add(CascadeRules.Find(quota.RuleName) is { } rule
            ? T("Explain.Rule", quota.RuleName, row.RuleVersion,
                Languages.IsEnglish(culture) ? rule.DescriptionEn : rule.DescriptionVi, rule.File)
            : T("Explain.RuleOutsideTheSet", quota.RuleName, row.RuleVersion));
        var range = Wording.Range(quota.Floor, quota.Stretch, culture);
        steps.Add(quota.MissingData
            ? T("Explain.ResultMissing", quota.MissingReason)
            : T("Explain.Result", range, measure.ToLower(culture)));
        var summary = quota.MissingData
            ? T("CampaignExplain.SummaryMissing", quota.UnitName, quota.QuotaCode, campaign.Title, quota.MissingReason)
            : T("CampaignExplain.Summary", quota.UnitName, range, measure.ToLower(culture), campaign.Title,
                Wording.Date(quota.WindowStart), Wording.Date(quota.WindowEnd));
        return new CampaignQuotaExplanation(summary, steps, quota);
    }
}
