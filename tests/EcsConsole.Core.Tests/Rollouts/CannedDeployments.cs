using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Tests.Rollouts;

/// <summary>DescribeServiceDeployments answers as ECS gives them, for each strategy and ending.</summary>
internal static class CannedDeployments
{
    public const string Arn = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/Abc123";
    public const string BlueRevision = "arn:aws:ecs:eu-west-1:000000000000:service-revision/prod/news/1111";
    public const string GreenRevision = "arn:aws:ecs:eu-west-1:000000000000:service-revision/prod/news/2222";
    public static readonly DateTimeOffset Created = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    public static ServiceDeployment Rolling(string status = "IN_PROGRESS", string? stage = null) => new()
    {
        ServiceDeploymentArn = Arn,
        ClusterArn = "arn:aws:ecs:eu-west-1:000000000000:cluster/prod",
        ServiceArn = "arn:aws:ecs:eu-west-1:000000000000:service/prod/news",
        CreatedAt = Created,
        StartedAt = Created,
        Status = status,
        LifecycleStage = stage,
        SourceServiceRevisions = [new ServiceRevisionSummary { Arn = BlueRevision, RunningTaskCount = 2, PendingTaskCount = 0, RequestedTaskCount = 2 }],
        TargetServiceRevision = new ServiceRevisionSummary { Arn = GreenRevision, RunningTaskCount = 1, PendingTaskCount = 1, RequestedTaskCount = 3 },
        DeploymentConfiguration = new DeploymentConfiguration
        {
            Strategy = "ROLLING",
            MinimumHealthyPercent = 100,
            MaximumPercent = 200,
            DeploymentCircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = true },
        },
        DeploymentCircuitBreaker = new ServiceDeploymentCircuitBreaker { Status = "MONITORING", FailureCount = 1, Threshold = 3 },
    };

    public static ServiceDeployment CircuitBreakerRolledBack() => Rolling("ROLLBACK_SUCCESSFUL") with
    {
        StatusReason = "Service deployment rolled back successfully.",
        FinishedAt = Created.AddMinutes(9),
        DeploymentCircuitBreaker = new ServiceDeploymentCircuitBreaker { Status = "TRIGGERED", FailureCount = 3, Threshold = 3 },
        Rollback = new Rollback { Reason = "Circuit breaker: tasks failed to start", StartedAt = Created.AddMinutes(6), ServiceRevisionArn = BlueRevision },
    };

    public static ServiceDeployment Staged(string strategy, string stage, string status = "IN_PROGRESS", int bakeMinutes = 5) => new()
    {
        ServiceDeploymentArn = Arn,
        CreatedAt = Created,
        StartedAt = Created,
        Status = status,
        LifecycleStage = stage,
        SourceServiceRevisions = [new ServiceRevisionSummary
        {
            Arn = BlueRevision, RunningTaskCount = 2, RequestedTaskCount = 2, RequestedProductionTrafficWeight = 90, RequestedTestTrafficWeight = 0,
        }],
        TargetServiceRevision = new ServiceRevisionSummary
        {
            Arn = GreenRevision, RunningTaskCount = 2, RequestedTaskCount = 2, RequestedProductionTrafficWeight = 10, RequestedTestTrafficWeight = 100,
        },
        DeploymentConfiguration = new DeploymentConfiguration
        {
            Strategy = strategy,
            BakeTimeInMinutes = bakeMinutes,
            CanaryConfiguration = strategy == "CANARY" ? new CanaryConfiguration { CanaryPercent = 10, CanaryBakeTimeInMinutes = 5 } : null,
            LinearConfiguration = strategy == "LINEAR" ? new LinearConfiguration { StepPercent = 25, StepBakeTimeInMinutes = 2 } : null,
            LifecycleHooks = [new DeploymentLifecycleHook { TargetType = "PAUSE", LifecycleStages = ["POST_TEST_TRAFFIC_SHIFT"] }],
        },
    };

    public static ServiceDeployment WaitingAtPause(string strategy) => Staged(strategy, "POST_TEST_TRAFFIC_SHIFT") with
    {
        LifecycleHookDetails =
        [
            new DeploymentLifecycleHookDetail
            {
                HookId = "hook-1", TargetType = "PAUSE", Status = "AWAITING_ACTION", ExpiresAt = Created.AddDays(1), TimeoutAction = "ROLLBACK",
            },
        ],
    };
}
