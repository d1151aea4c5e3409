using Microsoft.EntityFrameworkCore;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Cascade.Generate;

/// <summary>Collects the plans and computed obligations of a generation, then diffs and writes them in one
/// transaction.</summary>
internal sealed class GenerationPlan(CascadeSnapshot snapshot, DateTime now)
{
    /// <summary>How many units' plans are written between two reports of progress.</summary>
    private const int ProgressEvery = 20;

    private readonly List<Plan> created = [];
    private readonly List<(IPlanHeader Plan, List<ObligationDraft> Drafts)> recorded = [];

    public sealed record Outcome(
        int PlansCreated,
        int PlansExisting,
        int Added,
        int Updated,
        int Unchanged,
        int KeptOverridden,
        int Removed,
        List<ObligationDifference> Differences,
        List<MissingDataItem> MissingData,
        List<string> LockedPlans,
        List<ObligationSnapshot> Changed
    );

    /// <summary>
    /// The unit's plan under <paramref name="parent"/>: the existing one (found by unit version, not by code), else a
    /// new one drafted under the unit's code; a code another unit version's plan holds (75 was old and is new Đồng Nai)
    /// gives the new plan the versioned code instead (<see cref="SubordinatePlanDrafter.VersionedCodeFor"/>).
    /// </summary>
    public IPlanHeader PlanFor(CascadeUnit unit, IPlanHeader parent, Func<string, Plan> draft)
    {
        if (Existing(parent, unit) is { } existing)
        {
            return existing;
        }

        var code = SubordinatePlanDrafter.CodeFor(unit, parent);
        if (snapshot.PlanCodes.Contains(code))
        {
            code = SubordinatePlanDrafter.VersionedCodeFor(unit, parent);
            if (snapshot.PlanCodes.Contains(code))
            {
                throw new ConflictException(
                    Wording.Get("Generation.CodeTaken", System.Globalization.CultureInfo.CurrentUICulture, code)
                );
            }
        }

        var plan = draft(code);
        // A parent without an id is drafted by this generation too: the child gets its id once it is written.
        if (parent is Plan { Id: 0 } drafted)
        {
            plan.ParentPlanId = null;
            plan.Parent = drafted;
        }

        created.Add(plan);
        snapshot.PlanCodes.Add(code);
        return plan;
    }

    /// <summary>The unit's stored plan under <paramref name="parent"/>, if it has one.</summary>
    public StoredPlan? Existing(IPlanHeader parent, CascadeUnit unit) =>
        parent.Id != 0 && snapshot.PlansByParentAndUnit.TryGetValue((parent.Id, unit.Id), out var existing)
            ? existing
            : null;

    public void Record(IPlanHeader plan, List<ObligationDraft> drafts) => recorded.Add((plan, drafts));

    /// <summary>
    /// The overridden obligations of a draft's siblings (same unit above it in the cascade, and indicator) in its year
    /// or before: a split is shared among them, and which communes a rotation proposes depends on the years before.
    /// </summary>
    private IEnumerable<StoredObligation> OverriddenSiblings(ObligationDraft draft)
    {
        overriddenByParent ??= snapshot.Obligations.Values.Where(o => o.Overridden)
            .ToLookup(o => (snapshot.CascadeParentOf(o.UnitId), o.IndicatorCode));
        return overriddenByParent[(snapshot.CascadeParentOf(draft.Unit.Id), draft.IndicatorCode)]
            .Where(o => o.Year <= draft.Year)
            .OrderBy(o => o.Year)
            .ThenBy(o => o.UnitCode, StringComparer.Ordinal);
    }

    private ILookup<(int?, string), StoredObligation>? overriddenByParent;

    /// <summary>A generated plan's obligations as the parent values of the level below, overrides applied.</summary>
    public IReadOnlyDictionary<(string, int), ParentValue> EffectiveValues(
        IPlanHeader plan,
        List<ObligationDraft> drafts
    ) =>
        drafts.ToDictionary(
            d => (d.IndicatorCode, d.Year),
            d =>
            {
                var (floor, stretch) = snapshot.Overrides.TryGetValue((d.Unit.Id, d.IndicatorCode, d.Year), out var o)
                    ? o
                    : (d.MissingData ? null : d.Floor, d.MissingData ? null : d.Stretch);
                return new ParentValue(
                    d.IndicatorCode,
                    d.Year,
                    d.RateFloor,
                    d.RateStretch,
                    floor,
                    stretch,
                    $"obligation of {plan.Code} for {d.Year}"
                );
            }
        );

    /// <summary>
    /// Writes everything in one transaction, with the one audit entry <paramref name="summarise"/> makes of the outcome
    /// when anything changed (ADR 0010: a cascade is summarised, not recorded obligation by obligation); tells
    /// <paramref name="progress"/> how many units' plans are written as it writes their new obligations.
    /// </summary>
    public async Task<Outcome> SaveAsync(
        PlansDbContext db,
        Func<Outcome, AuditEntry> summarise,
        Action<int> progress,
        CancellationToken cancellationToken
    )
    {
        var differences = new List<ObligationDifference>();
        var missing = new List<MissingDataItem>();
        var locked = new List<string>();
        var changed = new List<ObligationSnapshot>();
        int unchanged = 0, kept = 0;

        PlanWriter.Insert(db, created);

        var updates = new List<(StoredObligation Row, ObligationDraft Draft)>();
        var removals = new List<StoredObligation>();
        var inserts = new List<(IPlanHeader Plan, ObligationDraft Draft)>();
        foreach (var (plan, drafts) in recorded)
        {
            // A plan this generation drafted is a Draft.
            if (plan is StoredPlan { Status: not PlanStatus.Draft })
            {
                locked.Add($"{plan.Code} ({plan.Status}): not regenerated; return it to Draft first.");
                continue;
            }

            var seen = new HashSet<(int, int, string)>();
            foreach (var draft in drafts)
            {
                seen.Add((draft.Unit.Id, draft.Year, draft.IndicatorCode));
                if (draft.MissingData)
                {
                    missing.Add(
                        new MissingDataItem(
                            plan.Code,
                            draft.Unit.Code,
                            draft.Unit.Name,
                            draft.IndicatorCode,
                            draft.Year,
                            draft.MissingReason ?? "missing data"
                        )
                    );
                }

                if (
                    !snapshot.Obligations.TryGetValue(
                        (plan.Id, draft.Unit.Id, draft.Year, draft.IndicatorCode),
                        out var row
                    )
                )
                {
                    inserts.Add((plan, draft));
                }
                else if (row.Overridden)
                {
                    kept++;
                }
                else if (
                    ObligationDiff.Differs(row, draft)
                    && ObligationDiff.Why(row, draft, OverriddenSiblings(draft), id => snapshot.Unit(id).Name)
                        is { } why
                )
                {
                    differences.Add(
                        new ObligationDifference(
                            plan.Code,
                            draft.Unit.Code,
                            draft.IndicatorCode,
                            draft.Year,
                            row.Floor,
                            row.Stretch,
                            draft.Floor,
                            draft.Stretch,
                            why
                        )
                    );
                    updates.Add((row, draft));
                }
                else
                {
                    unchanged++;
                }
            }

            removals.AddRange(
                snapshot
                    .ObligationsByPlan[plan.Id]
                    .Where(o =>
                        o.UnitId == plan.UnitId && !o.Overridden && !seen.Contains((o.UnitId, o.Year, o.IndicatorCode))
                    )
            );
        }

        using var writer = ObligationWriter.Create(db, now, inserts.Count);
        IPlanHeader? previous = null;
        var written = 0;
        foreach (var (plan, draft) in inserts)
        {
            if (!ReferenceEquals(plan, previous) && ++written % ProgressEvery == 0)
            {
                progress(written);
            }

            previous = plan;
            var id = writer.Insert(plan.Id, draft);
            changed.Add(Snapshot(id, plan.Code, draft, removed: false));
        }

        foreach (var (row, draft) in updates)
        {
            writer.Update(row.Id, draft);
            changed.Add(Snapshot(row.Id, PlanCodeOf(row.PlanId), draft, removed: false));
        }

        foreach (var row in removals)
        {
            writer.Delete(row.Id);
            var unit = snapshot.Unit(row.UnitId);
            changed.Add(
                new ObligationSnapshot(
                    row.Id,
                    PlanCodeOf(row.PlanId),
                    row.UnitCode,
                    unit.Level,
                    ParentCodeOf(unit),
                    row.Year,
                    row.IndicatorCode,
                    null,
                    null,
                    row.MissingData,
                    Removed: true
                )
            );
        }

        writer.Complete();
        progress(recorded.Count);
        var outcome = new Outcome(
            created.Count,
            recorded.Count - created.Count,
            inserts.Count,
            updates.Count,
            unchanged,
            kept,
            removals.Count,
            differences,
            missing,
            locked,
            changed
        );
        if (outcome.PlansCreated + outcome.Added + outcome.Updated + outcome.Removed > 0)
        {
            db.Set<AuditEntry>().Add(summarise(outcome));
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>The plans this generation created, by code, for its audit entry.</summary>
    public IEnumerable<string> CreatedPlanCodes => created.Select(p => p.Code);

    /// <summary>The code of a plan whose stored obligation is updated or removed: a stored plan.</summary>
    private string PlanCodeOf(int planId) => snapshot.Plans[planId].Code;

    private ObligationSnapshot Snapshot(int id, string planCode, ObligationDraft draft, bool removed) =>
        new(
            id,
            planCode,
            draft.Unit.Code,
            draft.Unit.Level,
            ParentCodeOf(draft.Unit),
            draft.Year,
            draft.IndicatorCode,
            draft.Floor,
            draft.Stretch,
            draft.MissingData,
            removed
        );

    private string? ParentCodeOf(CascadeUnit unit) =>
        unit.ParentId is { } parentId ? snapshot.Unit(parentId).Code : null;
}
