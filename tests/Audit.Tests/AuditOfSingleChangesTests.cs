using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Audit.Tests.Support;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Audit.Tests;

/// <summary>Every change made through a command is one entry: who (the caller), when (the clock, UTC), what, before and
/// after.</summary>
public sealed class AuditOfSingleChangesTests(AuditedProvinceFixture fixture) : IClassFixture<AuditedProvinceFixture>
{
    private static readonly string[] Trainers = ["Trần Thị Giảng"];
    private static readonly string[] OneTrainer = ["Giảng viên"];
    private static readonly string[] A1AndB1 = ["A1", "B1"];
    private static readonly string[] B1AndA1 = ["B1", "A1"];
    private static readonly string[] A1Only = ["A1"];

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_override_is_recorded_with_the_caller_the_clock_and_the_floor_before_and_after()
    {
        var planner = fixture.Factory.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province("T1"))
        );
        var id = await ObligationIdAsync("T1", 2021, "ENTERPRISE_CONF");
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(17));
        var at = fixture.Factory.Clock.GetUtcNow().UtcDateTime;

        var response = await planner.PutAsJsonAsync(
            $"/api/obligations/{id}/override",
            new
            {
                floor = 12,
                stretch = 16,
                reason = "hai khu công nghiệp mới",
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var entry = (
            await AuditApi.OfAsync(Client, "Obligation", id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        )
            .Should()
            .ContainSingle()
            .Subject;
        entry
            .Should()
            .BeEquivalentTo(
                new
                {
                    UserName = "test-provincial_planner",
                    At = at,
                    Action = "Modified",
                    EntityType = "Obligation",
                    UnitCode = "T1",
                    Operation = "OverrideObligationCommand",
                }
            );
        var before = AuditApi.Json(entry.Before);
        var after = AuditApi.Json(entry.After);
        before.GetProperty("Floor").GetInt64().Should().Be(10);
        after.GetProperty("Floor").GetInt64().Should().Be(12);
        before.GetProperty("Stretch").GetInt64().Should().Be(15);
        after.GetProperty("Stretch").GetInt64().Should().Be(16);
        before.GetProperty("Overridden").GetBoolean().Should().BeFalse();
        after.GetProperty("OverrideReason").GetString().Should().Be("hai khu công nghiệp mới");
        before.GetProperty("Version").GetInt32().Should().Be(1);
        after.GetProperty("Version").GetInt32().Should().Be(2);
        entry.After.Should().Contain("hai khu công nghiệp mới", "Vietnamese is stored as UTF-8, not \\u escapes");
    }

    [Fact]
    public async Task A_class_edit_records_only_the_fields_it_changed()
    {
        var created = await Client.PostAsJsonAsync(
            "/api/training/classes",
            new
            {
                unitCode = "T1",
                audience = "collaborators",
                title = "Tập huấn cộng tác viên",
                startDate = "2024-03-04",
                endDate = "2024-03-08",
                sessions = 4,
                capacity = 30,
                trainers = Trainers,
                venue = "Hội trường BHXH tỉnh",
            }
        );
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync())
            .GetProperty("id")
            .GetInt32()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/training/classes/{id}")
        {
            Content = JsonContent.Create(
                new
                {
                    title = "Tập huấn cộng tác viên BHXH tự nguyện",
                    startDate = "2024-03-04",
                    endDate = "2024-03-08",
                    capacity = 40,
                }
            ),
            Headers = { { "If-Match", "\"1\"" } },
        };
        (await Client.SendAsync(edit)).StatusCode.Should().Be(HttpStatusCode.OK);

        var entries = await AuditApi.OfAsync(Client, "TrainingClass", id);
        entries
            .Select(e => (e.Action, e.Operation))
            .Should()
            .Equal(("Added", "CreateClassCommand"), ("Modified", "EditClassCommand"));
        entries[0].UserName.Should().Be("admin");
        entries[0].UnitCode.Should().Be("T1");
        AuditApi.Json(entries[0].After).GetProperty("Title").GetString().Should().Be("Tập huấn cộng tác viên");
        var before = AuditApi.Json(entries[1].Before);
        var after = AuditApi.Json(entries[1].After);
        before.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("Title", "Capacity", "Version");
        (
            before.GetProperty("Title").GetString(),
            before.GetProperty("Capacity").GetInt32(),
            before.GetProperty("Version").GetInt32()
        )
            .Should()
            .Be(("Tập huấn cộng tác viên", 30, 1));
        (
            after.GetProperty("Title").GetString(),
            after.GetProperty("Capacity").GetInt32(),
            after.GetProperty("Version").GetInt32()
        )
            .Should()
            .Be(("Tập huấn cộng tác viên BHXH tự nguyện", 40, 2));
    }

    [Fact]
    public async Task An_activity_correction_and_withdrawal_are_recorded_with_their_values()
    {
        var recorded = await Client.PostAsJsonAsync(
            "/api/monitoring/activities",
            Activity(count: 2, notes: "Bản tin BHXH")
        );
        recorded.StatusCode.Should().Be(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var id = (await recorded.ReadJsonAsync())
            .GetProperty("id")
            .GetInt32()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        (
            await Client.PutAsJsonAsync(
                $"/api/monitoring/activities/{id}",
                Activity(count: 3, notes: "Bản tin BHXH tự nguyện")
            )
        )
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await Client.DeleteAsync($"/api/monitoring/activities/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var entries = await AuditApi.OfAsync(Client, "ActivityReport", id);
        entries
            .Select(e => (e.Action, e.Operation, e.UnitCode))
            .Should()
            .Equal(
                ("Added", "RecordActivityCommand", "T1001"),
                ("Modified", "CorrectActivityCommand", "T1001"),
                ("Deleted", "WithdrawActivityCommand", "T1001")
            );
        var before = AuditApi.Json(entries[1].Before);
        var after = AuditApi.Json(entries[1].After);
        before.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("Count", "Notes", "Version");
        (before.GetProperty("Count").GetInt64(), before.GetProperty("Notes").GetString())
            .Should()
            .Be((2, "Bản tin BHXH"));
        (after.GetProperty("Count").GetInt64(), after.GetProperty("Notes").GetString())
            .Should()
            .Be((3, "Bản tin BHXH tự nguyện"));
        entries[2].After.Should().BeNull();
        var deleted = AuditApi.Json(entries[2].Before);
        (
            deleted.GetProperty("Count").GetInt64(),
            deleted.GetProperty("Date").GetString(),
            deleted.GetProperty("Version").GetInt32()
        )
            .Should()
            .Be((3, "2022-03-01", 2));
    }

    [Fact]
    public async Task A_session_register_is_one_entry_with_who_was_present_before_and_after_and_a_people_file_one_summary()
    {
        (
            await Client.PostCsvAsync(
                "/api/units/import",
                "code,name,type,parent_code\nP7,Tỉnh Bảy,tỉnh,VN\nP7001,Xã Bảy Một,xã,P7\n"
            )
        ).EnsureSuccessStatusCode();
        (
            await Client.PostCsvAsync(
                "/api/training/people/import",
                "code,full_name,unit_code,audience\nA1,Nguyễn Thị A,P7001,collaborators\nB1,Trần Văn "
                    + "B,P7001,collaborators\n"
            )
        ).EnsureSuccessStatusCode();
        var created = await Client.PostAsJsonAsync(
            "/api/training/classes",
            new
            {
                unitCode = "P7",
                audience = "collaborators",
                title = "Tập huấn",
                startDate = "2025-09-01",
                endDate = "2025-09-05",
                sessions = 2,
                capacity = 10,
                trainers = OneTrainer,
                venue = "Hội trường",
            }
        );
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        (
            await Client.PostAsJsonAsync(
                $"/api/training/classes/{id}/enrolments",
                new { personCodes = A1AndB1 }
            )
        ).EnsureSuccessStatusCode();

        (
            await Client.PutAsJsonAsync(
                $"/api/training/classes/{id}/sessions/1/attendance",
                new { present = B1AndA1 }
            )
        ).EnsureSuccessStatusCode();
        (
            await Client.PutAsJsonAsync(
                $"/api/training/classes/{id}/sessions/1/attendance",
                new { present = A1AndB1 }
            )
        ).EnsureSuccessStatusCode();
        (
            await Client.PutAsJsonAsync(
                $"/api/training/classes/{id}/sessions/1/attendance",
                new { present = A1Only }
            )
        ).EnsureSuccessStatusCode();

        var registers = await AuditApi.OfAsync(Client, "AttendanceMark", $"{id}:1");
        registers.Select(e => (e.Action, e.Operation, e.UnitCode, e.Before, e.After)).Should().Equal(
            ("Recorded", "RecordAttendanceCommand", "P7", "{\"present\":[]}", "{\"present\":[\"A1\",\"B1\"]}"),
            ("Recorded", "RecordAttendanceCommand", "P7", "{\"present\":[\"A1\",\"B1\"]}", "{\"present\":[\"A1\"]}"));
        var people = (await AuditApi.ReadAsync(Client, "entity=Person")).Items.Should().ContainSingle().Subject;
        (people.Action, people.Operation).Should().Be(("Imported", "ImportPeopleCommand"));
        AuditApi
            .Json(people.After)
            .GetProperty("details")
            .GetProperty("addedCodes")
            .EnumerateArray()
            .Select(c => c.GetString())
            .Should()
            .Equal("A1", "B1");
        (await AuditApi.ReadAsync(Client, $"entity=Enrolment"))
            .Items.Select(e => (e.Action, e.Operation))
            .Should()
            .Equal(("Added", "EnrolCommand"), ("Added", "EnrolCommand"));
    }

    private static object Activity(long count, string notes) => new
    {
        unitCode = "T1001", date = "2022-03-01", kind = "radio_broadcast", audienceGroup = "voluntary_participants",
        communicationForm = "loudspeaker_radio", count, notes,
    };

    private async Task<int> ObligationIdAsync(string unit, int year, string indicator)
    {
        var page = await Client.GetAsync<JsonElement>(
            $"/api/plans/T1-2021-2025/obligations?unitCode={unit}&year={year}&indicator={indicator}"
        );
        return page.GetProperty("items")[0].GetProperty("id").GetInt32();
    }
}
