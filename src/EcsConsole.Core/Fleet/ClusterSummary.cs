using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>What the console shows about one ECS cluster. Compared by value, so the monitor publishes only real changes.</summary>
public sealed record ClusterSummary(
    string Name,
    string Arn,
    string Status,
    ClusterKind Kind,
    int ActiveServices,
    int RunningTasks,
    int PendingTasks,
    int RegisteredInstances,
    ValueList<string> CapacityProviders,
    ValueList<CapacityProviderShare> DefaultStrategy);
