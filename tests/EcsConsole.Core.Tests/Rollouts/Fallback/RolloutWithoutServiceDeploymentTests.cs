using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Rollouts.Fallback;

/// <summary>UpdateService answered without currentServiceDeployment, as endpoints and partitions without service deployments do.</summary>
public sealed class RolloutWithoutServiceDeploymentTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly DeploymentsEndpointFake _ecs = new();
    private readonly InMemoryJournal _journal = new();
    private readonly RecordingAuditTrail _audit = new();
    private readonly RolloutService _rollouts;

    public RolloutWithoutServiceDeploymentTests()
    {
        var currentOperator = new TestOperator();
        var guard = new OperationGuard(currentOperator, new NamedProductionClusters(), _audit, NullLogger<OperationGuard>.Instance);
        _rollouts = new RolloutService(_ecs, guard, currentOperator, _journal, _time, NullLogger<RolloutService>.Instance);
    }

    [Fact]
    public async Task StartAsync_AnswerWithoutCurrentServiceDeployment_FollowsTheNewPrimaryAndRecordsIt()
    {
        var plan = await _rollouts.PlanRevisionRolloutAsync("prod", "news", "news:8");

        var started = await _rollouts.StartAsync(plan, "ship the feed fix", null);

        Assert.Null(started.ServiceDeploymentArn);
        Assert.Equal("ecs-svc/200", started.DeploymentId);
        Assert.Equal("ecs-svc/200", started.DeploymentToWatch);
        var record = Assert.Single(_journal.Records);
        Assert.Equal(("ecs-svc/200", "news:7", "news:8", "ship the feed fix"), (record.DeploymentArn, record.FromTaskDefinition, record.ToTaskDefinition, record.Note));
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public async Task StartAsync_AnswerWithoutDeployments_ReadsTheServiceToFindTheNewPrimary()
    {
        _ecs.OnUpdate = request =>
        {
            _ecs.Deploy(request.TaskDefinition ?? _ecs.Service.TaskDefinition!, "ecs-svc/300");
            return new Service { ServiceName = "news", Status = "ACTIVE" };
        };
        var plan = await _rollouts.PlanForceNewDeploymentAsync("prod", "news");

        var started = await _rollouts.StartAsync(plan, "restart", null);

        Assert.Equal("ecs-svc/300", started.DeploymentToWatch);
        Assert.Equal(2, _ecs.CallsTo("DescribeServices"));
        Assert.Equal("ecs-svc/300", Assert.Single(_journal.Records).DeploymentArn);
    }

    [Fact]
    public async Task StartAsync_NoNewPrimaryListed_FailsTruthfullyInTheAuditAndRecordsNothing()
    {
        // The endpoint accepted the call but still lists only the old PRIMARY.
        _ecs.OnUpdate = _ => _ecs.Service;
        var plan = await _rollouts.PlanForceNewDeploymentAsync("prod", "news");

        var thrown = await Assert.ThrowsAsync<RolloutNotFollowedException>(() => _rollouts.StartAsync(plan, "restart", null));

        Assert.Contains("ECS accepted UpdateService for prod/news but named no deployment", thrown.Message);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("named no deployment", entry.Error);
        Assert.Empty(_journal.Records);
    }

    [Fact]
    public async Task StartAsync_AnswerNamesTheServiceDeployment_FollowsTheArnWithoutReadingTheService()
    {
        const string arn = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/xyz";
        _ecs.OnUpdate = request => _ecs.Deploy(request.TaskDefinition!, "ecs-svc/200") with { CurrentServiceDeployment = arn };
        var plan = await _rollouts.PlanRevisionRolloutAsync("prod", "news", "news:8");

        var started = await _rollouts.StartAsync(plan, "ship", null);

        Assert.Equal(arn, started.DeploymentToWatch);
        Assert.Null(started.DeploymentId);
        Assert.Equal(1, _ecs.CallsTo("DescribeServices"));
    }

    [Fact]
    public void NewPrimary_SomeoneElsesRevisionDeployedMeanwhile_IsNotFollowed()
    {
        var deployments = new[] { new Deployment { Id = "ecs-svc/900", Status = "PRIMARY", TaskDefinition = "arn:aws:ecs:eu-west-1:1:task-definition/news:9" } };

        Assert.Null(DerivedDeployments.NewPrimary(deployments, "ecs-svc/100", "arn:aws:ecs:eu-west-1:1:task-definition/news:8"));
        Assert.NotNull(DerivedDeployments.NewPrimary(deployments, "ecs-svc/100", "news:9"));
        Assert.Null(DerivedDeployments.NewPrimary(deployments, "ecs-svc/900", "news:9"));
    }
}
