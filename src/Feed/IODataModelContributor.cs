using Microsoft.OData.ModelBuilder;

namespace Platform.Feed;

/// <summary>
/// A module's share of the one OData model served at <c>/odata</c>: it adds its entity sets (read models, never write
/// entities) to the builder. Register it with
/// <see cref="ODataServiceCollectionExtensions.AddODataSets{TContributor}"/>.
/// </summary>
public interface IODataModelContributor
{
    void Contribute(ODataConventionModelBuilder builder);
}
