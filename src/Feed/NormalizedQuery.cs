using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.Feed;

/// <summary>
/// Texts in the feed are stored composed (Unicode NFC), as every platform input is; a filter literal typed or pasted in
/// decomposed form (NFD, as some keyboards and macOS send "ộ" as "o" + two marks) would silently match nothing. The
/// query string's values are composed before the query layer reads them.
/// </summary>
public static class NormalizedQuery
{
    public static void Compose(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.All(pair => pair.Value.All(v => v is null || v.IsNormalized(NormalizationForm.FormC))))
        {
            return;
        }

        request.QueryString = QueryString.Create(
            request.Query.SelectMany(pair =>
                pair.Value.Select(v => new KeyValuePair<string, string?>(
                    pair.Key,
                    v?.Normalize(NormalizationForm.FormC)
                ))
            )
        );
    }
}
