using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Activities;
using Platform.Monitoring.IndicatorValues;
using Platform.Monitoring.Obligations;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Training;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Actuals;

/// <summary>
/// <see cref="ActualsCalculator"/> called directly, on Monitoring's own tables in an in-memory database, with Plans'
/// answers fixed: no HTTP. VN → P1 (C1, C2) and P2 (C3), plus C4 under P2, known only from an obligation of 2025.
/// Units with a plan: C1, C3 and P1. Figures are read as of 30 June 2025 unless said otherwise.
/// </summary>
public sealed class ActualsCalculatorTests : IAsyncLifetime, IDisposable
{
    private const int Year = 2025;

    private static readonly DateOnly June30 = new(Year, 6, 30);

    private static readonly UnitNode[] Tree =
    [
        new("VN", "Việt Nam", UnitLevel.Nation, null),
        new("P1", "Tỉnh Một", UnitLevel.Province, "VN"),
        new("C1", "Xã Một", UnitLevel.Commune, "P1"),
        new("C2", "Xã Hai", UnitLevel.Commune, "P1"),
        new("P2", "Tỉnh Hai", UnitLevel.Province, "VN"),
        new("C3", "Xã Ba", UnitLevel.Commune, "P2"),
    ];

    private readonly PrivateDatabase database = new();
    private MonitoringDbContext db = null!;

    public async Task InitializeAsync()
    {
        db = database.Context<MonitoringDbContext, MonitoringPostgreSqlDbContext>(
            MonitoringDbContext.HistoryTable,
            "monitoring"
        );
        await db.Database.MigrateAsync();
        db.Activities.AddRange(
            Activity("C1", new DateOnly(Year, 2, 1), "radio_broadcast", 3),
            Activity("C1", new DateOnly(Year, 7, 15), "radio_broadcast", 2),
            Activity("C1", new DateOnly(2024, 11, 1), "radio_broadcast", 10),
            Activity("C1", new DateOnly(Year, 3, 1), "grassroots_conference", 4),
            Activity("C2", new DateOnly(Year, 4, 10), "grassroots_conference", 1),
            Activity("P1", new DateOnly(Year, 4, 20), "grassroots_conference", 2),
            Activity("P1", new DateOnly(Year, 5, 5), "enterprise_conference", 1),
            Activity("C4", new DateOnly(Year, 2, 2), "radio_broadcast", 5));
        db.Obligations.Add(new MonitoredObligation
        {
            ObligationId = 1, PlanCode = "P2-2021-2025", UnitCode = "C4", Level = UnitLevel.Commune,
            ParentUnitCode = "P2", Year = Year, IndicatorCode = "RADIO_VOL", Floor = 4,
        });
        db.CompletedClasses.AddRange(
            Class(1, "C1", "collaborators", new DateOnly(Year, 5, 1)),
            Class(2, "C1", "collaborators", new DateOnly(Year, 5, 20)),
            Class(3, "P1", "communication_staff", new DateOnly(Year, 6, 20)),
            Class(4, "C3", "collaborators", new DateOnly(Year, 9, 1)));
        db.TrainingCompletions.AddRange(
            Trainee(1, "X1", "C1", new DateOnly(Year, 5, 1)),
            Trainee(1, "X2", "C1", new DateOnly(Year, 5, 1)),
            Trainee(2, "X1", "C1", new DateOnly(Year, 5, 20)),
            Trainee(4, "Y1", "C3", new DateOnly(Year, 9, 1)));
        db.ReportedValues.AddRange(
            Reported("C3", 50, 100, new DateOnly(Year, 1, 15)),
            Reported("P2", 300, 1_000, new DateOnly(Year, 3, 1)),
            Reported("C1", 70, 100, new DateOnly(Year, 8, 1)));
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        db.Dispose();
        database.Dispose();
    }

    private ActualsCalculator Calculator() => new(db, new PlansAnswers(Tree, ["C1", "C3", "P1"]));

    private static (long Value, long? Denominator, double? Percent, bool Reported)? Figure(
        ActualsTable table, string unit, string indicator) =>
        table.Find(unit, indicator) is { } a ? (a.Value, a.Denominator, a.Percent, a.Reported) : null;

    /// <summary>A count without a denominator, as a count indicator (or a percent one without one) is.</summary>
    private static (long, long?, double?, bool) Count(long value) => (value, null, null, false);

    [Fact]
    public async Task A_commune_counts_its_activities_to_the_date_its_classes_and_its_distinct_trainees()
    {
        var table = await Calculator().ComputeAsync(Year, June30, CancellationToken.None);

        table.All.Where(a => a.UnitCode == "C1").OrderBy(a => a.IndicatorCode, StringComparer.Ordinal)
            .Select(a => (a.IndicatorCode, a.Value, a.Denominator, a.Reported)).Should().Equal(
                ("COLLAB_CLASSES", 2L, (long?)null, false),
                ("COLLAB_TRAINED", 2L, null, false),
                ("GRASSROOTS_CONF", 1L, null, false),
                ("GRASSROOTS_CONF_COUNT", 4L, null, false),
                ("RADIO_VOL", 3L, null, false),
                ("UNITS_WITH_PLAN", 1L, null, false));
        table.Find("C1", "AWARE_LF").Should().BeNull("C1 reported its value on 1 August");
        table.Find("C1", "RADIO_VOL")!.Should()
            .BeEquivalentTo(new { Level = UnitLevel.Commune, ParentUnitCode = "P1", ProvinceCode = "P1", Year });
    }

    [Fact]
    public async Task A_province_sums_its_communes_and_its_own_and_counts_a_commune_with_grassroots_conferences_once()
    {
        var table = await Calculator().ComputeAsync(Year, June30, CancellationToken.None);

        Figure(table, "P1", "GRASSROOTS_CONF").Should().Be(Count(2), "C1 and C2; P1's own cover no commune");
        Figure(table, "P1", "GRASSROOTS_CONF_COUNT").Should().Be(Count(7));
        Figure(table, "P1", "RADIO_VOL").Should().Be(Count(3));
        Figure(table, "P1", "ENTERPRISE_CONF").Should().Be(Count(1));
        Figure(table, "P1", "STAFF_CLASSES").Should().Be(Count(1));
        Figure(table, "P1", "UNITS_WITH_PLAN").Should().Be(Count(1), "C1; P1's own plan is not a commune's");
        table.Find("C3", "COLLAB_CLASSES").Should().BeNull("C3's class ends on 1 September");
    }

    [Fact]
    public async Task A_reported_value_stands_for_its_unit_and_rolls_up_with_its_denominator()
    {
        var table = await Calculator().ComputeAsync(Year, June30, CancellationToken.None);

        Figure(table, "C3", "AWARE_LF").Should().Be((50L, (long?)100, (double?)50.0, true));
        Figure(table, "P2", "AWARE_LF").Should()
            .Be((300L, (long?)1_000, (double?)30.0, true), "P2's survey, not C3's 50 of 100 added to it");
        Figure(table, "VN", "AWARE_LF").Should().Be((300L, (long?)1_000, (double?)30.0, false));
    }

    [Fact]
    public async Task A_unit_placed_by_an_obligation_only_rolls_up_to_the_parent_the_obligation_names()
    {
        var table = await Calculator().ComputeAsync(Year, June30, CancellationToken.None);

        table.Find("C4", "RADIO_VOL")!.Should()
            .BeEquivalentTo(new { Value = 5L, Level = UnitLevel.Commune, ParentUnitCode = "P2", ProvinceCode = "P2" });
        Figure(table, "P2", "RADIO_VOL").Should().Be(Count(5));
        Figure(table, "VN", "RADIO_VOL").Should().Be(Count(8), "3 of C1 to 30 June and 5 of C4; not C1's 10 of 2024");
        Figure(table, "VN", "UNITS_WITH_PLAN").Should().Be(Count(2));
        Figure(table, "VN", "COLLAB_TRAINED").Should().Be(Count(2));
    }

    [Fact]
    public async Task Month_ends_give_what_each_date_gives_and_move_as_figures_arrive()
    {
        var calculator = Calculator();
        var hierarchy = await calculator.HierarchyAsync(Year, CancellationToken.None);

        var months = await calculator.ComputeMonthEndsAsync(Year, 7, null, hierarchy, CancellationToken.None);

        months.Select(t => t.Find("C1", "RADIO_VOL")?.Value).Should().Equal(null, 3L, 3L, 3L, 3L, 3L, 5L);
        months.Select(t => t.Find("C1", "COLLAB_TRAINED")?.Value).Should().Equal(null, null, null, null, 2L, 2L, 2L);
        months.Select(t => Figure(t, "P2", "AWARE_LF")).Should().Equal(
            (50L, 100L, 50.0, false), (50L, 100L, 50.0, false), (300L, 1_000L, 30.0, true), (300L, 1_000L, 30.0, true),
            (300L, 1_000L, 30.0, true), (300L, 1_000L, 30.0, true), (300L, 1_000L, 30.0, true));
        var june = await calculator.ComputeAsync(Year, June30, hierarchy, CancellationToken.None);
        months[5].All.Should().BeEquivalentTo(june.All);
    }

    private static ActivityReport Activity(string unit, DateOnly date, string kind, long count) => new()
    {
        UnitCode = unit, ProvinceCode = unit is "C1" or "C2" ? "P1" : unit is "C3" or "C4" ? "P2" : unit,
        Date = date, Year = date.Year, Kind = kind, Count = count,
        AudienceGroup = "voluntary_participants", CommunicationForm = "loudspeaker_radio",
    };

    private static CompletedClass Class(int id, string unit, string audience, DateOnly end) => new()
    {
        ClassId = id, UnitCode = unit, Audience = audience, Year = end.Year, EndDate = end,
    };

    private static TrainingCompletion Trainee(int classId, string person, string unit, DateOnly end) => new()
    {
        ClassId = classId, PersonCode = person, UnitCode = unit, Audience = "collaborators",
        Year = end.Year, EndDate = end,
    };

    private static ReportedValue Reported(string unit, long value, long denominator, DateOnly on) => new()
    {
        UnitCode = unit, Year = Year, IndicatorCode = "AWARE_LF", Value = value, Denominator = denominator,
        Source = "Khảo sát", ReportedOn = on,
    };
}
