using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>Everything the Service page shows about one service except its events and tasks (which have their own feeds).</summary>
public sealed record ServiceDetail(
    string Cluster,
    string Name,
    string Arn,
    string Status,
    int Desired,
    int Running,
    int Pending,
    string Placement,
    RolloutState Rollout,
    string? RolloutReason,
    ServiceConfiguration Configuration,
    ValueList<DeploymentSummary> Deployments)
{
    public string Key => $"{Cluster}/{Name}";
}
