using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// A plan as the document its unit issues (.docx, Decree 30/2020/NĐ-CP layout), in the request's language; with
/// <see cref="Year"/>, the year's implementation plan drafted from it, with that year's targets only.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetPlanDocumentQuery(string Code, int? Year = null) : IRequest<PlanDocumentFile>;

public sealed record PlanDocumentFile(string FileName, byte[] Content)
{
    public const string ContentType = Platform.Documents.AdministrativeDocumentWriter.ContentType;
}
