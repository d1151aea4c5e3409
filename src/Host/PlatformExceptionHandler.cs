using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Platform.BuildingBlocks.Errors;

namespace Platform.Host;

/// <summary>The one place where exceptions become ProblemDetails: 400 invalid input, 404 not found, 409 conflict, 412 stale version, 422 rule broken.</summary>
internal sealed class PlatformExceptionHandler(IProblemDetailsService problemDetails, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(
                "The request is not valid.",
                validation.Errors.GroupBy(e => string.IsNullOrEmpty(e.PropertyName) ? "request" : ToCamelCase(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            ImportRejectedException rejected => Validation(rejected.Message, rejected.Errors),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            RuleViolationException rule => rule.Errors.Count > 0
                ? new ValidationProblemDetails(rule.Errors.ToDictionary(e => e.Key, e => e.Value)) { Status = 422, Title = "A business rule forbids this", Detail = rule.Message }
                : Problem(StatusCodes.Status422UnprocessableEntity, "A business rule forbids this", rule.Message),
            PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Message),
            // Read at one version, saved after another writer had moved it on: the version token matched no row.
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Problem(
                StatusCodes.Status412PreconditionFailed, "Precondition failed", "Someone else changed this while the request was being handled. Nothing was saved; read it again and retry."),
            BadHttpRequestException bad => Problem(bad.StatusCode, BadRequestTitle(bad.StatusCode), BadRequestMessages.Describe(bad)),
            // Two writers raced for the same row (SQLite constraint, code 19): the loser retries; nothing was half-written.
            Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } }
                or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => Problem(
                    StatusCodes.Status409Conflict, "Conflict", "The data changed while this request was being handled (another request wrote the same rows). Nothing was saved; try again."),
            // SQLite stayed busy past the busy timeout (a very long write held the lock): nothing was written; say when to retry.
            Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } or Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } }
                => Problem(StatusCodes.Status503ServiceUnavailable, "The database is busy", "Another write held the database longer than the busy timeout. Nothing was saved; try again in a few seconds."),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(string detail, IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = StatusCodes.Status400BadRequest, Title = "The request is not valid", Detail = detail };

    private static string BadRequestTitle(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Bad request",
    };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string ToCamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
