using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.Training.People.ImportPeople;

internal static class ImportPeopleEndpoint
{
    /// <summary>On the /api/training group.</summary>
    public static void MapImportPeople(this RouteGroupBuilder training)
    {
        training.MapPost("/people/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportPeopleCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .AcceptsImportFile()
            .Describe("Import people", "Adds or updates the people to train (officials, agents, collaborators) from a "
                + "CSV or .xlsx file; a file with a wrong row is refused whole, each row error named.");
    }
}
