using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private static string EffectiveLaunchType(ServiceState service, ClusterState cluster) =>
        service.LaunchType
        ?? (service.CapacityProviderStrategy.Any(s => s.CapacityProvider.StartsWith("FARGATE", StringComparison.Ordinal)) ? "FARGATE" : cluster.LaunchType);

    private JsonObject ListServices(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        var launchType = input.Enum("launchType", "EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES");
        var scheduling = input.Enum("schedulingStrategy", "REPLICA", "DAEMON");
        var arns = cluster.Services
            .Where(s => s.Status != "INACTIVE")
            .Where(s => launchType is null || EffectiveLaunchType(s, cluster) == launchType)
            .Where(s => scheduling is null or "REPLICA")
            .Select(s => s.Arn)
            .ToList();
        var (page, next) = Paginator.Page(arns, input, $"ListServices/{cluster.Name}", 10, 100);
        return Listing("serviceArns", page, next);
    }

    private JsonObject DescribeServices(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        var includeTags = Include(input, "TAGS").Contains("TAGS");
        var services = new JsonArray();
        var failures = new JsonArray();
        foreach (var name in Identifiers(input, "services", 10))
        {
            // A service deleted and created again under its old name answers as the new one.
            var service = cluster.Services.Where(s => s.Name == ArnFactory.LastSegment(name)).OrderBy(s => s.Status == "INACTIVE").FirstOrDefault();
            if (service is null)
            {
                failures.Add(WireJson.Failure(name.StartsWith("arn:", StringComparison.Ordinal) ? name : Arns.Service(cluster.Name, name), "MISSING"));
            }
            else
            {
                services.Add(EcsServiceWire.Service(service, cluster, Arns, includeTags));
            }
        }

        return new JsonObject { ["services"] = services, ["failures"] = failures };
    }

    private JsonObject UpdateService(JsonInput input)
    {
        var cluster = input.String("cluster") ?? "default";
        var service = input.RequiredString("service");
        if (input.Object("networkConfiguration") is not null)
        {
            throw SandboxErrors.InvalidParameter("The sandbox does not change a service's networkConfiguration.");
        }

        var configuration = input.Object("deploymentConfiguration");
        var loadBalancers = input.ObjectList("loadBalancers");
        _engine.Ecs.UpdateService(new ServiceUpdate(
            cluster,
            service,
            input.String("taskDefinition"),
            input.Int("desiredCount"),
            input.Bool("forceNewDeployment") ?? false,
            configuration is null ? null : current => EcsDeploymentConfigurationInput.Apply(configuration, current),
            loadBalancers is null ? null : new LoadBalancerUpdate(
                loadBalancers.FirstOrDefault()?.String("targetGroupArn"),
                EcsDeploymentConfigurationInput.Advanced(loadBalancers.FirstOrDefault())),
            input.Bool("enableExecuteCommand")));
        return ServiceResult(cluster, ArnFactory.LastSegment(service));
    }

    private JsonObject CreateService(JsonInput input)
    {
        var registration = EcsServiceInput.CreateService(input);
        _engine.Ecs.CreateService(registration);
        return ServiceResult(registration.Cluster, registration.Name);
    }

    private JsonObject DeleteService(JsonInput input)
    {
        var cluster = input.String("cluster") ?? "default";
        var service = ArnFactory.LastSegment(input.RequiredString("service"));
        _engine.Ecs.DeleteService(cluster, service, input.Bool("force") ?? false);
        return ServiceResult(cluster, service);
    }

    private JsonObject ServiceResult(string cluster, string service) =>
        _engine.Read(state =>
        {
            var clusterState = state.FindCluster(cluster)!;
            var serviceState = clusterState.Services.First(s => s.Name == service);
            return new JsonObject { ["service"] = EcsServiceWire.Service(serviceState, clusterState, Arns, includeTags: false) };
        });
}
