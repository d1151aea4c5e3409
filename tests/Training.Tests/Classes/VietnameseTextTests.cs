using System.Net;
using System.Net.Http.Json;
using Platform.TestKit;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Classes;

/// <summary>A client that asks for no language reads Training's errors in Vietnamese, the platform's default
/// (TrainingTexts.resx).</summary>
public sealed class VietnameseTextTests : IDisposable
{
    private static readonly string[] Trainers = ["Nguyễn Văn An"];

    private readonly TrainingPlatform platform = new();

    [Fact]
    public async Task An_unknown_class_is_a_404_in_Vietnamese()
    {
        var response = await platform.CreateVietnameseClient().GetAsync("/api/training/classes/987654");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Detail.Should().Be("Không có lớp tập huấn nào mang mã số 987654.");
    }

    [Fact]
    public async Task A_class_without_a_title_is_a_400_in_Vietnamese()
    {
        var response = await platform
            .CreateVietnameseClient()
            .PostAsJsonAsync(
                "/api/training/classes",
                new
                {
                    unitCode = "VN",
                    audience = "collaborators",
                    startDate = "2026-03-02",
                    endDate = "2026-03-03",
                    sessions = 2,
                    capacity = 30,
                    trainers = Trainers,
                    venue = "Hội trường",
                }
            );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!["title"].Should().Equal("Hãy ghi tên lớp tập huấn.");
    }

    [Fact]
    public async Task An_empty_file_and_a_row_error_of_a_people_import_are_rejected_in_Vietnamese()
    {
        var client = platform.CreateVietnameseClient();

        var empty = await client.PostCsvAsync("/api/training/people/import", string.Empty);
        var unknownUnit = await client.PostCsvAsync(
            "/api/training/people/import",
            "code,full_name,unit_code,audience\nA1,Nguyễn Văn An,99999,collaborators\n"
        );

        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(empty))
            .Errors!["content"]
            .Should()
            .Equal("Tệp không có dữ liệu. Hãy gửi tệp CSV (UTF-8) hoặc Excel .xlsx có dòng tiêu đề.");
        unknownUnit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(unknownUnit);
        problem
            .Detail.Should()
            .Be(
                "Tệp bị từ chối, chưa có dữ liệu nào được nhập. Dòng 1: không có đơn vị nào mang mã '99999' đang có "
                    + "hiệu lực hôm nay."
            );
        problem
            .Errors!["row 1"]
            .Should()
            .Equal("Dòng 1: không có đơn vị nào mang mã '99999' đang có hiệu lực hôm nay.");
    }

    public void Dispose() => platform.Dispose();
}
