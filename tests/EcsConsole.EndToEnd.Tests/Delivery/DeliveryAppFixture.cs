using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EcsConsole.EndToEnd.Tests.Delivery;

/// <summary>
/// The real app for the delivery stories: sandbox clock at 30x, delivery policies evaluated every second, <c>prod</c> a
/// production cluster, and a webhook receiver on loopback that keeps every body it is sent.
/// </summary>
public sealed class DeliveryAppFixture() : InProcessAppFixture("delivery")
{
    private WebApplication? _receiver;
    private readonly List<string> _received = [];

    public string ReceiverUrl { get; private set; } = "";

    public IReadOnlyList<string> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    protected override IEnumerable<string> Settings =>
    [
        "--Sandbox:TimeAcceleration=30",
        "--Sandbox:RandomFailuresPerTaskHour=0",
        "--Monitor:PollInterval=00:00:01",
        "--Delivery:PollInterval=00:00:01",
        "--Delivery:ConsoleBaseUrl=http://console.test",
        // The test's receiver listens on loopback, which webhooks refuse unless allowed.
        "--Delivery:WebhookAllowedNetworks:0=127.0.0.1",
        "--Console:ProductionClusters:0=prod",
    ];

    public override async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            lock (_received)
            {
                _received.Add(body);
            }

            return Results.Ok();
        });
        await _receiver.StartAsync();
        ReceiverUrl = _receiver.Urls.First().TrimEnd('/') + "/hook";
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}
