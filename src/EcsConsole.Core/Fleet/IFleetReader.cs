namespace EcsConsole.Core.Fleet;

/// <summary>Reads the whole fleet once. Throws <see cref="FleetReadException"/> naming the call that failed.</summary>
public interface IFleetReader
{
    Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads the fleet, telling <paramref name="progress"/> each part as it arrives; the returned snapshot is the complete
    /// read. A reader that cannot read in parts tells nothing and returns the whole.
    /// </summary>
    Task<FleetSnapshot> ReadAsync(IFleetReadProgress progress, CancellationToken cancellationToken) => ReadAsync(cancellationToken);
}
