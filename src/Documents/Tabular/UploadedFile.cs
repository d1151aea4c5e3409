using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.Auditing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Texts;

namespace Platform.Documents.Tabular;

/// <summary>Reads an import file sent as the raw body (text/csv or .xlsx) or as the one file of a multipart
/// form.</summary>
public static class UploadedFile
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly string[] Accepted =
    [
        TabularFile.CsvContentType,
        "application/csv",
        "text/plain",
        TabularFile.XlsxContentType,
        "application/octet-stream",
    ];

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (request.ContentLength > MaxBytes)
        {
            throw new BadHttpRequestException(TooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException exception)
                when (exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            {
                throw new BadHttpRequestException(TooLarge, StatusCodes.Status413PayloadTooLarge);
            }
            catch (InvalidDataException exception)
            {
                // Not a well-formed multipart body (no boundary, a broken part): the client's fault, not a 500.
                throw new BadHttpRequestException(DocumentsTexts.Get("Upload.FormUnreadable", exception.Message));
            }
            catch (IOException exception) when (exception is not BadHttpRequestException)
            {
                throw new BadHttpRequestException(DocumentsTexts.Get("Upload.FormUnreadable", exception.Message));
            }

            var file = form.Files.Count == 1
                ? form.Files[0]
                : throw new BadHttpRequestException(DocumentsTexts.Get("Upload.OneFile", form.Files.Count));
            request.HttpContext.Items[AuditTrail.FileNameItem] = Path.GetFileName(file.FileName);
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }

        if (contentType is null || !Accepted.Contains(contentType))
        {
            throw new BadHttpRequestException(
                contentType is null
                    ? DocumentsTexts.Get(
                        "Upload.NoContentType",
                        TabularFile.CsvContentType,
                        TabularFile.XlsxContentType
                    )
                    : DocumentsTexts.Get(
                        "Upload.ContentType",
                        TabularFile.CsvContentType,
                        TabularFile.XlsxContentType,
                        contentType
                    ),
                StatusCodes.Status415UnsupportedMediaType
            );
        }

        // A raw body may still name its file: Content-Disposition: attachment; filename="units-2025.csv".
        if (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            && (disposition.FileNameStar.Value ?? disposition.FileName.Value) is { Length: > 0 } name)
        {
            request.HttpContext.Items[AuditTrail.FileNameItem] = Path.GetFileName(name.Trim('"'));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new BadHttpRequestException(TooLarge, StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// An import endpoint: it reads its file with <see cref="ReadAsync"/> (no antiforgery token: API keys, not
    /// cookies), the OpenAPI document shows the file's content types, and it answers 400 (rows refused), 413, 415, 503.
    /// </summary>
    public static TBuilder AcceptsImportFile<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.DisableAntiforgery()
            .WithMetadata(ImportFileMetadata.Instance)
            .ProducesWriteProblems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

    private static string TooLarge => DocumentsTexts.Get("Upload.TooLarge", MaxBytes / 1024 / 1024);
}

/// <summary>
/// Marks an import endpoint: the OpenAPI document shows its body as a file, as <see cref="UploadedFile"/> reads it.
/// </summary>
public sealed class ImportFileMetadata
{
    public static readonly ImportFileMetadata Instance = new();

    private ImportFileMetadata()
    {
    }

    /// <summary>The content types <see cref="UploadedFile.ReadAsync"/> reads, the usual ones first.</summary>
    public static IReadOnlyList<string> ContentTypes { get; } =
        [TabularFile.CsvContentType, TabularFile.XlsxContentType, "multipart/form-data"];
}
