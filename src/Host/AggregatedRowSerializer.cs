using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
using Microsoft.AspNetCore.OData.Query.Wrapper;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace Platform.Host;

/// <summary>
/// A row of <c>$apply</c> (a group or an aggregate) is no entity, so the library marks it transient, and the writer
/// then says <c>"@odata.id": null</c> on every row (AspNetCoreOData #802, #1144), which strict clients choke on.
/// Written here as a plain resource: the same properties, no id. Only with minimal metadata (what Power Query and most
/// clients ask): with full metadata the writer would compute an id, which needs the key a group does not have.
/// </summary>
internal sealed class AggregatedRowSerializer(IODataSerializerProvider serializerProvider)
    : ODataResourceSerializer(serializerProvider)
{
    public override Task WriteObjectInlineAsync(
        object graph, IEdmTypeReference expectedType, ODataWriter writer, ODataSerializerContext writeContext)
    {
        var plain = graph is DynamicTypeWrapper && writeContext?.MetadataLevel == ODataMetadataLevel.Minimal;
        var target = plain ? new NotTransient(writer) : writer;
        return base.WriteObjectInlineAsync(graph, expectedType, target, writeContext);
    }

    /// <summary>Passes everything on to the real writer, a resource no longer marked transient.</summary>
    private sealed class NotTransient(ODataWriter inner) : ODataWriter
    {
        public override void WriteStart(ODataResourceSet resourceSet) => inner.WriteStart(resourceSet);

        public override Task WriteStartAsync(ODataResourceSet resourceSet) => inner.WriteStartAsync(resourceSet);

        public override void WriteStart(ODataResource resource) => inner.WriteStart(Plain(resource));

        public override Task WriteStartAsync(ODataResource resource) => inner.WriteStartAsync(Plain(resource));

        public override void WriteStart(ODataNestedResourceInfo nestedResourceInfo) =>
            inner.WriteStart(nestedResourceInfo);

        public override Task WriteStartAsync(ODataNestedResourceInfo nestedResourceInfo) =>
            inner.WriteStartAsync(nestedResourceInfo);

        public override void WriteEnd() => inner.WriteEnd();

        public override Task WriteEndAsync() => inner.WriteEndAsync();

        public override void WriteEntityReferenceLink(ODataEntityReferenceLink entityReferenceLink) =>
            inner.WriteEntityReferenceLink(entityReferenceLink);

        public override Task WriteEntityReferenceLinkAsync(ODataEntityReferenceLink entityReferenceLink) =>
            inner.WriteEntityReferenceLinkAsync(entityReferenceLink);

        public override void Flush() => inner.Flush();

        public override Task FlushAsync() => inner.FlushAsync();

        private static ODataResource Plain(ODataResource resource)
        {
            if (resource is not null)
            {
                resource.IsTransient = false;
            }

            return resource!;
        }
    }
}
