using System.Globalization;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.ServiceDiscovery;

/// <summary>AWS Cloud Map (JSON 1.1, Route53AutoNaming_v20170314): namespaces, services and the task instances registered in them.</summary>
public sealed class ServiceDiscoveryJsonApi : JsonApi
{
    private readonly SandboxEngine engine;

    public ServiceDiscoveryJsonApi(SandboxEngine engine)
    {
        this.engine = engine;
        Register("ListNamespaces", input => engine.Read(state => ListNamespaces(state, input)));
        Register("ListServices", input => engine.Read(state => ListServices(state, input)));
        Register("GetService", input => engine.Read(state => GetService(state, input)));
        Register("ListInstances", input => engine.Read(state => ListInstances(state, input)));
    }

    public override string TargetPrefix => "Route53AutoNaming_v20170314";

    private string Account => engine.Arns.AccountId;

    private JsonObject ListNamespaces(SandboxState state, JsonInput input)
    {
        var namespaces = ServiceDiscoveryCatalog.Namespaces(state, engine.Arns);
        var typeFilter = Filter(input, "TYPE");
        var nameFilter = Filter(input, "NAME");
        var matching = namespaces
            .Where(n => typeFilter is null || typeFilter.Contains("DNS_PRIVATE"))
            .Where(n => nameFilter is null || nameFilter.Contains(n.Name))
            .ToList();
        var (page, next) = Paginator.Page(matching, input, "ListNamespaces", 100, 100, "MaxResults");
        return new JsonObject
        {
            ["Namespaces"] = WireJson.Array(page.Select(n => new JsonObject
            {
                ["Id"] = n.Id,
                ["Arn"] = n.Arn,
                ["ResourceOwner"] = Account,
                ["Name"] = n.Name,
                ["Type"] = "DNS_PRIVATE",
                ["Description"] = $"Service discovery for the {n.Cluster.Name} cluster",
                ["ServiceCount"] = n.Cluster.Services.Count(s => s.Status == "ACTIVE"),
                ["Properties"] = new JsonObject
                {
                    ["DnsProperties"] = new JsonObject { ["HostedZoneId"] = "Z" + n.Id[3..].ToUpperInvariant(), ["SOA"] = new JsonObject { ["TTL"] = 15 } },
                    ["HttpProperties"] = new JsonObject { ["HttpName"] = n.Name },
                },
                ["CreateDate"] = WireTime.Epoch(n.CreatedAt),
            })),
        }.With("NextToken", next);
    }

    private JsonObject ListServices(SandboxState state, JsonInput input)
    {
        var namespaceFilter = Filter(input, "NAMESPACE_ID");
        var services = ServiceDiscoveryCatalog.Services(state, engine.Arns)
            .Where(s => namespaceFilter is null || namespaceFilter.Contains(s.Namespace.Id))
            .ToList();
        var (page, next) = Paginator.Page(services, input, "ListServices", 100, 100, "MaxResults");
        return new JsonObject { ["Services"] = WireJson.Array(page.Select(s => Service(s, summary: true))) }.With("NextToken", next);
    }

    private JsonObject GetService(SandboxState state, JsonInput input)
    {
        var id = input.RequiredString("Id");
        var service = ServiceDiscoveryCatalog.Services(state, engine.Arns).FirstOrDefault(s => s.Id == id || s.Arn == id)
            ?? throw new SandboxApiException("ServiceNotFound", $"No service found with the specified service ID: {id}");
        return new JsonObject { ["Service"] = Service(service, summary: false) };
    }

    private JsonObject ListInstances(SandboxState state, JsonInput input)
    {
        var id = input.RequiredString("ServiceId");
        var service = ServiceDiscoveryCatalog.Services(state, engine.Arns).FirstOrDefault(s => s.Id == id || s.Arn == id)
            ?? throw new SandboxApiException("ServiceNotFound", $"No service found with the specified service ID: {id}");
        var instances = ServiceDiscoveryCatalog.Instances(service).ToList();
        var (page, next) = Paginator.Page(instances, input, $"ListInstances/{service.Id}", 100, 100, "MaxResults");
        return new JsonObject
        {
            ["ResourceOwner"] = Account,
            ["Instances"] = WireJson.Array(page.Select(t => new JsonObject
            {
                ["Id"] = t.Id,
                ["Attributes"] = new JsonObject
                {
                    ["AWS_INSTANCE_IPV4"] = t.Network.PrivateIpv4Address,
                    ["AWS_INSTANCE_PORT"] = (service.Service.LoadBalancerContainerPort ?? 8080).ToString(CultureInfo.InvariantCulture),
                    ["AVAILABILITY_ZONE"] = t.AvailabilityZone,
                    ["AWS_INIT_HEALTH_STATUS"] = "HEALTHY",
                    ["ECS_CLUSTER_NAME"] = service.Namespace.Cluster.Name,
                    ["ECS_SERVICE_NAME"] = service.Service.Name,
                    ["ECS_TASK_DEFINITION_FAMILY"] = ArnFactory.LastSegment(t.TaskDefinitionArn).Split(':')[0],
                    ["REGION"] = engine.Arns.Region,
                },
                ["CreatedByAccount"] = Account,
            })),
        }.With("NextToken", next);
    }

    private JsonObject Service(DiscoveryService service, bool summary)
    {
        var json = new JsonObject
        {
            ["Id"] = service.Id,
            ["Arn"] = service.Arn,
            ["ResourceOwner"] = Account,
            ["Name"] = service.Service.Name,
        };
        if (summary)
        {
            json["Type"] = "DNS_HTTP";
        }
        else
        {
            json["NamespaceId"] = service.Namespace.Id;
        }

        json["Description"] = $"{service.Service.Name}.{service.Namespace.Name}";
        json["InstanceCount"] = ServiceDiscoveryCatalog.Instances(service).Count();
        json["DnsConfig"] = new JsonObject
        {
            ["NamespaceId"] = service.Namespace.Id,
            ["RoutingPolicy"] = "MULTIVALUE",
            ["DnsRecords"] = new JsonArray(new JsonObject { ["Type"] = "A", ["TTL"] = 15 }),
        };
        if (!summary)
        {
            json["Type"] = "DNS_HTTP";
        }

        json["HealthCheckCustomConfig"] = new JsonObject { ["FailureThreshold"] = 1 };
        json["CreateDate"] = WireTime.Epoch(service.Service.CreatedAt);
        json["CreatedByAccount"] = Account;
        return json;
    }

    /// <summary>The values of a filter by name (Cloud Map's EQ/IN conditions both mean "one of these").</summary>
    private static IReadOnlyList<string>? Filter(JsonInput input, string name) =>
        input.ObjectList("Filters")?.FirstOrDefault(f => f.String("Name") == name)?.StringList("Values");
}
