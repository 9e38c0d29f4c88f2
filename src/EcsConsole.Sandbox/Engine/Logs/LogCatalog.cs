using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.Logs;

/// <summary>The log groups and streams the awslogs driver would have created for the sandbox's tasks.</summary>
public static class LogCatalog
{
    /// <summary>Groups the awslogs driver creates keep its 30-day default; explicit settings win.</summary>
    public static IReadOnlyList<LogGroupState> Groups(SandboxState state)
    {
        var derived = state.TaskDefinitions
            .SelectMany(d => d.Containers.Select(c => (Group: GroupOf(c), d.RegisteredAt)))
            .Where(g => g.Group is not null && !state.DeletedLogGroups.Contains(g.Group))
            .GroupBy(g => g.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(x => x.RegisteredAt), StringComparer.Ordinal);
        return derived.Keys.Union(state.LogGroupSettings.Keys)
            .Select(name => state.LogGroupSettings.TryGetValue(name, out var settings)
                ? new LogGroupState(name, derived.TryGetValue(name, out var first) && first < settings.CreatedAt ? first : settings.CreatedAt, settings.RetentionInDays)
                : new LogGroupState(name, derived[name], 30))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<LogStreamState> Streams(SandboxState state, string groupName)
    {
        var streams = new List<LogStreamState>();
        foreach (var task in state.Clusters.SelectMany(c => c.Tasks))
        {
            if (TaskLogGenerator.StartOf(task) is not { } started || state.FindTaskDefinition(task.TaskDefinitionArn) is not { } definition)
            {
                continue;
            }

            foreach (var container in definition.Containers.Where(c => GroupOf(c) == groupName))
            {
                var prefix = container.LogConfiguration!.Options.GetValueOrDefault("awslogs-stream-prefix", "ecs");
                var running = task.Containers.FirstOrDefault(c => c.Name == container.Name);
                if (running is not null)
                {
                    streams.Add(new LogStreamState(groupName, $"{prefix}/{container.Name}/{task.Id}", task, running, started));
                }
            }
        }

        return streams.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static string? GroupOf(ContainerDefinitionState container) =>
        container.LogConfiguration is { LogDriver: "awslogs" } log ? log.Options.GetValueOrDefault("awslogs-group") : null;
}
