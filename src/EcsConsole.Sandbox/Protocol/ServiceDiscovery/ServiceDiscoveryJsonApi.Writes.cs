using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.ServiceDiscovery;

/// <summary>Cloud Map creates, deletes and the asynchronous operations that report a namespace's creation.</summary>
public sealed partial class ServiceDiscoveryJsonApi
{
    private void RegisterWrites()
    {
        Register("CreatePrivateDnsNamespace", input => new JsonObject
        {
            ["OperationId"] = _engine.CloudMap.CreatePrivateDnsNamespace(
                input.RequiredString("Name"),
                input.RequiredString("Vpc"),
                input.String("CreatorRequestId"),
                input.String("Description"),
                input.Object("Properties")?.Object("DnsProperties")?.Object("SOA")?.Int("TTL") ?? 15,
                Tags(input)),
        });
        Register("GetOperation", input => _engine.Read(state => GetOperation(state, input)));
        Register("GetNamespace", input => _engine.Read(state => GetNamespace(state, input)));
        Register("CreateService", input => CreateService(input));
        Register("DeleteService", input =>
        {
            _engine.CloudMap.DeleteDiscoveryService(input.RequiredString("Id"));
            return [];
        });
        Register("DeleteNamespace", input => new JsonObject { ["OperationId"] = _engine.CloudMap.DeleteNamespace(input.RequiredString("Id")) });
        Register("ListTagsForResource", input => new JsonObject
        {
            ["Tags"] = WireJson.Array(_engine.CloudMap.TagsOf(input.RequiredString("ResourceARN"))
                .OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value })),
        });
    }

    /// <summary>A create's Tags list (<c>[{"Key", "Value"}]</c>, both required by the model) as a map; a repeated key keeps its last value.</summary>
    private static Dictionary<string, string>? Tags(JsonInput input)
    {
        if (input.ObjectList("Tags") is not { } list)
        {
            return null;
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in list)
        {
            tags[tag.RequiredString("Key")] = tag.String("Value") ?? throw new SandboxApiException("InvalidInput", $"Tag '{tag.RequiredString("Key")}' needs a Value (it may be empty).");
        }

        return tags;
    }

    private JsonObject GetOperation(SandboxState state, JsonInput input)
    {
        var id = input.RequiredString("OperationId");
        var operation = state.CloudMap.Operations.FirstOrDefault(o => o.Id == id)
            ?? throw new SandboxApiException("OperationNotFound", $"No operation found with the specified ID: {id}");
        var now = Now;
        return new JsonObject
        {
            ["Operation"] = new JsonObject
            {
                ["Id"] = operation.Id,
                ["OwnerAccount"] = Account,
                ["Type"] = operation.Type,
                ["Status"] = operation.Status(now),
                ["CreateDate"] = WireTime.Epoch(operation.CreatedAt),
                ["UpdateDate"] = WireTime.Epoch(operation.UpdatedAt(now)),
                ["Targets"] = new JsonObject { ["NAMESPACE"] = operation.NamespaceId },
            },
        };
    }

    private JsonObject GetNamespace(SandboxState state, JsonInput input)
    {
        var id = input.RequiredString("Id");
        var row = CloudMapRows.Namespaces(state, _engine.Arns, Now).FirstOrDefault(n => n.Id == id || n.Arn == id)
            ?? throw new SandboxApiException("NamespaceNotFound", $"No namespace exists with the ID {id}.");
        return new JsonObject { ["Namespace"] = Namespace(row, summary: false) };
    }

    private JsonObject CreateService(JsonInput input)
    {
        var dns = input.Object("DnsConfig");
        var records = dns?.ObjectList("DnsRecords")?.Select(r => new DnsRecordState(r.RequiredString("Type"), r.Int("TTL") ?? throw new SandboxApiException("InvalidInput", "Every DNS record needs a TTL."))).ToList();
        if (input.Object("HealthCheckConfig") is not null)
        {
            throw new SandboxApiException("InvalidInput", "The sandbox's private DNS namespaces take HealthCheckCustomConfig (ECS reports task health), not Route 53 HealthCheckConfig.");
        }

        var created = _engine.CloudMap.CreateDiscoveryService(new DiscoveryServiceRequest(
            input.RequiredString("Name"),
            input.String("NamespaceId") ?? dns?.String("NamespaceId"),
            input.String("Description"),
            dns?.Enum("RoutingPolicy", "MULTIVALUE", "WEIGHTED"),
            records,
            input.Object("HealthCheckCustomConfig")?.Int("FailureThreshold") ?? (input.Object("HealthCheckCustomConfig") is null ? null : 1),
            input.String("CreatorRequestId"),
            input.Enum("Type", "HTTP"),
            Tags(input)));
        return _engine.Read(state => new JsonObject { ["Service"] = Service(CloudMapRows.Services(state, _engine.Arns).First(s => s.Id == created.Id), summary: false) });
    }
}
