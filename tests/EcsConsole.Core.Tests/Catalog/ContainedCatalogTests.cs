using System.Net;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Images;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Catalog;

/// <summary>The ECR in-use marks and the stopped-task archiver when one cluster's tasks cannot be read.</summary>
public sealed class ContainedCatalogTests
{
    private static JsonException CpuAsNumber() =>
        new("The JSON value could not be converted to System.String. Path: $.tasks[0].containers[0].cpu | LineNumber: 0 | BytePositionInLine: 921.");

    private static Func<object?, bool> InCluster(string name) =>
        r => r switch
        {
            DescribeTasksRequest d => d.Cluster?.EndsWith($"/{name}", StringComparison.Ordinal) == true || d.Cluster == name,
            ListTasksRequest l => l.Cluster?.EndsWith($"/{name}", StringComparison.Ordinal) == true || l.Cluster == name,
            _ => false,
        };

    [Fact]
    public async Task ListRepositoriesWithUsageAsync_DescribeTasksUnreadable_ListsEveryRepositoryAndSaysWhyMarksFailed()
    {
        FaultyEcsClient? faulty = null;
        await using var catalog = await SandboxCatalog.StartAsync(ecs: e => faulty = new FaultyEcsClient(e));
        await catalog.PollFleetAsync();
        var healthy = await catalog.Get<EcrImageCatalog>().ListRepositoriesWithUsageAsync();
        catalog.Time.Advance(ImageUsageIndex.MaxAge);
        faulty!.Fail("DescribeTasks", CpuAsNumber);

        var listing = await catalog.Get<EcrImageCatalog>().ListRepositoriesWithUsageAsync();

        Assert.Equal(healthy.Repositories.Select(r => r.Name), listing.Repositories.Select(r => r.Name));
        Assert.NotEmpty(listing.Repositories);
        Assert.NotNull(listing.UsageProblem);
        Assert.Contains("DescribeTasks", listing.UsageProblem.ToString());
        Assert.DoesNotContain("..", listing.UsageProblem.ToString());
    }

    [Fact]
    public async Task ListRepositoriesWithUsageAsync_OneClusterThrottled_CountsTheOtherClustersTasks()
    {
        FaultyEcsClient? faulty = null;
        await using var catalog = await SandboxCatalog.StartAsync(ecs: e => faulty = new FaultyEcsClient(e));
        await catalog.PollFleetAsync();
        faulty!.Fail("ListTasks",
            () => new AwsServiceException("ECS", "ListTasks", "ThrottlingException", "Rate exceeded", "req-5", HttpStatusCode.BadRequest), InCluster("prod"));

        var listing = await catalog.Get<EcrImageCatalog>().ListRepositoriesWithUsageAsync();

        Assert.Contains(listing.Repositories, r => r.RunningTasks > 0);
        Assert.True(listing.UsageProblem!.Transient);
        Assert.Contains("cluster prod", listing.UsageProblem.What);
    }

    [Fact]
    public async Task SweepAsync_OneClusterFails_ArchivesTheOtherAndLogsTheFailureOncePerStreak()
    {
        FaultyEcsClient? faulty = null;
        await using var catalog = await SandboxCatalog.StartAsync(ecs: e => faulty = new FaultyEcsClient(e));
        var stagingVictim = catalog.Sandbox.Engine.Read(s => s.FindCluster("staging")!.Tasks.First(t => t.LastStatus == "RUNNING").Arn);
        catalog.Sandbox.Engine.Ecs.StopTask("staging", stagingVictim, "Stopped for the containment test");
        catalog.Advance(TimeSpan.FromMinutes(3));
        await catalog.PollFleetAsync();
        faulty!.Fail("ListTasks",
            () => new AwsServiceException("ECS", "ListTasks", "AccessDeniedException", "not authorized", "req-6", HttpStatusCode.BadRequest), InCluster("prod"));
        var log = new RecordingLogger<StoppedTaskArchiver>();
        var archiver = catalog.Archiver(log);

        var written = await archiver.SweepAsync(CancellationToken.None);
        await archiver.SweepAsync(CancellationToken.None);

        Assert.True(written > 0);
        var archived = await catalog.Get<IStoppedTaskArchive>().GetStoppedTasksAsync("staging", null, null, 100);
        Assert.Contains(archived, t => t.TaskArn == stagingVictim);
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("cluster prod", warning);
        Assert.Contains("req-6", warning);
        Assert.Contains("ecs:ListTasks", warning);
    }

    [Fact]
    public async Task SweepAsync_OneStoppedTaskUnreadable_ArchivesTheOthers()
    {
        FaultyEcsClient? faulty = null;
        await using var catalog = await SandboxCatalog.StartAsync(ecs: e => faulty = new FaultyEcsClient(e));
        var victims = catalog.Sandbox.Engine.Read(s => s.FindCluster("prod")!.Tasks.Where(t => t.LastStatus == "RUNNING").Take(2).Select(t => t.Arn).ToList());
        foreach (var victim in victims)
        {
            catalog.Sandbox.Engine.Ecs.StopTask("prod", victim, "Stopped for the containment test");
        }
        catalog.Advance(TimeSpan.FromMinutes(3));
        await catalog.PollFleetAsync();
        faulty!.Fail("DescribeTasks", CpuAsNumber, r => ((DescribeTasksRequest)r!).Tasks.Contains(victims[0]));

        await catalog.Archiver().SweepAsync(CancellationToken.None);

        var archived = (await catalog.Get<IStoppedTaskArchive>().GetStoppedTasksAsync("prod", null, null, 500)).Select(t => t.TaskArn).ToList();
        Assert.Contains(victims[1], archived);
        Assert.DoesNotContain(victims[0], archived);
    }
}
