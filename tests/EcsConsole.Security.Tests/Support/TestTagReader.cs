using EcsConsole.Core.Security;

namespace EcsConsole.Security.Tests.Support;

public sealed class TestTagReader : IClusterTagReader
{
    public Dictionary<string, Dictionary<string, string>> Tags { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, string>> GetTagsAsync(string cluster, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(Tags.TryGetValue(cluster, out var tags) ? tags : new Dictionary<string, string>());
}
