using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Host.Backup;

/// <summary>
/// <c>POST /api/admin/backup</c> takes an online backup into the backup folder and answers its name, size and
/// integrity; <c>GET /api/admin/backups</c> lists them. Administrators only; restore is a host verb, run while the host
/// is stopped.
/// </summary>
internal static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Administration").RequirePolicy(PlatformPolicies.Administer);
        admin.MapPost("/backup", async (DatabaseBackups backups, CancellationToken ct) =>
                TypedResults.Ok(await backups.TakeAsync(ct)))
            .Describe("Take a backup", "An online copy of the database into the backup folder, with its name, size "
                + "and integrity check; restore is a host verb, run while the host is stopped. On PostgreSQL: 501, "
                + "with the pg_dump command to run instead.")
            .ProducesProblems(Status501NotImplemented, Status503ServiceUnavailable);
        admin.MapGet("/backups", (DatabaseBackups backups) => TypedResults.Ok(backups.List()))
            .Describe("List backups", "The backups in the backup folder, with their sizes (on PostgreSQL: 501, with "
                + "the pg_dump command to run instead).")
            .ProducesProblems(Status501NotImplemented);
        return app;
    }
}
