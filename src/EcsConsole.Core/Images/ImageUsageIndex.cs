using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Core.Images;

/// <summary>
/// Maps images to where they run: the running tasks of every cluster the fleet monitor knows (ListTasks + DescribeTasks
/// by 100) and the task definitions of its services (cached, they never change). Singleton; a read is shared by
/// everyone for <see cref="MaxAge"/>, so the ECR pages add a few calls per interval, not per viewer.
/// </summary>
public sealed class ImageUsageIndex : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);
    internal const int TasksPerDescribe = 100;

    private readonly IEcsClient _ecs;
    private readonly LatestFleetSnapshot _fleet;
    private readonly ITaskDefinitionCatalog _taskDefinitions;
    private readonly AwsConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private ImageUsage? _current;

    public ImageUsageIndex(IEcsClient ecs, LatestFleetSnapshot fleet, ITaskDefinitionCatalog taskDefinitions, AwsConnection connection, TimeProvider timeProvider)
    {
        _ecs = ecs;
        _fleet = fleet;
        _taskDefinitions = taskDefinitions;
        _connection = connection;
        _timeProvider = timeProvider;
        _connection.Changed += Forget;
    }

    /// <summary>The fleet's image uses, read at most <see cref="MaxAge"/> ago.</summary>
    public async Task<ImageUsage> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!_fleet.HasPolled)
        {
            // Not cached: the monitor's first poll on this connection is seconds away.
            return new ImageUsage(_timeProvider.GetUtcNow(), [], FleetKnown: false);
        }
        if (Fresh() is { } fresh)
        {
            return fresh;
        }
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh() is { } refreshed)
            {
                return refreshed;
            }
            var usage = await ReadAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, usage);
            return usage;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose()
    {
        _connection.Changed -= Forget;
        _refresh.Dispose();
    }

    private ImageUsage? Fresh()
    {
        var current = Volatile.Read(ref _current);
        return current is not null && _timeProvider.GetUtcNow() - current.ReadAt < MaxAge ? current : null;
    }

    private async Task<ImageUsage> ReadAsync(CancellationToken cancellationToken)
    {
        var readAt = _timeProvider.GetUtcNow();
        var snapshot = _fleet.Current;
        var uses = new List<ImageUse>();
        // Each cluster and each service is read on its own: one that fails leaves out only its uses, and says so.
        var problems = new List<AwsProblem>();
        foreach (var cluster in snapshot.Clusters)
        {
            try
            {
                uses.AddRange(await RunningUsesAsync(cluster.Arn, cluster.Name, problems, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add(AwsProblems.Describe(ex));
            }
        }
        foreach (var service in snapshot.ServicesByCluster.Values.SelectMany(s => s).Where(s => s.TaskDefinition.Length > 0))
        {
            try
            {
                var definition = await _taskDefinitions.GetAsync(service.TaskDefinition, cancellationToken).ConfigureAwait(false);
                uses.AddRange(definition.Containers.Select(c => new ImageUse(
                    ImageUseKind.ServiceTaskDefinition, service.Cluster, service.Name, null, definition.FamilyRevision, c.Name, c.Image, null)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add(AwsProblems.Describe(ex));
            }
        }
        var problem = problems.FirstOrDefault();
        if (problem is not null && problems.Count > 1)
        {
            problem = problem with { What = $"{problem.What} (and {problems.Count - 1} more reads)" };
        }
        return new ImageUsage(readAt, uses) { Problem = problem };
    }

    private async Task<List<ImageUse>> RunningUsesAsync(string clusterArn, string clusterName, List<AwsProblem> problems, CancellationToken cancellationToken)
    {
        var arns = await Fleet.EcsCalls.CallAsync(
            $"ListTasks (RUNNING) in cluster {clusterName}",
            () => Fleet.EcsCalls.ToListAsync(_ecs.ListTasksAsync(new ListTasksRequest { Cluster = clusterArn, DesiredStatus = "RUNNING" }, cancellationToken), cancellationToken)).ConfigureAwait(false);
        var uses = new List<ImageUse>();
        foreach (var batch in arns.Chunk(TasksPerDescribe))
        {
            var described = await Fleet.EcsCalls.DescribeTasksContainedAsync(_ecs, clusterArn, batch, cancellationToken).ConfigureAwait(false);
            if (described.Problem?.Problem is { } unreadable)
            {
                problems.Add(unreadable with { What = $"DescribeTasks in cluster {clusterName}", Message = described.Problem.Message });
            }
            foreach (var task in described.Tasks)
            {
                var taskId = Fleet.TaskDefinitionNames.NameFromArn(task.TaskArn ?? "");
                var taskDefinition = Fleet.TaskDefinitionNames.FamilyRevision(task.TaskDefinitionArn ?? "");
                uses.AddRange((task.Containers ?? []).Where(c => c.Image is not null).Select(c => new ImageUse(
                    ImageUseKind.RunningTask, clusterName, StoppedTaskMapping.ServiceOf(task.Group), taskId, taskDefinition, c.Name ?? "", c.Image!, c.ImageDigest)));
            }
        }
        return uses;
    }

    private void Forget() => Volatile.Write(ref _current, null);
}
