using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.Training.Classes.ImportClasses;

internal static class ImportClassesEndpoint
{
    /// <summary>On the /api/training group.</summary>
    public static void MapImportClasses(this RouteGroupBuilder training)
    {
        training.MapPost("/classes/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportClassesCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .AcceptsImportFile()
            .Describe("Import classes", "Creates training classes from a CSV or .xlsx file; a file with a wrong row "
                + "is refused whole, each row error named.");
    }
}
