namespace EcsConsole.Core.Fleet;

/// <summary>
/// Reads one service and its tasks from AWS once. Throws <see cref="Problems.FleetReadException"/> naming the call when the
/// service itself cannot be read; side sections (load balancing, scaling, discovery) that fail are reported in
/// <see cref="ServiceConfiguration.Problems"/> instead, so the rest still shows.
/// </summary>
public interface IServiceReader
{
    Task<ServiceReading> ReadAsync(string cluster, string service, CancellationToken cancellationToken);
}
