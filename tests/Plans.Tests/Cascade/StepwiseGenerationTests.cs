using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Tests.Cascade;

/// <summary>A province's plan generated first and its communes' plans later are drafted from the stored plan's
/// audiences, themes and tasks, as a cascade in one go drafts them from the plan it has just drafted.</summary>
public sealed class StepwiseGenerationTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory factory = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateClient();
        await SyntheticProvince.ImportAsync(client);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_province_plan_alone_When_the_cascade_follows_Then_95_commune_plans_carry_its_text()
    {
        (await SyntheticProvince.GenerateAsync(client, "VN-2021-2025", new { unitCode = "T1" }))
            .PlansCreated.Should().Be(1);

        var cascade = await SyntheticProvince.GenerateAsync(
            client,
            "VN-2021-2025",
            new { unitCode = "T1", cascade = true }
        );

        cascade.PlansCreated.Should().Be(95);
        cascade.PlansExisting.Should().Be(1);
        var national = await client.GetAsync<PlanView>("/api/plans/VN-2021-2025");
        var province = await client.GetAsync<PlanView>("/api/plans/T1-2021-2025");
        var commune = await client.GetAsync<PlanView>($"/api/plans/{SyntheticProvince.CommuneCode(1)}-2021-2025");
        commune.ParentCode.Should().Be("T1-2021-2025");
        (province.AudienceGroups.Count, province.Tasks.Count).Should().Be((6, 5));
        commune.AudienceGroups.Should().Equal(province.AudienceGroups).And.Equal(national.AudienceGroups);
        commune.Themes.Should().Equal(province.Themes);
        commune.Tasks.Select(Text).Should().Equal(province.Tasks.Select(Text));
    }

    private static string Text(PlanTaskView task) =>
        $"{task.Audience}: {task.Content} ({string.Join(", ", task.Forms)})";
}
