namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class LifecycleHookTests : IDisposable
{
    private readonly StagedDeploymentFixture _users = new();

    [Fact]
    public void PauseHook_PostScaleUp_WaitsInProgressWithoutTraffic()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));

        _users.RunUntil(() => _users.AwaitingHook() is not null);
        _users.Sandbox.Advance(1800);

        Assert.Equal("IN_PROGRESS", _users.Latest().DeploymentStatus);
        Assert.Equal("POST_SCALE_UP", _users.Stage());
        Assert.Equal(0, _users.GreenWeight());
        Assert.NotNull(_users.AwaitingHook());
        Assert.Contains(_users.Events(), e => e.Contains("is paused at lifecycle stage POST_SCALE_UP", StringComparison.Ordinal));
    }

    [Fact]
    public void ContinueServiceDeployment_Continue_DeploymentCompletes()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));
        _users.RunUntil(() => _users.AwaitingHook() is not null);

        var arn = _users.Sandbox.Engine.Ecs.ContinueServiceDeployment(_users.Latest().ServiceDeploymentArn, _users.AwaitingHook()!.HookId, "CONTINUE");
        _users.RunUntil(_users.Finished);

        Assert.Equal(_users.Latest().ServiceDeploymentArn, arn);
        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal("SUCCEEDED", _users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void ContinueServiceDeployment_Rollback_BlueKeepsServing()
    {
        var blueTasks = _users.AliveTaskIds();
        var blueDefinition = _users.Sandbox.Read(s => _users.Users(s).TaskDefinitionArn);
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_TEST_TRAFFIC_SHIFT")), "users:4");
        _users.RunUntil(() => _users.AwaitingHook() is not null);
        Assert.Equal(100, _users.GreenWeight(test: true));

        _users.Sandbox.Engine.Ecs.ContinueServiceDeployment(_users.Latest().ServiceDeploymentArn, _users.AwaitingHook()!.HookId, "ROLLBACK");
        Assert.Equal(0, _users.GreenWeight(test: true));
        _users.RunUntil(_users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal(blueTasks, _users.AliveTaskIds());
        Assert.Equal(blueDefinition, _users.Sandbox.Read(s => _users.Users(s).TaskDefinitionArn));
    }

    [Fact]
    public void ContinueServiceDeployment_HookNotWaiting_ClientException()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));
        _users.RunUntil(() => _users.AwaitingHook() is not null);
        var hook = _users.AwaitingHook()!.HookId;
        _users.Sandbox.Engine.Ecs.ContinueServiceDeployment(_users.Latest().ServiceDeploymentArn, hook);

        var error = Assert.Throws<SandboxApiException>(() => _users.Sandbox.Engine.Ecs.ContinueServiceDeployment(_users.Latest().ServiceDeploymentArn, hook));

        Assert.Equal("ClientException", error.Code);
    }

    [Fact]
    public void PauseHook_TimeoutWithContinue_DeploymentGoesOn()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP", timeoutMinutes: 2, timeoutAction: "CONTINUE")));

        _users.RunUntil(_users.Finished);

        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal("TIMED_OUT", _users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void PauseHook_TimeoutDefaultAction_RollsBack()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP", timeoutMinutes: 2)));

        _users.RunUntil(_users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", _users.Latest().DeploymentStatus);
    }

    [Fact]
    public void LambdaHook_Succeeds_DeploymentGoesOn()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Lambda("smoke-test", "POST_TEST_TRAFFIC_SHIFT")));

        _users.RunUntil(_users.Finished);

        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal("SUCCEEDED", _users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void LambdaHook_FunctionThatFails_RollsBack()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Lambda("smoke-test-fail", "POST_TEST_TRAFFIC_SHIFT")));

        _users.RunUntil(_users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Contains("failed", _users.Latest().RollbackReason);
    }

    public void Dispose() => _users.Dispose();
}
