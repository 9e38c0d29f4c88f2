using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Monitoring;

namespace EcsConsole.Core.Inventory;

/// <summary>Wraps AWS calls so a failure names what the console was doing, and reads task lists in API-sized batches.</summary>
internal static class EcsCalls
{
    /// <summary>DescribeTasks takes at most 100 tasks per call.</summary>
    public const int TasksPerDescribe = 100;

    public static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not FleetReadException)
        {
            throw new FleetReadException(operation, ex);
        }
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }
        return list;
    }

    public static async Task<List<EcsTask>> DescribeTasksAsync(
        IEcsClient ecs, string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        var tasks = new List<EcsTask>();
        foreach (var batch in taskArns.Chunk(TasksPerDescribe))
        {
            var response = await CallAsync(
                $"DescribeTasks in cluster {cluster}",
                () => ecs.DescribeTasksAsync(new DescribeTasksRequest { Cluster = cluster, Tasks = batch }, cancellationToken)).ConfigureAwait(false);
            // A MISSING failure is a task ECS forgot between List and Describe; the archive still knows it.
            tasks.AddRange(response.Tasks ?? []);
        }
        return tasks;
    }

    /// <summary>
    /// Like <see cref="DescribeTasksAsync"/>, but a batch whose answer cannot be read is described again task by task, so
    /// one task ECS (or an AWS-compatible endpoint) describes in an unexpected shape costs only that task. The skipped
    /// tasks are told in <see cref="DescribedTasks.Problem"/>. Other failures (throttling, permissions) still throw.
    /// </summary>
    public static async Task<DescribedTasks> DescribeTasksContainedAsync(
        IEcsClient ecs, string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        var tasks = new List<EcsTask>();
        var skipped = new List<string>();
        Exception? firstUnreadable = null;
        foreach (var batch in taskArns.Chunk(TasksPerDescribe))
        {
            try
            {
                tasks.AddRange(await DescribeTasksAsync(ecs, cluster, batch, cancellationToken).ConfigureAwait(false));
            }
            catch (FleetReadException ex) when (IsUnreadable(ex.InnerException))
            {
                foreach (var arn in batch)
                {
                    try
                    {
                        tasks.AddRange(await DescribeTasksAsync(ecs, cluster, [arn], cancellationToken).ConfigureAwait(false));
                    }
                    catch (FleetReadException single) when (IsUnreadable(single.InnerException))
                    {
                        firstUnreadable ??= single;
                        skipped.Add(Fleet.TaskDefinitionNames.NameFromArn(arn));
                    }
                }
            }
        }
        if (firstUnreadable is null)
        {
            return new DescribedTasks(tasks, null);
        }
        var problem = SectionProblem.From(SectionProblem.Tasks, firstUnreadable);
        var which = skipped.Count == 1 ? $"Task {skipped[0]} is" : $"{skipped.Count} tasks ({string.Join(", ", skipped.Take(5))}) are";
        return new DescribedTasks(tasks, problem with { Message = $"{which} left out: {problem.Message}" });
    }

    /// <summary>An answer that could not be read: trying the same request again gives the same answer.</summary>
    internal static bool IsUnreadable(Exception? exception) =>
        exception is JsonException or FormatException or InvalidCastException
        || exception is AwsServiceException { Kind: AwsErrorKind.Unreadable }
        || exception?.InnerException is JsonException;
}

/// <summary>The tasks DescribeTasks could read, and a note on those it could not.</summary>
internal sealed record DescribedTasks(List<EcsTask> Tasks, SectionProblem? Problem);
