using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Tests.Catalogue;

/// <summary>The codes other modules name indicators by are the catalogue's, all sixteen, in its order.</summary>
public sealed class IndicatorCodesTests
{
    [Fact]
    public void The_16_indicator_codes_are_those_of_the_catalogue_in_its_order()
    {
        IndicatorCodes.All.Should().Equal(IndicatorCatalogue.All.Select(i => i.Code));
        IndicatorCodes.All.Should().HaveCount(16).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_national_target_names_an_indicator_of_the_catalogue()
    {
        NationalPlans.Targets2025.Concat(NationalPlans.Targets2030).Select(t => t.Indicator).Distinct()
            .Should().OnlyContain(code => IndicatorCodes.All.Contains(code));
    }
}
