using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using Microsoft.AspNetCore.Components;

namespace EcsConsole.Web.Components;

/// <summary>
/// A page that reads AWS on demand (not through a monitor) and must read again when the operator switches region or
/// profile, so it never shows one account's data under another's name.
/// </summary>
public abstract class ConnectionBoundPage : ComponentBase, IDisposable
{
    [Inject] private AwsConnection Connection { get; set; } = null!;

    [Inject] private IFleetMonitor Monitor { get; set; } = null!;

    private int _waitingForFleet;

    /// <summary>Reads the page's data again; called on the renderer's dispatcher after a connection switch. Must not throw.</summary>
    protected abstract Task ReloadAsync();

    protected override void OnInitialized() => Connection.Changed += OnConnectionChanged;

    /// <summary>
    /// Reads again once after the fleet monitor's next successful poll; for data that joins the fleet (where images run),
    /// read before the monitor knew the fleet of this connection.
    /// </summary>
    protected void ReloadAfterNextFleetPoll()
    {
        if (Interlocked.Exchange(ref _waitingForFleet, 1) == 0)
        {
            Monitor.StatusChanged += OnFleetPolled;
        }
    }

    private void OnFleetPolled()
    {
        if (Monitor.LastRefreshed is null || Interlocked.Exchange(ref _waitingForFleet, 0) == 0)
        {
            return;
        }
        Monitor.StatusChanged -= OnFleetPolled;
        OnConnectionChanged();
    }

    private void OnConnectionChanged() => _ = InvokeAsync(async () =>
    {
        await ReloadAsync();
        StateHasChanged();
    });

    public void Dispose()
    {
        Connection.Changed -= OnConnectionChanged;
        Monitor.StatusChanged -= OnFleetPolled;
        GC.SuppressFinalize(this);
    }
}
