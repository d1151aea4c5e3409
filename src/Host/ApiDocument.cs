using Platform.Documents.Tabular;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.BuildingBlocks.Http;
using Scalar.AspNetCore;

namespace Platform.Host;

/// <summary>
/// The REST API's OpenAPI document at <c>/openapi/v1.json</c>, open without credentials as <c>/health</c> is, and in
/// Development its reference page at <c>/scalar</c>, whose scripts come from the package, not a CDN (ADR 0023). The
/// document lists <c>/api</c> only: the OData feed describes itself at <c>/odata/$metadata</c>, the pages are no API.
/// </summary>
internal static class ApiDocument
{
    private const string Basic = "basic";
    private const string Bearer = "bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Platform API";
                document.Info.Description = "The REST API of the platform. Every operation needs an API key, sent "
                    + "as HTTP Basic (user name, key as the password) or as a Bearer token (ADR 0009). Errors are "
                    + "ProblemDetails; the requests of the .http files beside each module are worked examples.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Basic] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = Basic,
                    Description = "User name and API key as the password.",
                };
                document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = Bearer,
                    Description = "The API key as the token.",
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Basic, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
                ];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IfMatchMetadata>().Any())
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = "If-Match",
                        In = ParameterLocation.Header,
                        Description = "The ETag the record was read with (\"3\"); a stale one is refused with 412.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                if (metadata.OfType<ImportFileMetadata>().Any())
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Description = "The file: CSV (UTF-8) or .xlsx as the raw body, or the one file of a form.",
                        Content = ImportFileMetadata.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType
                        {
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        }),
                    };
                }

                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            // Nothing leaves the machine: no fonts from Scalar's CDN (the browser's own), no telemetry, no AI agent.
            app.MapScalarApiReference(options => options.DisableDefaultFonts().DisableTelemetry().DisableAgent())
                .AllowAnonymous();
        }

        return app;
    }
}
