using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>Amazon ECS (JSON 1.1, AmazonEC2ContainerServiceV20141113) on the sandbox engine.</summary>
public sealed partial class EcsJsonApi : JsonApi
{
    private readonly SandboxEngine _engine;

    public EcsJsonApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("ListClusters", input => engine.Read(state => ListClusters(state, input)));
        Register("DescribeClusters", input => engine.Read(state => DescribeClusters(state, input)));
        Register("ListServices", input => engine.Read(state => ListServices(state, input)));
        Register("DescribeServices", input => engine.Read(state => DescribeServices(state, input)));
        Register("ListTasks", input => engine.Read(state => ListTasks(state, input)));
        Register("DescribeTasks", input => engine.Read(state => DescribeTasks(state, input)));
        Register("ListTaskDefinitions", input => engine.Read(state => ListTaskDefinitions(state, input)));
        Register("DescribeTaskDefinition", input => engine.Read(state => DescribeTaskDefinition(state, input)));
        Register("ListTaskDefinitionFamilies", input => engine.Read(state => ListTaskDefinitionFamilies(state, input)));
        Register("ListContainerInstances", input => engine.Read(state => ListContainerInstances(state, input)));
        Register("DescribeContainerInstances", input => engine.Read(state => DescribeContainerInstances(state, input)));
        Register("ListServiceDeployments", input => engine.Read(state => ListServiceDeployments(state, input)));
        Register("DescribeServiceDeployments", input => engine.Read(state => DescribeServiceDeployments(state, input)));
        Register("DescribeServiceRevisions", input => engine.Read(state => DescribeServiceRevisions(state, input)));
        Register("StopServiceDeployment", StopServiceDeployment);
        Register("ContinueServiceDeployment", ContinueServiceDeployment);
        Register("CreateCluster", CreateCluster);
        Register("DeleteCluster", DeleteCluster);
        Register("TagResource", TagResource);
        Register("UntagResource", UntagResource);
        Register("ListTagsForResource", input => engine.Read(state => ListTagsForResource(state, input)));
        Register("RegisterTaskDefinition", RegisterTaskDefinition);
        Register("DeregisterTaskDefinition", DeregisterTaskDefinition);
        Register("CreateService", CreateService);
        Register("UpdateService", UpdateService);
        Register("DeleteService", DeleteService);
        Register("RunTask", RunTask);
        Register("StopTask", StopTask);
        Register("ExecuteCommand", ExecuteCommand);
        RegisterCapacityProviders();
    }

    public override string TargetPrefix => "AmazonEC2ContainerServiceV20141113";

    private ArnFactory Arns => _engine.Arns;

    /// <summary>The cluster a request names, "default" when it names none, as in ECS.</summary>
    private static ClusterState Cluster(SandboxState state, JsonInput input) =>
        state.FindCluster(input.String("cluster") ?? "default") is { Status: "ACTIVE" } cluster ? cluster : throw SandboxErrors.ClusterNotFound();

    private static IReadOnlyList<string> Include(JsonInput input, params string[] allowed)
    {
        var include = input.StringList("include") ?? [];
        var unknown = include.FirstOrDefault(i => !allowed.Contains(i, StringComparer.Ordinal));
        return unknown is null ? include : throw SandboxErrors.InvalidParameter($"Invalid include value: {unknown}. Valid values are {string.Join(", ", allowed)}.");
    }

    private static IReadOnlyList<string> Identifiers(JsonInput input, string member, int max)
    {
        var values = input.StringList(member) ?? throw SandboxErrors.InvalidParameter($"{member} can not be null.");
        if (values.Count == 0)
        {
            throw SandboxErrors.InvalidParameter($"{char.ToUpperInvariant(member[0])}{member[1..]} cannot be empty.");
        }

        return values.Count <= max ? values : throw SandboxErrors.InvalidParameter($"The {member} parameter can have a maximum of {max} items.");
    }

    private static JsonObject Listing(string member, IReadOnlyList<string> page, string? nextToken) =>
        new JsonObject { [member] = WireJson.Strings(page) }.With("nextToken", nextToken);

    private JsonObject ListClusters(SandboxState state, JsonInput input)
    {
        var (page, next) = Paginator.Page(state.Clusters.Where(c => c.Status == "ACTIVE").Select(c => c.Arn).ToList(), input, "ListClusters", 100, 100);
        return Listing("clusterArns", page, next);
    }

    private JsonObject DescribeClusters(SandboxState state, JsonInput input)
    {
        var include = Include(input, "ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS");
        var names = input.StringList("clusters") is { Count: > 0 } given ? given : ["default"];
        if (names.Count > 100)
        {
            throw SandboxErrors.InvalidParameter("The clusters parameter can have a maximum of 100 items.");
        }

        var clusters = new JsonArray();
        var failures = new JsonArray();
        foreach (var name in names)
        {
            if (state.FindCluster(name) is { } cluster)
            {
                clusters.Add(EcsClusterWire.Cluster(cluster, include));
            }
            else
            {
                failures.Add(WireJson.Failure(name.StartsWith("arn:", StringComparison.Ordinal) ? name : Arns.Cluster(name), "MISSING"));
            }
        }

        return new JsonObject { ["clusters"] = clusters, ["failures"] = failures };
    }

    private JsonObject CreateCluster(JsonInput input)
    {
        var insights = input.ObjectList("settings")?.FirstOrDefault(s => s.String("name") == "containerInsights")?.String("value") ?? "disabled";
        var strategy = Strategy(input.ObjectList("defaultCapacityProviderStrategy") ?? []);
        var arn = _engine.Ecs.CreateCluster(input.String("clusterName") ?? "default", input.StringList("capacityProviders") ?? [], strategy, Tags(input), insights, input.Object("configuration")?.Body);
        return _engine.Read(state => new JsonObject { ["cluster"] = EcsClusterWire.Cluster(state.FindCluster(arn)!, ["CONFIGURATIONS", "SETTINGS", "TAGS"]) });
    }

    private JsonObject DeleteCluster(JsonInput input)
    {
        var arn = _engine.Ecs.DeleteCluster(input.RequiredString("cluster"));
        return _engine.Read(state => new JsonObject { ["cluster"] = EcsClusterWire.Cluster(state.Clusters.First(c => c.Arn == arn), []) });
    }
}
