using EcsConsole.Core.History;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class StoppedTaskArchiverTests
{
    [Fact]
    public async Task ExecuteAsync_StartedBeforeTheFirstFleetPoll_SweepsSoonAfterIt()
    {
        await using var catalog = await SandboxCatalog.StartAsync();
        var victim = catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.First(t => t.ServiceName == "blog" && t.LastStatus == "RUNNING").Arn);
        catalog.Sandbox.Engine.Ecs.StopTask("prod", victim, "Stopped before the console looked");
        catalog.Advance(TimeSpan.FromMinutes(3));
        using var archiver = catalog.Archiver();
        await archiver.StartAsync(CancellationToken.None);

        await catalog.PollFleetAsync();

        var archive = catalog.Get<IStoppedTaskArchive>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var advanced = TimeSpan.Zero;
        while (!(await archive.GetStoppedTasksAsync("prod", "blog", null, 100)).Any(t => t.TaskArn == victim))
        {
            Assert.True(DateTime.UtcNow < deadline, "the archiver did not sweep after the first fleet poll");
            // Well under the one-minute sweep interval: only the short wait for the fleet may pass.
            Assert.True(advanced < TimeSpan.FromSeconds(45), $"no sweep within {advanced} of sandbox time after the first poll");
            catalog.Time.Advance(TimeSpan.FromMilliseconds(500));
            advanced += TimeSpan.FromMilliseconds(500);
            await Task.Delay(20);
        }
        await archiver.StopAsync(CancellationToken.None);
    }
}
