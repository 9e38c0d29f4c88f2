using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Tests.Support;

internal static class Samples
{
    public static ClusterSummary Cluster(string name, int running = 4, ClusterKind kind = ClusterKind.Ec2) => new(
        name, $"arn:aws:ecs:eu-west-1:000000000000:cluster/{name}", "ACTIVE", kind,
        ActiveServices: 4, RunningTasks: running, PendingTasks: 0, RegisteredInstances: kind == ClusterKind.Ec2 ? 2 : 0,
        CapacityProviders: new ValueList<string>(kind == ClusterKind.Ec2 ? [] : ["FARGATE"]),
        DefaultStrategy: ValueList<CapacityProviderShare>.Empty);

    public static ServiceSummary Service(string cluster, string name, int running = 2, RolloutState rollout = RolloutState.Steady) => new(
        cluster, name, $"arn:aws:ecs:eu-west-1:000000000000:service/{cluster}/{name}", "ACTIVE",
        Desired: 2, Running: running, Pending: 0, LaunchType: "EC2", CapacityProviderStrategy: ValueList<CapacityProviderShare>.Empty,
        TaskDefinition: $"{name}:3", Rollout: rollout, RolloutReason: null,
        LastEventMessage: $"(service {name}) has reached a steady state.", LastEventAt: new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
}
