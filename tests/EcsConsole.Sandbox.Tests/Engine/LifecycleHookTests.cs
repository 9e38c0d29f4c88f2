namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class LifecycleHookTests : IDisposable
{
    private readonly StagedDeploymentFixture users = new();

    [Fact]
    public void PauseHook_PostScaleUp_WaitsInProgressWithoutTraffic()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));

        users.RunUntil(() => users.AwaitingHook() is not null);
        users.Sandbox.Advance(1800);

        Assert.Equal("IN_PROGRESS", users.Latest().DeploymentStatus);
        Assert.Equal("POST_SCALE_UP", users.Stage());
        Assert.Equal(0, users.GreenWeight());
        Assert.NotNull(users.AwaitingHook());
        Assert.Contains(users.Events(), e => e.Contains("is paused at lifecycle stage POST_SCALE_UP", StringComparison.Ordinal));
    }

    [Fact]
    public void ContinueServiceDeployment_Continue_DeploymentCompletes()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));
        users.RunUntil(() => users.AwaitingHook() is not null);

        var arn = users.Sandbox.Engine.Ecs.ContinueServiceDeployment(users.Latest().ServiceDeploymentArn, users.AwaitingHook()!.HookId, "CONTINUE");
        users.RunUntil(users.Finished);

        Assert.Equal(users.Latest().ServiceDeploymentArn, arn);
        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal("SUCCEEDED", users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void ContinueServiceDeployment_Rollback_BlueKeepsServing()
    {
        var blueTasks = users.AliveTaskIds();
        var blueDefinition = users.Sandbox.Read(s => users.Users(s).TaskDefinitionArn);
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_TEST_TRAFFIC_SHIFT")), "users:4");
        users.RunUntil(() => users.AwaitingHook() is not null);
        Assert.Equal(100, users.GreenWeight(test: true));

        users.Sandbox.Engine.Ecs.ContinueServiceDeployment(users.Latest().ServiceDeploymentArn, users.AwaitingHook()!.HookId, "ROLLBACK");
        Assert.Equal(0, users.GreenWeight(test: true));
        users.RunUntil(users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal(blueTasks, users.AliveTaskIds());
        Assert.Equal(blueDefinition, users.Sandbox.Read(s => users.Users(s).TaskDefinitionArn));
    }

    [Fact]
    public void ContinueServiceDeployment_HookNotWaiting_ClientException()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP")));
        users.RunUntil(() => users.AwaitingHook() is not null);
        var hook = users.AwaitingHook()!.HookId;
        users.Sandbox.Engine.Ecs.ContinueServiceDeployment(users.Latest().ServiceDeploymentArn, hook);

        var error = Assert.Throws<SandboxApiException>(() => users.Sandbox.Engine.Ecs.ContinueServiceDeployment(users.Latest().ServiceDeploymentArn, hook));

        Assert.Equal("ClientException", error.Code);
    }

    [Fact]
    public void PauseHook_TimeoutWithContinue_DeploymentGoesOn()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP", timeoutMinutes: 2, timeoutAction: "CONTINUE")));

        users.RunUntil(users.Finished);

        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal("TIMED_OUT", users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void PauseHook_TimeoutDefaultAction_RollsBack()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Pause("POST_SCALE_UP", timeoutMinutes: 2)));

        users.RunUntil(users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
    }

    [Fact]
    public void LambdaHook_Succeeds_DeploymentGoesOn()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Lambda("smoke-test", "POST_TEST_TRAFFIC_SHIFT")));

        users.RunUntil(users.Finished);

        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal("SUCCEEDED", users.Latest().Staged!.HookRuns.Single().Status);
    }

    [Fact]
    public void LambdaHook_FunctionThatFails_RollsBack()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, hooks: StagedDeploymentFixture.Lambda("smoke-test-fail", "POST_TEST_TRAFFIC_SHIFT")));

        users.RunUntil(users.Finished);

        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Contains("failed", users.Latest().RollbackReason);
    }

    public void Dispose() => users.Dispose();
}
