namespace EcsConsole.Core.Monitoring;

/// <summary>Reads the whole fleet once. Throws <see cref="FleetReadException"/> naming the call that failed.</summary>
public interface IFleetReader
{
    Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken);
}
