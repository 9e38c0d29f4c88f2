namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>What to start: a task definition with where it may run and who asked (a service deployment or RunTask).</summary>
internal sealed record TaskRequest(
    TaskDefinitionState Definition,
    string Group,
    string? StartedBy,
    string? ServiceName,
    string? DeploymentId,
    string? TargetGroupArn,
    string? LaunchType,
    IReadOnlyList<CapacityProviderStrategyState> CapacityProviderStrategy,
    IReadOnlyList<string> Subnets,
    IReadOnlyDictionary<string, string> Tags,
    bool EnableExecuteCommand = false)
{
    public static TaskRequest ForService(ServiceState service, DeploymentState deployment, TaskDefinitionState definition) => new(
        definition,
        $"service:{service.Name}",
        deployment.Id,
        service.Name,
        deployment.Id,
        deployment.TargetGroupArn ?? service.TargetGroupArn,
        service.LaunchType,
        service.CapacityProviderStrategy,
        service.Subnets,
        new Dictionary<string, string>(),
        service.EnableExecuteCommand);
}
