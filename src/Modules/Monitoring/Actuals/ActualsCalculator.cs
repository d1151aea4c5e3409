using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Actuals;

/// <summary>
/// Actuals of every unit for a year as of a date, in a handful of grouped queries and one pass up the hierarchy:
/// <list type="bullet">
/// <item>activities: the counts of the activities dated up to <c>asOf</c>, summed per unit and kind, feed the kind's
/// indicators;</item>
/// <item>training: completed classes (ended by <c>asOf</c>) count as classes of their unit, distinct trainees as people
/// of theirs;</item>
/// <item>GRASSROOTS_CONF: a commune with at least one grassroots conference counts 1, however many it held;</item>
/// <item>UNITS_WITH_PLAN: a commune with a plan of its own covering the year (Plans says which) counts 1, so a
/// province's figure is the number of its communes with a plan, as its obligation (100% of its communes) counts
/// them;</item>
/// <item>roll-up: a unit's figure is its own plus its subordinates' (numerators and denominators summed, percent
/// recomputed);</item>
/// <item>a directly reported value (reported on or before <c>asOf</c>) measures the unit as a whole and stands for it
/// instead.</item>
/// </list>
/// </summary>
internal sealed class ActualsCalculator(MonitoringDbContext db, IMediator sender)
{
    /// <summary>
    /// The units of a year and their parents: first as the obligations of that year place them (the structure the
    /// plan cascaded over), then the units of the year (<see cref="GetUnitTreeQuery.OfYear"/>), for units without
    /// obligations.
    /// </summary>
    public async Task<UnitTree> HierarchyAsync(int year, CancellationToken cancellationToken)
    {
        var placed = await db.Obligations.AsNoTracking().Where(o => o.Year == year)
            .Select(o => new { o.UnitCode, o.Level, o.ParentUnitCode }).Distinct().ToListAsync(cancellationToken);
        var units = await sender.Send(GetUnitTreeQuery.OfYear(year), cancellationToken);
        // Actuals read no names: a unit that only its obligations place is named by its code.
        return new UnitTree(placed.Select(u =>
                new UnitNode(u.UnitCode, units.Find(u.UnitCode)?.Name ?? u.UnitCode, u.Level, u.ParentUnitCode)))
            .With(units.All);
    }

    public async Task<ActualsTable> ComputeAsync(int year, DateOnly asOf, CancellationToken cancellationToken) =>
        await ComputeAsync(year, asOf, await HierarchyAsync(year, cancellationToken), cancellationToken);

    /// <summary>The actuals over a hierarchy already loaded for the year.</summary>
    public async Task<ActualsTable> ComputeAsync(
        int year, DateOnly asOf, UnitTree hierarchy, CancellationToken cancellationToken)
    {

        // Grouped in the order of the covering index (Year, UnitCode, Kind, Date, Count), so SQLite streams the groups.
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Year == year && a.Date <= asOf)
            .GroupBy(a => new { a.UnitCode, a.Kind })
            .Select(g => new ActivityCount(g.Key.UnitCode, g.Key.Kind, g.Sum(a => a.Count)))
            .ToListAsync(cancellationToken);
        var classes = await db.CompletedClasses.AsNoTracking()
            .Where(c => c.Year == year && c.EndDate <= asOf)
            .GroupBy(c => new { c.UnitCode, c.Audience })
            .Select(g => new ClassCount(g.Key.UnitCode, g.Key.Audience, g.Count()))
            .ToListAsync(cancellationToken);
        var trainees = await db.TrainingCompletions.AsNoTracking()
            .Where(c => c.Year == year && c.EndDate <= asOf)
            .Select(c => new { c.UnitCode, c.Audience, c.PersonCode }).Distinct()
            .ToListAsync(cancellationToken);
        var reported = await db.ReportedValues.AsNoTracking()
            .Where(v => v.Year == year && v.ReportedOn <= asOf)
            .Select(v => new ReportedFigure(v.UnitCode, v.IndicatorCode, v.Value, v.Denominator))
            .ToListAsync(cancellationToken);
        var withPlan = await sender.Send(new GetUnitsWithPlanQuery(year), cancellationToken);

        return Assemble(
            year,
            hierarchy,
            activities,
            classes,
            trainees.Select(t => new Trainee(t.UnitCode, t.Audience, t.PersonCode)),
            reported,
            withPlan
        );
    }

    /// <summary>
    /// The actuals at the end of each of the first <paramref name="months"/> months of the year, as
    /// <see cref="ComputeAsync"/> would give them for each month end, from one read: activities counted per month,
    /// the few training and reported figures with their dates. With <paramref name="unitCode"/>, only what that unit's
    /// figures are made of (its own and its subordinates' activities) is read; other units' figures are then partial.
    /// </summary>
    public async Task<IReadOnlyList<ActualsTable>> ComputeMonthEndsAsync(
        int year, int months, string? unitCode, UnitTree hierarchy, CancellationToken cancellationToken)
    {
        if (months == 0)
        {
            return [];
        }

        var activities = db.Activities.AsNoTracking().Where(a => a.Year == year && a.Date.Month <= months);
        if (unitCode is not null && hierarchy.LevelOf(unitCode) == UnitLevel.Commune)
        {
            activities = activities.Where(a => a.UnitCode == unitCode);
        }
        else if (unitCode is not null && hierarchy.ProvinceOf(unitCode) is { } province)
        {
            activities = activities.Where(a => a.ProvinceCode == province);
        }

        var monthly = await activities
            .GroupBy(a => new { a.UnitCode, a.Kind, a.Date.Month })
            .Select(g => new { g.Key.UnitCode, g.Key.Kind, g.Key.Month, Count = g.Sum(a => a.Count) })
            .ToListAsync(cancellationToken);
        var classes = await db
            .CompletedClasses.AsNoTracking()
            .Where(c => c.Year == year)
            .Select(c => new
            {
                c.UnitCode,
                c.Audience,
                c.EndDate,
            })
            .ToListAsync(cancellationToken);
        var trainees = await db
            .TrainingCompletions.AsNoTracking()
            .Where(c => c.Year == year)
            .Select(c => new
            {
                c.UnitCode,
                c.Audience,
                c.PersonCode,
                c.EndDate,
            })
            .ToListAsync(cancellationToken);
        var reported = await db
            .ReportedValues.AsNoTracking()
            .Where(v => v.Year == year)
            .Select(v => new
            {
                Figure = new ReportedFigure(v.UnitCode, v.IndicatorCode, v.Value, v.Denominator),
                v.ReportedOn,
            })
            .ToListAsync(cancellationToken);
        // Whether a unit has a plan is read as it stands now, not as of each month end: a plan carries no date it took
        // effect.
        var withPlan = await sender.Send(new GetUnitsWithPlanQuery(year), cancellationToken);

        var tables = new List<ActualsTable>(months);
        for (var month = 1; month <= months; month++)
        {
            var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            tables.Add(
                Assemble(
                    year,
                    hierarchy,
                    monthly
                        .Where(a => a.Month <= month)
                        .GroupBy(a => (a.UnitCode, a.Kind))
                        .Select(g => new ActivityCount(g.Key.UnitCode, g.Key.Kind, g.Sum(a => a.Count))),
                    classes
                        .Where(c => c.EndDate <= end)
                        .GroupBy(c => (c.UnitCode, c.Audience))
                        .Select(g => new ClassCount(g.Key.UnitCode, g.Key.Audience, g.Count())),
                    trainees
                        .Where(t => t.EndDate <= end)
                        .Select(t => new Trainee(t.UnitCode, t.Audience, t.PersonCode))
                        .Distinct(),
                    reported.Where(r => r.ReportedOn <= end).Select(r => r.Figure),
                    withPlan
                )
            );
        }

        return tables;
    }

    /// <summary>The units' own figures from what was read, then the roll-up.</summary>
    private static ActualsTable Assemble(
        int year,
        UnitTree hierarchy,
        IEnumerable<ActivityCount> activities,
        IEnumerable<ClassCount> classes,
        IEnumerable<Trainee> trainees,
        IEnumerable<ReportedFigure> reported, IEnumerable<string> unitsWithPlan)
    {
        var own = new Dictionary<string, Dictionary<string, Figure>>(StringComparer.Ordinal);
        foreach (var unit in unitsWithPlan.Where(u => hierarchy.LevelOf(u) == UnitLevel.Commune))
        {
            Own(unit, IndicatorCodes.UnitsWithPlan).Value = 1;
        }

        foreach (var row in activities)
        {
            foreach (var indicator in ActivityKinds.Indicators.GetValueOrDefault(row.Kind, []))
            {
                if (indicator == IndicatorCodes.GrassrootsConferences)
                {
                    // Only a commune names the commune it covered; a province's own conference covers none in
                    // particular.
                    if (hierarchy.LevelOf(row.UnitCode) == UnitLevel.Commune)
                    {
                        Own(row.UnitCode, indicator).Value = 1;
                    }
                }
                else
                {
                    Own(row.UnitCode, indicator).Value += row.Count;
                }
            }
        }

        foreach (var row in classes)
        {
            if (TrainingAudiences.For(row.Audience).Classes is { } indicator)
            {
                Own(row.UnitCode, indicator).Value += row.Classes;
            }
        }

        foreach (var group in trainees
            .Select(t => (t.UnitCode, Indicator: TrainingAudiences.For(t.Audience).People, t.PersonCode))
            .Where(t => t.Indicator is not null)
            .GroupBy(t => (t.UnitCode, t.Indicator!)))
        {
            Own(group.Key.UnitCode, group.Key.Item2).Value += group
                .Select(t => t.PersonCode)
                .Distinct(StringComparer.Ordinal)
                .Count();
        }

        foreach (
            var figure in own
                .Values.SelectMany(f => f.Values)
                .Where(f => MonitoredIndicators.Find(f.Indicator)?.Measure == Measure.Percent)
        )
        {
            figure.DenominatorKnown = false;
        }

        var reportedBy = reported.ToDictionary(r => (r.UnitCode, r.IndicatorCode), r => new Figure(r.IndicatorCode)
        {
            Value = r.Value,
            Denominator = r.Denominator ?? 0,
            DenominatorKnown = r.Denominator is not null,
            Reported = true,
        });

        return RollUp(year, hierarchy, own, reportedBy);

        Figure Own(string unit, string indicator)
        {
            if (!own.TryGetValue(unit, out var figures))
            {
                own[unit] = figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            }

            if (!figures.TryGetValue(indicator, out var figure))
            {
                figures[indicator] = figure = new Figure(indicator);
            }

            return figure;
        }
    }

    private static ActualsTable RollUp(
        int year,
        UnitTree hierarchy,
        Dictionary<string, Dictionary<string, Figure>> own,
        Dictionary<(string, string), Figure> reported)
    {
        // Every unit with a figure of its own or reported, and its ancestors, deepest level first.
        var involved = new HashSet<string>(own.Keys.Concat(reported.Keys.Select(k => k.Item1)), StringComparer.Ordinal);
        foreach (var code in involved.ToList())
        {
            for (
                var parent = hierarchy.ParentOf(code);
                parent is not null && involved.Add(parent);
                parent = hierarchy.ParentOf(parent)
            ) { }
        }

        var reportedByUnit = reported
            .GroupBy(r => r.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var subtotals = new Dictionary<string, Dictionary<string, Figure>>(StringComparer.Ordinal);
        var actuals = new List<Actual>();
        foreach (
            var code in involved.OrderByDescending(c => hierarchy.LevelOf(c) is { } level ? (int)level : int.MaxValue)
        )
        {
            var indicators = new Dictionary<string, Figure>(StringComparer.Ordinal);
            foreach (var figure in own.GetValueOrDefault(code)?.Values ?? Enumerable.Empty<Figure>())
            {
                Into(indicators, figure);
            }

            foreach (var figure in subtotals.GetValueOrDefault(code)?.Values ?? Enumerable.Empty<Figure>())
            {
                Into(indicators, figure);
            }

            foreach (var (key, figure) in reportedByUnit.GetValueOrDefault(code) ?? [])
            {
                indicators[key.Item2] = figure;
            }

            var parent = hierarchy.ParentOf(code);
            foreach (var figure in indicators.Values)
            {
                actuals.Add(
                    new Actual(
                        code,
                        hierarchy.LevelOf(code),
                        parent,
                        year,
                        figure.Indicator,
                        figure.Value,
                        figure.DenominatorKnown
                        && MonitoredIndicators.Find(figure.Indicator)?.Measure == Measure.Percent
                            ? figure.Denominator
                            : null,
                        figure.Reported,
                        hierarchy.ProvinceOf(code)
                    )
                );
                if (parent is not null)
                {
                    if (!subtotals.TryGetValue(parent, out var parentFigures))
                    {
                        subtotals[parent] = parentFigures = new Dictionary<string, Figure>(StringComparer.Ordinal);
                    }

                    Into(parentFigures, figure);
                }
            }
        }

        return new ActualsTable(year, actuals, hierarchy.ProvinceOf);
    }

    private static void Into(Dictionary<string, Figure> into, Figure figure)
    {
        if (!into.TryGetValue(figure.Indicator, out var sum))
        {
            into[figure.Indicator] = sum = new Figure(figure.Indicator) { DenominatorKnown = true };
        }

        sum.Value += figure.Value;
        sum.Denominator += figure.Denominator;
        sum.DenominatorKnown &= figure.DenominatorKnown;
    }

    private sealed record ActivityCount(string UnitCode, string Kind, long Count);

    private sealed record ClassCount(string UnitCode, string Audience, int Classes);

    private sealed record Trainee(string UnitCode, string Audience, string PersonCode);

    private sealed record ReportedFigure(string UnitCode, string IndicatorCode, long Value, long? Denominator);

    private sealed class Figure(string indicator)
    {
        public string Indicator { get; } = indicator;

        public long Value { get; set; }

        public long Denominator { get; set; }

        public bool DenominatorKnown { get; set; } = true;

        public bool Reported { get; init; }
    }
}

/// <summary>The actuals of one year, looked up by unit and indicator (absent = nothing reported = 0), with the province
/// of any unit of the year.</summary>
internal sealed class ActualsTable(int year, IReadOnlyList<Actual> all, Func<string, string?> provinceOf)
{
    public string? ProvinceOf(string unitCode) => provinceOf(unitCode);

    private readonly Dictionary<(string, string), Actual> byKey = all.ToDictionary(a => (a.UnitCode, a.IndicatorCode));

    public int Year { get; } = year;

    public IReadOnlyList<Actual> All { get; } = all;

    public Actual? Find(string unitCode, string indicatorCode) => byKey.GetValueOrDefault((unitCode, indicatorCode));
}
