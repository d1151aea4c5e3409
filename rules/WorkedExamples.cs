using NRules;

namespace Platform.Rules;

/// <summary>
/// A worked example as the rule files give it: the inputs of one rule for one unit (absent figures are null), the rule
/// expected to give the number (null: missing data) and the number, the floor of the obligation.
/// </summary>
public sealed record WorkedExample(
    string Name, Level Level, ExampleInput Input, string? ExpectRule, long? Expect = null)
{
    public override string ToString() => Name;
}

/// <summary>The inputs a worked example names: the rate handed down and the figures it is applied to.</summary>
public sealed record ExampleInput(double Value)
{
    public long? Denominator { get; init; }

    public int Subordinates { get; init; }

    public long? Trainees { get; init; }

    public long? Covered { get; init; }

    /// <summary>What the province's count leaves for a commune without its own denominator.</summary>
    public long? Remainder { get; init; }

    /// <summary>A campaign quota's tier, basis and re-base (<see cref="CampaignQuotas"/>, its own facts).</summary>
    public CampaignExample? Campaign { get; init; }
}

/// <summary>Runs a worked example through a session of the rule set: one province (and one commune for a commune's
/// example) with the example's figures, the facts the rule fires on, and the obligation it inserts.</summary>
public static class WorkedExamples
{
    private const int Year = 2026;
    private const string Indicator = "EXAMPLE";
    private const string Basis = "EXAMPLE_BASIS";
    private const string Metric = "example_metric";

    /// <summary>Null when the example holds, else what went wrong.</summary>
    public static string? Check(ISessionFactory factory, string kind, WorkedExample example)
    {
        var (rule, value) = Run(factory, kind, example);
        var expected = example.ExpectRule is null ? null : $"{kind}/{example.ExpectRule}";
        if (rule != expected)
        {
            return $"expected rule {expected ?? "none (missing data)"}, got {rule ?? "none (missing data)"}";
        }

        return expected is not null && value != example.Expect ? $"expected {example.Expect}, got {value}" : null;
    }

    /// <summary>The rule that gave the example's unit its obligation (null: missing data) and the floor. A campaign
    /// quota's example runs on that kind's own facts (<see cref="CampaignQuotas"/>).</summary>
    public static (string? Rule, long? Value) Run(ISessionFactory factory, string kind, WorkedExample example)
    {
        if (kind == CampaignQuotas.Kind)
        {
            return CampaignQuotas.Example(factory, example);
        }

        var input = example.Input;
        Figure? Own(string metric, long? value) => value is { } v ? new Figure(v, Year, "example") : null;
        var province = new Unit
        {
            Id = 1,
            Code = "01",
            Name = "example province",
            Level = Level.Province,
            ValidFrom = new DateOnly(2025, 7, 1),
            Figures = (metric, _) => example.Level == Level.Province ? Own(metric, input.Denominator) : null,
            Subordinates = _ => input.Subordinates,
        };
        var commune = new Unit
        {
            Id = 100,
            Code = "01001",
            Name = "example commune",
            Level = Level.Commune,
            ParentId = 1,
            ValidFrom = new DateOnly(2025, 7, 1),
            Figures = (metric, _) => metric == Metric ? Own(metric, input.Denominator) : null,
        };
        var target = new Target(Indicator, kind, Year, input.Value, null, Metric, Basis);
        var session = factory.CreateSession();
        session.Insert(province);
        if (example.Level == Level.Province)
        {
            session.Insert(target);
            if (Based(kind) is { } basisKind)
            {
                var basis = kind == PerCoveredUnit.Kind ? input.Covered : input.Trainees;
                session.Insert(Given(province, new Target(Basis, basisKind, Year, 100, null), basis));
            }
        }
        else
        {
            session.Insert(commune);
            session.Insert(Given(province, target, input.Remainder ?? 0));
            if (kind == PerCoveredUnit.Kind)
            {
                var parent = Given(province, new Target(Basis, ShareOfSubordinateUnits.Kind, Year, 100, null), 1);
                var covered = Given(commune, parent.Target, input.Covered);
                session.Insert(new CommuneSplit { Parent = parent, Communes = [covered] });
            }
        }

        session.Fire();
        var obligation = session
            .Query<Obligation>()
            .AsEnumerable()
            .Concat(session.Query<CommuneSplit>().AsEnumerable().SelectMany(s => s.Communes))
            .Single(o => o.Indicator == Indicator && o.Unit.Level == example.Level && o.Rule != "given");
        return obligation.Missing ? (null, null) : (obligation.Rule, obligation.Floor);
    }

    private static string? Based(string kind) =>
        kind switch
        {
            PerCoveredUnit.Kind => ShareOfSubordinateUnits.Kind,
            ClassQuota.Kind => PercentOfDenominator.Kind,
            _ => null,
        };

    /// <summary>An obligation the example takes as given (computed before, or stored): missing when its floor
    /// is.</summary>
    private static Obligation Given(Unit unit, Target target, long? floor) =>
        new()
        {
            Unit = unit,
            Target = target,
            Rule = "given",
            Floor = floor,
            Missing = floor is null,
        };
}
