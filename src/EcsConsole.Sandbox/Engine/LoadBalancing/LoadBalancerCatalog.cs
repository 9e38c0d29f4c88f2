using System.Security.Cryptography;
using System.Text;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.LoadBalancing;

/// <summary>An application load balancer in front of one cluster's services.</summary>
public sealed record LoadBalancerView(string Arn, string Name, string Id, ClusterState Cluster, IReadOnlyList<KeyValuePair<string, string>> SubnetZones, IReadOnlyList<string> SecurityGroups, DateTimeOffset CreatedAt)
{
    /// <summary>The services this load balancer routes to (those with a derived target group), in the cluster's order.</summary>
    public IReadOnlyList<ServiceState> Routed { get; init; } = [];

    /// <summary>The production listener (HTTPS 443).</summary>
    public string ListenerArn => Arn.Replace(":loadbalancer/", ":listener/", StringComparison.Ordinal) + "/" + LoadBalancerCatalog.StableId("listener" + Arn);

    /// <summary>The test listener (HTTPS 8443) that blue/green deployments send test traffic through.</summary>
    public string TestListenerArn => Arn.Replace(":loadbalancer/", ":listener/", StringComparison.Ordinal) + "/" + LoadBalancerCatalog.StableId("test-listener" + Arn);
}

/// <summary>A target group of one service (its own or its blue/green alternate), with the load balancer that forwards to it.</summary>
public sealed record TargetGroupView(string Arn, string Name, ServiceState Service, LoadBalancerView LoadBalancer, int Priority);

/// <summary>A listener rule: a service's path rule on the production or test listener, or a listener's default rule (no service).</summary>
public sealed record ListenerRuleView(string Arn, string ListenerArn, LoadBalancerView LoadBalancer, ServiceState? Service, int Priority, bool IsTest);

/// <summary>
/// The load balancing the ECS services sit behind, derived from their target groups: one ALB per cluster with an HTTPS
/// production listener and an HTTPS test listener whose path rules forward /api/{service}/* to each service's target
/// groups, weighted as the service's deployments shift traffic.
/// </summary>
public static class LoadBalancerCatalog
{
    public static IReadOnlyList<LoadBalancerView> LoadBalancers(SandboxState state, ArnFactory arns) =>
        state.Clusters
            .Where(c => c.Services.Any(s => IsRouted(state, s)))
            .Select(c =>
            {
                var name = $"{c.Name}-alb";
                var id = StableId(c.Arn);
                var services = c.Services.Where(s => s.TargetGroupArn is not null && !state.LoadBalancing.IsCreatedThroughApi(s.TargetGroupArn)).ToList();
                return new LoadBalancerView(
                    $"arn:aws:elasticloadbalancing:{arns.Region}:{arns.AccountId}:loadbalancer/app/{name}/{id}",
                    name,
                    id,
                    c,
                    services.SelectMany(s => s.Subnets).Distinct().Order(StringComparer.Ordinal)
                        .Select(subnet => new KeyValuePair<string, string>(subnet, state.AvailabilityZoneOf(subnet, arns.Region))).ToList(),
                    services.SelectMany(s => s.SecurityGroups).Distinct().Order(StringComparer.Ordinal).ToList(),
                    services.Min(s => s.CreatedAt) - TimeSpan.FromHours(1))
                {
                    Routed = c.Services.Where(s => IsRouted(state, s)).ToList(),
                };
            })
            .ToList();

    /// <summary>Each service's target group and, for blue/green services, its alternate target group.</summary>
    public static IReadOnlyList<TargetGroupView> TargetGroups(SandboxState state, ArnFactory arns) =>
        LoadBalancers(state, arns)
            .SelectMany(lb => RoutedServices(lb).SelectMany((s, i) => TargetGroupArns(s).Select(arn => new TargetGroupView(arn, arn.Split('/')[^2], s, lb, (i + 1) * 10))))
            .ToList();

    /// <summary>The rules of both listeners of every load balancer: one per routed service, then the default rule.</summary>
    public static IReadOnlyList<ListenerRuleView> Rules(SandboxState state, ArnFactory arns) =>
        LoadBalancers(state, arns)
            .SelectMany(lb => new[] { (Listener: lb.ListenerArn, IsTest: false), (Listener: lb.TestListenerArn, IsTest: true) }
                .SelectMany(l => RoutedServices(lb)
                    .Select((s, i) => new ListenerRuleView(RuleArn(l.Listener, lb, s.TargetGroupArn!.Split('/')[^2], l.IsTest), l.Listener, lb, s, (i + 1) * 10, l.IsTest))
                    .Append(new ListenerRuleView(RuleArn(l.Listener, lb, "default", l.IsTest), l.Listener, lb, null, 0, l.IsTest))))
            .ToList();

    /// <summary>
    /// The forward action's target groups and weights for a service's rule. A service without advancedConfiguration
    /// forwards to its one target group; a blue/green service splits between both as its deployment has shifted them.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Forward(ServiceState service, bool test)
    {
        if (service.AdvancedConfiguration is not { } advanced)
        {
            return [new(service.ProductionTargetGroupArn!, 1)];
        }

        var (green, greenPercent) = ServiceTraffic.GreenShare(service, test);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [service.TargetGroupArn!] = 0,
            [advanced.AlternateTargetGroupArn] = 0,
        };
        var greenWeight = (int)Math.Round(greenPercent, MidpointRounding.AwayFromZero);
        weights[service.ProductionTargetGroupArn!] = 100 - greenWeight;
        if (green is not null)
        {
            weights[green] = greenWeight;
        }

        return weights.ToList();
    }

    /// <summary>A 16-hex-digit id that stays the same for the same resource across runs.</summary>
    public static string StableId(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];

    private static IEnumerable<ServiceState> RoutedServices(LoadBalancerView balancer) => balancer.Routed;

    // Services behind a target group created through the ELBv2 API are routed by the created listeners and rules instead.
    private static bool IsRouted(SandboxState state, ServiceState service) =>
        service.TargetGroupArn is not null && service.Status != "INACTIVE" && !state.LoadBalancing.IsCreatedThroughApi(service.TargetGroupArn);

    private static IEnumerable<string> TargetGroupArns(ServiceState service) =>
        new[] { service.TargetGroupArn, service.AdvancedConfiguration?.AlternateTargetGroupArn, service.ProductionTargetGroupArn }.OfType<string>().Distinct();

    // The production listener keeps the rule ARNs it always had; the test listener's rules are salted apart from them.
    private static string RuleArn(string listenerArn, LoadBalancerView balancer, string name, bool test) =>
        listenerArn.Replace(":listener/", ":listener-rule/", StringComparison.Ordinal) + "/" + StableId((test ? "test-rule" : "rule") + balancer.Arn + name);
}
