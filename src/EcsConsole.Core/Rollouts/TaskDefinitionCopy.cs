using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Builds the RegisterTaskDefinition request for a new revision from a described one: every registrable field copied as ECS
/// returned it (roles, secrets, log configuration, volumes...), only the named containers' images replaced. Fields ECS
/// sets itself (ARN, revision, status, compatibilities, requiresAttributes, registeredAt/By) are not inputs and are left out.
/// </summary>
internal static class TaskDefinitionCopy
{
    public static RegisterTaskDefinitionRequest WithImages(TaskDefinition current, IReadOnlyDictionary<string, string> images, IReadOnlyList<Tag>? tags) => new()
    {
        Family = current.Family ?? throw new InvalidOperationException("The current task definition has no family."),
        TaskRoleArn = current.TaskRoleArn,
        ExecutionRoleArn = current.ExecutionRoleArn,
        NetworkMode = current.NetworkMode,
        ContainerDefinitions = [.. (current.ContainerDefinitions ?? []).Select(c =>
            c.Name is not null && images.TryGetValue(c.Name, out var image) ? c with { Image = image } : c)],
        Volumes = current.Volumes,
        PlacementConstraints = current.PlacementConstraints,
        RequiresCompatibilities = current.RequiresCompatibilities,
        Cpu = current.Cpu,
        Memory = current.Memory,
        // Tags live beside the definition (DescribeTaskDefinition include TAGS); a new revision keeps its family's tags.
        Tags = tags is { Count: > 0 } ? tags : null,
        PidMode = current.PidMode,
        IpcMode = current.IpcMode,
        ProxyConfiguration = current.ProxyConfiguration,
        InferenceAccelerators = current.InferenceAccelerators,
        EphemeralStorage = current.EphemeralStorage,
        RuntimePlatform = current.RuntimePlatform,
        EnableFaultInjection = current.EnableFaultInjection,
    };

    /// <summary>The revision as it will be once registered (no ARN or revision number yet), for the plan's diff.</summary>
    public static TaskDefinition AsUnregistered(RegisterTaskDefinitionRequest request) => new()
    {
        Family = request.Family,
        Revision = 0,
        TaskDefinitionArn = "",
        Status = "TO BE REGISTERED",
        TaskRoleArn = request.TaskRoleArn,
        ExecutionRoleArn = request.ExecutionRoleArn,
        NetworkMode = request.NetworkMode,
        ContainerDefinitions = request.ContainerDefinitions,
        Volumes = request.Volumes,
        PlacementConstraints = request.PlacementConstraints,
        RequiresCompatibilities = request.RequiresCompatibilities,
        Cpu = request.Cpu,
        Memory = request.Memory,
        PidMode = request.PidMode,
        IpcMode = request.IpcMode,
        ProxyConfiguration = request.ProxyConfiguration,
        InferenceAccelerators = request.InferenceAccelerators,
        EphemeralStorage = request.EphemeralStorage,
        RuntimePlatform = request.RuntimePlatform,
        EnableFaultInjection = request.EnableFaultInjection,
    };
}
