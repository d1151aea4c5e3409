using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Platform.BuildingBlocks.Http;

/// <summary>
/// The error statuses an endpoint declares for the OpenAPI document, each a ProblemDetails as the host's exception
/// handler writes it (400 and 422 with their field errors). Declared, not inferred: the document says what the handler
/// can answer.
/// </summary>
public static class ApiResponses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>The endpoint can answer each of <paramref name="statuses"/> as a ProblemDetails.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var status in statuses)
        {
            var type = status is StatusCodes.Status400BadRequest or StatusCodes.Status422UnprocessableEntity
                ? typeof(HttpValidationProblemDetails)
                : typeof(ProblemDetails);
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
        }

        return builder;
    }

    /// <summary>A write: 400 when its input is invalid, 503 when the database stayed busy (nothing written).</summary>
    public static TBuilder ProducesWriteProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(
            [StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable, .. statuses]);

    /// <summary>A summary and a description for the OpenAPI document, in one call.</summary>
    public static TBuilder Describe<TBuilder>(this TBuilder builder, string summary, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithSummary(summary).WithDescription(description);
}
