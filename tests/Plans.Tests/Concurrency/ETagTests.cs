using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.PlanBook;
using Platform.Plans.Tests.Cascade;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.Concurrency;

/// <summary>
/// Plans and obligations carry their version as a strong ETag; an update naming a stale one is refused with 412 and
/// changes nothing, and of two writers that read the same version only one can save.
/// </summary>
public sealed class ETagTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_obligation_is_read_with_its_version_as_a_strong_ETag()
    {
        var id = await IdAsync(2021);

        var response = await Client.GetAsync($"/api/obligations/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().Be(new EntityTagHeaderValue("\"1\"", isWeak: false));
        (await response.ReadAsync<ObligationView>())
            .Should()
            .BeEquivalentTo(
                new
                {
                    Id = id,
                    UnitCode = "T1",
                    Year = 2021,
                    IndicatorCode = "ENTERPRISE_CONF",
                    Floor = 10L,
                    Version = 1,
                }
            );
    }

    [Fact]
    public async Task A_matching_If_Match_updates_and_answers_the_new_ETag_and_a_stale_one_is_412_and_changes_nothing()
    {
        var id = await IdAsync(2022);

        var matching = await OverrideAsync(id, 12, 16, "hai khu công nghiệp mới", "\"1\"");
        var stale = await OverrideAsync(id, 20, null, "ghi đè cũ", "\"1\"");

        matching.StatusCode.Should().Be(HttpStatusCode.OK, await matching.Content.ReadAsStringAsync());
        matching.Headers.ETag!.Tag.Should().Be("\"2\"");
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var problem = await Problem.ReadAsync(stale);
        (problem.Status, problem.Title).Should().Be((412, "Precondition failed"));
        problem
            .Detail.Should()
            .Be(
                $"Obligation {id} has changed since it was read: it is now at ETag \"2\", and If-Match asked for "
                    + $"\"1\". Nothing was changed; read it again and retry."
            );
        var after = await Client.GetAsync<ObligationView>($"/api/obligations/{id}");
        after
            .Should()
            .BeEquivalentTo(
                new
                {
                    Floor = 12L,
                    Stretch = 16L,
                    ComputedFloor = 10L,
                    Overridden = true,
                    OverrideReason = "hai khu công nghiệp mới",
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task If_Match_star_or_no_If_Match_is_allowed_and_a_weak_or_unreadable_ETag_never_matches()
    {
        var id = await IdAsync(2023);

        var star = await OverrideAsync(id, 11, null, "thêm một hội nghị", "*");
        var weak = await OverrideAsync(id, 13, null, "yếu", "W/\"2\"");
        var garbage = await OverrideAsync(id, 13, null, "rác", "version-2");
        var cleared = await Client.DeleteAsync($"/api/obligations/{id}/override");

        (star.StatusCode, weak.StatusCode, garbage.StatusCode, cleared.StatusCode)
            .Should()
            .Be(
                (
                    HttpStatusCode.OK,
                    HttpStatusCode.PreconditionFailed,
                    HttpStatusCode.PreconditionFailed,
                    HttpStatusCode.OK
                )
            );
        (star.Headers.ETag!.Tag, cleared.Headers.ETag!.Tag).Should().Be(("\"2\"", "\"3\""));
        (await cleared.ReadAsync<ObligationView>())
            .Should()
            .BeEquivalentTo(
                new
                {
                    Floor = 10L,
                    Overridden = false,
                    Version = 3,
                }
            );
    }

    [Fact]
    public async Task Of_two_concurrent_updates_with_the_same_ETag_exactly_one_succeeds()
    {
        var id = await IdAsync(2024);

        var responses = await Task.WhenAll(
            OverrideAsync(id, 13, null, "một", "\"1\""),
            OverrideAsync(id, 14, null, "hai", "\"1\"")
        );

        responses
            .Select(r => r.StatusCode)
            .Should()
            .BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadAsync<ObligationView>();
        (await Client.GetAsync<ObligationView>($"/api/obligations/{id}"))
            .Should()
            .BeEquivalentTo(
                new
                {
                    winner.Floor,
                    winner.OverrideReason,
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task Without_If_Match_the_version_token_still_refuses_the_second_of_two_writers_that_read_the_same_version()
    {
        var id = await IdAsync(2025);

        var (first, second) = await fixture.Factory.QueryAsync(async db1 =>
            await fixture.Factory.QueryAsync(async db2 =>
            {
                var a = await db1.Obligations.SingleAsync(o => o.Id == id);
                var b = await db2.Obligations.SingleAsync(o => o.Id == id);
                (a.Floor, b.Floor) = (15, 16);
                await db1.SaveChangesAsync();
                var lost = await Record.ExceptionAsync(() => db2.SaveChangesAsync());
                return (a.Version, lost);
            })
        );

        first.Should().Be(2);
        second.Should().BeOfType<DbUpdateConcurrencyException>();
        (await Client.GetAsync<ObligationView>($"/api/obligations/{id}"))
            .Should()
            .BeEquivalentTo(new { Floor = 15L, Version = 2 });
        var response = await Client.PutAsJsonAsync(
            $"/api/obligations/{id}/override",
            new { floor = 17, reason = "không có If-Match" }
        );
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"3\"");
    }

    [Fact]
    public async Task A_plan_is_read_with_its_ETag_and_its_status_change_honours_If_Match()
    {
        var plan = SyntheticProvince.CommuneCode(9) + "-2021-2025";
        var read = await Client.GetAsync($"/api/plans/{plan}");
        read.Headers.ETag!.Tag.Should().Be("\"1\"");

        var stale = await StatusAsync(plan, "\"2\"");
        (await Client.GetAsync<PlanView>($"/api/plans/{plan}")).Status.Should().Be(PlanStatus.Draft);
        var matching = await StatusAsync(plan, "\"1\"");

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        matching.StatusCode.Should().Be(HttpStatusCode.OK);
        matching.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await matching.ReadAsync<PlanView>())
            .Should()
            .BeEquivalentTo(
                new
                {
                    Code = plan,
                    Status = PlanStatus.Submitted,
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task A_regeneration_that_changes_an_obligation_moves_its_ETag_on_and_leaves_the_others()
    {
        var lf = (await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", 2023, "AWARE_LF")).Single();
        var lf2021 = (
            await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", 2021, "AWARE_LF")
        ).Single();
        (
            await Client.PostCsvAsync(
                "/api/statistics/import",
                "unit_code,year,metric,value,source\nT1,2023,working_age_labour_force,1200000,Cục Thống kê 2023 (điều "
                    + "chỉnh)\n"
            )
        ).EnsureSuccessStatusCode();

        await SyntheticProvince.GenerateAsync(Client, "VN-2021-2025", new { unitCode = "T1" });

        (await Client.GetAsync<ObligationView>($"/api/obligations/{lf.Id}"))
            .Should()
            .BeEquivalentTo(new { Floor = 660_000L, Version = lf.Version + 1 });
        (await Client.GetAsync<ObligationView>($"/api/obligations/{lf2021.Id}")).Version.Should().Be(lf2021.Version);
        (await OverrideAsync(lf.Id, 700_000, null, "khảo sát mới", $"\"{lf.Version}\""))
            .StatusCode.Should()
            .Be(HttpStatusCode.PreconditionFailed);
    }

    private Task<HttpResponseMessage> OverrideAsync(int id, long floor, long? stretch, string reason, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/obligations/{id}/override")
        {
            Content = JsonContent.Create(
                new
                {
                    floor,
                    stretch,
                    reason,
                    by = "planner.t1",
                }
            ),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> StatusAsync(string plan, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{plan}/status")
        {
            Content = JsonContent.Create(new { to = "Submitted", by = "planner.t1" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }

    private async Task<int> IdAsync(int year) =>
        (await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", year, "ENTERPRISE_CONF")).Single().Id;
}
