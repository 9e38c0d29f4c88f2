namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class ClusterState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public string Status { get; set; } = "ACTIVE";

    public required IReadOnlyList<string> CapacityProviders { get; set; }

    public required IReadOnlyList<CapacityProviderStrategyState> DefaultCapacityProviderStrategy { get; set; }

    /// <summary>EC2 or FARGATE: the kind of capacity the cluster's tasks run on.</summary>
    public required string LaunchType { get; set; }

    public string ContainerInsights { get; set; } = "disabled";

    public Dictionary<string, string> Tags { get; init; } = [];

    /// <summary>CreateCluster's <c>configuration</c> as sent (execute command, managed storage), shown with include=CONFIGURATIONS.</summary>
    public System.Text.Json.Nodes.JsonObject? Configuration { get; init; }

    public List<ServiceState> Services { get; } = [];

    public List<TaskState> Tasks { get; } = [];

    public List<ContainerInstanceState> ContainerInstances { get; } = [];

    public int RunningTasksCount => Tasks.Count(t => t.LastStatus == "RUNNING");

    public int PendingTasksCount => Tasks.Count(t => t.LastStatus is "PROVISIONING" or "PENDING" or "ACTIVATING");

    public int ActiveServicesCount => Services.Count(s => s.Status == "ACTIVE");

    public int RegisteredContainerInstancesCount => ContainerInstances.Count;

    /// <summary>Tasks that hold resources on an instance: everything not yet STOPPED.</summary>
    public IEnumerable<TaskState> TasksOn(ContainerInstanceState instance) =>
        Tasks.Where(t => t.ContainerInstanceArn == instance.Arn && t.LastStatus != "STOPPED");

    public int RemainingCpu(ContainerInstanceState instance) =>
        instance.RegisteredCpu - TasksOn(instance).Sum(t => int.Parse(t.Cpu, System.Globalization.CultureInfo.InvariantCulture));

    public int RemainingMemory(ContainerInstanceState instance) =>
        instance.RegisteredMemory - TasksOn(instance).Sum(t => int.Parse(t.Memory, System.Globalization.CultureInfo.InvariantCulture));
}

public sealed record CapacityProviderStrategyState(string CapacityProvider, int Weight, int Base);
