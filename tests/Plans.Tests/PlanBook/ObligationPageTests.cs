using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts.Obligations;
using Platform.Plans.Tests.Support;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// The obligations grid asks for one page at a time: found by a unit's name without diacritics or its code, by whether
/// a planner set them, sorted on the server, and pages that neither overlap nor skip.
/// </summary>
[Collection(PlannerPagesCollection.Name)]
public sealed class ObligationPageTests(DongNaiPlanFixture platform)
{
    private const string Plan = DongNaiPlanFixture.Plan;

    [Theory]
    [InlineData("phuoc thai")]
    [InlineData("PHƯỚC THÁI")]
    [InlineData("26422")]
    public async Task A_commune_is_found_by_its_name_without_diacritics_or_by_its_code(string search)
    {
        var page = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Top: 100, Search: search)
        );

        page.Total.Should().Be(35, "7 indicators over 5 years");
        page.Items.Select(o => (o.UnitCode, o.UnitName)).Distinct().Should().Equal(("26422", "Xã Phước Thái"));
    }

    [Fact]
    public async Task Sorted_by_floor_the_province_comes_first_then_the_67_communes_that_hold_conferences()
    {
        var page = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(
                Plan,
                2026,
                null,
                "GRASSROOTS_CONF",
                null,
                Top: 100,
                OrderBy: ObligationOrder.Floor,
                Descending: true
            )
        );

        page.Total.Should().Be(96);
        page.Items[0].Should().BeEquivalentTo(new { UnitCode = "75", Floor = 67L });
        page.Items.Skip(1)
            .Select(o => o.Floor)
            .Should()
            .Equal(Enumerable.Repeat<long?>(1, 67).Concat(Enumerable.Repeat<long?>(0, 28)));
        page.Items.Skip(1)
            .Take(67)
            .Select(o => o.UnitCode)
            .Should()
            .BeInAscendingOrder(StringComparer.Ordinal, "equal floors go by unit code");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sorted_by_name_units_follow_their_names_without_diacritics(bool descending)
    {
        var page = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(
                Plan,
                2026,
                null,
                "UNITS_WITH_PLAN",
                null,
                Top: 100,
                OrderBy: ObligationOrder.UnitName,
                Descending: descending
            )
        );

        var names = page.Items.Select(o => VietnameseText.Fold(o.UnitName)).ToList();
        page.Total.Should().Be(96);
        if (descending)
        {
            names.Should().BeInDescendingOrder(StringComparer.Ordinal);
        }
        else
        {
            names.Should().BeInAscendingOrder(StringComparer.Ordinal);
        }
    }

    [Fact]
    public async Task Consecutive_pages_neither_overlap_nor_skip()
    {
        var whole = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Top: 120, OrderBy: ObligationOrder.Year)
        );
        var pages = new List<ObligationView>();
        for (var skip = 0; skip < 120; skip += 40)
        {
            pages.AddRange(
                (
                    await platform.AsHoaAsync(
                        new GetPlanObligationsQuery(
                            Plan,
                            null,
                            null,
                            null,
                            null,
                            Top: 40,
                            Skip: skip,
                            OrderBy: ObligationOrder.Year
                        )
                    )
                ).Items
            );
        }

        whole.Total.Should().Be(3365, "the province's 8 indicators and each commune's 7, over 5 years");
        pages.Select(o => o.Id).Should().Equal(whole.Items.Select(o => o.Id));
        pages.Select(o => o.Id).Should().OnlyHaveUniqueItems();
        pages.Select(o => o.Year).Should().AllBeEquivalentTo(2026);
    }

    [Theory]
    [InlineData(ObligationOrder.Unit, false)]
    [InlineData(ObligationOrder.Floor, true)]
    [InlineData(ObligationOrder.UnitName, false)]
    [InlineData(ObligationOrder.UnitName, true)]
    public async Task A_page_in_the_far_half_read_from_the_other_end_holds_the_same_rows_in_the_same_order(
        ObligationOrder order,
        bool descending
    )
    {
        var whole = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Top: 3365, OrderBy: order, Descending: descending)
        );

        foreach (var skip in new[] { 1670, 1682, 3000, 3340, 3350 })
        {
            var page = await platform.AsHoaAsync(
                new GetPlanObligationsQuery(
                    Plan,
                    null,
                    null,
                    null,
                    null,
                    Top: 25,
                    Skip: skip,
                    OrderBy: order,
                    Descending: descending
                )
            );

            page.Total.Should().Be(3365);
            page.Items.Select(o => o.Id)
                .Should()
                .Equal(whole.Items.Skip(skip).Take(25).Select(o => o.Id), $"the page from {skip} in {order} order");
        }

        (
            await platform.AsHoaAsync(
                new GetPlanObligationsQuery(
                    Plan,
                    null,
                    null,
                    null,
                    null,
                    Top: 25,
                    Skip: 3365,
                    OrderBy: order,
                    Descending: descending
                )
            )
        )
            .Items.Should()
            .BeEmpty("there is nothing past the last obligation");
    }

    [Fact]
    public async Task The_obligations_a_planner_set_are_told_apart_from_those_as_computed()
    {
        var target = (
            await platform.AsHoaAsync(new GetPlanObligationsQuery(Plan, 2026, "26005", "GRASSROOTS_CONF_COUNT", null))
        ).Items.Single();
        var before = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Top: 1, Overridden: false)
        );
        await platform.AsHoaAsync(
            new OverrideObligationCommand(
                target.Id,
                5,
                6,
                "Phường đông dân, giao thêm hội nghị",
                new IfMatch([target.Version])
            )
        );

        var overridden = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Overridden: true)
        );
        var computed = await platform.AsHoaAsync(
            new GetPlanObligationsQuery(Plan, null, null, null, null, Top: 1, Overridden: false)
        );

        overridden
            .Items.Should()
            .ContainSingle(o => o.Id == target.Id)
            .Which.Should()
            .BeEquivalentTo(
                new
                {
                    Floor = 5L,
                    Stretch = 6L,
                    OverriddenBy = "hoa",
                }
            );
        computed.Total.Should().Be(before.Total - 1);
    }
}
