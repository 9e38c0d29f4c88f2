using System.Net;
using System.Net.Sockets;
using System.Text;
using EcsConsole.Core.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>The webhook client as the console registers it, against a real loopback listener.</summary>
public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("fd00:ec2::254")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Refusal_InternalOrMetadataAddress_Refuses(string address)
    {
        Assert.NotNull(new WebhookAddressPolicy([]).Refusal(IPAddress.Parse(address)));
    }

    [Fact]
    public void Refusal_PublicAddress_Allows()
    {
        Assert.Null(new WebhookAddressPolicy([]).Refusal(IPAddress.Parse("93.184.216.34")));
    }

    [Fact]
    public void Refusal_AllowListedNetwork_Allows()
    {
        Assert.Null(new WebhookAddressPolicy(["10.1.0.0/16"]).Refusal(IPAddress.Parse("10.1.2.3")));
    }

    [Fact]
    public async Task PostAsync_LoopbackReceiverNotAllowed_IsRefusedBeforeConnecting()
    {
        using var receiver = new OneShotReceiver("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var client = WebhookClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(receiver.Url, new StringContent("{}")));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.False(receiver.WasCalled);
    }

    [Fact]
    public async Task PostAsync_LoopbackReceiverAllowListed_IsDelivered()
    {
        using var receiver = new OneShotReceiver("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var client = WebhookClient("127.0.0.1");

        using var response = await client.PostAsync(receiver.Url, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostAsync_ReceiverRedirects_RedirectIsNotFollowed()
    {
        using var receiver = new OneShotReceiver("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var client = WebhookClient("127.0.0.1");

        using var response = await client.PostAsync(receiver.Url, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    private static HttpClient WebhookClient(params string[] allowed)
    {
        var settings = allowed.Select((a, i) => KeyValuePair.Create($"Delivery:WebhookAllowedNetworks:{i}", (string?)a));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddDelivery(configuration).BuildServiceProvider();
        return services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookDispatcher.HttpClientName);
    }

    /// <summary>Answers one request on a loopback port with a fixed response.</summary>
    private sealed class OneShotReceiver : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _serving;

        public OneShotReceiver(string response)
        {
            _listener.Start();
            _serving = ServeAsync(response);
        }

        public bool WasCalled { get; private set; }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

        private async Task ServeAsync(string response)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync();
                WasCalled = true;
                var stream = client.GetStream();
                var buffer = new byte[8192];
                await stream.ReadAtLeastAsync(buffer, 1, throwOnEndOfStream: false);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException)
            {
                // Stopped before anyone called: the refusal test's expected end.
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
