using System.Linq.Expressions;

namespace Platform.BuildingBlocks.Security;

public enum ScopeLevel
{
    Nation,
    Province,
    Commune,
}

/// <summary>
/// The part of the administrative tree a caller may see and change: the nation (everything), one province (itself and
/// its communes) or one commune. A unit outside it is treated as if it did not exist (404).
/// </summary>
public sealed record UnitScope(ScopeLevel Level, string? UnitCode)
{
    public static readonly UnitScope Nation = new(ScopeLevel.Nation, null);

    /// <summary>A scope that covers nothing: the answer for an unauthenticated caller.</summary>
    public static readonly UnitScope None = new(ScopeLevel.Commune, "\0");

    public static UnitScope Province(string code) => new(ScopeLevel.Province, code);

    public static UnitScope Commune(string code) => new(ScopeLevel.Commune, code);

    public bool IsNation => Level == ScopeLevel.Nation;

    /// <summary>Whether the unit <paramref name="unitCode"/>, in province <paramref name="provinceCode"/> (null for the nation and provinces), lies in scope.</summary>
    public bool Covers(string unitCode, string? provinceCode) => Level switch
    {
        ScopeLevel.Nation => true,
        ScopeLevel.Province => unitCode == UnitCode || provinceCode == UnitCode,
        _ => unitCode == UnitCode,
    };

    /// <summary>
    /// The same test as <see cref="Covers"/> as a filter the database runs: rows whose unit (or whose province) is in scope.
    /// </summary>
    public IQueryable<T> Filter<T>(IQueryable<T> rows, Expression<Func<T, string>> unitCode, Expression<Func<T, string?>>? provinceCode)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(unitCode);
        if (IsNation)
        {
            return rows;
        }

        var row = unitCode.Parameters[0];
        var code = Expression.Constant(UnitCode, typeof(string));
        Expression test = Expression.Equal(unitCode.Body, code);
        if (Level == ScopeLevel.Province && provinceCode is not null)
        {
            var province = new ParameterReplacer(provinceCode.Parameters[0], row).Visit(provinceCode.Body);
            test = Expression.OrElse(test, Expression.Equal(province, code));
        }

        return rows.Where(Expression.Lambda<Func<T, bool>>(test, row));
    }

    public override string ToString() => IsNation ? "nation" : $"{Level.ToString().ToLowerInvariant()} {UnitCode}";

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
