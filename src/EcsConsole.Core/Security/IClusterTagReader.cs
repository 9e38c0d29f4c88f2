namespace EcsConsole.Core.Security;

/// <summary>
/// Reads a cluster's tags so the guard can recognise <c>environment=production</c>. Implemented by the fleet layer;
/// when none is registered only <see cref="ConsoleSecurityOptions.ProductionClusters"/> counts.
/// </summary>
public interface IClusterTagReader
{
    Task<IReadOnlyDictionary<string, string>> GetTagsAsync(string cluster, CancellationToken cancellationToken);
}
