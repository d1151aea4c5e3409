using System.Diagnostics;
using Platform.Plans.Cascade;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;

namespace Platform.Benchmarks;

/// <summary>Floors and stretches by unit id, indicator (index in the catalogue) and year: what the three computations
/// are compared on.</summary>
internal sealed class ObligationTable(int units)
{
    private const long None = long.MinValue;
    private static readonly int Indicators = IndicatorCatalogue.All.Count;
    private static readonly Dictionary<string, int> IndicatorIndex = IndicatorCatalogue
        .All.Select((i, n) => (i.Code, n))
        .ToDictionary(x => x.Code, x => x.n);

    private readonly long[] floors = new long[units * Indicators * NationalData.Years.Length];
    private readonly long[] stretches = new long[units * Indicators * NationalData.Years.Length];
    // 0 absent, 1 computed, 2 missing data
    private readonly byte[] states = new byte[units * Indicators * NationalData.Years.Length];

    public int Count { get; private set; }

    public static int IndexOf(string indicator) => IndicatorIndex[indicator];

    public void Set(int unit, int indicator, int year, long? floor, long? stretch, bool missing)
    {
        var slot = Slot(unit, indicator, year);
        Count += states[slot] == 0 ? 1 : 0;
        states[slot] = missing ? (byte)2 : (byte)1;
        floors[slot] = floor ?? None;
        stretches[slot] = stretch ?? None;
    }

    public long? Floor(int unit, int indicator, int year) => Get(floors, unit, indicator, year);

    public long? Stretch(int unit, int indicator, int year) => Get(stretches, unit, indicator, year);

    public static ObligationTable From(IEnumerable<ObligationDraft> drafts, int units)
    {
        var table = new ObligationTable(units);
        foreach (var d in drafts)
        {
            table.Set(d.Unit.Id, IndexOf(d.IndicatorCode), d.Year, d.Floor, d.Stretch, d.MissingData);
        }

        return table;
    }

    /// <summary>Throws, naming the first differences, unless both tables hold the same obligations with the same
    /// numbers.</summary>
    public void AssertSame(ObligationTable other, string what, Func<int, string> unitCode)
    {
        var differences = new List<string>();
        for (var slot = 0; slot < states.Length && differences.Count < 10; slot++)
        {
            if (
                states[slot] != other.states[slot]
                || floors[slot] != other.floors[slot]
                || stretches[slot] != other.stretches[slot]
            )
            {
                var (unit, rest) = Math.DivRem(slot, Indicators * NationalData.Years.Length);
                var (indicator, year) = Math.DivRem(rest, NationalData.Years.Length);
                differences.Add(
                    $"{unitCode(unit)} {IndicatorCatalogue.All[indicator].Code} {NationalData.Years[year]}: "
                        + $"{Show(this, slot)} vs {Show(other, slot)}"
                );
            }
        }

        if (differences.Count > 0 || Count != other.Count)
        {
            throw new InvalidOperationException(
                $"MISMATCH {what}: {Count} vs {other.Count} obligations; first differences:\n  "
                    + $"{string.Join("\n  ", differences)}"
            );
        }

        static string Show(ObligationTable t, int s) =>
            t.states[s] switch
            {
                0 => "absent",
                2 => "missing data",
                _ => $"{t.floors[s]}/{(t.stretches[s] == None ? "-" : t.stretches[s])}",
            };
    }

    private static int Slot(int unit, int indicator, int year) =>
        (((unit * Indicators) + indicator) * NationalData.Years.Length) + (year - NationalData.Years[0]);

    private long? Get(long[] values, int unit, int indicator, int year) =>
        states[Slot(unit, indicator, year)] == 1 && values[Slot(unit, indicator, year)] is var v && v != None
            ? v
            : null;
}

/// <summary>The national cascade without the database: (a) through the platform's CascadeCalculator and rules, (b) as a
/// plain loop.</summary>
internal static class InMemoryCascade
{
    private const double ClassCapacity = 50.0;

    private static readonly Indicator[] Ordered =
    [
        .. IndicatorCatalogue.All.Where(i => i.BasedOn is null),
        .. IndicatorCatalogue.All.Where(i => i.BasedOn is not null),
    ];

    private static readonly Dictionary<(int, string, int), (long?, long?)> NoOverrides = [];

    /// <summary>Index of each indicator's denominator in <see cref="StatisticMetrics.All"/>, -1 when it has
    /// none.</summary>
    private static readonly int[] MetricOf =
    [
        .. IndicatorCatalogue.All.Select(i =>
            i.DenominatorMetric is { } m ? StatisticMetrics.All.ToList().IndexOf(m) : -1
        ),
    ];

    public static IReadOnlyDictionary<(string, int), ParentValue> NationalTargets() =>
        NationalPlans.Targets2030.ToDictionary(
            t => (t.Indicator, t.Year),
            t => new ParentValue(
                t.Indicator,
                t.Year,
                t.Floor,
                t.Stretch,
                null,
                null,
                $"target of {NationalPlans.To2030} for {t.Year}"
            )
        );

    /// <summary>(a) What the generation handler computes: the provinces from the national targets, then each province's
    /// communes from its obligations.</summary>
    public static List<ObligationDraft> ViaCalculator(
        CascadeCalculator calculator,
        NationalData data,
        IReadOnlyDictionary<(string, int), ParentValue> national
    ) => Walk(calculator.Compute, data, national);

    /// <summary>(a) once more, the phases of each session timed apart and summed over the 35 sessions (the nation's
    /// and each province's). A second walk subscribes to the session's events to time the rules' actions (the
    /// obligations computed and inserted, the inserted facts going through the network); the events cost time
    /// themselves, so that walk is not counted in the phases.</summary>
    public static CascadePhases Phases(
        CascadeCalculator calculator,
        NationalData data,
        IReadOnlyDictionary<(string, int), ParentValue> national
    )
    {
        var phases = new CascadePhases();
        Walk(input =>
        {
            var started = Stopwatch.GetTimestamp();
            var session = calculator.CreateSession();
            var created = Stopwatch.GetTimestamp();
            var run = CascadeCalculator.Insert(session, input);
            var inserted = Stopwatch.GetTimestamp();
            session.Fire();
            var fired = Stopwatch.GetTimestamp();
            var drafts = run.Drafts();
            var read = Stopwatch.GetTimestamp();
            phases.Sessions++;
            phases.Create += Stopwatch.GetElapsedTime(started, created);
            phases.Insert += Stopwatch.GetElapsedTime(created, inserted);
            phases.Fire += Stopwatch.GetElapsedTime(inserted, fired);
            phases.Read += Stopwatch.GetElapsedTime(fired, read);
            phases.Facts += session.Query<object>().AsEnumerable().Count();
            return drafts;
        }, data, national);
        Walk(input =>
        {
            var session = calculator.CreateSession();
            var firing = 0L;
            session.Events.RuleFiringEvent += (_, _) => firing = Stopwatch.GetTimestamp();
            session.Events.RuleFiredEvent += (_, e) =>
            {
                phases.Actions += Stopwatch.GetElapsedTime(firing);
                phases.Firings++;
                var rule = e.Rule.Name;
                phases.ActionsByRule[rule] = phases.ActionsByRule.GetValueOrDefault(rule)
                    + Stopwatch.GetElapsedTime(firing);
            };
            var run = CascadeCalculator.Insert(session, input);
            session.Fire();
            return run.Drafts();
        }, data, national);
        return phases;
    }

    private static List<ObligationDraft> Walk(
        Func<CascadeCalculator.Input, List<ObligationDraft>> compute,
        NationalData data,
        IReadOnlyDictionary<(string, int), ParentValue> national
    )
    {
        int SubordinatesOf(CascadeUnit unit, int year) =>
            data.CommunesOf.TryGetValue(unit.Id, out var communes) ? communes.Count : 0;
        var drafts = compute(
            new CascadeCalculator.Input(
                NationalPlans.To2030,
                NationalData.Years,
                national,
                data.Provinces,
                SubordinatesOf,
                data.Statistics,
                NoOverrides
            )
        );
        var all = new List<ObligationDraft>(drafts);
        foreach (var province in drafts.GroupBy(d => d.Unit))
        {
            if (data.CommunesOf[province.Key.Id] is not { Count: > 0 } communes)
            {
                continue;
            }

            var planCode = $"{province.Key.Code}-2026-2030";
            var values = province.ToDictionary(
                d => (d.IndicatorCode, d.Year),
                d => new ParentValue(
                    d.IndicatorCode,
                    d.Year,
                    d.RateFloor,
                    d.RateStretch,
                    d.MissingData ? null : d.Floor,
                    d.MissingData ? null : d.Stretch,
                    $"obligation of {planCode} for {d.Year}"
                )
            );
            all.AddRange(
                compute(
                    new CascadeCalculator.Input(
                        planCode,
                        NationalData.Years,
                        values,
                        communes,
                        SubordinatesOf,
                        data.Statistics,
                        NoOverrides
                    )
                )
            );
        }

        return all;
    }

    /// <summary>(b) The floor: the same obligations by a direct loop over arrays, with the cascade semantics written
    /// out in C#.</summary>
    public static ObligationTable Direct(NationalData data, IReadOnlyDictionary<(string, int), ParentValue> national)
    {
        var table = new ObligationTable(data.ById.Length);
        var timesCovered = new int[data.ById.Length * IndicatorCatalogue.All.Count];
        var maxCommunes = data.CommunesOf.Values.Max(c => c.Count);
        var keys = new long[maxCommunes];
        var ranked = new int[maxCommunes];
        foreach (var year in NationalData.Years)
        {
            var y = year - NationalData.Years[0];
            foreach (var indicator in Ordered)
            {
                if (
                    !CascadeKinds.IsCascaded(indicator.CascadeKind)
                    || !national.TryGetValue((indicator.Code, year), out var target)
                )
                {
                    continue;
                }

                var i = ObligationTable.IndexOf(indicator.Code);
                var basis = indicator.BasedOn is { } b ? ObligationTable.IndexOf(b) : -1;
                var metric = MetricOf[i];
                double rf = target.RateFloor!.Value, rs = target.RateStretch ?? double.NaN;
                var hasStretch = target.RateStretch is not null;
                foreach (var province in data.Provinces)
                {
                    var p = province.Id;
                    var communes = data.CommunesOf[p];
                    var n = communes.Count;
                    var d = metric >= 0 ? data.Figures[p][metric][y] : 0;
                    var basisFloor = basis >= 0 ? table.Floor(p, basis, year) : null;
                    var basisStretch = basis >= 0 ? table.Stretch(p, basis, year) ?? basisFloor : null;
                    (long? Floor, long Stretch) value = indicator.CascadeKind switch
                    {
                        CascadeKinds.PercentOfDenominator => (Ceil(rf * d / 100), Ceil(rs * d / 100)),
                        CascadeKinds.QuotaPerUnit => (Ceil(rf), Ceil(rs)),
                        CascadeKinds.QuotaPerOrganisation => (Ceil(rf * d), Ceil(rs * d)),
                        CascadeKinds.ShareOfSubordinateUnits => n > 0
                            ? (Ceil(rf * n / 100), Ceil(rs * n / 100))
                            : (null, 0),
                        CascadeKinds.FrequencyPerSubordinateUnit => (Ceil(rf * 52 * n), Ceil(rs * 52 * n)),
                        CascadeKinds.ClassQuota => (Classes(rf, basisFloor), Classes(rs, basisStretch)),
                        CascadeKinds.PerCoveredUnit => basisFloor is { } covered
                            ? (Ceil(rf * covered), Ceil(rs * covered))
                            : (null, 0),
                        _ => throw new NotSupportedException(indicator.CascadeKind),
                    };
                    table.Set(
                        p,
                        i,
                        year,
                        value.Floor,
                        value.Floor is null || !hasStretch ? null : value.Stretch,
                        value.Floor is null
                    );
                    if (n == 0)
                    {
                        continue;
                    }

                    var countFloor = table.Floor(p, i, year);
                    var countStretch = table.Stretch(p, i, year);
                    switch (indicator.CascadeKind)
                    {
                        case CascadeKinds.PercentOfDenominator:
                            foreach (var c in communes)
                            {
                                var own = data.Figures[c.Id][metric][y];
                                table.Set(
                                    c.Id,
                                    i,
                                    year,
                                    Ceil(rf * own / 100),
                                    hasStretch ? Ceil(rs * own / 100) : null,
                                    missing: false
                                );
                            }

                            break;
                        case CascadeKinds.FrequencyPerSubordinateUnit:
                            foreach (var c in communes)
                            {
                                table.Set(
                                    c.Id,
                                    i,
                                    year,
                                    Ceil(rf * 52),
                                    hasStretch ? Ceil(rs * 52) : null,
                                    missing: false
                                );
                            }

                            break;
                        case CascadeKinds.PerCoveredUnit:
                            foreach (var c in communes)
                            {
                                var covered = table.Floor(c.Id, basis, year) is { } f ? (f >= 1 ? 1 : 0) : -1;
                                table.Set(
                                    c.Id,
                                    i,
                                    year,
                                    covered < 0 ? null : Ceil(rf * covered),
                                    covered < 0 || !hasStretch ? null : Ceil(rs * covered),
                                    covered < 0
                                );
                            }

                            break;
                        case CascadeKinds.ShareOfSubordinateUnits:
                            // Rotation: least covered in earlier years first, then by code (communes are held in code
                            // order).
                            for (var k = 0; k < n; k++)
                            {
                                keys[k] =
                                    ((long)timesCovered[(communes[k].Id * IndicatorCatalogue.All.Count) + i] << 32)
                                    | (uint)k;
                                ranked[k] = k;
                            }

                            Array.Sort(keys, ranked, 0, n);
                            for (var rank = 0; rank < n; rank++)
                            {
                                var c = communes[ranked[rank]];
                                long? floor = countFloor is { } cf ? (rank < cf ? 1 : 0) : null;
                                long? stretch =
                                    countFloor is null || countStretch is null ? null
                                    : rank < countStretch ? 1
                                    : 0;
                                table.Set(c.Id, i, year, floor, stretch, floor is null);
                                timesCovered[(c.Id * IndicatorCatalogue.All.Count) + i] += floor >= 1 ? 1 : 0;
                            }

                            break;
                    }
                }
            }
        }

        return table;
    }

    /// <summary>As the rule files round: ceiling after rounding to 9 decimals, so 70% of 100 is 70, not 71.</summary>
    private static long Ceil(double value) => (long)Math.Ceiling(Math.Round(value, 9));

    private static long Classes(double minimum, long? trainees) =>
        trainees is { } t ? Ceil(Math.Max(minimum, Math.Ceiling(t / ClassCapacity))) : Ceil(minimum);
}

/// <summary>Where the rule sessions of one national cascade spend their time, summed over its sessions.</summary>
internal sealed class CascadePhases
{
    public int Sessions { get; set; }

    public long Facts { get; set; }

    public TimeSpan Create { get; set; }

    public TimeSpan Insert { get; set; }

    public TimeSpan Fire { get; set; }

    public TimeSpan Read { get; set; }

    public int Firings { get; set; }

    /// <summary>Inside <see cref="Fire"/>, measured in a second walk with the session's events on.</summary>
    public TimeSpan Actions { get; set; }

    public Dictionary<string, TimeSpan> ActionsByRule { get; } = new(StringComparer.Ordinal);
}
