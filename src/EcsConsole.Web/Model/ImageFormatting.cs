using System.Globalization;
using EcsConsole.Core.Images;

namespace EcsConsole.Web.Model;

/// <summary>How the ECR pages print sizes and scan findings.</summary>
public static class ImageFormatting
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB"];

    /// <summary>Bytes in binary units with one decimal (<c>118.4 MiB</c>); a dash when unknown.</summary>
    public static string Size(long? bytes)
    {
        if (bytes is not { } value || value < 0)
        {
            return "—";
        }
        var size = (double)value;
        var unit = 0;
        while (size >= 1024 && unit < Units.Length - 1)
        {
            size /= 1024;
            unit++;
        }
        return unit == 0
            ? $"{value} B"
            : string.Create(CultureInfo.InvariantCulture, $"{size:0.0} {Units[unit]}");
    }

    /// <summary><c>1 critical · 3 high</c>, <c>no findings</c> after a clean scan, or the scan status (<c>not scanned</c>).</summary>
    public static string Findings(ImageVersion image)
    {
        if (image.Findings.Count > 0)
        {
            return string.Join(" · ", image.Findings.Select(f => $"{f.Count} {f.Severity.ToLowerInvariant()}"));
        }
        return image.ScanStatus switch
        {
            null => "not scanned",
            "COMPLETE" => "no findings",
            var status => status.ToLowerInvariant().Replace('_', ' '),
        };
    }

    /// <summary>The table's compact form: <c>1 crit · 3 high · 2 med</c>; the same words as <see cref="Findings"/> otherwise.</summary>
    public static string ShortFindings(ImageVersion image) => image.Findings.Count == 0
        ? Findings(image)
        : string.Join(" · ", image.Findings.Select(f => $"{f.Count} {Abbreviation(f.Severity)}"));

    private static string Abbreviation(string severity) => severity switch
    {
        "CRITICAL" => "crit",
        "MEDIUM" => "med",
        "INFORMATIONAL" => "info",
        "UNDEFINED" => "undef",
        _ => severity.ToLowerInvariant(),
    };

    /// <summary>The most severe finding's severity, for the chip color; null when none.</summary>
    public static string? WorstSeverity(ImageVersion image) => image.Findings.Count > 0 ? image.Findings[0].Severity : null;
}
