namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class StagedRollbackTests : IDisposable
{
    private readonly StagedDeploymentFixture _users = new();

    [Fact]
    public void StopServiceDeployment_RollbackDuringBake_TrafficBackToBlueAtOnce()
    {
        var blueTasks = _users.AliveTaskIds();
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 10));
        _users.RunUntil(() => _users.Stage() == "BAKE_TIME");

        _users.Sandbox.Engine.Ecs.StopServiceDeployment(_users.Latest().ServiceDeploymentArn, "ROLLBACK");

        Assert.Equal(0, _users.GreenWeight());
        Assert.Equal(0, _users.GreenWeight(test: true));
        Assert.Equal("ROLLBACK_IN_PROGRESS", _users.Latest().DeploymentStatus);
        _users.RunUntil(_users.Finished);
        Assert.Equal("ROLLBACK_SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal(blueTasks, _users.AliveTaskIds());
        Assert.NotNull(_users.Latest().RollbackRevisionArn);
        Assert.Equal("BAKE_TIME", _users.Stage());
    }

    [Fact]
    public void StopServiceDeployment_Abort_StoppedWithBlueServing()
    {
        var blueTasks = _users.AliveTaskIds();
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 10));
        _users.RunUntil(() => _users.Stage() == "BAKE_TIME");

        _users.Sandbox.Engine.Ecs.StopServiceDeployment(_users.Latest().ServiceDeploymentArn, "ABORT");
        Assert.Equal("STOP_REQUESTED", _users.Latest().DeploymentStatus);
        _users.RunUntil(_users.Finished);

        Assert.Equal("STOPPED", _users.Latest().DeploymentStatus);
        Assert.Null(_users.Latest().RollbackStartedAt);
        Assert.Equal(blueTasks, _users.AliveTaskIds());
    }

    [Fact]
    public void StopServiceDeployment_RollbackInCleanUp_RollsBackRolling()
    {
        var blueDefinition = _users.Sandbox.Read(s => _users.Users(s).TaskDefinitionArn);
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0), "users:4");
        _users.RunUntil(() => _users.Stage() == "CLEAN_UP");

        _users.Sandbox.Engine.Ecs.StopServiceDeployment(_users.Latest().ServiceDeploymentArn, "ROLLBACK");
        _users.RunUntil(_users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal(blueDefinition, _users.Sandbox.Read(s => _users.Users(s).TaskDefinitionArn));
        _users.Sandbox.Advance(300);
        Assert.Equal(2, _users.AliveTaskIds(t => t.TaskDefinitionArn == blueDefinition && t.LastStatus == "RUNNING").Count);
    }

    [Fact]
    public void CircuitBreaker_BrokenImageBlueGreen_RollsBackWithoutShiftingTraffic()
    {
        var blueTasks = _users.AliveTaskIds();
        var broken = _users.Sandbox.Engine.Ecs.RegisterRevisionWithImage("users", $"{_users.Sandbox.Engine.Arns.RepositoryUri("users")}:broken");
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c), broken);

        var weights = _users.RunUntil(_users.Finished, () => _users.GreenWeight());

        Assert.Equal([0], weights);
        var failed = _users.Latest();
        Assert.Equal("ROLLBACK_SUCCESSFUL", failed.DeploymentStatus);
        Assert.Equal("Service deployment rolled back because the circuit breaker threshold was exceeded.", failed.RollbackReason);
        Assert.True(failed.FailedTasks >= 3);
        Assert.Equal(blueTasks, _users.AliveTaskIds());
        Assert.Contains(_users.Events(), e => e.Contains("deployment failed: tasks failed to start", StringComparison.Ordinal));
    }

    [Fact]
    public void CircuitBreaker_WithoutRollback_StoppedAndTrafficStaysOnBlue()
    {
        var broken = _users.Sandbox.Engine.Ecs.RegisterRevisionWithImage("users", $"{_users.Sandbox.Engine.Arns.RepositoryUri("users")}:broken");
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c) with { CircuitBreaker = new(Enable: true, Rollback: false) }, broken);

        _users.RunUntil(_users.Finished);

        Assert.Equal("STOPPED", _users.Latest().DeploymentStatus);
        Assert.Equal(0, _users.GreenWeight());
    }

    public void Dispose() => _users.Dispose();
}
