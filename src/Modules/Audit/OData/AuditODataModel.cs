using Microsoft.OData.ModelBuilder;
using Platform.Audit.Contracts.ReadModels;
using Platform.Feed;

namespace Platform.Audit.OData;

/// <summary>The audit log in the feed, as the set <c>AuditEntries</c> of type <c>Platform.AuditEntry</c>.</summary>
internal sealed class AuditODataModel : IODataModelContributor
{
    public void Contribute(ODataConventionModelBuilder builder)
    {
        var set = builder.EntitySet<AuditEntryRow>(AuditODataController.AuditEntries);
        set.EntityType.Name = "AuditEntry";
        set.EntityType.Namespace = "Platform";
    }
}
