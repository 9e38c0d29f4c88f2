using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Iam;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Persistence;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Persistence;

/// <summary>The sandbox's state kept in a directory across a stop and a start, as the console keeps it beside its store.</summary>
public sealed class SandboxPersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sandbox-state-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task StartAsync_AfterStopOnTheSameDirectory_KeepsWhatWasCreatedAsync()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        string clusterArn, roleArn, revision;
        int seededClusters;
        await using (var first = await StartAsync(time))
        {
            clusterArn = (await first.Ecs.CreateClusterAsync(new CreateClusterRequest { ClusterName = "kept", Tags = [new Tag { Key = "ecsconsole:run", Value = "r-1" }] })).Cluster!.ClusterArn!;
            roleArn = (await first.Iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "kept-task",
                AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
                Tags = [new IamTag { Key = "ecsconsole:run", Value = "r-1" }],
            })).Role.Arn;
            revision = (await first.Ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "kept",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "public.ecr.aws/nginx/nginx:1.27", Memory = 256 }],
            })).TaskDefinition!.TaskDefinitionArn!;
            seededClusters = first.Sandbox.Engine.Read(s => s.Clusters.Count);
        }

        Assert.True(File.Exists(Path.Combine(_directory, "sandbox-state-000000000000.json")));
        // A new process: its clock starts afresh (here even earlier than the saved simulated time).
        await using var second = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        var cluster = (await second.Ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = ["kept"], Include = ["TAGS"] })).Clusters!.Single();
        Assert.Equal((clusterArn, "ACTIVE"), (cluster.ClusterArn, cluster.Status));
        Assert.Contains(cluster.Tags!, t => t is { Key: "ecsconsole:run", Value: "r-1" });
        var role = (await second.Iam.GetRoleAsync(new GetRoleRequest { RoleName = "kept-task" })).Role;
        Assert.Equal(roleArn, role.Arn);
        Assert.Contains(role.Tags!, t => t is { Key: "ecsconsole:run", Value: "r-1" });
        Assert.Equal(revision, (await second.Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "kept" })).TaskDefinition!.TaskDefinitionArn);
        Assert.Equal(seededClusters, second.Sandbox.Engine.Read(s => s.Clusters.Count));
        // The seeded roles were not added a second time next to the restored ones.
        Assert.Single(await second.Iam.ListRolesAsync(new ListRolesRequest { PathPrefix = "/aws-service-role/ecs.amazonaws.com/" }).ToListAsync());
    }

    [Fact]
    public async Task StartAsync_AfterStop_EachRegionKeepsItsOwnStateInItsOwnFileAsync()
    {
        await using (var first = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()), "us-east-1"))
        {
            await first.Ecs.CreateClusterAsync(new CreateClusterRequest { ClusterName = "kept-east" });
        }

        Assert.True(File.Exists(Path.Combine(_directory, "sandbox-state-000000000000-us-east-1.json")));
        Assert.True(File.Exists(Path.Combine(_directory, "sandbox-state-222222222222-us-east-1.json")));
        await using var second = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        var east = second.Sandbox.EngineOf("000000000000", "us-east-1").Read(s => s.Clusters.Select(c => c.Name).Order(StringComparer.Ordinal).ToList());
        var west = second.Sandbox.Engine.Read(s => s.Clusters.Select(c => c.Name).ToList());
        Assert.Equal(["edge", "kept-east"], east);
        Assert.DoesNotContain("kept-east", west);
    }

    [Fact]
    public async Task StartAsync_RegionFileOfAnotherRegion_IsSetAsideAsync()
    {
        var file = Path.Combine(_directory, "sandbox-state-000000000000-us-east-1.json");
        await File.WriteAllTextAsync(file, """{"Format":1,"AccountId":"000000000000","Region":"eu-west-1","SavedAt":"2026-01-01T00:00:00+00:00","State":{}}""");

        await using var sandbox = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        Assert.Single(Directory.GetFiles(_directory, "sandbox-state-000000000000-us-east-1.json.unreadable-*"));
        Assert.Equal(["edge"], sandbox.Sandbox.EngineOf("000000000000", "us-east-1").Read(s => s.Clusters.Select(c => c.Name).ToList()));
    }

    [Fact]
    public async Task StartAsync_CorruptStateFile_IsSetAsideAndTheSeedIsUsedAsync()
    {
        var file = Path.Combine(_directory, "sandbox-state-000000000000.json");
        await File.WriteAllTextAsync(file, "{ this is not json");

        await using var sandbox = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        Assert.False(File.Exists(file));
        Assert.Single(Directory.GetFiles(_directory, "sandbox-state-000000000000.json.unreadable-*"));
        Assert.True(sandbox.Sandbox.Engine.Read(s => s.Clusters.Count) > 0);
    }

    [Fact]
    public async Task StartAsync_StateOfAnotherFormat_IsSetAsideAsync()
    {
        var file = Path.Combine(_directory, "sandbox-state-000000000000.json");
        await File.WriteAllTextAsync(file, """{"Format":99,"AccountId":"000000000000","Region":"eu-west-1","SavedAt":"2026-01-01T00:00:00+00:00","State":{},"Iam":{}}""");

        await using var sandbox = await StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        Assert.Single(Directory.GetFiles(_directory, "*.unreadable-*"));
        Assert.True(sandbox.Sandbox.Engine.Read(s => s.Clusters.Count) > 0);
    }

    [Fact]
    public void Restore_SavedLaterThanTheNewClock_MovesTimestampsSoTheSavedMomentIsNow()
    {
        var savedClock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var file = new SandboxStateFile(_directory, "000000000000", NullLogger.Instance);
        var options = SandboxTestContext.Options();
        TimeSpan newestAge;
        using (var engine = new SandboxEngine(options, savedClock))
        {
            savedClock.Advance(TimeSpan.FromMinutes(10));
            newestAge = engine.Read(s => savedClock.GetUtcNow() - s.Clusters.SelectMany(c => c.Tasks).Max(t => t.CreatedAt));
            using var saver = new SandboxPersistence(file, NullLogger.Instance);
            saver.Attach(engine, new EcsConsole.Sandbox.Engine.Iam.IamAccount(engine.Arns, savedClock, seed: true), TimeSpan.Zero);
            saver.Save();
        }

        var newNow = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
        var restored = new SandboxPersistence(file, NullLogger.Instance).Restore(newNow)!.Value;

        var tasks = restored.State.Clusters.SelectMany(c => c.Tasks).ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.True(t.CreatedAt <= newNow, $"{t.Arn} created at {t.CreatedAt:u}, after {newNow:u}"));
        // The newest task is as old at the restored "now" as it was when saved: the stop did not pass for it.
        Assert.Equal(newestAge, newNow - tasks.Max(t => t.CreatedAt));
        Assert.All(restored.Iam!.Roles, r => Assert.True(r.CreatedAt <= newNow));
    }

    private async Task<Clients> StartAsync(FakeTimeProvider time, string? region = null)
    {
        var options = SandboxTestContext.Options();
        options.StateDirectory = _directory;
        options.StateSaveIntervalSeconds = 0;
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(new AwsConnection(new AwsConnectionSettings(region ?? options.Region, null, sandbox.Url.ToString().TrimEnd('/'),
                new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode)))
            .AddAwsClientsWithoutBudget()
            .BuildServiceProvider();
        return new Clients(sandbox, services);
    }

    private sealed class Clients(SandboxServer sandbox, ServiceProvider services) : IAsyncDisposable
    {
        public SandboxServer Sandbox => sandbox;

        public IEcsClient Ecs => services.GetRequiredService<IEcsClient>();

        public IIamClient Iam => services.GetRequiredService<IIamClient>();

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await sandbox.DisposeAsync();
        }
    }
}
