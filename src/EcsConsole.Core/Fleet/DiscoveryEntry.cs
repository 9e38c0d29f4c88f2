namespace EcsConsole.Core.Fleet;

/// <summary>A Cloud Map service the ECS service registers its tasks in.</summary>
/// <param name="DnsRecords">As <c>A 10s, SRV 10s</c>; empty for API-only (HTTP) namespaces.</param>
public sealed record DiscoveryEntry(string RegistryArn, string Name, string? NamespaceId, string DnsRecords, int? InstanceCount);
