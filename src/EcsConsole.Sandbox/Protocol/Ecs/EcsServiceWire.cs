using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsServiceWire
{
    public static JsonObject Service(ServiceState service, ClusterState cluster, ArnFactory arns, bool includeTags)
    {
        var tasks = cluster.Tasks.Where(t => t.ServiceName == service.Name).ToList();
        var isFargate = service.PlatformVersion is not null;
        var json = new JsonObject
        {
            ["serviceArn"] = service.Arn,
            ["serviceName"] = service.Name,
            ["clusterArn"] = service.ClusterArn,
            ["loadBalancers"] = EcsDeploymentConfigurationWire.LoadBalancers(service),
            ["serviceRegistries"] = service.Status != "ACTIVE" ? new JsonArray()
                : service.RegistryArns is { } registries ? WireJson.Array(registries.Select(arn => new JsonObject { ["registryArn"] = arn }))
                : new JsonArray(new JsonObject { ["registryArn"] = ServiceDiscoveryCatalog.RegistryArn(arns, service) }),
            ["status"] = service.Status,
            ["desiredCount"] = service.DesiredCount,
            ["runningCount"] = tasks.Count(t => t.LastStatus == "RUNNING"),
            ["pendingCount"] = tasks.Count(t => t.IsAlive && t.LastStatus is "PROVISIONING" or "PENDING" or "ACTIVATING"),
        };
        json.With("launchType", service.LaunchType);
        if (service.CapacityProviderStrategy.Count > 0)
        {
            json["capacityProviderStrategy"] = EcsClusterWire.Strategy(service.CapacityProviderStrategy);
        }

        json.With("platformVersion", service.PlatformVersion).With("platformFamily", isFargate ? "Linux" : null);
        json["taskDefinition"] = service.TaskDefinitionArn;
        json["deploymentConfiguration"] = EcsDeploymentConfigurationWire.Configuration(service.DeploymentConfiguration);
        json["deployments"] = WireJson.Array(service.Deployments.Select(d => Deployment(d, service, tasks)));
        json["events"] = WireJson.Array(service.Events.Take(ServiceState.EventCap).Select(e => new JsonObject
        {
            ["id"] = e.Id,
            ["createdAt"] = WireTime.Epoch(e.CreatedAt),
            ["message"] = e.Message,
        }));
        json["createdAt"] = WireTime.Epoch(service.CreatedAt);
        if (service.DeploymentHistory.Count > 0)
        {
            json["currentServiceDeployment"] = service.DeploymentHistory[0].ServiceDeploymentArn;
            // During a staged deployment blue keeps its full count until clean-up.
            var blueKept = service.Primary?.Staged is { Phase: < RolloutPhase.CleanUp } && service.Primary.RolloutState == "IN_PROGRESS";
            json["currentServiceRevisions"] = WireJson.Array(service.Deployments.Where(d => d.Status != "INACTIVE").GroupBy(d => d.ServiceRevisionArn).Select(g =>
            {
                var ids = g.Select(d => d.Id).ToHashSet();
                var revisionTasks = tasks.Where(t => t.IsAlive && t.DeploymentId is not null && ids.Contains(t.DeploymentId)).ToList();
                return new JsonObject
                {
                    ["arn"] = g.Key,
                    ["requestedTaskCount"] = g.Any(d => d.Status == "PRIMARY") || blueKept ? service.DesiredCount : 0,
                    ["runningTaskCount"] = revisionTasks.Count(t => t.LastStatus == "RUNNING"),
                    ["pendingTaskCount"] = revisionTasks.Count(t => t.LastStatus != "RUNNING"),
                };
            }));
        }

        json["placementConstraints"] = new JsonArray();
        json["placementStrategy"] = isFargate ? new JsonArray() : new JsonArray(
            new JsonObject { ["type"] = "spread", ["field"] = "attribute:ecs.availability-zone" },
            new JsonObject { ["type"] = "spread", ["field"] = "instanceId" });
        json["networkConfiguration"] = Network(service);
        json["healthCheckGracePeriodSeconds"] = service.HealthCheckGracePeriodSeconds;
        json["schedulingStrategy"] = "REPLICA";
        json["deploymentController"] = new JsonObject { ["type"] = service.DeploymentController };
        json["createdBy"] = service.CreatedBy;
        json["enableECSManagedTags"] = service.EnableEcsManagedTags;
        json["propagateTags"] = service.PropagateTags;
        json["enableExecuteCommand"] = service.EnableExecuteCommand;
        json["availabilityZoneRebalancing"] = "ENABLED";
        if (includeTags)
        {
            json["tags"] = WireJson.Tags(service.Tags);
        }

        return json;
    }

    public static JsonObject Network(ServiceState service) => new()
    {
        ["awsvpcConfiguration"] = new JsonObject
        {
            ["subnets"] = WireJson.Strings(service.Subnets),
            ["securityGroups"] = WireJson.Strings(service.SecurityGroups),
            ["assignPublicIp"] = service.AssignPublicIp,
        },
    };

    private static JsonObject Deployment(DeploymentState deployment, ServiceState service, List<TaskState> serviceTasks)
    {
        var tasks = serviceTasks.Where(t => t.DeploymentId == deployment.Id && t.IsAlive).ToList();
        var json = new JsonObject
        {
            ["id"] = deployment.Id,
            ["status"] = deployment.Status,
            ["taskDefinition"] = deployment.TaskDefinitionArn,
            // Older deployments report the tasks they still have left to give up, as ECS scales them down.
            ["desiredCount"] = deployment.Status == "PRIMARY" ? service.DesiredCount : tasks.Count,
            ["pendingCount"] = tasks.Count(t => t.LastStatus != "RUNNING"),
            ["runningCount"] = tasks.Count(t => t.LastStatus == "RUNNING"),
            ["failedTasks"] = deployment.FailedTasks,
            ["createdAt"] = WireTime.Epoch(deployment.CreatedAt),
            ["updatedAt"] = WireTime.Epoch(deployment.UpdatedAt),
        };
        if (service.CapacityProviderStrategy.Count > 0)
        {
            json["capacityProviderStrategy"] = EcsClusterWire.Strategy(service.CapacityProviderStrategy);
        }

        json.With("launchType", service.LaunchType);
        if (service.PlatformVersion is not null)
        {
            json["platformVersion"] = "1.4.0";
            json["platformFamily"] = "Linux";
        }

        json["networkConfiguration"] = Network(service);
        json["rolloutState"] = deployment.RolloutState;
        json["rolloutStateReason"] = deployment.RolloutStateReason;
        return json;
    }
}
