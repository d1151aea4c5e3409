using System.Linq.Expressions;
using Platform.Monitoring.Catalogue;

namespace Platform.Monitoring.Tests.Activities;

/// <summary>The kind → indicator map is written once; its SQL form in the feed is made from it.</summary>
public sealed class ActivityKindsTests
{
    public static TheoryData<string> Kinds => [.. ActivityKinds.Indicators.Keys, "fireworks"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_SQL_form_gives_each_kind_its_first_indicator_as_the_map_does(string kind)
    {
        Expression<Func<string, string?>> written = k => ActivityKinds.FirstIndicatorOf(k);

        var inSql = ActivityKinds.InSql(written);

        inSql.Body.Should().BeAssignableTo<ConditionalExpression>("no call is left for EF Core to refuse");
        inSql.Compile()(kind).Should().Be(ActivityKinds.FirstIndicatorOf(kind));
    }

    [Fact]
    public void Six_kinds_feed_an_indicator_and_grassroots_conferences_feed_two()
    {
        var feeding = ActivityKinds.Indicators.Where(k => k.Value.Length > 0);
        feeding.Select(k => $"{k.Key} {string.Join('+', k.Value)}").Should().Equal(
            "enterprise_conference ENTERPRISE_CONF",
            "grassroots_conference GRASSROOTS_CONF+GRASSROOTS_CONF_COUNT",
            "collaborator_conference COLLAB_CONF",
            "radio_broadcast RADIO_VOL",
            "training_class COLLAB_CLASSES",
            "survey_workshop SURVEY_WS");
        ActivityKinds.FirstIndicatorOf("grassroots_conference").Should().Be("GRASSROOTS_CONF");
        ActivityKinds.FirstIndicatorOf("livestream").Should().BeNull();
    }
}
