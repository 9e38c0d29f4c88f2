using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>Turns ECS wire records into the console's domain records; the only place Core reads wire shapes of the fleet.</summary>
internal static class EcsWireMapping
{
    public static ClusterSummary ToSummary(this Cluster cluster)
    {
        var providers = cluster.CapacityProviders ?? [];
        var instances = cluster.RegisteredContainerInstancesCount ?? 0;
        var name = cluster.ClusterName ?? TaskDefinitionNames.NameFromArn(cluster.ClusterArn ?? "");
        return new ClusterSummary(
            Name: name,
            Arn: cluster.ClusterArn ?? "",
            Status: cluster.Status ?? "UNKNOWN",
            Kind: ClusterKinds.Classify(instances, providers),
            ActiveServices: cluster.ActiveServicesCount ?? 0,
            RunningTasks: cluster.RunningTasksCount ?? 0,
            PendingTasks: cluster.PendingTasksCount ?? 0,
            RegisteredInstances: instances,
            CapacityProviders: new ValueList<string>(providers),
            DefaultStrategy: ToShares(cluster.DefaultCapacityProviderStrategy));
    }

    public static ServiceSummary ToSummary(this Service service, string clusterName)
    {
        var deployments = service.Deployments ?? [];
        var primary = deployments.FirstOrDefault(d => d.Status == "PRIMARY");
        // The newest event is first in ECS's list; fall back to sorting in case an endpoint orders differently.
        var lastEvent = (service.Events ?? []).OrderByDescending(e => e.CreatedAt ?? DateTimeOffset.MinValue).FirstOrDefault();
        return new ServiceSummary(
            Cluster: clusterName,
            Name: service.ServiceName ?? TaskDefinitionNames.NameFromArn(service.ServiceArn ?? ""),
            Arn: service.ServiceArn ?? "",
            Status: service.Status ?? "UNKNOWN",
            Desired: service.DesiredCount ?? 0,
            Running: service.RunningCount ?? 0,
            Pending: service.PendingCount ?? 0,
            LaunchType: service.LaunchType,
            CapacityProviderStrategy: ToShares(service.CapacityProviderStrategy),
            TaskDefinition: TaskDefinitionNames.FamilyRevision(primary?.TaskDefinition ?? service.TaskDefinition ?? ""),
            // The events keep the rollback after ECS has dropped the failed deployment from the list.
            Rollout: Fleet.RolloutEvents.Refine(
                RolloutStates.Derive([.. deployments.Select(ToFacts)]),
                primary?.CreatedAt,
                (service.Events ?? []).Select(e => (e.CreatedAt, e.Message))),
            RolloutReason: primary?.RolloutStateReason,
            LastEventMessage: lastEvent?.Message,
            LastEventAt: lastEvent?.CreatedAt);
    }

    private static DeploymentFacts ToFacts(Deployment deployment) =>
        new(deployment.Status ?? "", deployment.RolloutState, deployment.DesiredCount ?? 0, deployment.RunningCount ?? 0);

    private static ValueList<CapacityProviderShare> ToShares(IReadOnlyList<CapacityProviderStrategyItem>? items) =>
        new((items ?? []).Select(i => new CapacityProviderShare(i.CapacityProvider, i.Weight ?? 0, i.Base ?? 0)));
}
