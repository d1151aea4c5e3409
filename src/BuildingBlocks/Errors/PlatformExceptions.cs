namespace Platform.BuildingBlocks.Errors;

/// <summary>The thing asked for does not exist (or is outside the caller's reach): 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The request conflicts with the current state (duplicate, stale, wrong status): 409.</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The request is well-formed but breaks a business rule (e.g. an override below the parent's floor):
/// 422.</summary>
public sealed class RuleViolationException(string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}

/// <summary>
/// A whole input file was rejected; nothing was written. <see cref="Errors"/> is keyed by "row N" (or "file")
/// so a user can go straight to the offending line.
/// </summary>
public sealed class ImportRejectedException(string message, IReadOnlyDictionary<string, string[]> errors)
    : Exception(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The request's If-Match names a version the resource no longer has (someone changed it since it was read):
/// 412.</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);

/// <summary>The caller may see the thing but not do this to it (e.g. change a plan of a unit above theirs, approve
/// their own plan): 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A setting, or a check the platform runs on itself (the rule set's worked examples), stops start-up: the
/// host prints the message alone, one line an operator can act on, and exits with 1.</summary>
public sealed class StartupConfigurationException(string message, Exception? inner = null)
    : Exception(message, inner);

/// <summary>The platform's refusals, as opposed to faults of the server.</summary>
public static class PlatformExceptions
{
    /// <summary>
    /// Whether <paramref name="exception"/> is one of the platform's refusals (invalid input, a rejected file, not
    /// found, forbidden, a conflict, a broken rule, a stale version): its message is written for the person who asked,
    /// in their language, and may be shown as it is; anything else is a fault of the server, its message for the log.
    /// </summary>
    public static bool IsRefusal(Exception exception) => exception is FluentValidation.ValidationException
        or ImportRejectedException or NotFoundException or ForbiddenException or ConflictException
        or RuleViolationException or PreconditionFailedException;
}
