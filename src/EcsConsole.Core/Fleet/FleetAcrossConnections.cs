using EcsConsole.Core.Connection;
using EcsConsole.Core.Live;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Fleet;

/// <summary>One connection's part of the fleet across connections: its monitor, or why it cannot be shown.</summary>
/// <param name="Account">The account STS named; null when it could not be reached.</param>
/// <param name="Problem">Why the connection cannot be reached (STS failed), in words for people; null when it can.</param>
public sealed record ConnectionFleet(ConsoleConnection Connection, string Region, string? Account, string? Problem, IFleetMonitor Monitor, ConsoleRole Role);

/// <summary>
/// The fleets of every connection the signed-in user may see, each in the session's region when it is the session's
/// connection and in its default region otherwise, for <c>/services?connections=all</c> and <c>/clusters?connections=all</c>.
/// Scoped: it holds a lease on each connection's shared monitor until the page goes away. A connection that cannot be
/// reached is one entry with its <see cref="ConnectionFleet.Problem"/>, never a failed page.
/// </summary>
public sealed class FleetAcrossConnections(
    CurrentConnection current,
    ConnectionCatalog catalog,
    ConnectionAccounts accounts,
    FleetMonitors monitors,
    ICurrentOperator currentOperator) : IAsyncDisposable
{
    private readonly List<MonitorLease<IFleetMonitor>> _leases = [];

    public async Task<IReadOnlyList<ConnectionFleet>> OpenAsync(CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        var fleets = new List<ConnectionFleet>();
        foreach (var (connection, role) in current.Usable(actor))
        {
            var region = connection.Name == current.Connection.Name ? current.Region : connection.DefaultRegion;
            var settings = catalog.SettingsFor(connection, region);
            var account = await accounts.GetAsync(settings, cancellationToken);
            var lease = monitors.Acquire(settings);
            _leases.Add(lease);
            fleets.Add(new ConnectionFleet(connection, region, account.Account ?? connection.AccountFromArn,
                account.Problem is null ? null : $"Connection {connection.Name} cannot be reached: {account.Problem}", lease.Monitor, role));
        }
        return fleets;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lease in _leases)
        {
            await lease.DisposeAsync();
        }
        _leases.Clear();
    }
}
