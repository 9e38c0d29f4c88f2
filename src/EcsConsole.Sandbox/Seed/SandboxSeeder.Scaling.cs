using System.Globalization;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.ApplicationAutoScaling;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    /// <summary>A target-tracking policy on the service's desired count, with the scale-out and scale-in that led to today's count.</summary>
    private void SeedScaling(ClusterState cluster, string serviceName, int min, int max, string metric, double target)
    {
        var service = cluster.Services.Single(s => s.Name == serviceName);
        var resourceId = $"service/{cluster.Name}/{serviceName}";
        var scaling = new ScalableTargetState
        {
            ResourceId = resourceId,
            MinCapacity = min,
            MaxCapacity = max,
            CreatedAt = service.CreatedAt + TimeSpan.FromMinutes(5),
            Arn = $"arn:aws:application-autoscaling:{Arns.Region}:{Arns.AccountId}:scalable-target/{Ids.Hex(36)}",
        };
        var policyName = $"{serviceName}-{(metric.Contains("CPU", StringComparison.Ordinal) ? "cpu" : "memory")}-target-tracking";
        var policyId = Ids.Guid();
        var alarmHigh = $"TargetTracking-{resourceId}-AlarmHigh-{Ids.Guid()}";
        var alarmLow = $"TargetTracking-{resourceId}-AlarmLow-{Ids.Guid()}";
        scaling.Policies.Add(new ScalingPolicyState(
            policyName,
            $"arn:aws:autoscaling:{Arns.Region}:{Arns.AccountId}:scalingPolicy:{policyId}:resource/ecs/{resourceId}:policyName/{policyName}",
            metric,
            target,
            ScaleOutCooldown: 60,
            ScaleInCooldown: 300,
            scaling.CreatedAt,
            [alarmHigh, alarmLow]));

        var desired = service.DesiredCount;
        var scaledOut = now - TimeSpan.FromHours(30);
        var scaledIn = now - TimeSpan.FromHours(20);
        scaling.Activities.Add(Activity(resourceId, desired, desired + 2, alarmLow, policyName, scaledIn));
        scaling.Activities.Add(Activity(resourceId, desired + 2, desired, alarmHigh, policyName, scaledOut));
        State.ScalableTargets.Add(scaling);
    }

    private ScalingActivityState Activity(string resourceId, int to, int from, string alarm, string policy, DateTimeOffset at) => new(
        Ids.Guid(),
        $"Setting desired count to {to.ToString(CultureInfo.InvariantCulture)}.",
        $"monitor alarm {alarm} in state ALARM triggered policy {policy}",
        at,
        at + TimeSpan.FromSeconds(42),
        "Successful",
        $"Successfully set desired count to {to.ToString(CultureInfo.InvariantCulture)}. Change successfully fulfilled by ecs (from {from.ToString(CultureInfo.InvariantCulture)}) for {resourceId}.");
}
