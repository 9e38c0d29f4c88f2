using System.Net;
using System.Net.Sockets;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// The webhook client's only way out: resolves the host, refuses addresses <see cref="WebhookAddressPolicy"/> forbids, and
/// connects to an address it checked, so DNS rebinding (a second answer between check and connect) cannot reach around it.
/// </summary>
public static class WebhookConnector
{
    public static SocketsHttpHandler CreateHandler(WebhookAddressPolicy policy) => new()
    {
        // A redirect would lead the request to an address nobody checked.
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    public static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var refusals = addresses.Select(a => (Address: a, Why: policy.Refusal(a))).ToList();
        var allowed = refusals.Where(r => r.Why is null).Select(r => r.Address).ToList();
        if (allowed.Count == 0)
        {
            throw new HttpRequestException(refusals.FirstOrDefault().Why is { } why
                ? $"Webhook to {endpoint.Host} refused: {why}"
                : $"Webhook host {endpoint.Host} resolves to no address.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
