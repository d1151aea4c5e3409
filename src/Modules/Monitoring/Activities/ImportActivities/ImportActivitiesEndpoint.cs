using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.Monitoring.Activities.ImportActivities;

internal static class ImportActivitiesEndpoint
{
    /// <summary>On the /api/monitoring group.</summary>
    public static void MapImportActivities(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapPost("/activities/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportActivitiesCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .AcceptsImportFile()
            .Describe("Import activities", "Records activities from a CSV or .xlsx file; a file with a wrong row is "
                + "refused whole, each row error named.");
    }
}
