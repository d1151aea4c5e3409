using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Training.Classes;
using Platform.Training.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Quotas;

/// <summary>
/// Quotas and achievements of a year for every unit and audience: four grouped SQL queries give the figures of each
/// unit on its own, then one pass up the tree sums the counts; percentages are recomputed from the sums. Asked for one
/// unit, it reads and sums that unit's subtree only (a province's page does not pay for the whole nation).
/// </summary>
internal sealed class QuotaCalculator(TrainingDbContext db, IMediator sender)
{
    public async Task<IReadOnlyDictionary<(string Unit, string Audience), TrainingQuotaRow>> ComputeAsync(
        int year, CancellationToken cancellationToken, string? under = null)
    {
        var tree = await sender.Send(GetUnitTreeQuery.OfYear(year), cancellationToken);
        var own = new Dictionary<(string Unit, string Audience), Figures>();
        Figures At(string unit, string audience) =>
            own.TryGetValue((unit, audience), out var f) ? f : own[(unit, audience)] = new Figures();

        // The whole tree unless one unit below the top is asked for; then its codes bound every query.
        var root = under is null || tree.Find(under) is not { ParentCode: not null } ? null : under;
        var codes = root is null ? null : tree.SubtreeOf(root).Select(n => n.Code).ToList();
        var people = codes is null
            ? db.People.AsNoTracking()
            : db.People.AsNoTracking().Where(p => codes.Contains(p.UnitCode));
        var classRows = codes is null
            ? db.Classes.AsNoTracking()
            : db.Classes.AsNoTracking().Where(c => codes.Contains(c.UnitCode));
        var quotas = codes is null
            ? db.QuotaObligations.AsNoTracking()
            : db.QuotaObligations.AsNoTracking().Where(o => codes.Contains(o.UnitCode));

        foreach (
            var g in await people
                .GroupBy(p => new { p.UnitCode, p.Audience })
                .Select(g => new
                {
                    g.Key.UnitCode,
                    g.Key.Audience,
                    Count = g.LongCount(),
                })
                .ToListAsync(cancellationToken)
        )
        {
            At(g.UnitCode, g.Audience).Registered = g.Count;
        }

        foreach (
            var g in await classRows
                .Where(c => c.Year == year)
                .GroupBy(c => new { c.UnitCode, c.Audience })
                .Select(g => new
                {
                    g.Key.UnitCode,
                    g.Key.Audience,
                    Count = g.LongCount(),
                    Held = g.LongCount(c => c.CompletedAtUtc != null),
                })
                .ToListAsync(cancellationToken)
        )
        {
            var f = At(g.UnitCode, g.Audience);
            f.Scheduled = g.Count;
            f.Held = g.Held;
        }

        var trained = await (
            from e in db.Enrolments.AsNoTracking()
            join c in db.Classes.AsNoTracking() on e.ClassId equals c.Id
            join p in people on e.PersonId equals p.Id
            where e.Completed && c.Year == year
            select new { p.Id, p.UnitCode, p.Audience }).Distinct()
            .GroupBy(p => new { p.UnitCode, p.Audience })
            .Select(g => new { g.Key.UnitCode, g.Key.Audience, Count = g.LongCount() }).ToListAsync(cancellationToken);
        foreach (var g in trained)
        {
            At(g.UnitCode, g.Audience).Trained = g.Count;
        }

        // Several plans may cover a unit and year (e.g. a regenerated period); the latest obligation wins.
        var obligations = await quotas
            .Where(o => o.Year == year)
            .Select(o => new
            {
                o.ObligationId,
                o.UnitCode,
                o.IndicatorCode,
                o.Floor,
                o.Stretch,
                o.MissingData,
            })
            .ToListAsync(cancellationToken);
        foreach (var o in obligations.OrderBy(o => o.ObligationId))
        {
            var (audience, classes) = QuotaIndicators.Map(o.IndicatorCode)!.Value;
            var f = At(o.UnitCode, audience);
            if (classes)
            {
                (f.ClassesFloor, f.ClassesStretch) = (o.MissingData ? null : o.Floor, o.MissingData ? null : o.Stretch);
            }
            else
            {
                (f.TraineesFloor, f.TraineesStretch) = (
                    o.MissingData ? null : o.Floor,
                    o.MissingData ? null : o.Stretch
                );
            }

            f.MissingData |= o.MissingData;
        }

        return RollUp(tree, year, own, root);
    }

    private static Dictionary<(string Unit, string Audience), TrainingQuotaRow> RollUp(
        UnitTree tree, int year, Dictionary<(string Unit, string Audience), Figures> own, string? root)
    {
        var rolled = new Dictionary<(string, string), Figures>();
        var rows = new Dictionary<(string, string), TrainingQuotaRow>();
        foreach (
            var top in root is null
                ? tree.All.Where(n => n.ParentCode is null || tree.Find(n.ParentCode) is null).Select(n => n.Code)
                : [root]
        )
        {
            Visit(top);
        }

        return rows;

        void Visit(string code)
        {
            var children = tree.ChildrenOf(code).ToList();
            foreach (var child in children)
            {
                Visit(child.Code);
            }

            var node = tree.Find(code)!;
            var province = tree.ProvinceOf(code);
            foreach (var audience in TrainingAudiences.All)
            {
                var total = own.TryGetValue((code, audience), out var mine) ? mine.Copy() : new Figures();
                var fromChildren = children
                    .Select(c => rolled.GetValueOrDefault((c.Code, audience)))
                    .OfType<Figures>()
                    .ToList();
                total.Add(fromChildren, keepOwnRequirement: true);
                rolled[(code, audience)] = total;
                if (total.IsEmpty)
                {
                    continue;
                }

                rows[(code, audience)] = total.ToRow(
                    node.Code,
                    node.Name,
                    node.Level,
                    node.ParentCode,
                    province,
                    year,
                    audience
                );
            }
        }
    }

    private sealed class Figures
    {
        public long Registered { get; set; }

        public long Scheduled { get; set; }

        public long Held { get; set; }

        public long Trained { get; set; }

        public long? ClassesFloor { get; set; }

        public long? ClassesStretch { get; set; }

        public long? TraineesFloor { get; set; }

        public long? TraineesStretch { get; set; }

        public bool MissingData { get; set; }

        public bool IsEmpty =>
            Registered == 0
            && Scheduled == 0
            && Trained == 0
            && ClassesFloor is null
            && TraineesFloor is null
            && !MissingData;

        public Figures Copy() => (Figures)MemberwiseClone();

        /// <summary>Counts always add up; a requirement of the unit's own obligation stands, else the children's
        /// requirements add up.</summary>
        public void Add(IReadOnlyList<Figures> children, bool keepOwnRequirement)
        {
            Registered += children.Sum(c => c.Registered);
            Scheduled += children.Sum(c => c.Scheduled);
            Held += children.Sum(c => c.Held);
            Trained += children.Sum(c => c.Trained);
            MissingData |= children.Any(c => c.MissingData);
            if (!keepOwnRequirement || (ClassesFloor is null && ClassesStretch is null))
            {
                (ClassesFloor, ClassesStretch) = (
                    Sum(children, c => c.ClassesFloor),
                    Sum(children, c => c.ClassesStretch)
                );
            }

            if (!keepOwnRequirement || (TraineesFloor is null && TraineesStretch is null))
            {
                (TraineesFloor, TraineesStretch) = (
                    Sum(children, c => c.TraineesFloor),
                    Sum(children, c => c.TraineesStretch)
                );
            }
        }

        public TrainingQuotaRow ToRow(
            string code,
            string name,
            Plans.Contracts.UnitLevel level,
            string? parent,
            string? province,
            int year,
            string audience
        ) =>
            new(
                code,
                name,
                level,
                parent,
                province,
                year,
                audience,
                ClassesFloor,
                ClassesStretch,
                TraineesFloor,
                TraineesStretch,
                Scheduled,
                Held,
                Registered,
                Trained,
                Percent(Trained, Registered),
                Percent(Trained, Registered),
                Percent(Trained, TraineesFloor),
                TraineesFloor is { } tf ? Math.Max(0, tf - Trained) : null,
                TraineesStretch is { } ts ? Math.Max(0, ts - Trained) : null,
                ClassesFloor is { } cf ? Math.Max(0, cf - Held) : null,
                MissingData
            );

        private static double? Percent(long part, long? whole) =>
            whole is > 0 ? Math.Round(part * 100.0 / whole.Value, 2) : null;

        private static long? Sum(IReadOnlyList<Figures> children, Func<Figures, long?> value) =>
            children.Any(c => value(c) is not null) ? children.Sum(c => value(c) ?? 0) : null;
    }
}
