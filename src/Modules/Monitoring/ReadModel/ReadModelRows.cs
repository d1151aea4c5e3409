namespace Platform.Monitoring.ReadModel;

// Flat, report-friendly rows for the OData sets ActivityReports, IndicatorActuals, Progress and ReportingDeadlines
// (codes and names as columns, no navigation), so Excel and Power BI need no $expand. Exposed by the OData issue.

internal sealed record ActivityReportRow(
    int Id, string UnitCode, DateOnly Date, int Year, string Kind, string? IndicatorCode, string AudienceGroup,
    string CommunicationForm, long Count, long? Participants, string? Notes);

internal sealed record IndicatorActualRow(
    string UnitCode, string? Level, string? ParentUnitCode, int Year, string IndicatorCode, long Value, long? Denominator,
    double? Percent, bool Reported, DateOnly AsOf);

internal sealed record ProgressReadRow(
    int ObligationId, string PlanCode, string UnitCode, string Level, string? ParentUnitCode, int Year, string IndicatorCode,
    long? Floor, long? Stretch, long Actual, double? ActualPercent, double ElapsedShare, double? Expected, bool StretchAchieved,
    string Status, DateOnly AsOf);

internal sealed record ReportingDeadlineRow(
    string PlanCode, string UnitCode, string Level, int Year, string Title, string Recipient, DateOnly Due, DateOnly? SubmittedOn,
    string Status, int DaysLate, DateOnly AsOf);
