using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>A client that asks for no language reads Access's errors in Vietnamese (AccessTexts.resx); so does a verb
/// run on a machine without a language.</summary>
public sealed class VietnameseTextTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly string[] UnknownRole = ["planner"];

    [Fact]
    public async Task An_unknown_role_is_a_400_in_Vietnamese()
    {
        var response = await platform
            .CreateVietnameseClient()
            .PostAsJsonAsync(
                "/api/admin/users",
                new
                {
                    name = "vi-badrole",
                    roles = UnknownRole,
                    scope = "VN",
                }
            );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["roles[0]"] = [$"Không có vai trò 'planner'. Các vai trò: {AccessApi.Roles}."],
        });
    }

    [Fact]
    public async Task A_request_without_credentials_is_a_401_in_Vietnamese()
    {
        var client = platform.CreateVietnameseClient();
        client.DefaultRequestHeaders.Authorization = null;

        var problem = await (await client.GetAsync("/api/me")).ProblemAsync();

        problem.Status.Should().Be(401);
        problem.Title.Should().Be("Chưa xác thực");
        problem
            .Detail.Should()
            .StartWith("Yêu cầu này cần khóa API: dùng HTTP Basic với tên người dùng và khóa API làm mật khẩu");
    }
}

/// <summary>Outside a request the verbs read the process's UI culture: the invariant culture of a machine without a
/// language reads Vietnamese.</summary>
[Collection(nameof(HostVerbCollection))]
public sealed class VietnameseVerbTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task A_verb_naming_an_unknown_user_says_so_in_Vietnamese()
    {
        var run = await HostVerbs.RunAsync(CultureInfo.InvariantCulture, folder, "grant-role", "nobody", "analyst");

        run.Exit.Should().Be(1);
        run.Error.Should().Contain("Không có người dùng nào tên 'nobody'.");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);
}
