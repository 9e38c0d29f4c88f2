namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    /// <summary>
    /// Registers the next revision of a task definition's family with another image in its essential container, as a
    /// pipeline does to ship a new build. Returns the new revision's ARN.
    /// </summary>
    public string RegisterRevisionWithImage(string taskDefinition, string image)
    {
        var source = Read(state => state.FindTaskDefinition(taskDefinition)) ?? throw SandboxErrors.Client("Unable to describe task definition.");
        var essential = source.Containers.FirstOrDefault(c => c.Essential) ?? source.Containers[0];
        return RegisterTaskDefinition(new TaskDefinitionRegistration(
            source.Family,
            source.Cpu,
            source.Memory,
            source.NetworkMode,
            source.RequiresCompatibilities,
            source.TaskRoleArn,
            source.ExecutionRoleArn,
            source.Containers.Select(c => c == essential ? c with { Image = image } : c).ToList(),
            source.Tags));
    }

    /// <summary>Registers a new revision of <see cref="TaskDefinitionRegistration.Family"/>, as ECS RegisterTaskDefinition. Returns its ARN.</summary>
    public string RegisterTaskDefinition(TaskDefinitionRegistration registration) =>
        Write((sim, now) =>
        {
            var revision = sim.State.NextRevision(registration.Family);
            var registered = new TaskDefinitionState
            {
                Family = registration.Family,
                Revision = revision,
                Arn = sim.Arns.TaskDefinition(registration.Family, revision),
                Cpu = registration.Cpu,
                Memory = registration.Memory,
                NetworkMode = registration.NetworkMode,
                RequiresCompatibilities = registration.RequiresCompatibilities,
                TaskRoleArn = registration.TaskRoleArn,
                ExecutionRoleArn = registration.ExecutionRoleArn,
                Containers = registration.Containers,
                RegisteredAt = now,
                RegisteredBy = sim.Arns.User("sandbox"),
                Tags = new Dictionary<string, string>(registration.Tags),
            };
            sim.State.TaskDefinitions.Add(registered);
            return registered.Arn;
        });

    /// <summary>Marks a revision INACTIVE, as ECS DeregisterTaskDefinition; running tasks and services keep using it.</summary>
    public string DeregisterTaskDefinition(string taskDefinition) =>
        Write((sim, now) =>
        {
            if (!taskDefinition.Contains(':', StringComparison.Ordinal))
            {
                throw SandboxErrors.Client("Revision must be specified to deregister a task definition.");
            }

            var definition = sim.State.FindTaskDefinition(taskDefinition) ?? throw SandboxErrors.Client("The specified task definition does not exist.");
            if (definition.Status == "ACTIVE")
            {
                definition.Status = "INACTIVE";
                definition.DeregisteredAt = now;
            }

            return definition.Arn;
        });
}
