using System.Net;
using System.Net.Http.Json;
using Platform.TestKit;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Scope;

/// <summary>
/// P9's coordinator writing about P8: single writes answer 404 as for an unknown class, person or unit; files with a
/// row outside the scope are rejected whole, naming the row; and nothing at all is written.
/// </summary>
public sealed class TrainingWriteScopeTests(TwoProvincesTrainingFixture platform)
    : IClassFixture<TwoProvincesTrainingFixture>
{
    private static readonly string[] Trainers = ["Trần A"];

    private const string ClassHeader =
        "code,unit_code,audience,title,start_date,end_date,sessions,capacity,trainers,venue,online\n";

    [Fact]
    public async Task Single_writes_about_another_province_answer_404_and_write_nothing()
    {
        var before = await platform.AllRowsAsync();
        var client = platform.Province;
        var open = platform.Classes["K-P8-OPEN"];

        var responses = new[]
        {
            await client.PostAsJsonAsync(
                "/api/training/classes",
                new
                {
                    unitCode = "P8001",
                    audience = "collaborators",
                    title = "Lớp của tỉnh khác",
                    startDate = new DateOnly(2025, 10, 1),
                    endDate = new DateOnly(2025, 10, 2),
                    sessions = 1,
                    capacity = 10,
                    trainers = Trainers,
                    venue = "Hội trường",
                }
            ),
            await TrainingApi.TryEnrolAsync(client, open, "E1-A"),
            await TrainingApi.TryEnrolAsync(client, platform.Classes["K-P9-OPEN"], "C1-A", "E1-A"),
            await client.PutAsJsonAsync(
                $"/api/training/classes/{open}/sessions/1/attendance",
                new { present = Array.Empty<string>() }
            ),
            await client.PostAsync($"/api/training/classes/{open}/complete", null),
        };

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
        (await Problem.ReadAsync(responses[0]))
            .Detail.Should()
            .Be("No unit with the code 'P8001' is in force in 2025, the year the class starts.");
        (await Problem.ReadAsync(responses[2]))
            .Detail.Should()
            .Be("No registered person has the code 'E1-A'; nobody was enrolled.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Theory]
    [InlineData(
        "/api/training/people/import",
        "code,full_name,unit_code,audience\nC3-A,Nguyễn Văn Ba,P9003,collaborators\nE1-C,Nguyễn Văn "
            + "Tám,P8001,collaborators\n",
        "row 2",
        "Row 2: unknown unit code 'P8001': no unit with that code is in force today."
    )]
    [InlineData(
        "/api/training/people/import",
        "code,full_name,unit_code,audience\nE1-A,Nguyễn Văn E,P9001,collaborators\n",
        "row 1",
        "Row 1: the person code 'E1-A' is already used by someone registered outside your scope; choose another code."
    )]
    [InlineData(
        "/api/training/classes/import",
        ClassHeader
            + "K-NEW,P9,collaborators,Mới,2025-10-01,2025-10-02,1,10,Trần A,Hội trường,\nK-P8-X,P8,collaborators,Tỉnh "
            + "khác,2025-10-01,2025-10-02,1,10,Trần A,Hội trường,\n",
        "row 2",
        "Row 2: unknown unit code 'P8': no unit with that code is in force in 2025."
    )]
    [InlineData(
        "/api/training/classes/import",
        ClassHeader + "K-P8-OPEN,P9,collaborators,Chiếm mã,2025-10-01,2025-10-02,1,10,Trần A,Hội trường,\n",
        "row 1",
        "Row 1: the class code 'K-P8-OPEN' is already used by a class outside your scope; choose another code."
    )]
    [InlineData(
        "/api/training/enrolments/import",
        "class_code,person_code\nK-P9-OPEN,C1-A\nK-P8-OPEN,C1-B\n",
        "row 2",
        "Row 2: unknown class code 'K-P8-OPEN'."
    )]
    [InlineData(
        "/api/training/enrolments/import",
        "class_code,person_code\nK-P9-OPEN,C1-A\nK-P9-OPEN,E1-B\n",
        "row 2",
        "Row 2: no registered person has the code 'E1-B'."
    )]
    [InlineData(
        "/api/training/attendance/import",
        "class_code,session,person_code\nK-P8-OPEN,1,E1-A\n",
        "row 1",
        "Row 1: unknown class code 'K-P8-OPEN'."
    )]
    public async Task A_file_with_a_row_outside_the_scope_is_rejected_whole_and_nothing_is_written(
        string url,
        string csv,
        string row,
        string error
    )
    {
        var before = await platform.AllRowsAsync();

        var response = await platform.Province.PostCsvAsync(url, csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await Problem.ReadAsync(response);
        problem.Errors!.Keys.Should().Equal(row);
        problem.Errors[row].Should().Equal(error);
        (await platform.AllRowsAsync()).Should().Equal(before);
    }
}
