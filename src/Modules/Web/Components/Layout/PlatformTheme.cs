using MudBlazor;

namespace Platform.Web.Components.Layout;

/// <summary>
/// The interface's colours and type: fonts of the device (nothing is downloaded), colours with enough contrast for
/// axe-core's AA check, the blue of Vietnam Social Security's own documents.
/// </summary>
internal static class PlatformTheme
{
    private static readonly string[] SystemFonts =
    [
        "system-ui",
        "-apple-system",
        "Segoe UI",
        "Roboto",
        "Helvetica Neue",
        "Arial",
        "sans-serif",
    ];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5394",
            Secondary = "#8a4b08",
            AppbarBackground = "#0b5394",
            Success = "#1b6e20",
            Warning = "#8a5300",
            Error = "#b00020",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
