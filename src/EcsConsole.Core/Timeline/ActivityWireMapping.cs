using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Timeline;

/// <summary>Reads a described service's events and deployments into <see cref="ServiceActivity"/>.</summary>
internal static class ActivityWireMapping
{
    public static ServiceActivity ToActivity(this Service service, string clusterName) => new(
        clusterName,
        service.ServiceName ?? TaskDefinitionNames.NameFromArn(service.ServiceArn ?? ""),
        new ValueList<ServiceEventFact>((service.Events ?? [])
            .Where(e => e.Id is not null && e.CreatedAt is not null)
            .Select(e => new ServiceEventFact(e.Id!, e.CreatedAt!.Value, e.Message ?? ""))),
        new ValueList<DeploymentFact>((service.Deployments ?? [])
            .Where(d => d.Id is not null)
            .Select(d => new DeploymentFact(
                d.Id!,
                d.Status ?? "",
                TaskDefinitionNames.FamilyRevision(d.TaskDefinition ?? ""),
                d.RolloutState,
                d.RolloutStateReason,
                d.DesiredCount ?? 0,
                d.RunningCount ?? 0,
                d.PendingCount ?? 0,
                d.FailedTasks ?? 0,
                d.CreatedAt,
                d.UpdatedAt))));
}
