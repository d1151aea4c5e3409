using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Tests.Support;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>Through the 2021 reporting season: the communes and the province due 15/12 (as the suite's factory
/// configures the plan to 2025).</summary>
public sealed class LateSubmissionTests(ClockedProvinceFixture fixture) : IClassFixture<ClockedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_report_submitted_after_its_deadline_is_listed_late_and_one_on_time_is_not()
    {
        fixture.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 20, 9, 0, 0, TimeSpan.Zero));
        await MonitoringApi.SubmitAsync(Client, CommunePlan(5), 2021);
        fixture.Clock.SetUtcNow(new DateTimeOffset(2021, 12, 20, 9, 0, 0, TimeSpan.Zero));
        var late = await MonitoringApi.SubmitAsync(Client, Plan, 2021);
        fixture.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));

        var overdue = await MonitoringApi.DeadlinesAsync(Client, 2021, "overdue=true&asOf=2021-12-31");
        var provinces = await MonitoringApi.DeadlinesAsync(Client, 2021, "overdue=true&asOf=2021-12-31&level=Province");

        late.Submission!.Late.Should().BeTrue();
        late.Submission.SubmittedOn.Should().Be(new DateOnly(2021, 12, 20));
        var province = overdue.Single(d => d.PlanCode == Plan);
        province.Status.Should().Be(DeadlineStatus.SubmittedLate);
        province.DaysLate.Should().Be(5);
        overdue.Should().NotContain(d => d.PlanCode == CommunePlan(5));
        overdue.Count(d => d.Status == DeadlineStatus.Overdue).Should().Be(94);
        overdue.Where(d => d.Status == DeadlineStatus.Overdue).Should().OnlyContain(d => d.DaysLate == 16);
        provinces.Select(d => d.PlanCode).Should().Equal(Plan);
    }
}
