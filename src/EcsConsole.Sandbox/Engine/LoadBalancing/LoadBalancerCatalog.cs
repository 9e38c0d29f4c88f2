using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Engine.LoadBalancing;

/// <summary>An application load balancer in front of one cluster's services.</summary>
public sealed record LoadBalancerView(string Arn, string Name, string Id, ClusterState Cluster, IReadOnlyList<KeyValuePair<string, string>> SubnetZones, IReadOnlyList<string> SecurityGroups, DateTimeOffset CreatedAt)
{
    public string ListenerArn => Arn.Replace(":loadbalancer/", ":listener/", StringComparison.Ordinal) + "/" + LoadBalancerCatalog.StableId("listener" + Arn);
}

/// <summary>A target group of one service, with the load balancer that forwards to it.</summary>
public sealed record TargetGroupView(string Arn, string Name, ServiceState Service, LoadBalancerView LoadBalancer, int Priority);

/// <summary>
/// The load balancing the ECS services sit behind, derived from their target groups: one ALB per cluster with an HTTPS
/// listener whose path rules forward /api/{service}/* to each service's target group.
/// </summary>
public static class LoadBalancerCatalog
{
    public static IReadOnlyList<LoadBalancerView> LoadBalancers(SandboxState state, ArnFactory arns) =>
        state.Clusters
            .Where(c => c.Services.Any(s => s.TargetGroupArn is not null && s.Status != "INACTIVE"))
            .Select(c =>
            {
                var name = $"{c.Name}-alb";
                var id = StableId(c.Arn);
                var services = c.Services.Where(s => s.TargetGroupArn is not null).ToList();
                return new LoadBalancerView(
                    $"arn:aws:elasticloadbalancing:{arns.Region}:{arns.AccountId}:loadbalancer/app/{name}/{id}",
                    name,
                    id,
                    c,
                    services.SelectMany(s => s.Subnets).Distinct().Order(StringComparer.Ordinal)
                        .Select(subnet => new KeyValuePair<string, string>(subnet, state.AvailabilityZoneOf(subnet, arns.Region))).ToList(),
                    services.SelectMany(s => s.SecurityGroups).Distinct().Order(StringComparer.Ordinal).ToList(),
                    services.Min(s => s.CreatedAt) - TimeSpan.FromHours(1));
            })
            .ToList();

    public static IReadOnlyList<TargetGroupView> TargetGroups(SandboxState state, ArnFactory arns)
    {
        var balancers = LoadBalancers(state, arns);
        return balancers
            .SelectMany(lb => lb.Cluster.Services
                .Where(s => s.TargetGroupArn is not null && s.Status != "INACTIVE")
                .Select((s, i) => new TargetGroupView(s.TargetGroupArn!, s.TargetGroupArn!.Split('/')[^2], s, lb, (i + 1) * 10)))
            .ToList();
    }

    /// <summary>A 16-hex-digit id that stays the same for the same resource across runs.</summary>
    public static string StableId(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];
}
