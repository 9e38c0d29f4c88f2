using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Json;

namespace EcsConsole.Core.Wizards.Services;

/// <summary>
/// The ELBv2, Cloud Map and Application Auto Scaling calls of the Service wizard, as JSON bodies with the models' member
/// names (their executors read them into their typed requests).
/// </summary>
internal static class ServiceWizardCalls
{
    /// <summary>Where the Cloud Map executor puts the new namespace's id in its CreatePrivateDnsNamespace response.</summary>
    public const string NamespaceIdPath = "NamespaceId";

    public const string ScalableDimension = "ecs:service:DesiredCount";

    private static readonly JsonSerializerOptions BodyOptions = new(AwsJsonSerializer.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json<T>(T request) => JsonSerializer.Serialize(request, BodyOptions);

    public static PlannedCall LoadBalancer(ServiceLoadBalancerInput lb, IReadOnlyList<string> subnets, IReadOnlyList<string> securityGroups, IReadOnlyList<(string Key, string Value)> tags)
    {
        var name = lb.LoadBalancerName.Trim();
        var body = new JsonObject
        {
            ["Name"] = name,
            ["Subnets"] = Strings(subnets),
            ["Scheme"] = lb.Scheme,
            ["Type"] = "application",
            ["IpAddressType"] = "ipv4",
        };
        if (securityGroups.Count > 0)
        {
            body["SecurityGroups"] = Strings(securityGroups);
        }

        body["Tags"] = KeyValueTags(tags);
        var outputs = new Dictionary<string, string>
        {
            ["Arn"] = "LoadBalancers[0].LoadBalancerArn",
            ["VpcId"] = "LoadBalancers[0].VpcId",
            ["DnsName"] = "LoadBalancers[0].DNSName",
        };
        return new PlannedCall("elbv2", "CreateLoadBalancer", Text(body), $"application load balancer {name}",
            new UndoCall("DeleteLoadBalancer", Text(new JsonObject { ["LoadBalancerArn"] = PlanReferences.Of("LoadBalancer", "Arn") })),
            $"DescribeLoadBalancers {name}")
        {
            Key = "LoadBalancer",
            Outputs = outputs,
            Lookup = new CallLookup("DescribeLoadBalancers", Text(new JsonObject { ["Names"] = Strings([name]) }), outputs),
        };
    }

    public static PlannedCall TargetGroup(string key, string name, string vpcId, ServiceLoadBalancerInput lb, IReadOnlyList<(string Key, string Value)> tags)
    {
        var body = new JsonObject
        {
            ["Name"] = name,
            ["Protocol"] = "HTTP",
            ["Port"] = lb.ContainerPort,
            ["VpcId"] = vpcId,
            ["HealthCheckProtocol"] = "HTTP",
            ["HealthCheckPath"] = lb.HealthCheckPath.Trim(),
            ["HealthCheckIntervalSeconds"] = lb.HealthCheckIntervalSeconds,
            ["HealthyThresholdCount"] = lb.HealthyThresholdCount,
            ["UnhealthyThresholdCount"] = lb.UnhealthyThresholdCount,
            ["Matcher"] = new JsonObject { ["HttpCode"] = lb.SuccessCodes.Trim() },

            // awsvpc tasks register by IP address.
            ["TargetType"] = "ip",
            ["Tags"] = KeyValueTags(tags),
        };
        var outputs = new Dictionary<string, string> { ["Arn"] = "TargetGroups[0].TargetGroupArn" };
        return new PlannedCall("elbv2", "CreateTargetGroup", Text(body), $"target group {name}",
            new UndoCall("DeleteTargetGroup", Text(new JsonObject { ["TargetGroupArn"] = PlanReferences.Of(key, "Arn") })),
            $"DescribeTargetGroups {name}")
        {
            Key = key,
            Outputs = outputs,
            Lookup = new CallLookup("DescribeTargetGroups", Text(new JsonObject { ["Names"] = Strings([name]) }), outputs),
        };
    }

    /// <summary>A listener of the new ALB that answers 404 unless one of its rules matches: services get traffic only by their rules.</summary>
    public static PlannedCall Listener(string key, int port, IReadOnlyList<(string Key, string Value)> tags)
    {
        var body = new JsonObject
        {
            ["LoadBalancerArn"] = PlanReferences.Of("LoadBalancer", "Arn"),
            ["Protocol"] = "HTTP",
            ["Port"] = port,
            ["DefaultActions"] = new JsonArray(new JsonObject
            {
                ["Type"] = "fixed-response",
                ["FixedResponseConfig"] = new JsonObject { ["StatusCode"] = "404", ["ContentType"] = "text/plain", ["MessageBody"] = "No service matches this path." },
            }),
            ["Tags"] = KeyValueTags(tags),
        };
        return new PlannedCall("elbv2", "CreateListener", Text(body), $"HTTP listener on port {port.ToString(CultureInfo.InvariantCulture)}",
            new UndoCall("DeleteListener", Text(new JsonObject { ["ListenerArn"] = PlanReferences.Of(key, "Arn") })),
            $"DescribeListeners of the load balancer, port {port.ToString(CultureInfo.InvariantCulture)}")
        {
            Key = key,
            Outputs = new Dictionary<string, string> { ["Arn"] = "Listeners[0].ListenerArn" },
        };
    }

    /// <summary>
    /// The service's path rule. For blue/green, linear and canary it forwards to both target groups (production 100, alternate 0):
    /// the weights ECS shifts during a deployment.
    /// </summary>
    public static PlannedCall Rule(string key, string listenerArn, ServiceLoadBalancerInput lb, string targetGroup, string? alternate, string service, IReadOnlyList<(string Key, string Value)> tags)
    {
        var groups = new JsonArray(new JsonObject { ["TargetGroupArn"] = targetGroup, ["Weight"] = alternate is null ? 1 : 100 });
        if (alternate is not null)
        {
            groups.Add(new JsonObject { ["TargetGroupArn"] = alternate, ["Weight"] = 0 });
        }

        var pattern = lb.PathPattern.Trim();
        var body = new JsonObject
        {
            ["ListenerArn"] = listenerArn,
            ["Conditions"] = new JsonArray(new JsonObject
            {
                ["Field"] = "path-pattern",
                ["PathPatternConfig"] = new JsonObject { ["Values"] = Strings([pattern]) },
            }),
            ["Priority"] = lb.RulePriority,
            ["Actions"] = new JsonArray(new JsonObject { ["Type"] = "forward", ["ForwardConfig"] = new JsonObject { ["TargetGroups"] = groups } }),
            ["Tags"] = KeyValueTags(tags),
        };
        var which = key == "TestRule" ? "test" : "production";
        return new PlannedCall("elbv2", "CreateRule", Text(body), $"{which} listener rule {pattern} → {service} (priority {lb.RulePriority.ToString(CultureInfo.InvariantCulture)})",
            new UndoCall("DeleteRule", Text(new JsonObject { ["RuleArn"] = PlanReferences.Of(key, "Arn") })),
            $"DescribeRules of the listener, priority {lb.RulePriority.ToString(CultureInfo.InvariantCulture)}")
        {
            Key = key,
            Outputs = new Dictionary<string, string> { ["Arn"] = "Rules[0].RuleArn" },
        };
    }

    public static PlannedCall Namespace(ServiceDiscoveryInput discovery, IReadOnlyList<(string Key, string Value)> tags)
    {
        var name = discovery.NamespaceName.Trim().TrimEnd('.');
        var body = new JsonObject
        {
            ["Name"] = name,
            ["CreatorRequestId"] = CreatorRequestId("namespace", name),
            ["Description"] = "Private DNS for ECS services (EcsConsole service wizard)",
            ["Vpc"] = discovery.VpcId.Trim(),
            ["Tags"] = KeyValueTags(tags),
        };
        return new PlannedCall("servicediscovery", "CreatePrivateDnsNamespace", Text(body), $"Cloud Map private DNS namespace {name}",
            new UndoCall("DeleteNamespace", Text(new JsonObject { ["Id"] = PlanReferences.Of("Namespace", "Id") })),
            $"ListNamespaces {name}")
        {
            Key = "Namespace",
            Outputs = new Dictionary<string, string> { ["Id"] = NamespaceIdPath },
        };
    }

    public static PlannedCall DiscoveryService(ServiceDiscoveryInput discovery, string namespaceId, string cluster, IReadOnlyList<(string Key, string Value)> tags)
    {
        var name = discovery.ServiceName.Trim();
        var body = new JsonObject
        {
            ["Name"] = name,
            ["NamespaceId"] = namespaceId,
            ["CreatorRequestId"] = CreatorRequestId(cluster, name),
            ["Description"] = $"ECS service {name} on {cluster}",
            ["DnsConfig"] = new JsonObject
            {
                ["RoutingPolicy"] = "MULTIVALUE",
                ["DnsRecords"] = new JsonArray(new JsonObject { ["Type"] = "A", ["TTL"] = discovery.DnsTtlSeconds }),
            },

            // ECS reports task health to Cloud Map itself.
            ["HealthCheckCustomConfig"] = new JsonObject { ["FailureThreshold"] = 1 },
            ["Tags"] = KeyValueTags(tags),
        };
        return new PlannedCall("servicediscovery", "CreateService", Text(body), $"Cloud Map service {name}",
            new UndoCall("DeleteService", Text(new JsonObject { ["Id"] = PlanReferences.Of("DiscoveryService", "Id") })),
            $"ListServices of the namespace, name {name}")
        {
            Key = "DiscoveryService",
            Outputs = new Dictionary<string, string> { ["Arn"] = "Service.Arn", ["Id"] = "Service.Id" },
        };
    }

    /// <param name="shownAs">The resource id as people read it (the service's name where the body refers to the created service).</param>
    public static PlannedCall ScalableTarget(string resourceId, ServiceScalingInput scaling, IReadOnlyList<(string Key, string Value)> tags, string? shownAs = null)
    {
        var target = Target(resourceId);
        var body = Target(resourceId);
        body["MinCapacity"] = scaling.MinCapacity;
        body["MaxCapacity"] = scaling.MaxCapacity;
        if (tags.Count > 0)
        {
            body["Tags"] = new JsonObject(tags.Select(t => new KeyValuePair<string, JsonNode?>(t.Key, t.Value)));
        }

        return new PlannedCall("application-autoscaling", "RegisterScalableTarget", Text(body), $"scalable target {shownAs ?? resourceId} ({scaling.MinCapacity}-{scaling.MaxCapacity} tasks)",
            new UndoCall("DeregisterScalableTarget", Text(target)), $"DescribeScalableTargets {resourceId}")
        {
            Key = "ScalableTarget",
        };
    }

    /// <param name="resourceLabel">For the ALB request-count metric: which load balancer and target group it counts.</param>
    public static PlannedCall ScalingPolicy(string resourceId, string service, ServiceScalingInput scaling, string? resourceLabel = null)
    {
        var (metric, words) = scaling.Metric switch
        {
            ScalingMetric.Memory => ("ECSServiceAverageMemoryUtilization", "memory"),
            ScalingMetric.AlbRequestsPerTarget => ("ALBRequestCountPerTarget", "requests"),
            _ => ("ECSServiceAverageCPUUtilization", "cpu"),
        };
        var policyName = $"{service}-{words}-target-tracking";
        var body = Target(resourceId);
        body["PolicyName"] = policyName;
        body["PolicyType"] = "TargetTrackingScaling";
        body["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
        {
            ["TargetValue"] = scaling.TargetValue,
            ["PredefinedMetricSpecification"] = resourceLabel is null
                ? new JsonObject { ["PredefinedMetricType"] = metric }
                : new JsonObject { ["PredefinedMetricType"] = metric, ["ResourceLabel"] = resourceLabel },
            ["ScaleOutCooldown"] = scaling.ScaleOutCooldownSeconds,
            ["ScaleInCooldown"] = scaling.ScaleInCooldownSeconds,
        };
        var undo = Target(resourceId);
        undo["PolicyName"] = policyName;
        return new PlannedCall("application-autoscaling", "PutScalingPolicy", Text(body),
            $"target tracking policy {policyName} ({words} at {scaling.TargetValue.ToString(CultureInfo.InvariantCulture)})",
            new UndoCall("DeleteScalingPolicy", Text(undo)), $"DescribeScalingPolicies {policyName}")
        {
            Key = "ScalingPolicy",
            Outputs = new Dictionary<string, string> { ["Arn"] = "PolicyARN" },
        };
    }

    private static JsonObject Target(string resourceId) => new()
    {
        ["ServiceNamespace"] = "ecs",
        ["ResourceId"] = resourceId,
        ["ScalableDimension"] = ScalableDimension,
    };

    private static JsonArray KeyValueTags(IReadOnlyList<(string Key, string Value)> tags) =>
        new(tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToArray());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Text(JsonObject body) => body.ToJsonString(BodyOptions);

    /// <summary>
    /// Cloud Map's idempotency token (at most 64 characters): the same for the same names, so a resumed run is answered
    /// with the first call's operation; hashed, since names alone can be longer than that.
    /// </summary>
    internal static string CreatorRequestId(params string[] parts)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('/', parts)));
        return "ecsconsole-" + Convert.ToHexStringLower(hash)[..32];
    }
}
