using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Persistence;

namespace Platform.Monitoring.Activities;

/// <summary>Inserts activities with one prepared statement: imports of tens of thousands of rows, and the benchmark's
/// 500,000.</summary>
internal static class ActivityWriter
{
    private static readonly string[] Properties =
    [
        nameof(ActivityReport.UnitCode),
        nameof(ActivityReport.Date),
        nameof(ActivityReport.Year),
        nameof(ActivityReport.Kind),
        nameof(ActivityReport.AudienceGroup),
        nameof(ActivityReport.CommunicationForm),
        nameof(ActivityReport.Count),
        nameof(ActivityReport.Participants),
        nameof(ActivityReport.Notes),
        nameof(ActivityReport.RecordedAtUtc),
        nameof(ActivityReport.ProvinceCode),
        nameof(ActivityReport.Version),
        nameof(ActivityReport.CampaignCode),
    ];

    public static async Task<int> InsertAsync(
        MonitoringDbContext db,
        IEnumerable<ActivityReport> activities,
        CancellationToken cancellationToken
    )
    {
        await using var insert = BulkCommand.Insert<ActivityReport>(db, Properties);
        var written = 0;
        foreach (var a in activities)
        {
            written += await insert
                .Set(0, a.UnitCode)
                .Set(1, a.Date)
                .Set(2, a.Year)
                .Set(3, a.Kind)
                .Set(4, a.AudienceGroup)
                .Set(5, a.CommunicationForm)
                .Set(6, a.Count)
                .Set(7, a.Participants)
                .Set(8, a.Notes)
                .Set(9, a.RecordedAtUtc)
                .Set(10, a.ProvinceCode)
                .Set(11, 1)
                .Set(12, a.CampaignCode)
                .ExecuteAsync(cancellationToken);
        }

        return written;
    }
}
