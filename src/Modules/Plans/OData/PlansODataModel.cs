using Microsoft.OData.ModelBuilder;
using Platform.Feed;
using Platform.Plans.Contracts.ReadModels;

namespace Platform.Plans.OData;

/// <summary>The Plans module's entity sets in the feed; EDM type names drop the CLR "Row" suffix.</summary>
internal sealed class PlansODataModel : IODataModelContributor
{
    public const string Namespace = "Platform";

    public void Contribute(ODataConventionModelBuilder builder)
    {
        Set<AdministrativeUnitRow>(builder, PlansODataController.AdministrativeUnits, "AdministrativeUnit");
        Set<UnitStatisticRow>(builder, PlansODataController.UnitStatistics, "UnitStatistic");
        Set<UnitLineageRow>(builder, PlansODataController.UnitLineage, "UnitLineage");
        Set<StatisticOnUnitRow>(builder, PlansODataController.UnitStatisticsOnUnits, "UnitStatisticOnUnit")
            .EntityType.HasKey(s => s.Key);
        Set<IndicatorRow>(builder, PlansODataController.Indicators, "Indicator").EntityType.HasKey(i => i.Code);
        Set<RuleRow>(builder, PlansODataController.Rules, "Rule").EntityType.HasKey(r => r.Name);
        Set<PlanRow>(builder, PlansODataController.Plans, "Plan");
        Set<TargetRow>(builder, PlansODataController.Targets, "Target");
        Set<ObligationRow>(builder, PlansODataController.Obligations, "Obligation");
        Set<CampaignRow>(builder, PlansODataController.Campaigns, "Campaign");
        Set<CampaignQuotaRow>(builder, PlansODataController.CampaignQuotas, "CampaignQuota");
    }

    private static EntitySetConfiguration<T> Set<T>(ODataConventionModelBuilder builder, string name, string typeName)
        where T : class
    {
        var set = builder.EntitySet<T>(name);
        set.EntityType.Name = typeName;
        set.EntityType.Namespace = Namespace;
        return set;
    }
}
