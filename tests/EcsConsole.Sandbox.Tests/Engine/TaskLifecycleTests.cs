namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class TaskLifecycleTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void UpdateService_NewRevisionOnEc2_TasksMoveThroughEcsStatesOnSchedule()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        _sandbox.Advance(1);
        var created = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.CreatedAt).Distinct().Single());
        var timings = _sandbox.Engine.Timings;

        Assert.Equal(["PROVISIONING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning);
        Assert.Equal(["PENDING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning + timings.Ec2Pull);
        Assert.Equal(["ACTIVATING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning + timings.Ec2Pull + timings.Activating);
        Assert.Equal(["RUNNING"], Statuses());
        Assert.Equal(["UNKNOWN"], _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
    }

    [Fact]
    public void UpdateService_NewRevision_TasksHealthyAfterStartPeriod()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        _sandbox.Advance(1);
        var timings = _sandbox.Engine.Timings;
        _sandbox.Advance((timings.Ec2Provisioning + timings.Ec2Pull + timings.Activating).TotalSeconds);
        var startedAt = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.StartedAt!.Value).Distinct().Single());

        AdvanceTo(startedAt + TimeSpan.FromSeconds(14));
        Assert.Equal(["UNKNOWN"], _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
        AdvanceTo(startedAt + TimeSpan.FromSeconds(15));
        Assert.Equal(["HEALTHY"], _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
        Assert.All(_sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").SelectMany(t => t.Containers).Select(c => c.HealthStatus).ToList()), h => Assert.Equal("HEALTHY", h));
    }

    [Fact]
    public void UpdateService_BrokenImage_ContainerExitsWithCodeOneAndTaskStops()
    {
        var broken = _sandbox.Engine.Ecs.RegisterRevisionWithImage("news", $"{_sandbox.Engine.Arns.RepositoryUri("news")}:broken");
        _sandbox.Engine.Ecs.UpdateService("staging", "news", broken);
        _sandbox.Advance(1);
        var taskId = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "staging", "news").Single().Id);

        _sandbox.Advance(120);

        var task = _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Single(t => t.Id == taskId));
        Assert.Equal("STOPPED", task.LastStatus);
        Assert.Equal("EssentialContainerExited", task.StopCode);
        Assert.Equal("Essential container in task exited", task.StoppedReason);
        Assert.Equal(1, task.Containers[0].ExitCode);
        Assert.NotNull(task.StoppedAt);
    }

    [Fact]
    public void UpdateService_ImageMissingFromRegistry_TaskFailsToStartWithPullError()
    {
        var missing = _sandbox.Engine.Ecs.RegisterRevisionWithImage("blog", $"{_sandbox.Engine.Arns.RepositoryUri("blog")}:9.9.9");
        _sandbox.Engine.Ecs.UpdateService("staging", "blog", missing);
        _sandbox.Advance(1);
        var taskId = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "staging", "blog").Single().Id);

        _sandbox.Advance(30);

        var task = _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Single(t => t.Id == taskId));
        Assert.Equal("STOPPED", task.LastStatus);
        Assert.Equal("TaskFailedToStart", task.StopCode);
        Assert.StartsWith("CannotPullContainerError:", task.StoppedReason);
    }

    [Fact]
    public void StopTask_RunningTaskBehindLoadBalancer_DrainsThenStops()
    {
        var task = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "news")[0].Id);
        var timings = _sandbox.Engine.Timings;

        _sandbox.Engine.Ecs.StopTask("prod", task);

        Assert.Equal(("DEACTIVATING", "STOPPED"), TaskStatus("prod", task));
        _sandbox.Advance(timings.Draining.TotalSeconds);
        Assert.Equal(("STOPPING", "STOPPED"), TaskStatus("prod", task));
        _sandbox.Advance(timings.Stopping.TotalSeconds);
        Assert.Equal(("DEPROVISIONING", "STOPPED"), TaskStatus("prod", task));
        _sandbox.Advance(timings.Deprovisioning.TotalSeconds);
        Assert.Equal(("STOPPED", "STOPPED"), TaskStatus("prod", task));
        Assert.Equal("UserInitiated", _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Single(t => t.Id == task).StopCode));
    }

    [Fact]
    public void StoppedTask_AfterAnHourOfSimulatedTime_IsNoLongerKnown()
    {
        var task = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "news")[0].Id);
        _sandbox.Engine.Ecs.StopTask("prod", task);
        _sandbox.Advance(60);
        var stoppedAt = _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Single(t => t.Id == task).StoppedAt!.Value);

        AdvanceTo(stoppedAt + TimeSpan.FromMinutes(59));
        Assert.True(_sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Any(t => t.Id == task)));
        AdvanceTo(stoppedAt + TimeSpan.FromMinutes(60));
        Assert.False(_sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Any(t => t.Id == task)));
    }

    public void Dispose() => _sandbox.Dispose();

    private List<string> Statuses() =>
        _sandbox.Read(s => _sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.LastStatus).Distinct().ToList());

    private (string LastStatus, string DesiredStatus) TaskStatus(string cluster, string id) =>
        _sandbox.Read(s => _sandbox.Cluster(s, cluster).Tasks.Single(t => t.Id == id) is var t ? (t.LastStatus, t.DesiredStatus) : default);

    private void AdvanceTo(DateTimeOffset time) => _sandbox.Time.Advance(time - _sandbox.Time.GetUtcNow());
}
