using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Engine;

/// <summary>A Cloud Map private DNS namespace per cluster.</summary>
public sealed record DiscoveryNamespace(string Id, string Arn, string Name, ClusterState Cluster, DateTimeOffset CreatedAt);

/// <summary>A Cloud Map service per ECS service, whose instances are the service's running tasks.</summary>
public sealed record DiscoveryService(string Id, string Arn, DiscoveryNamespace Namespace, ServiceState Service);

/// <summary>Service discovery derived from the fleet: {service}.{cluster}.internal resolves to the service's running tasks.</summary>
public static class ServiceDiscoveryCatalog
{
    public static IReadOnlyList<DiscoveryNamespace> Namespaces(SandboxState state, ArnFactory arns) =>
        state.Clusters.Where(c => c.Services.Count > 0).Select(c =>
        {
            var id = "ns-" + LoadBalancerCatalog.StableId("namespace" + c.Arn);
            return new DiscoveryNamespace(id, $"arn:aws:servicediscovery:{arns.Region}:{arns.AccountId}:namespace/{id}", $"{c.Name}.internal", c, c.Services.Min(s => s.CreatedAt) - TimeSpan.FromHours(2));
        }).ToList();

    public static IReadOnlyList<DiscoveryService> Services(SandboxState state, ArnFactory arns) =>
        Namespaces(state, arns).SelectMany(ns => ns.Cluster.Services.Where(s => s.Status == "ACTIVE").Select(s =>
        {
            var id = "srv-" + LoadBalancerCatalog.StableId("service" + s.Arn);
            return new DiscoveryService(id, RegistryArn(arns, s), ns, s);
        })).ToList();

    public static string RegistryArn(ArnFactory arns, ServiceState service) =>
        $"arn:aws:servicediscovery:{arns.Region}:{arns.AccountId}:service/srv-{LoadBalancerCatalog.StableId("service" + service.Arn)}";

    /// <summary>Tasks register once running and deregister when they start to stop, as ECS does for service discovery.</summary>
    public static IEnumerable<TaskState> Instances(DiscoveryService service) =>
        service.Namespace.Cluster.Tasks.Where(t => t.ServiceName == service.Service.Name && t.IsAlive && t.LastStatus == "RUNNING");
}
