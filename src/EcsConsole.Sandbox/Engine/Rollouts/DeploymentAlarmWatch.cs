using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>
/// The CloudWatch alarms the sandbox derives from the fleet, as far as deployments watch them: each target group's
/// <c>&lt;target group name&gt;-unhealthy-hosts</c> alarm is in ALARM while one of its targets fails health checks or is
/// drained outside the scheduler's own replacements. DescribeAlarms answers by the same rule.
/// </summary>
public static class DeploymentAlarmWatch
{
    public const string UnhealthyHostsSuffix = "-unhealthy-hosts";

    /// <summary>The tasks that put a target group's unhealthy-hosts alarm into ALARM.</summary>
    public static IEnumerable<TaskState> TroubledTargets(ClusterState cluster, string targetGroupArn) =>
        cluster.Tasks.Where(t => t.TargetGroupArn == targetGroupArn && IsTroubled(t));

    /// <summary>The named alarms that are in ALARM now; alarms the sandbox does not know are never in ALARM.</summary>
    public static IReadOnlyList<string> InAlarm(SandboxState state, ArnFactory arns, IEnumerable<string> alarmNames)
    {
        var groups = LoadBalancerCatalog.TargetGroups(state, arns);
        return alarmNames
            .Where(name => groups.FirstOrDefault(g => name == g.Name + UnhealthyHostsSuffix) is { } group && TroubledTargets(group.LoadBalancer.Cluster, group.Arn).Any())
            .ToList();
    }

    // A target the scheduler drains to replace or scale in is healthy; ELB does not count draining targets as unhealthy.
    private static bool IsTroubled(TaskState task) =>
        task.LastStatus != "STOPPED"
        && (task.HealthStatus == "UNHEALTHY" || (task.LastStatus == "DEACTIVATING" && task.StopCode != "ServiceSchedulerInitiated"));
}
