using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Images;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Tests.Catalog;

/// <summary>The image map is kept per connection and region, and read across the user's connections.</summary>
public sealed class ImageUsageConnectionsTests
{
    private const string HomeRepository = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/users";

    private static readonly Dictionary<string, string?> Platform = new()
    {
        ["Connections:platform:RoleArn"] = "arn:aws:iam::222222222222:role/EcsConsoleAccess",
    };

    [Fact]
    public async Task GetAsync_OnAnotherConnection_ReadsThatAccountsFleetNotTheConsolesOwn()
    {
        await using var catalog = await SandboxCatalog.StartAsync(settings: Platform);
        var aws = catalog.Get<AwsConnection>();
        var reader = new EcsFleetReader(catalog.Get<IEcsClient>());
        var options = Options.Create(new MonitorOptions { PollInterval = TimeSpan.FromMinutes(1) });
        using var hosted = new FleetMonitor(reader, aws, options, catalog.Time, NullLogger<FleetMonitor>.Instance);
        await using var monitors = new FleetMonitors(hosted, reader, aws, options, catalog.Time, NullLoggerFactory.Instance);
        await using var index = ActivatorUtilities.CreateInstance<ImageUsageIndex>(catalog.Services, monitors);
        var connections = catalog.Get<ConnectionCatalog>();
        var platform = connections.SettingsFor(connections.Find("platform")!, "eu-west-1");
        await catalog.PollFleetAsync();

        var own = await index.GetAsync();
        var beforePlatformPoll = await UnderAsync(aws, platform, index);
        await using (var watch = monitors.Acquire(platform))
        {
            await Eventually.TrueAsync(() => watch.Monitor.LatestSnapshot is not null, "the platform connection's first fleet read");
        }
        var onPlatform = await UnderAsync(aws, platform, index);

        Assert.False(beforePlatformPoll.FleetKnown);
        Assert.True(onPlatform.FleetKnown);
        Assert.Contains(onPlatform.Uses, u => u is { Cluster: "platform", Service: "gateway", Kind: ImageUseKind.RunningTask });
        Assert.DoesNotContain(onPlatform.Uses, u => u.Cluster != "platform");
        Assert.DoesNotContain(own.Uses, u => u.Cluster == "platform");
        Assert.Contains(own.Uses, u => u.Cluster == "prod");
        Assert.Equal(1, index.HeldMonitorCount);
        Assert.Equal(1, monitors.ActiveCount);

        catalog.Time.Advance(ImageUsageIndex.IdleRelease);
        await index.GetAsync();

        Assert.Equal(0, index.HeldMonitorCount);
        await Eventually.TrueAsync(() => monitors.ActiveCount == 0, "the platform monitor released once nobody asks about its images");
    }

    [Fact]
    public void Of_ServiceInAnotherAccountPullsFromThisRegistry_ListedWithItsAccountAndRegion()
    {
        var across = new ImageUsageAcross(
        [
            new ConnectionImageUsage("default", "000000000000", "eu-west-1", Usage(Defined("prod", "users", $"{HomeRepository}:1.4.2")), null),
            new ConnectionImageUsage("platform", "222222222222", "eu-west-1", Usage(Defined("platform", "users", $"{HomeRepository}@sha256:aaaa"), Defined("platform", "gateway", "222222222222.dkr.ecr.eu-west-1.amazonaws.com/gateway:2.5.0")), null),
        ]);

        var where = across.Of(HomeRepository, "sha256:aaaa", ["1.4.2"]);

        Assert.Equal([("default", "000000000000", "prod", "users"), ("platform", "222222222222", "platform", "users")],
            where.Select(w => (w.Connection, w.Account, w.Use.Cluster, w.Use.Service)));
        Assert.True(across.Complete);
    }

    [Fact]
    public void Complete_AConnectionNotYetRead_False()
    {
        var across = new ImageUsageAcross(
        [
            new ConnectionImageUsage("default", "000000000000", "eu-west-1", Usage(Defined("prod", "users", $"{HomeRepository}:1.4.2")), null),
            new ConnectionImageUsage("platform", "222222222222", "eu-west-1", new ImageUsage(DateTimeOffset.UnixEpoch, [], FleetKnown: false), null),
        ]);

        Assert.False(across.Complete);
        Assert.Single(across.Of(HomeRepository, "sha256:aaaa", ["1.4.2"]));
    }

    private static async Task<ImageUsage> UnderAsync(AwsConnection aws, AwsConnectionSettings settings, ImageUsageIndex index)
    {
        using (aws.Use(settings))
        {
            return await index.GetAsync();
        }
    }

    private static ImageUsage Usage(params ImageUse[] uses) => new(DateTimeOffset.UnixEpoch, uses);

    private static ImageUse Defined(string cluster, string service, string image) =>
        new(ImageUseKind.ServiceTaskDefinition, cluster, service, null, $"{service}:1", service, image, null);
}
