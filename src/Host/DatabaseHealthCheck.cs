using System.Text.Json;
using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host;

/// <summary>Healthy when the database opens and answers a query.</summary>
internal sealed class DatabaseHealthCheck(DatabaseDialect dialect) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            return HealthCheckResult.Healthy(await dialect.DescribeAsync(cancellationToken));
        }
        catch (DbException exception)
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
