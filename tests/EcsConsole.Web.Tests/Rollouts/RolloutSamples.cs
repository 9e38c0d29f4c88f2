using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Web.Tests.Rollouts;

internal static class RolloutSamples
{
    public const string DeploymentArn = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/dep1";
    public const string Registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com";
    public static readonly DateTimeOffset At = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    public static TaskDefinitionDetail Revision(int revision, string image, string family = "news") => new(
        family, revision, revision == 0 ? "" : $"arn:aws:ecs:eu-west-1:000000000000:task-definition/{family}:{revision}", "ACTIVE", At, "ci",
        "256", "512", "awsvpc", null, null, ValueList<string>.Empty,
        new ValueList<ContainerSpec>([new ContainerSpec(family, image, null, null, null, true, ValueList<string>.Empty, ValueList<string>.Empty,
            ValueList<string>.Empty, ValueList<EnvironmentVariable>.Empty, ValueList<SecretReference>.Empty, "awslogs",
            ValueList<KeyValuePair<string, string>>.Empty, null, null, null)]));

    public static RolloutPlan ImagePlan()
    {
        var current = Revision(7, $"{Registry}/news:1.4.1");
        var target = Revision(0, $"{Registry}/news:1.5.0");
        return new RolloutPlan
        {
            Cluster = "prod",
            Service = "news",
            Kind = RolloutKind.Images,
            Current = current,
            Target = target,
            Diff = TaskDefinitionDiff.Compare(current, target),
            ImageChanges = [new ImageChange("news", current.Containers[0].Image, target.Containers[0].Image)],
            Strategy = "ROLLING",
            Requests = [new PlannedRequest("ecs:RegisterTaskDefinition", "{\"family\":\"news\"}"), new PlannedRequest("ecs:UpdateService", "{\"service\":\"news\"}")],
        };
    }

    public static DeploymentProgress Progress(
        DeploymentStrategyKind strategy = DeploymentStrategyKind.Rolling,
        string stage = "SCALE_UP",
        DeploymentOutcome? outcome = null,
        PendingHook? hook = null,
        TimeSpan? bake = null,
        double? production = null,
        CircuitBreakerProgress? breaker = null,
        string status = "IN_PROGRESS") => new()
        {
            DeploymentArn = DeploymentArn,
            Cluster = "prod",
            Service = "news",
            Status = status,
            Strategy = strategy,
            LifecycleStage = stage,
            Stages = Steps(stage, "RECONCILE_SERVICE", "PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP", "PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP"),
            Sources = [new RevisionProgress("arn:rev/source", "news:7", 2, 0, 2, null, null)],
            Target = new RevisionProgress("arn:rev/target", "news:8", 1, 1, 2, production, null),
            ProductionTrafficWeight = production,
            TestTrafficWeight = production is null ? null : 100,
            BakeTimeRemaining = bake,
            CircuitBreaker = breaker ?? new CircuitBreakerProgress("MONITORING", 1, 3),
            Alarms = [new AlarmProgress("news-5xx", "OK", false)],
            PendingHook = hook,
            Outcome = outcome,
            CreatedAt = At,
            StartedAt = At,
            FinishedAt = outcome is null ? null : At.AddMinutes(4),
        };

    private static List<StageStep> Steps(string current, params string[] stages)
    {
        var index = Array.IndexOf(stages, current);
        return [.. stages.Select((s, i) => new StageStep(s, i < index ? StepState.Done : i == index ? StepState.Current : StepState.Pending))];
    }
}
