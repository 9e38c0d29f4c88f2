using EcsConsole.Core.Connection;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.History;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Catalog;
using EcsConsole.Core.Tests.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Connection;

/// <summary>Background work (the stopped-task archiver, the delivery loop) runs for every configured connection, each acting on its own records in its own account.</summary>
public sealed class BackgroundConnectionsTests
{
    private static readonly Dictionary<string, string?> Platform = new()
    {
        ["Connections:platform:RoleArn"] = "arn:aws:iam::222222222222:role/EcsConsoleAccess",
    };

    [Fact]
    public async Task Archiver_PlatformConnectionConfigured_ArchivesEachAccountsStoppedTasksAsItsOwn()
    {
        await using var catalog = await SandboxCatalog.StartAsync(settings: Platform);
        var platform = catalog.Sandbox.EngineOf("222222222222");
        var platformVictim = platform.Read(s => s.FindCluster("platform")!.Tasks.First(t => t.ServiceName == "gateway" && t.LastStatus == "RUNNING").Arn);
        var homeVictim = catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.First(t => t.ServiceName == "blog" && t.LastStatus == "RUNNING").Arn);
        platform.Ecs.StopTask("platform", platformVictim, "Stopped in the platform account");
        catalog.Sandbox.Engine.Ecs.StopTask("prod", homeVictim, "Stopped in the console's own account");
        catalog.Advance(TimeSpan.FromMinutes(3));
        platform.CatchUp();
        await catalog.PollFleetAsync();

        await catalog.Archiver().SweepAsync(CancellationToken.None);

        await using var db = await catalog.Get<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var platformRow = await db.StoppedTasks.SingleAsync(t => t.TaskArn == platformVictim);
        var homeRow = await db.StoppedTasks.SingleAsync(t => t.TaskArn == homeVictim);
        Assert.Equal(("platform", "222222222222", "eu-west-1", "platform"), (platformRow.ConnectionName, platformRow.AccountId, platformRow.Region, platformRow.Cluster));
        Assert.Equal((ConnectionCatalog.DefaultName, "000000000000"), (homeRow.ConnectionName, homeRow.AccountId));
        // The platform account's tasks are only ever stored as the platform connection's.
        Assert.DoesNotContain(await db.StoppedTasks.Where(t => t.Cluster == "platform").ToListAsync(), t => t.ConnectionName != "platform");
    }

    [Fact]
    public async Task DeliveryLoop_PolicyOnAnotherConnection_ReadsThatAccountsRegistryAndRollsOutThere()
    {
        await using var sandbox = await DeliverySandbox.StartAsync(settings: Platform);
        var connections = sandbox.Services.GetRequiredService<BackgroundConnections>();
        var platform = connections.Find("platform", "eu-west-1")!;
        var ambient = await connections.PrepareAsync(platform, CancellationToken.None);
        using (ambient.Enter())
        {
            await sandbox.SavePolicyAsync("gateway-2", "platform", "gateway", "2.*");
        }
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        sandbox.Sandbox.EngineOf("222222222222").Ecr.PushImage("gateway", "2.6.0");
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        var places = await sandbox.Services.GetRequiredService<DeliveryLoop>().PassAsync(CancellationToken.None);

        Assert.Equal(["default eu-west-1", "platform eu-west-1"], places.Select(p => p.ToString()));
        var gateway = Assert.Single(await sandbox.RecordsAsync("gateway-2"));
        Assert.Equal(DeliveryState.Deploying, gateway.State);
        Assert.StartsWith("222222222222.dkr.ecr.eu-west-1.amazonaws.com/gateway@", gateway.Image, StringComparison.Ordinal);
        var news = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.StartsWith("000000000000.dkr.ecr.eu-west-1.amazonaws.com/news@", news.Image, StringComparison.Ordinal);
        // The rollout ran in the platform account: its gateway service deploys the new image; the default account has no such service.
        var deployed = sandbox.Sandbox.EngineOf("222222222222").Read(s =>
            s.TaskDefinitions.Single(t => t.Arn == s.FindCluster("platform")!.Services.Single(v => v.Name == "gateway").TaskDefinitionArn).Containers[0].Image);
        Assert.Equal(gateway.Image, deployed);
    }

    [Fact]
    public async Task DeliveryLoop_PolicyOfAConnectionNoLongerConfigured_SkippedAndTheOthersStillEvaluated()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await using (var db = await sandbox.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
        {
            db.DeliveryPolicies.Add(new DeliveryPolicy
            {
                Name = "gone", Cluster = "x", Service = "x", Repository = "x", TagPattern = "*", CreatedBy = "admin",
                ConnectionName = "retired", Region = "eu-west-1",
            });
            await db.SaveChangesAsync();
        }
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        var places = await sandbox.Services.GetRequiredService<DeliveryLoop>().PassAsync(CancellationToken.None);

        Assert.Equal(["default eu-west-1"], places.Select(p => p.ToString()));
        Assert.Single(await sandbox.RecordsAsync("news-v"));
    }
}
