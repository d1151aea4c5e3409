using System.Linq.Expressions;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Catalogue;

/// <summary>The kinds of activity a unit reports, each with the indicators its count feeds (none for kinds recorded
/// only).</summary>
internal static class ActivityKinds
{
    public const string EnterpriseConference = "enterprise_conference";
    public const string GrassrootsConference = "grassroots_conference";
    public const string CollaboratorConference = "collaborator_conference";
    public const string RadioBroadcast = "radio_broadcast";
    public const string TrainingClass = "training_class";
    public const string SurveyWorkshop = "survey_workshop";

    public static readonly IReadOnlyDictionary<string, string[]> Indicators = new Dictionary<string, string[]>(
        StringComparer.Ordinal
    )
    {
        [EnterpriseConference] = [IndicatorCodes.EnterpriseConferences],
        [GrassrootsConference] = [IndicatorCodes.GrassrootsConferences, IndicatorCodes.GrassrootsConferenceCount],
        [CollaboratorConference] = [IndicatorCodes.CollaboratorConferences],
        [RadioBroadcast] = [IndicatorCodes.RadioVoluntary],
        [TrainingClass] = [IndicatorCodes.CollaboratorClasses],
        [SurveyWorkshop] = [IndicatorCodes.SurveyWorkshops],
        ["publication"] = [],
        ["social_media_post"] = [],
        ["sms_campaign"] = [],
        ["mobile_team"] = [],
        ["small_group"] = [],
        ["performance_contest"] = [],
        ["livestream"] = [],
        ["app_news"] = [],
        ["hotline"] = [],
        ["other"] = [],
    };

    public static bool IsKnown(string kind) => Indicators.ContainsKey(kind);

    public static string List => string.Join(", ", Indicators.Keys);

    /// <summary>
    /// The first indicator <paramref name="kind"/> feeds (GRASSROOTS_CONF_COUNT goes with GRASSROOTS_CONF), or null.
    /// </summary>
    public static string? FirstIndicatorOf(string kind) =>
        Indicators.GetValueOrDefault(kind) is [var first, ..] ? first : null;

    /// <summary>
    /// <paramref name="query"/> with each call of <see cref="FirstIndicatorOf"/> written out from
    /// <see cref="Indicators"/> as conditionals on the kind, which EF Core turns into a CASE in SQL (so that a read
    /// model can filter on the indicator).
    /// </summary>
    public static Expression<T> InSql<T>(Expression<T> query) => (Expression<T>)new FirstIndicatorInSql().Visit(query);

    private sealed class FirstIndicatorInSql : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ActivityKinds) || node.Method.Name != nameof(FirstIndicatorOf))
            {
                return base.VisitMethodCall(node);
            }

            var kind = Visit(node.Arguments[0]);
            Expression indicator = Expression.Constant(null, typeof(string));
            foreach (var (code, indicators) in Indicators.Where(k => k.Value.Length > 0).Reverse())
            {
                indicator = Expression.Condition(
                    Expression.Equal(kind, Expression.Constant(code)),
                    Expression.Constant(indicators[0], typeof(string)),
                    indicator);
            }

            return indicator;
        }
    }
}
