namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class TaskLifecycleTests : IDisposable
{
    private readonly SandboxTestContext sandbox = new();

    [Fact]
    public void UpdateService_NewRevisionOnEc2_TasksMoveThroughEcsStatesOnSchedule()
    {
        sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        sandbox.Advance(1);
        var created = sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.CreatedAt).Distinct().Single());
        var timings = sandbox.Engine.Timings;

        Assert.Equal(["PROVISIONING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning);
        Assert.Equal(["PENDING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning + timings.Ec2Pull);
        Assert.Equal(["ACTIVATING"], Statuses());
        AdvanceTo(created + timings.Ec2Provisioning + timings.Ec2Pull + timings.Activating);
        Assert.Equal(["RUNNING"], Statuses());
        Assert.Equal(["UNKNOWN"], sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
    }

    [Fact]
    public void UpdateService_NewRevision_TasksHealthyAfterStartPeriod()
    {
        sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        sandbox.Advance(1);
        var timings = sandbox.Engine.Timings;
        sandbox.Advance((timings.Ec2Provisioning + timings.Ec2Pull + timings.Activating).TotalSeconds);
        var startedAt = sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.StartedAt!.Value).Distinct().Single());

        AdvanceTo(startedAt + TimeSpan.FromSeconds(14));
        Assert.Equal(["UNKNOWN"], sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
        AdvanceTo(startedAt + TimeSpan.FromSeconds(15));
        Assert.Equal(["HEALTHY"], sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.HealthStatus).Distinct().ToList()));
        Assert.All(sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").SelectMany(t => t.Containers).Select(c => c.HealthStatus).ToList()), h => Assert.Equal("HEALTHY", h));
    }

    [Fact]
    public void UpdateService_BrokenImage_ContainerExitsWithCodeOneAndTaskStops()
    {
        var broken = sandbox.Engine.Ecs.RegisterRevisionWithImage("news", $"{sandbox.Engine.Arns.RepositoryUri("news")}:broken");
        sandbox.Engine.Ecs.UpdateService("staging", "news", broken);
        sandbox.Advance(1);
        var taskId = sandbox.Read(s => sandbox.PrimaryTasks(s, "staging", "news").Single().Id);

        sandbox.Advance(120);

        var task = sandbox.Read(s => sandbox.Cluster(s, "staging").Tasks.Single(t => t.Id == taskId));
        Assert.Equal("STOPPED", task.LastStatus);
        Assert.Equal("EssentialContainerExited", task.StopCode);
        Assert.Equal("Essential container in task exited", task.StoppedReason);
        Assert.Equal(1, task.Containers[0].ExitCode);
        Assert.NotNull(task.StoppedAt);
    }

    [Fact]
    public void UpdateService_ImageMissingFromRegistry_TaskFailsToStartWithPullError()
    {
        var missing = sandbox.Engine.Ecs.RegisterRevisionWithImage("blog", $"{sandbox.Engine.Arns.RepositoryUri("blog")}:9.9.9");
        sandbox.Engine.Ecs.UpdateService("staging", "blog", missing);
        sandbox.Advance(1);
        var taskId = sandbox.Read(s => sandbox.PrimaryTasks(s, "staging", "blog").Single().Id);

        sandbox.Advance(30);

        var task = sandbox.Read(s => sandbox.Cluster(s, "staging").Tasks.Single(t => t.Id == taskId));
        Assert.Equal("STOPPED", task.LastStatus);
        Assert.Equal("TaskFailedToStart", task.StopCode);
        Assert.StartsWith("CannotPullContainerError:", task.StoppedReason);
    }

    [Fact]
    public void StopTask_RunningTaskBehindLoadBalancer_DrainsThenStops()
    {
        var task = sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "news")[0].Id);
        var timings = sandbox.Engine.Timings;

        sandbox.Engine.Ecs.StopTask("prod", task);

        Assert.Equal(("DEACTIVATING", "STOPPED"), TaskStatus("prod", task));
        sandbox.Advance(timings.Draining.TotalSeconds);
        Assert.Equal(("STOPPING", "STOPPED"), TaskStatus("prod", task));
        sandbox.Advance(timings.Stopping.TotalSeconds);
        Assert.Equal(("DEPROVISIONING", "STOPPED"), TaskStatus("prod", task));
        sandbox.Advance(timings.Deprovisioning.TotalSeconds);
        Assert.Equal(("STOPPED", "STOPPED"), TaskStatus("prod", task));
        Assert.Equal("UserInitiated", sandbox.Read(s => sandbox.Cluster(s, "prod").Tasks.Single(t => t.Id == task).StopCode));
    }

    [Fact]
    public void StoppedTask_AfterAnHourOfSimulatedTime_IsNoLongerKnown()
    {
        var task = sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "news")[0].Id);
        sandbox.Engine.Ecs.StopTask("prod", task);
        sandbox.Advance(60);
        var stoppedAt = sandbox.Read(s => sandbox.Cluster(s, "prod").Tasks.Single(t => t.Id == task).StoppedAt!.Value);

        AdvanceTo(stoppedAt + TimeSpan.FromMinutes(59));
        Assert.True(sandbox.Read(s => sandbox.Cluster(s, "prod").Tasks.Any(t => t.Id == task)));
        AdvanceTo(stoppedAt + TimeSpan.FromMinutes(60));
        Assert.False(sandbox.Read(s => sandbox.Cluster(s, "prod").Tasks.Any(t => t.Id == task)));
    }

    public void Dispose() => sandbox.Dispose();

    private List<string> Statuses() =>
        sandbox.Read(s => sandbox.PrimaryTasks(s, "prod", "users").Select(t => t.LastStatus).Distinct().ToList());

    private (string LastStatus, string DesiredStatus) TaskStatus(string cluster, string id) =>
        sandbox.Read(s => sandbox.Cluster(s, cluster).Tasks.Single(t => t.Id == id) is var t ? (t.LastStatus, t.DesiredStatus) : default);

    private void AdvanceTo(DateTimeOffset time) => sandbox.Time.Advance(time - sandbox.Time.GetUtcNow());
}
