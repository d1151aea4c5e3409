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

namespace Platform.Training;

internal static class TrainingEndpoints
{
    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/api/training").WithTags("Training");
        training.RequireReadOrWrite(PlatformPolicies.WriteTraining);

        training.MapPost("/people/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportPeopleCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapPost("/classes", async (CreateClassCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var created = Tag(http, await mediator.Send(command, ct));
            return TypedResults.Created($"/api/training/classes/{created.Id}", created);
        });

        training.MapPost("/classes/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportClassesCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapPost("/enrolments/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportEnrolmentsCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapGet("/classes", async (int? year, int? month, string? unitCode, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetClassesQuery(year, month, unitCode), ct)));

        training.MapGet("/people", async (string? search, string? unitCode, string? audience, int? year, int? top, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchPeopleQuery(search, unitCode, audience, year, top ?? 20), ct)));

        // A class answers with its version as a strong ETag; PUT honours If-Match (412 when stale).
        training.MapGet("/classes/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetClassQuery(id), ct))));

        training.MapPut("/classes/{id:int}", async (int id, EditClassBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(
                new EditClassCommand(id, body?.Title, body?.StartDate, body?.EndDate, body?.Capacity, EntityTags.IfMatchOf(http.Request)), ct))));

        training.MapPost("/classes/{id:int}/enrolments", async (int id, EnrolBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new EnrolCommand(id, body.PersonCodes), ct)));

        training.MapGet("/classes/{id:int}/attendance", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetAttendanceQuery(id), ct)));

        training.MapPut("/classes/{id:int}/sessions/{session:int}/attendance", async (int id, int session, AttendanceBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RecordAttendanceCommand(id, session, body.Present), ct)));

        training.MapPost("/attendance/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportAttendanceCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapPost("/classes/{id:int}/complete", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new CompleteClassCommand(id), ct))));

        training.MapGet("/quotas", async (string? unitCode, int? year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTrainingQuotasQuery(unitCode, year), ct)));
    }

    private static ClassView Tag(HttpContext http, ClassView training) => http.Tagged(training, training.Version);
}

internal sealed record EditClassBody(string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Capacity);

internal sealed record EnrolBody(IReadOnlyList<string>? PersonCodes);

internal sealed record AttendanceBody(IReadOnlyList<string>? Present);
