using System.Net;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

/// <summary>One failing read of a service poll takes down only its own section.</summary>
public sealed partial class SandboxInventoryTests
{
    private static JsonException CpuAsNumber() =>
        new("The JSON value could not be converted to System.String. Path: $.tasks[0].containers[0].cpu | LineNumber: 0 | BytePositionInLine: 921.");

    [Fact]
    public async Task ReadAsync_DescribeTasksUnreadable_ShowsTheServiceAndMarksOnlyTheTasks()
    {
        var ecs = new FaultyEcsClient(Ecs).Fail("DescribeTasks", CpuAsNumber);

        var reading = await ServiceReader(ecs: ecs).ReadAsync("prod", "users", CancellationToken.None);

        Assert.Equal("users", reading.Detail.Name);
        Assert.StartsWith("users:", reading.Detail.Configuration.TaskDefinition);
        Assert.NotEmpty(reading.Events);
        Assert.NotEmpty(reading.Detail.Configuration.Images);
        var problem = reading.Detail.Configuration.ProblemFor(SectionProblem.Tasks);
        Assert.NotNull(problem);
        Assert.Contains("cpu", problem.Message);
        Assert.False(problem.Transient);
        Assert.Null(reading.Detail.Configuration.ProblemFor(SectionProblem.LoadBalancing));
    }

    [Fact]
    public async Task ReadAsync_OneTaskUnreadable_ListsTheOthersAndNamesTheOneLeftOut()
    {
        var all = (await ServiceReader().ReadAsync("prod", "users", CancellationToken.None)).Tasks!;
        var bad = all.First(t => t.LastStatus == "RUNNING");
        var ecs = new FaultyEcsClient(Ecs).Fail("DescribeTasks", CpuAsNumber, r => ((DescribeTasksRequest)r!).Tasks.Contains(bad.Arn));

        var reading = await ServiceReader(ecs: ecs).ReadAsync("prod", "users", CancellationToken.None);

        Assert.Equal(all.Where(t => t.Arn != bad.Arn).Select(t => t.Arn).Order(), reading.Tasks!.Select(t => t.Arn).Order());
        var problem = reading.Detail.Configuration.ProblemFor(SectionProblem.Tasks);
        Assert.NotNull(problem);
        Assert.StartsWith($"Task {bad.Id} is left out:", problem.Message);
    }

    [Fact]
    public async Task ReadAsync_ArchiveDown_MarksOnlyTheStoppedTaskHistory()
    {
        var archive = new FailingArchive();

        var reading = await ServiceReader(archive).ReadAsync("prod", "users", CancellationToken.None);

        Assert.NotEmpty(reading.Tasks!);
        var history = reading.Detail.Configuration.ProblemFor(SectionProblem.StoppedTaskHistory);
        Assert.NotNull(history);
        Assert.Contains("database is locked", history.Message);
        Assert.Null(reading.Detail.Configuration.ProblemFor(SectionProblem.Tasks));
    }

    [Fact]
    public async Task ReadAsync_DescribeTasksThrottled_MarksTasksAsTransientWithRetryAdvice()
    {
        var ecs = new FaultyEcsClient(Ecs).Fail("DescribeTasks",
            () => new AwsServiceException("ECS", "DescribeTasks", "ThrottlingException", "Rate exceeded", "req-3", HttpStatusCode.BadRequest));

        var reading = await ServiceReader(ecs: ecs).ReadAsync("prod", "users", CancellationToken.None);

        Assert.Null(reading.Tasks);
        var problem = reading.Detail.Configuration.ProblemFor(SectionProblem.Tasks)!;
        Assert.True(problem.Transient);
        Assert.Contains("AWS is throttling requests; the console retries.", problem.Message);
        Assert.Contains("req-3", problem.Message);
    }

    [Fact]
    public async Task ReadAsync_DescribeServicesFails_FailsThePoll()
    {
        var ecs = new FaultyEcsClient(Ecs).Fail("DescribeServices",
            () => new AwsServiceException("ECS", "DescribeServices", "AccessDeniedException", "not authorized", "req-4", HttpStatusCode.BadRequest));

        await Assert.ThrowsAsync<EcsConsole.Core.Problems.FleetReadException>(() => ServiceReader(ecs: ecs).ReadAsync("prod", "users", CancellationToken.None));
    }

    private sealed class FailingArchive : IStoppedTaskArchive
    {
        public Task<IReadOnlyList<StoppedTaskSummary>> GetStoppedTasksAsync(
            string cluster, string? service, DateTimeOffset? since, int limit, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("SQLite Error 5: 'database is locked'.");
    }
}
