using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Rollouts.CodeDeploy;
using EcsConsole.Core.Security;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Rollouts.CodeDeploy;

/// <summary>A CODE_DEPLOY-controlled staging service deployed through CodeDeploy on the sandbox, on the fake clock.</summary>
public sealed class SandboxCodeDeployTests : IAsyncLifetime
{
    private static readonly CodeDeployTarget Conventional = new("AppECS-staging-legacy-web", "DgpECS-staging-legacy-web");
    private RolloutSandbox _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await RolloutSandbox.StartAsync();
        _sandbox.Sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", "legacy-web", "blog:3", 1, null, [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>(), DeploymentController: "CODE_DEPLOY"));
        // The console never creates CodeDeploy applications; the test does, over the same wire.
        var json = _sandbox.Services.GetRequiredService<AwsJsonClient>();
        await json.InvokeAsync<JsonObject, JsonObject>(AwsServices.CodeDeploy, "CreateApplication",
            new JsonObject { ["applicationName"] = Conventional.Application, ["computePlatform"] = "ECS" });
        await json.InvokeAsync<JsonObject, JsonObject>(AwsServices.CodeDeploy, "CreateDeploymentGroup", new JsonObject
        {
            ["applicationName"] = Conventional.Application,
            ["deploymentGroupName"] = Conventional.DeploymentGroup,
            ["serviceRoleArn"] = "arn:aws:iam::000000000000:role/ecsCodeDeployRole",
            ["ecsServices"] = new JsonArray(new JsonObject { ["serviceName"] = "legacy-web", ["clusterName"] = "staging" }),
        });
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private ICodeDeployRollouts Rollouts() => _sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<ICodeDeployRollouts>();

    private async Task<string> ArnAsync(string taskDefinition) =>
        (await _sandbox.Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = taskDefinition })).TaskDefinition!.TaskDefinitionArn!;

    [Fact]
    public async Task FindTargetAsync_ConventionalNames_FindsTheGroupDeployingTheServiceAsync()
    {
        Assert.Equal(Conventional, await Rollouts().FindTargetAsync("staging", "legacy-web"));
        Assert.Null(await Rollouts().FindTargetAsync("staging", "blog"));
    }

    [Fact]
    public async Task StartAsync_NewRevision_RunsCreatedInProgressSucceededAndTheServiceRunsItAsync()
    {
        var rollouts = Rollouts();
        var arn = await ArnAsync("blog:4");

        var id = await rollouts.StartAsync("staging", "legacy-web", Conventional, new CodeDeployRevision(arn, "blog", 8080), "legacy web to blog:4", null);

        var created = Assert.Single(await rollouts.ListDeploymentsAsync(Conventional));
        Assert.Equal((id, "Created", arn, "legacy web to blog:4"), (created.Id, created.Status, created.TaskDefinition, created.Description));
        _sandbox.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("InProgress", Assert.Single(await rollouts.ListDeploymentsAsync(Conventional)).Status);
        _sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var done = Assert.Single(await rollouts.ListDeploymentsAsync(Conventional));
        Assert.Equal("Succeeded", done.Status);
        Assert.NotNull(done.CompletedAt);
        var service = await _sandbox.Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = "staging", Services = ["legacy-web"] });
        Assert.Equal(arn, Assert.Single(service.Services!).TaskDefinition);
    }

    [Fact]
    public async Task StartAsync_Viewer_RefusedAndNothingDeployedAsync()
    {
        _sandbox.Operator.Identity = new OperatorIdentity("victor", ConsoleRole.Viewer, IsLocalAccount: true);
        var arn = await ArnAsync("blog:4");

        await Assert.ThrowsAsync<OperationDeniedException>(() =>
            Rollouts().StartAsync("staging", "legacy-web", Conventional, new CodeDeployRevision(arn, "blog", 8080), "try", null));

        Assert.Empty(await Rollouts().ListDeploymentsAsync(Conventional));
    }

    [Fact]
    public async Task StartAsync_RevisionNotRegistered_CodeDeploysErrorReachesTheCallerAsync()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Rollouts().StartAsync("staging", "legacy-web", Conventional,
            new CodeDeployRevision("arn:aws:ecs:eu-west-1:000000000000:task-definition/blog:99", "blog", 8080), "typo", null));

        Assert.Equal("InvalidRevisionException", error.ErrorCode);
    }
}
