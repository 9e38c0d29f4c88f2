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
}
