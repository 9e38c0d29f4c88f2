using EcsConsole.Core.Images;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class ImageUsageIndexTests
{
    [Fact]
    public async Task GetAsync_BeforeTheFirstFleetPoll_UsageUnknownAndNotCached()
    {
        await using var catalog = await SandboxCatalog.StartAsync();
        var index = catalog.Get<ImageUsageIndex>();

        var before = await index.GetAsync();
        await catalog.PollFleetAsync();
        var after = await index.GetAsync();

        Assert.False(before.FleetKnown);
        Assert.Empty(before.Uses);
        Assert.True(after.FleetKnown);
        Assert.NotEmpty(after.Uses);
    }

    [Fact]
    public async Task ListRepositoriesAsync_BeforeTheFirstFleetPoll_RunningTasksUnknownNotZero()
    {
        await using var catalog = await SandboxCatalog.StartAsync();

        var repositories = await catalog.Get<EcrImageCatalog>().ListRepositoriesAsync();

        Assert.All(repositories, r => Assert.Null(r.RunningTasks));
    }
}
