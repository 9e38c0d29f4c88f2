using System.Net;
using System.Net.Sockets;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Which addresses a webhook may reach. Loopback, link-local (169.254.0.0/16, fe80::/10, the EC2 metadata addresses
/// 169.254.169.254 and fd00:ec2::254), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10) and unspecified
/// addresses are refused unless an Admin lists their network in <c>Delivery:WebhookAllowedNetworks</c> (CIDR, e.g. 10.1.0.0/16).
/// Checked on the address the connection really uses, after DNS, so a name cannot resolve its way around it.
/// </summary>
public sealed class WebhookAddressPolicy(IEnumerable<string> allowedNetworks)
{
    private static readonly IPNetwork[] Internal =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
    ];

    private readonly IPNetwork[] _allowed = [.. allowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(Parse)];

    /// <summary>Why <paramref name="address"/> may not be reached, or null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (_allowed.Any(n => n.Contains(plain)))
        {
            return null;
        }
        return Internal.Any(n => n.Contains(plain)) || plain.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
            ? $"{plain} is a loopback, link-local, private or metadata address; webhooks reach only public addresses unless an Admin lists the network in Delivery:WebhookAllowedNetworks."
            : null;
    }

    private static IPNetwork Parse(string network) =>
        IPNetwork.TryParse(network.Trim(), out var parsed)
            ? parsed
            : IPAddress.TryParse(network.Trim(), out var single)
                ? new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128)
                : throw new InvalidOperationException($"Delivery:WebhookAllowedNetworks holds '{network}', which is neither a network (10.1.0.0/16) nor an address.");
}
