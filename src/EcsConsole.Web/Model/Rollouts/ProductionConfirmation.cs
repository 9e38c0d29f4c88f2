using EcsConsole.Core.Security;

namespace EcsConsole.Web.Model.Rollouts;

public static class ProductionConfirmation
{
    /// <summary>
    /// Whether rollout dialogs on <paramref name="cluster"/> show the typed-confirmation field. When the cluster's tags cannot
    /// be read the field is shown anyway: the service layer decides, this only spares an operator a refused first attempt.
    /// </summary>
    public static async Task<bool> RequiredAsync(this IProductionClusterPolicy policy, string cluster, CancellationToken cancellationToken)
    {
        try
        {
            return await policy.IsProductionAsync(cluster, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return true;
        }
    }
}
