using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host;

/// <summary>
/// The one place where exceptions become ProblemDetails: 400 invalid input, 403 forbidden, 404 not found, 409 conflict,
/// 412 stale version, 422 rule broken, 500 with "nothing was saved" for a command rolled back by a fault of the server;
/// titles in the request's language (HostTexts), details as the handler wrote them.
/// </summary>
internal sealed partial class PlatformExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<PlatformExceptionHandler> logger,
    IStringLocalizer<HostTexts> texts
) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(
                texts["Detail.Invalid"],
                validation
                    .Errors.GroupBy(e => string.IsNullOrEmpty(e.PropertyName) ? "request" : ToCamelCase(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())
            ),
            ImportRejectedException rejected => Validation(rejected.Message, rejected.Errors),
            NotFoundException notFound => Problem(
                StatusCodes.Status404NotFound,
                texts["Title.NotFound"],
                notFound.Message
            ),
            ForbiddenException forbidden => Problem(
                StatusCodes.Status403Forbidden,
                texts["Title.Forbidden"],
                forbidden.Message
            ),
            ConflictException conflict => Problem(
                StatusCodes.Status409Conflict,
                texts["Title.Conflict"],
                conflict.Message
            ),
            RuleViolationException rule => rule.Errors.Count > 0
                ? new ValidationProblemDetails(rule.Errors.ToDictionary(e => e.Key, e => e.Value))
                {
                    Status = 422,
                    Title = texts["Title.RuleBroken"],
                    Detail = rule.Message,
                }
                : Problem(StatusCodes.Status422UnprocessableEntity, texts["Title.RuleBroken"], rule.Message),
            PreconditionFailedException stale => Problem(
                StatusCodes.Status412PreconditionFailed,
                texts["Title.PreconditionFailed"],
                stale.Message
            ),
            // Read at one version, saved after another writer had moved it on: the version token matched no row.
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Problem(
                StatusCodes.Status412PreconditionFailed,
                texts["Title.PreconditionFailed"],
                texts["Detail.ConcurrentChange"]
            ),
            BadHttpRequestException bad => Problem(
                bad.StatusCode,
                BadRequestTitle(bad.StatusCode),
                BadRequestMessages.Describe(bad, texts)
            ),
            // On PostgreSQL backups are the server's tools' business: say which, with this database's coordinates.
            Backup.BackupByServerToolsException byServer => Problem(
                StatusCodes.Status501NotImplemented,
                texts["Title.BackupByServerTools"],
                byServer.Message
            ),
            // Two writers raced for the same row (a unique key or a reference the other took first): the loser retries;
            // nothing was half-written.
            _ when Failure(httpContext, exception) == DatabaseFailure.Raced => Problem(
                StatusCodes.Status409Conflict,
                texts["Title.Conflict"],
                texts["Detail.RacedWrite"]
            ),
            // Text the database cannot hold (PostgreSQL refuses NUL characters, which SQLite stores).
            _ when Failure(httpContext, exception) == DatabaseFailure.InvalidText => Problem(
                StatusCodes.Status400BadRequest,
                texts["Title.InvalidText"],
                texts["Detail.InvalidText"]
            ),
            // The database stayed busy past the busy timeout (a very long write held the writer's turn): nothing was
            // written; say when to retry.
            _ when Failure(httpContext, exception) == DatabaseFailure.Busy => Problem(
                StatusCodes.Status503ServiceUnavailable,
                texts["Title.Busy"],
                texts["Detail.Busy"]
            ),
            // Anything else that broke a command: its transaction, every module's reaction included, was rolled back.
            _ when httpContext.RequestServices.GetService<UnitOfWork>() is { RolledBack: true } => Problem(
                StatusCodes.Status500InternalServerError,
                texts["Title.NotSaved"],
                texts["Detail.NotSaved", httpContext.TraceIdentifier]
            ),
            _ => null,
        };

        // A refusal is the caller's business, said in the answer; anything else is the server's and goes to the log.
        if (!PlatformExceptions.IsRefusal(exception)
            && (problem is null || problem.Status == StatusCodes.Status500InternalServerError))
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    private ValidationProblemDetails Validation(string detail, IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = texts["Title.Invalid"],
            Detail = detail,
        };

    private string BadRequestTitle(int status) => texts[status switch
    {
        StatusCodes.Status413PayloadTooLarge => "Title.TooLarge",
        StatusCodes.Status415UnsupportedMediaType => "Title.UnsupportedMediaType",
        _ => "Title.BadRequest",
    }];

    /// <summary>What the database's failure means (raced, busy), itself or inside EF Core's update failure.</summary>
    private static DatabaseFailure? Failure(HttpContext httpContext, Exception exception)
    {
        var dialect = httpContext.RequestServices.GetRequiredService<DatabaseDialect>();
        return dialect.Classify(exception)
            ?? (exception is Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: { } inner }
                ? dialect.Classify(inner)
                : null);
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new()
        {
            Status = status,
            Title = title,
            Detail = detail,
        };

    private static string ToCamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);
}
