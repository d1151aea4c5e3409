using Platform.BuildingBlocks.Persistence;

namespace Platform.Monitoring.Campaigns;

/// <summary>
/// New voluntary social-insurance participants a unit gained over a period, as its office counted them: what a
/// campaign's "new participants" quota is measured by (003: "phát triển tối thiểu 50 người/huyện").
/// </summary>
internal sealed class NewParticipantsReport : IVersioned
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public string? ProvinceCode { get; set; }

    public DateOnly FromDate { get; set; }

    public DateOnly ToDate { get; set; }

    public long Value { get; set; }

    public required string Source { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public int Version { get; set; } = 1;
}
