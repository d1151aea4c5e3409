using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Tests.Support;
using Platform.Rules;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// Issue 16, item 6: the national cascade gives the same obligations as before, row for row. The rows were recorded
/// (national-cascade-2026-2030.txt.gz) from the cascade with RulesEngine, before the rule set moved to NRules, and the
/// NRules rule set gives them unchanged; set PLATFORM_RECORD_CASCADE=1 to write the file anew from today's output
/// (then the test fails, to be rerun).
/// </summary>
public sealed class NationalCascadeRowsTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string Fixture = "national-cascade-2026-2030.txt.gz";

    /// <summary>What one obligation is, without the rule set's version (it changes with the engine).</summary>
    private const string Header =
        "plan|unit|indicator|year|kind|rate floor|rate stretch|computed floor|computed stretch|floor|stretch|missing|"
        + "rule|parent floor|parent stretch|denominator metric|denominator|denominator year|fallback";

    [Fact]
    public async Task The_national_cascade_of_VN_2026_2030_gives_the_recorded_117595_obligations_row_for_row()
    {
        using var client = platform.CreateClient();

        var rows = await GenerateAsync(platform, client);

        if (Environment.GetEnvironmentVariable("PLATFORM_RECORD_CASCADE") == "1")
        {
            Record(rows);
            Assert.Fail($"recorded {rows.Count} rows in {Fixture}: rerun without PLATFORM_RECORD_CASCADE");
        }

        AssertAsRecorded(rows);
        var versions = await platform.QueryAsync(db =>
            db.Obligations.Select(o => o.RuleVersion).Distinct().ToListAsync());
        versions.Should().BeEquivalentTo(
            ["none", .. RuleSet.Kinds.Where(k => k.Kind is not ("quota-per-unit" or "quota-per-organisation"
                or "frequency-per-subordinate-unit" or "campaign-quota")).Select(k => RuleSet.VersionOf(k.Kind))],
            "every rule-given obligation carries the version of its kind in rules/, so the rule set computed it");
    }

    /// <summary>Imports the statistics, cascades VN-2026-2030 to every province and commune through
    /// <paramref name="client"/>, and reads every obligation back as a line.</summary>
    internal static async Task<List<string>> GenerateAsync(PlatformFactory platform, HttpClient client)
    {
        client.Timeout = TimeSpan.FromMinutes(10);
        (await client.PostCsvAsync("/api/statistics/import", NationalStatistics.Csv())).EnsureSuccessStatusCode();
        await SyntheticProvince.GenerateAsync(client, "VN-2026-2030", new { all = true, cascade = true });
        return await RowsAsync(platform);
    }

    internal static void AssertAsRecorded(List<string> rows)
    {
        var recorded = Recorded();
        var differing = rows.Zip(recorded).Select((pair, i) => (pair, i)).Where(x => x.pair.First != x.pair.Second);
        var firstDifferences = differing
            .Take(5)
            .Select(x => $"row {x.i + 1}:\n  now      {x.pair.First}\n  recorded {x.pair.Second}");
        string.Join('\n', firstDifferences).Should().BeEmpty("every row is as recorded (" + Header + ")");
        rows.Should().HaveCount(recorded.Count);
        rows.Count.Should().Be(117_595);
    }

    private static Task<List<string>> RowsAsync(PlatformFactory platform) =>
        platform.QueryAsync(async db =>
        {
            var plans = await db.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code);
            var obligations = await db.Obligations.AsNoTracking().ToListAsync();
            return obligations
                .Select(o => string.Join(
                    '|',
                    plans[o.PlanId], o.UnitCode, o.IndicatorCode, N(o.Year), o.Kind, N(o.RateFloor), N(o.RateStretch),
                    N(o.ComputedFloor), N(o.ComputedStretch), N(o.Floor), N(o.Stretch), o.MissingData ? "missing" : "",
                    o.RuleName, N(o.ParentFloor), N(o.ParentStretch), o.DenominatorMetric, N(o.DenominatorValue),
                    N(o.DenominatorYear), o.Fallback, o.MissingReason))
                .Order(StringComparer.Ordinal)
                .ToList();
        });

    private static string N<T>(T? value) where T : struct, IFormattable =>
        value?.ToString(null, CultureInfo.InvariantCulture) ?? "";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<string> Recorded()
    {
        using var stream = typeof(NationalCascadeRowsTests).Assembly.GetManifestResourceStream(Fixture)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[0].Should().Be(Header, "the recorded file names the same fields");
        return lines[1..];
    }

    private static void Record(List<string> rows)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Plans.Tests", "Cascade", Fixture);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n"));
    }
}
