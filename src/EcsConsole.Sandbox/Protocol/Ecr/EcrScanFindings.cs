using System.Globalization;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecr;

/// <summary>
/// The individual findings behind an image's scan summary: as many as its severity counts say, named and described
/// from its digest so they read the same on every call.
/// </summary>
internal static class EcrScanFindings
{
    private static readonly (string Package, string Version, string Problem)[] Packages =
    [
        ("openssl", "3.0.13", "allows a remote attacker to cause a denial of service via a crafted certificate"),
        ("glibc", "2.36", "has a buffer overflow in iconv when converting to ISO-2022-CN-EXT"),
        ("zlib", "1.2.13", "has a heap-based buffer over-read in inflateGetHeader"),
        ("curl", "7.88.1", "may leak credentials to another host when following redirects"),
        ("libxml2", "2.9.14", "has a use-after-free in xmlValidatePopElement"),
        ("expat", "2.5.0", "allows XML entity expansion (billion laughs)"),
        ("icu", "72.1", "has an out-of-bounds read in the collation code"),
    ];

    public static List<JsonObject> For(ImageState image)
    {
        var findings = new List<JsonObject>();
        var seed = Convert.ToInt64(image.Digest.Substring("sha256:".Length, 12), 16);
        foreach (var (severity, count) in image.Scan!.FindingSeverityCounts.OrderBy(c => Rank(c.Key)))
        {
            for (var i = 0; i < count; i++)
            {
                var n = (seed / (findings.Count + 1)) + (i * 7919);
                var package = Packages[(int)(n % Packages.Length)];
                var cve = $"CVE-{2023 + (n % 3)}-{10000 + (n % 89999):D5}";
                findings.Add(new JsonObject
                {
                    ["name"] = cve,
                    ["description"] = $"{package.Package} {package.Version} {package.Problem}.",
                    ["uri"] = $"https://nvd.nist.gov/vuln/detail/{cve}",
                    ["severity"] = severity,
                    ["attributes"] = WireJson.Array(
                    [
                        new JsonObject { ["key"] = "package_name", ["value"] = package.Package },
                        new JsonObject { ["key"] = "package_version", ["value"] = package.Version },
                        new JsonObject { ["key"] = "CVSS3_SCORE", ["value"] = Score(severity, n) },
                    ]),
                });
            }
        }

        return findings;
    }

    private static int Rank(string severity) => severity switch
    {
        "CRITICAL" => 0,
        "HIGH" => 1,
        "MEDIUM" => 2,
        "LOW" => 3,
        _ => 4,
    };

    private static string Score(string severity, long n)
    {
        var (low, high) = severity switch
        {
            "CRITICAL" => (9.0, 10.0),
            "HIGH" => (7.0, 8.9),
            "MEDIUM" => (4.0, 6.9),
            "LOW" => (0.1, 3.9),
            _ => (0.0, 0.0),
        };
        return (low + ((high - low) * (n % 10) / 10.0)).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
