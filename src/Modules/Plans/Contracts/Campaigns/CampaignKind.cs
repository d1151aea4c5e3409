namespace Platform.Plans.Contracts.Campaigns;

/// <summary>What a campaign is (seeds 000, 001: the May campaign month; 003: a launch day; 002: a year-end
/// peak).</summary>
public enum CampaignKind
{
    /// <summary>"Tháng vận động triển khai BHXH toàn dân": May of every year.</summary>
    CampaignMonth,

    /// <summary>A launch day ("Lễ ra quân") and the communication around it.</summary>
    LaunchDay,

    /// <summary>A peak period ("cao điểm"), e.g. the last months of a year.</summary>
    PeakPeriod,
}

/// <summary>How a quota is counted for a unit: a number per unit of its level, or a share of one of the unit's
/// figures.</summary>
public enum CampaignQuotaBasis
{
    /// <summary>The rate for each unit of the quota's level ("01 đội/01 huyện", "50 người/huyện").</summary>
    PerUnit,

    /// <summary>The rate as a percent of a figure of the unit ("50% chỉ tiêu kế hoạch năm 2020").</summary>
    ShareOfFigure,
}

/// <summary>What a campaign quota counts. The names are in the Plans texts (<c>CampaignMeasure.{code}</c>).</summary>
public static class CampaignMeasures
{
    /// <summary>Mobile communication teams fielded (activities of kind <c>mobile_team</c>).</summary>
    public const string Teams = "CAMPAIGN_TEAMS";

    /// <summary>Points relaying an online ceremony (activities in the form <c>livestream</c>).</summary>
    public const string BridgePoints = "CAMPAIGN_BRIDGE_POINTS";

    /// <summary>New voluntary social-insurance participants reported in the quota's window.</summary>
    public const string NewVoluntaryParticipants = "CAMPAIGN_NEW_VOL";

    /// <summary>People reached by the campaign's activities.</summary>
    public const string Reached = "CAMPAIGN_REACHED";

    /// <summary>Activities held under the campaign.</summary>
    public const string Activities = "CAMPAIGN_ACTIVITIES";

    public static readonly IReadOnlyList<string> All =
        [Teams, BridgePoints, NewVoluntaryParticipants, Reached, Activities];

    public static bool IsKnown(string measure) => All.Contains(measure, StringComparer.Ordinal);
}
