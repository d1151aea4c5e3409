using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.Security;

namespace Platform.Auditing;

/// <summary>
/// The audit state of one request (or command-line verb): who is acting, which command runs, whether its rows are
/// summarised rather than recorded one by one, and how entries are built. Scoped; shared by every module's DbContext.
/// </summary>
public sealed class AuditTrail(ICurrentCaller caller, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Where the name of an uploaded file is left for the import's summary entry.</summary>
    public const string FileNameItem = "platform:uploaded-file-name";

    /// <summary>Longer text values are recorded by their length only, so an entry stays readable.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Vietnamese as UTF-8 rather than \u escapes; enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private int bulk;

    /// <summary>The outermost command of the scope (set by <see cref="AuditOperationBehavior{TRequest, TResponse}"/>),
    /// or what the host says.</summary>
    public string? Operation { get; set; }

    /// <summary>The name of the file being imported, when the host knows it (command-line verbs set it; uploads leave
    /// it on the request).</summary>
    public string? FileName { get; set; }

    /// <summary>True while a bulk operation runs: its rows get no entries of their own, it writes a summary.</summary>
    public bool InBulk => bulk > 0;

    public string UserName => caller.Name;

    /// <summary>Switches per-row entries off until disposed; the operation adds its own summary entry (ADR
    /// 0010).</summary>
    public IDisposable Bulk()
    {
        bulk++;
        return new Release(() => bulk--);
    }

    public string? CurrentOperation =>
        Operation ?? (http.HttpContext is { } context ? $"{context.Request.Method} {context.Request.Path}" : null);

    public AuditEntry Entry(
        string action,
        string entityType,
        string entityKey,
        string? unitCode,
        object? before,
        object? after
    ) =>
        new()
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = caller.Name,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            UnitCode = unitCode,
            Before = Serialize(before),
            After = Serialize(after),
            Operation = CurrentOperation,
        };

    /// <summary>The name of the file being imported: what the host said, or what the upload left on the
    /// request.</summary>
    public string? ImportedFileName => FileName ?? http.HttpContext?.Items[FileNameItem] as string;

    public static string? Serialize(object? values) => values is null ? null : JsonSerializer.Serialize(values, Json);

    private sealed class Release(Action release) : IDisposable
    {
        private Action? pending = release;

        public void Dispose()
        {
            pending?.Invoke();
            pending = null;
        }
    }
}

/// <summary>How much a bulk operation's summary entry lists by name (codes, differences); its counts cover the
/// rest.</summary>
public static class AuditSummary
{
    public const int Items = 100;
}
