using Platform.Plans.Contracts;

namespace Platform.Training.Contracts.Quotas;

/// <summary>
/// One unit, year and audience: what the obligations require and what training achieved, rolled up over the unit's
/// subtree. Flat, report-friendly columns (the OData set <c>TrainingQuotas</c> exposes these rows).
/// </summary>
/// <param name="RequiredClassesFloor">From COLLAB_CLASSES (collaborators only); null when no obligation says.</param>
/// <param name="RequiredTraineesFloor">From COLLAB_TRAINED, STAFF_TRAINED or STEERING_TRAINED.</param>
/// <param name="ClassesScheduled">Classes of the audience held by units of the subtree and ending in the year.</param>
/// <param name="ClassesHeld">Of those, the classes completed.</param>
/// <param name="Registered">People of the audience registered in units of the subtree.</param>
/// <param name="Trained">Distinct registered people of the audience who completed a class ending in the year.</param>
/// <param name="CoveragePercent">
/// The same figure as <paramref name="RegisteredTrainedPercent"/>, under its first name (kept for reports built on it):
/// it compares with the people registered, not with the quota.
/// </param>
/// <param name="RegisteredTrainedPercent">
/// Share of the registered people trained: Trained ÷ Registered × 100 from the summed counts (never an average of
/// percentages); null when nobody is registered. 100 % with a gap means everyone registered was trained and the quota
/// needs more people registered.
/// </param>
/// <param name="TraineesFloorPercent">
/// Trained ÷ RequiredTraineesFloor × 100: how far the unit is towards its quota; below 100 exactly when
/// <paramref name="TraineesGap"/> is above 0. Null without a requirement (or a floor of 0).
/// </param>
/// <param name="TraineesGap">Trainees still needed to reach the floor (0 once reached); null without a
/// requirement.</param>
/// <param name="ClassesGap">Classes still to be held to reach the floor; null without a requirement.</param>
public sealed record TrainingQuotaRow(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string? ParentCode,
    string? ProvinceCode,
    int Year,
    string Audience,
    long? RequiredClassesFloor,
    long? RequiredClassesStretch,
    long? RequiredTraineesFloor,
    long? RequiredTraineesStretch,
    long ClassesScheduled,
    long ClassesHeld,
    long Registered,
    long Trained,
    double? CoveragePercent,
    double? RegisteredTrainedPercent,
    double? TraineesFloorPercent,
    long? TraineesGap,
    long? TraineesStretchGap,
    long? ClassesGap,
    bool MissingData);
