using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Audit.Tests.Support;
using Platform.TestKit;

namespace Platform.Audit.Tests;

/// <summary>
/// A bulk operation (an import, a cascade) is one summary entry written in its transaction, not one entry per row;
/// a refused, stale or losing command leaves no entry at all.
/// </summary>
public sealed class AuditOfBulkOperationsTests(AuditedProvinceFixture fixture) : IClassFixture<AuditedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_cascade_generation_is_one_summary_entry_with_its_counts()
    {
        var plans = await AuditApi.OfAsync(Client, "Plan", "VN-2021-2025");

        var generated = plans.Should().ContainSingle(e => e.Action == "Generated").Subject;
        generated.Operation.Should().Be("GenerateSubordinatePlansCommand");
        generated.UnitCode.Should().Be("T1");
        var summary = AuditApi.Json(generated.After);
        summary.GetProperty("parentPlan").GetString().Should().Be("VN-2021-2025");
        summary.GetProperty("cascade").GetBoolean().Should().BeTrue();
        summary.GetProperty("units").GetInt32().Should().Be(96);
        summary.GetProperty("plansCreated").GetInt32().Should().Be(96);
        summary
            .GetProperty("obligationsAdded")
            .GetInt32()
            .Should()
            .Be(fixture.Generation.GetProperty("obligationsAdded").GetInt32());
        summary
            .GetProperty("createdPlans")
            .EnumerateArray()
            .Select(p => p.GetString())
            .Should()
            .HaveCount(96)
            .And.Contain("T1-2021-2025");
        (await AuditApi.ReadAsync(Client, "entity=Obligation&top=1"))
            .Total.Should()
            .Be(0, "the cascade's obligations are summarised, not recorded one by one");
        (await AuditApi.ReadAsync(Client, "entity=Plan&key=T1-2021-2025&top=1")).Total.Should().Be(0);
    }

    [Fact]
    public async Task A_regeneration_summary_lists_each_difference_old_new_and_why()
    {
        (
            await Client.PostCsvAsync(
                "/api/statistics/import",
                "unit_code,year,metric,value,source\nT1,2023,working_age_labour_force,1200000,Cục Thống kê 2023 (điều "
                    + "chỉnh)\n"
            )
        ).EnsureSuccessStatusCode();
        var response = await Client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = "T1" });
        var result = await response.ReadJsonAsync();

        var statistics = await AuditApi.ReadAsync(Client, "entity=UnitStatistic&top=10");
        var revised = statistics.Items.First();
        revised.Action.Should().Be("Imported");
        AuditApi
            .Json(revised.After)
            .GetProperty("details")
            .GetProperty("revised")
            .EnumerateArray()
            .Select(r => r.GetString())
            .Should()
            .Equal("T1 working_age_labour_force 2023: 1000000 → 1200000");
        var regenerated = (await AuditApi.OfAsync(Client, "Plan", "VN-2021-2025")).Last();
        var summary = AuditApi.Json(regenerated.After);
        (summary.GetProperty("plansCreated").GetInt32(), summary.GetProperty("obligationsUpdated").GetInt32())
            .Should()
            .Be((0, result.GetProperty("obligationsUpdated").GetInt32()));
        summary
            .GetProperty("differences")
            .GetArrayLength()
            .Should()
            .Be(result.GetProperty("differences").GetArrayLength());
        summary
            .GetProperty("differences")
            .EnumerateArray()
            .Select(d => d.GetString())
            .Should()
            .Contain(
                "T1-2021-2025 T1 AWARE_LF 2023: 550000 → 660000 (working_age_labour_force changed from 1,000,000 "
                    + "(2023) to 1,200,000 (2023))"
            );
    }

    [Fact]
    public async Task A_unit_import_is_one_summary_entry_named_after_its_file()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(
            Encoding.UTF8.GetBytes(
                "code,name,type,parent_code\nT1901,Xã Thử Thêm Một,xã,T1\nT1902,Xã Thử Thêm Hai,xã,T1\n"
            )
        );
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "đơn-vị-bổ-sung.csv");

        var response = await Client.PostAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var entry = (await AuditApi.OfAsync(Client, "AdministrativeUnit", "đơn-vị-bổ-sung.csv"))
            .Should()
            .ContainSingle()
            .Subject;
        (entry.Action, entry.Operation, entry.UserName).Should().Be(("Imported", "ImportUnitsCommand", "admin"));
        var summary = AuditApi.Json(entry.After);
        (
            summary.GetProperty("rows").GetInt32(),
            summary.GetProperty("added").GetInt32(),
            summary.GetProperty("updated").GetInt32()
        )
            .Should()
            .Be((2, 2, 0));
        summary.GetProperty("file").GetString().Should().Be("đơn-vị-bổ-sung.csv");
        summary.GetProperty("sha256").GetString().Should().HaveLength(64);
        summary
            .GetProperty("details")
            .GetProperty("addedCodes")
            .EnumerateArray()
            .Select(c => c.GetString())
            .Should()
            .Equal("T1901", "T1902");
        var units = await AuditApi.ReadAsync(Client, "entity=AdministrativeUnit&top=1000");
        units.Items.Where(e => e.Operation == "ImportUnitsCommand").Should().OnlyContain(e => e.Action == "Imported");
    }

    [Fact]
    public async Task Refused_and_stale_commands_leave_no_entry()
    {
        var id = await ObligationIdAsync("T1", 2022, "ENTERPRISE_CONF");
        var count = await AuditApi.CountAsync(Client);

        var below = await Client.PutAsJsonAsync(
            $"/api/obligations/{id}/override",
            new { floor = 1, reason = "cắt giảm" }
        );
        var stale = await SendAsync(
            HttpMethod.Put,
            $"/api/obligations/{id}/override",
            new { floor = 20, reason = "tăng" },
            "\"7\""
        );
        var rejected = await Client.PostCsvAsync(
            "/api/units/import",
            "code,name,type,parent_code\nT1999,Xã Sai,xã,ZZ\n"
        );

        (below.StatusCode, stale.StatusCode, rejected.StatusCode)
            .Should()
            .Be((HttpStatusCode.UnprocessableEntity, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadRequest));
        (await AuditApi.CountAsync(Client)).Should().Be(count);
    }

    [Fact]
    public async Task Of_two_racing_overrides_only_the_winner_is_recorded()
    {
        var id = await ObligationIdAsync("T1", 2023, "ENTERPRISE_CONF");
        var count = await AuditApi.CountAsync(Client);

        var responses = await Task.WhenAll(
            SendAsync(HttpMethod.Put, $"/api/obligations/{id}/override", new { floor = 13, reason = "một" }, "\"1\""),
            SendAsync(HttpMethod.Put, $"/api/obligations/{id}/override", new { floor = 14, reason = "hai" }, "\"1\""));

        responses
            .Select(r => r.StatusCode)
            .Should()
            .BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        (await AuditApi.CountAsync(Client)).Should().Be(count + 1);
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadJsonAsync();
        var entry = (
            await AuditApi.OfAsync(Client, "Obligation", id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        )
            .Should()
            .ContainSingle()
            .Subject;
        AuditApi.Json(entry.After).GetProperty("Floor").GetInt64().Should().Be(winner.GetProperty("floor").GetInt64());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object body, string ifMatch) =>
        Client.SendAsync(
            new HttpRequestMessage(method, url)
            {
                Content = JsonContent.Create(body),
                Headers = { { "If-Match", ifMatch } },
            }
        );

    private async Task<int> ObligationIdAsync(string unit, int year, string indicator)
    {
        var page = await Client.GetAsync<JsonElement>(
            $"/api/plans/T1-2021-2025/obligations?unitCode={unit}&year={year}&indicator={indicator}"
        );
        return page.GetProperty("items")[0].GetProperty("id").GetInt32();
    }
}
