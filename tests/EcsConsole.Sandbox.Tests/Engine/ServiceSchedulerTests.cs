namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ServiceSchedulerTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void StopTask_ServiceTask_SchedulerStartsReplacementToKeepDesiredCount()
    {
        var stopped = _sandbox.Read(s => _sandbox.PrimaryTasks(s, "staging", "users")[0].Id);

        _sandbox.Engine.Ecs.StopTask("staging", stopped);
        _sandbox.Advance(1);

        var alive = _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Where(t => t.ServiceName == "users" && t.IsAlive).Select(t => t.Id).ToList());
        Assert.Equal(2, alive.Count);
        Assert.DoesNotContain(stopped, alive);
        var replacement = alive.Single(id => _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Single(t => t.Id == id).LastStatus) == "PROVISIONING");
        Assert.Equal($"(service users) has started 1 tasks: (task {replacement}).", _sandbox.Read(s => _sandbox.Service(s, "staging", "users").Events[0].Message));
    }

    [Fact]
    public void ServiceEvents_AfterActivity_AreNewestFirst()
    {
        _sandbox.Engine.Ecs.StopTask("staging", _sandbox.Read(s => _sandbox.PrimaryTasks(s, "staging", "users")[0].Id));
        _sandbox.Advance(120);

        var events = _sandbox.Read(s => _sandbox.Service(s, "staging", "users").Events.ToList());

        Assert.Equal(events.OrderByDescending(e => e.CreatedAt).Select(e => e.Id), events.Select(e => e.Id));
        Assert.Contains(events, e => e.Message.StartsWith("(service users) deregistered 1 targets in (target-group arn:aws:elasticloadbalancing:", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Message.StartsWith("(service users) registered 1 targets in (target-group ", StringComparison.Ordinal));
        Assert.Equal("(service users) has reached a steady state.", events[0].Message);
    }

    [Fact]
    public void UpdateService_NewRevision_RollsOutAndCompletes()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "market", "market:3");
        _sandbox.Advance(1);
        Assert.Equal(["PRIMARY", "ACTIVE"], _sandbox.Read(s => _sandbox.Service(s, "prod", "market").Deployments.Select(d => d.Status).ToList()));
        Assert.Equal("IN_PROGRESS", _sandbox.Read(s => _sandbox.Service(s, "prod", "market").Primary!.RolloutState));

        _sandbox.Advance(300);

        var service = _sandbox.Read(s => _sandbox.Service(s, "prod", "market"));
        var tasks = _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Where(t => t.ServiceName == "market" && t.IsAlive).ToList());
        Assert.Equal("COMPLETED", service.Primary!.RolloutState);
        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(service.Primary.TaskDefinitionArn, t.TaskDefinitionArn));
        Assert.All(tasks, t => Assert.Equal("HEALTHY", t.HealthStatus));
        Assert.Contains(service.Events, e => e.Message == $"(service market) (deployment {service.Primary.Id}) deployment completed.");
        Assert.Contains(service.Events, e => e.Message.StartsWith("(service market) has stopped ", StringComparison.Ordinal));
    }

    [Fact]
    public void UpdateService_NewRevision_NeverDropsBelowMinimumHealthyPercent()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "market", "market:3");

        for (var second = 0; second < 300; second++)
        {
            _sandbox.Advance(1);
            var healthy = _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Count(t => t.ServiceName == "market" && t.IsAlive && t.LastStatus == "RUNNING" && t.HealthStatus == "HEALTHY"));
            Assert.True(healthy >= 4, $"only {healthy} healthy market tasks after {second + 1}s");
        }
    }

    [Fact]
    public void UpdateService_BrokenImage_CircuitBreakerRollsBack()
    {
        var stable = _sandbox.Read(s => _sandbox.Service(s, "staging", "news").TaskDefinitionArn);
        var broken = _sandbox.Engine.Ecs.RegisterRevisionWithImage("news", $"{_sandbox.Engine.Arns.RepositoryUri("news")}:broken");
        _sandbox.Engine.Ecs.UpdateService("staging", "news", broken);

        _sandbox.Advance(120);

        var service = _sandbox.Read(s => _sandbox.Service(s, "staging", "news"));
        var failed = service.Deployments.Single(d => d.TaskDefinitionArn == broken);
        Assert.Equal("FAILED", failed.RolloutState);
        Assert.Equal(3, failed.FailedTasks);
        Assert.Equal(stable, service.TaskDefinitionArn);
        Assert.Contains(service.Events, e => e.Message == $"(service news) (deployment {failed.Id}) deployment failed: tasks failed to start.");
        _sandbox.Advance(300);
        Assert.Equal("COMPLETED", _sandbox.Read(s => _sandbox.Service(s, "staging", "news").Primary!.RolloutState));
    }

    [Fact]
    public void UpdateService_HigherDesiredCount_StartsMoreTasks()
    {
        _sandbox.Engine.Ecs.UpdateService("staging", "blog", desiredCount: 3);
        _sandbox.Advance(60);

        Assert.Equal(3, _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Count(t => t.ServiceName == "blog" && t.IsAlive && t.LastStatus == "RUNNING")));
    }

    [Fact]
    public void UpdateService_LowerDesiredCount_StopsSurplusTasks()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "market", desiredCount: 1);
        _sandbox.Advance(1);

        Assert.Equal(1, _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Count(t => t.ServiceName == "market" && t.IsAlive)));
        var events = _sandbox.Read(s => _sandbox.Service(s, "prod", "market").Events.Select(e => e.Message).ToList());
        Assert.Contains(events, m => m.StartsWith("(service market) has stopped 3 running tasks: ", StringComparison.Ordinal));
    }

    [Fact]
    public void UpdateService_NoRoomOnInstances_ReportsPlacementFailure()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "market", desiredCount: 40);
        _sandbox.Advance(1);

        var events = _sandbox.Read(s => _sandbox.Service(s, "prod", "market").Events.Select(e => e.Message).ToList());
        Assert.Contains(events, m => m.StartsWith("(service market) was unable to place a task because no container instance met all of its requirements.", StringComparison.Ordinal));
    }

    public void Dispose() => _sandbox.Dispose();
}
