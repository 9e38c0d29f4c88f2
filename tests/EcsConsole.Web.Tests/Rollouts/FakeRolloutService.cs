using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

/// <summary>Records every call as a line; plans and failures are set by the test.</summary>
internal sealed class FakeRolloutService : IRolloutService
{
    public List<string> Calls { get; } = [];

    public RolloutPlan? Plan { get; set; }

    public Exception? Failure { get; set; }

    public ServiceStrategy Strategy { get; set; } = new("prod", "news", "ECS", new DeploymentStrategySettings { MinimumHealthyPercent = 100, MaximumPercent = 200 });

    public DeploymentStrategySettings? SavedStrategy { get; private set; }

    public string? StartedArn { get; set; } = RolloutSamples.DeploymentArn;

    /// <summary>The deployment id a start answers with when ECS named no service deployment.</summary>
    public string? StartedId { get; set; }

    public Task<RolloutPlan> PlanImageRolloutAsync(string cluster, string service, IReadOnlyDictionary<string, string> images, CancellationToken cancellationToken = default) =>
        Answer($"plan-images {cluster}/{service} {string.Join(",", images.Select(p => $"{p.Key}={p.Value}"))}", () => Plan!);

    public Task<RolloutPlan> PlanRevisionRolloutAsync(string cluster, string service, string taskDefinition, CancellationToken cancellationToken = default) =>
        Answer($"plan-revision {cluster}/{service} {taskDefinition}", () => Plan!);

    public Task<RolloutPlan> PlanForceNewDeploymentAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        Answer($"plan-force {cluster}/{service}", () => Plan!);

    public Task<RolloutStarted> StartAsync(RolloutPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Answer($"start {plan.Kind} note={note} confirm={confirmationText}", () => new RolloutStarted(plan.Cluster, plan.Service, StartedArn, "arn:td/news:8", StartedId));

    public Task<RolloutStarted> RollbackToRevisionAsync(string cluster, string service, string taskDefinition, string note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Answer($"rollback {cluster}/{service} {taskDefinition} note={note} confirm={confirmationText}", () => new RolloutStarted(cluster, service, StartedArn, $"arn:td/{taskDefinition}"));

    public Task ApproveHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default) =>
        Answer($"approve {hookId} note={note} confirm={confirmationText}", () => true);

    public Task RejectHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default) =>
        Answer($"reject {hookId} note={note} confirm={confirmationText}", () => true);

    public Task StopAsync(string deploymentArn, StopKind kind, string note, string? confirmationText = null, CancellationToken cancellationToken = default) =>
        Answer($"stop {kind} note={note} confirm={confirmationText}", () => true);

    public Task<ServiceStrategy> GetStrategyAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        Task.FromResult(Strategy);

    public Task UpdateStrategyAsync(string cluster, string service, DeploymentStrategySettings settings, string note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Answer($"strategy {settings.Strategy} note={note}", () => SavedStrategy = settings);

    private Task<T> Answer<T>(string call, Func<T> result)
    {
        Calls.Add(call);
        return Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(result());
    }
}
