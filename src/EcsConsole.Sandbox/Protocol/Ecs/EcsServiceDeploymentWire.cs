using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

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
        var rollout = deployment.Staged;
        var sources = deployment.SourceRevisionArns.Select(arn => RevisionSummary(arn, service, cluster, requested: 0)).ToList();
        var target = RevisionSummary(deployment.ServiceRevisionArn, service, cluster, requested: service.DesiredCount);
        if (rollout is not null)
        {
            // Blue keeps its tasks until clean-up, and the two revisions split traffic as the deployment shifted it.
            foreach (var source in sources)
            {
                source["requestedTaskCount"] = rollout.Phase < RolloutPhase.CleanUp ? service.DesiredCount : 0;
                source["requestedProductionTrafficWeight"] = 100 - rollout.ProductionTrafficPercent;
                source["requestedTestTrafficWeight"] = 100 - rollout.TestTrafficPercent;
            }

            target["requestedProductionTrafficWeight"] = rollout.ProductionTrafficPercent;
            target["requestedTestTrafficWeight"] = rollout.TestTrafficPercent;
        }

        json["sourceServiceRevisions"] = WireJson.Array(sources);
        json["targetServiceRevision"] = target;
        json["status"] = deployment.DeploymentStatus;
        json.With("statusReason", deployment.DeploymentStatusReason);
        if (rollout is not null)
        {
            json["lifecycleStage"] = rollout.LifecycleStage;
            json["lifecycleHookDetails"] = WireJson.Array(rollout.HookRuns.Select(HookDetail));
        }

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

        var breaker = deployment.Configuration.CircuitBreaker;
        var finished = deployment.FinishedAt is not null || deployment.DeploymentStatus is "ROLLBACK_IN_PROGRESS" or "STOP_REQUESTED";
        json["deploymentCircuitBreaker"] = new JsonObject
        {
            ["status"] = !breaker.Enable ? "DISABLED"
                : deployment.RolloutState == "FAILED" && deployment.FailedTasks >= breaker.Threshold(service.DesiredCount) ? "TRIGGERED"
                : finished ? "MONITORING_COMPLETE" : "MONITORING",
            ["failureCount"] = deployment.FailedTasks,
            ["threshold"] = breaker.Threshold(service.DesiredCount),
        };

        json["alarms"] = deployment.Configuration.Alarms is { Enable: true } alarms
            ? new JsonObject
            {
                ["status"] = deployment.TriggeredAlarmNames.Count > 0 ? "TRIGGERED" : finished ? "MONITORING_COMPLETE" : "MONITORING",
                ["alarmNames"] = WireJson.Strings(alarms.AlarmNames),
                ["triggeredAlarmNames"] = WireJson.Strings(deployment.TriggeredAlarmNames),
            }
            : new JsonObject { ["status"] = "DISABLED" };
        return json;
    }

    private static JsonObject HookDetail(LifecycleHookRunState run)
    {
        var json = new JsonObject { ["hookId"] = run.HookId, ["targetType"] = run.Hook.TargetType }
            .With("targetArn", run.Hook.HookTargetArn);
        json["status"] = run.Status;
        json["expiresAt"] = WireTime.Epoch(run.ExpiresAt);
        json["timeoutAction"] = run.Hook.EffectiveTimeoutAction;
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
        if (service.AdvancedConfiguration is { } advanced
            && service.DeploymentHistory.Concat(service.Deployments).FirstOrDefault(d => d.ServiceRevisionArn == revision.Arn)?.TargetGroupArn is { } targetGroup)
        {
            // Which of the two target groups this revision's tasks serve from, as ECS resolves it for blue/green.
            json["resolvedConfiguration"] = new JsonObject
            {
                ["loadBalancers"] = new JsonArray(new JsonObject { ["targetGroupArn"] = targetGroup, ["productionListenerRule"] = advanced.ProductionListenerRule }),
            };
        }
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
