using System.Net.Http.Json;
using System.Data.Common;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests;

/// <summary>
/// A write that fails half-way leaves nothing behind. The failure is made by a trigger in the database that aborts the
/// last row of a request (what a full disk or a constraint would do), so the rows before it were already sent to the
/// database.
/// </summary>
public sealed class PartialWriteTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    public static TheoryData<string, string, string, string> ImportsFailingOnTheirLastRow() =>
        new()
        {
            {
                "/api/units/import",
                "code,name,type,parent_code\nT8,Tỉnh Tám,tỉnh,VN\nT8001,Xã Một,xã,T8\nT8002,Xã Hai,xã,T8\n",
                "plans_units",
                "NEW.\"Code\" = 'T8002'"
            },
            {
                "/api/statistics/import",
                "unit_code,year,metric,value,source\nT1,2022,population,111,UBND\nT1,2022,collaborators,222,UBND\n"
                + "T1,2022,mass_organisations,333,UBND\n",
                "plans_unit_statistics",
                "NEW.\"Value\" = 333"
            },
            {
                "/api/training/people/import",
                "code,full_name,unit_code,audience\nQ1,Một,75,collaborators\nQ2,Hai,75,collaborators\nQ3,Ba,75,"
                + "collaborators\n",
                "training_people",
                "NEW.\"Code\" = 'Q3'"
            },
            {
                "/api/monitoring/activities/import",
                "unit_code,date,kind,audience_group,communication_form,count,participants,notes\nT1,2024-05-10,"
                + "radio_broadcast,voluntary_participants,loudspeaker_radio,1,,một\nT1,2024-05-11,radio_broadcast,"
                + "voluntary_participants,loudspeaker_radio,1,,hai\nT1,2024-05-12,radio_broadcast,"
                + "voluntary_participants,loudspeaker_radio,1,,ba\n",
                "monitoring_activity_reports",
                "NEW.\"Notes\" = 'ba'"
            },
        };

    [Theory]
    [MemberData(nameof(ImportsFailingOnTheirLastRow))]
    public async Task An_import_that_fails_on_its_last_row_in_the_database_writes_none_of_its_rows(
        string url,
        string csv,
        string table,
        string condition
    )
    {
        await using var trigger = await FailingTriggerAsync("INSERT", table, condition);

        var refused = await platform.AssertRefusedAsync(
            c => c.PostCsvAsync(url, csv),
            $"{url} failing on its last row"
        );

        refused.Message.Should().Contain("Nothing was saved");
    }

    [Fact]
    public async Task A_yearly_report_submission_whose_snapshot_cannot_be_saved_leaves_no_submission_behind()
    {
        await using var trigger = await FailingTriggerAsync(
            "UPDATE OF \"SnapshotJson\"",
            "monitoring_report_submissions",
            "1 = 1"
        );

        var refused = await platform.AssertRefusedAsync(
            c =>
                c.PostAsJsonAsync(
                    $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2023/submission",
                    new { by = "Nguyễn Văn A" }
                ),
            "a submission whose snapshot fails"
        );

        refused.Message.Should().Contain("Nothing was saved");
        (
            await platform.Client.GetAsync<System.Text.Json.JsonElement>(
                $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2023"
            )
        )
            .GetProperty("submission")
            .ValueKind.Should()
            .Be(System.Text.Json.JsonValueKind.Null, "the report is still unsubmitted");
    }

    /// <summary>A trigger that aborts the statement when <paramref name="condition"/> holds, as a constraint would (on
    /// PostgreSQL through a trigger function that raises a check violation); dropped on dispose.</summary>
    private async Task<IAsyncDisposable> FailingTriggerAsync(string action, string table, string condition)
    {
        var name = TestDatabase.Table(table);
        var connection = await platform.Factory.OpenConnectionAsync();
        await ExecuteAsync(
            connection,
            TestDatabase.IsPostgreSql
                ? "CREATE FUNCTION simulated_failure() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'simulated failure' USING ERRCODE = 'check_violation'; END $$; "
                    + $"CREATE TRIGGER simulated_failure BEFORE {action} ON {name} FOR EACH ROW WHEN ({condition}) "
                    + "EXECUTE FUNCTION simulated_failure();"
                : $"CREATE TRIGGER simulated_failure BEFORE {action} ON {name} WHEN {condition} BEGIN SELECT "
                    + "RAISE(ABORT, 'simulated failure'); END;"
        );
        return new Dropper(connection, name);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Dropper(DbConnection connection, string table) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(
                connection,
                TestDatabase.IsPostgreSql
                    ? $"DROP TRIGGER simulated_failure ON {table}; DROP FUNCTION simulated_failure();"
                    : "DROP TRIGGER simulated_failure;"
            );
            await connection.DisposeAsync();
        }
    }
}
