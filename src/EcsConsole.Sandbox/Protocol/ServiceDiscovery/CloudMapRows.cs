using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;

namespace EcsConsole.Sandbox.Protocol.ServiceDiscovery;

/// <summary>A namespace as Cloud Map lists it, derived per cluster or created through the API.</summary>
internal sealed record NamespaceRow(string Id, string Arn, string Name, string Description, int ServiceCount, string HostedZoneId, long Ttl, DateTimeOffset CreatedAt, string? CreatorRequestId);

/// <summary>A registered instance: a running task, the cluster it runs in and the port it serves.</summary>
internal sealed record InstanceRow(TaskState Task, string Cluster, int Port);

/// <summary>A Cloud Map service as the API answers it, derived per ECS service or created through the API.</summary>
internal sealed record ServiceRow(
    string Id,
    string Arn,
    string Name,
    string NamespaceId,
    string Description,
    string RoutingPolicy,
    IReadOnlyList<DnsRecordState> Records,
    int? FailureThreshold,
    DateTimeOffset CreatedAt,
    string? CreatorRequestId,
    IReadOnlyList<InstanceRow> Instances);

/// <summary>Derived and created namespaces and services side by side, as every Cloud Map read answers them.</summary>
internal static class CloudMapRows
{
    public static List<NamespaceRow> Namespaces(SandboxState state, ArnFactory arns, DateTimeOffset now) =>
        ServiceDiscoveryCatalog.Namespaces(state, arns)
            .Select(n => new NamespaceRow(n.Id, n.Arn, n.Name, $"Service discovery for the {n.Cluster.Name} cluster", n.Cluster.Services.Count(s => s.Status == "ACTIVE"),
                "Z" + n.Id[3..].ToUpperInvariant(), 15, n.CreatedAt, null))
            .Concat(state.CloudMap.Ready(now).Select(n => new NamespaceRow(n.Id, n.Arn, n.Name, n.Description ?? "", state.CloudMap.Services.Count(s => s.NamespaceId == n.Id),
                n.HostedZoneId, n.SoaTtl, n.CreatedAt, n.CreatorRequestId)))
            .ToList();

    public static List<ServiceRow> Services(SandboxState state, ArnFactory arns) =>
        ServiceDiscoveryCatalog.Services(state, arns)
            .Select(s => new ServiceRow(s.Id, s.Arn, s.Service.Name, s.Namespace.Id, $"{s.Service.Name}.{s.Namespace.Name}", "MULTIVALUE", [new DnsRecordState("A", 15)], 1,
                s.Service.CreatedAt, null, ServiceDiscoveryCatalog.Instances(s).Select(t => new InstanceRow(t, s.Namespace.Cluster.Name, s.Service.LoadBalancerContainerPort ?? 8080)).ToList()))
            .Concat(state.CloudMap.Services.Select(s => new ServiceRow(s.Id, s.Arn, s.Name, s.NamespaceId, s.Description ?? "", s.RoutingPolicy, s.DnsRecords, s.CustomHealthCheckFailureThreshold,
                s.CreatedAt, s.CreatorRequestId, CreatedInstances(state, s.Arn))))
            .ToList();

    private static List<InstanceRow> CreatedInstances(SandboxState state, string registryArn) =>
        state.Clusters.SelectMany(c => c.Services
                .Where(s => s.Status != "INACTIVE" && s.RegistryArns?.Contains(registryArn) == true)
                .SelectMany(s => c.Tasks.Where(t => t.ServiceName == s.Name && t.IsAlive && t.LastStatus == "RUNNING").Select(t => new InstanceRow(t, c.Name, s.LoadBalancerContainerPort ?? 8080))))
            .ToList();
}
