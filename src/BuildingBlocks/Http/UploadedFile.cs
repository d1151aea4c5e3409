using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.BuildingBlocks.Auditing;
using Platform.BuildingBlocks.Tabular;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Http;

/// <summary>Reads an import file sent as the raw body (text/csv or .xlsx) or as the one file of a multipart form.</summary>
public static class UploadedFile
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly string[] Accepted =
        [TabularFile.CsvContentType, "application/csv", "text/plain", TabularFile.XlsxContentType, "application/octet-stream"];

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
            catch (InvalidDataException exception) when (exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            {
                throw new BadHttpRequestException(TooLarge, StatusCodes.Status413PayloadTooLarge);
            }
            catch (InvalidDataException exception)
            {
                // Not a well-formed multipart body (no boundary, a broken part): the client's fault, not a 500.
                throw new BadHttpRequestException(BuildingBlocksTexts.Get("Upload.FormUnreadable", exception.Message));
            }
            catch (IOException exception) when (exception is not BadHttpRequestException)
            {
                throw new BadHttpRequestException(BuildingBlocksTexts.Get("Upload.FormUnreadable", exception.Message));
            }

            var file = form.Files.Count == 1
                ? form.Files[0]
                : throw new BadHttpRequestException(BuildingBlocksTexts.Get("Upload.OneFile", form.Files.Count));
            request.HttpContext.Items[AuditTrail.FileNameItem] = Path.GetFileName(file.FileName);
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }

        if (contentType is null || !Accepted.Contains(contentType))
        {
            throw new BadHttpRequestException(
                contentType is null
                    ? BuildingBlocksTexts.Get("Upload.NoContentType", TabularFile.CsvContentType, TabularFile.XlsxContentType)
                    : BuildingBlocksTexts.Get("Upload.ContentType", TabularFile.CsvContentType, TabularFile.XlsxContentType, contentType),
                StatusCodes.Status415UnsupportedMediaType);
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

    private static string TooLarge => BuildingBlocksTexts.Get("Upload.TooLarge", MaxBytes / 1024 / 1024);
}
