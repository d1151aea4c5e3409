using System.Net;
using System.Net.Http.Json;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Scope;

/// <summary>
/// Within their scope a commune's officer records and imports activities, each recording its unit's province;
/// activities recorded before provinces were recorded get theirs at the next start.
/// </summary>
public sealed class MonitoringInScopeTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    [Fact]
    public async Task A_commune_officer_records_and_imports_the_communes_activities()
    {
        using var platform = new PlatformFactory();
        await SyntheticStructure.ImportAsync(platform.CreateClient(), [], communePopulations: false);
        var officer = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune("T1001"))
        );

        var recorded = await officer.PostAsJsonAsync(
            "/api/monitoring/activities",
            new
            {
                unitCode = "T1001",
                date = "2022-04-01",
                kind = "radio_broadcast",
                audienceGroup = "voluntary_participants",
                communicationForm = "loudspeaker_radio",
            }
        );
        await MonitoringApi.ImportAsync(officer, MonitoringApi.Broadcasts("T1001", 2022, 3));

        recorded.StatusCode.Should().Be(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        (await officer.GetAsync<ActivityPage>("/api/monitoring/activities")).Total.Should().Be(4);
        (
            await JoinedAsync(
                platform,
                $"SELECT DISTINCT \"ProvinceCode\" FROM {Activities} WHERE \"ProvinceCode\" IS NOT NULL"
            )
        )
            .Should()
            .Be("T1");
    }

    [Fact]
    public async Task Activities_recorded_before_provinces_were_recorded_get_them_at_the_next_start()
    {
        var first = PlatformFactory.InFolder(folder);
        var client = first.CreateClient();
        await SyntheticStructure.ImportAsync(client, [], communePopulations: false);
        await MonitoringApi.ImportAsync(
            client,
            MonitoringApi.Broadcasts("T1001", 2022, 3)
                + MonitoringApi.Line("VN", new DateOnly(2022, 5, 1), "survey_workshop")
        );
        await ExecuteAsync(first, $"UPDATE {Activities} SET \"ProvinceCode\" = NULL");
        first.Dispose();

        using var restarted = PlatformFactory.InFolder(folder);
        var province = restarted.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Province("T1"))
        );

        (await province.GetStringAsync("/odata/ActivityReports/$count")).Should().Be("3");
        (
            await JoinedAsync(
                restarted,
                "SELECT \"UnitCode\" || ':' || coalesce(\"ProvinceCode\", '-') FROM (SELECT DISTINCT \"UnitCode\", "
                    + $"\"ProvinceCode\" FROM {Activities}) AS d ORDER BY \"UnitCode\""
            )
        )
            .Should()
            .Be("T1001:T1,VN:-");
    }

    private static string Activities => PlatformFactory.Table("monitoring", "monitoring_activity_reports");

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
