namespace Platform.BuildingBlocks.Tabular;

/// <summary>What an import did. An import is all-or-nothing, so a report exists only for a file that was accepted.</summary>
public sealed record ImportReport(int Rows, int Added, int Updated, int Unchanged)
{
    public bool Changed => Added + Updated > 0;

    public string Message => Changed
        ? $"Imported {Rows} rows: {Added} added, {Updated} updated, {Unchanged} unchanged."
        : $"Nothing changed: all {Rows} rows are already recorded exactly as in the file.";
}

/// <summary>Collects row errors of a file; the import throws them all at once so nothing is half-written.</summary>
public sealed class ImportErrors
{
    public const int MaxReported = 100;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(TabularRow row, string message) => Add(row.Key, $"Row {row.Number}: {message}");

    public void Add(string key, string message)
    {
        Count++;
        if (errors.Count >= MaxReported && !errors.ContainsKey(key))
        {
            return;
        }

        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        list.Add(message);
    }

    public void ThrowIfAny()
    {
        if (Count == 0)
        {
            return;
        }

        var first = errors.First().Value[0];
        var more = Count > 1 ? $" (and {Count - 1} more error{(Count > 2 ? "s" : "")})" : string.Empty;
        throw new Errors.ImportRejectedException(
            $"The file was rejected and nothing was imported. {first}{more}",
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
