using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Units.Register;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Statistics.ImportStatistics;

internal static class ImportStatisticsEndpoints
{
    /// <summary>Units' figures from a file, or the example figures shipped with the platform.</summary>
    public static void MapImportStatistics(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/statistics/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportStatisticsCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.WriteRegister)
            .AcceptsImportFile()
            .Describe("Import statistics", "Records units' figures from a CSV or .xlsx file in one transaction; a "
                + "file with a wrong row is refused whole, each row error named.");

        // The example figures of registers/sample-statistics.csv (source "ví dụ — example figures"), for a
        // demonstration only.
        app.MapPost("/api/statistics/sample", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(
                        new ImportStatisticsCommand(EmbeddedRegister.Read(EmbeddedRegister.SampleStatistics)),
                        ct
                    )
                )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.WriteRegister)
            .DisableAntiforgery()
            .Describe("Load the example statistics", "Imports the example figures shipped with the platform "
                + "(registers/sample-statistics.csv), for a demonstration only.")
            .ProducesProblems(Status503ServiceUnavailable);
    }
}
