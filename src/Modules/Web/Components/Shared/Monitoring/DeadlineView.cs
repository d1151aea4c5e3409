using Microsoft.Extensions.Localization;
using Platform.Monitoring.Contracts;
using Platform.Web.Texts;

namespace Platform.Web.Components.Shared.Monitoring;

/// <summary>How a reporting deadline's status reads and stands out: the late ones highlighted, always with
/// words.</summary>
internal static class DeadlineView
{
    public static string Symbol(DeadlineStatus status) => status switch
    {
        DeadlineStatus.SubmittedOnTime => "✓",
        DeadlineStatus.SubmittedLate => "✓!",
        DeadlineStatus.Overdue => "!",
        _ => "…",
    };

    public static string Text(IStringLocalizer<WebTexts> texts, DeadlineRow row) => row.Status switch
    {
        DeadlineStatus.Overdue => texts["YearlyReport.Status.Overdue", row.DaysLate],
        DeadlineStatus.SubmittedLate => texts["YearlyReport.Status.SubmittedLate", row.DaysLate],
        _ => texts[$"YearlyReport.Status.{row.Status}"],
    };

    public static string RowClass(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Overdue => "row-overdue",
        DeadlineStatus.SubmittedLate => "row-late",
        _ => "",
    };
}
