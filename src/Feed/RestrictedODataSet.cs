namespace Platform.Feed;

/// <summary>
/// An entity set that only callers passing <see cref="Policy"/> may read (e.g. <c>AuditEntries</c>, administrators):
/// the service document lists it only to them, as the set itself answers 403 to everyone else.
/// </summary>
public sealed record RestrictedODataSet(string Name, string Policy);
