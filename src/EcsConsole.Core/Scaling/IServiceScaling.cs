namespace EcsConsole.Core.Scaling;

/// <summary>
/// Scales, stops and starts ECS services for the current operator. Scoped (one circuit or request). Every change runs
/// through the operation gate: Operator role, typed confirmation on production clusters, one audit entry.
/// </summary>
public interface IServiceScaling
{
    /// <summary>Reads the desired and running count, the auto scaling bounds and any remembered size of a stopped service.</summary>
    Task<ServiceScale> ReadAsync(string cluster, string service, CancellationToken cancellationToken = default);

    /// <summary>Sets the desired count and, for a service with auto scaling, the target's min and max.</summary>
    /// <exception cref="Rollouts.RolloutValidationException">The new size is not one ECS and auto scaling accept together.</exception>
    Task ScaleAsync(string cluster, string service, ScaleChange change, string? note, string? confirmationText, CancellationToken cancellationToken = default);

    /// <summary>Scales the service to zero (auto scaling bounds too), remembering its size in service tags.</summary>
    Task StopAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default);

    /// <summary>Starts a service the console stopped at the size it had before, and forgets that size.</summary>
    Task StartAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default);
}
