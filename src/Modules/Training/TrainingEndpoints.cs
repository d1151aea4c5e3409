using Platform.Documents.Tabular;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Training.Classes.Attendance;
using Platform.Training.Classes.Complete;
using Platform.Training.Classes.CreateClass;
using Platform.Training.Classes.EditClass;
using Platform.Training.Classes.Enrol;
using Platform.Training.Classes.ImportClasses;
using Platform.Training.People.ImportPeople;
using Platform.Training.Contracts.Classes;
using Platform.Training.Contracts.People;
using Platform.Training.Contracts.Quotas;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training;

internal static class TrainingEndpoints
{
    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/api/training").WithTags("Training");
        training.RequireReadOrWrite(PlatformPolicies.WriteTraining);

        training.MapPost("/people/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportPeopleCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .AcceptsImportFile()
            .Describe("Import people", "Adds or updates the people to train (officials, agents, collaborators) from a "
                + "CSV or .xlsx file; a file with a wrong row is refused whole, each row error named.");

        training
            .MapPost(
                "/classes",
                async (CreateClassCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var created = Tag(http, await mediator.Send(command, ct));
                    return TypedResults.Created($"/api/training/classes/{created.Id}", created);
                }
            )
            .Describe(
                "Create a class",
                "Opens a training class of a unit for an audience, with its dates and " + "capacity."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);

        training.MapPost("/classes/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportClassesCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .AcceptsImportFile()
            .Describe("Import classes", "Creates training classes from a CSV or .xlsx file; a file with a wrong row "
                + "is refused whole, each row error named.");

        training
            .MapPost("/enrolments/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportEnrolmentsCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .AcceptsImportFile()
            .Describe("Import enrolments", "Enrols people in classes from a CSV or .xlsx file, by the enrolment rules "
                + "(capacity, waiting list, the class's units); a file with a wrong row is refused whole.");

        training
            .MapGet(
                "/classes",
                async (int? year, int? month, string? unitCode, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GetClassesQuery(year, month, unitCode), ct))
            )
            .Describe(
                "List classes",
                "The classes of the units in the caller's scope (or below unitCode), of a year " + "and month."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        training
            .MapGet(
                "/people",
                async (
                    string? search,
                    string? unitCode,
                    string? audience,
                    int? year,
                    int? top,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(new SearchPeopleQuery(search, unitCode, audience, year, top ?? 20), ct)
                    )
            )
            .Describe(
                "Search people",
                "People to train in the caller's scope (or below unitCode, in the structure of "
                    + "year) whose name or code matches search, of an audience; at most top (20)."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        // A class answers with its version as a strong ETag; PUT honours If-Match (412 when stale).
        training
            .MapGet("/classes/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(Tag(http, await mediator.Send(new GetClassQuery(id), ct)))
            )
            .Describe("Read a class", "The class with its enrolments and sessions; its version is the ETag.")
            .ProducesProblems(Status404NotFound);

        training
            .MapPut(
                "/classes/{id:int}",
                async (int id, EditClassBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        Tag(
                            http,
                            await mediator.Send(
                                new EditClassCommand(
                                    id,
                                    body?.Title,
                                    body?.StartDate,
                                    body?.EndDate,
                                    body?.Capacity,
                                    EntityTags.IfMatchOf(http.Request)
                                ),
                                ct
                            )
                        )
                    )
            )
            .Describe("Edit a class", "Changes the class's title, dates or capacity before it is completed.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);

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

        training
            .MapPost(
                "/classes/{id:int}/complete",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(Tag(http, await mediator.Send(new CompleteClassCommand(id), ct)))
            )
            .Describe(
                "Complete a class",
                "Closes the class: who attended enough of its sessions completed it, and "
                    + "Monitoring counts them, in one transaction."
            )
            .ProducesProblems(
                Status404NotFound, Status409Conflict, Status422UnprocessableEntity, Status503ServiceUnavailable);

        training.MapGet("/quotas", async (string? unitCode, int? year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTrainingQuotasQuery(unitCode, year), ct)))
            .Describe("Read training quotas", "Per audience, the classes and trainees the unit and each unit below it "
                + "must reach in a year under their obligations, against those held and trained, with the gaps.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }

    private static ClassView Tag(HttpContext http, ClassView training) => http.Tagged(training, training.Version);
}

internal sealed record EditClassBody(string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Capacity);

internal sealed record EnrolBody(IReadOnlyList<string>? PersonCodes);

internal sealed record AttendanceBody(IReadOnlyList<string>? Present);
