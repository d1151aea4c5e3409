using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Drafts the text of a subordinate plan from its parent: the parent's audiences and the content and forms of its tasks,
/// with the agencies, themes and report recipient of the unit's own level (<see cref="Wording"/>), and earlier deadlines.
/// </summary>
internal static class SubordinatePlanDrafter
{
    public static string CodeFor(CascadeUnit unit, Plan parent) => $"{unit.Code}-{parent.StartYear}-{parent.EndYear}";

    /// <summary>The code of a unit version whose plain code another version's plan holds: the date the version came into force follows it ("75-2024-2028-20250701").</summary>
    public static string VersionedCodeFor(CascadeUnit unit, Plan parent) => $"{CodeFor(unit, parent)}-{unit.ValidFrom:yyyyMMdd}";

    public static Plan Draft(string code, Plan parent, CascadeUnit parentUnit, CascadeUnit unit, int offsetDays, int childOffsetDays, string by, DateTime now)
    {
        var place = Place.Of(unit.Name, parentUnit.Level == UnitLevel.Nation ? null : parentUnit.Name);
        var themes = Wording.ListOf(unit.Level, "Theme", place);
        return new Plan
        {
            Code = code,
            Title = Wording.Get("Plan.Title", Wording.Vietnamese, Place.InText(unit.Name), parent.StartYear, parent.EndYear),
            UnitId = unit.Id,
            UnitCode = unit.Code,
            StartYear = parent.StartYear,
            EndYear = parent.EndYear,
            ParentPlanId = parent.Id,
            Path = $"{parent.Path}{code}/",
            Status = PlanStatus.Draft,
            SubordinateReportOffsetDays = childOffsetDays,
            AudienceGroups = [.. parent.AudienceGroups],
            // The level's own themes for the plans of the law in force since 2025 (001_…); earlier plans keep the parent's.
            Themes = parent.StartYear >= 2026 && themes.Count > 0 ? [.. themes] : [.. parent.Themes],
            Tasks = parent.Tasks.Select((t, i) => Adapt(t, i + 1, unit.Level, place)).ToList(),
            Deadlines = parent.Deadlines.Select(d => Earlier(d, offsetDays, unit.Level, parentUnit.Level, place)).ToList(),
            History = [new StatusChange { From = PlanStatus.Draft, To = PlanStatus.Draft, By = by, AtUtc = now, Note = Wording.Get("Plan.GeneratedFrom", Wording.Vietnamese, parent.Code) }],
            CreatedAtUtc = now,
        };
    }

    /// <summary>The parent's task <paramref name="number"/> as the unit's level carries it out: its lead and its partners.</summary>
    private static PlanTask Adapt(PlanTask task, int number, UnitLevel level, Place place) => new()
    {
        Audience = task.Audience,
        Content = task.Content,
        Forms = [.. task.Forms],
        Responsible = Wording.FindOf(level, $"Task.{number}.Responsible", place) ?? Wording.Of(level, "Lead", place),
        Cooperating = [.. Wording.SplitOf(level, $"Task.{number}.Cooperating", place)],
    };

    /// <summary>
    /// The same report, due <paramref name="offsetDays"/> days before the parent's: a province reports where the nation
    /// does; a unit below reports to its parent's People's Committee.
    /// </summary>
    private static ReportingDeadline Earlier(ReportingDeadline deadline, int offsetDays, UnitLevel level, UnitLevel parentLevel, Place place)
    {
        var due = new DateOnly(2001, deadline.DueMonth, deadline.DueDay).AddDays(-offsetDays);
        var recipient = parentLevel switch
        {
            UnitLevel.Nation => deadline.Recipient,
            UnitLevel.District => Wording.Of(level, "ReportRecipientUnderDistrict", place),
            _ => Wording.Of(level, "ReportRecipient", place),
        };
        return new ReportingDeadline { Title = deadline.Title, Recipient = recipient, DueMonth = due.Month, DueDay = due.Day };
    }
}
