using EcsConsole.Core.Problems;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
namespace EcsConsole.Core.Fleet;

/// <summary>Wraps AWS calls so a failure names what the console was doing, and reads task lists in API-sized batches.</summary>
internal static class EcsCalls
{
    /// <summary>DescribeTasks takes at most 100 tasks per call.</summary>
    public const int TasksPerDescribe = 100;

    public static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not FleetReadException)
        {
            throw new FleetReadException(operation, ex);
        }
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }
        return list;
    }

    public static async Task<List<EcsTask>> DescribeTasksAsync(
        IEcsClient ecs, string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken,
        List<AwsReadIssue>? readIssues = null)
    {
        var tasks = new List<EcsTask>();
        foreach (var batch in taskArns.Chunk(TasksPerDescribe))
        {
            var response = await CallAsync(
                $"DescribeTasks in cluster {cluster}",
                () => ecs.DescribeTasksAsync(new DescribeTasksRequest { Cluster = cluster, Tasks = batch }, cancellationToken));
            // A MISSING failure is a task ECS forgot between List and Describe; the archive still knows it.
            tasks.AddRange(response.Tasks ?? []);
            readIssues?.AddRange(AwsReadIssues.Of(response));
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
        var leftOut = new LeftOutTasks();
        Exception? firstUnreadable = null;
        foreach (var batch in taskArns.Chunk(TasksPerDescribe))
        {
            try
            {
                var readIssues = new List<AwsReadIssue>();
                tasks.AddRange(await DescribeTasksAsync(ecs, cluster, batch, cancellationToken, readIssues));
                leftOut.Add(readIssues);
            }
            catch (FleetReadException ex) when (IsUnreadable(ex.InnerException))
            {
                foreach (var arn in batch)
                {
                    try
                    {
                        tasks.AddRange(await DescribeTasksAsync(ecs, cluster, [arn], cancellationToken));
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
            return new DescribedTasks(tasks, leftOut.Problem());
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

/// <summary>
/// The tolerant reader leaves out a task (or a part of one, such as a container) that it cannot read and records where;
/// this counts those records by task, one DescribeTasks answer at a time, into the Tasks section's note
/// ("1 task could not be read in full").
/// </summary>
internal sealed class LeftOutTasks
{
    private AwsReadIssue? _first;

    public int Tasks { get; private set; }

    public int Whole { get; private set; }

    /// <summary>Adds the issues of one DescribeTasks answer; the path's first index names the task within it.</summary>
    public void Add(IReadOnlyList<AwsReadIssue> issues)
    {
        var taskIssues = issues.Where(i => i.Path.StartsWith("tasks[", StringComparison.Ordinal)).ToList();
        if (taskIssues.Count == 0)
        {
            return;
        }

        _first ??= taskIssues[0];
        Tasks += taskIssues.Select(i => i.Path[..(i.Path.IndexOf(']', StringComparison.Ordinal) + 1)]).Distinct().Count();
        Whole += taskIssues.Count(i => i.Collection == "tasks");
    }

    public SectionProblem? Problem()
    {
        if (_first is null)
        {
            return null;
        }

        var what = Tasks == 1 ? "1 task could not be read in full" : $"{Tasks} tasks could not be read in full";
        var detail = Whole == 0
            ? $"{what}: the parts that could not be read are left out"
            : Whole == Tasks ? $"{what} and {(Whole == 1 ? "is" : "are")} left out" : $"{what} ({Whole} left out)";
        return new SectionProblem(SectionProblem.Tasks,
            Text.Sentences.Join(detail, $"First at {_first.Path}: {_first.Reason}",
                "The endpoint answered in a shape the ECS model does not describe"))
        {
            Transient = false,
        };
    }
}
