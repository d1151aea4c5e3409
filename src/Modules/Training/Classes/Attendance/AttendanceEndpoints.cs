using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.Attendance;

internal static class AttendanceEndpoints
{
    /// <summary>On the /api/training group: a class's attendance read, recorded per session, or imported.</summary>
    public static void MapAttendance(this RouteGroupBuilder training)
    {
        training.MapGet("/classes/{id:int}/attendance", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetAttendanceQuery(id), ct)))
            .Describe("Read a class's attendance", "Who was present at each session of the class.")
            .ProducesProblems(Status404NotFound);

        training
            .MapPut(
                "/classes/{id:int}/sessions/{session:int}/attendance",
                async (int id, int session, AttendanceBody body, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new RecordAttendanceCommand(id, session, body.Present), ct))
            )
            .Describe(
                "Record a session's attendance",
                "The people enrolled in the class who were present at the " + "session."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);

        training
            .MapPost("/attendance/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportAttendanceCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .AcceptsImportFile()
            .Describe("Import attendance", "Records sessions' attendance from a CSV or .xlsx file; a file with a "
                + "wrong row is refused whole, each row error named.");
    }
}

internal sealed record AttendanceBody(IReadOnlyList<string>? Present);
