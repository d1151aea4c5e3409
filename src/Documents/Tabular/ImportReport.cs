using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Texts;

namespace Platform.Documents.Tabular;

/// <summary>What an import did. An import is all-or-nothing, so a report exists only for a file that was
/// accepted.</summary>
public sealed record ImportReport(int Rows, int Added, int Updated, int Unchanged)
{
    public bool Changed => Added + Updated > 0;

    public string Message => Changed
        ? DocumentsTexts.Get("Import.Report", Rows, Added, Updated, Unchanged)
        : DocumentsTexts.Get("Import.NothingChanged", Rows);
}

/// <summary>Collects row errors of a file; the import throws them all at once so nothing is half-written.</summary>
public sealed class ImportErrors
{
    public const int MaxReported = 100;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(TabularRow row, string message) =>
        Add(row.Key, DocumentsTexts.Get("Import.RowError", row.Number, message));

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
        if (Count > 0)
        {
            throw Rejection();
        }
    }

    /// <summary>The rejection of the file with the errors collected so far (there must be one at least).</summary>
    public ImportRejectedException Rejection()
    {
        var first = errors.First().Value[0];
        var message = Count switch
        {
            1 => DocumentsTexts.Get("Import.RejectedOne", first),
            2 => DocumentsTexts.Get("Import.RejectedTwo", first),
            _ => DocumentsTexts.Get("Import.RejectedMany", first, Count - 1),
        };
        return new ImportRejectedException(message, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
