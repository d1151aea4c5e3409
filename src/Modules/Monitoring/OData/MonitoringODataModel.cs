using Microsoft.OData.ModelBuilder;
using Platform.Feed;
using Platform.Monitoring.Contracts.ReadModels;

namespace Platform.Monitoring.OData;

/// <summary>The Monitoring module's entity sets in the feed; EDM type names drop the CLR "Row" suffix.</summary>
internal sealed class MonitoringODataModel : IODataModelContributor
{
    public const string Namespace = "Platform";

    public void Contribute(ODataConventionModelBuilder builder)
    {
        Set<ActivityReportRow>(builder, MonitoringODataController.ActivityReports, "ActivityReport");
        Set<IndicatorActualRow>(builder, MonitoringODataController.IndicatorActuals, "IndicatorActual");
        Set<IndicatorActualOnUnitRow>(
            builder,
            MonitoringODataController.IndicatorActualsOnUnits,
            "IndicatorActualOnUnit"
        );
        Set<ProgressReadRow>(builder, MonitoringODataController.Progress, "ProgressRow")
            .EntityType.HasKey(p => p.ObligationId);
        Set<ReportingDeadlineRow>(builder, MonitoringODataController.ReportingDeadlines, "ReportingDeadline");
        Set<CampaignProgressRow>(builder, MonitoringODataController.CampaignProgress, "CampaignProgressRow");
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
