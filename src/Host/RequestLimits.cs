using Platform.Documents.Tabular;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Platform.BuildingBlocks.Http;

namespace Platform.Host;

/// <summary>
/// How big a request body may be: a JSON request at most <see cref="JsonBodyBytes"/>, an import file (CSV, .xlsx or a
/// multipart form) at most <see cref="UploadedFile.MaxBytes"/>. A larger body is answered 413 with a ProblemDetails
/// before any endpoint reads it, so nothing is half-read and nothing is written.
/// </summary>
internal static class RequestLimits
{
    public const long JsonBodyBytes = 1024 * 1024;

    /// <summary>The content types an import endpoint reads (<see cref="UploadedFile"/>); everything else is held to the
    /// JSON limit.</summary>
    private static readonly string[] FileContentTypes =
    [
        "text/csv",
        "application/csv",
        "text/plain",
        "application/octet-stream",
        "multipart/form-data",
        Platform.Documents.Tabular.TabularFile.XlsxContentType,
    ];

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        // Kestrel's own ceiling (its default is 30 MB) is the largest body any endpoint takes; the middleware below is
        // stricter per kind.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = UploadedFile.MaxBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = UploadedFile.MaxBytes);
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(
            async (context, next) =>
            {
                var request = context.Request;
                var isFile = IsFileContentType(request.ContentType);
                var limit = isFile ? UploadedFile.MaxBytes : JsonBodyBytes;
                if (request.ContentLength > limit)
                {
                    await RefuseAsync(context, isFile);
                    return;
                }

                if (
                    !isFile
                    && request.ContentLength is null
                    && HasBody(request)
                    && !await BufferAsync(request, limit, context.RequestAborted)
                )
                {
                    await RefuseAsync(context, isFile);
                    return;
                }

                await next(context);
            }
        );
        return app;
    }

    private static bool IsFileContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        return mediaType is not null && FileContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
    }

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);

    /// <summary>A body of unknown length (chunked) is read into memory up to the limit, so the endpoint never sees a
    /// body cut short.</summary>
    private static async Task<bool> BufferAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.ContentLength = buffer.Length;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return true;
    }

    private static async Task RefuseAsync(HttpContext context, bool isFile)
    {
        var detail = isFile
            ? $"The request body is larger than {UploadedFile.MaxBytes / 1024 / 1024} MB, the limit for an import "
                + $"file. Split the file and import the parts."
            : $"The request body is larger than {JsonBodyBytes / 1024 / 1024} MB, the limit for a JSON request (import "
                + $"files, sent as CSV or .xlsx, may be up to {UploadedFile.MaxBytes / 1024 / 1024} MB).";
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "The request body is too large",
                        Detail = detail,
                    },
                }
            );
    }
}
