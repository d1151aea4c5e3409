using Platform.BuildingBlocks.Persistence;

namespace Platform.Monitoring.Activities;

/// <summary>One reported activity of a unit: <see cref="Count"/> events of a kind on a date (e.g. 4 broadcasts in a
/// week).</summary>
internal sealed class ActivityReport : IVersioned
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    /// <summary>The province of <see cref="UnitCode"/> on <see cref="Date"/> (itself for a province, null for the
    /// nation), so scopes filter in SQL.</summary>
    public string? ProvinceCode { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Year of <see cref="Date"/>, stored so the yearly aggregation filters on an index.</summary>
    public int Year { get; set; }

    public required string Kind { get; set; }

    public required string AudienceGroup { get; set; }

    public required string CommunicationForm { get; set; }

    public long Count { get; set; }

    public long? Participants { get; set; }

    public string? Notes { get; set; }

    /// <summary>The campaign the activity was held under (a code of Plans' campaigns), if any.</summary>
    public string? CampaignCode { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The activity's ETag: 1 when recorded, one more at every correction.</summary>
    public int Version { get; set; } = 1;
}
