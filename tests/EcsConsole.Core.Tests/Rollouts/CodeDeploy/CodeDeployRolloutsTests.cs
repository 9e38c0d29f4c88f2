using EcsConsole.Aws.CodeDeploy;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Rollouts.CodeDeploy;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Tests.Rollouts.CodeDeploy;

public sealed class CodeDeployRolloutsTests
{
    private const string Arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/legacy-web:8";
    private static readonly CodeDeployTarget Conventional = new("AppECS-staging-legacy-web", "DgpECS-staging-legacy-web");
    private readonly FakeCodeDeployClient _client = new();
    private readonly RecordingAuthorizer _authorizer = new();

    private CodeDeployRollouts Rollouts => new(_client, _authorizer);

    [Fact]
    public async Task FindTargetAsync_ConventionalGroupDeploysService_ReturnsItAsync()
    {
        _client.AddGroup("other-app", "other-group", "staging", "legacy-web");
        _client.AddGroup(Conventional.Application, Conventional.DeploymentGroup, "staging", "legacy-web");

        Assert.Equal(Conventional, await Rollouts.FindTargetAsync("staging", "legacy-web"));
    }

    [Fact]
    public async Task FindTargetAsync_OnlyACustomGroupNamesTheServiceByClusterArn_ReturnsThatGroupAsync()
    {
        _client.AddGroup("shop", "web-blue-green", "arn:aws:ecs:eu-west-1:123456789012:cluster/staging", "legacy-web");
        _client.AddGroup("shop", "api-blue-green", "staging", "api");

        Assert.Equal(new CodeDeployTarget("shop", "web-blue-green"), await Rollouts.FindTargetAsync("staging", "legacy-web"));
    }

    [Fact]
    public async Task FindTargetAsync_NoGroupDeploysTheService_ReturnsNullAsync()
    {
        _client.AddGroup("shop", "api-blue-green", "prod", "legacy-web");

        Assert.Null(await Rollouts.FindTargetAsync("staging", "legacy-web"));
    }

    [Fact]
    public async Task ListDeploymentsAsync_MoreThanOneBatch_ReadsInBatchesOf25NewestFirstAsync()
    {
        var start = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 30; i++)
        {
            _client.Deployments.Add(new DeploymentInfo
            {
                ApplicationName = Conventional.Application,
                DeploymentGroupName = Conventional.DeploymentGroup,
                DeploymentId = $"d-{i:D4}",
                Status = i == 29 ? "InProgress" : "Succeeded",
                CreateTime = start.AddMinutes(i),
                Revision = new RevisionLocation { RevisionType = "AppSpecContent", AppSpecContent = new AppSpecContent { Content = AppSpec.Build(new CodeDeployRevision(Arn, "web", 80)) } },
            });
        }

        var deployments = await Rollouts.ListDeploymentsAsync(Conventional, max: 30);

        Assert.Equal([25, 5], _client.BatchSizes);
        Assert.Equal("d-0029", deployments[0].Id);
        Assert.True(deployments[0].IsInProgress);
        Assert.Equal(Arn, deployments[0].TaskDefinition);
        Assert.Equal(30, deployments.Count);
    }

    [Fact]
    public async Task ListDeploymentsAsync_FailedDeployment_CarriesCodeDeploysErrorAsync()
    {
        _client.Deployments.Add(new DeploymentInfo
        {
            ApplicationName = Conventional.Application,
            DeploymentGroupName = Conventional.DeploymentGroup,
            DeploymentId = "d-FAILED",
            Status = "Failed",
            ErrorInformation = new ErrorInformation { Code = "ECS_UPDATE_ERROR", Message = "tasks failed to start" },
        });

        var deployment = Assert.Single(await Rollouts.ListDeploymentsAsync(Conventional));

        Assert.False(deployment.IsInProgress);
        Assert.Equal("ECS_UPDATE_ERROR: tasks failed to start", deployment.ErrorMessage);
    }

    [Fact]
    public async Task StartAsync_ValidRevision_CreatesDeploymentWithAppSpecThroughTheGateAsync()
    {
        var id = await Rollouts.StartAsync("staging", "legacy-web", Conventional, new CodeDeployRevision(Arn, "legacy-web", 80), "ship 8", null);

        Assert.Equal("d-FAKE00001", id);
        var (operation, request) = Assert.Single(_authorizer.Calls);
        Assert.Equal(MutatingOperation.RolloutStart, operation);
        Assert.Equal("staging/legacy-web", request.Target);
        Assert.Equal("ship 8", request.Note);
        var created = Assert.Single(_client.Created);
        Assert.Equal(Conventional.DeploymentGroup, created.DeploymentGroupName);
        Assert.Equal("AppSpecContent", created.Revision!.RevisionType);
        Assert.Equal(Arn, AppSpec.TaskDefinitionOf(created.Revision.AppSpecContent!.Content));
        Assert.Equal(AppSpec.Sha256(created.Revision.AppSpecContent.Content!), created.Revision.AppSpecContent.Sha256);
    }

    [Fact]
    public async Task StartAsync_NoNoteAndNoPort_RefusedBeforeTheGateAsync()
    {
        var error = await Assert.ThrowsAsync<RolloutValidationException>(() =>
            Rollouts.StartAsync("staging", "legacy-web", Conventional, new CodeDeployRevision(Arn, "legacy-web", 0), " ", null));

        Assert.Equal(2, error.Problems.Count);
        Assert.Empty(_authorizer.Calls);
        Assert.Empty(_client.Created);
    }

    [Fact]
    public async Task StartAsync_GateRefuses_NoDeploymentCreatedAsync()
    {
        _authorizer.Refuse = true;

        await Assert.ThrowsAsync<OperationDeniedException>(() =>
            Rollouts.StartAsync("staging", "legacy-web", Conventional, new CodeDeployRevision(Arn, "legacy-web", 80), "ship 8", null));

        Assert.Empty(_client.Created);
    }
}
