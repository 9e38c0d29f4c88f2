using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Security;

/// <summary>
/// A cluster's tags from ECS (DescribeClusters with TAGS), so a cluster tagged <c>environment=production</c> asks for typed
/// confirmation like one listed in configuration. Tags change rarely: each cluster is read at most once a minute, and the
/// cache empties when the connection switches (another account or region has other clusters under the same names).
/// </summary>
public sealed class EcsClusterTagReader : IClusterTagReader
{
    internal static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly IEcsClient _ecs;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyDictionary<string, string> Tags)> _cache = new(StringComparer.Ordinal);

    public EcsClusterTagReader(IEcsClient ecs, TimeProvider time, AwsConnection connection)
    {
        _ecs = ecs;
        _time = time;
        connection.Changed += _cache.Clear;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetTagsAsync(string cluster, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(cluster, out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.Tags;
        }

        var response = await _ecs.DescribeClustersAsync(
            new DescribeClustersRequest { Clusters = [cluster], Include = ["TAGS"] }, cancellationToken);
        // An unknown cluster has no tags; the operation itself will then fail with ECS's own error.
        var tags = (response.Clusters ?? []).FirstOrDefault()?.Tags ?? [];
        IReadOnlyDictionary<string, string> result = tags
            .Where(t => t.Key is not null)
            .GroupBy(t => t.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
        _cache[cluster] = (now, result);
        return result;
    }
}
