using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Training.Classes.Attendance;
using Platform.Training.Classes.Complete;
using Platform.Training.Classes.CreateClass;
using Platform.Training.Classes.Enrol;
using Platform.Training.Classes.ImportClasses;
using Platform.Training.Classes.ReadClass;
using Platform.Training.People.ImportPeople;
using Platform.Training.Quotas.ReadQuotas;

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

        training.MapPost("/classes", async (CreateClassCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/training/classes/{created.Id}", created);
        });

        training.MapPost("/classes/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportClassesCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapPost("/enrolments/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportEnrolmentsCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapGet("/classes/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetClassQuery(id), ct)));

        training.MapPost("/classes/{id:int}/enrolments", async (int id, EnrolBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new EnrolCommand(id, body.PersonCodes), ct)));

        training.MapPut("/classes/{id:int}/sessions/{session:int}/attendance", async (int id, int session, AttendanceBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RecordAttendanceCommand(id, session, body.Present), ct)));

        training.MapPost("/attendance/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportAttendanceCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        training.MapPost("/classes/{id:int}/complete", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new CompleteClassCommand(id), ct)));

        training.MapGet("/quotas", async (string? unitCode, int? year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTrainingQuotasQuery(unitCode, year), ct)));
    }
}

internal sealed record EnrolBody(IReadOnlyList<string>? PersonCodes);

internal sealed record AttendanceBody(IReadOnlyList<string>? Present);
