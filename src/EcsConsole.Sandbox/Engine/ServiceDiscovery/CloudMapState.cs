namespace EcsConsole.Sandbox.Engine.ServiceDiscovery;

/// <summary>Cloud Map namespaces, services and operations created through the API. Only touched under the engine's lock.</summary>
public sealed class CloudMapState
{
    public List<CreatedNamespace> Namespaces { get; } = [];

    public List<CreatedDiscoveryService> Services { get; } = [];

    public List<CloudMapOperationState> Operations { get; } = [];

    /// <summary>Namespaces whose creation finished by <paramref name="now"/>; before that only GetOperation knows of them.</summary>
    public IEnumerable<CreatedNamespace> Ready(DateTimeOffset now) => Namespaces.Where(n => n.ReadyAt <= now);
}

/// <summary>A private DNS namespace created with CreatePrivateDnsNamespace.</summary>
public sealed record CreatedNamespace(string Id, string Arn, string Name, string Vpc, string? Description, string? CreatorRequestId, long SoaTtl, DateTimeOffset CreatedAt, DateTimeOffset ReadyAt)
{
    public string HostedZoneId => "Z" + Id[3..].ToUpperInvariant();

    /// <summary>The Tags given to CreatePrivateDnsNamespace, answered by ListTagsForResource.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>A DNS record a Cloud Map service answers for each instance.</summary>
public sealed record DnsRecordState(string Type, long Ttl);

/// <summary>A Cloud Map service created with CreateService; its instances are the running tasks of the ECS services that name it.</summary>
public sealed record CreatedDiscoveryService(
    string Id,
    string Arn,
    string Name,
    string NamespaceId,
    string? Description,
    string RoutingPolicy,
    IReadOnlyList<DnsRecordState> DnsRecords,
    int? CustomHealthCheckFailureThreshold,
    string? CreatorRequestId,
    DateTimeOffset CreatedAt)
{
    /// <summary>The Tags given to CreateService, answered by ListTagsForResource.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>
/// An asynchronous Cloud Map operation: SUBMITTED, then PENDING a second later, then SUCCESS once the namespace is ready,
/// as AWS reports a namespace's creation over about half a minute.
/// </summary>
public sealed record CloudMapOperationState(string Id, string Type, string NamespaceId, DateTimeOffset CreatedAt, DateTimeOffset DoneAt)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    public string Status(DateTimeOffset now) => now >= DoneAt ? "SUCCESS" : now - CreatedAt >= TimeSpan.FromSeconds(1) ? "PENDING" : "SUBMITTED";

    public DateTimeOffset UpdatedAt(DateTimeOffset now) => now >= DoneAt ? DoneAt : now - CreatedAt >= TimeSpan.FromSeconds(1) ? CreatedAt + TimeSpan.FromSeconds(1) : CreatedAt;
}
