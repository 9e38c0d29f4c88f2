using System.Net;

namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>The input checks EC2 makes before it changes anything, with its own codes.</summary>
internal static class Ec2Validation
{
    /// <summary>tcp, udp, icmp or -1 (all), or their protocol numbers; tcp and udp need a port range within 0-65535.</summary>
    public static string Protocol(IngressPermission permission)
    {
        var protocol = permission.Protocol.ToLowerInvariant() switch
        {
            "6" => "tcp",
            "17" => "udp",
            "1" => "icmp",
            "all" => "-1",
            var other => other,
        };
        if (protocol is not ("tcp" or "udp" or "icmp" or "-1"))
        {
            throw Ec2Errors.InvalidParameterValue($"Invalid value '{permission.Protocol}' for IP protocol. Unknown protocol.");
        }

        if (protocol is "tcp" or "udp")
        {
            if (permission.FromPort is not { } from || permission.ToPort is not { } to)
            {
                throw new SandboxApiException("InvalidParameterValue", $"Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.");
            }

            if (from is < 0 or > 65535 || to is < 0 or > 65535 || from > to)
            {
                throw Ec2Errors.InvalidParameterValue($"Invalid port range {from}-{to}: ports are 0 to 65535 and the range must not be reversed.");
            }
        }

        return protocol;
    }

    public static void Cidr(string cidr)
    {
        var slash = cidr.IndexOf('/');
        if (slash < 0 || !IPAddress.TryParse(cidr[..slash], out var address)
            || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(cidr[(slash + 1)..], out var bits) || bits is < 0 or > 32)
        {
            throw Ec2Errors.InvalidParameterValue($"CIDR block {cidr} is malformed");
        }
    }

    /// <summary>Two rules are the same when they allow the same protocol, ports and peer, whatever their descriptions.</summary>
    public static bool SameRule(IngressRuleState a, IngressRuleState b) =>
        a.Protocol == b.Protocol && a.FromPort == b.FromPort && a.ToPort == b.ToPort && a.CidrIp == b.CidrIp && a.SourceGroupId == b.SourceGroupId;

    /// <summary>Launch template user data travels base64-encoded and is at most 16 KB decoded.</summary>
    public static void UserData(string? userData)
    {
        if (userData is null)
        {
            return;
        }

        var buffer = new byte[userData.Length];
        if (!Convert.TryFromBase64String(userData, buffer, out var length))
        {
            throw new SandboxApiException("InvalidUserData.Malformed", "Invalid BASE64 encoding of user data.");
        }

        if (length > 16 * 1024)
        {
            throw new SandboxApiException("InvalidUserData.Malformed", "User data is limited to 16384 bytes.");
        }
    }

    /// <summary>The cluster the ECS agent joins: ECS_CLUSTER in the user data, else "default", as the agent does.</summary>
    public static string EcsClusterOf(string? userData)
    {
        if (userData is null)
        {
            return "default";
        }

        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(userData));
        var match = System.Text.RegularExpressions.Regex.Match(text, @"ECS_CLUSTER=[""']?([A-Za-z0-9_-]{1,255})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : "default";
    }
}
