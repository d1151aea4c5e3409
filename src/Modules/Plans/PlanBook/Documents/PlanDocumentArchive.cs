using System.Globalization;
using System.IO.Compression;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Documents;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.Documents;

internal sealed class WritePlanDocumentsHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<WritePlanDocumentsCommand, int>
{
    public async Task<int> Handle(WritePlanDocumentsCommand request, CancellationToken cancellationToken)
    {
        var parent = await db.PlansReadableIn(caller.Scope)
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Code == request.ParentCode, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.ParentCode]);
        var prefix = parent.Path;
        var codes = await db.PlansIn(caller.Scope)
            .Where(p => p.Path.StartsWith(prefix) && p.Id != parent.Id)
            .OrderBy(p => p.Path)
            .Select(p => p.Code)
            .ToListAsync(cancellationToken);
        using var zip = new ZipArchive(request.Output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var code in codes)
        {
            var source = await PlanDocumentHandler.LoadAsync(db, caller.Scope, code, null, texts, cancellationToken);
            var entry = zip.CreateEntry($"ke-hoach-{code}.docx", CompressionLevel.Fastest);
            await using var stream = await entry.OpenAsync(cancellationToken);
            await AdministrativeDocumentWriter.WriteAsync(
                PlanDocumentComposer.Compose(source, CultureInfo.CurrentUICulture),
                stream,
                cancellationToken
            );
        }

        return codes.Count;
    }
}
