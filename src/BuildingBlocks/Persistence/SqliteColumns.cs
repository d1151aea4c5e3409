using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// SQLite's column accessors called directly on the statement pointer, for reads of millions of values (the feed's
/// pages). Through SQLitePCLRaw every call takes and releases the statement's SafeHandle and makes a full GC
/// transition, which costs more than SQLite's own work for a column; these run without either
/// (<see cref="SuppressGCTransitionAttribute"/> is sound here: each returns at once, takes no lock on a
/// <c>SQLITE_OPEN_NOMUTEX</c> connection, allocates nothing — text is read only where it is stored as text, and
/// numbers are read as numbers — and never calls back). The library is the e_sqlite3 that SQLitePCLRaw
/// itself loaded; with any other provider <see cref="Available"/> is false and nothing here is called.
/// </summary>
public static unsafe partial class SqliteColumns
{
    private const string Library = "e_sqlite3";

    /// <summary>Whether SQLitePCLRaw runs on e_sqlite3, the library these functions are bound to.</summary>
    public static bool Available { get; } = Probe();

    /// <summary>The statement's native pointer while <paramref name="statement"/> is kept alive by its caller.</summary>
    public static nint Handle(sqlite3_stmt statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement.DangerousGetHandle();
    }

    public static int Type(nint statement, int column) => sqlite3_column_type(statement, column);

    public static long Int64(nint statement, int column) => sqlite3_column_int64(statement, column);

    public static double Double(nint statement, int column) => sqlite3_column_double(statement, column);

    /// <summary>
    /// A TEXT value's UTF-8 bytes, valid until the next step on the statement. Only for a value whose
    /// <see cref="Type"/> is TEXT: for any other, SQLite converts, and converting may allocate (under SQLite's memory
    /// mutex), which a call without a GC transition must not do.
    /// </summary>
    public static ReadOnlySpan<byte> Text(nint statement, int column)
    {
        // sqlite3_column_text first, then sqlite3_column_bytes: the order SQLite documents for a stable length.
        var data = sqlite3_column_text(statement, column);
        return data is null ? [] : new ReadOnlySpan<byte>(data, sqlite3_column_bytes(statement, column));
    }

    private static bool Probe()
    {
        try
        {
            Batteries_V2.Init();
            return raw.GetNativeLibraryName() == Library && sqlite3_libversion_number() == raw.sqlite3_libversion_number();
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [LibraryImport(Library)]
    private static partial int sqlite3_libversion_number();

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_column_type(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial long sqlite3_column_int64(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial double sqlite3_column_double(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial byte* sqlite3_column_text(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_column_bytes(nint statement, int column);
}
