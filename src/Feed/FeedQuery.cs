using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Feed;

/// <summary>
/// Feed rows as an <see cref="IQueryable{T}"/> for the OData query layer, run by LINQ to Objects with text compared as
/// the database compares it and the same for every caller: ordering and
/// <c>startswith</c>/<c>endswith</c>/<c>indexof</c>
/// ordinal (case-sensitive, as the skip tokens compare), <c>tolower</c>/<c>toupper</c> by the invariant culture (every
/// Vietnamese letter, whatever the request's language), and <c>max</c>/<c>min</c> of a text ordinal too. Without it
/// LINQ would sort and match by the request's culture.
/// </summary>
public static class FeedQuery
{
    public static IQueryable<T> Over<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var root = rows.AsQueryable();
        return new Query<T>(new Provider(root.Provider), root.Expression);
    }

    /// <summary>A key's row (or none) for an action that reads one entity.</summary>
    public static Microsoft.AspNetCore.OData.Results.SingleResult<T> SingleResult<T>(IEnumerable<T> rows) =>
        Microsoft.AspNetCore.OData.Results.SingleResult.Create(Over(rows.Take(1).ToList()));

    private sealed class Query<T>(Provider provider, Expression expression) : IOrderedQueryable<T>
    {
        public Type ElementType => typeof(T);

        public Expression Expression => expression;

        public IQueryProvider Provider => provider;

        public IEnumerator<T> GetEnumerator() => provider.Run<T>(expression).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Provider(IQueryProvider objects) : IQueryProvider
    {
        public IQueryable CreateQuery(Expression expression)
        {
            var element = expression
                .Type.GetInterfaces()
                .Append(expression.Type)
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .GetGenericArguments()[0];
            return (IQueryable)Activator.CreateInstance(typeof(Query<>).MakeGenericType(element), this, expression)!;
        }

        public IQueryable<TElement> CreateQuery<TElement>(Expression expression) =>
            new Query<TElement>(this, expression);

        public object? Execute(Expression expression) => objects.Execute(Ordinal.Instance.Visit(expression));

        public TResult Execute<TResult>(Expression expression) =>
            objects.Execute<TResult>(Ordinal.Instance.Visit(expression));

        public IEnumerable<T> Run<T>(Expression expression) =>
            objects.CreateQuery<T>(Ordinal.Instance.Visit(expression));
    }

    private sealed class Ordinal : ExpressionVisitor
    {
        public static readonly Ordinal Instance = new();

        private static readonly string[] Orderings = ["OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending"];
        private static readonly ConstantExpression OrdinalComparer = Expression.Constant(
            StringComparer.Ordinal,
            typeof(IComparer<string>)
        );
        private static readonly ConstantExpression OrdinalComparison = Expression.Constant(StringComparison.Ordinal);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var call = (MethodCallExpression)base.VisitMethodCall(node);
            var method = call.Method;
            if (
                (method.DeclaringType == typeof(Queryable) || method.DeclaringType == typeof(Enumerable))
                && method.IsGenericMethod
                && Orderings.Contains(method.Name)
                && call.Arguments.Count == 2
                && method.GetGenericArguments()[1] == typeof(string)
            )
            {
                var withComparer = method.DeclaringType.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Single(m => m.Name == method.Name && m.GetParameters().Length == 3)
                    .MakeGenericMethod(method.GetGenericArguments());
                return Expression.Call(withComparer, call.Arguments[0], call.Arguments[1], OrdinalComparer);
            }

            if (
                (method.DeclaringType == typeof(Queryable) || method.DeclaringType == typeof(Enumerable))
                && method.IsGenericMethod
                && method.Name is nameof(Enumerable.Max) or nameof(Enumerable.Min)
                && call.Arguments.Count == 2
                && method.GetGenericArguments() is [var source, var result]
                && result == typeof(string)
            )
            {
                // $apply's max/min over a text: Max(Select(rows, selector), ordinal) rather than the culture's order.
                return Expression.Call(
                    Extreme(method.DeclaringType, method.Name),
                    Expression.Call(Select(method.DeclaringType).MakeGenericMethod(source, result), call.Arguments),
                    OrdinalComparer
                );
            }

            if (method.DeclaringType != typeof(string))
            {
                return call;
            }

            return method.Name switch
            {
                nameof(string.StartsWith)
                or nameof(string.EndsWith)
                or nameof(string.IndexOf)
                    when call.Object is not null
                        && call.Arguments.Count == 1
                        && call.Arguments[0].Type == typeof(string) => Expression.Call(
                    call.Object,
                    typeof(string).GetMethod(method.Name, [typeof(string), typeof(StringComparison)])!,
                    call.Arguments[0],
                    OrdinalComparison
                ),
                nameof(string.ToLower) when call.Object is not null && call.Arguments.Count == 0 => Expression.Call(
                    call.Object,
                    typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!
                ),
                nameof(string.ToUpper) when call.Object is not null && call.Arguments.Count == 0 => Expression.Call(
                    call.Object,
                    typeof(string).GetMethod(nameof(string.ToUpperInvariant), Type.EmptyTypes)!
                ),
                nameof(string.Compare) when call.Object is null && call.Arguments.Count == 2 => Expression.Call(
                    typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!,
                    call.Arguments[0],
                    call.Arguments[1]
                ),
                _ => call,
            };
        }

        // Select(source, x => …), not the overload that also passes the index.
        private static MethodInfo Select(Type linq) =>
            linq.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m =>
                    m.Name == nameof(Enumerable.Select)
                    && m.GetParameters()[1].ParameterType is var selector
                    && (linq == typeof(Queryable) ? selector.GetGenericArguments()[0] : selector)
                        .GetGenericTypeDefinition() == typeof(Func<,>)
                );

        // Max(source, comparer) or Min(source, comparer) over the selected texts.
        private static MethodInfo Extreme(Type linq, string name) =>
            linq.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m =>
                    m.Name == name
                    && m.IsGenericMethodDefinition
                    && m.GetGenericArguments().Length == 1
                    && m.GetParameters() is [_, { ParameterType: { IsGenericType: true } comparer }]
                    && comparer.GetGenericTypeDefinition() == typeof(IComparer<>)
                )
                .MakeGenericMethod(typeof(string));
    }
}
