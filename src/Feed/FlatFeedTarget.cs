using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;
using Microsoft.OData.UriParser;

namespace Platform.Feed;

/// <summary>The entity set a request reads as a whole collection (not one entity, not <c>/$count</c>), with its types
/// and model.</summary>
internal sealed record FlatFeedTarget(IEdmEntitySet Set, IEdmEntityType EdmType, Type ClrType, IEdmModel Model)
{
    public static FlatFeedTarget? Of(HttpContext http)
    {
        var feature = http.ODataFeature();
        if (
            feature.Path is not { Count: 1 } path
            || path.FirstSegment is not EntitySetSegment segment
            || feature.Model is not { } model
        )
        {
            return null;
        }

        var entityType = segment.EntitySet.EntityType;
        var clr = model.GetAnnotationValue<ClrTypeAnnotation>(entityType)?.ClrType;
        return clr is null ? null : new FlatFeedTarget(segment.EntitySet, entityType, clr, model);
    }
}
