using Platform.Rules;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Tests.Cascade;

/// <summary>The real structure: Đồng Nai (75) and its 95 communes under the national plan 2026–2030.</summary>
public sealed class DongNaiCascadeTests : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client;
    private readonly PlatformFactory factory;

    public DongNaiCascadeTests(PlatformFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient();
    }

    [Fact]
    public async Task Given_95_communes_When_70_percent_must_hold_2_to_4_conferences_Then_67_communes_and_134_to_268_conferences()
    {
        await EnsureGeneratedAsync();

        for (var year = 2026; year <= 2030; year++)
        {
            var province = await SyntheticProvince.ObligationsAsync(client, "75-2026-2030", "75", year);
            province.Single("GRASSROOTS_CONF", year).Floor.Should().Be(67);
            var conferences = province.Single("GRASSROOTS_CONF_COUNT", year);
            conferences.Floor.Should().Be(134);
            conferences.Stretch.Should().Be(268);
            province.Single("UNITS_WITH_PLAN", year).Floor.Should().Be(95);
            province.Single("COLLAB_CLASSES", year).Floor.Should().Be(1);
        }
    }

    [Fact]
    public async Task The_communes_proposed_add_up_to_67_and_hold_134_to_268_conferences_between_them()
    {
        await EnsureGeneratedAsync();

        var communes = (await SyntheticProvince.ObligationsAsync(client, "75-2026-2030", year: 2026))
            .Where(o => o.UnitCode != "75")
            .ToList();

        communes.Select(o => o.UnitCode).Distinct().Should().HaveCount(95);
        communes.Where(o => o.IndicatorCode == "GRASSROOTS_CONF").Sum(o => o.Floor).Should().Be(67);
        var conferences = communes.Where(o => o.IndicatorCode == "GRASSROOTS_CONF_COUNT").ToList();
        conferences.Sum(o => o.Floor).Should().Be(134);
        conferences.Sum(o => o.Stretch).Should().Be(268);
    }

    [Fact]
    public async Task The_generated_plan_is_a_draft_with_the_parents_audiences_and_the_province_and_its_communes_report_by_15_December()
    {
        await EnsureGeneratedAsync();

        var plan = await client.GetAsync<PlanView>("/api/plans/75-2026-2030");
        var commune = await client.GetAsync<PlanView>($"/api/plans/{plan.SubordinatePlans[0]}");

        plan.Status.Should().Be(Contracts.PlanStatus.Draft);
        plan.ParentCode.Should().Be("VN-2026-2030");
        plan.Title.Should()
            .Be(
                "Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai giai "
                    + "đoạn 2026 - 2030"
            );
        plan.AudienceGroups.Should().HaveCount(6);
        plan.Tasks.Should().OnlyContain(t => t.Responsible == "Bảo hiểm xã hội tỉnh");
        plan.ReportingDeadlines.Single().Due.Should().Be("15/12");
        plan.SubordinatePlans.Should().HaveCount(95);
        commune.ReportingDeadlines.Single().Due.Should().Be("15/12");
        commune.Tasks.Should().OnlyContain(t => t.Responsible.StartsWith("Ủy ban nhân dân "));
    }

    private bool generated;

    private async Task EnsureGeneratedAsync()
    {
        if (generated)
        {
            return;
        }

        // Class fixtures share one database: import and generate once, idempotently.
        await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv());
        await SyntheticProvince.GenerateAsync(client, "VN-2026-2030", new { unitCode = "75", cascade = true });
        generated = true;
        _ = factory;
    }
}

public sealed class CatalogueEndpointTests : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client;

    public CatalogueEndpointTests(PlatformFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task The_indicator_catalogue_and_the_rules_are_readable()
    {
        var indicators = await client.GetAsync<List<System.Text.Json.JsonElement>>("/api/indicators");
        var rules = await client.GetAsync<List<System.Text.Json.JsonElement>>("/api/rules");

        indicators.Should().HaveCount(16);
        var radio = indicators.Single(i => i.GetProperty("code").GetString() == "RADIO_VOL");
        radio.GetProperty("cascadeKind").GetString().Should().Be("frequency-per-subordinate-unit");
        radio
            .GetProperty("nameVi")
            .GetString()
            .Should()
            .Be("Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở");
        rules.Should().HaveCount(19);
        var share = rules.Single(r =>
            r.GetProperty("name").GetString() == "share-of-subordinate-units/province-share-of-communes");
        share.GetProperty("kind").GetString().Should().Be("share-of-subordinate-units");
        share.GetProperty("file").GetString().Should().Be("rules/ShareOfSubordinateUnits.cs");
        share.GetProperty("descriptionVi").GetString().Should().Be("tỷ lệ × số xã của tỉnh, làm tròn lên");
        share.GetProperty("descriptionEn").GetString().Should().Be("share × communes of the province, rounded up");
        share.GetProperty("version").GetString().Should().Be(RuleSet.VersionOf("share-of-subordinate-units"));
        share.GetProperty("ruleSetVersion").GetString().Should().Be(RuleSet.Version);
    }
}
