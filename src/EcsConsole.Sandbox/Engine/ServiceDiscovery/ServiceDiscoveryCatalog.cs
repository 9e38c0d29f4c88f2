using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Engine.ServiceDiscovery;

/// <summary>A Cloud Map private DNS namespace per cluster.</summary>
public sealed record DiscoveryNamespace(string Id, string Arn, string Name, ClusterState Cluster, DateTimeOffset CreatedAt);

/// <summary>A Cloud Map service per ECS service, whose instances are the service's running tasks.</summary>
public sealed record DiscoveryService(string Id, string Arn, DiscoveryNamespace Namespace, ServiceState Service);

/// <summary>
/// Service discovery derived from the fleet: {service}.{cluster}.internal resolves to the service's running tasks. Services
/// created with their own serviceRegistries register in those (Cloud Map services created through the API) instead.
/// </summary>
public static class ServiceDiscoveryCatalog
{
    public static IReadOnlyList<DiscoveryNamespace> Namespaces(SandboxState state, ArnFactory arns) =>
        state.Clusters.Where(c => c.Services.Count > 0).Select(c =>
        {
            var id = "ns-" + LoadBalancerCatalog.StableId("namespace" + c.Arn);
            return new DiscoveryNamespace(id, $"arn:aws:servicediscovery:{arns.Region}:{arns.AccountId}:namespace/{id}", $"{c.Name}.internal", c, c.Services.Min(s => s.CreatedAt) - TimeSpan.FromHours(2));
        }).ToList();

    public static IReadOnlyList<DiscoveryService> Services(SandboxState state, ArnFactory arns) =>
        Namespaces(state, arns).SelectMany(ns => ns.Cluster.Services.Where(s => s.Status == "ACTIVE" && s.RegistryArns is null).Select(s =>
        {
            var id = "srv-" + LoadBalancerCatalog.StableId("service" + s.Arn);
            return new DiscoveryService(id, RegistryArn(arns, s), ns, s);
        })).ToList();

    public static string RegistryArn(ArnFactory arns, ServiceState service) =>
        $"arn:aws:servicediscovery:{arns.Region}:{arns.AccountId}:service/srv-{LoadBalancerCatalog.StableId("service" + service.Arn)}";

    /// <summary>The running tasks of the ECS services that name a registry (a Cloud Map service created through the API) in serviceRegistries.</summary>
    public static IEnumerable<TaskState> Instances(SandboxState state, string registryArn) =>
        state.Clusters.SelectMany(c => c.Services
            .Where(s => s.Status != "INACTIVE" && s.RegistryArns?.Contains(registryArn) == true)
            .SelectMany(s => c.Tasks.Where(t => t.ServiceName == s.Name && t.IsAlive && t.LastStatus == "RUNNING")));

    /// <summary>Tasks register once running and deregister when they start to stop, as ECS does for service discovery.</summary>
    public static IEnumerable<TaskState> Instances(DiscoveryService service) =>
        service.Namespace.Cluster.Tasks.Where(t => t.ServiceName == service.Service.Name && t.IsAlive && t.LastStatus == "RUNNING");
}
