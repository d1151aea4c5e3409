using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
using Microsoft.OData;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// The service document at <c>/odata</c> lists the sets the caller may read: a set a module restricts
/// (<see cref="RestrictedODataSet"/>) is left out for a caller its policy refuses, so no client offers a set that
/// answers 403.
/// </summary>
internal sealed class ServiceDocumentSerializer : ODataServiceDocumentSerializer
{
    public override async Task WriteObjectAsync(
        object graph,
        Type type,
        ODataMessageWriter messageWriter,
        ODataSerializerContext writeContext
    )
    {
        ArgumentNullException.ThrowIfNull(writeContext);
        if (graph is ODataServiceDocument document && writeContext.Request?.HttpContext is { } http
            && http.RequestServices.GetServices<RestrictedODataSet>().ToList() is { Count: > 0 } restricted)
        {
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            var hidden = new HashSet<string>(StringComparer.Ordinal);
            foreach (var set in restricted)
            {
                if (!(await authorization.AuthorizeAsync(http.User, set.Policy)).Succeeded)
                {
                    hidden.Add(set.Name);
                }
            }

            graph = new ODataServiceDocument
            {
                EntitySets = document.EntitySets?.Where(s => !hidden.Contains(s.Name)).ToList(),
                Singletons = document.Singletons,
                FunctionImports = document.FunctionImports,
            };
        }

        await base.WriteObjectAsync(graph, type, messageWriter, writeContext);
    }
}
