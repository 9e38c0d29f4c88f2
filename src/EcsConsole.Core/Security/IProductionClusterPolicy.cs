namespace EcsConsole.Core.Security;

/// <summary>Decides whether a cluster is production, which makes service changes on it need a typed confirmation.</summary>
public interface IProductionClusterPolicy
{
    Task<bool> IsProductionAsync(string cluster, CancellationToken cancellationToken);
}
