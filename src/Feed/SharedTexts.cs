using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Feed;

/// <summary>
/// Feed rows repeat the same texts row after row (a commune's names on its 35 obligations, the 16 indicator names, the
/// rule names and versions), and EF Core materialises a new string for each: rows kept in memory (
/// <see cref="FeedRows"/>) share one instance of each text instead, which keeps a national set at about half its size.
/// </summary>
public static class SharedTexts
{
    private static readonly ConcurrentDictionary<Type, Delegate> Sharers = new();

    public static List<T> Share<T>(List<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var share = (Action<T, Dictionary<string, string>>)Sharers.GetOrAdd(typeof(T), _ => Compile<T>());
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            share(row, texts);
        }

        return rows;
    }

    public static string? One(string? text, Dictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (text is null)
        {
            return null;
        }

        if (texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        texts[text] = text;
        return text;
    }

    // row.P = One(row.P, texts) for every readable and writable string property.
    private static Action<T, Dictionary<string, string>> Compile<T>()
    {
        var row = Expression.Parameter(typeof(T), "row");
        var texts = Expression.Parameter(typeof(Dictionary<string, string>), "texts");
        var one = typeof(SharedTexts).GetMethod(nameof(One))!;
        var body = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p =>
                p.PropertyType == typeof(string) && p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0
            )
            .Select(p =>
                (Expression)
                    Expression.Assign(
                        Expression.Property(row, p),
                        Expression.Call(one, Expression.Property(row, p), texts)
                    )
            )
            .DefaultIfEmpty(Expression.Empty())
            .ToList();
        return Expression.Lambda<Action<T, Dictionary<string, string>>>(Expression.Block(body), row, texts).Compile();
    }
}
