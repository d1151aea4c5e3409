using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.TestKit;
using Platform.Training.Classes;
using Platform.Training.Contracts.Quotas;
using Platform.Training.People;
using Platform.Training.Persistence;
using Platform.Training.Quotas;

namespace Platform.Training.Tests.Quotas;

/// <summary>
/// <see cref="QuotaCalculator"/> called directly, on Training's own tables in an in-memory database and a fixed unit
/// tree: no HTTP, no Plans. VN → P9 (P9001, P9002) and P8 (P8001).
/// <list type="bullet">
/// <item>P9001: collaborators A1, A2, A3; P9002: B1, B2; P9: staff S1; P8001: collaborators Z1–Z5.</item>
/// <item>2025: P9's class completed by A1, A2, B1 (A3 absent); P9002's class not yet held (B2); P8's class
/// completed by all of Z1–Z5.</item>
/// <item>2024: a class of P9 completed by A3.</item>
/// <item>Obligations 2025: COLLAB_TRAINED P9 4–6, P9001 5 then (regenerated) 2, P8001 24–30; COLLAB_CLASSES P9 3;
/// STAFF_TRAINED P9 1.</item>
/// </list>
/// </summary>
public sealed class QuotaCalculatorTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] PersonAndClass = ["A1:P9001", "A2:P9001", "A3:P9001", "B1:P9002", "B2:P9002"];
    private static readonly string[] CompletedInP9 = ["A1", "A2", "B1"];
    private static readonly string[] CompletedInP8 = ["Z1", "Z2", "Z3", "Z4", "Z5"];

    private static readonly UnitNode[] Tree =
    [
        new("VN", "Việt Nam", UnitLevel.Nation, null),
        new("P9", "Tỉnh Chín", UnitLevel.Province, "VN"),
        new("P9001", "Xã Một", UnitLevel.Commune, "P9"),
        new("P9002", "Xã Hai", UnitLevel.Commune, "P9"),
        new("P8", "Tỉnh Tám", UnitLevel.Province, "VN"),
        new("P8001", "Xã Ba", UnitLevel.Commune, "P8"),
    ];

    private readonly PrivateDatabase database = new();
    private TrainingDbContext db = null!;

    public async Task InitializeAsync()
    {
        db = database.Context<TrainingDbContext, TrainingPostgreSqlDbContext>(
            TrainingDbContext.HistoryTable,
            "training"
        );
        await db.Database.MigrateAsync();
        var people = PersonAndClass
            .Concat(Enumerable.Range(1, 5).Select(i => $"Z{i}:P8001"))
            .Select(p => p.Split(':')).Select(p => Person(p[0], p[1], "collaborators"))
            .Append(Person("S1", "P9", "communication_staff")).ToList();
        db.People.AddRange(people);
        var p9 = Class("P9", 2025, held: true);
        var p9002 = Class("P9002", 2025, held: false);
        var p8 = Class("P8", 2025, held: true);
        var old = Class("P9", 2024, held: true);
        db.Classes.AddRange(p9, p9002, p8, old);
        await db.SaveChangesAsync();

        int Id(string code) => people.Single(p => p.Code == code).Id;
        db.Enrolments.AddRange(
            [
                .. CompletedInP9.Select(c => Enrolment(p9, Id(c), completed: true)),
                Enrolment(p9, Id("A3"), completed: false),
                Enrolment(p9002, Id("B2"), completed: false),
                .. CompletedInP8.Select(c => Enrolment(p8, Id(c), completed: true)),
                Enrolment(old, Id("A3"), completed: true),
            ]);
        db.QuotaObligations.AddRange(
            Quota(1, "P9", IndicatorCodes.CollaboratorsTrained, 4, 6),
            Quota(2, "P9001", IndicatorCodes.CollaboratorsTrained, 5, null),
            Quota(3, "P9001", IndicatorCodes.CollaboratorsTrained, 2, null),
            Quota(4, "P8001", IndicatorCodes.CollaboratorsTrained, 24, 30),
            Quota(5, "P9", IndicatorCodes.CollaboratorClasses, 3, null),
            Quota(6, "P9", IndicatorCodes.StaffTrained, 1, null));
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        db.Dispose();
        database.Dispose();
    }

    private Task<IReadOnlyDictionary<(string Unit, string Audience), TrainingQuotaRow>> ComputeAsync(
        int year, string? under = null) =>
        new QuotaCalculator(db, new PlansAnswers(Tree))
            .ComputeAsync(year, CancellationToken.None, under);

    [Fact]
    public async Task Given_5_registered_all_trained_and_a_floor_of_24_Then_a_gap_of_19_is_20_83_percent_of_the_floor()
    {
        var row = (await ComputeAsync(2025))[("P8001", "collaborators")];

        (row.Registered, row.Trained, row.RequiredTraineesFloor, row.TraineesGap, row.TraineesStretchGap)
            .Should().Be((5L, 5L, (long?)24, (long?)19, (long?)25));
        (row.TraineesFloorPercent, row.RegisteredTrainedPercent, row.CoveragePercent)
            .Should().Be(((double?)20.83, (double?)100.0, (double?)100.0), "5 of 24; all of the 5 registered");
    }

    [Fact]
    public async Task A_province_keeps_its_own_requirement_and_sums_its_communes_counts()
    {
        var rows = await ComputeAsync(2025);

        rows[("P9", "collaborators")].Should().BeEquivalentTo(new
        {
            UnitName = "Tỉnh Chín", Level = UnitLevel.Province, ParentCode = "VN", ProvinceCode = "P9",
            RequiredTraineesFloor = 4L, RequiredTraineesStretch = 6L, RequiredClassesFloor = 3L,
            Registered = 5L, Trained = 3L, ClassesScheduled = 2L, ClassesHeld = 1L,
            TraineesGap = 1L, TraineesStretchGap = 3L, ClassesGap = 2L,
            TraineesFloorPercent = 75.0, RegisteredTrainedPercent = 60.0, CoveragePercent = 60.0, MissingData = false,
        });
        rows[("P9", "communication_staff")].Should().BeEquivalentTo(new
        {
            Registered = 1L, Trained = 0L, RequiredTraineesFloor = 1L, TraineesGap = 1L,
            TraineesFloorPercent = 0.0, RegisteredTrainedPercent = 0.0,
        });
    }

    [Fact]
    public async Task The_latest_of_two_obligations_of_a_unit_wins_and_a_floor_reached_is_100_percent_with_no_gap()
    {
        var row = (await ComputeAsync(2025))[("P9001", "collaborators")];

        (row.RequiredTraineesFloor, row.Registered, row.Trained, row.TraineesGap)
            .Should().Be(((long?)2, 3L, 2L, (long?)0));
        (row.TraineesFloorPercent, row.RegisteredTrainedPercent).Should().Be(((double?)100.0, (double?)66.67));
    }

    [Fact]
    public async Task A_unit_without_a_requirement_has_no_gap_and_no_share_of_a_floor()
    {
        var row = (await ComputeAsync(2025))[("P9002", "collaborators")];

        (row.RequiredTraineesFloor, row.TraineesGap, row.TraineesFloorPercent)
            .Should().Be(((long?)null, (long?)null, (double?)null));
        (row.RegisteredTrainedPercent, row.ClassesScheduled, row.ClassesHeld).Should().Be(((double?)50.0, 1L, 0L));
    }

    [Fact]
    public async Task The_nation_sums_the_provinces_requirements_and_recomputes_both_percentages_from_the_sums()
    {
        var row = (await ComputeAsync(2025))[("VN", "collaborators")];

        (row.RequiredTraineesFloor, row.RequiredTraineesStretch, row.RequiredClassesFloor)
            .Should().Be(((long?)28, (long?)36, (long?)3));
        (row.Registered, row.Trained, row.TraineesGap, row.TraineesStretchGap)
            .Should().Be((10L, 8L, (long?)20, (long?)28));
        (row.ClassesScheduled, row.ClassesHeld, row.ClassesGap).Should().Be((3L, 2L, (long?)1));
        (row.TraineesFloorPercent, row.RegisteredTrainedPercent)
            .Should().Be(((double?)28.57, (double?)80.0), "8 of 28 and 8 of 10");
    }

    [Fact]
    public async Task Another_year_counts_its_own_classes_and_has_no_quota()
    {
        var row = (await ComputeAsync(2024))[("P9", "collaborators")];

        (row.Trained, row.ClassesScheduled, row.ClassesHeld).Should().Be((1L, 1L, 1L));
        (row.RequiredTraineesFloor, row.TraineesFloorPercent, row.RegisteredTrainedPercent)
            .Should().Be(((long?)null, (double?)null, (double?)20.0));
    }

    [Fact]
    public async Task Asked_for_one_province_it_computes_that_subtree_only()
    {
        var rows = await ComputeAsync(2025, under: "P9");

        rows.Keys.Order().Should().Equal(
            ("P9", "collaborators"), ("P9", "communication_staff"),
            ("P9001", "collaborators"), ("P9002", "collaborators"));
        rows[("P9", "collaborators")].Trained.Should().Be(3);
    }

    private static Person Person(string code, string unit, string audience) => new()
    {
        Code = code, FullName = $"Người {code}", SearchName = $"nguoi {code.ToLowerInvariant()}",
        UnitCode = unit, Audience = audience,
    };

    private static TrainingClass Class(string unit, int year, bool held) => new()
    {
        UnitCode = unit, Audience = "collaborators", Title = $"Lớp {unit} {year}",
        Year = year, Sessions = 2, Capacity = 50,
        StartDate = new DateOnly(year, 9, 1), EndDate = new DateOnly(year, 9, 2), Venue = "Hội trường",
        CompletedAtUtc = held ? new DateTime(year, 9, 3, 0, 0, 0, DateTimeKind.Utc) : null,
    };

    private static Enrolment Enrolment(TrainingClass training, int person, bool completed) => new()
    {
        ClassId = training.Id, PersonId = person, Status = EnrolmentStatus.Enrolled,
        Completed = completed, AttendedSessions = completed ? 2 : null,
    };

    private static QuotaObligation Quota(int id, string unit, string indicator, long floor, long? stretch) => new()
    {
        ObligationId = id, PlanCode = "VN-2021-2025", UnitCode = unit, Year = 2025,
        IndicatorCode = indicator, Floor = floor, Stretch = stretch,
    };
}
