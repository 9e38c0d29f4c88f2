using EcsConsole.Sandbox.Engine.Logs;

namespace EcsConsole.Sandbox.Tests.Logs;

public sealed class TaskLogGeneratorTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void Events_NewTask_StartsWithStartupLinesAtStartedAt()
    {
        _sandbox.Engine.Ecs.UpdateService("staging", "news", forceNewDeployment: true);
        _sandbox.Advance(120);

        var (started, events) = _sandbox.Read(s =>
        {
            var task = _sandbox.PrimaryTasks(s, "staging", "news").Single();
            return (task.StartedAt!.Value, TaskLogGenerator.Events(task, task.Containers[0], _sandbox.Time.GetUtcNow()));
        });

        Assert.Equal(started, events[0].Timestamp);
        Assert.Contains("Starting news 2.3.1", events[0].Message);
        Assert.Contains(events, e => e.Message.Contains("Now listening on: http://0.0.0.0:8080", StringComparison.Ordinal));
        Assert.Equal(events.OrderBy(e => e.Timestamp).Select(e => e.EventId), events.Select(e => e.EventId));
    }

    [Fact]
    public void Events_BrokenImage_EndWithTheCrash()
    {
        var broken = _sandbox.Engine.Ecs.RegisterRevisionWithImage("blog", $"{_sandbox.Engine.Arns.RepositoryUri("blog")}:broken");
        _sandbox.Engine.Ecs.UpdateService("staging", "blog", broken);
        _sandbox.Advance(30);

        var events = _sandbox.Read(s =>
        {
            var task = _sandbox.Cluster(s, "staging").Tasks.First(t => t.TaskDefinitionArn == broken && t.StopCode == "EssentialContainerExited");
            return TaskLogGenerator.Events(task, task.Containers[0], _sandbox.Time.GetUtcNow());
        });

        Assert.Contains("Required setting 'DATABASE_URL' is missing", events[^2].Message);
        Assert.EndsWith("Host terminated unexpectedly (exit code 1)", events[^1].Message);
    }

    [Fact]
    public void Events_ReadTwice_AreTheSame()
    {
        var first = _sandbox.Read(s => Messages(s));
        var second = _sandbox.Read(s => Messages(s));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Streams_UsersLogGroup_OneStreamPerRunningTask()
    {
        var streams = _sandbox.Read(s => LogCatalog.Streams(s, "/ecs/users").Select(st => st.Name).ToList());

        Assert.Equal(3 + 2, streams.Count);
        Assert.All(streams, name => Assert.Matches("^ecs/users/[0-9a-f]{32}$", name));
    }

    public void Dispose() => _sandbox.Dispose();

    private List<string> Messages(EcsConsole.Sandbox.Engine.SandboxState state)
    {
        var task = _sandbox.PrimaryTasks(state, "prod", "market")[0];
        return TaskLogGenerator.Events(task, task.Containers[0], _sandbox.Time.GetUtcNow()).Select(e => e.Message).ToList();
    }
}
