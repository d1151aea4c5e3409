using System.Globalization;
using System.Text;
using Platform.Plans.Cascade;
using Platform.Plans.Contracts;
using Platform.Plans.Units;

namespace Platform.Benchmarks;

/// <summary>
/// The 2025 register (registers/units-2025.csv, embedded in the Plans assembly) and deterministic statistics for every
/// unit, metric and year 2026–2030,
/// both as the import files the platform reads and as the in-memory inputs of the cascade. Unit ids are dense: nation
/// 0, provinces 1–34, communes after, so the direct loop can index arrays by id.
/// </summary>
internal sealed record NationalData(
    List<CascadeUnit> Provinces,
    Dictionary<int, List<CascadeUnit>> CommunesOf, // by province id, communes ordered by code
    CascadeUnit[] ById,
    long[][][] Figures, // [unit id][metric index in StatisticMetrics.All][year - 2026]
    StatisticsLookup Statistics,
    byte[] UnitsCsv,
    byte[] StatisticsCsv)
{
    public const string Source = "benchmark: generated, deterministic";
    public static readonly int[] Years = [2026, 2027, 2028, 2029, 2030];

    public int CommuneCount => ById.Length - 1 - Provinces.Count;

    public int StatisticRows => ById.Length * StatisticMetrics.All.Count * Years.Length;


    /// <summary>Loads the register; <paramref name="provinceLimit"/> keeps only the communes of the first provinces of
    /// the file (smoke runs).</summary>
    public static NationalData Load(string path, int? provinceLimit)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var keptProvinces = lines
            .Skip(1)
            .Select(l => l.Split(',')[0])
            .Distinct()
            .Take(provinceLimit ?? int.MaxValue)
            .ToHashSet();
        var rows = lines.Skip(1).Where(l => keptProvinces.Contains(l.Split(',')[0])).ToList();
        var nation = new CascadeUnit(
            0,
            ProvinceRegister.NationCode,
            ProvinceRegister.NationName,
            UnitLevel.Nation,
            null,
            ProvinceRegister.NationValidFrom,
            null
        );
        var provinces = ProvinceRegister
            .Provinces.Select(
                (p, i) =>
                    new CascadeUnit(
                        i + 1,
                        p.Code,
                        p.Name,
                        UnitLevel.Province,
                        0,
                        ProvinceRegister.TwoTierStructure,
                        null
                    )
            )
            .ToList();
        var provinceByCode = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var communes = rows.Select(l => l.Split(','))
            .Select(
                (c, i) =>
                    new CascadeUnit(
                        provinces.Count + 1 + i,
                        c[3],
                        c[4],
                        UnitLevel.Commune,
                        provinceByCode[c[0]].Id,
                        ProvinceRegister.TwoTierStructure,
                        null
                    )
            )
            .ToList();
        CascadeUnit[] all = [nation, .. provinces, .. communes];

        var statistics = new StatisticsLookup();
        var csv = new StringBuilder("unit_code,year,metric,value,source\n");
        var figures = new long[all.Length][][];
        foreach (var unit in all)
        {
            figures[unit.Id] = new long[StatisticMetrics.All.Count][];
            for (var m = 0; m < StatisticMetrics.All.Count; m++)
            {
                var metric = StatisticMetrics.All[m];
                figures[unit.Id][m] = new long[Years.Length];
                var baseValue = BaseValue(unit, metric);
                for (var y = 0; y < Years.Length; y++)
                {
                    // Counts of people grow about 1.5% a year; organisations and staff stay put.
                    var value = metric is StatisticMetrics.MassOrganisations or StatisticMetrics.CommunicationStaff
                        ? baseValue
                        : (long)(baseValue * (1 + (0.015 * y)));
                    figures[unit.Id][m][y] = value;
                    statistics.Add(unit.Id, metric, Years[y], value, Source);
                    csv.Append(CultureInfo.InvariantCulture, $"{unit.Code},{Years[y]},{metric},{value},{Source}\n");
                }
            }
        }

        return new NationalData(
            provinces,
            provinces.ToDictionary(
                p => p.Id,
                p => communes.Where(c => c.ParentId == p.Id).OrderBy(c => c.Code, StringComparer.Ordinal).ToList()
            ),
            all,
            figures,
            statistics,
            Encoding.UTF8.GetBytes(string.Join('\n', [lines[0], .. rows]) + "\n"),
            Encoding.UTF8.GetBytes(csv.ToString()));
    }

    /// <summary>A plausible figure for 2026: provinces in the ranges of a real province, communes about a hundredth of
    /// one, the nation about 34 provinces.</summary>
    private static long BaseValue(CascadeUnit unit, string metric)
    {
        var (low, high) = metric switch
        {
            StatisticMetrics.WorkingAgeLabourForce => (1_000_000, 5_000_000),
            StatisticMetrics.EmployedPersons => (950_000, 4_800_000),
            StatisticMetrics.Population => (1_600_000, 8_000_000),
            StatisticMetrics.Collaborators => (1_000, 5_000),
            StatisticMetrics.CommunicationStaff => (20, 60),
            StatisticMetrics.MassOrganisations => (5, 8),
            StatisticMetrics.Enterprises => (2_000, 60_000),
            StatisticMetrics.SteeringCommitteeMembers => (200, 900),
            StatisticMetrics.Cadres => (10_000, 50_000),
            _ => throw new InvalidOperationException($"no range for {metric}"),
        };
        var spread = Hash($"{unit.Code}/{metric}") % (ulong)(high - low + 1);
        var value = low + (long)spread;
        return unit.Level switch
        {
            UnitLevel.Nation => metric == StatisticMetrics.MassOrganisations ? value : value * 34,
            UnitLevel.Province => value,
            _ => metric switch
            {
                StatisticMetrics.MassOrganisations => value,
                StatisticMetrics.CommunicationStaff => 1 + (value % 3),
                StatisticMetrics.SteeringCommitteeMembers => 10 + (value % 25),
                _ => Math.Max(1, value / 100),
            },
        };
    }

    /// <summary>FNV-1a: stable across runs and machines (string.GetHashCode is randomised per process).</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
