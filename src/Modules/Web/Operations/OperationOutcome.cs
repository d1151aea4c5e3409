using FluentValidation;
using Platform.BuildingBlocks.Errors;

namespace Platform.Web.Operations;

/// <summary>
/// What went wrong in an operation, as a page shows it: field errors next to their fields (validation, a broken rule),
/// one message otherwise. The modules' messages are already in the page's language; nothing here rewrites them.
/// </summary>
public sealed record OperationOutcome(
    string? Message,
    IReadOnlyDictionary<string, string[]> FieldErrors,
    bool Stale = false
)
{
    public static readonly OperationOutcome None = new(null, new Dictionary<string, string[]>());

    public bool Failed => Message is not null || FieldErrors.Count > 0;

    /// <summary>The errors of one field (its name as in the request, any case), for the field's helper text.</summary>
    public string? For(string field) =>
        FieldErrors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value
            is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>The outcome of an exception a module threw; null for one a page cannot explain (a bug: let it
    /// surface).</summary>
    public static OperationOutcome? From(Exception exception) =>
        exception switch
        {
            _ when !PlatformExceptions.IsRefusal(exception) => null,
            ValidationException validation => new(
                validation.Errors.Select(e => e.ErrorMessage).FirstOrDefault(),
                validation
                    .Errors.GroupBy(e => e.PropertyName, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(
                        g => g.Key,
                        g => g.Select(e => e.ErrorMessage).Distinct().ToArray(),
                        StringComparer.OrdinalIgnoreCase
                    )
            ),
            RuleViolationException rule => new(rule.Message, rule.Errors),
            ImportRejectedException rejected => new(rejected.Message, rejected.Errors),
            PreconditionFailedException stale => new(stale.Message, new Dictionary<string, string[]>(), Stale: true),
            _ => new(exception.Message, new Dictionary<string, string[]>()),
        };
}
