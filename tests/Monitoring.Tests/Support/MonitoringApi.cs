using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Documents.Tabular;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Progress;
using Platform.Monitoring.YearlyReports;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Support;

/// <summary>The Monitoring endpoints as the tests call them.</summary>
internal static class MonitoringApi
{
    public const string ImportHeader =
        "unit_code,date,kind,audience_group,communication_form,count,participants,notes\n";

    /// <summary>A CSV line of an activity with the usual audience and form of its kind.</summary>
    public static string Line(string unit, DateOnly date, string kind, long count = 1, string? notes = null) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{unit},{date:yyyy-MM-dd},{kind},{Audience(kind)},{Form(kind)},{count},,{notes}\n"
        );

    /// <summary><paramref name="broadcasts"/> radio broadcasts of a commune, two a week from 1 January of
    /// <paramref name="year"/>.</summary>
    public static string Broadcasts(string unit, int year, int broadcasts)
    {
        var lines = new StringBuilder();
        var start = new DateOnly(year, 1, 1);
        for (var i = 0; i < broadcasts; i++)
        {
            lines.Append(
                Line(unit, start.AddDays((i / 2 * 7) + (i % 2 * 3)), "radio_broadcast", notes: $"bản tin {i + 1}")
            );
        }

        return lines.ToString();
    }

    public static async Task<ImportReport> ImportAsync(HttpClient client, string lines)
    {
        var response = await client.PostCsvAsync("/api/monitoring/activities/import", ImportHeader + lines);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ImportReport>();
    }

    public static Task<List<ProgressRow>> ProgressAsync(HttpClient client, int year, string query) =>
        client.GetAsync<List<ProgressRow>>($"/api/monitoring/progress?year={year}&{query}");

    public static async Task<ProgressRow> ProgressAsync(
        HttpClient client,
        int year,
        string unit,
        string indicator,
        DateOnly? asOf = null
    ) =>
        (
            await ProgressAsync(
                client,
                year,
                $"unitCode={unit}&indicator={indicator}" + (asOf is { } d ? $"&asOf={d:yyyy-MM-dd}" : "")
            )
        ).Single();

    public static async Task<ActualView?> ActualAsync(
        HttpClient client,
        int year,
        string unit,
        string indicator,
        DateOnly? asOf = null
    ) =>
        (
            await client.GetAsync<List<ActualView>>(
                $"/api/monitoring/actuals?year={year}&unitCode={unit}&indicator={indicator}"
                    + (asOf is { } d ? $"&asOf={d:yyyy-MM-dd}" : "")
            )
        ).SingleOrDefault();

    public static Task<List<DeadlineRow>> DeadlinesAsync(HttpClient client, int year, string query = "") =>
        client.GetAsync<List<DeadlineRow>>($"/api/monitoring/deadlines?year={year}&{query}");

    public static Task<YearlyReport> ReportAsync(HttpClient client, string plan, int year) =>
        client.GetAsync<YearlyReport>($"/api/monitoring/plans/{plan}/reports/{year}");

    public static async Task<YearlyReport> SubmitAsync(
        HttpClient client,
        string plan,
        int year,
        string by = "Nguyễn Văn A"
    )
    {
        var response = await client.PostAsJsonAsync(
            $"/api/monitoring/plans/{plan}/reports/{year}/submission",
            new { by }
        );
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<YearlyReport>();
    }

    public static async Task<int> ActivityCountAsync(HttpClient client) =>
        (await client.GetAsync<ActivityPage>("/api/monitoring/activities?top=1")).Total;

    private static string Audience(string kind) => kind switch
    {
        "enterprise_conference" => "workers_employers",
        "collaborator_conference" or "training_class" => "collaborators_prestigious",
        _ => "voluntary_participants",
    };

    private static string Form(string kind) => kind switch
    {
        "radio_broadcast" => "loudspeaker_radio",
        "training_class" => "training",
        "social_media_post" => "social_network",
        _ => "conference",
    };
}
