using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Persistence;

/// <summary>
/// Cascade runs in a table every host reads (PostgreSQL only): a run started on one host shows its progress and result
/// on every other. Written on a connection of its own, committed at once, never in the cascade's transaction (nobody
/// would see the progress until the end). On SQLite the one host keeps its runs in memory: a second connection could
/// not write while the cascade holds the file's write lock.
/// </summary>
internal sealed class SharedCascadeRuns(DatabaseDialect dialect)
{
    /// <summary>Created by the PostgreSQL migration InitialPostgreSql.</summary>
    public const string CreateTable = """
        CREATE TABLE plans.plans_cascade_runs (
            "RunId" text COLLATE "C" NOT NULL PRIMARY KEY,
            "UnitCode" text COLLATE "C" NOT NULL,
            "ProvinceCode" text COLLATE "C" NULL,
            "Status" jsonb NOT NULL,
            "Result" jsonb NULL,
            "StartedAtUtc" timestamp without time zone NOT NULL,
            "UpdatedAtUtc" timestamp without time zone NOT NULL
        );
        CREATE INDEX "IX_plans_cascade_runs_StartedAtUtc" ON plans.plans_cascade_runs ("StartedAtUtc");
        """;

    private const string Table = "plans.plans_cascade_runs";

    public bool Enabled { get; } = dialect.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Records a new run; false when a run with its id exists.</summary>
    public bool TryStart(CascadeRunStatus run, DateTime now) =>
        Execute(
            $"""
            INSERT INTO {Table} ("RunId", "UnitCode", "ProvinceCode", "Status", "StartedAtUtc", "UpdatedAtUtc")
            VALUES (@run, @unit, @province, @status, @started, @now) ON CONFLICT ("RunId") DO NOTHING;
            """,
            c =>
            {
                c.Parameters.Add(new NpgsqlParameter<string>("run", run.RunId));
                c.Parameters.Add(new NpgsqlParameter<string>("unit", run.UnitCode));
                c.Parameters.Add(new NpgsqlParameter("province", (object?)run.ProvinceCode ?? DBNull.Value));
                c.Parameters.Add(Json("status", run));
                c.Parameters.Add(Timestamp("started", run.StartedAtUtc));
                c.Parameters.Add(Timestamp("now", now));
            }
        ) == 1;

    /// <summary>Replaces the run's status, and its result when <paramref name="result"/> is given.</summary>
    public void Save(CascadeRunStatus run, GenerationResult? result, DateTime now) =>
        Execute(
            $"""
            UPDATE {Table} SET "Status" = @status, "Result" = coalesce(@result, "Result"), "UpdatedAtUtc" = @now
            WHERE "RunId" = @run;
            """,
            c =>
            {
                c.Parameters.Add(new NpgsqlParameter<string>("run", run.RunId));
                c.Parameters.Add(Json("status", run));
                c.Parameters.Add(
                    result is null
                        ? new NpgsqlParameter("result", NpgsqlDbType.Jsonb) { Value = DBNull.Value }
                        : Json("result", result)
                );
                c.Parameters.Add(Timestamp("now", now));
            }
        );

    public CascadeRunStatus? Find(string runId) =>
        Read($"WHERE \"RunId\" = @run", c => c.Parameters.Add(new NpgsqlParameter<string>("run", runId)))
            .FirstOrDefault();

    /// <summary>The <paramref name="count"/> most recent runs, newest first.</summary>
    public IReadOnlyList<CascadeRunStatus> Recent(int count) =>
        Read(
            "ORDER BY \"StartedAtUtc\" DESC, \"RunId\" LIMIT @count",
            c => c.Parameters.Add(new NpgsqlParameter<int>("count", count))
        );

    public GenerationResult? ResultOf(string runId)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(
            $"SELECT \"Result\"::text FROM {Table} WHERE \"RunId\" = @run;",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter<string>("run", runId));
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<GenerationResult>(json) : null;
    }

    private List<CascadeRunStatus> Read(string where, Action<NpgsqlCommand> parameters)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(
            $"SELECT \"Status\"::text, \"UnitCode\", \"ProvinceCode\" FROM {Table} {where};",
            connection
        );
        parameters(command);
        using var reader = command.ExecuteReader();
        var runs = new List<CascadeRunStatus>();
        while (reader.Read())
        {
            runs.Add(
                JsonSerializer.Deserialize<CascadeRunStatus>(reader.GetString(0))! with
                {
                    UnitCode = reader.GetString(1),
                    ProvinceCode = reader.IsDBNull(2) ? null : reader.GetString(2),
                }
            );
        }

        return runs;
    }

    private int Execute(string sql, Action<NpgsqlCommand> parameters)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        parameters(command);
        return command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = (NpgsqlConnection)dialect.CreateConnection();
        connection.Open();
        return connection;
    }

    private static NpgsqlParameter Json<T>(string name, T value) =>
        new(name, NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(value) };

    private static NpgsqlParameter Timestamp(string name, DateTime value) =>
        new(name, NpgsqlDbType.Timestamp) { Value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified) };
}
