namespace Platform.Monitoring.Contracts.ReadModels;

// Flat, report-friendly rows for the OData sets ActivityReports, IndicatorActuals, Progress and ReportingDeadlines
// (codes as columns, no navigation), so Excel and Power BI need no $expand. Public because the feed's EDM model and
// MVC see them (docs/odata.md); served by OData/MonitoringODataController.
// Init-only properties rather than positional records: EF Core translates $filter/$orderby over a member-init
// projection into SQL, not over a constructor call, and OData's model builder wants properties anyway.
// ProvinceCode is the province of the row's unit (itself for a province, null for the nation): the feed holds every
// set to the caller's scope by unit and province.

public sealed record ActivityReportRow
{
    public int Id { get; init; }

    public required string UnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public DateOnly Date { get; init; }

    public int Year { get; init; }

    public required string Kind { get; init; }

    public string? IndicatorCode { get; init; }

    public required string AudienceGroup { get; init; }

    public required string CommunicationForm { get; init; }

    public long Count { get; init; }

    public long? Participants { get; init; }

    public string? Notes { get; init; }

    /// <summary>The campaign the activity was held under, if any.</summary>
    public string? CampaignCode { get; init; }
}

public sealed record IndicatorActualRow
{
    /// <summary>Year × 1,000,000 + the row's place in the year's rows ordered by unit and indicator code (stable while
    /// the data is).</summary>
    public int Id { get; init; }

    public required string UnitCode { get; init; }

    public string? Level { get; init; }

    public string? ParentUnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public int Year { get; init; }

    public required string IndicatorCode { get; init; }

    public long Value { get; init; }

    public long? Denominator { get; init; }

    public double? Percent { get; init; }

    public bool Reported { get; init; }

    public DateOnly AsOf { get; init; }
}

/// <summary>
/// An actual of a year read on a unit in force today (ADR 0019): the year's figures of old units carried onto their
/// successors, so 2021–2024 can be charted by the 34 provinces. <see cref="Method"/> is <c>Direct</c>, <c>Sum</c> or
/// <c>EqualSplit</c> (an estimate: <see cref="Exact"/> false).
/// </summary>
public sealed record IndicatorActualOnUnitRow
{
    /// <summary>Year × 1,000,000 + the row's place in the year's rows ordered by unit and indicator code (stable while
    /// the data is).</summary>
    public int Id { get; init; }

    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public required string Level { get; init; }

    public string? ProvinceCode { get; init; }

    public int Year { get; init; }

    public required string IndicatorCode { get; init; }

    public long Value { get; init; }

    public long? Denominator { get; init; }

    public double? Percent { get; init; }

    public required string Method { get; init; }

    public bool Exact { get; init; }

    public int Predecessors { get; init; }

    public DateOnly AsOf { get; init; }

    public DateOnly OnUnitsAt { get; init; }
}

public sealed record ProgressReadRow
{
    public int ObligationId { get; init; }

    public required string PlanCode { get; init; }

    public required string UnitCode { get; init; }

    public required string Level { get; init; }

    public string? ParentUnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public int Year { get; init; }

    public required string IndicatorCode { get; init; }

    public long? Floor { get; init; }

    public long? Stretch { get; init; }

    public long Actual { get; init; }

    public double? ActualPercent { get; init; }

    public double ElapsedShare { get; init; }

    public double? Expected { get; init; }

    public bool StretchAchieved { get; init; }

    public required string Status { get; init; }

    public DateOnly AsOf { get; init; }
}

public sealed record ReportingDeadlineRow
{
    /// <summary>Year × 1,000,000 + the row's place in the year's rows ordered by plan code (stable while the data
    /// is).</summary>
    public int Id { get; init; }

    public required string PlanCode { get; init; }

    public required string UnitCode { get; init; }

    public required string Level { get; init; }

    public string? ProvinceCode { get; init; }

    public int Year { get; init; }

    public required string Title { get; init; }

    public required string Recipient { get; init; }

    public DateOnly Due { get; init; }

    public DateOnly? SubmittedOn { get; init; }

    public required string Status { get; init; }

    public int DaysLate { get; init; }

    public DateOnly AsOf { get; init; }
}

/// <summary>
/// One quota of one unit under a campaign (<c>CampaignProgress</c>), against what the unit and the units below it did
/// inside the quota's window as of <see cref="AsOf"/>; <see cref="Activities"/> and <see cref="Reached"/> are the
/// unit's totals inside the campaign's dates, the same on each of its quotas' rows.
/// </summary>
public sealed record CampaignProgressRow
{
    /// <summary>The row's place among the set's rows ordered by campaign, unit and quota code (stable while the data
    /// is).</summary>
    public int Id { get; init; }

    public required string CampaignCode { get; init; }

    public required string QuotaCode { get; init; }

    public required string Measure { get; init; }

    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public required string Level { get; init; }

    public string? ParentUnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public DateOnly WindowStart { get; init; }

    public DateOnly WindowEnd { get; init; }

    public long? Floor { get; init; }

    public long? Stretch { get; init; }

    public bool MissingData { get; init; }

    public long Actual { get; init; }

    public long NotCounted { get; init; }

    public double ElapsedShare { get; init; }

    public double? Expected { get; init; }

    public required string Status { get; init; }

    public long Activities { get; init; }

    public long Reached { get; init; }

    public DateOnly AsOf { get; init; }
}
