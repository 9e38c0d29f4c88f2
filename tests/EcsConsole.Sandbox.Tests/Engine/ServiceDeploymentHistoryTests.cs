using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ServiceDeploymentHistoryTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void Seed_EveryService_HasTwoSuccessfulServiceDeployments()
    {
        var history = _sandbox.Read(s => s.Clusters.SelectMany(c => c.Services).Select(sv => sv.DeploymentHistory.Select(d => d.DeploymentStatus).ToList()).ToList());

        Assert.All(history, h => Assert.Equal(["SUCCESSFUL", "SUCCESSFUL"], h));
    }

    [Fact]
    public void UpdateService_NewRevision_ServiceDeploymentSucceedsWithNewRevision()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        Assert.Equal("IN_PROGRESS", Latest("prod", "users").DeploymentStatus);

        _sandbox.Advance(300);

        var latest = Latest("prod", "users");
        Assert.Equal("SUCCESSFUL", latest.DeploymentStatus);
        Assert.NotNull(latest.FinishedAt);
        var revision = _sandbox.Read(s => _sandbox.Service(s, "prod", "users").Revisions.Single(r => r.Arn == latest.ServiceRevisionArn));
        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:task-definition/users:5", revision.TaskDefinitionArn);
        Assert.EndsWith("/users:1.4.2", revision.ContainerImages.Single().Image);
        Assert.StartsWith("sha256:", revision.ContainerImages.Single().ImageDigest);
    }

    [Fact]
    public void UpdateService_BrokenImage_ServiceDeploymentRolledBackToPreviousRevision()
    {
        var previousRevision = Latest("staging", "news").ServiceRevisionArn;
        var broken = _sandbox.Engine.Ecs.RegisterRevisionWithImage("news", $"{_sandbox.Engine.Arns.RepositoryUri("news")}:broken");
        _sandbox.Engine.Ecs.UpdateService("staging", "news", broken);

        _sandbox.Advance(120);
        Assert.Equal("ROLLBACK_IN_PROGRESS", Latest("staging", "news").DeploymentStatus);
        _sandbox.Advance(300);

        var failed = Latest("staging", "news");
        Assert.Equal("ROLLBACK_SUCCESSFUL", failed.DeploymentStatus);
        Assert.Equal(previousRevision, failed.RollbackRevisionArn);
        Assert.Equal(3, _sandbox.Read(s => _sandbox.Service(s, "staging", "news").DeploymentHistory.Count));
    }

    [Fact]
    public void StopServiceDeployment_InProgress_RollsBackToPreviousTaskDefinition()
    {
        var previous = _sandbox.Read(s => _sandbox.Service(s, "prod", "market").TaskDefinitionArn);
        _sandbox.Engine.Ecs.UpdateService("prod", "market", "market:3");
        _sandbox.Advance(5);

        _sandbox.Engine.Ecs.StopServiceDeployment(Latest("prod", "market").ServiceDeploymentArn);
        _sandbox.Advance(300);

        Assert.Equal(previous, _sandbox.Read(s => _sandbox.Service(s, "prod", "market").TaskDefinitionArn));
        Assert.Equal("ROLLBACK_SUCCESSFUL", Latest("prod", "market").DeploymentStatus);
        Assert.All(_sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.Where(t => t.ServiceName == "market" && t.IsAlive).ToList()), t => Assert.Equal(previous, t.TaskDefinitionArn));
    }

    [Fact]
    public void StopServiceDeployment_AlreadySuccessful_RefusedWithConflict()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.StopServiceDeployment(Latest("prod", "blog").ServiceDeploymentArn));

        Assert.Equal("ConflictException", error.Code);
    }

    [Fact]
    public void UpdateService_TwiceInARow_FirstServiceDeploymentStopped()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        _sandbox.Advance(3);
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:3");

        var history = _sandbox.Read(s => _sandbox.Service(s, "prod", "users").DeploymentHistory.ToList());
        Assert.Equal("IN_PROGRESS", history[0].DeploymentStatus);
        Assert.Equal("STOPPED", history[1].DeploymentStatus);
        Assert.Equal("Service deployment stopped because a newer service deployment was started.", history[1].DeploymentStatusReason);
    }

    [Fact]
    public void StopServiceDeployment_AbortRolling_StoppedAndNoRollback()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "market", "market:3");
        _sandbox.Advance(5);

        _sandbox.Engine.Ecs.StopServiceDeployment(Latest("prod", "market").ServiceDeploymentArn, "ABORT");
        _sandbox.Advance(300);

        var stopped = Latest("prod", "market");
        Assert.Equal("STOPPED", stopped.DeploymentStatus);
        Assert.Null(stopped.RollbackStartedAt);
        Assert.Equal(2, _sandbox.Read(s => _sandbox.Service(s, "prod", "market").DeploymentHistory.Count(d => d.DeploymentStatus == "SUCCESSFUL")));
    }

    [Fact]
    public void UpdateService_CountThreshold_CircuitBreakerTripsAtThatCount()
    {
        _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("prod", "news", Configuration: c => c with { CircuitBreaker = new CircuitBreakerState(true, true, ThresholdType: "COUNT", ThresholdValue: 5) }));
        var broken = _sandbox.Engine.Ecs.RegisterRevisionWithImage("news", $"{_sandbox.Engine.Arns.RepositoryUri("news")}:broken");
        _sandbox.Engine.Ecs.UpdateService("prod", "news", broken);

        _sandbox.Advance(600);

        var failed = Latest("prod", "news");
        Assert.Equal("ROLLBACK_SUCCESSFUL", failed.DeploymentStatus);
        Assert.Equal(5, failed.FailedTasks);
        Assert.Equal(5, failed.Configuration.CircuitBreaker.Threshold(2));
    }

    public void Dispose() => _sandbox.Dispose();

    private DeploymentState Latest(string cluster, string service) => _sandbox.Read(s => _sandbox.Service(s, cluster, service).DeploymentHistory[0]);
}
