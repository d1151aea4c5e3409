namespace Platform.Plans.Contracts;

/// <summary>Draft → Submitted → Approved → Active → Closed; a submitted plan may go back to Draft.</summary>
public enum PlanStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Active = 3,
    Closed = 4,
}
