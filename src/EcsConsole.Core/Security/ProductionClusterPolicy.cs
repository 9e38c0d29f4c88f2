using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Security;

/// <summary>Production = listed in <c>Console:ProductionClusters</c> or tagged <c>environment=production</c>.</summary>
public sealed class ProductionClusterPolicy(IOptionsMonitor<ConsoleSecurityOptions> options, IEnumerable<IClusterTagReader> tagReaders) : IProductionClusterPolicy
{
    public async Task<bool> IsProductionAsync(string cluster, CancellationToken cancellationToken)
    {
        var name = ClusterName(cluster);
        if (options.CurrentValue.ProductionClusters.Any(c => string.Equals(ClusterName(c), name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var reader in tagReaders)
        {
            var tags = await reader.GetTagsAsync(cluster, cancellationToken);
            if (tags.Any(t => string.Equals(t.Key, "environment", StringComparison.OrdinalIgnoreCase)
                              && string.Equals(t.Value, "production", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // Operators may pass a cluster ARN or a bare name; the configured list holds names.
    private static string ClusterName(string cluster)
    {
        var slash = cluster.LastIndexOf('/');
        return slash >= 0 && cluster.StartsWith("arn:", StringComparison.Ordinal) ? cluster[(slash + 1)..] : cluster;
    }
}
