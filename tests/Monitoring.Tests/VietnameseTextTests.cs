using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests;

/// <summary>A client that asks for no language reads Monitoring's errors in Vietnamese, the platform's default
/// (MonitoringTexts.resx).</summary>
public sealed class VietnameseTextTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private readonly HttpClient vietnamese = fixture.Factory.CreateVietnameseClient();

    [Fact]
    public async Task An_unknown_activity_is_a_404_in_Vietnamese()
    {
        var response = await vietnamese.GetAsync("/api/monitoring/activities/987654");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Detail.Should().Be("Không có hoạt động nào mang mã số 987654.");
    }

    [Fact]
    public async Task An_unknown_kind_of_activity_is_a_400_that_lists_the_kinds_in_Vietnamese()
    {
        var response = await vietnamese.PostAsJsonAsync(
            "/api/monitoring/activities",
            Activity(CommuneCode(21), "2022-03-01", kind: "fireworks")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors!["kind"]
            .Should()
            .Equal(
                $"Loại hoạt động (kind) 'fireworks' không có trong danh mục; hãy ghi một trong các loại: "
                    + $"{ActivityKinds.List}."
            );
    }

    [Fact]
    public async Task An_unknown_indicator_asked_of_the_progress_is_a_400_in_Vietnamese()
    {
        var response = await vietnamese.GetAsync("/api/monitoring/progress?year=2022&indicator=NOPE");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors!.Values.SelectMany(v => v)
            .Should()
            .Equal(
                $"Chỉ tiêu 'NOPE' không có trong danh mục chỉ tiêu theo dõi; hãy ghi một trong các mã: "
                    + $"{string.Join(", ", MonitoredIndicators.All.Select(i => i.Code))}."
            );
    }

    [Fact]
    public async Task A_stale_correction_is_a_412_in_Vietnamese_that_names_the_activity()
    {
        var created = await fixture.Client.PostAsJsonAsync(
            "/api/monitoring/activities",
            Activity(CommuneCode(22), "2022-03-01")
        );
        var id = (await created.ReadAsync<ActivityView>()).Id;
        (await PutAsync(fixture.Client, id, "\"1\"", count: 4)).StatusCode.Should().Be(HttpStatusCode.OK);

        var stale = await PutAsync(vietnamese, id, "\"1\"", count: 5);

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var problem = await Problem.ReadAsync(stale);
        problem.Title.Should().Be("Dữ liệu đã thay đổi");
        problem
            .Detail.Should()
            .Be(
                $"Hoạt động {id} đã bị thay đổi kể từ lần đọc trước: phiên bản hiện tại là ETag \"2\", còn If-Match "
                    + $"yêu cầu \"1\". Chưa có gì được lưu; hãy đọc lại và thử lại."
            );
    }

    [Fact]
    public async Task A_bad_asOf_of_the_feed_is_an_OData_error_in_Vietnamese()
    {
        var response = await vietnamese.GetAsync("/odata/Progress?asOf=30/06/2021");

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        JsonDocument
            .Parse(body)
            .RootElement.GetProperty("error")
            .GetProperty("message")
            .GetString()
            .Should()
            .Be(
                "Tham số asOf phải là một ngày viết dạng yyyy-MM-dd, từ năm 2000 đến 2100, ví dụ asOf=2026-06-30; giá "
                    + "trị '30/06/2021' không hợp lệ."
            );
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int id, string ifMatch, long count)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/monitoring/activities/{id}")
        {
            Content = JsonContent.Create(Activity(CommuneCode(22), "2022-03-01", count: count)),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static object Activity(string unit, string date, string kind = "radio_broadcast", long count = 1) =>
        new
        {
            unitCode = unit,
            date,
            kind,
            audienceGroup = "voluntary_participants",
            communicationForm = "loudspeaker_radio",
            count,
        };
}
