using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>Without a working-age labour force, the percent-of-labour-force rule takes the shipped NSO employed
/// persons, and says so.</summary>
public sealed class EmployedPersonsFallbackTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Old_Binh_Phuoc_70_in_2021_is_given_45_percent_of_its_583370_employed_persons_with_the_fallback_named()
    {
        using var client = platform.CreateClient();
        (
            await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = "70" })
        ).EnsureSuccessStatusCode();

        var aware = await platform.QueryAsync(db =>
            db.Obligations.AsNoTracking()
                .SingleAsync(o => o.UnitCode == "70" && o.IndicatorCode == "AWARE_LF" && o.Year == 2021)
        );

        aware.MissingData.Should().BeFalse();
        aware.DenominatorMetric.Should().Be(StatisticMetrics.EmployedPersons);
        aware.DenominatorValue.Should().Be(583_370, "583.37 thousand persons in the NSO file");
        aware.DenominatorYear.Should().Be(2021);
        aware.DenominatorSource.Should().StartWith("NSO px-web");
        aware
            .Fallback.Should()
            .Be(
                "employed_persons used: no working_age_labour_force figure is recorded for Tỉnh Bình Phước for 2021 or "
                    + "an earlier year"
            );
        aware.Floor.Should().Be(262_517, "45 % of 583,370, rounded up");
    }
}
