using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Logs;

namespace EcsConsole.Web.Tests.Support;

internal static class InventorySamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    public static ServiceDetail Detail(RolloutState rollout = RolloutState.Steady) => new(
        "prod", "users", "arn:aws:ecs:eu-west-1:000000000000:service/prod/users", "ACTIVE", 3, 2, 1, "EC2", rollout, null,
        new ServiceConfiguration(
            "users:4", "arn:aws:ecs:eu-west-1:000000000000:task-definition/users:4", new(["users: repo/users:1.4.1"]),
            new NetworkSettings(new(["subnet-1"]), new(["sg-1"]), "DISABLED"),
            new DeploymentSettings("ECS", "ROLLING", 100, 200, "on, rolls back", ValueList<string>.Empty),
            60, "REPLICA", null, false, At,
            new([new TargetGroupHealth("arn:tg/prod-users", "prod-users", "prod-alb", "users:8080", null,
                new([new TargetState("10.0.0.1", 8080, "healthy", null, null)]))]),
            null, ValueList<DiscoveryEntry>.Empty,
            new([new SectionProblem(SectionProblem.AutoScaling, "DescribeScalableTargets failed: AccessDeniedException: not authorized.")])),
        new([new DeploymentSummary("ecs-svc/1", "PRIMARY", "users:4", 3, 2, 1, 0, "IN_PROGRESS", null, At, At)]));

    public static TaskSummary Task(string id, string status, DateTimeOffset? stoppedAt = null, string? stopCode = null, string? reason = null, int? exitCode = null, TaskSource source = TaskSource.Ecs) => new(
        $"arn:aws:ecs:eu-west-1:000000000000:task/prod/{id}", id, "prod", "service:users", "users:4", status, status == "STOPPED" ? "STOPPED" : "RUNNING",
        "HEALTHY", stopCode, reason, "10.0.0.1", "eu-west-1a", "EC2", At.AddMinutes(-30), stoppedAt,
        new([new ContainerSummary("users", "repo/users:1.4.1", "sha256:abc", status, null, exitCode, null, new(["8080/tcp"]))]),
        source);

    public static TaskDetail TaskDetail(params LogSource[] sources) => new(
        Task("task1", "RUNNING"), "users", "512", "1024", "ecs-svc/1", null, "i-1", At.AddMinutes(-31), null, new(sources));
}
