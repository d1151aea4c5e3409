using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Training.Quotas;
using Platform.Training.Tests.Support;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Tests.Quotas;

/// <summary>Training's quotas come from Plans' obligations through ObligationsChanged: import, generate, then read
/// Training.</summary>
public sealed class QuotasFromObligationsTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await SyntheticProvince.ImportAndGenerateAsync(client);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private async Task<TrainingQuotaRow> ProvinceRowAsync(int year, string audience = "collaborators") =>
        (await TrainingApi.QuotasAsync(client, "T1", year)).Unit.Single(r => r.Audience == audience);

    [Fact]
    public async Task Given_2000_collaborators_When_VN_2021_2025_is_generated_Then_the_2021_quota_is_700_to_1000_trainees()
    {
        var row = await ProvinceRowAsync(2021);

        row.RequiredTraineesFloor.Should().Be(700);
        row.RequiredTraineesStretch.Should().Be(1_000);
        row.TraineesGap.Should().Be(700);
        (row.TraineesFloorPercent, row.RegisteredTrainedPercent)
            .Should().Be(((double?)0.0, (double?)null), "nobody trained of the 700, nobody registered yet");
        row.RequiredClassesFloor.Should().Be(14);
        row.RequiredClassesStretch.Should().Be(20);
        row.Level.Should().Be(UnitLevel.Province);
        row.UnitName.Should().Be("Tỉnh Thử Nghiệm");
    }

    [Fact]
    public async Task Given_2000_collaborators_Then_the_2022_quota_is_1400_trainees()
    {
        var row = await ProvinceRowAsync(2022);

        row.RequiredTraineesFloor.Should().Be(1_400);
        row.RequiredTraineesStretch.Should().BeNull();
    }

    [Fact]
    public async Task Communication_staff_must_all_be_trained()
    {
        (await ProvinceRowAsync(2021, "communication_staff")).RequiredTraineesFloor.Should().Be(40);
    }

    [Fact]
    public async Task The_communes_split_the_province_quota_and_the_nation_sums_the_provinces()
    {
        var province = await TrainingApi.QuotasAsync(client, "T1", 2021);
        var nation = await TrainingApi.QuotasAsync(client, "VN", 2021);

        var communes = province.Subordinates.Where(r => r.Audience == "collaborators").ToList();
        communes.Should().HaveCount(95);
        communes.Sum(r => r.RequiredTraineesFloor).Should().Be(700);
        nation.Unit.Single(r => r.Audience == "collaborators").RequiredTraineesFloor.Should().Be(700);
        nation.Subordinates.Where(r => r.Audience == "collaborators").Select(r => r.UnitCode).Should().Equal("T1");
    }

    [Fact]
    public async Task When_the_obligation_is_overridden_Then_the_training_quota_follows()
    {
        var id = await SyntheticProvince.ObligationIdAsync(client, "COLLAB_TRAINED", 2021);

        var response = await client.PutAsJsonAsync(
            $"/api/obligations/{id}/override",
            new
            {
                floor = 900,
                stretch = 1_200,
                reason = "Tỉnh giao chỉ tiêu cao hơn",
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var row = await ProvinceRowAsync(2021);
        row.RequiredTraineesFloor.Should().Be(900);
        row.RequiredTraineesStretch.Should().Be(1_200);
    }

    [Fact]
    public async Task Training_keeps_only_the_training_obligations()
    {
        var indicators = await platform.QueryAsync(db =>
            db.QuotaObligations.AsNoTracking().Select(o => o.IndicatorCode).Distinct().ToListAsync()
        );

        indicators.Should().BeEquivalentTo("COLLAB_TRAINED", "STAFF_TRAINED", "COLLAB_CLASSES");
    }

    [Fact]
    public async Task A_removed_obligation_is_deleted_from_Trainings_copy()
    {
        var id = await SyntheticProvince.ObligationIdAsync(client, "COLLAB_TRAINED", 2022);

        await platform.PublishAsync(
            new ObligationsChanged([
                new ObligationSnapshot(
                    id,
                    "T1-2021-2025",
                    "T1",
                    UnitLevel.Province,
                    "VN",
                    2022,
                    "COLLAB_TRAINED",
                    1_400,
                    null,
                    false,
                    Removed: true
                ),
            ])
        );

        (await platform.QueryAsync(db => db.QuotaObligations.AnyAsync(o => o.ObligationId == id))).Should().BeFalse();
        var row = await ProvinceRowAsync(2022);
        row.RequiredTraineesFloor.Should()
            .Be(1_400, "with the province's own obligation gone, its communes' split of 1,400 still adds up");
    }
}
