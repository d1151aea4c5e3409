namespace Platform.Feed;

/// <summary>The limits every entity set of the feed shares, so an analyst's query cannot take the server
/// down.</summary>
public static class ODataLimits
{
    public const string RoutePrefix = "odata";

    /// <summary>The setting that, when false, leaves every page to the OData library's serializer (ADR 0011,
    /// 0012).</summary>
    public const string FastWriterSetting = "OData:FastWriter";

    /// <summary>Rows per page of server-driven paging; <c>Prefer: odata.maxpagesize</c> may ask for fewer, never
    /// more.</summary>
    public const int PageSize = 2500;

    /// <summary>The largest <c>$top</c>; a larger one is refused with 400 (pages still hold at most
    /// <see cref="PageSize"/> rows).</summary>
    public const int MaxTop = 100_000;

    /// <summary>The largest <c>$skip</c>: more than every row the platform will hold.</summary>
    public const int MaxSkip = 10_000_000;

    public const int MaxExpansionDepth = 2;

    public const int MaxNodeCount = 100;

    public const int MaxAnyAllExpressionDepth = 2;

    public const int MaxOrderByNodeCount = 5;
}
