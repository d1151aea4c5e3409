using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host;

/// <summary>Healthy when the database file opens and answers a query.</summary>
internal sealed class DatabaseHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            await using var connection = new SqliteConnection(PlatformDatabase.ConnectionString(configuration));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            var tables = Convert.ToInt64(
                await command.ExecuteScalarAsync(cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture
            );
            return HealthCheckResult.Healthy($"SQLite answers; {tables} schema objects.");
        }
        catch (SqliteException exception)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            JsonSerializer.Serialize(
                new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(
                        e => e.Key,
                        e => new { status = e.Value.Status.ToString(), e.Value.Description }
                    ),
                }
            )
        );
    }
}
