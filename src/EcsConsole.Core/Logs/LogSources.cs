using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Logs;

/// <summary>Finds the CloudWatch Logs streams of a task's containers from their <c>awslogs</c> log configuration.</summary>
internal static class LogSources
{
    public static IReadOnlyList<LogSource> For(TaskDefinition definition, string taskId)
    {
        var sources = new List<LogSource>();
        foreach (var container in definition.ContainerDefinitions ?? [])
        {
            if (container.LogConfiguration is not { LogDriver: "awslogs", Options: { } options } || container.Name is null)
            {
                continue;
            }
            if (!options.TryGetValue("awslogs-group", out var group) || !options.TryGetValue("awslogs-stream-prefix", out var prefix))
            {
                // Without a stream prefix ECS names streams by the Docker container id, which the task does not tell.
                continue;
            }
            sources.Add(new LogSource(container.Name, group, $"{prefix}/{container.Name}/{taskId}"));
        }
        return sources;
    }
}
