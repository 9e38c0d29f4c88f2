using EcsConsole.Core.Images;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Core.Tests.Catalog;

/// <summary>The ECR catalog, image usage and task definition catalog against the seeded sandbox.</summary>
public sealed class SandboxImageCatalogTests : IAsyncLifetime
{
    private SandboxCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = await SandboxCatalog.StartAsync();
        await _catalog.PollFleetAsync();
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task GetImagesAsync_ImageProdUsersRuns_ListsTheServiceAndItsTasks()
    {
        var prodUsers = _catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.Where(t => t.ServiceName == "users" && t.LastStatus == "RUNNING").Select(t => t.Id).ToHashSet());

        var images = await _catalog.Get<EcrImageCatalog>().GetImagesAsync("users");

        Assert.NotNull(images);
        var running = images.Images.Where(i => i.Uses.Any(u => u.Cluster == "prod" && u.Service == "users" && u.Kind == ImageUseKind.RunningTask)).ToList();
        var image = Assert.Single(running);
        Assert.True(image.InUse);
        Assert.Equal(prodUsers, image.Uses.Where(u => u.Cluster == "prod" && u.Kind == ImageUseKind.RunningTask).Select(u => u.TaskId!).ToHashSet());
        Assert.Contains(image.Uses, u => u.Kind == ImageUseKind.ServiceTaskDefinition && u.Cluster == "prod" && u.Service == "users");
    }

    [Fact]
    public async Task GetImagesAsync_BrokenImage_IsNotInUse()
    {
        var images = await _catalog.Get<EcrImageCatalog>().GetImagesAsync("users");

        Assert.False(Assert.Single(images!.Images, i => i.Tags.Contains("broken")).InUse);
    }

    [Fact]
    public async Task ListRepositoriesAsync_Seeded_CountsRunningTasksPerRepository()
    {
        var repositories = await _catalog.Get<EcrImageCatalog>().ListRepositoriesAsync();

        Assert.Equal(["blog", "market", "news", "users"], repositories.Select(r => r.Name));
        Assert.All(repositories, r => Assert.True(r.RunningTasks > 0, $"{r.Name} runs no task"));
    }

    [Fact]
    public async Task GetImagesAsync_UnknownRepository_ReturnsNull()
    {
        Assert.Null(await _catalog.Get<EcrImageCatalog>().GetImagesAsync("nope"));
    }

    [Fact]
    public async Task ListRevisionsAsync_Users_NewestFirstAndDiffOfTwoShowsTheImage()
    {
        var definitions = _catalog.Get<ITaskDefinitionCatalog>();
        Assert.Contains("users", await definitions.ListFamiliesAsync());
        var revisions = await definitions.ListRevisionsAsync("users");
        Assert.Equal(revisions.OrderByDescending(r => r.Revision).Select(r => r.Revision), revisions.Select(r => r.Revision));

        var comparison = await definitions.CompareAsync("users", revisions[^1].Revision, revisions[0].Revision);

        Assert.Contains(comparison.Containers.SelectMany(c => c.Fields), f => f.Field == "image" && f.Change == FieldChange.Changed);
        Assert.DoesNotContain(comparison.TaskFields, f => f.Field is "revision" or "taskDefinitionArn" or "registeredAt" or "status");
    }
}
