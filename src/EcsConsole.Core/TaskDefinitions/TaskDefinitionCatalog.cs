using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.TaskDefinitions;

/// <summary>Reads task definitions through ECS; see <see cref="ITaskDefinitionCatalog"/>.</summary>
public sealed class TaskDefinitionCatalog : ITaskDefinitionCatalog, IDisposable
{
    private readonly IEcsClient _ecs;
    private readonly AwsConnection _connection;
    private readonly ConcurrentDictionary<string, Task<TaskDefinitionDetail>> _details = new(StringComparer.Ordinal);

    public TaskDefinitionCatalog(IEcsClient ecs, AwsConnection connection)
    {
        _ecs = ecs;
        _connection = connection;
        _connection.Changed += _details.Clear;
    }

    public async Task<IReadOnlyList<string>> ListFamiliesAsync(CancellationToken cancellationToken = default)
    {
        var families = new List<string>();
        await foreach (var family in _ecs.ListTaskDefinitionFamiliesAsync(new ListTaskDefinitionFamiliesRequest { Status = "ACTIVE" }, cancellationToken))
        {
            families.Add(family);
        }
        return [.. families.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<TaskDefinitionRevision>> ListRevisionsAsync(string family, CancellationToken cancellationToken = default)
    {
        var revisions = new List<TaskDefinitionRevision>();
        var request = new ListTaskDefinitionsRequest { FamilyPrefix = family, Status = "ACTIVE", Sort = "DESC" };
        await foreach (var arn in _ecs.ListTaskDefinitionsAsync(request, cancellationToken))
        {
            var revision = TaskDefinitionWireMapping.ToRevision(arn);
            // familyPrefix matches "users-worker" for "users" too; keep the family asked for.
            if (revision.Family == family)
            {
                revisions.Add(revision);
            }
        }
        return [.. revisions.OrderByDescending(r => r.Revision)];
    }

    public Task<TaskDefinitionDetail> GetAsync(string familyRevision, CancellationToken cancellationToken = default)
    {
        // Keyed by connection too: users:3 in one account is not users:3 in another.
        var name = TaskDefinitionNames.FamilyRevision(familyRevision);
        var key = $"{FleetMonitor.SnapshotKey(_connection.Current)}|{name}";
        var load = _details.GetOrAdd(key, k => LoadAsync(k, name));
        if (load.IsFaulted || load.IsCanceled)
        {
            // A failed read is not cached: the next caller tries again.
            _details.TryRemove(new KeyValuePair<string, Task<TaskDefinitionDetail>>(key, load));
        }
        return load.WaitAsync(cancellationToken);
    }

    public async Task<TaskDefinitionComparison> CompareAsync(string family, int fromRevision, int toRevision, CancellationToken cancellationToken = default)
    {
        var from = GetAsync($"{family}:{fromRevision}", cancellationToken);
        var to = GetAsync($"{family}:{toRevision}", cancellationToken);
        return TaskDefinitionDiff.Compare(await from, await to);
    }

    public void Dispose() => _connection.Changed -= _details.Clear;

    private async Task<TaskDefinitionDetail> LoadAsync(string key, string familyRevision)
    {
        try
        {
            // Not tied to one caller's token: the cached read is shared by every viewer.
            var response = await _ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = familyRevision }, CancellationToken.None);
            return response.TaskDefinition?.ToDetail()
                   ?? throw new InvalidOperationException($"ECS described no task definition for {familyRevision}.");
        }
        catch
        {
            _details.TryRemove(key, out _);
            throw;
        }
    }
}
