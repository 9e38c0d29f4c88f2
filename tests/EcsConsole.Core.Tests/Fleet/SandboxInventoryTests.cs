using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Logs;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.History;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Logs;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

/// <summary>The service and task readers and the log tail against the real sandbox over loopback HTTP.</summary>
public sealed partial class SandboxInventoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        _sandbox = await SandboxServer.StartAsync(options, _time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        _services = new ServiceCollection()
            .AddSingleton(connection)
            .AddAwsClientsWithoutBudget()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private IEcsClient Ecs => _services.GetRequiredService<IEcsClient>();

    private TaskDefinitionCache Cache(IEcsClient? ecs = null) => new(ecs ?? Ecs, _services.GetRequiredService<AwsConnection>());

    private long Calls(string service, string operation) => _services.GetRequiredService<AwsCallLog>().CountFor(service, operation);

    private ServiceReader ServiceReader(IStoppedTaskArchive? archive = null, IEcsClient? ecs = null) => new(
        ecs ?? Ecs,
        Cache(ecs),
        new ServiceSideReader(
            _services.GetRequiredService<IElbv2Client>(),
            _services.GetRequiredService<IApplicationAutoScalingClient>(),
            _services.GetRequiredService<IServiceDiscoveryClient>(),
            _time),
        archive);

    [Fact]
    public async Task ReadAsync_ProdUsers_ReadsItsRunningTasksAndTaskDefinitionImages()
    {
        var reading = await ServiceReader().ReadAsync("prod", "users", CancellationToken.None);

        Assert.Equal("users", reading.Detail.Name);
        Assert.StartsWith("users:", reading.Detail.Configuration.TaskDefinition);
        Assert.Contains(reading.Detail.Configuration.Images, i => i.StartsWith("users: ", StringComparison.Ordinal) && i.Contains("/users:", StringComparison.Ordinal));
        Assert.Equal(reading.Detail.Running, reading.Tasks!.Count(t => t.LastStatus == "RUNNING"));
        Assert.All(reading.Tasks!, t => Assert.Equal(reading.Detail.Configuration.TaskDefinition, t.TaskDefinition));
        Assert.NotEmpty(reading.Events);
    }

    [Fact]
    public async Task ReadAsync_SecondPollWithinAMinute_ReusesTaskDefinitionsAndScalingButReadsTargetHealthAgain()
    {
        var reader = ServiceReader();
        var first = await reader.ReadAsync("prod", "users", CancellationToken.None);
        Assert.Empty(first.Detail.Configuration.Problems);
        var definitions = Calls("ECS", "DescribeTaskDefinition");
        var targets = Calls("Application Auto Scaling", "DescribeScalableTargets");
        var health = Calls("Elastic Load Balancing v2", "DescribeTargetHealth");

        _time.Advance(TimeSpan.FromSeconds(2));
        await reader.ReadAsync("prod", "users", CancellationToken.None);

        Assert.Equal(definitions, Calls("ECS", "DescribeTaskDefinition"));
        Assert.Equal(targets, Calls("Application Auto Scaling", "DescribeScalableTargets"));
        Assert.True(Calls("Elastic Load Balancing v2", "DescribeTargetHealth") > health);
        Assert.NotNull(first.Detail.Configuration.Scaling);
    }

    [Fact]
    public async Task ReadAsync_TaskStoppedByUser_ListsItStoppedWithItsReason()
    {
        var before = await ServiceReader().ReadAsync("prod", "users", CancellationToken.None);
        var victim = before.Tasks!.First(t => t.LastStatus == "RUNNING");

        _sandbox.Engine.Ecs.StopTask("prod", victim.Arn, "Stopped for the inventory test");
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await ServiceReader().ReadAsync("prod", "users", CancellationToken.None);

        var stopped = after.Tasks!.Single(t => t.Arn == victim.Arn);
        Assert.Equal("STOPPED", stopped.LastStatus);
        Assert.Equal("UserInitiated", stopped.StopCode);
        Assert.Equal("Stopped for the inventory test", stopped.StoppedReason);
        Assert.NotNull(stopped.StoppedAt);
    }

    [Fact]
    public async Task ReadAsync_ArchiveKnowsTasksEcsForgot_ListsThemArchivedAndPrefersEcsForTheRest()
    {
        var running = (await ServiceReader().ReadAsync("prod", "users", CancellationToken.None)).Tasks!.First(t => t.LastStatus == "RUNNING");
        var forgotten = new StoppedTaskSummary(
            "arn:aws:ecs:eu-west-1:000000000000:task/prod/0ld0ld0ld", "0ld0ld0ld", "prod", "users", "service:users", "users:3", "STOPPED",
            "EssentialContainerExited", "Essential container in task exited", new([new StoppedContainer("users", 137, "OutOfMemoryError: Container killed due to memory usage")]),
            _time.GetUtcNow().AddHours(-3), _time.GetUtcNow().AddHours(-2), "eu-west-1a", "10.0.1.2");
        // A stale archive row for a task ECS still describes must not shadow ECS's fresher answer.
        var stale = forgotten with { TaskArn = running.Arn, TaskId = running.Id };
        var archive = new ListedArchive([forgotten, stale]);

        var reading = await ServiceReader(archive).ReadAsync("prod", "users", CancellationToken.None);

        var old = reading.Tasks!.Single(t => t.Id == "0ld0ld0ld");
        Assert.Equal(TaskSource.Archive, old.Source);
        Assert.Equal("Essential container in task exited", old.StoppedReason);
        Assert.Equal("users=137", old.ExitCodes);
        var current = reading.Tasks!.Single(t => t.Arn == running.Arn);
        Assert.Equal(TaskSource.Ecs, current.Source);
        Assert.Equal(("prod", "users"), archive.AskedFor);
    }

    [Fact]
    public async Task TaskReaderAndTail_RunningTask_FindTheAwslogsStreamAndReadItsLines()
    {
        var task = (await ServiceReader().ReadAsync("prod", "users", CancellationToken.None)).Tasks!.First(t => t.LastStatus == "RUNNING");
        var detail = await new TaskReader(Ecs, Cache()).ReadAsync("prod", task.Id, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal("users", detail.Service);
        var source = Assert.Single(detail.LogSources);
        Assert.EndsWith($"/users/{task.Id}", source.Stream);
        var tail = new TaskLogTail(_services.GetRequiredService<ILogsClient>(), _time, Options.Create(new LogTailOptions()));
        using var cancel = new CancellationTokenSource();
        await using var lines = tail.FollowAsync(detail.LogSources, cancel.Token).GetAsyncEnumerator();
        var batch = await Eventually.NextAsync(lines, "first round of the sandbox's log lines");
        Assert.Null(batch.Problem);
        Assert.NotEmpty(batch.Lines);
        Assert.All(batch.Lines, l => Assert.Equal("users", l.Container));
        Assert.Equal(batch.Lines.OrderBy(l => l.Timestamp).Select(l => l.Sequence), batch.Lines.Select(l => l.Sequence));

        // The sandbox writes as its clock moves: the next round brings only lines newer than the first round's.
        var next = lines.MoveNextAsync().AsTask();
        await Eventually.TrueAsync(() => { _time.Advance(TimeSpan.FromSeconds(5)); return next.IsCompleted; }, "the tail grows");
        Assert.All(lines.Current.Lines, l => Assert.True(l.Timestamp > batch.Lines[^1].Timestamp));
    }

    [Fact]
    public async Task TaskReader_TaskOnlyInTheArchive_ReadsItFromThere()
    {
        var forgotten = new StoppedTaskSummary(
            "arn:aws:ecs:eu-west-1:000000000000:task/prod/0ld0ld0ld", "0ld0ld0ld", "prod", "users", "service:users", "users:3", "STOPPED",
            "TaskFailedToStart", "CannotPullContainerError: pull image manifest has been retried", new([new StoppedContainer("users", null, null)]),
            null, _time.GetUtcNow().AddHours(-2), "eu-west-1a", null);

        var detail = await new TaskReader(Ecs, Cache(), new ListedArchive([forgotten])).ReadAsync("prod", "0ld0ld0ld", CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal(TaskSource.Archive, detail.Task.Source);
        Assert.Equal("TaskFailedToStart", detail.Task.StopCode);
        Assert.Equal("users", detail.Service);
        Assert.EndsWith("/users/0ld0ld0ld", Assert.Single(detail.LogSources).Stream);
    }

    [Fact]
    public async Task ReadAsync_UnknownTask_ReturnsNull()
    {
        var detail = await new TaskReader(Ecs, Cache()).ReadAsync("prod", "0123456789abcdef0123456789abcdef", CancellationToken.None);

        Assert.Null(detail);
    }

    private sealed class ListedArchive(IReadOnlyList<StoppedTaskSummary> stopped) : IStoppedTaskArchive
    {
        public (string Cluster, string? Service)? AskedFor { get; private set; }

        public Task<IReadOnlyList<StoppedTaskSummary>> GetStoppedTasksAsync(
            string cluster, string? service, DateTimeOffset? since, int limit, CancellationToken cancellationToken = default)
        {
            AskedFor = (cluster, service);
            return Task.FromResult<IReadOnlyList<StoppedTaskSummary>>([.. stopped.Where(s => s.Cluster == cluster && (service is null || s.Service == service)).Take(limit)]);
        }
    }
}
