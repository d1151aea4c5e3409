using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.Plans.Units.Lineage.ImportLineage;

internal static class ImportLineageEndpoint
{
    /// <summary>On the /api/units group.</summary>
    public static void MapImportLineage(this RouteGroupBuilder units)
    {
        units
            .MapPost(
                "/lineage/import",
                async (HttpRequest http, DateOnly? effective, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new ImportLineageCommand(await UploadedFile.ReadAsync(http, ct), effective),
                            ct
                        )
                    )
            )
            .AcceptsImportFile()
            .Describe("Import unit lineage", "Records which old units became which new ones (mergers, splits) on the "
                + "effective date, from a CSV or .xlsx crosswalk; a file with a wrong row is refused whole.");
    }
}
