using MudBlazor;

namespace EcsConsole.Web.Components.Layout;

/// <summary>A compact, low-chrome theme: an operations console shows many rows, not big cards.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f6feb",
            AppbarBackground = "#232f3e",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontSize = "0.875rem" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "3px" },
    };
}
