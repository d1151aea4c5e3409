namespace Platform.Plans.Contracts.ReadModels;

// The campaign sets of the feed (issue 18), read from the campaign tables whole and kept in memory like the other
// Plans sets (PlansFeed): flat rows with codes and Vietnamese names as columns, so Excel and Power BI need no $expand.
// ProvinceCode is the province of the row's unit (itself for a province, null for the nation).

/// <summary>
/// A campaign (<c>Campaigns</c>): its plan, its unit, its kind, its dates and the structure date its quotas land on;
/// themes and messages joined by new lines, audiences and forms as their vocabulary codes joined by commas.
/// </summary>
public sealed class CampaignRow
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string PlanCode { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string Level { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string Kind { get; set; } = "";

    public string KindName { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateOnly StructureOn { get; set; }

    public string Themes { get; set; } = "";

    public string Messages { get; set; } = "";

    public string Audiences { get; set; } = "";

    public string Forms { get; set; } = "";

    public int Quotas { get; set; }

    public string? Note { get; set; }

    public string? Source { get; set; }
}

/// <summary>
/// What one campaign quota asks of one unit as it was landed (<c>CampaignQuotas</c>): the count over
/// <see cref="UnitCount"/> units of <see cref="BasisLevel"/>, or missing data with the reason, the rule, the window,
/// and on a province whose planner chose another basis, why.
/// </summary>
public sealed class CampaignQuotaRow
{
    public int Id { get; set; }

    public string CampaignCode { get; set; } = "";

    public string QuotaCode { get; set; } = "";

    public string Measure { get; set; } = "";

    public string MeasureName { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string Level { get; set; } = "";

    public string ParentUnitCode { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string BasisLevel { get; set; } = "";

    public int? UnitCount { get; set; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }

    public string? MissingReason { get; set; }

    public string RuleName { get; set; } = "";

    public string RuleVersion { get; set; } = "";

    public DateOnly WindowStart { get; set; }

    public DateOnly WindowEnd { get; set; }

    public string? RebaseReason { get; set; }
}
