namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// One Đồng Nai (75, 95 communes, generated from VN-2026-2030) for the tests of the requests the planner's pages send:
/// a unit's plans, the moves a person may make, pages of obligations and the runs of a generation.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlannerPagesCollection : ICollectionFixture<DongNaiPlanFixture>
{
    public const string Name = "Planner pages over Đồng Nai";
}
