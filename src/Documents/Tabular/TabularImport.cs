namespace Platform.Documents.Tabular;

/// <summary>
/// What an import's write did; the report's other figures follow from the rows accepted. <see cref="Unchanged"/> is
/// for a write whose one row may both add and update (a new version and the one it closes), where the rest is not
/// accepted − added − updated.
/// </summary>
public readonly record struct ImportCounts(int Added, int Updated, int? Unchanged = null);

/// <summary>
/// The one import pipeline: file → columns → rows, each read by the import's own rule with its errors collected by
/// row → the file refused whole on any error → write → one audit entry (ADR 0010). An import configures the steps and
/// keeps only what is its own: its columns, its row rule, its write.
/// </summary>
/// <typeparam name="TRow">A row as the import's rule accepted it, ready to write.</typeparam>
public sealed class TabularImport<TRow>
    where TRow : class
{
    /// <summary>Columns the file must have, checked on its header before any row is read.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>For a file of more than one shape: whether its headers are acceptable, instead of having every one of
    /// <see cref="Columns"/>.</summary>
    public Func<IReadOnlyList<string>, bool>? Accepts { get; init; }

    /// <summary>The refusal of a file that lacks one of <see cref="Columns"/>, given its headers, in the import's
    /// words.</summary>
    public required Func<IReadOnlyList<string>, Exception> Refuse { get; init; }

    /// <summary>Look-ups that need the file's rows first (the codes it names); when set, the rows are held, else they
    /// are read one at a time as the file is.</summary>
    public Func<IReadOnlyList<TabularRow>, CancellationToken, Task>? Prepare { get; init; }

    /// <summary>A row's rule: the row to write, or null when the rule reported errors on it (or skips it). A rule may
    /// return a row it reported errors on, for <see cref="Check"/> to see it too; the file is refused all the
    /// same.</summary>
    public required Func<TabularRow, ImportErrors, CancellationToken, ValueTask<TRow?>> Read { get; init; }

    /// <summary>Checks across the accepted rows, once all are read.</summary>
    public Func<IReadOnlyList<TRow>, ImportErrors, CancellationToken, Task>? Check { get; init; }

    /// <summary>Writes the accepted rows; called only for a file without errors.</summary>
    public required Func<IReadOnlyList<TRow>, CancellationToken, Task<ImportCounts>> Write { get; init; }

    /// <summary>The file's one audit entry; called only when the write changed something.</summary>
    public Func<ImportReport, IReadOnlyList<TRow>, CancellationToken, Task>? Audit { get; init; }

    public async Task<ImportReport> RunAsync(byte[] content, CancellationToken cancellationToken)
    {
        var file = TabularFile.Open(content);
        if (!(Accepts?.Invoke(file.Headers) ?? Columns.All(c => file.Headers.Contains(c, StringComparer.Ordinal))))
        {
            throw Refuse(file.Headers);
        }

        var rows = file.Rows;
        if (Prepare is not null)
        {
            var held = rows.ToList();
            await Prepare(held, cancellationToken);
            rows = held;
        }

        var errors = new ImportErrors();
        var accepted = new List<TRow>();
        foreach (var row in rows)
        {
            if (await Read(row, errors, cancellationToken) is { } line)
            {
                accepted.Add(line);
            }
        }

        if (Check is not null)
        {
            await Check(accepted, errors, cancellationToken);
        }

        errors.ThrowIfAny();
        var (added, updated, unchanged) = await Write(accepted, cancellationToken);
        var report = new ImportReport(accepted.Count, added, updated, unchanged ?? accepted.Count - added - updated);
        if (report.Changed && Audit is not null)
        {
            await Audit(report, accepted, cancellationToken);
        }

        return report;
    }
}
