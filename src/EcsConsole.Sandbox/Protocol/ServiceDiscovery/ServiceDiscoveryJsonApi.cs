using System.Globalization;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.ServiceDiscovery;

/// <summary>
/// AWS Cloud Map (JSON 1.1, Route53AutoNaming_v20170314): the namespaces and services derived from the fleet and those
/// created through the API, and the task instances registered in them.
/// </summary>
public sealed partial class ServiceDiscoveryJsonApi : JsonApi
{
    private readonly SandboxEngine _engine;

    public ServiceDiscoveryJsonApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("ListNamespaces", input => engine.Read(state => ListNamespaces(state, input)));
        Register("ListServices", input => engine.Read(state => ListServices(state, input)));
        Register("GetService", input => engine.Read(state => GetService(state, input)));
        Register("ListInstances", input => engine.Read(state => ListInstances(state, input)));
        RegisterWrites();
    }

    public override string TargetPrefix => "Route53AutoNaming_v20170314";

    private string Account => _engine.Arns.AccountId;

    private DateTimeOffset Now => _engine.TimeProvider.GetUtcNow();

    private JsonObject ListNamespaces(SandboxState state, JsonInput input)
    {
        var typeFilter = Filter(input, "TYPE");
        var nameFilter = Filter(input, "NAME");
        var matching = CloudMapRows.Namespaces(state, _engine.Arns, Now)
            .Where(n => typeFilter is null || typeFilter.Contains("DNS_PRIVATE"))
            .Where(n => nameFilter is null || nameFilter.Contains(n.Name))
            .ToList();
        var (page, next) = Paginator.Page(matching, input, "ListNamespaces", 100, 100, "MaxResults");
        return new JsonObject { ["Namespaces"] = WireJson.Array(page.Select(n => Namespace(n, summary: true))) }.With("NextToken", next);
    }

    private JsonObject ListServices(SandboxState state, JsonInput input)
    {
        var namespaceFilter = Filter(input, "NAMESPACE_ID");
        var services = CloudMapRows.Services(state, _engine.Arns)
            .Where(s => namespaceFilter is null || namespaceFilter.Contains(s.NamespaceId))
            .ToList();
        var (page, next) = Paginator.Page(services, input, "ListServices", 100, 100, "MaxResults");
        return new JsonObject { ["Services"] = WireJson.Array(page.Select(s => Service(s, summary: true))) }.With("NextToken", next);
    }

    private JsonObject GetService(SandboxState state, JsonInput input) =>
        new() { ["Service"] = Service(FindService(state, input.RequiredString("Id")), summary: false) };

    private JsonObject ListInstances(SandboxState state, JsonInput input)
    {
        var service = FindService(state, input.RequiredString("ServiceId"));
        var (page, next) = Paginator.Page(service.Instances.ToList(), input, $"ListInstances/{service.Id}", 100, 100, "MaxResults");
        return new JsonObject
        {
            ["ResourceOwner"] = Account,
            ["Instances"] = WireJson.Array(page.Select(i => new JsonObject
            {
                ["Id"] = i.Task.Id,
                ["Attributes"] = new JsonObject
                {
                    ["AWS_INSTANCE_IPV4"] = i.Task.Network.PrivateIpv4Address,
                    ["AWS_INSTANCE_PORT"] = i.Port.ToString(CultureInfo.InvariantCulture),
                    ["AVAILABILITY_ZONE"] = i.Task.AvailabilityZone,
                    ["AWS_INIT_HEALTH_STATUS"] = "HEALTHY",
                    ["ECS_CLUSTER_NAME"] = i.Cluster,
                    ["ECS_SERVICE_NAME"] = i.Task.ServiceName,
                    ["ECS_TASK_DEFINITION_FAMILY"] = ArnFactory.LastSegment(i.Task.TaskDefinitionArn).Split(':')[0],
                    ["REGION"] = _engine.Arns.Region,
                },
                ["CreatedByAccount"] = Account,
            })),
        }.With("NextToken", next);
    }

    private ServiceRow FindService(SandboxState state, string id) =>
        CloudMapRows.Services(state, _engine.Arns).FirstOrDefault(s => s.Id == id || s.Arn == id)
        ?? throw new SandboxApiException("ServiceNotFound", $"No service found with the specified service ID: {id}");

    private JsonObject Namespace(NamespaceRow row, bool summary)
    {
        var json = new JsonObject
        {
            ["Id"] = row.Id,
            ["Arn"] = row.Arn,
            ["ResourceOwner"] = Account,
            ["Name"] = row.Name,
            ["Type"] = "DNS_PRIVATE",
            ["Description"] = row.Description,
            ["ServiceCount"] = row.ServiceCount,
            ["Properties"] = new JsonObject
            {
                ["DnsProperties"] = new JsonObject { ["HostedZoneId"] = row.HostedZoneId, ["SOA"] = new JsonObject { ["TTL"] = row.Ttl } },
                ["HttpProperties"] = new JsonObject { ["HttpName"] = row.Name },
            },
            ["CreateDate"] = WireTime.Epoch(row.CreatedAt),
        };
        return summary ? json : json.With("CreatorRequestId", row.CreatorRequestId);
    }

    private JsonObject Service(ServiceRow service, bool summary)
    {
        var json = new JsonObject
        {
            ["Id"] = service.Id,
            ["Arn"] = service.Arn,
            ["ResourceOwner"] = Account,
            ["Name"] = service.Name,
        };
        if (summary)
        {
            json["Type"] = "DNS_HTTP";
        }
        else
        {
            json["NamespaceId"] = service.NamespaceId;
        }

        json["Description"] = service.Description;
        json["InstanceCount"] = service.Instances.Count;
        json["DnsConfig"] = new JsonObject
        {
            ["NamespaceId"] = service.NamespaceId,
            ["RoutingPolicy"] = service.RoutingPolicy,
            ["DnsRecords"] = WireJson.Array(service.Records.Select(r => new JsonObject { ["Type"] = r.Type, ["TTL"] = r.Ttl })),
        };
        if (!summary)
        {
            json["Type"] = "DNS_HTTP";
        }

        if (service.FailureThreshold is { } threshold)
        {
            json["HealthCheckCustomConfig"] = new JsonObject { ["FailureThreshold"] = threshold };
        }

        json["CreateDate"] = WireTime.Epoch(service.CreatedAt);
        if (!summary)
        {
            json.With("CreatorRequestId", service.CreatorRequestId);
        }

        json["CreatedByAccount"] = Account;
        return json;
    }

    /// <summary>The values of a filter by name (Cloud Map's EQ/IN conditions both mean "one of these").</summary>
    private static IReadOnlyList<string>? Filter(JsonInput input, string name) =>
        input.ObjectList("Filters")?.FirstOrDefault(f => f.String("Name") == name)?.StringList("Values");
}
