using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Training;

/// <summary>The training pages beyond the coordinator's main path: a 412 on the edit form, a phone, other scopes and
/// roles.</summary>
[Collection(WebCollection.Name)]
public sealed class TrainingPagesTests(WebPlatform platform) : BrowserTest(platform)
{
    private static readonly string[] TwoPeople = ["TP-01", "TP-02"];

    [Fact]
    public async Task A_class_changed_by_someone_else_while_edited_keeps_what_was_typed_shows_what_is_saved_and_saves_on_a_second_click()
    {
        var id = await TrainingPeople.CreateClassAsync(
            Platform.Admin,
            "Lớp sửa cùng lúc",
            new(2026, 4, 6),
            new(2026, 4, 7),
            capacity: 30
        );
        await Page.SignInAsync(Platform.Users.Coordinator75, returnUrl: $"/training/classes/{id}/edit");
        await Page.Locator("#class-title").FillAsync("Lớp sửa cùng lúc (bản của tôi)");
        await Page.Locator("#class-capacity").FillAsync("35");

        // Meanwhile someone else saves the class through the API, from the same version 1.
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/training/classes/{id}")
        {
            Content = JsonContent.Create(
                new
                {
                    title = "Lớp sửa cùng lúc (bản của người khác)",
                    startDate = "2026-04-06",
                    endDate = "2026-04-07",
                    capacity = 40,
                }
            ),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await Platform.Admin.SendAsync(edit)).StatusCode.Should().Be(HttpStatusCode.OK);

        await Page.Locator("[data-testid=class-submit]").ClickAsync();

        await Assertions
            .Expect(Page.Locator("[data-testid=stale-warning]"))
            .ToContainTextAsync("người khác đã thay đổi lớp này");
        await Assertions.Expect(Page.Locator("#class-title")).ToHaveValueAsync("Lớp sửa cùng lúc (bản của tôi)");
        await Assertions.Expect(Page.Locator("#class-capacity")).ToHaveValueAsync("35");
        await Assertions
            .Expect(Page.FieldMessage("class-title"))
            .ToHaveTextAsync("Giá trị hiện đang lưu: Lớp sửa cùng lúc (bản của người khác)");
        await Assertions.Expect(Page.FieldMessage("class-capacity")).ToHaveTextAsync("Giá trị hiện đang lưu: 40");
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("training-class-stale-desktop");

        // Saving again, knowingly, overwrites the other edit.
        await Page.Locator("[data-testid=class-submit]").ClickAsync();
        await Page.WaitForURLAsync(Platform.Url($"/training/classes/{id}"));
        await Assertions
            .Expect(Page.Locator("[data-testid=class-title]"))
            .ToHaveTextAsync("Lớp sửa cùng lúc (bản của tôi)");
        await Assertions.Expect(Page.Locator("[data-testid=class-seats]")).ToContainTextAsync("Đã ghi danh 0/35 chỗ");
    }

    [Fact]
    public async Task On_a_360_px_phone_the_classes_of_a_month_a_class_and_the_quotas_fit_the_screen_and_pass_axe()
    {
        await TrainingPeople.RegisterAsync(Platform.Admin, ("TP-01", "Đỗ Thị Ngọc"), ("TP-02", "Hoàng Văn Phúc"));
        var id = await TrainingPeople.CreateClassAsync(
            Platform.Admin,
            "Lớp trên điện thoại",
            new(2026, 5, 11),
            new(2026, 5, 12),
            capacity: 1
        );
        (
            await Platform.Admin.PostAsJsonAsync(
                $"/api/training/classes/{id}/enrolments",
                new { personCodes = TwoPeople }
            )
        ).EnsureSuccessStatusCode();
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.Coordinator75, returnUrl: "/training?year=2026&month=5");

        await Assertions.Expect(phone.Locator("[data-testid=period-heading]")).ToContainTextAsync("Tháng 5/2026");
        var card = phone.Locator($"[data-class-id='{id}']");
        await Assertions.Expect(card).ToContainTextAsync("Lớp trên điện thoại");
        await Assertions.Expect(card).ToContainTextAsync("Đã ghi danh 1/1 chỗ · 1 người trong danh sách chờ");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("training-classes-phone", fullPage: true);

        await card.GetByRole(AriaRole.Link).ClickAsync();
        await phone.WaitForURLAsync(Platform.Url($"/training/classes/{id}"));
        await Assertions
            .Expect(phone.Locator("[data-testid=waiting-list] li"))
            .ToHaveTextAsync(["Hoàng Văn Phúc TP-02 · 26041"]);
        await phone.Locator("[data-testid=attendance-list] input[data-person='TP-01']").CheckAsync();
        await phone.Locator("[data-testid=attendance-save]").ClickAsync();
        await Assertions.Expect(phone.Locator("[data-testid=attendance-session]")).ToContainTextAsync("Buổi 2");
        await Assertions.Expect(phone.Locator("[data-testid=trainees] tbody tr").First).ToContainTextAsync("1/2");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.WhenSnackbarsGoneAsync();
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("training-class-phone", fullPage: true);

        await phone.OpenAsync($"/training/quotas?unit={TrainingPeople.Ward}&year=2026");
        await Assertions
            .Expect(phone.Locator("[data-testid=quota-heading]"))
            .ToHaveTextAsync($"{TrainingPeople.WardName}, năm 2026");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("training-quotas-phone", fullPage: true);
    }

    [Fact]
    public async Task A_planner_of_79_never_sees_a_class_of_Dong_Nai()
    {
        var id = await TrainingPeople.CreateClassAsync(
            Platform.Admin,
            "Lớp của Đồng Nai",
            new(2026, 6, 1),
            new(2026, 6, 2)
        );
        await Page.SignInAsync(Platform.Users.Planner79, returnUrl: "/training?year=2026&month=6");

        await Assertions.Expect(Page.Locator("[data-testid=period-heading]")).ToContainTextAsync("Tháng 6/2026");
        (await Page.Locator("#main").InnerTextAsync()).Should().NotContain("Lớp của Đồng Nai");

        await Page.OpenAsync($"/training/classes/{id}");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync($"Không có lớp tập huấn nào mang mã số {id}.");
        (await Page.Locator("#main").InnerTextAsync())
            .Should()
            .NotContain("Lớp của Đồng Nai")
            .And.NotContain("Trấn Biên");

        await Page.OpenAsync($"/training/quotas?unit={TrainingPeople.Ward}&year=2026");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync($"Không có đơn vị nào mang mã '{TrainingPeople.Ward}' có hiệu lực trong năm 2026.");
    }

    [Fact]
    public async Task A_commune_officer_reads_the_training_pages_but_is_offered_no_class_to_create()
    {
        await Page.SignInAsync(Platform.Users.CommuneOfficer, returnUrl: "/training?year=2026&month=3");

        await Assertions.Expect(Page.Locator("[data-testid=period-heading]")).ToContainTextAsync("Tháng 3/2026");
        await Assertions.Expect(Page.Locator("[data-testid=new-class]")).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/training/classes/new");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Tài khoản của bạn không có quyền mở trang này.");
        await Assertions.Expect(Page.Locator("[data-testid=class-form]")).ToHaveCountAsync(0);
    }
}
