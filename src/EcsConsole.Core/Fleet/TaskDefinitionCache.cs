using EcsConsole.Core.Problems;
using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
namespace EcsConsole.Core.Fleet;

/// <summary>
/// Task definitions by <c>family:revision</c> or ARN. A registered revision never changes, so one DescribeTaskDefinition per
/// revision is enough for every monitor and viewer. Emptied when the AWS connection switches (another account or region
/// has other revisions under the same names). Singleton, thread-safe.
/// </summary>
internal sealed class TaskDefinitionCache
{
    private readonly IEcsClient _ecs;
    private ConcurrentDictionary<string, Lazy<Task<TaskDefinition>>> _entries = new(StringComparer.Ordinal);

    public TaskDefinitionCache(IEcsClient ecs, AwsConnection connection)
    {
        _ecs = ecs;
        connection.Changed += () => Volatile.Write(ref _entries, new ConcurrentDictionary<string, Lazy<Task<TaskDefinition>>>(StringComparer.Ordinal));
    }

    internal int Count => Volatile.Read(ref _entries).Count;

    /// <summary>
    /// The task definition a service or task names, or null when it names none (services whose tasks come from task sets).
    /// Throws <see cref="FleetReadException"/> naming the call when ECS cannot describe the revision.
    /// </summary>
    public async Task<TaskDefinition?> FindAsync(string? taskDefinition, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(taskDefinition) ? null : await GetAsync(taskDefinition, cancellationToken);

    /// <summary>Throws <see cref="FleetReadException"/> naming the call when ECS cannot describe the revision.</summary>
    public async Task<TaskDefinition> GetAsync(string taskDefinition, CancellationToken cancellationToken)
    {
        var key = Fleet.TaskDefinitionNames.FamilyRevision(taskDefinition);
        var entries = Volatile.Read(ref _entries);
        var entry = entries.GetOrAdd(key, k => new Lazy<Task<TaskDefinition>>(() => DescribeAsync(k)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Failures are not cached: a permission fixed or a throttle passed should work on the next poll.
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<TaskDefinition>>>(key, entry));
            throw;
        }
    }

    // Not tied to one caller's token: the answer is shared, and one viewer leaving must not fail the others' read.
    private async Task<TaskDefinition> DescribeAsync(string familyRevision)
    {
        try
        {
            var response = await _ecs.DescribeTaskDefinitionAsync(
                new DescribeTaskDefinitionRequest { TaskDefinition = familyRevision });
            return response.TaskDefinition
                ?? throw new InvalidOperationException($"ECS answered DescribeTaskDefinition for {familyRevision} without a task definition.");
        }
        catch (Exception ex)
        {
            throw new FleetReadException($"DescribeTaskDefinition for {familyRevision}", ex);
        }
    }
}
