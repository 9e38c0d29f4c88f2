using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>ECS service deployments and service revisions: the history view of a service's rollouts.</summary>
internal static class EcsServiceDeploymentWire
{
    public static JsonObject Brief(DeploymentState deployment, ServiceState service) => new JsonObject
    {
        ["serviceDeploymentArn"] = deployment.ServiceDeploymentArn,
        ["serviceArn"] = service.Arn,
        ["clusterArn"] = service.ClusterArn,
        ["startedAt"] = WireTime.Epoch(deployment.CreatedAt),
        ["createdAt"] = WireTime.Epoch(deployment.CreatedAt),
    }
        .With("finishedAt", WireTime.Epoch(deployment.FinishedAt))
        .With("targetServiceRevisionArn", deployment.ServiceRevisionArn)
        .With("status", deployment.DeploymentStatus)
        .With("statusReason", deployment.DeploymentStatusReason);

    public static JsonObject Detail(DeploymentState deployment, ServiceState service, ClusterState cluster)
    {
        var json = new JsonObject
        {
            ["serviceDeploymentArn"] = deployment.ServiceDeploymentArn,
            ["serviceArn"] = service.Arn,
            ["clusterArn"] = service.ClusterArn,
            ["createdAt"] = WireTime.Epoch(deployment.CreatedAt),
            ["startedAt"] = WireTime.Epoch(deployment.CreatedAt),
        };
        json.With("finishedAt", WireTime.Epoch(deployment.FinishedAt))
            .With("stoppedAt", WireTime.Epoch(deployment.StoppedAt));
        json["updatedAt"] = WireTime.Epoch(deployment.FinishedAt ?? deployment.UpdatedAt);
        json["sourceServiceRevisions"] = WireJson.Array(deployment.SourceRevisionArns.Select(arn => RevisionSummary(arn, service, cluster, requested: 0)));
        json["targetServiceRevision"] = RevisionSummary(deployment.ServiceRevisionArn, service, cluster, requested: service.DesiredCount);
        json["status"] = deployment.DeploymentStatus;
        json.With("statusReason", deployment.DeploymentStatusReason);
        json["deploymentConfiguration"] = EcsDeploymentConfigurationWire.Configuration(deployment.Configuration);
        if (deployment.RollbackStartedAt is not null)
        {
            json["rollback"] = new JsonObject
            {
                ["reason"] = deployment.RollbackReason,
                ["startedAt"] = WireTime.Epoch(deployment.RollbackStartedAt),
                ["serviceRevisionArn"] = deployment.RollbackRevisionArn,
            };
        }

        json["deploymentCircuitBreaker"] = new JsonObject
        {
            ["status"] = !service.CircuitBreakerEnable ? "DISABLED" : deployment.RolloutState == "FAILED" ? "TRIGGERED" : deployment.FinishedAt is null ? "MONITORING" : "MONITORING_COMPLETE",
            ["failureCount"] = deployment.FailedTasks,
            ["threshold"] = Simulation.CircuitBreakerThreshold(service.DesiredCount),
        };
        json["alarms"] = new JsonObject { ["status"] = "DISABLED" };
        return json;
    }

    public static JsonObject Revision(ServiceRevisionState revision, ServiceState service)
    {
        var json = new JsonObject
        {
            ["serviceRevisionArn"] = revision.Arn,
            ["serviceArn"] = service.Arn,
            ["clusterArn"] = service.ClusterArn,
            ["taskDefinition"] = revision.TaskDefinitionArn,
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

        json["loadBalancers"] = EcsDeploymentConfigurationWire.LoadBalancers(service);
        json["serviceRegistries"] = new JsonArray();
        json["networkConfiguration"] = EcsServiceWire.Network(service);
        json["containerImages"] = WireJson.Array(revision.ContainerImages.Select(i =>
            new JsonObject { ["containerName"] = i.ContainerName }.With("imageDigest", i.ImageDigest).With("image", i.Image)));
        json["guardDutyEnabled"] = false;
        json["createdAt"] = WireTime.Epoch(revision.CreatedAt);
        return json;
    }

    private static JsonObject RevisionSummary(string arn, ServiceState service, ClusterState cluster, int requested)
    {
        var deployments = service.Deployments.Where(d => d.ServiceRevisionArn == arn).Select(d => d.Id).ToHashSet();
        var tasks = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.IsAlive && t.DeploymentId is not null && deployments.Contains(t.DeploymentId)).ToList();
        return new JsonObject
        {
            ["arn"] = arn,
            ["requestedTaskCount"] = requested,
            ["runningTaskCount"] = tasks.Count(t => t.LastStatus == "RUNNING"),
            ["pendingTaskCount"] = tasks.Count(t => t.LastStatus != "RUNNING"),
        };
    }
}
