using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>
/// A database written before the deadlines followed the seeds (the nation by 31/12, the plan to 2025 with dates,
/// communes by 30/11 "qua Sở Nội vụ", the offset column) is brought in line by the migration at the next start.
/// </summary>
public sealed class DeadlineMigrationTests : IDisposable
{
    private const string Old = """
        ALTER TABLE plans_plans ADD COLUMN SubordinateReportOffsetDays INTEGER NOT NULL DEFAULT 0;
        UPDATE plans_plans SET Deadlines = '[{"DueDay":31,"DueMonth":12,"Recipient":"Bộ Nội vụ","Title":"Báo cáo"}]'
            WHERE ParentPlanId IS NULL;
        UPDATE plans_plans SET Deadlines =
        '[{"DueDay":30,"DueMonth":11,"Recipient":"Ủy ban nhân dân tỉnh Thử Nghiệm (qua Sở Nội vụ)","Title":"Báo cáo"}]'
            WHERE Path LIKE '/VN-2021-2025/T1-2021-2025/_%';
        UPDATE plans_plans SET Deadlines =
        '[{"DueDay":15,"DueMonth":12,"Recipient":"Bộ Lao động - Thương binh và Xã hội","Title":"Báo cáo"}]'
            WHERE Code = 'T1-2021-2025';
        UPDATE plans_plans SET Deadlines = json_set(Deadlines, '$[0].DueDay', 30, '$[0].DueMonth', 11,
                '$[0].Recipient', replace(json_extract(Deadlines, '$[0].Recipient'), '(thông qua ', '(qua '))
            WHERE Path LIKE '/VN-2026-2030/75-2026-2030/_%';
        DELETE FROM plans_migrations_history WHERE MigrationId LIKE '%_ReportingSchedules';
        """;

    private readonly string folder = PlatformFactory.NewFolder();

    [SqliteOnlyFact(
        "it replays a SQLite migration on what older SQLite databases held; PostgreSQL starts from its own first one"
    )]
    public async Task The_nations_and_the_2021_2025_deadlines_go_and_the_communes_move_to_15_December_through_Home_Affairs_on_SQLite_whose_old_migration_it_replays()
    {
        using (var first = PlatformFactory.InFolder(folder))
        {
            first.ReportingDatesFor2021To2025 = false;
            var client = first.CreateClient();
            await SyntheticProvince.ImportAndCascadeAsync(client);
            var generated = await client.PostAsJsonAsync(
                "/api/plans/VN-2026-2030/subordinates",
                new { unitCode = "75", cascade = true }
            );
            generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
            await ExecuteAsync(first, Old);
            (await MonitoringApi.DeadlinesAsync(client, 2026, "asOf=2026-12-01"))
                .Where(d => d.Level == UnitLevel.Commune)
                .Should()
                .HaveCount(95)
                .And.OnlyContain(
                    d => d.Due == new DateOnly(2026, 11, 30),
                    "the database now holds what the old code wrote"
                );
        }

        using var restarted = PlatformFactory.InFolder(folder);
        restarted.ReportingDatesFor2021To2025 = false;
        var again = restarted.CreateClient();

        var deadlines = await MonitoringApi.DeadlinesAsync(again, 2026, "asOf=2026-12-01");
        deadlines.Should().HaveCount(96).And.OnlyContain(d => d.Due == new DateOnly(2026, 12, 15));
        deadlines
            .Where(d => d.Level == UnitLevel.Commune)
            .Should()
            .OnlyContain(d => d.Recipient == "Ủy ban nhân dân tỉnh Đồng Nai (thông qua Sở Nội vụ)");
        (await MonitoringApi.DeadlinesAsync(again, 2022)).Should().BeEmpty();
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private static async Task ExecuteAsync(PlatformFactory factory, string sql)
    {
        await using var connection = await factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
