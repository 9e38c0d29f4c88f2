using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.History;

/// <summary>
/// Sweeps the fleet's stopped tasks into the store every <see cref="StoppedTaskArchiveOptions.SweepInterval"/>: per cluster
/// the fleet monitor knows, ListTasks (STOPPED) and DescribeTasks in batches of 100, describing only tasks not yet archived
/// in their final state. Every connection in every region it is worked in (<see cref="BackgroundConnections.All"/>) is
/// swept under that connection, so its tasks are read from its account and stored as its own; the console's own
/// connection takes its clusters from the hosted monitor, any other lists them (ECS keeps stopped tasks an hour, so a
/// connection nobody watches loses none of them). Hosted singleton on the injected clock.
/// </summary>
public sealed class StoppedTaskArchiver(
    IEcsClient ecs,
    StoppedTaskArchive archive,
    LatestFleetSnapshot fleet,
    BackgroundConnections connections,
    IOptions<StoppedTaskArchiveOptions> options,
    TimeProvider timeProvider,
    ILogger<StoppedTaskArchiver> logger) : BackgroundService
{
    internal const int TasksPerDescribe = 100;

    /// <summary>How soon to look again while the fleet monitor has not polled yet (start-up, connection switch).</summary>
    internal static readonly TimeSpan WaitForFleet = TimeSpan.FromSeconds(5);

    private readonly ProblemStreaks _streaks = new(logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval > TimeSpan.Zero ? options.Value.SweepInterval : TimeSpan.FromMinutes(1);
        using var priority = AwsCallPriorityScope.Background();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!fleet.HasPolled)
                {
                    // Nothing to sweep before the monitor knows the clusters; check back soon rather than a whole interval later.
                    await Task.Delay(WaitForFleet, timeProvider, stoppingToken);
                    continue;
                }
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The next sweep retries; ECS keeps stopped tasks for an hour, so a failed sweep loses nothing yet.
                    logger.LogWarning(ex, "Stopped-task sweep failed: {Problem}", AwsProblems.Describe(ex));
                }
                await Task.Delay(interval, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>
    /// One pass over every cluster of every connection and region. Returns how many tasks were written. A connection, a
    /// cluster that cannot be read is logged (once per streak) and skipped, and a task whose description cannot be read is
    /// left out, so one bad answer does not stop the others from being archived.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var home = connections.Home;
        var written = 0;
        foreach (var place in connections.All())
        {
            var where = place == home ? "" : $" on connection {place}";
            try
            {
                var ambient = await connections.PrepareAsync(place, cancellationToken);
                using (ambient.Enter())
                {
                    IReadOnlyList<(string Arn, string Name)> clusters = place == home
                        ? [.. fleet.Current.Clusters.Select(c => (c.Arn, c.Name))]
                        : await ListClustersAsync(cancellationToken);
                    foreach (var (arn, name) in clusters)
                    {
                        written += await SweepClusterAsync(arn, name, place.Region, where, cancellationToken);
                    }
                }
                _streaks.Succeeded($"Stopped-task sweep{where}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _streaks.Failed($"Stopped-task sweep{where}", AwsProblems.Describe(ex), ex);
            }
        }
        await archive.PruneAsync(timeProvider.GetUtcNow() - options.Value.Retention, cancellationToken);
        return written;
    }

    private async Task<IReadOnlyList<(string Arn, string Name)>> ListClustersAsync(CancellationToken cancellationToken)
    {
        var arns = await EcsCalls.CallAsync("ListClusters",
            () => EcsCalls.ToListAsync(ecs.ListClustersAsync(cancellationToken), cancellationToken));
        return [.. arns.Select(arn => (arn, arn[(arn.LastIndexOf('/') + 1)..]))];
    }

    // One cluster; its failure is its own streak, so the connection's other clusters are still swept.
    private async Task<int> SweepClusterAsync(string clusterArn, string clusterName, string region, string where, CancellationToken cancellationToken)
    {
        var part = $"Stopped-task sweep of cluster {clusterName}{where}";
        try
        {
            var written = await SweepClusterAsync(clusterArn, clusterName, region, cancellationToken);
            _streaks.Succeeded(part);
            return written;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _streaks.Failed(part, AwsProblems.Describe(ex), ex);
            return 0;
        }
    }

    private async Task<int> SweepClusterAsync(string clusterArn, string clusterName, string region, CancellationToken cancellationToken)
    {
        var arns = await EcsCalls.CallAsync(
            $"ListTasks (STOPPED) in cluster {clusterName}",
            () => EcsCalls.ToListAsync(ecs.ListTasksAsync(new ListTasksRequest { Cluster = clusterArn, DesiredStatus = "STOPPED" }, cancellationToken), cancellationToken));
        var finished = await archive.FinishedAsync(arns, cancellationToken);
        var written = 0;
        foreach (var batch in arns.Where(a => !finished.Contains(a)).Chunk(TasksPerDescribe))
        {
            var described = await EcsCalls.DescribeTasksContainedAsync(ecs, clusterArn, batch, cancellationToken);
            var part = $"Stopped-task sweep of cluster {clusterName} · unreadable tasks";
            if (described.Problem is { } problem)
            {
                _streaks.Failed(part, problem.Problem ?? new AwsProblem(part, null, problem.Message, null, ""));
            }
            else
            {
                _streaks.Succeeded(part);
            }
            await archive.UpsertAsync(described.Tasks, region, clusterName, timeProvider.GetUtcNow(), cancellationToken);
            written += described.Tasks.Count;
        }
        return written;
    }
}
