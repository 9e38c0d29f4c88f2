using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Delivery;

/// <summary>Starts the rollout of one delivery record's image through the rollout service, as the policy's system actor.</summary>
public interface IDeliveryRolloutStarter
{
    Task<RolloutStarted> StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken);
}
