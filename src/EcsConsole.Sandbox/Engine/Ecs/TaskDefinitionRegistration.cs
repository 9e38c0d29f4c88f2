namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>A task definition as submitted to RegisterTaskDefinition, before it gets its revision.</summary>
public sealed record TaskDefinitionRegistration(
    string Family,
    string Cpu,
    string Memory,
    string NetworkMode,
    IReadOnlyList<string> RequiresCompatibilities,
    string? TaskRoleArn,
    string? ExecutionRoleArn,
    IReadOnlyList<ContainerDefinitionState> Containers,
    IReadOnlyDictionary<string, string> Tags);
