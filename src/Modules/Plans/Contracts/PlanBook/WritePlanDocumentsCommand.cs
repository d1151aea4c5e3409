using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// Writes the documents of every plan below <see cref="ParentCode"/> (in the caller's scope) into one zip on
/// <see cref="Output"/>, one entry per plan, reading and writing one plan at a time so that memory stays flat however
/// many plans there are; answers the number of documents. It changes no data (so it is no <c>ICommand</c>).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record WritePlanDocumentsCommand(string ParentCode, Stream Output) : IRequest<int>;
