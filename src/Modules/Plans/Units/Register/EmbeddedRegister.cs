using Platform.Documents.Tabular;

namespace Platform.Plans.Units.Register;

/// <summary>
/// The official lists of <c>registers/</c> at the repository root, embedded in this assembly (their sources, dates and
/// licences are in <c>registers/README.md</c>, ADR 0016). Tests and benchmarks read them from here too.
/// </summary>
internal static class EmbeddedRegister
{
    public const string Units2025 = "units-2025.csv";
    public const string Units2024 = "units-2024.csv";
    public const string Districts2024 = "units-2024-districts.csv";
    public const string Provinces2024To2025 = "provinces-2024-to-2025.csv";
    public const string Communes2024To2025 = "communes-2024-to-2025.csv";
    public const string EmployedPersons = "employed-persons.csv";

    /// <summary>Figures with no public source, for a demonstration only: loaded when asked
    /// (<c>load-sample-statistics</c>).</summary>
    public const string SampleStatistics = "sample-statistics.csv";

    public static readonly IReadOnlyList<string> Files =
    [
        Units2025,
        Units2024,
        Districts2024,
        Provinces2024To2025,
        Communes2024To2025,
        EmployedPersons,
        SampleStatistics,
    ];

    /// <summary>The bytes of one embedded file, exactly as in the repository.</summary>
    public static byte[] Read(string file)
    {
        using var stream = typeof(EmbeddedRegister).Assembly.GetManifestResourceStream(
            "Platform.Plans.Registers." + file
        )
            ?? throw new InvalidOperationException(
                $"The embedded register file '{file}' is missing from the Plans assembly."
            );
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static TabularData Table(string file) => TabularFile.Read(Read(file));
}
