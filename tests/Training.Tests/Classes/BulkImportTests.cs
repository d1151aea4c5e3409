using System.Globalization;
using System.Net;
using Platform.Documents.Tabular;
using Platform.TestKit;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Classes;

/// <summary>A province's year arrives as files: classes, enrolments and attendance, each all or nothing and
/// idempotent.</summary>
public sealed class BulkImportTests : IAsyncLifetime, IDisposable
{
    private const string Classes = """
        code,unit_code,audience,title,start_date,end_date,sessions,capacity,trainers,venue,online
        L1,P9,collaborators,Tập huấn cộng tác viên,2025-09-01,2025-09-08,8,2,Trần A; Lê B,Hội trường tỉnh,
        L2,P9001,collaborators,Tập huấn xã Một,01/10/2025,02/10/2025,2,30,Trần A,,true
        """;

    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            [
                ("A1", "P9001", "collaborators"),
                ("A2", "P9001", "collaborators"),
                ("A3", "P9002", "collaborators"),
                ("Z1", "P8001", "collaborators"),
            ]
        );
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private async Task<ImportReport> ImportAsync(string url, string csv)
    {
        var response = await client.PostCsvAsync(url, csv + "\n");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ImportReport>();
    }

    [Fact]
    public async Task Classes_created_without_a_code_do_not_stop_a_later_class_file()
    {
        await TrainingApi.CreateClassAsync(client, "P9001");
        await TrainingApi.CreateClassAsync(client, "P9002");

        var report = await ImportAsync("/api/training/classes/import", Classes);

        report.Should().BeEquivalentTo(new { Rows = 2, Added = 2, Updated = 0 });
    }

    [Fact]
    public async Task A_class_file_schedules_classes_and_resending_it_changes_nothing()
    {
        var first = await ImportAsync("/api/training/classes/import", Classes);
        var again = await ImportAsync("/api/training/classes/import", Classes);

        first.Should().BeEquivalentTo(new { Rows = 2, Added = 2, Updated = 0 });
        again.Should().BeEquivalentTo(new { Rows = 2, Added = 0, Updated = 0, Unchanged = 2 });
        var online = await TrainingApi.ReadClassAsync(client, 2);
        online
            .Should()
            .BeEquivalentTo(
                new
                {
                    Code = "L2",
                    UnitCode = "P9001",
                    StartDate = new DateOnly(2025, 10, 1),
                    Sessions = 2,
                    Online = true,
                    Venue = (string?)null,
                }
            );
        (await TrainingApi.ReadClassAsync(client, 1)).Trainers.Should().Equal("Trần A", "Lê B");
    }

    [Fact]
    public async Task A_class_file_with_bad_rows_names_them_and_schedules_nothing()
    {
        const string csv = """
            code,unit_code,audience,title,start_date,end_date,sessions,capacity,trainers,venue,online
            L1,P9,collaborators,Tốt,2025-09-01,2025-09-08,8,50,Trần A,Hội trường,
            L2,ZZ,collaborators,Đơn vị sai,2025-09-01,2025-09-08,8,50,Trần A,Hội trường,
            L3,P9,collaborators,Ngày sai,2025-09-08,2025-09-01,8,50,Trần A,Hội trường,
            L4,P9,collaborators,Không địa điểm,2025-09-01,2025-09-08,8,50,Trần A,,
            123,P9,collaborators,Mã số,2025-09-01,2025-09-08,0,50,Trần A,Hội trường,
            """;

        var response = await client.PostCsvAsync("/api/training/classes/import", csv + "\n");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors.Should().ContainKeys("row 2", "row 3", "row 4", "row 5").And.NotContainKey("row 1");
        problem
            .Errors!["row 2"]
            .Should()
            .Equal("Row 2: unknown unit code 'ZZ': no unit with that code is in force in 2025.");
        problem.Errors["row 5"].Should().HaveCount(2);
        (await platform.AllRowsAsync()).Should().NotContain(r => r.StartsWith("class", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_enrolment_file_fills_seats_in_file_order_then_the_waiting_list_and_is_idempotent()
    {
        await ImportAsync("/api/training/classes/import", Classes);
        const string enrolments = "class_code,person_code\nL1,A1\nL1,A2\nL1,A3\nL2,A1";

        var first = await ImportAsync("/api/training/enrolments/import", enrolments);
        var again = await ImportAsync("/api/training/enrolments/import", enrolments);

        first.Should().BeEquivalentTo(new { Rows = 4, Added = 4 });
        again.Should().BeEquivalentTo(new { Rows = 4, Added = 0, Unchanged = 4 });
        var l1 = await TrainingApi.ReadClassAsync(client, 1);
        l1.Trainees.Select(t => (t.PersonCode, t.Status, t.WaitingPosition))
            .Should()
            .Equal(("A1", "Enrolled", null), ("A2", "Enrolled", null), ("A3", "Waiting", (int?)1));
    }

    [Fact]
    public async Task A_class_file_changes_a_capacity_as_an_edit_does_not_below_the_enrolled_and_seating_the_waiting()
    {
        await ImportAsync("/api/training/classes/import", Classes);
        await ImportAsync("/api/training/enrolments/import", "class_code,person_code\nL1,A1\nL1,A2\nL1,A3");
        string L1WithCapacity(int capacity) => Classes.Replace(",8,2,", $",8,{capacity},", StringComparison.Ordinal);

        var smaller = await client.PostCsvAsync("/api/training/classes/import", L1WithCapacity(1) + "\n");
        var larger = await ImportAsync("/api/training/classes/import", L1WithCapacity(3));

        smaller.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(smaller)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 1"] = ["Row 1: class 'L1' has 2 trainees enrolled; its capacity may not go down to 1."],
        });
        larger.Should().BeEquivalentTo(new { Rows = 2, Added = 0, Updated = 1, Unchanged = 1 });
        var l1 = await TrainingApi.ReadClassAsync(client, 1);
        (l1.Capacity, l1.Enrolled, l1.Waiting).Should().Be((3, 3, 0));
        l1.Trainees.Select(t => (t.PersonCode, t.Status)).Should()
            .Equal(("A1", "Enrolled"), ("A2", "Enrolled"), ("A3", "Enrolled"));
    }

    [Fact]
    public async Task An_enrolment_file_refuses_people_outside_the_class_unit_and_enrols_nobody()
    {
        await ImportAsync("/api/training/classes/import", Classes);

        var response = await client.PostCsvAsync(
            "/api/training/enrolments/import",
            "class_code,person_code\nL2,A1\nL2,A3\nL1,Z1\nL9,A1\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem
            .Errors!["row 2"]
            .Should()
            .Equal("Row 2: 'A3' is registered in unit P9002, outside P9001 which holds class 'L2'.");
        problem
            .Errors["row 3"]
            .Should()
            .Equal("Row 3: 'Z1' is registered in unit P8001, outside P9 which holds class 'L1'.");
        problem.Errors["row 4"].Should().Equal("Row 4: unknown class code 'L9'.");
        (await platform.AllRowsAsync()).Should().NotContain(r => r.StartsWith("enrolment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attendance_by_class_code_then_completion_counts_seven_of_eight_but_not_six()
    {
        await ImportAsync("/api/training/classes/import", Classes);
        await ImportAsync("/api/training/enrolments/import", "class_code,person_code\nL1,A1\nL1,A2");
        var marks = new System.Text.StringBuilder("class_code,session,person_code\n");
        for (var s = 1; s <= 8; s++)
        {
            if (s <= 7)
            {
                marks.Append(CultureInfo.InvariantCulture, $"L1,{s},A1\n");
            }

            if (s <= 6)
            {
                marks.Append(CultureInfo.InvariantCulture, $"L1,{s},A2\n");
            }
        }

        var report = await ImportAsync("/api/training/attendance/import", marks.ToString().TrimEnd('\n'));
        var completed = await TrainingApi.CompleteAsync(client, 1);

        report.Added.Should().Be(13);
        completed
            .Trainees.Select(t => (t.PersonCode, t.AttendedSessions, t.Completed))
            .Should()
            .Equal(("A1", 7, (bool?)true), ("A2", 6, (bool?)false));
    }
}
