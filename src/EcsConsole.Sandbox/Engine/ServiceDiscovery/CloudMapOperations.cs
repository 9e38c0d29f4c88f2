using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Engine.ServiceDiscovery;

/// <summary>A CreateService request to Cloud Map as the sandbox reads it.</summary>
public sealed record DiscoveryServiceRequest(
    string Name, string? NamespaceId, string? Description, string? RoutingPolicy, IReadOnlyList<DnsRecordState>? DnsRecords, int? CustomHealthCheckFailureThreshold, string? CreatorRequestId, string? Type,
    IReadOnlyDictionary<string, string>? Tags = null);

/// <summary>Cloud Map creates and deletes with Cloud Map's error codes; the results sit beside the namespaces the sandbox derives per cluster.</summary>
public sealed partial class CloudMapOperations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    private static readonly Regex DnsName = new(@"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$", RegexOptions.CultureInvariant);
    private static readonly Regex ServiceName = new(@"^((?=^.{1,127}$)^([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9])(\.([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9]))*)$", RegexOptions.CultureInvariant);

    /// <summary>As Cloud Map CreatePrivateDnsNamespace: answers an operation id; the namespace exists once the operation succeeded.</summary>
    public string CreatePrivateDnsNamespace(string name, string vpc, string? creatorRequestId, string? description, long soaTtl, IReadOnlyDictionary<string, string>? tags = null) =>
        Write((sim, now) =>
        {
            if (name.Length > 1024 || !DnsName.IsMatch(name))
            {
                throw CloudMap("InvalidInput", $"Namespace name '{name}' is not a valid DNS domain name.");
            }

            if (string.IsNullOrWhiteSpace(vpc))
            {
                throw CloudMap("InvalidInput", "A private DNS namespace needs the VPC it resolves in (Vpc).");
            }

            var state = sim.State.CloudMap;
            if (state.Namespaces.FirstOrDefault(n => n.Name == name) is { } existing)
            {
                // A retry with the same creator request id answers the first request's operation, as Cloud Map does.
                return creatorRequestId is not null && existing.CreatorRequestId == creatorRequestId
                    ? state.Operations.First(o => o.NamespaceId == existing.Id && o.Type == "CREATE_NAMESPACE").Id
                    : throw CloudMap("NamespaceAlreadyExists", $"Namespace {name} already exists (id {existing.Id}).");
            }

            if (ServiceDiscoveryCatalog.Namespaces(sim.State, Arns).FirstOrDefault(n => n.Name == name) is { } derived)
            {
                throw CloudMap("NamespaceAlreadyExists", $"Namespace {name} already exists (id {derived.Id}).");
            }

            var id = "ns-" + sim.Ids.Alphanumeric(16).ToLowerInvariant();
            var done = now + CloudMapOperationState.Duration;
            state.Namespaces.Add(new CreatedNamespace(id, $"arn:aws:servicediscovery:{Arns.Region}:{Arns.AccountId}:namespace/{id}", name.TrimEnd('.'), vpc, description, creatorRequestId, soaTtl, now, done)
            {
                Tags = Checked(tags),
            });
            var operation = new CloudMapOperationState(sim.Ids.Alphanumeric(32).ToLowerInvariant(), "CREATE_NAMESPACE", id, now, done);
            state.Operations.Add(operation);
            return operation.Id;
        });

    /// <summary>As Cloud Map CreateService (synchronous), in a namespace that exists (created and ready, or derived).</summary>
    public CreatedDiscoveryService CreateDiscoveryService(DiscoveryServiceRequest request) =>
        Write((sim, now) =>
        {
            if (!ServiceName.IsMatch(request.Name))
            {
                throw CloudMap("InvalidInput", $"Service name '{request.Name}' must be DNS labels of letters, digits, hyphens and underscores.");
            }

            var namespaceId = request.NamespaceId ?? throw CloudMap("InvalidInput", "A service needs a NamespaceId (or DnsConfig.NamespaceId).");
            var state = sim.State.CloudMap;
            var isCreated = state.Ready(now).Any(n => n.Id == namespaceId || n.Arn == namespaceId);
            var derived = ServiceDiscoveryCatalog.Namespaces(sim.State, Arns).FirstOrDefault(n => n.Id == namespaceId || n.Arn == namespaceId);
            if (!isCreated && derived is null)
            {
                throw CloudMap("NamespaceNotFound", $"No namespace exists with the ID {namespaceId}.");
            }

            var resolvedId = derived?.Id ?? state.Namespaces.First(n => n.Id == namespaceId || n.Arn == namespaceId).Id;
            if (request.Type == "HTTP" && request.DnsRecords is { Count: > 0 })
            {
                throw CloudMap("InvalidInput", "An HTTP service cannot have DnsConfig; leave Type out for a DNS service.");
            }

            var records = request.DnsRecords ?? [];
            if (request.Type != "HTTP" && records.Count == 0)
            {
                throw CloudMap("InvalidInput", "A DNS service needs DnsConfig.DnsRecords (A for awsvpc tasks, SRV for bridge/host tasks).");
            }

            if (records.FirstOrDefault(r => r.Type is not ("A" or "AAAA" or "SRV" or "CNAME") || r.Ttl is < 0 or > 2147483647) is { } bad)
            {
                throw CloudMap("InvalidInput", $"DNS record {bad.Type} with TTL {bad.Ttl} is not valid: use A, AAAA, SRV or CNAME and a TTL of 0 or more.");
            }

            if (state.Services.FirstOrDefault(s => s.NamespaceId == resolvedId && s.Name == request.Name) is { } existing)
            {
                return request.CreatorRequestId is not null && existing.CreatorRequestId == request.CreatorRequestId
                    ? existing
                    : throw CloudMap("ServiceAlreadyExists", $"Service {request.Name} already exists in namespace {resolvedId} (id {existing.Id}).");
            }

            if (derived is not null && ServiceDiscoveryCatalog.Services(sim.State, Arns).Any(s => s.Namespace.Id == resolvedId && s.Service.Name == request.Name))
            {
                throw CloudMap("ServiceAlreadyExists", $"Service {request.Name} already exists in namespace {resolvedId}.");
            }

            var id = "srv-" + sim.Ids.Alphanumeric(16).ToLowerInvariant();
            var service = new CreatedDiscoveryService(id, $"arn:aws:servicediscovery:{Arns.Region}:{Arns.AccountId}:service/{id}", request.Name, resolvedId, request.Description,
                request.RoutingPolicy ?? "MULTIVALUE", records, request.CustomHealthCheckFailureThreshold, request.CreatorRequestId, now)
            {
                Tags = Checked(request.Tags),
            };
            state.Services.Add(service);
            return service;
        });

    /// <summary>As Cloud Map DeleteService: ResourceInUse while tasks are registered in it.</summary>
    public void DeleteDiscoveryService(string idOrArn) =>
        Write((sim, _) =>
        {
            var service = sim.State.CloudMap.Services.FirstOrDefault(s => s.Id == idOrArn || s.Arn == idOrArn)
                ?? throw CloudMap("ServiceNotFound", $"No service found with the specified service ID: {idOrArn}");
            if (ServiceDiscoveryCatalog.Instances(sim.State, service.Arn).Any())
            {
                throw CloudMap("ResourceInUse", $"Service {service.Id} has registered instances; stop the ECS service's tasks first.");
            }

            sim.State.CloudMap.Services.Remove(service);
            return true;
        });

    /// <summary>As Cloud Map DeleteNamespace: ResourceInUse while it has services; answers an operation id.</summary>
    public string DeleteNamespace(string idOrArn) =>
        Write((sim, now) =>
        {
            var state = sim.State.CloudMap;
            var found = state.Ready(now).FirstOrDefault(n => n.Id == idOrArn || n.Arn == idOrArn)
                ?? throw CloudMap("NamespaceNotFound", $"No namespace exists with the ID {idOrArn}.");
            if (state.Services.Any(s => s.NamespaceId == found.Id))
            {
                throw CloudMap("ResourceInUse", $"Namespace {found.Id} still has services; delete them first.");
            }

            state.Namespaces.Remove(found);
            var operation = new CloudMapOperationState(sim.Ids.Alphanumeric(32).ToLowerInvariant(), "DELETE_NAMESPACE", found.Id, now, now + CloudMapOperationState.Duration);
            state.Operations.Add(operation);
            return operation.Id;
        });

    /// <summary>As Cloud Map ListTagsForResource: a created namespace's or service's tags; derived ones have none; ResourceNotFoundException otherwise.</summary>
    public IReadOnlyDictionary<string, string> TagsOf(string arn) =>
        Engine.Read(state =>
        {
            var created = (IReadOnlyDictionary<string, string>?)state.CloudMap.Namespaces.FirstOrDefault(n => n.Arn == arn)?.Tags
                ?? state.CloudMap.Services.FirstOrDefault(s => s.Arn == arn)?.Tags;
            if (created is not null)
            {
                return created;
            }

            return ServiceDiscoveryCatalog.Namespaces(state, Arns).Any(n => n.Arn == arn) || ServiceDiscoveryCatalog.Services(state, Arns).Any(s => s.Arn == arn)
                ? new Dictionary<string, string>()
                : throw CloudMap("ResourceNotFoundException", $"The resource {arn} was not found.");
        });

    // The model's TagList holds at most 200 tags; a key is 1 to 128 characters, a value at most 256.
    private static Dictionary<string, string> Checked(IReadOnlyDictionary<string, string>? tags)
    {
        var checkedTags = new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (checkedTags.Count > 200)
        {
            throw CloudMap("TooManyTagsException", $"{checkedTags.Count} tags is more than the 200 a resource can have.");
        }

        if (checkedTags.FirstOrDefault(t => t.Key.Length is < 1 or > 128 || t.Value.Length > 256) is { Key: not null } bad)
        {
            throw CloudMap("InvalidInput", $"Tag '{bad.Key}' needs a key of 1 to 128 characters and a value of at most 256.");
        }

        return checkedTags;
    }

    private static SandboxApiException CloudMap(string code, string message) => new(code, message);
}
