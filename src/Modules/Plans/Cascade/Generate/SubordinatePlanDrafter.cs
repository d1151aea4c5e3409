using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;
using Platform.Plans.PlanBook.Reporting;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Drafts the text of a subordinate plan from its parent: the parent's audiences and the content and forms of its
/// tasks, with the agencies, themes and report recipient of the unit's own level (<see cref="Wording"/>), and the
/// yearly report deadline its national plan's <see cref="ReportingSchedule"/> states for the unit's level (none where
/// it states none).
/// </summary>
internal static class SubordinatePlanDrafter
{
    public static string CodeFor(CascadeUnit unit, IPlanHeader parent) =>
        $"{unit.Code}-{parent.StartYear}-{parent.EndYear}";

    /// <summary>The code of a unit version whose plain code another version's plan holds: the date the version came
    /// into force follows it ("75-2024-2028-20250701").</summary>
    public static string VersionedCodeFor(CascadeUnit unit, IPlanHeader parent) =>
        $"{CodeFor(unit, parent)}-{unit.ValidFrom:yyyyMMdd}";

    public static Plan Draft(
        string code,
        Plan parent,
        CascadeUnit parentUnit,
        CascadeUnit unit,
        ReportingSchedule? schedule,
        string by,
        DateTime now
    )
    {
        var place = Place.Of(unit.Name, parentUnit.Level == UnitLevel.Nation ? null : parentUnit.Name);
        var themes = Wording.ListOf(unit.Level, "Theme", place);
        return new Plan
        {
            Code = code,
            Title = Wording.Get(
                "Plan.Title",
                Wording.Vietnamese,
                Place.InText(unit.Name),
                parent.StartYear,
                parent.EndYear
            ),
            UnitId = unit.Id,
            UnitCode = unit.Code,
            StartYear = parent.StartYear,
            EndYear = parent.EndYear,
            ParentPlanId = parent.Id,
            Path = $"{parent.Path}{code}/",
            Status = PlanStatus.Draft,
            AudienceGroups = [.. parent.AudienceGroups],
            // The level's own themes for the plans of the law in force since 2025 (001_…); earlier plans keep the
            // parent's.
            Themes = parent.StartYear >= 2026 && themes.Count > 0 ? [.. themes] : [.. parent.Themes],
            Tasks = parent.Tasks.Select((t, i) => Adapt(t, i + 1, unit.Level, place)).ToList(),
            Deadlines = Deadline(schedule, unit.Level, parentUnit.Level, place) is { } deadline ? [deadline] : [],
            History =
            [
                new StatusChange
                {
                    From = PlanStatus.Draft,
                    To = PlanStatus.Draft,
                    By = by,
                    AtUtc = now,
                    Note = Wording.Get("Plan.GeneratedFrom", Wording.Vietnamese, parent.Code),
                },
            ],
            CreatedAtUtc = now,
        };
    }

    /// <summary>The parent's task <paramref name="number"/> as the unit's level carries it out: its lead and its
    /// partners.</summary>
    private static PlanTask Adapt(PlanTask task, int number, UnitLevel level, Place place) => new()
    {
        Audience = task.Audience,
        Content = task.Content,
        Forms = [.. task.Forms],
        Responsible = Wording.FindOf(level, $"Task.{number}.Responsible", place) ?? Wording.Of(level, "Lead", place),
        Cooperating = [.. Wording.SplitOf(level, $"Task.{number}.Cooperating", place)],
    };

    /// <summary>
    /// The unit's yearly report: a province reports to the ministry on the schedule's provincial date (its planner may
    /// set another on the plan); a unit below reports to its parent's People's Committee on the schedule's date for
    /// units below a province. None where the schedule states no date.
    /// </summary>
    private static ReportingDeadline? Deadline(
        ReportingSchedule? schedule,
        UnitLevel level,
        UnitLevel parentLevel,
        Place place
    )
    {
        var (due, recipient) = parentLevel switch
        {
            UnitLevel.Nation => (schedule?.Province, schedule?.ProvinceRecipient),
            UnitLevel.District => (schedule?.BelowProvince, Wording.Of(level, "ReportRecipientUnderDistrict", place)),
            _ => (schedule?.BelowProvince, Wording.Of(level, "ReportRecipient", place)),
        };
        return due is { } date && recipient is not null
            ? new ReportingDeadline
            {
                Title = ReportingSchedule.Title,
                Recipient = recipient,
                DueMonth = date.Month,
                DueDay = date.Day,
            }
            : null;
    }
}
