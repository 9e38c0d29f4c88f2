namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    private const int MaxTags = 50;

    /// <summary>Adds or replaces tags on an ECS resource (cluster, service, task, task definition, container instance).</summary>
    public void TagResource(string resourceArn, IReadOnlyDictionary<string, string> tags) =>
        Write((sim, _) =>
        {
            var target = TagsOf(sim.State, resourceArn) ?? throw new SandboxApiException("ResourceNotFoundException", "The specified resource is not found.");
            foreach (var key in tags.Keys.Where(k => k.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
            {
                throw SandboxErrors.InvalidParameter($"Tag keys starting with 'aws:' are reserved for AWS use: {key}.");
            }

            if (target.Keys.Union(tags.Keys).Count() > MaxTags)
            {
                throw new SandboxApiException("LimitExceededException", $"A resource can have at most {MaxTags} tags.");
            }

            foreach (var (key, value) in tags)
            {
                target[key] = value;
            }

            return true;
        });

    public void UntagResource(string resourceArn, IReadOnlyList<string> tagKeys) =>
        Write((sim, _) =>
        {
            var target = TagsOf(sim.State, resourceArn) ?? throw new SandboxApiException("ResourceNotFoundException", "The specified resource is not found.");
            foreach (var key in tagKeys)
            {
                target.Remove(key);
            }

            return true;
        });

    /// <summary>The tag dictionary of the resource an ECS ARN names, or null when there is no such resource.</summary>
    public static Dictionary<string, string>? TagsOf(SandboxState state, string resourceArn)
    {
        var parts = resourceArn.Split(':', 6);
        if (parts.Length < 6 || parts[0] != "arn" || parts[2] != "ecs")
        {
            throw SandboxErrors.InvalidParameter($"The ARN '{resourceArn}' is not a valid Amazon ECS resource ARN.");
        }

        var resource = parts[5].Split('/');
        ClusterState? Cluster() => resource.Length > 1 ? state.FindCluster(resource[1]) : null;
        return resource[0] switch
        {
            "cluster" => Cluster()?.Tags,
            "service" when resource.Length == 3 => Cluster()?.Services.FirstOrDefault(s => s.Name == resource[2] && s.Status != "INACTIVE")?.Tags,
            "task" when resource.Length == 3 => Cluster()?.Tasks.FirstOrDefault(t => t.Id == resource[2])?.Tags,
            "container-instance" when resource.Length == 3 => Cluster()?.ContainerInstances.FirstOrDefault(i => i.Id == resource[2])?.Tags,
            "task-definition" when resource.Length == 2 => state.TaskDefinitions.FirstOrDefault(t => t.Arn == resourceArn)?.Tags,
            _ => null,
        };
    }
}
