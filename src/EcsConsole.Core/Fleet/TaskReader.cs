using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Live;
using EcsConsole.Core.Logs;

namespace EcsConsole.Core.Fleet;

/// <summary>Reads a task with DescribeTasks and its task definition from the cache; falls back to the stopped-task archive.</summary>
internal sealed class TaskReader(IEcsClient ecs, TaskDefinitionCache taskDefinitions, IStoppedTaskArchive? archive = null) : ITaskReader
{
    /// <summary>The archive is searched by cluster; this many of its newest stops are looked through for the task.</summary>
    internal const int ArchiveSearchDepth = 1000;

    public async Task<TaskDetail?> ReadAsync(string cluster, string taskId, CancellationToken cancellationToken)
    {
        var described = await EcsCalls.DescribeTasksAsync(ecs, cluster, [taskId], cancellationToken);
        if (described.FirstOrDefault() is { } task)
        {
            var definition = await taskDefinitions.FindAsync(task.TaskDefinitionArn, cancellationToken);
            var summary = task.ToSummary(cluster, definition);
            return new TaskDetail(
                summary,
                TaskIds.ServiceOfGroup(task.Group),
                task.Cpu,
                task.Memory,
                task.StartedBy,
                task.PlatformVersion,
                task.ContainerInstanceArn is { } instance ? TaskIds.FromArn(instance) : null,
                task.CreatedAt,
                task.StoppingAt,
                new ValueList<LogSource>(definition is null ? [] : LogSources.For(definition, summary.Id)),
                new TaskExec(
                    task.EnableExecuteCommand == true,
                    new ValueList<string>((task.Containers ?? [])
                        .Where(c => c.ManagedAgents?.Any(a => a.Name == "ExecuteCommandAgent" && a.LastStatus == "RUNNING") == true)
                        .Select(c => c.Name ?? "")
                        .Where(n => n.Length > 0))));
        }
        return await ReadArchivedAsync(cluster, taskId, cancellationToken);
    }

    private async Task<TaskDetail?> ReadArchivedAsync(string cluster, string taskId, CancellationToken cancellationToken)
    {
        if (archive is null)
        {
            return null;
        }
        var stopped = await EcsCalls.CallAsync(
            $"Reading archived stopped tasks of cluster {cluster}",
            () => archive.GetStoppedTasksAsync(cluster, null, null, ArchiveSearchDepth, cancellationToken));
        if (stopped.FirstOrDefault(s => s.TaskId == taskId || s.TaskArn == taskId) is not { } found)
        {
            return null;
        }
        // Logs outlive the task: the streams are still readable from the revision's log configuration.
        var definition = await taskDefinitions.GetAsync(found.TaskDefinition, cancellationToken);
        return new TaskDetail(
            found.ToSummary(), found.Service, null, null, null, null, null, null, null,
            new ValueList<LogSource>(LogSources.For(definition, found.TaskId)));
    }
}
