using System.Globalization;
using System.Text;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// Deterministic statistics for the 34 provinces and 3,321 communes of the 2025 register, for 2026 and 2028 only (so
/// 2027, 2029 and 2030 take the latest earlier figure). Some figures are left out on purpose, for the largest-remainder
/// split (by population, or equally where a commune of the province has none): every 13th commune has no
/// steering-committee figure, every 19th no cadres, every 17th of the first thousand no population. Three provinces
/// have no collaborators (missing data, then the minimum of classes), one no cadres, and one in nine no working-age
/// labour force (the employed-persons fallback where it has one; no indicator of 2026–2030 divides by it today).
/// </summary>
internal static class NationalStatistics
{
    public const string Source = "fixture: generated, deterministic";

    private static readonly int[] Years = [2026, 2028];

    public static byte[] Csv()
    {
        var lines = Encoding.UTF8.GetString(SharedData.UnitsCsv()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var provinces = rows.Select(r => r[0]).Distinct().ToList();
        var csv = new StringBuilder("unit_code,year,metric,value,source\n");
        for (var p = 0; p < provinces.Count; p++)
        {
            foreach (var metric in StatisticMetrics.All)
            {
                var skipped = metric switch
                {
                    StatisticMetrics.WorkingAgeLabourForce => p % 9 == 4,
                    StatisticMetrics.EmployedPersons => p % 2 == 0,
                    StatisticMetrics.Collaborators => p % 11 == 7,
                    StatisticMetrics.Cadres => p == 20,
                    _ => false,
                };
                if (!skipped)
                {
                    Append(csv, provinces[p], metric, province: true);
                }
            }
        }

        for (var c = 0; c < rows.Count; c++)
        {
            foreach (var metric in StatisticMetrics.All)
            {
                var skipped = metric switch
                {
                    StatisticMetrics.SteeringCommitteeMembers => c % 13 == 0,
                    StatisticMetrics.Population => c % 17 == 0 && c < 1_000,
                    StatisticMetrics.Cadres => c % 19 == 0,
                    StatisticMetrics.EmployedPersons => true,
                    _ => false,
                };
                if (!skipped)
                {
                    Append(csv, rows[c][3], metric, province: false);
                }
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static void Append(StringBuilder csv, string code, string metric, bool province)
    {
        var hash = Hash($"{code}/{metric}");
        var value = metric switch
        {
            StatisticMetrics.MassOrganisations => 5 + (long)(hash % 4),
            StatisticMetrics.CommunicationStaff => province ? 20 + (long)(hash % 41) : 1 + (long)(hash % 3),
            StatisticMetrics.SteeringCommitteeMembers => province ? 300 + (long)(hash % 601) : 1 + (long)(hash % 5),
            StatisticMetrics.Cadres => province ? 10_000 + (long)(hash % 40_001) : 20 + (long)(hash % 161),
            StatisticMetrics.Collaborators => province ? 1_000 + (long)(hash % 4_001) : 10 + (long)(hash % 41),
            _ => (province ? 1_000_000 : 10_000) + (long)(hash % (province ? 4_000_001UL : 40_001UL)),
        };
        for (var y = 0; y < Years.Length; y++)
        {
            // Counts of people grow by 3 % between the two years; organisations and staff stay put.
            var grown = metric is StatisticMetrics.MassOrganisations or StatisticMetrics.CommunicationStaff
                ? value
                : value + (value * 3 * y / 100);
            csv.Append(CultureInfo.InvariantCulture, $"{code},{Years[y]},{metric},{grown},{Source}\n");
        }
    }

    /// <summary>FNV-1a: stable across runs and machines.</summary>
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
