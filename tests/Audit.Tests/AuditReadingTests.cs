using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Contracts;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Tests.Support;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Audit.Tests;

/// <summary>Administrators read the log at /api/audit (filters, newest first) and as the OData set AuditEntries
/// (filters, paging).</summary>
public sealed class AuditReadingTests(AuditedProvinceFixture fixture) : IClassFixture<AuditedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Start_up_seeding_is_recorded_as_the_system_at_start_up()
    {
        var page = await AuditApi.ReadAsync(Client, "entity=Plan&user=system&top=10");

        page.Items.Where(e => e.Action == "Added").Select(e => (e.EntityKey, e.Operation, e.UnitCode, e.At))
            .Should().BeEquivalentTo([
                ("VN-2021-2025", "start-up", "VN", PlatformFactory.DefaultNow.UtcDateTime),
                ("VN-2026-2030", "start-up", "VN", PlatformFactory.DefaultNow.UtcDateTime),
                ("VN-KHLT-2020", "start-up", "VN", PlatformFactory.DefaultNow.UtcDateTime)]);
    }

    [Fact]
    public async Task The_REST_log_filters_by_entity_user_and_time_newest_first()
    {
        var all = await AuditApi.ReadAsync(Client, "entity=AdministrativeUnit&top=1000");
        var imported = all.Items.Single(e => e.Action == "Imported" && e.UserName == "admin");

        var byTime = await AuditApi.ReadAsync(
            Client,
            "entity=AdministrativeUnit&from=2026-03-15T08:00:00Z&to=2026-03-15T08:00:01Z&top=1000"
        );
        var nobody = await AuditApi.ReadAsync(Client, "user=nobody");

        // The embedded register loaded at start-up as one entry, then the test province's file as one entry.
        all.Total.Should().Be(2);
        all.Items[1]
            .Should()
            .Match<AuditEntryRow>(e => e.Action == "Imported" && e.UserName == "system" && e.EntityKey == "registers/");
        all.Items[0].Should().Be(imported, "newest first");
        (imported.UserName, imported.Operation, imported.EntityKey)
            .Should()
            .Be(("admin", "ImportUnitsCommand", imported.EntityKey));
        AuditApi.Json(imported.After).GetProperty("added").GetInt32().Should().Be(SyntheticStructure.Communes + 1);
        byTime.Total.Should().Be(2);
        nobody.Total.Should().Be(0);
        (await Client.GetAsync("/api/audit?top=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Client.GetAsync("/api/audit?key=VN")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_REST_log_filters_by_unit_and_by_action_as_the_whole_log_counts_them()
    {
        var all = await AllAsync();

        var ofProvince = await AuditApi.ReadAsync(Client, $"unit={SyntheticStructure.Code}&top=1000");
        var imports = await AuditApi.ReadAsync(Client, "action=Imported&top=1000");
        var seededPlans = await AuditApi.ReadAsync(Client, "unit=VN&entity=Plan&action=Added");

        ofProvince.Total.Should().Be(all.Count(e => e.UnitCode == SyntheticStructure.Code)).And.BePositive();
        ofProvince.Items.Should().OnlyContain(e => e.UnitCode == SyntheticStructure.Code);
        imports.Items.Select(e => e.Id).Should().Equal(all.Where(e => e.Action == "Imported").Select(e => e.Id));
        seededPlans.Items.Select(e => e.EntityKey)
            .Should()
            .BeEquivalentTo("VN-2021-2025", "VN-2026-2030", "VN-KHLT-2020");
    }

    [Fact]
    public async Task The_log_names_each_entity_type_it_holds_once_in_alphabetical_order()
    {
        var all = await AllAsync();

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var types = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetAuditEntityTypesQuery());

        types.Should().Equal(all.Select(e => e.EntityType).Distinct().Order(StringComparer.Ordinal));
        types.Should().Contain(["AdministrativeUnit", "Plan"]);
    }

    [Fact]
    public async Task The_AuditEntries_set_filters_and_pages_like_any_other()
    {
        var request = new HttpRequestMessage(
            HttpMethod.Get,
            "/odata/AuditEntries?$filter=EntityType eq 'AdministrativeUnit' and At ge "
                + "2026-03-15T00:00:00Z&$count=true&$orderby=Id"
        );
        // Two entries since issue 14 (the embedded register's load, the test province's file): pages of one.
        request.Headers.Add("Prefer", "odata.maxpagesize=1");

        var first = await (await Client.SendAsync(request)).ReadJsonAsync();
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var second = await Client.GetAsync<JsonElement>(next);

        first.GetProperty("@odata.count").GetInt32().Should().Be(2);
        first.GetProperty("value").GetArrayLength().Should().Be(1);
        second.GetProperty("value").GetArrayLength().Should().Be(1);
        second.TryGetProperty("@odata.nextLink", out _).Should().BeFalse();
        var row = first.GetProperty("value")[0];
        row.EnumerateObject()
            .Select(p => p.Name)
            .Should()
            .Equal(
                "Id",
                "At",
                "UserName",
                "Action",
                "EntityType",
                "EntityKey",
                "UnitCode",
                "Before",
                "After",
                "Operation"
            );
        (
            row.GetProperty("At").GetString(),
            row.GetProperty("UserName").GetString(),
            row.GetProperty("Action").GetString(),
            row.GetProperty("UnitCode").GetString()
        )
            .Should()
            .Be(("2026-03-15T08:00:00Z", "system", "Imported", "VN"));
    }

    [Fact]
    public async Task The_metadata_describes_an_AuditEntry_with_a_UTC_instant()
    {
        var metadata = await Client.GetStringAsync("/odata/$metadata");

        metadata
            .Should()
            .Contain("<EntityType Name=\"AuditEntry\">")
            .And.Contain("<Property Name=\"At\" Type=\"Edm.DateTimeOffset\" Nullable=\"false\" />")
            .And.Contain("<EntitySet Name=\"AuditEntries\" EntityType=\"Platform.AuditEntry\" />");
    }

    [Fact]
    public async Task An_analyst_may_not_read_the_audit_log()
    {
        var analyst = await fixture.Factory.CreateClientAsAsync("audit-analyst", PlatformRoles.Analyst, "VN");

        (await analyst.GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.GetAsync("/odata/AuditEntries")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_service_document_lists_AuditEntries_to_administrators_only()
    {
        var analyst = await fixture.Factory.CreateClientAsAsync("audit-reader", PlatformRoles.Analyst, "VN");

        static async Task<List<string>> SetsAsync(HttpClient client) =>
            [
                .. System
                    .Text.Json.JsonDocument.Parse(await client.GetStringAsync("/odata"))
                    .RootElement.GetProperty("value")
                    .EnumerateArray()
                    .Select(s => s.GetProperty("name").GetString()!),
            ];

        var administrator = await SetsAsync(Client);
        var other = await SetsAsync(analyst);

        administrator.Should().Contain("AuditEntries");
        other.Should().NotContain("AuditEntries").And.Contain("Obligations");
        other.Should().HaveCount(administrator.Count - 1, "only the set the analyst cannot read is left out");
    }

    /// <summary>The whole log, newest first, a page of 1,000 at a time.</summary>
    private async Task<List<AuditEntryRow>> AllAsync()
    {
        var all = new List<AuditEntryRow>();
        for (var skip = 0; ; skip += 1000)
        {
            var page = await AuditApi.ReadAsync(Client, $"top=1000&skip={skip}");
            all.AddRange(page.Items);
            if (all.Count >= page.Total)
            {
                return all;
            }
        }
    }
}
