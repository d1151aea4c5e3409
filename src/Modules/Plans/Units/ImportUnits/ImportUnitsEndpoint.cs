using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.Plans.Units.ImportUnits;

internal static class ImportUnitsEndpoint
{
    /// <summary>On the /api/units group.</summary>
    public static void MapImportUnits(this RouteGroupBuilder units)
    {
        units
            .MapPost(
                "/import",
                async (
                    HttpRequest http,
                    DateOnly? validFrom,
                    DateOnly? validTo,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new ImportUnitsCommand(await UploadedFile.ReadAsync(http, ct), validFrom, validTo),
                            ct
                        )
                    )
            )
            .AcceptsImportFile()
            .Describe("Import the unit register", "Adds or updates administrative units from a CSV or .xlsx file, "
                + "valid from validFrom (to validTo); a file with a wrong row is refused whole, each row error named.");
    }
}
