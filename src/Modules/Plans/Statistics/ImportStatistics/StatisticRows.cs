using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Texts;
using Platform.Plans.Units;

namespace Platform.Plans.Statistics.ImportStatistics;

/// <summary>A row as the rule accepted it: its strings are the unit's code, the metric's constant and a source
/// shared by every row that names it, so a file of 151,020 rows holds no string of its own per row.</summary>
internal sealed record StatisticLine(int UnitId, string UnitCode, int Year, string Metric, long Value, string Source);

/// <summary>A stored figure, compactly: its id, its value and the index of its source among the distinct
/// ones.</summary>
internal readonly record struct StoredFigure(int Id, long Value, int Source);

/// <summary>
/// The statistics import's row rule and what it looks up: the caller's units by code, the stored figures as a map
/// from a packed key (unit, year, metric) to <see cref="StoredFigure"/>, and the rows already seen (duplicates).
/// </summary>
internal sealed class StatisticRows
{
    private readonly ILookup<string, AdministrativeUnit> units;
    private readonly Dictionary<long, StoredFigure> stored;
    private readonly Dictionary<string, int> sources;
    private readonly Dictionary<long, int> firstRows = [];
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);

    private StatisticRows(
        ILookup<string, AdministrativeUnit> units,
        Dictionary<long, StoredFigure> stored,
        Dictionary<string, int> sources
    ) => (this.units, this.stored, this.sources) = (units, stored, sources);

    public static async Task<StatisticRows> LoadAsync(
        PlansDbContext db,
        UnitScope scope,
        CancellationToken cancellationToken
    )
    {
        var units = (await db.UnitsIn(scope).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(
            u => u.Code,
            StringComparer.Ordinal
        );
        var stored = new Dictionary<long, StoredFigure>();
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var figures = db
            .Statistics.AsNoTracking()
            .Select(s => new { s.Id, s.UnitId, s.Year, s.Metric, s.Value, s.Source })
            .AsAsyncEnumerable();
        await foreach (var s in figures.WithCancellation(cancellationToken))
        {
            var metric = MetricIndex(s.Metric);
            if (metric < 0 || s.Year is < 0 or > 4095)
            {
                continue; // no file can name it: a metric no longer known
            }

            if (!sources.TryGetValue(s.Source, out var source))
            {
                sources[s.Source] = source = sources.Count;
            }

            stored[Key(s.UnitId, s.Year, metric)] = new StoredFigure(s.Id, s.Value, source);
        }

        return new StatisticRows(units, stored, sources);
    }

    public bool Existing(StatisticLine line, out StoredFigure figure) =>
        stored.TryGetValue(Key(line.UnitId, line.Year, MetricIndex(line.Metric)), out figure);

    public bool SameSource(StoredFigure figure, string source) =>
        sources.TryGetValue(source, out var index) && index == figure.Source;

    /// <summary>The row to write, or null when it is in error (reported on <paramref name="errors"/>).</summary>
    public StatisticLine? Read(TabularRow row, ImportErrors errors, IStringLocalizer<PlansTexts> texts)
    {
        var code = row["unit_code"];
        var metricText = row["metric"].ToLowerInvariant();
        var source = row["source"];
        var valid = true;
        if (
            !int.TryParse(row["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1945 or > 2100
        )
        {
            errors.Add(row, texts["Import.Statistics.YearInvalid", row["year"]]);
            valid = false;
        }

        var metric = MetricIndex(metricText);
        if (metric < 0)
        {
            errors.Add(
                row,
                texts["Import.Statistics.UnknownMetric", row["metric"], string.Join(", ", StatisticMetrics.All)]
            );
            valid = false;
        }

        if (!long.TryParse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(row, texts["Import.Statistics.ValueInvalid", row["value"]]);
            valid = false;
        }

        if (source.Length == 0 || source.Length > 500)
        {
            errors.Add(row, texts["Import.Statistics.SourceRequired"]);
            valid = false;
        }

        // The version of the code in force at the end of the year, else at its start (a structure changed that year).
        var unit = valid
            ? units[code].FirstOrDefault(u => u.IsValidOn(new DateOnly(year, 12, 31)))
                ?? units[code].FirstOrDefault(u => u.IsValidOn(new DateOnly(year, 1, 1)))
            : null;
        if (valid && unit is null)
        {
            errors.Add(row, units[code].Any()
                ? texts["Import.Statistics.UnitNotInForce", code, year]
                : texts["Import.Statistics.UnknownUnit", code]);
            valid = false;
        }

        if (!valid)
        {
            return null;
        }

        var key = Key(unit!.Id, year, metric);
        if (!firstRows.TryAdd(key, row.Number))
        {
            errors.Add(
                row,
                texts["Import.Statistics.Duplicate", row["metric"], row["unit_code"], year, firstRows[key]]
            );
            return null;
        }

        return new StatisticLine(unit.Id, unit.Code, year, StatisticMetrics.All[metric], value, Shared(source));
    }

    /// <summary>One instance of each distinct source: a file repeats its few sources on every row.</summary>
    private string Shared(string source)
    {
        if (!shared.TryGetValue(source, out var instance))
        {
            shared[source] = instance = source;
        }

        return instance;
    }

    private static int MetricIndex(string metric)
    {
        for (var i = 0; i < StatisticMetrics.All.Count; i++)
        {
            if (string.Equals(StatisticMetrics.All[i], metric, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Unit id, year (below 4,096) and metric index (below 16) in one number.</summary>
    private static long Key(int unitId, int year, int metric) => ((long)unitId << 16) | (uint)((year << 4) | metric);
}
