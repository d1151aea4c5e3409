using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.Tabular;
using Platform.TestKit;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.People;

public sealed class PeopleImportTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task Importing_people_registers_them_in_NFC_and_reimporting_the_same_file_changes_nothing()
    {
        var decomposed = "Nguyễn Thị Hồng".Normalize(NormalizationForm.FormD);
        var csv =
            $"code,full_name,unit_code,audience,gender,birth_year\nC1,  {decomposed} "
                + $",P9001,collaborators,nữ,1980\nS1,Lê Văn Bảo,P9,communication_staff,,\n";

        var first = await (await client.PostCsvAsync("/api/training/people/import", csv)).ReadAsync<ImportReport>();
        var again = await (await client.PostCsvAsync("/api/training/people/import", csv)).ReadAsync<ImportReport>();

        first.Should().BeEquivalentTo(new { Rows = 2, Added = 2, Updated = 0, Unchanged = 0 });
        again.Should().BeEquivalentTo(new { Rows = 2, Added = 0, Updated = 0, Unchanged = 2, Changed = false });
        var person = await platform.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Code == "C1"));
        person.FullName.Should().Be("Nguyễn Thị Hồng".Normalize(NormalizationForm.FormC));
        person.Gender.Should().Be("F");
        person.BirthYear.Should().Be(1980);
    }

    [Fact]
    public async Task A_known_person_code_updates_the_person_instead_of_adding_one()
    {
        await TrainingApi.RegisterAsync(client, [("C1", "P9001", "collaborators")]);

        var report = await (
            await client.PostCsvAsync(
                "/api/training/people/import",
                "code,full_name,unit_code,audience\nC1,Nguyễn Văn C1,P9002,collaborators\n"
            )
        ).ReadAsync<ImportReport>();

        report
            .Should()
            .BeEquivalentTo(
                new
                {
                    Rows = 1,
                    Added = 0,
                    Updated = 1,
                }
            );
        (await platform.QueryAsync(db => db.People.AsNoTracking().Select(p => p.UnitCode).ToListAsync()))
            .Should()
            .Equal("P9002");
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_rejected_naming_each_row_and_writes_nothing()
    {
        await TrainingApi.RegisterAsync(client, [("C0", "P9001", "collaborators")]);
        var before = await platform.AllRowsAsync();
        const string csv = """
            code,full_name,unit_code,audience,birth_year
            C1,Nguyễn Văn Một,P9001,collaborators,1980
            C2,Nguyễn Văn Hai,ZZ999,collaborators,
            C3,,P9001,collaborators,
            C4,Nguyễn Văn Bốn,P9001,farmers,
            C1,Nguyễn Văn Một,P9001,collaborators,
            C6,Nguyễn Văn Sáu,P9001,collaborators,1800
            """;

        var response = await client.PostCsvAsync("/api/training/people/import", csv + "\n");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors.Should().ContainKeys("row 2", "row 3", "row 4", "row 5", "row 6").And.NotContainKey("row 1");
        problem
            .Errors!["row 2"]
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be("Row 2: unknown unit code 'ZZ999': no unit with that code is in force today.");
        problem.Errors["row 4"].Single().Should().StartWith("Row 4: unknown audience 'farmers'");
        problem.Errors["row 5"].Single().Should().Be("Row 5: duplicate person code 'C1': already given on row 1.");
        problem.Detail.Should().StartWith("The file was rejected and nothing was imported. Row 2:");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_file_without_the_expected_columns_is_rejected()
    {
        var response = await client.PostCsvAsync("/api/training/people/import", "code,name\nC1,A\n");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainKey("file");
    }
}
