using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Campaigns;
using Platform.Plans.Cascade;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Catalogue;
using Platform.Plans.OData;
using Platform.Plans.Obligations;
using Platform.Plans.Obligations.Explain;
using Platform.Plans.Obligations.Override;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ChangeStatus;
using Platform.Plans.PlanBook.Documents;
using Platform.Plans.PlanBook.MissingData;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.PlanBook.Reporting;
using Platform.Plans.PlanBook.YearPlans;
using Platform.Plans.Statistics;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Statistics.OnUnits;
using Platform.Plans.Units.ImportUnits;
using Platform.Plans.Units.Lineage;
using Platform.Plans.Units.Lineage.ImportLineage;
using Platform.Plans.Units.ReadUnits;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans;

/// <summary>The Plans module's one public entry: administrative units, statistics, plans and the cascade.</summary>
public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlansDbContext, PlansPostgreSqlDbContext>(
            configuration,
            PlansDbContext.HistoryTable
        );
        services.AddHandlersFrom(typeof(PlansModule).Assembly);
        services.AddScoped<IModuleInitializer, PlansInitializer>();
        services.AddSingleton<CascadeCalculator>();
        services.AddSingleton<ReportingSchedules>();
        services.AddSingleton<SharedCascadeRuns>();
        services.AddSingleton<CascadeRunLog>();
        services.AddScoped<CascadeRuns>();
        services.AddScoped<CampaignCascade>();
        services.AddScoped<UnitTreeCache>();
        services.AddODataSets<PlansODataModel>();
        services.AddScoped<OData.PlansFeed>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        // A unit's routes under /api/units (GET needs the read policy, anything else WriteRegister); the statistics
        // read on today's units and their imports under /api/statistics, each with its own policy.
        var units = app.MapGroup("/api/units").WithTags("Administrative units")
            .RequireReadOrWrite(PlatformPolicies.WriteRegister);
        units.MapImportUnits();
        units.MapImportLineage();
        units.MapReadUnits();
        units.MapUnitStatistics();
        units.MapUnitLineage();
        app.MapStatisticsOnUnits();
        app.MapImportStatistics();

        // Each use case maps its routes from its own folder. Under both groups a GET needs the read policy and
        // anything else WritePlans; a single plan or obligation answers with its version as a strong ETag.
        var plans = app.MapGroup("/api/plans").WithTags("Plans").RequireReadOrWrite(PlatformPolicies.WritePlans);
        plans.MapReadPlans();
        plans.MapPlanObligations();
        plans.MapMissingData();
        plans.MapGenerateSubordinatePlans();
        plans.MapPlanDocument();
        plans.MapDraftYearPlan();
        plans.MapChangePlanStatus();
        plans.MapSetReportDate();
        var obligations = app.MapGroup("/api/obligations").WithTags("Obligations")
            .RequireReadOrWrite(PlatformPolicies.WritePlans);
        obligations.MapReadObligation();
        obligations.MapExplainObligation();
        obligations.MapOverrideObligation();
        app.MapCampaigns();
        app.MapCascadeRuns();
        app.MapRules();
        app.MapIndicators();
        // The export's own file belongs to the feed's read path; its description is given here, on a group around it.
        var export = app.MapGroup(string.Empty);
        export.MapObligationExport();
        export.Describe("Export every obligation", "Every obligation row in the caller's scope as one streamed JSON "
            + "array in Id order, the rows of the OData set Obligations.")
            .ProducesProblems(Status401Unauthorized, Status403Forbidden);
        return app;
    }
}
