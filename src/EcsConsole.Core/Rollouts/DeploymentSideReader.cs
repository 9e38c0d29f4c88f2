using EcsConsole.Aws.CloudWatch;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Rollouts;

/// <summary>What a deployment's progress needs beside ECS's own record: alarm states and the traffic split of the listener rules.</summary>
internal sealed class DeploymentSideReader(ICloudWatchClient cloudWatch, IElbv2Client elbv2)
{
    public async Task<IReadOnlyDictionary<string, string?>> AlarmStatesAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, string?>(StringComparer.Ordinal);
        // DescribeAlarms takes at most 100 names per call.
        foreach (var chunk in alarmNames.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            var response = await cloudWatch.DescribeAlarmsAsync(
                new DescribeAlarmsRequest { AlarmNames = chunk, AlarmTypes = ["MetricAlarm", "CompositeAlarm"] }, cancellationToken);
            foreach (var alarm in response.MetricAlarms ?? [])
            {
                states[alarm.AlarmName ?? ""] = alarm.StateValue;
            }
            foreach (var alarm in response.CompositeAlarms ?? [])
            {
                states[alarm.AlarmName ?? ""] = alarm.StateValue;
            }
        }
        return states;
    }

    /// <summary>Percent of the rule's forwarded traffic that goes to <paramref name="targetGroupArn"/>; null when the rule is not readable as a weighted forward.</summary>
    public async Task<double?> WeightAsync(string ruleArn, string targetGroupArn, CancellationToken cancellationToken)
    {
        await foreach (var rule in elbv2.DescribeRulesAsync(new DescribeRulesRequest { RuleArns = [ruleArn] }, cancellationToken))
        {
            var groups = rule.Actions?.FirstOrDefault(a => a.Type == "forward") is { } forward
                ? forward.ForwardConfig?.TargetGroups ?? (forward.TargetGroupArn is null ? [] : [new TargetGroupTuple { TargetGroupArn = forward.TargetGroupArn, Weight = 1 }])
                : [];
            // A lone target group without a weight takes all the traffic (ELB's default weight is 1).
            var total = groups.Sum(g => g.Weight ?? 1);
            if (total <= 0)
            {
                return null;
            }
            return 100.0 * groups.Where(g => g.TargetGroupArn == targetGroupArn).Sum(g => g.Weight ?? 1) / total;
        }
        return null;
    }
}
