using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Platform.Web.Texts;

/// <summary>
/// MudBlazor's own words (a grid's "Sort", a pager's "Next page", a dialog's "Close") in the page's language, from
/// WebTexts under <c>Mud.&lt;key&gt;</c>; a key not there keeps MudBlazor's English.
/// </summary>
internal sealed class VietnameseMudLocalizer(IStringLocalizer<WebTexts> texts) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = texts[$"Mud.{key}"];
            return text.ResourceNotFound
                ? new LocalizedString(key, key, resourceNotFound: true)
                : new LocalizedString(key, text.Value);
        }
    }
}
