using Platform.Plans.Contracts;
using Platform.Training.Classes;

namespace Platform.Training.Tests.Domain;

/// <summary>The enrolment rules of <see cref="TrainingClass"/> on their own: no HTTP, no database.</summary>
public sealed class TrainingClassEnrolmentTests
{
    private static readonly DateTime Now = new(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    // VN → P9 → P9001, P9002; VN → P8 → P8001.
    private static readonly UnitTree Tree = new(
    [
        new UnitNode("VN", "Việt Nam", UnitLevel.Nation, null),
        new UnitNode("P9", "Tỉnh Chín", UnitLevel.Province, "VN"),
        new UnitNode("P9001", "Xã Một", UnitLevel.Commune, "P9"),
        new UnitNode("P9002", "Xã Hai", UnitLevel.Commune, "P9"),
        new UnitNode("P8", "Tỉnh Tám", UnitLevel.Province, "VN"),
        new UnitNode("P8001", "Xã Ba", UnitLevel.Commune, "P8"),
    ]);

    private static TrainingClass Class(string unit = "P9", int capacity = 2) => new()
    {
        Id = 7, UnitCode = unit, Audience = "collaborators", Title = "Lớp tập huấn", Capacity = capacity, Sessions = 2,
    };

    private static Enrolment Existing(int id, int person, EnrolmentStatus status) =>
        new() { Id = id, ClassId = 7, PersonId = person, Status = status };

    private static Enrolment Enrolled(int id) => Existing(id, id, EnrolmentStatus.Enrolled);

    private static Enrolment Waiting(int id) => Existing(id, id, EnrolmentStatus.Waiting);

    [Fact]
    public void Given_a_class_of_capacity_2_When_4_people_enrol_Then_2_are_enrolled_and_2_wait_in_turn()
    {
        var training = Class();
        var roster = new ClassRoster([]);

        var decisions = Enumerable.Range(1, 4).Select(p => training.Enrol(roster, p, "P9001", Tree, Now)).ToList();

        decisions.Select(d => (d.Enrolment!.PersonId, d.Enrolment.Status, d.WaitingPosition)).Should().Equal(
            (1, EnrolmentStatus.Enrolled, (int?)null), (2, EnrolmentStatus.Enrolled, null),
            (3, EnrolmentStatus.Waiting, 1), (4, EnrolmentStatus.Waiting, 2));
        decisions.Should()
            .OnlyContain(d => d.Refusal == null && d.Enrolment!.ClassId == 7 && d.Enrolment.EnrolledAtUtc == Now);
        (roster.Enrolled, roster.Waiting).Should().Be((2, 2));
    }

    [Fact]
    public void A_newcomer_to_a_full_class_waits_behind_those_already_waiting()
    {
        var roster = new ClassRoster([Enrolled(1), Enrolled(2), Waiting(3)]);

        var decision = Class().Enrol(roster, 4, "P9002", Tree, Now);

        (decision.Enrolment!.Status, decision.WaitingPosition).Should().Be((EnrolmentStatus.Waiting, (int?)2));
    }

    [Theory]
    [InlineData("P9", "P9", true)]
    [InlineData("P9", "P9001", true)]
    [InlineData("P9001", "P9002", false)]
    [InlineData("P9", "P8001", false)]
    [InlineData("P9001", "P9", false)]
    [InlineData("VN", "P8001", true)]
    [InlineData("P9", "ZZ999", false)]
    public void A_class_takes_people_of_its_unit_and_the_units_below_it_only(
        string classUnit, string personUnit, bool admitted)
    {
        var roster = new ClassRoster([]);

        var decision = Class(classUnit).Enrol(roster, 1, personUnit, Tree, Now);

        decision.Refusal.Should().Be(admitted ? null : EnrolmentRefusal.OutsideClassUnit);
        roster.Enrolled.Should().Be(admitted ? 1 : 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Someone_already_in_the_class_enrolled_or_waiting_is_refused_and_takes_no_second_place(bool waiting)
    {
        var roster = new ClassRoster([Existing(1, 5, waiting ? EnrolmentStatus.Waiting : EnrolmentStatus.Enrolled)]);

        var decision = Class().Enrol(roster, 5, "P9001", Tree, Now);

        decision.Should().Be(EnrolmentDecision.Refused(EnrolmentRefusal.AlreadyInClass));
        (roster.Enrolled + roster.Waiting).Should().Be(1);
    }

    [Fact]
    public void Someone_already_in_the_class_is_refused_as_such_even_when_now_registered_outside_its_unit()
    {
        var roster = new ClassRoster([Existing(1, 5, EnrolmentStatus.Enrolled)]);

        Class().Enrol(roster, 5, "P8001", Tree, Now).Refusal.Should().Be(EnrolmentRefusal.AlreadyInClass);
    }

    [Fact]
    public void A_completed_class_refuses_everyone_before_any_other_rule()
    {
        var training = Class();
        training.CompletedAtUtc = Now;
        var roster = new ClassRoster([Existing(1, 5, EnrolmentStatus.Enrolled)]);

        training.Enrol(roster, 5, "P8001", Tree, Now).Refusal.Should().Be(EnrolmentRefusal.ClassCompleted);
        training.Enrol(roster, 6, "P9001", Tree, Now).Refusal.Should().Be(EnrolmentRefusal.ClassCompleted);
        (roster.Enrolled, roster.Waiting).Should().Be((1, 0));
    }

    [Fact]
    public void Capacity_may_not_go_below_the_trainees_enrolled_and_nothing_changes()
    {
        var training = Class(capacity: 2);
        var roster = new ClassRoster([Enrolled(1), Enrolled(2), Waiting(3)]);

        training.TryChangeCapacity(1, roster).Should().BeFalse();

        (training.Capacity, roster.Enrolled, roster.Waiting).Should().Be((2, 2, 1));
    }

    [Fact]
    public void Given_2_enrolled_and_3_waiting_When_capacity_goes_from_2_to_4_Then_the_first_2_waiting_get_the_seats()
    {
        var training = Class(capacity: 2);
        var waiting = new[] { Waiting(3), Waiting(4), Waiting(5) };
        var roster = new ClassRoster([Enrolled(1), Enrolled(2), .. waiting]);

        training.TryChangeCapacity(4, roster).Should().BeTrue();

        waiting.Select(e => e.Status).Should()
            .Equal(EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Waiting);
        (training.Capacity, roster.Enrolled, roster.Waiting).Should().Be((4, 4, 1));
        training.Enrol(roster, 6, "P9001", Tree, Now).WaitingPosition.Should().Be(2);
    }

    [Fact]
    public void A_capacity_larger_than_everyone_seats_the_whole_waiting_list_and_the_next_person_too()
    {
        var training = Class(capacity: 1);
        var roster = new ClassRoster([Enrolled(1), Waiting(2)]);

        training.TryChangeCapacity(10, roster).Should().BeTrue();

        (roster.Enrolled, roster.Waiting).Should().Be((2, 0));
        training.Enrol(roster, 3, "P9002", Tree, Now).Enrolment!.Status.Should().Be(EnrolmentStatus.Enrolled);
    }
}
