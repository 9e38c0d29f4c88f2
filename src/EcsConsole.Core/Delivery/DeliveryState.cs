namespace EcsConsole.Core.Delivery;

/// <summary>Where one image stands in a service's delivery.</summary>
public enum DeliveryState
{
    /// <summary>Was already in the repository when the policy was created; never deployed by it.</summary>
    Baseline,

    /// <summary>Detected and waiting its turn (another rollout in flight, or the quiet window).</summary>
    Queued,

    /// <summary>Waiting for an Operator to approve.</summary>
    AwaitingApproval,

    /// <summary>Approved; starts at the next evaluation.</summary>
    Approved,

    /// <summary>Claimed by one console instance, which is starting its rollout now.</summary>
    Starting,

    /// <summary>The rollout is in flight.</summary>
    Deploying,

    Succeeded,

    /// <summary>ECS rolled the deployment back (circuit breaker, alarm or a stop with rollback).</summary>
    RolledBack,

    /// <summary>The rollout failed or could not start.</summary>
    Failed,

    /// <summary>A newer matching image came before this one started.</summary>
    Superseded,

    /// <summary>An Operator rejected it.</summary>
    Rejected,
}

public static class DeliveryStates
{
    /// <summary>States after which nothing more happens to the record.</summary>
    public static bool IsFinal(this DeliveryState state) =>
        state is DeliveryState.Baseline or DeliveryState.Succeeded or DeliveryState.RolledBack or DeliveryState.Failed or DeliveryState.Superseded or DeliveryState.Rejected;

    /// <summary>States that hold the service's one rollout slot.</summary>
    public static bool HoldsSlot(this DeliveryState state) => state is DeliveryState.Starting or DeliveryState.Deploying;

    /// <summary>States still waiting to start.</summary>
    public static bool IsWaiting(this DeliveryState state) => state is DeliveryState.Queued or DeliveryState.AwaitingApproval or DeliveryState.Approved;
}
