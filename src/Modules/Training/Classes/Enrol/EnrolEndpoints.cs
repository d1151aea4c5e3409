using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.Enrol;

internal static class EnrolEndpoints
{
    /// <summary>On the /api/training group: enrolments from a file.</summary>
    public static void MapImportEnrolments(this RouteGroupBuilder training)
    {
        training
            .MapPost("/enrolments/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportEnrolmentsCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .AcceptsImportFile()
            .Describe("Import enrolments", "Enrols people in classes from a CSV or .xlsx file, by the enrolment rules "
                + "(capacity, waiting list, the class's units); a file with a wrong row is refused whole.");
    }

    /// <summary>On the /api/training group: enrolments in one class.</summary>
    public static void MapEnrol(this RouteGroupBuilder training)
    {
        training
            .MapPost(
                "/classes/{id:int}/enrolments",
                async (int id, EnrolBody body, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new EnrolCommand(id, body.PersonCodes), ct))
            )
            .Describe(
                "Enrol people in a class",
                "Enrols the people by code, within the class's capacity (the rest on "
                    + "its waiting list) and its units."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
    }
}

internal sealed record EnrolBody(IReadOnlyList<string>? PersonCodes);
