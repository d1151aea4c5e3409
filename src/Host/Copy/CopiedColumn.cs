using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Host.Copy;

/// <summary>
/// A column as <see cref="TableCopy"/> moves it: read as the SQLite model stores it (dates as text, flags as 0/1,
/// lists as JSON text), turned into the model's value by the SQLite mapping's converter, then into PostgreSQL's by the
/// PostgreSQL mapping's (naive UTC timestamps, <c>text[]</c>) and written in binary as the column's store type. An
/// owned type kept as JSON is one column of JSON text on both (<c>jsonb</c> on PostgreSQL): it is copied as that
/// text. EF Core's converters do the work, so a value reads back as it read from the file.
/// </summary>
internal sealed class CopiedColumn
{
    private static readonly MethodInfo ReadAs =
        typeof(CopiedColumn).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ValueConverter? fromSqlite;
    private readonly ValueConverter? toPostgreSql;
    private readonly Func<DbDataReader, int, object> read;
    private readonly NpgsqlDbType type;

    public CopiedColumn(IColumn sqlite, IColumn postgreSql)
    {
        Name = postgreSql.Name;
        var source = sqlite.PropertyMappings.Count > 0 ? sqlite.PropertyMappings[0].TypeMapping : null;
        fromSqlite = source?.Converter;
        toPostgreSql = postgreSql.PropertyMappings.Count > 0
            ? postgreSql.PropertyMappings[0].TypeMapping.Converter
            : null;
        var stored = source is null ? typeof(string) : fromSqlite?.ProviderClrType ?? source.ClrType;
        read = ReadAs.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored)
            .CreateDelegate<Func<DbDataReader, int, object>>();
        type = StoreType(postgreSql.StoreType);
    }

    public string Name { get; }

    /// <summary>An integer column: one that may be an identity.</summary>
    public bool Integer => type is NpgsqlDbType.Integer or NpgsqlDbType.Bigint;

    public Task WriteAsync(
        NpgsqlBinaryImporter copy,
        DbDataReader row,
        int ordinal,
        CancellationToken cancellationToken
    )
    {
        if (row.IsDBNull(ordinal))
        {
            return copy.WriteNullAsync(cancellationToken);
        }

        var value = read(row, ordinal);
        if (fromSqlite is not null)
        {
            value = fromSqlite.ConvertFromProvider(value)!;
        }

        if (toPostgreSql is not null)
        {
            value = toPostgreSql.ConvertToProvider(value)!;
        }

        return copy.WriteAsync(value, type, cancellationToken);
    }

    private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;

    /// <summary>The binary type of a PostgreSQL store type as the model names it (<c>character varying(16)</c>,
    /// <c>text[]</c>).</summary>
    private static NpgsqlDbType StoreType(string storeType)
    {
        var array = storeType.EndsWith("[]", StringComparison.Ordinal);
        var name = array ? storeType[..^2] : storeType;
        var facets = name.IndexOf('(', StringComparison.Ordinal);
        name = facets >= 0 ? name[..facets] : name;
        var type = name.Trim() switch
        {
            "text" => NpgsqlDbType.Text,
            "character varying" or "varchar" => NpgsqlDbType.Varchar,
            "integer" or "int" or "int4" => NpgsqlDbType.Integer,
            "bigint" or "int8" => NpgsqlDbType.Bigint,
            "smallint" or "int2" => NpgsqlDbType.Smallint,
            "boolean" or "bool" => NpgsqlDbType.Boolean,
            "double precision" or "float8" => NpgsqlDbType.Double,
            "real" or "float4" => NpgsqlDbType.Real,
            "numeric" => NpgsqlDbType.Numeric,
            "timestamp without time zone" or "timestamp" => NpgsqlDbType.Timestamp,
            "timestamp with time zone" or "timestamptz" => NpgsqlDbType.TimestampTz,
            "date" => NpgsqlDbType.Date,
            "bytea" => NpgsqlDbType.Bytea,
            "jsonb" => NpgsqlDbType.Jsonb,
            "json" => NpgsqlDbType.Json,
            "uuid" => NpgsqlDbType.Uuid,
            _ => throw new NotSupportedException($"No binary copy into a column of type {storeType}."),
        };
        return array ? NpgsqlDbType.Array | type : type;
    }
}
