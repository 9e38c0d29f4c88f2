using System.Text.Json.Nodes;
using System.Xml.Linq;
using static EcsConsole.Sandbox.Tests.Conformance.SandboxConformanceCases;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// The ELBv2, Application Auto Scaling and Cloud Map create/delete operations' cases, joined to <see cref="SandboxConformanceCases.All"/>:
/// each arranges what it needs through the same APIs.
/// </summary>
internal static class LoadBalancingConformanceCases
{
    public static IReadOnlyDictionary<string, CaseAsync> All { get; } = new Dictionary<string, CaseAsync>(StringComparer.Ordinal)
    {
        ["elbv2:CreateLoadBalancer"] = async (s, advance) =>
        {
            var reply = await CreateAlbAsync(s, "reports-alb");
            Assert.Equal("provisioning", Values(reply, "Code").Single());
            Assert.Equal(["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"], Values(reply, "SubnetId"));
            advance(TimeSpan.FromMinutes(2));
            var described = await s.QueryAsync("elbv2", "DescribeLoadBalancers", new Dictionary<string, string> { ["Names.member.1"] = "reports-alb" });
            Assert.Equal("active", Values(described, "Code").Single());
        },
        ["elbv2:CreateTargetGroup"] = async (s, _) =>
        {
            var reply = await CreateTargetGroupAsync(s, "reports-tg");
            Assert.Equal("/health", Values(reply, "HealthCheckPath").Single());
            Assert.Equal("ip", Values(reply, "TargetType").Single());
            var again = await CreateTargetGroupAsync(s, "reports-tg");
            Assert.Equal(Values(reply, "TargetGroupArn"), Values(again, "TargetGroupArn"));
        },
        ["elbv2:CreateListener"] = async (s, _) =>
        {
            var (_, listener) = await CreateAlbWithListenerAsync(s, "reports");
            Assert.Equal("80", Values(listener, "Port").Single());
            Assert.Equal("forward", Values(listener, "Type").Single());
        },
        ["elbv2:CreateRule"] = async (s, _) =>
        {
            var (group, listener) = await CreateAlbWithListenerAsync(s, "reports");
            var reply = await CreateRuleAsync(s, Values(listener, "ListenerArn").Single(), Values(group, "TargetGroupArn").Single(), 10);
            Assert.Equal("10", Values(reply, "Priority").Single());
            Assert.Equal(["/reports/*", "/reports/*"], Values(reply, "member").Where(v => v == "/reports/*").ToList());
            var rules = await s.QueryAsync("elbv2", "DescribeRules", new Dictionary<string, string> { ["ListenerArn"] = Values(listener, "ListenerArn").Single() });
            Assert.Equal(["10", "default"], Values(rules, "Priority"));
        },
        ["elbv2:DescribeTags"] = async (s, _) =>
        {
            var balancer = Values(await CreateAlbAsync(s, "tagged-alb"), "LoadBalancerArn").Single();
            var group = Values(await CreateTargetGroupAsync(s, "tagged-tg"), "TargetGroupArn").Single();
            var seeded = Values(await s.QueryAsync("elbv2", "DescribeTargetGroups"), "TargetGroupArn").First(a => a != group);

            var reply = await s.QueryAsync("elbv2", "DescribeTags", new Dictionary<string, string>
            {
                ["ResourceArns.member.1"] = balancer, ["ResourceArns.member.2"] = group, ["ResourceArns.member.3"] = seeded,
            });

            Assert.Equal([balancer, group, seeded], Values(reply, "ResourceArn"));
            Assert.Equal(["team", "team"], Values(reply, "Key"));
            Assert.Equal(["reports", "reports"], Values(reply, "Value"));
        },
        ["elbv2:DeleteLoadBalancer"] = async (s, _) =>
        {
            var balancer = Values(await CreateAlbAsync(s, "doomed-alb"), "LoadBalancerArn").Single();
            await s.QueryAsync("elbv2", "DeleteLoadBalancer", new Dictionary<string, string> { ["LoadBalancerArn"] = balancer });
            var all = await s.QueryAsync("elbv2", "DescribeLoadBalancers");
            Assert.DoesNotContain(balancer, Values(all, "LoadBalancerArn"));
        },
        ["elbv2:DeleteTargetGroup"] = async (s, _) =>
        {
            var group = Values(await CreateTargetGroupAsync(s, "doomed-tg"), "TargetGroupArn").Single();
            await s.QueryAsync("elbv2", "DeleteTargetGroup", new Dictionary<string, string> { ["TargetGroupArn"] = group });
            var all = await s.QueryAsync("elbv2", "DescribeTargetGroups");
            Assert.DoesNotContain(group, Values(all, "TargetGroupArn"));
        },
        ["elbv2:DeleteListener"] = async (s, _) =>
        {
            var (_, listener) = await CreateAlbWithListenerAsync(s, "reports");
            var arn = Values(listener, "ListenerArn").Single();
            await s.QueryAsync("elbv2", "DeleteListener", new Dictionary<string, string> { ["ListenerArn"] = arn });
            var remaining = await s.QueryAsync("elbv2", "DescribeListeners", new Dictionary<string, string> { ["LoadBalancerArn"] = Values(listener, "LoadBalancerArn").Single() });
            Assert.Empty(Values(remaining, "ListenerArn"));
        },
        ["elbv2:DeleteRule"] = async (s, _) =>
        {
            var (group, listener) = await CreateAlbWithListenerAsync(s, "reports");
            var rule = Values(await CreateRuleAsync(s, Values(listener, "ListenerArn").Single(), Values(group, "TargetGroupArn").Single(), 20), "RuleArn").Single();
            await s.QueryAsync("elbv2", "DeleteRule", new Dictionary<string, string> { ["RuleArn"] = rule });
            var rules = await s.QueryAsync("elbv2", "DescribeRules", new Dictionary<string, string> { ["ListenerArn"] = Values(listener, "ListenerArn").Single() });
            Assert.Equal(["default"], Values(rules, "Priority"));
        },
        ["application-autoscaling:ListTagsForResource"] = async (s, _) =>
        {
            var arn = (await s.JsonAsync("application-autoscaling", "RegisterScalableTarget", new JsonObject
            {
                ["ServiceNamespace"] = "ecs", ["ResourceId"] = "service/prod/news", ["ScalableDimension"] = "ecs:service:DesiredCount",
                ["MinCapacity"] = 1, ["MaxCapacity"] = 4, ["Tags"] = new JsonObject { ["team"] = "news" },
            }))["ScalableTargetARN"]!.GetValue<string>();
            var reply = await s.JsonAsync("application-autoscaling", "ListTagsForResource", new JsonObject { ["ResourceARN"] = arn });
            Assert.Equal("news", reply["Tags"]!["team"]!.GetValue<string>());
        },
        ["application-autoscaling:RegisterScalableTarget"] = async (s, _) =>
        {
            var reply = await RegisterAsync(s, "service/prod/news");
            Assert.StartsWith("arn:aws:application-autoscaling:", reply["ScalableTargetARN"]!.GetValue<string>(), StringComparison.Ordinal);
            var targets = await s.JsonAsync("application-autoscaling", "DescribeScalableTargets", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceIds"] = new JsonArray("service/prod/news") });
            Assert.Equal(4, targets["ScalableTargets"]![0]!["MaxCapacity"]!.GetValue<int>());
        },
        ["application-autoscaling:DeregisterScalableTarget"] = async (s, _) =>
        {
            await RegisterAsync(s, "service/prod/news");
            await s.JsonAsync("application-autoscaling", "DeregisterScalableTarget", Target("service/prod/news"));
            var targets = await s.JsonAsync("application-autoscaling", "DescribeScalableTargets", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceIds"] = new JsonArray("service/prod/news") });
            Assert.Empty(targets["ScalableTargets"]!.AsArray());
        },
        ["application-autoscaling:PutScalingPolicy"] = async (s, _) =>
        {
            await RegisterAsync(s, "service/prod/news");
            var reply = await PutPolicyAsync(s, "news-cpu");
            Assert.Contains(":policyName/news-cpu", reply["PolicyARN"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.StartsWith("TargetTracking-service/prod/news-AlarmHigh-", reply["Alarms"]![0]!["AlarmName"]!.GetValue<string>(), StringComparison.Ordinal);
        },
        ["application-autoscaling:DeleteScalingPolicy"] = async (s, _) =>
        {
            await RegisterAsync(s, "service/prod/news");
            await PutPolicyAsync(s, "news-cpu");
            var body = Target("service/prod/news");
            body["PolicyName"] = "news-cpu";
            await s.JsonAsync("application-autoscaling", "DeleteScalingPolicy", body);
            var policies = await s.JsonAsync("application-autoscaling", "DescribeScalingPolicies", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceId"] = "service/prod/news" });
            Assert.Empty(policies["ScalingPolicies"]!.AsArray());
        },
        ["servicediscovery:CreatePrivateDnsNamespace"] = async (s, _) =>
        {
            var reply = await CreateNamespaceAsync(s, "reports.local");
            Assert.False(string.IsNullOrEmpty(reply["OperationId"]!.GetValue<string>()));
        },
        ["servicediscovery:GetOperation"] = async (s, advance) =>
        {
            var operation = (await CreateNamespaceAsync(s, "reports.local"))["OperationId"]!.GetValue<string>();
            var pending = await s.JsonAsync("servicediscovery", "GetOperation", new JsonObject { ["OperationId"] = operation });
            Assert.Equal("SUBMITTED", pending["Operation"]!["Status"]!.GetValue<string>());
            advance(TimeSpan.FromMinutes(1));
            var done = await s.JsonAsync("servicediscovery", "GetOperation", new JsonObject { ["OperationId"] = operation });
            Assert.Equal("SUCCESS", done["Operation"]!["Status"]!.GetValue<string>());
            Assert.StartsWith("ns-", done["Operation"]!["Targets"]!["NAMESPACE"]!.GetValue<string>(), StringComparison.Ordinal);
        },
        ["servicediscovery:GetNamespace"] = async (s, advance) =>
        {
            var id = await ReadyNamespaceAsync(s, advance, "reports.local");
            var reply = await s.JsonAsync("servicediscovery", "GetNamespace", new JsonObject { ["Id"] = id });
            Assert.Equal("reports.local", reply["Namespace"]!["Name"]!.GetValue<string>());
            Assert.Equal("DNS_PRIVATE", reply["Namespace"]!["Type"]!.GetValue<string>());
        },
        ["servicediscovery:CreateService"] = async (s, advance) =>
        {
            var id = await ReadyNamespaceAsync(s, advance, "reports.local");
            var reply = await CreateDiscoveryServiceAsync(s, id, "reports");
            Assert.StartsWith("srv-", reply["Service"]!["Id"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(id, reply["Service"]!["NamespaceId"]!.GetValue<string>());
        },
        ["servicediscovery:DeleteService"] = async (s, advance) =>
        {
            var id = await ReadyNamespaceAsync(s, advance, "reports.local");
            var service = (await CreateDiscoveryServiceAsync(s, id, "reports"))["Service"]!["Id"]!.GetValue<string>();
            await s.JsonAsync("servicediscovery", "DeleteService", new JsonObject { ["Id"] = service });
            var services = await s.JsonAsync("servicediscovery", "ListServices", new JsonObject());
            Assert.DoesNotContain(services["Services"]!.AsArray(), x => x!["Id"]!.GetValue<string>() == service);
        },
        ["servicediscovery:ListTagsForResource"] = async (s, advance) =>
        {
            var id = await ReadyNamespaceAsync(s, advance, "reports.local");
            var namespaceArn = (await s.JsonAsync("servicediscovery", "GetNamespace", new JsonObject { ["Id"] = id }))["Namespace"]!["Arn"]!.GetValue<string>();
            var serviceArn = (await CreateDiscoveryServiceAsync(s, id, "reports"))["Service"]!["Arn"]!.GetValue<string>();
            var seededArn = (await s.JsonAsync("servicediscovery", "ListServices", new JsonObject()))["Services"]!.AsArray()
                .Select(x => x!["Arn"]!.GetValue<string>()).First(a => a != serviceArn);

            var ofNamespace = await s.JsonAsync("servicediscovery", "ListTagsForResource", new JsonObject { ["ResourceARN"] = namespaceArn });
            var ofService = await s.JsonAsync("servicediscovery", "ListTagsForResource", new JsonObject { ["ResourceARN"] = serviceArn });
            var ofSeeded = await s.JsonAsync("servicediscovery", "ListTagsForResource", new JsonObject { ["ResourceARN"] = seededArn });

            Assert.Equal(["team=reports"], ofNamespace["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
            Assert.Equal(["ecsconsole:run=r-1", "team=reports"], ofService["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
            Assert.Empty(ofSeeded["Tags"]!.AsArray());
        },
        ["servicediscovery:DeleteNamespace"] = async (s, advance) =>
        {
            var id = await ReadyNamespaceAsync(s, advance, "reports.local");
            var reply = await s.JsonAsync("servicediscovery", "DeleteNamespace", new JsonObject { ["Id"] = id });
            Assert.False(string.IsNullOrEmpty(reply["OperationId"]!.GetValue<string>()));
        },
    };

    private static Task<XDocument> CreateAlbAsync(SandboxConformanceSession s, string name) =>
        s.QueryAsync("elbv2", "CreateLoadBalancer", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Subnets.member.1"] = "subnet-05c4b2e8a7d610021",
            ["Subnets.member.2"] = "subnet-05c4b2e8a7d610022",
            ["SecurityGroups.member.1"] = "sg-0b9e8d7c6a5f40072",
            ["Scheme"] = "internet-facing",
            ["Type"] = "application",
            ["Tags.member.1.Key"] = "team",
            ["Tags.member.1.Value"] = "reports",
        });

    private static Task<XDocument> CreateTargetGroupAsync(SandboxConformanceSession s, string name) =>
        s.QueryAsync("elbv2", "CreateTargetGroup", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Protocol"] = "HTTP",
            ["Port"] = "8080",
            ["VpcId"] = "vpc-0e1d2c3b4a5f60789",
            ["TargetType"] = "ip",
            ["HealthCheckPath"] = "/health",
            ["HealthCheckIntervalSeconds"] = "10",
            ["HealthyThresholdCount"] = "2",
            ["Matcher.HttpCode"] = "200-299",
            ["Tags.member.1.Key"] = "team",
            ["Tags.member.1.Value"] = "reports",
        });

    private static async Task<(XDocument Group, XDocument Listener)> CreateAlbWithListenerAsync(SandboxConformanceSession s, string name)
    {
        var balancer = Values(await CreateAlbAsync(s, name + "-alb"), "LoadBalancerArn").Single();
        var group = await CreateTargetGroupAsync(s, name + "-tg");
        var listener = await s.QueryAsync("elbv2", "CreateListener", new Dictionary<string, string>
        {
            ["LoadBalancerArn"] = balancer,
            ["Protocol"] = "HTTP",
            ["Port"] = "80",
            ["DefaultActions.member.1.Type"] = "forward",
            ["DefaultActions.member.1.TargetGroupArn"] = Values(group, "TargetGroupArn").Single(),
        });
        return (group, listener);
    }

    private static Task<XDocument> CreateRuleAsync(SandboxConformanceSession s, string listener, string group, int priority) =>
        s.QueryAsync("elbv2", "CreateRule", new Dictionary<string, string>
        {
            ["ListenerArn"] = listener,
            ["Priority"] = priority.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Conditions.member.1.Field"] = "path-pattern",
            ["Conditions.member.1.PathPatternConfig.Values.member.1"] = "/reports/*",
            ["Actions.member.1.Type"] = "forward",
            ["Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn"] = group,
            ["Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight"] = "100",
        });

    private static JsonObject Target(string resourceId) => new()
    {
        ["ServiceNamespace"] = "ecs",
        ["ResourceId"] = resourceId,
        ["ScalableDimension"] = "ecs:service:DesiredCount",
    };

    private static Task<JsonNode> RegisterAsync(SandboxConformanceSession s, string resourceId)
    {
        var body = Target(resourceId);
        body["MinCapacity"] = 1;
        body["MaxCapacity"] = 4;
        return s.JsonAsync("application-autoscaling", "RegisterScalableTarget", body);
    }

    private static Task<JsonNode> PutPolicyAsync(SandboxConformanceSession s, string name)
    {
        var body = Target("service/prod/news");
        body["PolicyName"] = name;
        body["PolicyType"] = "TargetTrackingScaling";
        body["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
        {
            ["TargetValue"] = 60.0,
            ["PredefinedMetricSpecification"] = new JsonObject { ["PredefinedMetricType"] = "ECSServiceAverageCPUUtilization" },
            ["ScaleOutCooldown"] = 60,
            ["ScaleInCooldown"] = 120,
        };
        return s.JsonAsync("application-autoscaling", "PutScalingPolicy", body);
    }

    private static Task<JsonNode> CreateNamespaceAsync(SandboxConformanceSession s, string name) =>
        s.JsonAsync("servicediscovery", "CreatePrivateDnsNamespace", new JsonObject
        {
            ["Name"] = name,
            ["Vpc"] = "vpc-0e1d2c3b4a5f60789",
            ["CreatorRequestId"] = "conformance-" + name,
            ["Description"] = "Reports",
            ["Properties"] = new JsonObject { ["DnsProperties"] = new JsonObject { ["SOA"] = new JsonObject { ["TTL"] = 60 } } },
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "reports" }),
        });

    private static async Task<string> ReadyNamespaceAsync(SandboxConformanceSession s, Action<TimeSpan> advance, string name)
    {
        var operation = (await CreateNamespaceAsync(s, name))["OperationId"]!.GetValue<string>();
        advance(TimeSpan.FromMinutes(1));
        var done = await s.JsonAsync("servicediscovery", "GetOperation", new JsonObject { ["OperationId"] = operation });
        return done["Operation"]!["Targets"]!["NAMESPACE"]!.GetValue<string>();
    }

    private static Task<JsonNode> CreateDiscoveryServiceAsync(SandboxConformanceSession s, string namespaceId, string name) =>
        s.JsonAsync("servicediscovery", "CreateService", new JsonObject
        {
            ["Name"] = name,
            ["NamespaceId"] = namespaceId,
            ["CreatorRequestId"] = "conformance-" + name,
            ["DnsConfig"] = new JsonObject { ["RoutingPolicy"] = "MULTIVALUE", ["DnsRecords"] = new JsonArray(new JsonObject { ["Type"] = "A", ["TTL"] = 10 }) },
            ["HealthCheckCustomConfig"] = new JsonObject { ["FailureThreshold"] = 1 },
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "ecsconsole:run", ["Value"] = "r-1" }, new JsonObject { ["Key"] = "team", ["Value"] = "reports" }),
        });

    private static List<string> Values(XDocument reply, string element) =>
        reply.Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Value).ToList();
}
