using Microsoft.Data.Sqlite;

namespace Platform.Monitoring.Activities;

/// <summary>Inserts activities with one prepared statement: imports of tens of thousands of rows, and the benchmark's 500,000.</summary>
internal static class ActivityWriter
{
    public static async Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ActivityReport> activities, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO monitoring_activity_reports (UnitCode, Date, Year, Kind, AudienceGroup, CommunicationForm, Count, Participants, Notes, RecordedAtUtc, ProvinceCode, Version)
            VALUES ($unit, $date, $year, $kind, $audience, $form, $count, $participants, $notes, $recorded, $province, 1);
            """;
        var p = new[] { "$unit", "$date", "$year", "$kind", "$audience", "$form", "$count", "$participants", "$notes", "$recorded", "$province" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        insert.Prepare();
        var written = 0;
        foreach (var a in activities)
        {
            p[0].Value = a.UnitCode;
            p[1].Value = a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[2].Value = a.Year;
            p[3].Value = a.Kind;
            p[4].Value = a.AudienceGroup;
            p[5].Value = a.CommunicationForm;
            p[6].Value = a.Count;
            p[7].Value = (object?)a.Participants ?? DBNull.Value;
            p[8].Value = (object?)a.Notes ?? DBNull.Value;
            p[9].Value = a.RecordedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            p[10].Value = (object?)a.ProvinceCode ?? DBNull.Value;
            written += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }
}
