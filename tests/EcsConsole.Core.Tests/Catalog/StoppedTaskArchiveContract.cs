using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;

namespace EcsConsole.Core.Tests.Catalog;

/// <summary>What the stopped-task archive must do on every store provider, against the sandbox on a fake clock.</summary>
internal static class StoppedTaskArchiveContract
{
    public static async Task GetStoppedTasksAsync_TaskStoppedTwoHoursAgo_StillReturnedWithReasonAsync(string provider)
    {
        await using var catalog = await SandboxCatalog.StartAsync(provider);
        await catalog.PollFleetAsync();
        var victim = catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.First(t => t.ServiceName == "users" && t.LastStatus == "RUNNING").Arn);
        catalog.Sandbox.Engine.Ecs.StopTask("prod", victim, "Stopped by the on-call engineer");
        catalog.Advance(TimeSpan.FromMinutes(3));
        await catalog.Archiver().SweepAsync(CancellationToken.None);

        catalog.Advance(TimeSpan.FromHours(2));

        Assert.DoesNotContain(victim, await StoppedArnsAsync(catalog));
        var stopped = await catalog.Get<IStoppedTaskArchive>().GetStoppedTasksAsync("prod", "users", null, 100);
        var task = Assert.Single(stopped, t => t.TaskArn == victim);
        Assert.Equal(("STOPPED", "UserInitiated", "Stopped by the on-call engineer"), (task.LastStatus, task.StopCode, task.StoppedReason));
        Assert.Equal("users", task.Service);
        Assert.NotNull(task.StoppedAt);
        Assert.NotEmpty(task.Containers);
        Assert.False(string.IsNullOrEmpty(task.AvailabilityZone));
    }

    public static async Task GetStoppedTasksAsync_SinceAndLimit_NewestStopFirstAsync(string provider)
    {
        await using var catalog = await SandboxCatalog.StartAsync(provider);
        await catalog.PollFleetAsync();
        var running = catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.Where(t => t.ServiceName == "news" && t.LastStatus == "RUNNING").Select(t => t.Arn).ToList());
        catalog.Sandbox.Engine.Ecs.StopTask("prod", running[0], "first");
        catalog.Advance(TimeSpan.FromMinutes(5));
        var between = catalog.Time.GetUtcNow();
        catalog.Sandbox.Engine.Ecs.StopTask("prod", running[1], "second");
        catalog.Advance(TimeSpan.FromMinutes(5));
        await catalog.Archiver().SweepAsync(CancellationToken.None);

        var archive = catalog.Get<IStoppedTaskArchive>();
        var newest = await archive.GetStoppedTasksAsync("prod", "news", null, 1);
        var since = await archive.GetStoppedTasksAsync("prod", "news", between, 100);

        Assert.Equal("second", Assert.Single(newest).StoppedReason);
        Assert.DoesNotContain(since, t => t.StoppedReason == "first");
        Assert.Contains(since, t => t.StoppedReason == "second");
    }

    public static async Task SweepAsync_SecondSweep_DescribesOnlyNewStopsAsync(string provider)
    {
        await using var catalog = await SandboxCatalog.StartAsync(provider);
        await catalog.PollFleetAsync();
        var victim = catalog.Sandbox.Engine.Read(s => s.FindCluster("staging")!.Tasks.First(t => t.LastStatus == "RUNNING").Arn);
        catalog.Sandbox.Engine.Ecs.StopTask("staging", victim);
        catalog.Advance(TimeSpan.FromMinutes(3));
        var archiver = catalog.Archiver();
        Assert.True(await archiver.SweepAsync(CancellationToken.None) > 0);

        Assert.Equal(0, await archiver.SweepAsync(CancellationToken.None));
    }

    private static async Task<List<string>> StoppedArnsAsync(SandboxCatalog catalog)
    {
        var arns = new List<string>();
        await foreach (var arn in catalog.Get<IEcsClient>().ListTasksAsync(new ListTasksRequest { Cluster = "prod", DesiredStatus = "STOPPED" }))
        {
            arns.Add(arn);
        }
        return arns;
    }
}
