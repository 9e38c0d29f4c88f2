namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class StagedRollbackTests : IDisposable
{
    private readonly StagedDeploymentFixture users = new();

    [Fact]
    public void StopServiceDeployment_RollbackDuringBake_TrafficBackToBlueAtOnce()
    {
        var blueTasks = users.AliveTaskIds();
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 10));
        users.RunUntil(() => users.Stage() == "BAKE_TIME");

        users.Sandbox.Engine.Ecs.StopServiceDeployment(users.Latest().ServiceDeploymentArn, "ROLLBACK");

        Assert.Equal(0, users.GreenWeight());
        Assert.Equal(0, users.GreenWeight(test: true));
        Assert.Equal("ROLLBACK_IN_PROGRESS", users.Latest().DeploymentStatus);
        users.RunUntil(users.Finished);
        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal(blueTasks, users.AliveTaskIds());
        Assert.NotNull(users.Latest().RollbackRevisionArn);
        Assert.Equal("BAKE_TIME", users.Stage());
    }

    [Fact]
    public void StopServiceDeployment_Abort_StoppedWithBlueServing()
    {
        var blueTasks = users.AliveTaskIds();
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 10));
        users.RunUntil(() => users.Stage() == "BAKE_TIME");

        users.Sandbox.Engine.Ecs.StopServiceDeployment(users.Latest().ServiceDeploymentArn, "ABORT");
        Assert.Equal("STOP_REQUESTED", users.Latest().DeploymentStatus);
        users.RunUntil(users.Finished);

        Assert.Equal("STOPPED", users.Latest().DeploymentStatus);
        Assert.Null(users.Latest().RollbackStartedAt);
        Assert.Equal(blueTasks, users.AliveTaskIds());
    }

    [Fact]
    public void StopServiceDeployment_RollbackInCleanUp_RollsBackRolling()
    {
        var blueDefinition = users.Sandbox.Read(s => users.Users(s).TaskDefinitionArn);
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0), "users:4");
        users.RunUntil(() => users.Stage() == "CLEAN_UP");

        users.Sandbox.Engine.Ecs.StopServiceDeployment(users.Latest().ServiceDeploymentArn, "ROLLBACK");
        users.RunUntil(users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal(blueDefinition, users.Sandbox.Read(s => users.Users(s).TaskDefinitionArn));
        users.Sandbox.Advance(300);
        Assert.Equal(2, users.AliveTaskIds(t => t.TaskDefinitionArn == blueDefinition && t.LastStatus == "RUNNING").Count);
    }

    [Fact]
    public void CircuitBreaker_BrokenImageBlueGreen_RollsBackWithoutShiftingTraffic()
    {
        var blueTasks = users.AliveTaskIds();
        var broken = users.Sandbox.Engine.Ecs.RegisterRevisionWithImage("users", $"{users.Sandbox.Engine.Arns.RepositoryUri("users")}:broken");
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c), broken);

        var weights = users.RunUntil(users.Finished, () => users.GreenWeight());

        Assert.Equal([0], weights);
        var failed = users.Latest();
        Assert.Equal("ROLLBACK_SUCCESSFUL", failed.DeploymentStatus);
        Assert.Equal("Service deployment rolled back because the circuit breaker threshold was exceeded.", failed.RollbackReason);
        Assert.True(failed.FailedTasks >= 3);
        Assert.Equal(blueTasks, users.AliveTaskIds());
        Assert.Contains(users.Events(), e => e.Contains("deployment failed: tasks failed to start", StringComparison.Ordinal));
    }

    [Fact]
    public void CircuitBreaker_WithoutRollback_StoppedAndTrafficStaysOnBlue()
    {
        var broken = users.Sandbox.Engine.Ecs.RegisterRevisionWithImage("users", $"{users.Sandbox.Engine.Arns.RepositoryUri("users")}:broken");
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c) with { CircuitBreaker = new(Enable: true, Rollback: false) }, broken);

        users.RunUntil(users.Finished);

        Assert.Equal("STOPPED", users.Latest().DeploymentStatus);
        Assert.Equal(0, users.GreenWeight());
    }

    public void Dispose() => users.Dispose();
}
