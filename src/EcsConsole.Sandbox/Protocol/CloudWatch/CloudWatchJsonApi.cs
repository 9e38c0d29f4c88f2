using System.Globalization;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.CloudWatch;

/// <summary>
/// CloudWatch over AWS JSON 1.0 (GraniteServiceVersion20100801): the alarms of the fleet. Each target group has an
/// unhealthy-hosts alarm that follows the simulation (ALARM while a target is unhealthy or draining); each target
/// tracking policy has its high and low alarms. GetMetricData answers the fleet's metrics (<see cref="MetricDataAnswer"/>).
/// </summary>
public sealed class CloudWatchJsonApi : JsonApi
{
    private readonly SandboxEngine _engine;

    public CloudWatchJsonApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("DescribeAlarms", input => engine.Read(state => DescribeAlarms(state, input)));
        Register("GetMetricData", input => engine.ReadMetrics((_, metrics) => MetricDataAnswer.Answer(input, metrics)));
    }

    public override string TargetPrefix => "GraniteServiceVersion20100801";

    public override string JsonVersion => "1.0";

    private JsonObject DescribeAlarms(SandboxState state, JsonInput input)
    {
        var names = input.StringList("AlarmNames");
        var prefix = input.String("AlarmNamePrefix");
        if (names is not null && prefix is not null)
        {
            throw new SandboxApiException("InvalidParameterCombination", "AlarmNames and AlarmNamePrefix cannot be specified together.");
        }

        var stateValue = input.Enum("StateValue", "OK", "ALARM", "INSUFFICIENT_DATA");
        var types = input.StringList("AlarmTypes");
        var alarms = (types is null || types.Contains("MetricAlarm") ? Alarms(state) : [])
            .Where(a => names is null || names.Contains(a["AlarmName"]!.GetValue<string>()))
            .Where(a => prefix is null || a["AlarmName"]!.GetValue<string>().StartsWith(prefix, StringComparison.Ordinal))
            .Where(a => stateValue is null || a["StateValue"]!.GetValue<string>() == stateValue)
            .OrderBy(a => a["AlarmName"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToList();
        var (page, next) = Paginator.Page(alarms, input, $"DescribeAlarms/{prefix}/{stateValue}", 50, 100, "MaxRecords");
        return new JsonObject
        {
            ["CompositeAlarms"] = new JsonArray(),
            ["MetricAlarms"] = WireJson.Array(page),
        }.With("NextToken", next);
    }

    private IEnumerable<JsonObject> Alarms(SandboxState state)
    {
        var now = _engine.TimeProvider.GetUtcNow();
        foreach (var group in LoadBalancerCatalog.TargetGroups(state, _engine.Arns))
        {
            var troubled = DeploymentAlarmWatch.TroubledTargets(group.LoadBalancer.Cluster, group.Arn).ToList();
            var since = troubled.Count == 0 ? group.Service.CreatedAt : troubled.Min(t => t.StoppingAt ?? now);
            yield return Alarm(
                group.Name + DeploymentAlarmWatch.UnhealthyHostsSuffix,
                $"Targets of {group.Service.Name} in {group.LoadBalancer.Cluster.Name} fail load balancer health checks.",
                troubled.Count == 0 ? "OK" : "ALARM",
                troubled.Count == 0
                    ? "Threshold Crossed: 1 datapoint [0.0] was not greater than or equal to the threshold (1.0)."
                    : $"Threshold Crossed: 1 datapoint [{troubled.Count.ToString(CultureInfo.InvariantCulture)}.0] was greater than or equal to the threshold (1.0).",
                since,
                "UnHealthyHostCount",
                "AWS/ApplicationELB",
                "Maximum",
                1,
                "GreaterThanOrEqualToThreshold",
                [("TargetGroup", group.Arn[(group.Arn.IndexOf("targetgroup/", StringComparison.Ordinal))..]), ("LoadBalancer", $"app/{group.LoadBalancer.Name}/{group.LoadBalancer.Id}")]);
        }

        foreach (var target in state.ScalableTargets)
        {
            var (cluster, service) = (target.ResourceId.Split('/')[1], target.ResourceId.Split('/')[2]);
            foreach (var policy in target.Policies)
            {
                var metric = policy.MetricType.Contains("CPU", StringComparison.Ordinal) ? "CPUUtilization" : "MemoryUtilization";
                foreach (var alarmName in policy.AlarmNames)
                {
                    var high = alarmName.Contains("AlarmHigh", StringComparison.Ordinal);
                    yield return Alarm(
                        alarmName,
                        $"DO NOT EDIT OR DELETE. For TargetTrackingScaling policy {policy.Arn}.",
                        "OK",
                        high ? "Threshold Crossed: 3 datapoints were not greater than the threshold." : "Threshold Crossed: 15 datapoints were not less than the threshold.",
                        policy.CreatedAt,
                        metric,
                        "AWS/ECS",
                        "Average",
                        high ? policy.TargetValue : policy.TargetValue * 0.9,
                        high ? "GreaterThanThreshold" : "LessThanThreshold",
                        [("ClusterName", cluster), ("ServiceName", service)],
                        high ? 3 : 15,
                        policy.Arn);
                }
            }
        }
    }

    private JsonObject Alarm(string name, string description, string stateValue, string reason, DateTimeOffset since, string metric, string metricNamespace,
        string statistic, double threshold, string comparison, (string Name, string Value)[] dimensions, int evaluationPeriods = 1, string? action = null) => new()
        {
            ["AlarmName"] = name,
            ["AlarmArn"] = $"arn:aws:cloudwatch:{_engine.Arns.Region}:{_engine.Arns.AccountId}:alarm:{name}",
            ["AlarmDescription"] = description,
            ["AlarmConfigurationUpdatedTimestamp"] = WireTime.Epoch(since),
            ["ActionsEnabled"] = true,
            ["OKActions"] = new JsonArray(),
            ["AlarmActions"] = action is null ? new JsonArray() : new JsonArray(action),
            ["InsufficientDataActions"] = new JsonArray(),
            ["StateValue"] = stateValue,
            ["StateReason"] = reason,
            ["StateUpdatedTimestamp"] = WireTime.Epoch(since),
            ["MetricName"] = metric,
            ["Namespace"] = metricNamespace,
            ["Statistic"] = statistic,
            ["Dimensions"] = WireJson.Array(dimensions.Select(d => new JsonObject { ["Name"] = d.Name, ["Value"] = d.Value })),
            ["Period"] = 60,
            ["EvaluationPeriods"] = evaluationPeriods,
            ["Threshold"] = threshold,
            ["ComparisonOperator"] = comparison,
            ["TreatMissingData"] = "missing",
            ["StateTransitionedTimestamp"] = WireTime.Epoch(since),
        };
}
