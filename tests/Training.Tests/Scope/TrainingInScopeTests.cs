using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;
using Platform.Training.Tests.Support;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Tests.Scope;

/// <summary>
/// Within their scope a province's coordinator does the whole round (people, class, enrolment, attendance, completion),
/// each row recording its unit's province; rows written before provinces were recorded get theirs at the next start.
/// </summary>
public sealed class TrainingInScopeTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    [Fact]
    public async Task A_provincial_coordinator_trains_a_communes_people_from_registration_to_completion()
    {
        using var platform = new TrainingPlatform();
        await TrainingApi.ImportTestProvincesAsync(platform.CreateClient());
        var coordinator = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.TrainingCoordinator, UnitScope.Province("P9"))
        );
        var officer = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune("P9001"))
        );

        await TrainingApi.RegisterAsync(
            coordinator,
            [("A1", "P9001", "collaborators"), ("A2", "P9001", "collaborators")]
        );
        var training = await TrainingApi.CreateClassAsync(coordinator, "P9001", sessions: 1);
        await TrainingApi.EnrolAsync(coordinator, training.Id, "A1", "A2");
        await TrainingApi.AttendAsync(coordinator, training.Id, 1, new Dictionary<string, int> { ["A1"] = 1 });
        var completed = await TrainingApi.CompleteAsync(coordinator, training.Id);

        completed.CompletedTrainees.Should().Be(1);
        (await officer.GetAsync<ClassView>($"/api/training/classes/{training.Id}"))
            .Trainees.Select(t => t.PersonCode)
            .Should()
            .Equal("A1", "A2");
        (await platform.QueryAsync(db => db.People.Select(p => p.ProvinceCode).Distinct().ToListAsync()))
            .Should()
            .Equal("P9");
        (await platform.QueryAsync(db => db.Classes.Select(c => c.ProvinceCode).SingleAsync())).Should().Be("P9");
    }

    [Fact]
    public async Task Rows_written_before_provinces_were_recorded_get_them_at_the_next_start()
    {
        var first = PlatformFactory.InFolder(folder);
        var client = first.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            [("A1", "P9001", "collaborators"), ("S1", "VN", "communication_staff"), ("B1", "P8001", "collaborators")]
        );
        await TrainingApi.CreateClassAsync(client, "P9001");
        await ExecuteAsync(
            first,
            $"UPDATE {People} SET \"ProvinceCode\" = NULL; UPDATE {Classes} SET \"ProvinceCode\" = NULL;"
        );
        first.Dispose();

        using var restarted = PlatformFactory.InFolder(folder);
        var province = restarted.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Province("P9"))
        );

        (await province.GetStringAsync("/odata/Trainees/$count")).Should().Be("1");
        (await province.GetStringAsync("/odata/TrainingClasses/$count")).Should().Be("1");
        (
            await JoinedAsync(
                restarted,
                $"SELECT \"Code\" || ':' || coalesce(\"ProvinceCode\", '-') FROM {People} ORDER BY \"Code\""
            )
        )
            .Should()
            .Be("A1:P9,B1:P8,S1:-");
    }

    private static string People => PlatformFactory.Table("training", "training_people");

    private static string Classes => PlatformFactory.Table("training", "training_classes");

    private static async Task ExecuteAsync(PlatformFactory factory, string sql)
    {
        await using var connection = await factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the rows of <paramref name="sql"/>, in their order, joined with commas (what
    /// SQLite's <c>group_concat</c> would make, on either provider).</summary>
    private static async Task<string> JoinedAsync(PlatformFactory factory, string sql)
    {
        await using var connection = await factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return string.Join(',', values);
    }
}
